// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "viewer/searchpattern.h"

#include <QAbstractScrollArea>
#include <QCache>
#include <QPointer>
#include <QTextLayout>
#include <QTimer>

#include "viewer/logdocument.h"

namespace Logkeeper {

// Shows a LogDocument of any size: only the lines on screen are read, decoded and laid out (a
// small LRU cache keeps the recent ones), so scrolling through a 1 GB log costs what a screenful
// costs. Line numbers in a gutter; optional wrapping; all matches of a search pattern
// highlighted in the visible lines, the current one stronger; a cursor and a selection made
// with the mouse or the keyboard, copied with Ctrl+C (from the file, for selections across many
// lines; capped at LogDocument::maxCopyBytes with a message). Lines longer than
// LogDocument::maxLineBytes show their beginning and a note that they were cut. Control
// characters show as their Unicode pictures (␀, ␛, ...), so binary data stays readable.
//
// Positions are (line, column): 0-based line numbers, columns index LogDocument::Line::text.
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

    explicit LogView(QWidget *parent = nullptr);
    ~LogView() override;

    void setDocument(LogDocument *document);
    LogDocument *document() const { return m_document; }

    void setWrapLines(bool wrap);
    bool wrapLines() const { return m_wrap; }

    // Highlights every match of `pattern` in the lines shown.
    void setSearchPattern(const SearchPattern &pattern);
    SearchPattern searchPattern() const { return m_pattern; }
    // Makes a match the current one: selected, highlighted, scrolled into view.
    void setCurrentMatch(qint64 line, int start, int length);
    Match currentMatch() const { return m_currentMatch; }

    // Scrolls `line` (0-based) into the upper third and puts the cursor at its start.
    void goToLine(qint64 line);
    qint64 firstVisibleLine() const { return m_topLine; }
    // The last line at least partly on screen.
    qint64 lastVisibleLine() const;
    // The line under a point of the viewport (-1 below the last line or without lines).
    qint64 lineAt(const QPoint &point) const;
    // The nearest text position to a point of the viewport.
    Position positionAt(const QPoint &point) const;
    // Where a line is drawn in the viewport (empty when it is not on screen).
    QRect lineRect(qint64 line) const;
    int gutterWidth() const;

    Position cursorPosition() const { return m_cursor; }
    bool hasSelection() const { return m_anchor != m_cursor; }
    Position selectionStart() const { return qMin(m_anchor, m_cursor); }
    Position selectionEnd() const { return qMax(m_anchor, m_cursor); }
    // Selects from anchor to cursor (the cursor end is scrolled into view).
    void setSelection(const Position &anchor, const Position &cursor);
    void clearSelection();
    // The selected text, from the file (*cut: stopped at LogDocument::maxCopyBytes).
    QString selectedText(bool *cut = nullptr, qint64 *selectedBytes = nullptr) const;

public slots:
    void copy();
    void selectAll();

signals:
    // The cursor moved or the selection changed.
    void cursorPositionChanged(qint64 line, int column);
    // Something the user should know, e.g. that a copy was capped.
    void message(const QString &text);

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

private:
    // A line as laid out for the screen.
    struct Laid
    {
        QTextLayout layout;
        int textLength = 0; // columns of the line's text (the rest is the "cut" note)
        bool cut = false;
    };

    void reset();
    void onLinesAvailable(qint64 count);
    void updateMetrics();
    void updateScrollBars();
    void syncVerticalScrollBar();
    void invalidateLayouts();

    qint64 lineCount() const;
    Laid *laidOut(qint64 line) const;
    int rowsOf(qint64 line) const;
    int textLeft() const { return gutterWidth(); }
    int textAreaWidth() const;
    int visibleRows() const;
    QString lineText(qint64 line) const;
    const QList<SearchPattern::Match> &matchesOf(qint64 line) const;

    // Scrolling by rows (wrapped lines have several).
    void scrollRows(qint64 delta);
    void scrollTo(qint64 line, int row);
    // Scrolls as little as needed to show the position (or centred in the upper third).
    void ensureVisible(const Position &position, bool upperThird = false);
    int rowOf(const Position &position) const;

    void moveCursor(const Position &position, bool keepAnchor);
    Position clampPosition(Position position) const;
    Position wordStartOrEnd(const Position &position, bool end) const;
    void autoScroll();

    QPointer<LogDocument> m_document;
    bool m_wrap = false;
    SearchPattern m_pattern;
    Match m_currentMatch;

    qint64 m_topLine = 0;
    int m_topRow = 0;           // rows of m_topLine above the viewport (wrap mode)
    double m_scrollScale = 1.0; // lines per scroll bar step (> 1 beyond INT_MAX lines)
    bool m_syncingScrollBar = false;
    qint64 m_knownCount = 0;
    int m_rowHeight = 1;
    int m_charWidth = 1;
    int m_ascent = 0;
    mutable qreal m_widestLine = 0;

    Position m_cursor;
    Position m_anchor;
    bool m_selecting = false;
    QPoint m_lastMousePos;
    QTimer m_autoScroll;

    mutable QCache<qint64, Laid> m_layouts;
    mutable QCache<qint64, QList<SearchPattern::Match>> m_matches;
};

} // namespace Logkeeper
