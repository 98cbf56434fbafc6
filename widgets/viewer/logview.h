// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "viewer/linescan.h"
#include "viewer/logdocument.h"
#include "viewer/searchpattern.h"
#include "viewer/severity.h"

#include <QAbstractScrollArea>
#include <QCache>
#include <QColor>
#include <QPointer>
#include <QTextLayout>
#include <QTimer>

#include <functional>

namespace Logkeeper {

class MarkScrollBar;

// Shows a LogDocument of any size: only the lines on screen are read, decoded and laid out (a
// small LRU cache keeps the recent ones), so scrolling through a 1 GB log costs what a screenful
// costs. Line numbers in a gutter; optional wrapping; all matches of a search pattern
// highlighted in the visible lines, the current one stronger; a cursor and a selection made
// with the mouse or the keyboard, copied with Ctrl+C (from the file, for selections across many
// lines; capped at LogDocument::maxCopyBytes with a message). Lines longer than
// LogDocument::maxLineBytes show their beginning and a note that they were cut. Control
// characters show as their Unicode pictures (␀, ␛, ...), so binary data stays readable.
//
// Lines are coloured by their severity (recognised per line as it is laid out, so the first
// screen costs no more) or by the first matching colour rule of the user's. A filter (a
// LineScan: the lines at or above a level, the lines matching a search) shows only its lines,
// with their own line numbers. Document boundaries (a history's files, a followed file's
// truncation or rotation) show as separator rows. The scroll bar marks where the matches of a
// search and the boundaries are.
//
// Following: while the view shows the end of a growing document it stays at the end (tail -f);
// scrolling up stops that; Ctrl+End, End at the end of a line, or setFollowing() resume it.
//
// Positions are (line, column): 0-based line numbers of the document, columns index
// LogDocument::Line::text.
class LogView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    struct Position
    {
        qint64 line = 0;
        int column = 0;
        bool operator==(const Position &o) const { return line == o.line && column == o.column; }
        bool operator!=(const Position &o) const { return !(*this == o); }
        bool operator<(const Position &o) const
        {
            return line < o.line || (line == o.line && column < o.column);
        }
    };
    struct Match
    {
        qint64 line = -1; // -1: none
        int start = 0;
        int length = 0;
    };
    // A user's colour rule: lines matching the expression get the colour.
    struct ColourRule
    {
        QRegularExpression expression;
        QColor colour;
    };

    explicit LogView(QWidget *parent = nullptr);
    ~LogView() override;

    void setDocument(LogDocument *document);
    LogDocument *document() const { return m_document; }

    // Shows only the lines the scan collected (nullptr: all lines). The scan stays the owner's.
    void setFilter(LineScan *filter);
    LineScan *filter() const { return m_filter; }
    // What an empty filtered view says (e.g. "No matching lines").
    void setPlaceholderText(const QString &text);

    void setWrapLines(bool wrap);
    bool wrapLines() const { return m_wrap; }

    // Highlights every match of `pattern` in the lines shown.
    void setSearchPattern(const SearchPattern &pattern);
    SearchPattern searchPattern() const { return m_pattern; }
    // Makes a match the current one: selected, highlighted, and scrolled into the middle of
    // the screen when it was not on screen.
    void setCurrentMatch(qint64 line, int start, int length);
    Match currentMatch() const { return m_currentMatch; }
    // The lines whose matches the scroll bar marks (nullptr: none).
    void setMatchMarks(LineScan *matches);

    // Colours by severity (on by default) and the user's rules (first match wins, before the
    // severity).
    void setSeverityColours(bool on);
    bool severityColours() const { return m_severityColours; }
    void setColourRules(const QList<ColourRule> &rules);
    // The severity recognised in a line (from the cache of the lines laid out).
    Severity::Level severityOf(qint64 line) const;
    // The colours a line is drawn with: text and background (invalid: the palette's).
    QColor lineForeground(qint64 line) const;
    QColor lineBackground(qint64 line) const;

    // Font size relative to the standard one, in steps (0: the standard size).
    void setZoom(int steps);
    int zoom() const { return m_zoom; }

    // Scrolls `line` (0-based) into the upper third and puts the cursor at its start.
    void goToLine(qint64 line);
    qint64 firstVisibleLine() const;
    // The last line at least partly on screen.
    qint64 lastVisibleLine() const;
    // The line under a point of the viewport (-1 below the last line, on a separator, or
    // without lines).
    qint64 lineAt(const QPoint &point) const;
    // The nearest text position to a point of the viewport.
    Position positionAt(const QPoint &point) const;
    // Where a line is drawn in the viewport (empty when it is not on screen).
    QRect lineRect(qint64 line) const;
    int gutterWidth() const;
    // Rows of the view (lines plus separators; the filter's lines when filtered).
    qint64 rowCount() const { return lineCount(); }

    // Stays at the end as the document grows.
    bool isFollowing() const { return m_follow; }
    void setFollowing(bool follow);

    Position cursorPosition() const { return toDocument(m_cursor); }
    bool hasSelection() const { return m_anchor != m_cursor; }
    Position selectionStart() const { return toDocument(qMin(m_anchor, m_cursor)); }
    Position selectionEnd() const { return toDocument(qMax(m_anchor, m_cursor)); }
    // Selects from anchor to cursor (the cursor end is scrolled into view).
    void setSelection(const Position &anchor, const Position &cursor);
    void clearSelection();
    // The selected text, from the file (*cut: stopped at LogDocument::maxCopyBytes).
    QString selectedText(bool *cut = nullptr, qint64 *selectedBytes = nullptr) const;

    // For the scroll bar: the marks to draw on `pixels` rows of its groove, one per row:
    // 0 none, 1 a match, 2 a boundary.
    QList<quint8> scrollMarks(int pixels) const;

public slots:
    void copy();
    void selectAll();
    void zoomIn() { setZoom(m_zoom + 1); }
    void zoomOut() { setZoom(m_zoom - 1); }
    void resetZoom() { setZoom(0); }

signals:
    // The cursor moved or the selection changed.
    void cursorPositionChanged(qint64 line, int column);
    // Something the user should know, e.g. that a copy was capped.
    void message(const QString &text);
    // A line was clicked or Enter pressed on it (the filtered views jump with it).
    void lineActivated(qint64 line, int column);
    void followingChanged(bool following);
    void zoomChanged(int steps);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    // A row as laid out for the screen: a document line or a separator.
    struct Laid
    {
        QTextLayout layout;
        int textLength = 0; // columns of the line's text (the rest is the "cut" note)
        bool cut = false;
        int separator = -1; // index into m_separators, or -1 for a line
        Severity::Level level = Severity::None;
        QColor rule; // the colour of the first matching rule
    };

    void reset();
    void onLinesAvailable(qint64 count);
    void onLineChanged(qint64 line);
    void onBoundaryAdded();
    void onFilterReset();
    void onFilterGrown();
    void rebuildSeparators();
    void updateMetrics();
    void updateScrollBars();
    void syncVerticalScrollBar();
    void invalidateLayouts();

    // Rows ("view lines"): document lines and separators, or the filter's lines.
    qint64 lineCount() const;
    qint64 documentLineCount() const;
    bool isFiltered() const;
    qint64 documentLineOf(qint64 row) const; // -1 for a separator
    qint64 rowOf(qint64 documentLine) const; // a filter's row at or after the line
    int separatorAt(qint64 row) const;       // -1 for a line
    Position toDocument(const Position &rowPosition) const;
    Position fromDocument(const Position &documentPosition) const;
    QString separatorText(int separator) const;

    Laid *laidOut(qint64 row) const;
    int rowsOf(qint64 row) const;
    int textLeft() const { return gutterWidth(); }
    int textAreaWidth() const;
    int visibleRows() const;
    QString lineText(qint64 row) const;
    const QList<SearchPattern::Match> &matchesOf(qint64 row) const;
    void colourise(Laid *laid, const QString &text) const;
    QColor foregroundOf(const Laid &laid) const;
    QColor backgroundOf(const Laid &laid) const;
    qint64 lastVisibleRow() const;

    // Scrolling by rows (wrapped lines have several).
    void scrollRows(qint64 delta);
    void scrollTo(qint64 line, int row);
    void scrollToEnd();
    bool isAtEnd() const;
    // After the user scrolled or moved: follow while at the end, not otherwise.
    void updateFollowing();
    enum class Placement
    {
        Nearest,
        UpperThird,
        Centre
    };
    // Scrolls as little as needed to show the position, or puts it in the upper third or the
    // middle of the screen when it was not on screen.
    void ensureVisible(const Position &position, Placement placement = Placement::Nearest);
    int textRowOf(const Position &position) const;

    void moveCursor(const Position &position, bool keepAnchor);
    Position clampPosition(Position position, bool forward = true) const;
    Position wordStartOrEnd(const Position &position, bool end) const;
    void autoScroll();

    QPointer<LogDocument> m_document;
    QPointer<LineScan> m_filter;
    QPointer<LineScan> m_marks;
    QString m_placeholder;
    QList<LogDocument::Boundary> m_separators; // by line
    QList<qint64> m_separatorLines;
    bool m_wrap = false;
    SearchPattern m_pattern;
    Match m_currentMatch; // document line
    bool m_severityColours = true;
    QList<ColourRule> m_rules;
    int m_zoom = 0;
    qreal m_basePointSize = 0;

    qint64 m_topLine = 0;       // row
    int m_topRow = 0;           // text rows of m_topLine above the viewport (wrap mode)
    double m_scrollScale = 1.0; // rows per scroll bar step (> 1 beyond INT_MAX rows)
    bool m_syncingScrollBar = false;
    qint64 m_knownCount = 0;
    int m_rowHeight = 1;
    int m_charWidth = 1;
    int m_ascent = 0;
    mutable qreal m_widestLine = 0;
    bool m_follow = false;

    Position m_cursor; // rows, not document lines
    Position m_anchor;
    bool m_selecting = false;
    bool m_dragged = false;
    QPoint m_lastMousePos;
    QTimer m_autoScroll;
    MarkScrollBar *m_scrollBar;

    mutable QCache<qint64, Laid> m_layouts;
    mutable QCache<qint64, QList<SearchPattern::Match>> m_matches;
};

} // namespace Logkeeper
