// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "widgets/viewer/logview.h"

#include "viewer/linescan.h"
#include "viewer/logdocument.h"
#include "widgets/viewer/markscrollbar.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>
#include <QStyle>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace Logkeeper {

namespace {
constexpr int maxHighlightsPerLine = 1000; // a line full of matches stays cheap to draw
constexpr double maxScrollSteps = 1e9;     // QScrollBar works in int
constexpr int maxZoom = 12;
constexpr int minZoom = -6;

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

// A colour mixed into the background: a tint that keeps the text readable.
QColor tint(const QColor &base, const QColor &colour, qreal amount)
{
    return QColor::fromRgbF(base.redF() + (colour.redF() - base.redF()) * amount,
                            base.greenF() + (colour.greenF() - base.greenF()) * amount,
                            base.blueF() + (colour.blueF() - base.blueF()) * amount);
}
} // namespace

LogView::LogView(QWidget *parent)
    : QAbstractScrollArea(parent), m_scrollBar(new MarkScrollBar(this))
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_basePointSize = font().pointSizeF();
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setCursor(Qt::IBeamCursor);
    setVerticalScrollBar(m_scrollBar);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_scrollBar->setMarks([this](int pixels) { return scrollMarks(pixels); });
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
        connect(document, &LogDocument::lineChanged, this, &LogView::onLineChanged);
        connect(document, &LogDocument::boundaryAdded, this, &LogView::onBoundaryAdded);
        // The placeholder ("Decompressing…" / "Nothing could be read") changes; a short
        // followed file that is all on screen is followed from the start.
        connect(document, &LogDocument::finished, this, [this] {
            if (m_document && m_document->isFollowing() && !m_follow && isAtEnd())
                updateFollowing();
            viewport()->update();
        });
    }
    reset();
}

void LogView::setFilter(LineScan *filter)
{
    if (m_filter == filter)
        return;
    const Position cursor = toDocument(m_cursor);
    const qint64 top = documentLineOf(m_topLine);
    if (m_filter)
        disconnect(m_filter, nullptr, this, nullptr);
    m_filter = filter;
    if (filter) {
        connect(filter, &LineScan::reset, this, &LogView::onFilterReset);
        connect(filter, &LineScan::progressed, this, &LogView::onFilterGrown);
    }
    invalidateLayouts();
    m_knownCount = lineCount();
    m_cursor = m_anchor = clampPosition(fromDocument(cursor));
    m_topLine = qMax<qint64>(0, top >= 0 ? rowOf(top) : 0);
    m_topRow = 0;
    updateScrollBars();
    if (m_follow)
        scrollToEnd();
    viewport()->update();
}

void LogView::setPlaceholderText(const QString &text)
{
    m_placeholder = text;
    viewport()->update();
}

void LogView::reset()
{
    m_topLine = 0;
    m_topRow = 0;
    m_cursor = m_anchor = Position();
    m_currentMatch = Match();
    m_separators.clear();
    m_separatorLines.clear();
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

// --- rows and document lines ---

bool LogView::isFiltered() const
{
    return m_filter && m_filter->isActive();
}

qint64 LogView::documentLineCount() const
{
    return m_document ? m_document->lineCount() : 0;
}

qint64 LogView::lineCount() const
{
    if (isFiltered())
        return m_filter->lines().count();
    const qint64 count = documentLineCount();
    // Separators of lines not published yet wait for them.
    const qint64 separators =
        std::upper_bound(m_separatorLines.begin(), m_separatorLines.end(), count) -
        m_separatorLines.begin();
    return count + separators;
}

int LogView::separatorAt(qint64 row) const
{
    if (isFiltered() || m_separatorLines.isEmpty())
        return -1;
    // Separator k is row m_separatorLines[k] + k: increasing in k.
    int lo = 0;
    int hi = int(m_separatorLines.size());
    while (lo < hi) {
        const int mid = (lo + hi) / 2;
        if (m_separatorLines.at(mid) + mid <= row)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo > 0 && m_separatorLines.at(lo - 1) + lo - 1 == row ? lo - 1 : -1;
}

qint64 LogView::documentLineOf(qint64 row) const
{
    if (row < 0)
        return -1;
    if (isFiltered())
        return m_filter->lines().at(row);
    if (m_separatorLines.isEmpty())
        return row;
    int lo = 0;
    int hi = int(m_separatorLines.size());
    while (lo < hi) {
        const int mid = (lo + hi) / 2;
        if (m_separatorLines.at(mid) + mid <= row)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo > 0 && m_separatorLines.at(lo - 1) + lo - 1 == row)
        return -1;
    return row - lo;
}

qint64 LogView::rowOf(qint64 documentLine) const
{
    if (isFiltered())
        return m_filter->lines().rankOf(documentLine);
    const qint64 before =
        std::upper_bound(m_separatorLines.begin(), m_separatorLines.end(), documentLine) -
        m_separatorLines.begin();
    return documentLine + before;
}

LogView::Position LogView::toDocument(const Position &rowPosition) const
{
    qint64 line = documentLineOf(rowPosition.line);
    if (line < 0) // a separator: the line after it
        line = documentLineOf(rowPosition.line + 1);
    return {qMax<qint64>(0, line), rowPosition.column};
}

LogView::Position LogView::fromDocument(const Position &documentPosition) const
{
    return {rowOf(documentPosition.line), documentPosition.column};
}

void LogView::rebuildSeparators()
{
    const QList<LogDocument::Boundary> all =
        m_document ? m_document->boundaries() : QList<LogDocument::Boundary>();
    m_separators = all;
    std::stable_sort(m_separators.begin(), m_separators.end(),
                     [](const LogDocument::Boundary &a, const LogDocument::Boundary &b) {
                         return a.line < b.line;
                     });
    m_separatorLines.clear();
    for (const LogDocument::Boundary &b : std::as_const(m_separators))
        m_separatorLines.append(b.line);
}

void LogView::onBoundaryAdded()
{
    // Rows move under the new separator: keep the same document lines where they are.
    const Position cursor = toDocument(m_cursor);
    const Position anchor = toDocument(m_anchor);
    const qint64 top = documentLineOf(m_topLine);
    // At the very top, the top stays there (a history's first file shows its separator).
    const bool keepTop = top < 0 || (m_topLine == 0 && m_topRow == 0);
    rebuildSeparators();
    if (!isFiltered()) {
        m_cursor = fromDocument(cursor);
        m_anchor = fromDocument(anchor);
        if (!keepTop)
            m_topLine = rowOf(top);
    }
    invalidateLayouts();
    m_knownCount = lineCount();
    updateScrollBars();
    if (m_follow)
        scrollToEnd();
    viewport()->update();
}

QString LogView::separatorText(int separator) const
{
    const LogDocument::Boundary &b = m_separators.at(separator);
    const QString name = QFileInfo(b.path).fileName();
    const QString time = QLocale().toString(b.when.time(), QStringLiteral("HH:mm:ss"));
    switch (b.kind) {
    case LogDocument::Boundary::Kind::File:
        //: a separator row in the viewer: where a file of a log's history begins
        return tr("── %1 ──").arg(name);
    case LogDocument::Boundary::Kind::Damaged:
        return tr("⚠ %1 could not be read to its end: %2").arg(name, b.detail);
    case LogDocument::Boundary::Kind::Truncated:
        return tr("── %1 was truncated at %2; its new text follows ──").arg(name, time);
    case LogDocument::Boundary::Kind::Replaced:
        return tr("── %1 was replaced by a new file (rotated) at %2; the new file follows ──")
            .arg(name, time);
    }
    return {};
}

// --- following the document ---

void LogView::onLinesAvailable(qint64)
{
    const qint64 count = lineCount();
    if (isFiltered()) {
        // The filter's lines come from its scan; the gutter may need another digit.
        viewport()->update();
        return;
    }
    // New lines show only if the screen was not full yet; the gutter may need another digit.
    const bool screenWasShort = lastVisibleRow() >= m_knownCount - 1;
    const int oldGutter = gutterWidth();
    m_knownCount = count;
    updateScrollBars();
    if (m_follow)
        scrollToEnd();
    if (m_follow || screenWasShort || gutterWidth() != oldGutter)
        viewport()->update();
}

void LogView::onLineChanged(qint64 line)
{
    const qint64 row = rowOf(line);
    m_layouts.remove(row);
    m_matches.remove(row);
    viewport()->update();
}

void LogView::onFilterReset()
{
    invalidateLayouts();
    m_topLine = 0;
    m_topRow = 0;
    m_cursor = m_anchor = Position();
    m_knownCount = lineCount();
    updateScrollBars();
    viewport()->update();
}

void LogView::onFilterGrown()
{
    const qint64 old = m_knownCount;
    m_knownCount = lineCount();
    if (m_knownCount == old && !isFiltered())
        return;
    updateScrollBars();
    if (m_follow)
        scrollToEnd();
    viewport()->update();
}

void LogView::setFollowing(bool follow)
{
    if (follow)
        scrollToEnd();
    if (follow == m_follow)
        return;
    m_follow = follow;
    emit followingChanged(follow);
}

bool LogView::isAtEnd() const
{
    const qint64 count = lineCount();
    if (count == 0)
        return true;
    if (!m_wrap)
        return m_topLine >= qMax<qint64>(0, count - visibleRows());
    // Wrapped: the last row of the last line is on screen.
    qint64 y = -qint64(m_topRow) * m_rowHeight;
    for (qint64 line = m_topLine; line < count; ++line) {
        y += qint64(rowsOf(line)) * m_rowHeight;
        if (y > viewport()->height())
            return false;
    }
    return true;
}

void LogView::updateFollowing()
{
    const bool atEnd = isAtEnd();
    if (atEnd == m_follow)
        return;
    m_follow = atEnd;
    emit followingChanged(atEnd);
}

void LogView::scrollToEnd()
{
    const qint64 count = lineCount();
    if (count == 0)
        return;
    if (!m_wrap) {
        scrollTo(count - visibleRows(), 0);
        return;
    }
    // The last line's last row at the bottom.
    qint64 line = count - 1;
    int row = rowsOf(line) - 1;
    for (int n = 1; n < visibleRows(); ++n) {
        if (row > 0)
            --row;
        else if (line > 0)
            row = rowsOf(--line) - 1;
        else
            break;
    }
    scrollTo(line, row);
}

// --- metrics and scroll bars ---

void LogView::updateMetrics()
{
    const QFontMetrics fm(font());
    m_rowHeight = qMax(1, fm.lineSpacing());
    m_charWidth = qMax(1, fm.horizontalAdvance(QLatin1Char('0')));
    m_ascent = fm.ascent();
    horizontalScrollBar()->setSingleStep(m_charWidth * 4);
}

void LogView::setZoom(int steps)
{
    steps = qBound(minZoom, steps, maxZoom);
    if (steps == m_zoom)
        return;
    m_zoom = steps;
    QFont f = font();
    f.setPointSizeF(qMax(4.0, m_basePointSize + steps));
    const qint64 top = documentLineOf(m_topLine);
    setFont(f); // changeEvent lays out again
    if (top >= 0)
        scrollTo(rowOf(top), 0);
    if (m_follow)
        scrollToEnd();
    emit zoomChanged(steps);
}

int LogView::gutterWidth() const
{
    int digits = 1;
    for (qint64 n = qMax<qint64>(documentLineCount(), 999); n >= 10; n /= 10)
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
    v->update(); // the marks move with the range

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
        updateFollowing(); // the user moved the bar or the wheel
    }
    viewport()->update();
}

QList<quint8> LogView::scrollMarks(int pixels) const
{
    QList<quint8> marks(qMax(0, pixels), 0);
    const qint64 count = lineCount();
    if (pixels <= 0 || count == 0)
        return marks;
    const LineSet *matches = m_marks && m_marks->isActive() ? &m_marks->lines() : nullptr;
    // Boundaries first: matches mark over them.
    if (!isFiltered()) {
        for (int k = 0; k < m_separatorLines.size(); ++k) {
            const qint64 row = m_separatorLines.at(k) + k;
            if (row < count)
                marks[int(qMin<qint64>(pixels - 1, row * pixels / count))] = 2;
        }
    }
    if (!matches || matches->isEmpty())
        return marks;
    for (int p = 0; p < pixels; ++p) {
        const qint64 firstRow = qint64(p) * count / pixels;
        const qint64 endRow = qMax(firstRow + 1, qint64(p + 1) * count / pixels);
        qint64 from = documentLineOf(firstRow);
        if (from < 0)
            from = documentLineOf(firstRow + 1);
        qint64 to = documentLineOf(qMin(endRow, count) - 1);
        if (to < 0)
            to = documentLineOf(qMin(endRow, count) - 2);
        if (from < 0 || to < from)
            continue;
        if (matches->countIn(from, to + 1) > 0)
            marks[p] = 1;
    }
    return marks;
}

void LogView::setMatchMarks(LineScan *matches)
{
    if (m_marks)
        disconnect(m_marks, nullptr, m_scrollBar, nullptr);
    m_marks = matches;
    if (matches) {
        connect(matches, &LineScan::reset, m_scrollBar, qOverload<>(&QWidget::update));
        connect(matches, &LineScan::progressed, m_scrollBar, qOverload<>(&QWidget::update));
    }
    m_scrollBar->update();
}

// --- layout and colours ---

QString LogView::lineText(qint64 row) const
{
    const qint64 line = documentLineOf(row);
    return m_document && line >= 0 ? m_document->line(line).text : QString();
}

void LogView::colourise(Laid *laid, const QString &text) const
{
    for (const ColourRule &rule : m_rules) {
        if (rule.expression.match(text).hasMatch()) {
            laid->rule = rule.colour;
            break;
        }
    }
    // Recognised only here, for the lines laid out: the first screen costs a few lines' worth.
    if (m_severityColours)
        laid->level = Severity::of(text);
}

LogView::Laid *LogView::laidOut(qint64 row) const
{
    if (Laid *cached = m_layouts.object(row))
        return cached;
    auto *laid = new Laid;
    const int separator = separatorAt(row);
    QString display;
    QList<QTextLayout::FormatRange> formats;
    if (separator >= 0) {
        laid->separator = separator;
        display = separatorText(separator);
        laid->textLength = 0;
        QTextLayout::FormatRange range;
        range.start = 0;
        range.length = int(display.size());
        range.format.setFontItalic(true);
        range.format.setForeground(palette().color(QPalette::WindowText));
        formats.append(range);
    } else {
        const qint64 line = documentLineOf(row);
        const LogDocument::Line source =
            m_document && line >= 0 ? m_document->line(line) : LogDocument::Line();
        laid->textLength = int(source.text.size());
        laid->cut = source.cut;
        colourise(laid, source.text);
        // Control characters as their pictures (same length: columns stay the same).
        display = source.text;
        for (QChar &c : display) {
            const ushort u = c.unicode();
            if (u < 0x20 && u != '\t')
                c = QChar(0x2400 + u);
            else if (u == 0x7f)
                c = QChar(0x2421);
        }
        const QColor foreground = foregroundOf(*laid);
        if (foreground.isValid() && !display.isEmpty()) {
            QTextLayout::FormatRange range;
            range.start = 0;
            range.length = int(display.size());
            range.format.setForeground(foreground);
            if (laid->level == Severity::Error && !laid->rule.isValid())
                range.format.setFontWeight(QFont::DemiBold);
            formats.append(range);
        }
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
    for (QTextLine textRow = laid->layout.createLine(); textRow.isValid();
         textRow = laid->layout.createLine()) {
        textRow.setLineWidth(width);
        textRow.setPosition(QPointF(0, y));
        y += m_rowHeight;
    }
    laid->layout.endLayout();
    if (!m_wrap && laid->layout.lineCount() > 0 && separator < 0)
        m_widestLine = qMax(m_widestLine, laid->layout.lineAt(0).naturalTextWidth());
    m_layouts.insert(row, laid, 1 + int(display.size() / 4096));
    return laid;
}

Severity::Level LogView::severityOf(qint64 line) const
{
    const qint64 row = rowOf(line);
    if (row >= lineCount() || documentLineOf(row) != line)
        return Severity::None;
    return laidOut(row)->level;
}

QColor LogView::lineForeground(qint64 line) const
{
    const qint64 row = rowOf(line);
    if (row >= lineCount() || documentLineOf(row) != line)
        return {};
    return foregroundOf(*laidOut(row));
}

QColor LogView::foregroundOf(const Laid &laid) const
{
    if (laid.rule.isValid())
        return {};
    const bool dark = isDark(palette());
    switch (laid.level) {
    case Severity::Error:
        return dark ? QColor(255, 120, 110) : QColor(180, 20, 30);
    case Severity::Warning:
        return dark ? QColor(240, 190, 90) : QColor(150, 85, 0);
    case Severity::Debug:
        return palette().color(QPalette::PlaceholderText);
    default:
        return {};
    }
}

QColor LogView::lineBackground(qint64 line) const
{
    const qint64 row = rowOf(line);
    if (row >= lineCount() || documentLineOf(row) != line)
        return {};
    return backgroundOf(*laidOut(row));
}

QColor LogView::backgroundOf(const Laid &laid) const
{
    const QColor base = palette().color(QPalette::Base);
    if (laid.rule.isValid())
        return tint(base, laid.rule, 0.45);
    switch (laid.level) {
    case Severity::Error:
        return tint(base, QColor(230, 40, 40), isDark(palette()) ? 0.22 : 0.12);
    case Severity::Warning:
        return tint(base, QColor(240, 180, 0), isDark(palette()) ? 0.18 : 0.14);
    default:
        return {};
    }
}

void LogView::setSeverityColours(bool on)
{
    if (on == m_severityColours)
        return;
    m_severityColours = on;
    invalidateLayouts();
    viewport()->update();
}

void LogView::setColourRules(const QList<ColourRule> &rules)
{
    m_rules = rules;
    invalidateLayouts();
    viewport()->update();
}

int LogView::rowsOf(qint64 row) const
{
    return m_wrap ? qMax(1, laidOut(row)->layout.lineCount()) : 1;
}

const QList<SearchPattern::Match> &LogView::matchesOf(qint64 row) const
{
    static const QList<SearchPattern::Match> none;
    if (!m_pattern.isUsable() || separatorAt(row) >= 0)
        return none;
    if (const QList<SearchPattern::Match> *cached = m_matches.object(row))
        return *cached;
    auto *found =
        new QList<SearchPattern::Match>(m_pattern.matches(lineText(row), maxHighlightsPerLine));
    m_matches.insert(row, found);
    return *found;
}

// --- geometry ---

qint64 LogView::firstVisibleLine() const
{
    if (lineCount() == 0)
        return 0;
    return toDocument({m_topLine, 0}).line;
}

qint64 LogView::lastVisibleRow() const
{
    const qint64 count = lineCount();
    if (count == 0)
        return -1;
    qint64 row = m_topLine;
    qint64 y = -qint64(m_topRow) * m_rowHeight + rowsOf(row) * m_rowHeight;
    while (y < viewport()->height() && row + 1 < count)
        y += qint64(rowsOf(++row)) * m_rowHeight;
    return row;
}

qint64 LogView::lastVisibleLine() const
{
    qint64 row = lastVisibleRow();
    if (row < 0)
        return -1;
    qint64 line = documentLineOf(row);
    while (line < 0 && row > 0)
        line = documentLineOf(--row);
    return line;
}

QRect LogView::lineRect(qint64 line) const
{
    const qint64 target = rowOf(line);
    if (target < m_topLine || target >= lineCount() || documentLineOf(target) != line)
        return {};
    qint64 y = -qint64(m_topRow) * m_rowHeight;
    for (qint64 r = m_topLine; r < target; ++r) {
        y += qint64(rowsOf(r)) * m_rowHeight;
        if (y >= viewport()->height())
            return {};
    }
    return QRect(textLeft(), int(y), viewport()->width() - textLeft(),
                 rowsOf(target) * m_rowHeight);
}

qint64 LogView::lineAt(const QPoint &point) const
{
    const qint64 count = lineCount();
    qint64 y = -qint64(m_topRow) * m_rowHeight;
    if (point.y() < 0)
        return -1;
    for (qint64 row = m_topLine; row < count && y < viewport()->height(); ++row) {
        y += qint64(rowsOf(row)) * m_rowHeight;
        if (point.y() < y)
            return documentLineOf(row);
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
    auto columnIn = [&](qint64 row, int textRow) {
        Laid *laid = laidOut(row);
        textRow = qBound(0, textRow, laid->layout.lineCount() - 1);
        const QTextLine textLine = laid->layout.lineAt(textRow);
        const int column = textLine.isValid() ? textLine.xToCursor(qMax<qreal>(0, x)) : 0;
        return Position{row, qMin(column, laid->textLength)};
    };
    Position found;
    if (point.y() < 0) {
        found = columnIn(m_topLine, m_topRow);
    } else {
        qint64 y = -qint64(m_topRow) * m_rowHeight;
        qint64 row = m_topLine;
        bool hit = false;
        for (; row < count; ++row) {
            const int rows = rowsOf(row);
            if (point.y() < y + qint64(rows) * m_rowHeight) {
                found = columnIn(row, int((point.y() - y) / m_rowHeight));
                hit = true;
                break;
            }
            y += qint64(rows) * m_rowHeight;
            if (y >= viewport()->height())
                break;
        }
        if (!hit) { // below the last row on screen: its last text row
            row = qMin(row, count - 1);
            found = columnIn(row, rowsOf(row) - 1);
        }
    }
    return toDocument(clampPosition(found));
}

int LogView::textRowOf(const Position &position) const
{
    if (!m_wrap)
        return 0;
    const Laid *laid = laidOut(position.line);
    const QTextLine row = laid->layout.lineForTextPosition(position.column);
    return row.isValid() ? row.lineNumber() : 0;
}

// --- scrolling ---

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
    m_topRow = m_wrap && count > 0 ? qBound(0, row, rowsOf(m_topLine) - 1) : 0;
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

void LogView::ensureVisible(const Position &position, Placement placement)
{
    if (lineCount() == 0)
        return;
    const int row = textRowOf(position);
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
        // The row goes to the edge it came from, a third down the screen, or to the middle.
        const int back = placement == Placement::UpperThird ? rows / 3
                         : placement == Placement::Centre   ? (rows - 1) / 2
                         : above                            ? 0
                                                            : rows - 1;
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
    m_currentMatch = Match();
    m_cursor = m_anchor =
        clampPosition(fromDocument({qBound<qint64>(0, line, documentLineCount() - 1), 0}));
    ensureVisible(m_cursor, Placement::UpperThird);
    updateFollowing();
    emit cursorPositionChanged(cursorPosition().line, m_cursor.column);
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
    if (m_follow)
        scrollToEnd();
    else
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
    const qint64 row = rowOf(line);
    if (row >= lineCount() || documentLineOf(row) != line) {
        viewport()->update(); // a line this view does not show (filtered out)
        return;
    }
    m_anchor = Position{row, start};
    m_cursor = Position{row, start + length};
    // Off screen: to the middle, with room above and below (not at the bottom edge).
    ensureVisible(m_anchor, Placement::Centre);
    ensureVisible(m_cursor);
    ensureVisible(m_anchor);
    updateFollowing();
    emit cursorPositionChanged(line, m_cursor.column);
    viewport()->update();
}

// --- selection ---

void LogView::setSelection(const Position &anchor, const Position &cursor)
{
    m_anchor = clampPosition(fromDocument(anchor));
    m_cursor = clampPosition(fromDocument(cursor));
    ensureVisible(m_cursor);
    emit cursorPositionChanged(cursorPosition().line, m_cursor.column);
    viewport()->update();
}

void LogView::clearSelection()
{
    m_anchor = m_cursor;
    emit cursorPositionChanged(cursorPosition().line, m_cursor.column);
    viewport()->update();
}

void LogView::selectAll()
{
    const qint64 count = lineCount();
    if (count == 0)
        return;
    m_anchor = clampPosition(Position{0, 0});
    m_cursor = clampPosition(Position{count - 1, int(lineText(count - 1).size())}, false);
    emit cursorPositionChanged(cursorPosition().line, m_cursor.column);
    viewport()->update();
}

QString LogView::selectedText(bool *cut, qint64 *selectedBytes) const
{
    if (cut)
        *cut = false;
    if (selectedBytes)
        *selectedBytes = 0;
    if (!m_document || !hasSelection())
        return {};
    const Position from = selectionStart();
    const Position to = selectionEnd();
    if (!isFiltered())
        return m_document->text(from.line, from.column, to.line, to.column,
                                LogDocument::maxCopyBytes, cut, selectedBytes);
    // Filtered: the lines shown, one after the other, from the first row to the last.
    const Position first = qMin(m_anchor, m_cursor);
    const Position last = qMax(m_anchor, m_cursor);
    QString out;
    qint64 bytes = 0;
    for (qint64 row = first.line; row <= last.line; ++row) {
        const qint64 line = documentLineOf(row);
        if (line < 0)
            continue;
        QString text = m_document->line(line).text;
        if (row == last.line)
            text.truncate(last.column);
        if (row == first.line)
            text.remove(0, first.column);
        bytes += text.toUtf8().size() + (row < last.line ? 1 : 0);
        if (bytes > LogDocument::maxCopyBytes) {
            if (cut)
                *cut = true;
            continue; // counted for *selectedBytes, not copied
        }
        out += text;
        if (row < last.line)
            out += QLatin1Char('\n');
    }
    if (selectedBytes)
        *selectedBytes = bytes;
    return out;
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

LogView::Position LogView::clampPosition(Position position, bool forward) const
{
    const qint64 count = lineCount();
    if (count == 0)
        return {};
    position.line = qBound<qint64>(0, position.line, count - 1);
    // Not on a separator: the line after it (or before it, going back or at the end).
    if (separatorAt(position.line) >= 0) {
        qint64 next = position.line;
        const int step = forward ? 1 : -1;
        while (next >= 0 && next < count && separatorAt(next) >= 0)
            next += step;
        if (next < 0 || next >= count) {
            next = position.line;
            while (next >= 0 && next < count && separatorAt(next) >= 0)
                next -= step;
        }
        if (next < 0 || next >= count)
            return {position.line, 0};
        position.line = next;
        if (!forward)
            position.column = int(lineText(next).size());
        else
            position.column = 0;
    }
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
    m_cursor = clampPosition(position, !(position < m_cursor));
    if (!keepAnchor)
        m_anchor = m_cursor;
    ensureVisible(m_cursor);
    emit cursorPositionChanged(cursorPosition().line, m_cursor.column);
    viewport()->update();
}

// --- input ---

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
    if (event == QKeySequence::ZoomIn) {
        zoomIn();
        return;
    }
    if (event == QKeySequence::ZoomOut) {
        zoomOut();
        return;
    }
    if (count == 0) {
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        event->modifiers() == Qt::NoModifier) {
        emit lineActivated(cursorPosition().line, m_cursor.column);
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
    bool toEnd = false;
    if (is({QKeySequence::MoveToNextLine, QKeySequence::SelectNextLine}, &select)) {
        p.line = qMin(p.line + 1, count - 1);
        if (separatorAt(p.line) >= 0)
            p = clampPosition(p, true);
    } else if (is({QKeySequence::MoveToPreviousLine, QKeySequence::SelectPreviousLine}, &select)) {
        p.line = qMax<qint64>(0, p.line - 1);
        if (separatorAt(p.line) >= 0) {
            const int column = p.column;
            p = clampPosition(p, false);
            p.column = qMin(column, int(lineText(p.line).size()));
        }
    } else if (is({QKeySequence::MoveToNextChar, QKeySequence::SelectNextChar}, &select)) {
        if (p.column < length)
            ++p.column;
        else if (p.line + 1 < count)
            p = clampPosition({p.line + 1, 0}, true);
    } else if (is({QKeySequence::MoveToPreviousChar, QKeySequence::SelectPreviousChar}, &select)) {
        if (p.column > 0)
            --p.column;
        else if (p.line > 0)
            p = clampPosition({p.line - 1, int(lineText(p.line - 1).size())}, false);
    } else if (is({QKeySequence::MoveToNextWord, QKeySequence::SelectNextWord}, &select)) {
        p = p.column >= length && p.line + 1 < count ? clampPosition({p.line + 1, 0}, true)
                                                     : wordStartOrEnd(p, true);
    } else if (is({QKeySequence::MoveToPreviousWord, QKeySequence::SelectPreviousWord}, &select)) {
        p = p.column == 0 && p.line > 0
                ? clampPosition({p.line - 1, int(lineText(p.line - 1).size())}, false)
                : wordStartOrEnd(p, false);
    } else if (is({QKeySequence::MoveToStartOfLine, QKeySequence::SelectStartOfLine}, &select)) {
        p.column = 0;
    } else if (is({QKeySequence::MoveToEndOfLine, QKeySequence::SelectEndOfLine}, &select)) {
        // End at the end of a line goes on to the end of the document (and follows it there).
        if (!select && p.column == length) {
            p = clampPosition({count - 1, int(lineText(count - 1).size())}, false);
            toEnd = true;
        } else {
            p.column = length;
        }
    } else if (is({QKeySequence::MoveToStartOfDocument, QKeySequence::SelectStartOfDocument},
                  &select)) {
        p = clampPosition({0, 0}, true);
    } else if (is({QKeySequence::MoveToEndOfDocument, QKeySequence::SelectEndOfDocument},
                  &select)) {
        p = clampPosition({count - 1, int(lineText(count - 1).size())}, false);
        toEnd = true;
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
    if (toEnd) // Ctrl+End: the end of the document, followed from here on
        setFollowing(true);
    else
        updateFollowing();
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
    m_dragged = false;
    m_lastMousePos = event->position().toPoint();
    moveCursor(fromDocument(positionAt(m_lastMousePos)), event->modifiers() & Qt::ShiftModifier);
}

void LogView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_selecting)
        return;
    m_lastMousePos = event->position().toPoint();
    m_dragged = true;
    const bool outside = m_lastMousePos.y() < 0 || m_lastMousePos.y() >= viewport()->height();
    if (outside && !m_autoScroll.isActive())
        m_autoScroll.start();
    else if (!outside)
        m_autoScroll.stop();
    moveCursor(fromDocument(positionAt(m_lastMousePos)), true);
}

void LogView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_selecting = false;
        m_autoScroll.stop();
        updateFollowing();
        if (!m_dragged && !(event->modifiers() & Qt::ShiftModifier) &&
            lineAt(event->position().toPoint()) >= 0)
            emit lineActivated(cursorPosition().line, m_cursor.column);
    }
}

void LogView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || lineCount() == 0)
        return;
    const Position p = fromDocument(positionAt(event->position().toPoint()));
    m_anchor = wordStartOrEnd(p, false);
    m_cursor = wordStartOrEnd(m_anchor, true);
    emit cursorPositionChanged(cursorPosition().line, m_cursor.column);
    viewport()->update();
}

void LogView::autoScroll()
{
    // Faster the further the pointer is outside.
    const int y = m_lastMousePos.y();
    const int outside = y < 0 ? y : y - viewport()->height() + 1;
    scrollRows(qBound(-20, outside / qMax(1, m_rowHeight / 2) + (outside < 0 ? -1 : 1), 20));
    moveCursor(fromDocument(positionAt(m_lastMousePos)), true);
}

void LogView::wheelEvent(QWheelEvent *event)
{
    // Ctrl+wheel: font size.
    if (event->modifiers() & Qt::ControlModifier) {
        const int delta = event->angleDelta().y();
        if (delta > 0)
            zoomIn();
        else if (delta < 0)
            zoomOut();
        event->accept();
        return;
    }
    // Wrapped lines scroll by rows, not by lines (a long line would jump a screen).
    if (m_wrap && event->angleDelta().y() != 0) {
        scrollRows(-event->angleDelta().y() * QApplication::wheelScrollLines() / 120);
        updateFollowing();
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

bool LogView::viewportEvent(QEvent *event)
{
    // A separator's tooltip: the whole path, and what happened.
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const qint64 count = lineCount();
        qint64 y = -qint64(m_topRow) * m_rowHeight;
        for (qint64 row = m_topLine; row < count && y < viewport()->height(); ++row) {
            y += qint64(rowsOf(row)) * m_rowHeight;
            if (help->pos().y() < y) {
                const int separator = separatorAt(row);
                if (separator >= 0)
                    QToolTip::showText(help->globalPos(), m_separators.at(separator).path +
                                                              QLatin1Char('\n') +
                                                              separatorText(separator));
                else
                    QToolTip::hideText();
                return true;
            }
        }
        QToolTip::hideText();
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void LogView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    if (m_wrap)
        invalidateLayouts();
    updateScrollBars();
    if (m_follow)
        scrollToEnd();
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

    struct Number
    {
        qint64 line; // -1: a separator
        int y;       // of its first row
        int rows;
        Severity::Level level;
    };
    QList<Number> numbers;
    if (count == 0) {
        QString placeholder;
        if (m_document && m_document->isLoading())
            placeholder = tr("Decompressing…");
        else if (isFiltered() && documentLineCount() > 0)
            placeholder = m_placeholder;
        else if (m_document && !m_document->path().isEmpty())
            placeholder =
                m_document->isComplete() ? tr("The file is empty.") : tr("Nothing could be read.");
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(area.adjusted(gutter, 0, 0, 0), Qt::AlignCenter | Qt::TextWordWrap,
                         placeholder);
    } else {
        // One read for the whole screen when the rows are the document's lines; the layouts
        // then come from the document's cache.
        if (!isFiltered() && m_separatorLines.isEmpty())
            m_document->lines(m_topLine, visibleRows() + 1);
        const qreal left = gutter + m_charWidth / 2 - (m_wrap ? 0 : horizontalScrollBar()->value());
        const Position from = qMin(m_anchor, m_cursor);
        const Position to = qMax(m_anchor, m_cursor);
        const qint64 matchRow = m_currentMatch.line >= 0 ? rowOf(m_currentMatch.line) : -1;
        const bool currentShown =
            matchRow >= 0 && matchRow < count && documentLineOf(matchRow) == m_currentMatch.line;
        const bool selectionIsMatch = currentShown && from.line == matchRow &&
                                      to.line == matchRow && from.column == m_currentMatch.start &&
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
        const QColor separatorBase = tint(pal.color(QPalette::Base), QColor(40, 110, 200), 0.12);

        painter.setClipRect(QRect(gutter, 0, area.width() - gutter, area.height()));
        qint64 y = -qint64(m_topRow) * m_rowHeight;
        for (qint64 row = m_topLine; row < count && y < area.height(); ++row) {
            Laid *laid = laidOut(row);
            const int rows = qMax(1, laid->layout.lineCount());
            const QRect band(gutter, int(y), area.width() - gutter, rows * m_rowHeight);
            if (laid->separator >= 0) {
                painter.fillRect(band, separatorBase);
                painter.setPen(QColor(40, 110, 200));
                painter.drawLine(band.left(), band.top(), band.right(), band.top());
                laid->layout.draw(&painter, QPointF(gutter + m_charWidth / 2, qreal(y)));
                numbers.append({-1, int(y), rows, Severity::None});
                y += qint64(rows) * m_rowHeight;
                continue;
            }
            const qint64 line = documentLineOf(row);
            const QColor background = backgroundOf(*laid);
            if (background.isValid())
                painter.fillRect(band, background);
            const QList<SearchPattern::Match> matches = matchesOf(row);
            QList<QTextLayout::FormatRange> selections;
            for (const SearchPattern::Match &m : matches)
                selections.append({m.start, m.length, matchFormat});
            if (currentShown && matchRow == row)
                selections.append({m_currentMatch.start, m_currentMatch.length, currentFormat});
            const bool inSelection = hasSelection() && from.line <= row && row <= to.line;
            if (inSelection && !selectionIsMatch) {
                const int start = row == from.line ? from.column : 0;
                const int end = row == to.line ? to.column : laid->textLength;
                if (end > start)
                    selections.append({start, end - start, selectionFormat});
            }
            const QPointF origin(left, qreal(y));
            painter.setPen(pal.color(QPalette::Text)); // what a line without colours is drawn in
            laid->layout.draw(&painter, origin, selections);
            // A selection that goes on past the end of the line shows its newline.
            if (inSelection && row < to.line && !selectionIsMatch) {
                const QTextLine last = laid->layout.lineAt(rows - 1);
                const qreal x = left + (last.isValid() ? last.cursorToX(laid->textLength) : 0);
                painter.fillRect(
                    QRectF(x, qreal(y + (rows - 1) * m_rowHeight), m_charWidth / 2.0, m_rowHeight),
                    pal.brush(QPalette::Highlight));
            }
            if (row == m_cursor.line && hasFocus())
                laid->layout.drawCursor(&painter, origin, m_cursor.column, 1);
            numbers.append({line, int(y), rows, laid->level});
            y += qint64(rows) * m_rowHeight;
        }
        painter.setClipping(false);
    }

    // The gutter: line numbers on the first row of each line, a severity mark beside them.
    const QColor gutterBase = pal.color(QPalette::Window);
    painter.fillRect(QRect(0, 0, gutter, area.height()), gutterBase);
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawLine(gutter - 1, 0, gutter - 1, area.height());
    QFont bold = font();
    bold.setBold(true);
    const qint64 cursorLine = count > 0 ? documentLineOf(m_cursor.line) : -1;
    for (const Number &n : std::as_const(numbers)) {
        if (n.line < 0) {
            painter.fillRect(QRect(0, n.y, gutter - 1, n.rows * m_rowHeight),
                             QColor(40, 110, 200, 90));
            continue;
        }
        if (n.level == Severity::Error || n.level == Severity::Warning)
            painter.fillRect(QRect(0, n.y, 3, n.rows * m_rowHeight), n.level == Severity::Error
                                                                         ? QColor(210, 30, 40)
                                                                         : QColor(230, 160, 0));
        const bool current = n.line == cursorLine;
        painter.setFont(current ? bold : font());
        painter.setPen(pal.color(current ? QPalette::WindowText : QPalette::PlaceholderText));
        painter.drawText(QRect(0, n.y, gutter - m_charWidth, m_rowHeight),
                         Qt::AlignRight | Qt::AlignVCenter, QString::number(n.line + 1));
    }
    // Lines laid out during this paint may be wider than any before.
    if (!m_wrap && int(std::ceil(m_widestLine)) + m_charWidth - textAreaWidth() >
                       horizontalScrollBar()->maximum())
        QMetaObject::invokeMethod(this, &LogView::updateScrollBars, Qt::QueuedConnection);
}

} // namespace Logkeeper
