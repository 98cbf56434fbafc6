// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "viewer/textsearch.h"

#include "viewer/lineindex.h"
#include "viewer/linereader.h"
#include "viewer/logdocument.h"

#include "viewer/linescan.h"

#include <algorithm>

namespace Logkeeper {

namespace {
constexpr qint64 scanBlockBytes = 4 * 1024 * 1024; // what a worker reads at once
constexpr qint64 countBatchLines = 64 * 1024;      // the largest block a find reads at once
} // namespace

TextSearch::TextSearch(LogDocument *document, QObject *parent)
    : QObject(parent), m_document(document), m_scan(new LineScan(document, this))
{
    connect(document, &LogDocument::opened, this, [this] {
        cancelCount();
        cancelFind();
    });
    connect(m_scan, &LineScan::progressed, this, [this](qint64 hits, qint64 lines, bool complete) {
        m_matches = hits;
        m_counting = !complete; // a followed file: complete until it grows again
        emit countChanged(hits, lines, complete);
    });
}

TextSearch::~TextSearch()
{
    m_findCancel.cancel();
    m_find.cancelAndWait();
    for (const WorkPool::Handle &h : m_retired)
        h.cancelAndWait();
}

void TextSearch::cancelCount()
{
    m_scan->clear();
    m_counting = false;
}

void TextSearch::cancelFind()
{
    m_findCancel.cancel();
    if (!m_find.isFinished())
        m_retired.push_back(m_find);
    m_find = {};
    m_retired.erase(std::remove_if(m_retired.begin(), m_retired.end(),
                                   [](const WorkPool::Handle &h) { return h.isFinished(); }),
                    m_retired.end());
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
    const QString text = pattern.text();
    const bool regex = pattern.isRegularExpression();
    const bool caseSensitive = pattern.isCaseSensitive();
    m_scan->start([text, regex, caseSensitive]() -> LineScan::Matcher {
        // Made on the worker: the compiled expression is not shared across threads.
        const auto own = std::make_shared<SearchPattern>(text, regex, caseSensitive);
        return [own](qint64, const char *data, qint64 shown, qint64 length) {
            return own->count(data, shown, length);
        };
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
    const CancelToken token;
    m_findCancel = token;
    m_find = WorkPool::start([=](const CancelToken &) {
        const std::atomic_bool &cancel = *token.flag();
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
            [this, hit, matchLine, match, wrapped, token] {
                if (token.isCancelled())
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
