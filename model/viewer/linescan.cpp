// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "viewer/linescan.h"

#include "viewer/lineindex.h"
#include "viewer/linereader.h"
#include "viewer/logdocument.h"

#include <QElapsedTimer>

#include <memory>

namespace Logkeeper {

namespace {
constexpr qint64 scanBlockBytes = 4 * 1024 * 1024; // what the worker reads at once
constexpr qint64 batchLines = 64 * 1024;           // lines between progress checks
constexpr int reportMs = 100;
} // namespace

LineScan::LineScan(LogDocument *document, QObject *parent) : QObject(parent), m_document(document)
{
    connect(document, &LogDocument::opened, this, &LineScan::clear);
}

LineScan::~LineScan()
{
    m_cancel.cancel();
    m_worker.cancelAndWait();
    for (const WorkPool::Handle &h : m_retired)
        h.cancelAndWait();
}

void LineScan::stopWorker()
{
    m_cancel.cancel();
    m_running = false;
    if (!m_worker.isFinished())
        m_retired.push_back(m_worker);
    m_worker = {};
    m_retired.erase(std::remove_if(m_retired.begin(), m_retired.end(),
                                   [](const WorkPool::Handle &h) { return h.isFinished(); }),
                    m_retired.end());
}

void LineScan::cancel()
{
    stopWorker();
}

void LineScan::clear()
{
    stopWorker();
    const bool wasEmpty = !m_active && m_lines.isEmpty();
    m_lines.clear();
    m_hits = 0;
    m_scanned = 0;
    m_active = false;
    m_complete = false;
    if (!wasEmpty)
        emit reset();
}

void LineScan::start(MatcherFactory factory)
{
    stopWorker();
    m_lines.clear();
    m_hits = 0;
    m_scanned = 0;
    m_complete = false;
    m_active = true;
    emit reset();
    const std::shared_ptr<const LineIndex> index = m_document ? m_document->index() : nullptr;
    if (!index) {
        m_complete = true;
        emit progressed(0, 0, true);
        return;
    }
    const QString path = m_document->contentPath();
    const CancelToken token;
    m_cancel = token;
    m_running = true;
    m_worker = WorkPool::start([this, index, path, token, factory](const CancelToken &) {
        // Hands what was found since the last report to this object's thread.
        std::vector<qint64> batch;
        qint64 hits = 0;
        qint64 next = 0;
        auto report = [&](bool complete, bool last) {
            QMetaObject::invokeMethod(
                this,
                [this, token, lines = std::move(batch), hits, next, complete, last] {
                    if (token.isCancelled()) // cancelled or replaced meanwhile
                        return;
                    for (qint64 line : lines)
                        m_lines.add(line);
                    m_hits = hits;
                    m_scanned = next;
                    m_complete = complete;
                    if (last)
                        m_running = false;
                    emit progressed(hits, next, complete);
                },
                Qt::QueuedConnection);
            batch.clear();
        };
        // The worker creates the file with the first lines: wait for them.
        for (LineIndex::Extent e = index->extent();
             !token.isCancelled() && e.lines == 0 && !e.settled;)
            e = index->waitForChange(e, 200);
        if (token.isCancelled())
            return;
        const Matcher match = factory();
        LineReader reader(index, path, scanBlockBytes);
        QElapsedTimer sinceReport;
        sinceReport.start();
        qint64 completeAt = -1; // where complete was last reported
        qint64 reportedAt = 0;
        for (;;) {
            if (token.isCancelled())
                return;
            const LineIndex::Extent extent = index->extent();
            // A partial last line of a followed file is scanned once it is whole.
            const qint64 complete = extent.completeLines();
            if (next < complete) {
                const bool ok = reader.forEachLine(
                    next, qMin(batchLines, complete - next), LogDocument::maxLineBytes,
                    [&](qint64 line, qint64, const char *data, qint64 shown, qint64 length) {
                        if (const qint64 h = match(line, data, shown, length); h > 0) {
                            hits += h;
                            batch.push_back(line);
                        }
                        next = line + 1;
                        return !token.isCancelled();
                    });
                if (!ok) { // the file went away: what was scanned is as complete as it gets
                    report(true, true);
                    return;
                }
                if (sinceReport.elapsed() >= reportMs) {
                    sinceReport.restart();
                    reportedAt = next;
                    report(false, false);
                }
                continue;
            }
            if (extent.finished) {
                report(true, true);
                return;
            }
            if (extent.settled && completeAt != next) { // caught up with a followed file
                completeAt = reportedAt = next;
                sinceReport.restart();
                report(true, false);
            } else if (reportedAt != next && sinceReport.elapsed() >= reportMs) {
                reportedAt = next; // caught up with a loading document: what was found so far
                sinceReport.restart();
                report(false, false);
            }
            index->waitForChange(extent, 200);
        }
    });
}

} // namespace Logkeeper
