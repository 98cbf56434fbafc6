// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "viewer/textsearch.h"

#include "viewer/lineindex.h"
#include "viewer/linereader.h"
#include "viewer/logdocument.h"

#include <QElapsedTimer>
#include <QThread>

namespace Logkeeper {

namespace {
constexpr qint64 scanBlockBytes = 4 * 1024 * 1024; // what a worker reads at once
constexpr qint64 countBatchLines = 64 * 1024;      // lines between progress checks

// Waits until the index has lines (the worker creates the file with the first ones) or is
// finished; false when cancelled.
bool waitForContent(const LineIndex &index, const std::atomic_bool &cancel)
{
    while (!cancel && index.lineCount() == 0 && !index.isFinished())
        index.waitForLines(0, 200);
    return !cancel;
}
} // namespace

TextSearch::TextSearch(LogDocument *document, QObject *parent)
    : QObject(parent), m_document(document)
{
    connect(document, &LogDocument::opened, this, [this] {
        cancelCount();
        cancelFind();
    });
}

TextSearch::~TextSearch()
{
    for (Worker *w : {&m_count, &m_find})
        retire(*w);
    for (Worker &w : m_retired)
        w.thread->wait();
}

void TextSearch::retire(Worker &slot)
{
    if (!slot.thread)
        return;
    slot.cancel->store(true);
    m_retired.push_back(std::move(slot));
    slot = Worker();
}

void TextSearch::reap()
{
    for (auto it = m_retired.begin(); it != m_retired.end();) {
        if (it->thread->isFinished())
            it = m_retired.erase(it);
        else
            ++it;
    }
}

void TextSearch::start(Worker &slot, Work work)
{
    retire(slot);
    reap();
    slot.cancel = std::make_shared<std::atomic_bool>(false);
    auto cancel = slot.cancel;
    slot.thread.reset(QThread::create([work = std::move(work), cancel] { work(cancel); }));
    slot.thread->setObjectName(QStringLiteral("TextSearch"));
    slot.thread->start();
}

void TextSearch::cancelCount()
{
    retire(m_count);
    m_counting = false;
}

void TextSearch::cancelFind()
{
    retire(m_find);
    m_finding = false;
}

void TextSearch::count(const SearchPattern &pattern)
{
    cancelCount();
    m_matches = 0;
    if (!m_document || !pattern.isUsable() || !m_document->index()) {
        emit countChanged(0, 0, true);
        return;
    }
    m_counting = true;
    const std::shared_ptr<const LineIndex> index = m_document->index();
    const QString path = m_document->contentPath();
    const QString text = pattern.text();
    const bool regex = pattern.isRegularExpression();
    const bool caseSensitive = pattern.isCaseSensitive();
    start(m_count, [this, index, path, text, regex, caseSensitive](const Flag &flag) {
        const std::atomic_bool &cancel = *flag;
        const SearchPattern own(text, regex, caseSensitive); // not shared across threads
        auto report = [this, flag](qint64 matches, qint64 lines, bool complete) {
            if (*flag)
                return;
            QMetaObject::invokeMethod(
                this,
                [this, matches, lines, complete, flag] {
                    if (*flag) // cancelled or replaced meanwhile
                        return;
                    m_matches = matches;
                    if (complete)
                        m_counting = false;
                    emit countChanged(matches, lines, complete);
                },
                Qt::QueuedConnection);
        };
        if (!waitForContent(*index, cancel))
            return;
        LineReader reader(index, path, scanBlockBytes);
        qint64 matches = 0;
        qint64 next = 0;
        QElapsedTimer sinceReport;
        sinceReport.start();
        for (;;) {
            if (cancel)
                return;
            const LineIndex::Extent extent = index->extent();
            if (next < extent.lines) {
                const bool ok = reader.forEachLine(
                    next, qMin(countBatchLines, extent.lines - next), LogDocument::maxLineBytes,
                    [&](qint64 line, qint64, const char *data, qint64 shown, qint64 length) {
                        matches += own.count(data, shown, length);
                        next = line + 1;
                        return !cancel;
                    });
                if (!ok)
                    break; // the file went away: report what was counted, as complete as it gets
                if (sinceReport.elapsed() >= 100) {
                    sinceReport.restart();
                    report(matches, next, false);
                }
                continue;
            }
            if (extent.finished)
                break;
            index->waitForLines(next, 200);
        }
        report(matches, next, true);
    });
}

void TextSearch::find(const SearchPattern &pattern, qint64 line, int column, bool forward)
{
    cancelFind();
    if (!m_document || !pattern.isUsable() || !m_document->index() ||
        m_document->lineCount() == 0) {
        QMetaObject::invokeMethod(this, &TextSearch::notFound, Qt::QueuedConnection);
        return;
    }
    m_finding = true;
    const std::shared_ptr<const LineIndex> index = m_document->index();
    const QString path = m_document->contentPath();
    const qint64 total = index->lineCount();
    line = qBound<qint64>(0, line, total - 1);
    const QString text = pattern.text();
    const bool regex = pattern.isRegularExpression();
    const bool caseSensitive = pattern.isCaseSensitive();
    start(m_find, [=](const Flag &flag) {
        const std::atomic_bool &cancel = *flag;
        const SearchPattern own(text, regex, caseSensitive);
        LineReader reader(index, path, scanBlockBytes);
        SearchPattern::Match match;
        qint64 matchLine = -1;
        // Searches lines [from, to) in blocks that grow (near matches come back fast); the
        // accept function picks the match in one line (or none); forward takes the first line
        // with a match, backward the last.
        auto scan = [&](qint64 from, qint64 to,
                        const std::function<SearchPattern::Match(qint64, const QString &)> &pick) {
            qint64 block = 256;
            while (from < to && !cancel) {
                const qint64 first = forward ? from : qMax(from, to - block);
                const qint64 last = forward ? qMin(to, from + block) : to;
                bool stop = false;
                reader.forEachLine(
                    first, last - first, LogDocument::maxLineBytes,
                    [&](qint64 n, qint64, const char *data, qint64 shown, qint64 length) {
                        if (cancel)
                            return false;
                        if (own.count(data, shown, length) == 0)
                            return true;
                        const SearchPattern::Match m =
                            pick(n, LineReader::decode(data, shown, length));
                        if (m.isValid()) {
                            match = m;
                            matchLine = n;
                            stop = forward; // backward: a later line in the block may match
                        }
                        return !stop;
                    });
                if (matchLine >= 0)
                    return true;
                if (forward)
                    from = last;
                else
                    to = first;
                block = qMin<qint64>(block * 4, countBatchLines);
            }
            return false;
        };
        bool wrapped = false;
        bool hit;
        if (forward) {
            hit = scan(line, line + 1,
                       [&](qint64, const QString &t) { return own.nextMatch(t, column); }) ||
                  scan(line + 1, total, [&](qint64, const QString &t) { return own.nextMatch(t); });
            if (!hit && !cancel) {
                wrapped = true;
                hit = scan(0, line + 1, [&](qint64 n, const QString &t) {
                    const SearchPattern::Match m = own.nextMatch(t);
                    return n < line || m.start < column ? m : SearchPattern::Match();
                });
            }
        } else {
            hit = scan(line, line + 1,
                       [&](qint64, const QString &t) { return own.previousMatch(t, column); }) ||
                  scan(0, line, [&](qint64, const QString &t) { return own.previousMatch(t); });
            if (!hit && !cancel) {
                wrapped = true;
                hit = scan(line, total, [&](qint64 n, const QString &t) {
                    const SearchPattern::Match m = own.previousMatch(t);
                    return n > line || m.start >= column ? m : SearchPattern::Match();
                });
            }
        }
        if (cancel)
            return;
        QMetaObject::invokeMethod(
            this,
            [this, hit, matchLine, match, wrapped, flag] {
                if (*flag)
                    return;
                m_finding = false;
                if (hit)
                    emit found(matchLine, match.start, match.length, wrapped);
                else
                    emit notFound();
            },
            Qt::QueuedConnection);
    });
}

} // namespace Logkeeper
