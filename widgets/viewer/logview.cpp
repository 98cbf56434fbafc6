// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "widgets/viewer/logview.h"

#include "viewer/logdocument.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>
#include <QStyle>

#include <cmath>

namespace Logkeeper {

namespace {
constexpr int maxHighlightsPerLine = 1000; // a line full of matches stays cheap to draw
constexpr double maxScrollSteps = 1e9;     // QScrollBar works in int

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}
} // namespace

LogView::LogView(QWidget *parent) : QAbstractScrollArea(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setCursor(Qt::IBeamCursor);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_layouts.setMaxCost(3000);
    m_matches.setMaxCost(3000);
    m_autoScroll.setInterval(40);
    connect(&m_autoScroll, &QTimer::timeout, this, &LogView::autoScroll);
    updateMetrics();
    updateScrollBars();
}

LogView::~LogView() = default;

void LogView::setDocument(LogDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document, &LogDocument::opened, this, &LogView::reset);
        connect(document, &LogDocument::linesAvailable, this, &LogView::onLinesAvailable);
        // The placeholder ("Decompressing…" / "Nothing could be read") changes.
        connect(document, &LogDocument::finished, viewport(), qOverload<>(&QWidget::update));
    }
    reset();
}

void LogView::reset()
{
    m_topLine = 0;
    m_topRow = 0;
    m_cursor = m_anchor = Position();
    m_currentMatch = Match();
    m_knownCount = lineCount();
    m_widestLine = 0;
    invalidateLayouts();
    horizontalScrollBar()->setValue(0);
    updateScrollBars();
    viewport()->update();
}

void LogView::invalidateLayouts()
{
    m_layouts.clear();
    m_matches.clear();
}

void LogView::onLinesAvailable(qint64 count)
{
    // New lines show only if the screen was not full yet; the gutter may need another digit.
    const bool screenWasShort = lastVisibleLine() >= m_knownCount - 1;
    const int oldGutter = gutterWidth();
    m_knownCount = count;
    updateScrollBars();
    if (screenWasShort || gutterWidth() != oldGutter)
        viewport()->update();
}

qint64 LogView::lineCount() const
{
    return m_document ? m_document->lineCount() : 0;
}

void LogView::updateMetrics()
{
    const QFontMetrics fm(font());
    m_rowHeight = qMax(1, fm.lineSpacing());
    m_charWidth = qMax(1, fm.horizontalAdvance(QLatin1Char('0')));
    m_ascent = fm.ascent();
    horizontalScrollBar()->setSingleStep(m_charWidth * 4);
}

int LogView::gutterWidth() const
{
    int digits = 1;
    for (qint64 n = qMax<qint64>(lineCount(), 999); n >= 10; n /= 10)
        ++digits;
    return m_charWidth * (digits + 2);
}

int LogView::textAreaWidth() const
{
    return qMax(m_charWidth * 8, viewport()->width() - gutterWidth() - m_charWidth);
}

int LogView::visibleRows() const
{
    return qMax(1, viewport()->height() / m_rowHeight);
}

void LogView::updateScrollBars()
{
    const qint64 count = lineCount();
    const qint64 maxTop =
        m_wrap ? qMax<qint64>(0, count - 1) : qMax<qint64>(0, count - visibleRows());
    m_scrollScale = maxTop > maxScrollSteps ? maxTop / maxScrollSteps : 1.0;
    if (m_topLine > maxTop) {
        m_topLine = maxTop;
        m_topRow = 0;
    }
    m_syncingScrollBar = true;
    QScrollBar *v = verticalScrollBar();
    v->setRange(0, int(std::ceil(maxTop / m_scrollScale)));
    v->setPageStep(visibleRows());
    v->setSingleStep(1);
    v->setValue(int(m_topLine / m_scrollScale));
    m_syncingScrollBar = false;

    QScrollBar *h = horizontalScrollBar();
    if (m_wrap) {
        h->setRange(0, 0);
    } else {
        h->setRange(0, qMax(0, int(std::ceil(m_widestLine)) + m_charWidth - textAreaWidth()));
        h->setPageStep(textAreaWidth());
    }
}

void LogView::syncVerticalScrollBar()
{
    m_syncingScrollBar = true;
    verticalScrollBar()->setValue(int(m_topLine / m_scrollScale));
    m_syncingScrollBar = false;
}

void LogView::scrollContentsBy(int, int dy)
{
    if (dy != 0 && !m_syncingScrollBar) {
        m_topLine = qMin(qint64(std::llround(verticalScrollBar()->value() * m_scrollScale)),
                         qMax<qint64>(0, lineCount() - 1));
        m_topRow = 0;
    }
    viewport()->update();
}

QString LogView::lineText(qint64 line) const
{
    return m_document ? m_document->line(line).text : QString();
}

LogView::Laid *LogView::laidOut(qint64 line) const
{
    if (Laid *cached = m_layouts.object(line))
        return cached;
    const LogDocument::Line source = m_document ? m_document->line(line) : LogDocument::Line();
    auto *laid = new Laid;
    laid->textLength = int(source.text.size());
    laid->cut = source.cut;
    // Control characters as their pictures (same length: columns stay the same).
    QString display = source.text;
    for (QChar &c : display) {
        const ushort u = c.unicode();
        if (u < 0x20 && u != '\t')
            c = QChar(0x2400 + u);
        else if (u == 0x7f)
            c = QChar(0x2421);
    }
    QList<QTextLayout::FormatRange> formats;
    if (source.cut) {
        const QLocale locale;
        const QString note = tr("  … [line cut: the first %1 of %2 shown]")
                                 .arg(locale.formattedDataSize(LogDocument::maxLineBytes, 0),
                                      locale.formattedDataSize(source.bytes, 1));
        QTextLayout::FormatRange range;
        range.start = int(display.size());
        range.length = int(note.size());
        range.format.setFontItalic(true);
        range.format.setForeground(palette().color(QPalette::PlaceholderText));
        formats.append(range);
        display += note;
    }
    laid->layout.setText(display);
    laid->layout.setFont(font());
    laid->layout.setFormats(formats);
    laid->layout.setCacheEnabled(true);
    QTextOption option;
    option.setWrapMode(m_wrap ? QTextOption::WrapAtWordBoundaryOrAnywhere : QTextOption::NoWrap);
    option.setTabStopDistance(8 * m_charWidth);
    laid->layout.setTextOption(option);
    const qreal width = m_wrap ? textAreaWidth() : 1e7;
    laid->layout.beginLayout();
    qreal y = 0;
    for (QTextLine row = laid->layout.createLine(); row.isValid();
         row = laid->layout.createLine()) {
        row.setLineWidth(width);
        row.setPosition(QPointF(0, y));
        y += m_rowHeight;
    }
    laid->layout.endLayout();
    if (!m_wrap && laid->layout.lineCount() > 0)
        m_widestLine = qMax(m_widestLine, laid->layout.lineAt(0).naturalTextWidth());
    m_layouts.insert(line, laid, 1 + int(display.size() / 4096));
    return laid;
}

int LogView::rowsOf(qint64 line) const
{
    return m_wrap ? qMax(1, laidOut(line)->layout.lineCount()) : 1;
}

const QList<SearchPattern::Match> &LogView::matchesOf(qint64 line) const
{
    static const QList<SearchPattern::Match> none;
    if (!m_pattern.isUsable())
        return none;
    if (const QList<SearchPattern::Match> *cached = m_matches.object(line))
        return *cached;
    auto *found =
        new QList<SearchPattern::Match>(m_pattern.matches(lineText(line), maxHighlightsPerLine));
    m_matches.insert(line, found);
    return *found;
}

qint64 LogView::lastVisibleLine() const
{
    const qint64 count = lineCount();
    if (count == 0)
        return -1;
    qint64 line = m_topLine;
    qint64 y = -qint64(m_topRow) * m_rowHeight + rowsOf(line) * m_rowHeight;
    while (y < viewport()->height() && line + 1 < count)
        y += qint64(rowsOf(++line)) * m_rowHeight;
    return line;
}

QRect LogView::lineRect(qint64 line) const
{
    if (line < m_topLine || line >= lineCount())
        return {};
    qint64 y = -qint64(m_topRow) * m_rowHeight;
    for (qint64 l = m_topLine; l < line; ++l) {
        y += qint64(rowsOf(l)) * m_rowHeight;
        if (y >= viewport()->height())
            return {};
    }
    return QRect(textLeft(), int(y), viewport()->width() - textLeft(), rowsOf(line) * m_rowHeight);
}

qint64 LogView::lineAt(const QPoint &point) const
{
    const qint64 count = lineCount();
    qint64 y = -qint64(m_topRow) * m_rowHeight;
    if (point.y() < 0)
        return -1;
    for (qint64 line = m_topLine; line < count && y < viewport()->height(); ++line) {
        y += qint64(rowsOf(line)) * m_rowHeight;
        if (point.y() < y)
            return line;
    }
    return -1;
}

LogView::Position LogView::positionAt(const QPoint &point) const
{
    const qint64 count = lineCount();
    if (count == 0)
        return {};
    const qreal x =
        point.x() - textLeft() - m_charWidth / 2 + (m_wrap ? 0 : horizontalScrollBar()->value());
    auto columnIn = [&](qint64 line, int row) {
        Laid *laid = laidOut(line);
        row = qBound(0, row, laid->layout.lineCount() - 1);
        const QTextLine textLine = laid->layout.lineAt(row);
        const int column = textLine.isValid() ? textLine.xToCursor(qMax<qreal>(0, x)) : 0;
        return Position{line, qMin(column, laid->textLength)};
    };
    if (point.y() < 0)
        return columnIn(m_topLine, m_topRow);
    qint64 y = -qint64(m_topRow) * m_rowHeight;
    qint64 line = m_topLine;
    for (; line < count; ++line) {
        const int rows = rowsOf(line);
        if (point.y() < y + qint64(rows) * m_rowHeight)
            return columnIn(line, int((point.y() - y) / m_rowHeight));
        y += qint64(rows) * m_rowHeight;
        if (y >= viewport()->height())
            break;
    }
    // Below the last line on screen: its last row.
    line = qMin(line, count - 1);
    return columnIn(line, rowsOf(line) - 1);
}

int LogView::rowOf(const Position &position) const
{
    if (!m_wrap)
        return 0;
    const Laid *laid = laidOut(position.line);
    const QTextLine row = laid->layout.lineForTextPosition(position.column);
    return row.isValid() ? row.lineNumber() : 0;
}

void LogView::scrollTo(qint64 line, int row)
{
    const qint64 count = lineCount();
    const qint64 maxTop =
        m_wrap ? qMax<qint64>(0, count - 1) : qMax<qint64>(0, count - visibleRows());
    if (line > maxTop) {
        line = maxTop;
        row = 0;
    }
    m_topLine = qMax<qint64>(0, line);
    m_topRow = m_wrap ? qBound(0, row, rowsOf(m_topLine) - 1) : 0;
    syncVerticalScrollBar();
    viewport()->update();
}

void LogView::scrollRows(qint64 delta)
{
    const qint64 count = lineCount();
    if (count == 0)
        return;
    if (!m_wrap) {
        scrollTo(m_topLine + delta, 0);
        return;
    }
    qint64 line = m_topLine;
    int row = m_topRow;
    for (; delta > 0; --delta) {
        if (row + 1 < rowsOf(line))
            ++row;
        else if (line + 1 < count)
            ++line, row = 0;
        else
            break;
    }
    for (; delta < 0; ++delta) {
        if (row > 0)
            --row;
        else if (line > 0)
            row = rowsOf(--line) - 1;
        else
            break;
    }
    scrollTo(line, row);
}

void LogView::ensureVisible(const Position &position, bool upperThird)
{
    if (lineCount() == 0)
        return;
    const int row = rowOf(position);
    const int rows = visibleRows();
    // Rows from the top of the screen to the position's row.
    qint64 distance = -m_topRow;
    bool above = position.line < m_topLine || (position.line == m_topLine && row < m_topRow);
    if (!above) {
        for (qint64 l = m_topLine; l < position.line && distance <= rows; ++l)
            distance += rowsOf(l);
        distance += row;
    }
    if (above || distance >= rows) {
        // The row goes a third down the screen, or to the edge it came from.
        const int back = upperThird ? rows / 3 : above ? 0 : rows - 1;
        qint64 line = position.line;
        int r = row;
        for (int n = 0; n < back; ++n) {
            if (r > 0)
                --r;
            else if (line > 0)
                r = rowsOf(--line) - 1;
            else
                break;
        }
        scrollTo(line, r);
    }
    if (!m_wrap) {
        const Laid *laid = laidOut(position.line);
        const QTextLine textLine = laid->layout.lineAt(0);
        const int x = int(textLine.cursorToX(position.column));
        // At the end of a cut line, the note after it comes into view too.
        const int right = position.column >= laid->textLength && laid->cut
                              ? int(std::ceil(textLine.naturalTextWidth())) + m_charWidth
                              : x;
        QScrollBar *h = horizontalScrollBar();
        const int width = textAreaWidth();
        if (h->maximum() < right)
            updateScrollBars(); // the line may be wider than any seen so far
        if (x < h->value())
            h->setValue(qMax(0, x - width / 4));
        else if (right > h->value() + width - m_charWidth)
            h->setValue(right == x ? x - width + width / 4 : right - width);
    }
}

void LogView::goToLine(qint64 line)
{
    const qint64 count = lineCount();
    if (count == 0)
        return;
    line = qBound<qint64>(0, line, count - 1);
    m_currentMatch = Match();
    m_cursor = m_anchor = Position{line, 0};
    ensureVisible(m_cursor, true);
    emit cursorPositionChanged(m_cursor.line, m_cursor.column);
    viewport()->update();
}

void LogView::setWrapLines(bool wrap)
{
    if (wrap == m_wrap)
        return;
    m_wrap = wrap;
    m_topRow = 0;
    invalidateLayouts();
    horizontalScrollBar()->setValue(0);
    updateScrollBars();
    ensureVisible(m_cursor);
    viewport()->update();
}

void LogView::setSearchPattern(const SearchPattern &pattern)
{
    if (pattern == m_pattern)
        return;
    m_pattern = pattern;
    m_matches.clear();
    m_currentMatch = Match();
    viewport()->update();
}

void LogView::setCurrentMatch(qint64 line, int start, int length)
{
    m_currentMatch = Match{line, start, length};
    m_anchor = Position{line, start};
    m_cursor = Position{line, start + length};
    // The match's start in view first, then its end where it fits.
    ensureVisible(m_anchor);
    ensureVisible(m_cursor);
    ensureVisible(m_anchor);
    emit cursorPositionChanged(m_cursor.line, m_cursor.column);
    viewport()->update();
}

void LogView::setSelection(const Position &anchor, const Position &cursor)
{
    m_anchor = clampPosition(anchor);
    m_cursor = clampPosition(cursor);
    ensureVisible(m_cursor);
    emit cursorPositionChanged(m_cursor.line, m_cursor.column);
    viewport()->update();
}

void LogView::clearSelection()
{
    m_anchor = m_cursor;
    emit cursorPositionChanged(m_cursor.line, m_cursor.column);
    viewport()->update();
}

void LogView::selectAll()
{
    const qint64 count = lineCount();
    if (count == 0)
        return;
    m_anchor = Position{0, 0};
    m_cursor = Position{count - 1, int(lineText(count - 1).size())};
    emit cursorPositionChanged(m_cursor.line, m_cursor.column);
    viewport()->update();
}

QString LogView::selectedText(bool *cut, qint64 *selectedBytes) const
{
    if (!m_document || !hasSelection())
        return {};
    const Position from = selectionStart();
    const Position to = selectionEnd();
    return m_document->text(from.line, from.column, to.line, to.column, LogDocument::maxCopyBytes,
                            cut, selectedBytes);
}

void LogView::copy()
{
    if (!hasSelection())
        return;
    bool cut = false;
    qint64 selected = 0;
    const QString text = selectedText(&cut, &selected);
    QApplication::clipboard()->setText(text);
    if (cut) {
        const QLocale locale;
        emit message(tr("Copied only the first %1 of the %2 selected: the clipboard is not meant "
                        "for more. Save a decompressed copy of the file to get all of it.")
                         .arg(locale.formattedDataSize(LogDocument::maxCopyBytes, 0),
                              locale.formattedDataSize(selected, 1)));
    }
}

LogView::Position LogView::clampPosition(Position position) const
{
    const qint64 count = lineCount();
    if (count == 0)
        return {};
    position.line = qBound<qint64>(0, position.line, count - 1);
    position.column = qBound(0, position.column, int(lineText(position.line).size()));
    return position;
}

LogView::Position LogView::wordStartOrEnd(const Position &position, bool end) const
{
    const QString text = lineText(position.line);
    int c = position.column;
    if (end) {
        while (c < text.size() && !isWordCharacter(text.at(c)))
            ++c;
        while (c < text.size() && isWordCharacter(text.at(c)))
            ++c;
    } else {
        while (c > 0 && !isWordCharacter(text.at(c - 1)))
            --c;
        while (c > 0 && isWordCharacter(text.at(c - 1)))
            --c;
    }
    return {position.line, c};
}

void LogView::moveCursor(const Position &position, bool keepAnchor)
{
    m_cursor = clampPosition(position);
    if (!keepAnchor)
        m_anchor = m_cursor;
    ensureVisible(m_cursor);
    emit cursorPositionChanged(m_cursor.line, m_cursor.column);
    viewport()->update();
}

void LogView::keyPressEvent(QKeyEvent *event)
{
    const qint64 count = lineCount();
    if (event == QKeySequence::Copy) {
        copy();
        return;
    }
    if (event == QKeySequence::SelectAll) {
        selectAll();
        return;
    }
    if (count == 0) {
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    Position p = m_cursor;
    const int length = int(lineText(p.line).size());
    const int page = qMax(1, visibleRows() - 1);
    struct Move
    {
        QKeySequence::StandardKey move;
        QKeySequence::StandardKey select;
    };
    auto is = [event](const Move &m, bool *select) {
        if (event->matches(m.move))
            return (*select = false, true);
        if (event->matches(m.select))
            return (*select = true, true);
        return false;
    };
    bool select = false;
    if (is({QKeySequence::MoveToNextLine, QKeySequence::SelectNextLine}, &select)) {
        p.line = qMin(p.line + 1, count - 1);
    } else if (is({QKeySequence::MoveToPreviousLine, QKeySequence::SelectPreviousLine}, &select)) {
        p.line = qMax<qint64>(0, p.line - 1);
    } else if (is({QKeySequence::MoveToNextChar, QKeySequence::SelectNextChar}, &select)) {
        if (p.column < length)
            ++p.column;
        else if (p.line + 1 < count)
            p = {p.line + 1, 0};
    } else if (is({QKeySequence::MoveToPreviousChar, QKeySequence::SelectPreviousChar}, &select)) {
        if (p.column > 0)
            --p.column;
        else if (p.line > 0)
            p = {p.line - 1, int(lineText(p.line - 1).size())};
    } else if (is({QKeySequence::MoveToNextWord, QKeySequence::SelectNextWord}, &select)) {
        p = p.column >= length && p.line + 1 < count ? Position{p.line + 1, 0}
                                                     : wordStartOrEnd(p, true);
    } else if (is({QKeySequence::MoveToPreviousWord, QKeySequence::SelectPreviousWord}, &select)) {
        p = p.column == 0 && p.line > 0 ? Position{p.line - 1, int(lineText(p.line - 1).size())}
                                        : wordStartOrEnd(p, false);
    } else if (is({QKeySequence::MoveToStartOfLine, QKeySequence::SelectStartOfLine}, &select)) {
        p.column = 0;
    } else if (is({QKeySequence::MoveToEndOfLine, QKeySequence::SelectEndOfLine}, &select)) {
        p.column = length;
    } else if (is({QKeySequence::MoveToStartOfDocument, QKeySequence::SelectStartOfDocument},
                  &select)) {
        p = {0, 0};
    } else if (is({QKeySequence::MoveToEndOfDocument, QKeySequence::SelectEndOfDocument},
                  &select)) {
        p = {count - 1, int(lineText(count - 1).size())};
    } else if (is({QKeySequence::MoveToNextPage, QKeySequence::SelectNextPage}, &select)) {
        scrollRows(page);
        p.line = qMin(p.line + page, count - 1);
    } else if (is({QKeySequence::MoveToPreviousPage, QKeySequence::SelectPreviousPage}, &select)) {
        scrollRows(-page);
        p.line = qMax<qint64>(0, p.line - page);
    } else {
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    moveCursor(p, select);
}

void LogView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    m_currentMatch = Match();
    m_selecting = true;
    m_lastMousePos = event->position().toPoint();
    moveCursor(positionAt(m_lastMousePos), event->modifiers() & Qt::ShiftModifier);
}

void LogView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_selecting)
        return;
    m_lastMousePos = event->position().toPoint();
    const bool outside = m_lastMousePos.y() < 0 || m_lastMousePos.y() >= viewport()->height();
    if (outside && !m_autoScroll.isActive())
        m_autoScroll.start();
    else if (!outside)
        m_autoScroll.stop();
    moveCursor(positionAt(m_lastMousePos), true);
}

void LogView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_selecting = false;
        m_autoScroll.stop();
    }
}

void LogView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || lineCount() == 0)
        return;
    const Position p = positionAt(event->position().toPoint());
    m_anchor = wordStartOrEnd(p, false);
    m_cursor = wordStartOrEnd(m_anchor, true);
    emit cursorPositionChanged(m_cursor.line, m_cursor.column);
    viewport()->update();
}

void LogView::autoScroll()
{
    // Faster the further the pointer is outside.
    const int y = m_lastMousePos.y();
    const int outside = y < 0 ? y : y - viewport()->height() + 1;
    scrollRows(qBound(-20, outside / qMax(1, m_rowHeight / 2) + (outside < 0 ? -1 : 1), 20));
    moveCursor(positionAt(m_lastMousePos), true);
}

void LogView::wheelEvent(QWheelEvent *event)
{
    // Wrapped lines scroll by rows, not by lines (a long line would jump a screen).
    if (m_wrap && !(event->modifiers() & Qt::ControlModifier) && event->angleDelta().y() != 0) {
        scrollRows(-event->angleDelta().y() * QApplication::wheelScrollLines() / 120);
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void LogView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    QAction *copyAction = menu.addAction(tr("&Copy"), this, &LogView::copy);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setEnabled(hasSelection());
    menu.addAction(tr("Select &All"), this, &LogView::selectAll)
        ->setShortcut(QKeySequence::SelectAll);
    menu.exec(event->globalPos());
}

void LogView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    if (m_wrap)
        invalidateLayouts();
    updateScrollBars();
}

void LogView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange ||
        event->type() == QEvent::StyleChange) {
        updateMetrics();
        invalidateLayouts();
        m_widestLine = 0;
        updateScrollBars();
        viewport()->update();
    }
}

void LogView::focusInEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusInEvent(event);
    viewport()->update();
}

void LogView::focusOutEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusOutEvent(event);
    viewport()->update();
}

void LogView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    const QRect area = viewport()->rect();
    const QPalette &pal = palette();
    painter.fillRect(area, pal.base());
    const int gutter = gutterWidth();
    const qint64 count = lineCount();

    QList<std::pair<qint64, int>> numbers; // line, y of its first row
    if (count == 0) {
        QString placeholder;
        if (m_document && m_document->isLoading())
            placeholder = tr("Decompressing…");
        else if (m_document && !m_document->path().isEmpty())
            placeholder =
                m_document->isComplete() ? tr("The file is empty.") : tr("Nothing could be read.");
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(area.adjusted(gutter, 0, 0, 0), Qt::AlignCenter, placeholder);
    } else {
        // One read for the whole screen; the layouts then come from the document's cache.
        m_document->lines(m_topLine, visibleRows() + 1);
        const qreal left = gutter + m_charWidth / 2 - (m_wrap ? 0 : horizontalScrollBar()->value());
        const Position from = selectionStart();
        const Position to = selectionEnd();
        const bool selectionIsMatch =
            m_currentMatch.line >= 0 && from.line == m_currentMatch.line &&
            to.line == m_currentMatch.line && from.column == m_currentMatch.start &&
            to.column == m_currentMatch.start + m_currentMatch.length;
        QTextCharFormat matchFormat;
        matchFormat.setBackground(QColor(255, 221, 87));
        matchFormat.setForeground(Qt::black);
        QTextCharFormat currentFormat;
        currentFormat.setBackground(QColor(255, 140, 30));
        currentFormat.setForeground(Qt::black);
        QTextCharFormat selectionFormat;
        selectionFormat.setBackground(pal.brush(QPalette::Highlight));
        selectionFormat.setForeground(pal.brush(QPalette::HighlightedText));

        painter.setClipRect(QRect(gutter, 0, area.width() - gutter, area.height()));
        qint64 y = -qint64(m_topRow) * m_rowHeight;
        for (qint64 line = m_topLine; line < count && y < area.height(); ++line) {
            const QList<SearchPattern::Match> matches = matchesOf(line);
            Laid *laid = laidOut(line);
            const int rows = qMax(1, laid->layout.lineCount());
            QList<QTextLayout::FormatRange> selections;
            for (const SearchPattern::Match &m : matches)
                selections.append({m.start, m.length, matchFormat});
            if (m_currentMatch.line == line)
                selections.append({m_currentMatch.start, m_currentMatch.length, currentFormat});
            const bool inSelection = hasSelection() && from.line <= line && line <= to.line;
            if (inSelection && !selectionIsMatch) {
                const int start = line == from.line ? from.column : 0;
                const int end = line == to.line ? to.column : laid->textLength;
                if (end > start)
                    selections.append({start, end - start, selectionFormat});
            }
            const QPointF origin(left, qreal(y));
            laid->layout.draw(&painter, origin, selections);
            // A selection that goes on past the end of the line shows its newline.
            if (inSelection && line < to.line && !selectionIsMatch) {
                const QTextLine last = laid->layout.lineAt(rows - 1);
                const qreal x = left + (last.isValid() ? last.cursorToX(laid->textLength) : 0);
                painter.fillRect(
                    QRectF(x, qreal(y + (rows - 1) * m_rowHeight), m_charWidth / 2.0, m_rowHeight),
                    pal.brush(QPalette::Highlight));
            }
            if (line == m_cursor.line && hasFocus())
                laid->layout.drawCursor(&painter, origin, m_cursor.column, 1);
            numbers.append({line, int(y)});
            y += qint64(rows) * m_rowHeight;
        }
        painter.setClipping(false);
    }

    // The gutter: line numbers on the first row of each line.
    const QColor gutterBase = pal.color(QPalette::Window);
    painter.fillRect(QRect(0, 0, gutter, area.height()), gutterBase);
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawLine(gutter - 1, 0, gutter - 1, area.height());
    QFont bold = font();
    bold.setBold(true);
    for (const auto &[line, y] : numbers) {
        const bool current = line == m_cursor.line;
        painter.setFont(current ? bold : font());
        painter.setPen(pal.color(current ? QPalette::WindowText : QPalette::PlaceholderText));
        painter.drawText(QRect(0, y, gutter - m_charWidth, m_rowHeight),
                         Qt::AlignRight | Qt::AlignVCenter, QString::number(line + 1));
    }
    // Lines laid out during this paint may be wider than any before.
    if (!m_wrap && int(std::ceil(m_widestLine)) + m_charWidth - textAreaWidth() >
                       horizontalScrollBar()->maximum())
        QMetaObject::invokeMethod(this, &LogView::updateScrollBars, Qt::QueuedConnection);
}

} // namespace Logkeeper
