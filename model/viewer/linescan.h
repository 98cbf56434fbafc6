// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "core/workpool.h"
#include "viewer/lineset.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <vector>

namespace Logkeeper {

class LogDocument;

// Goes through every line of a LogDocument on a WorkPool thread and collects the lines a
// matcher picks into a LineSet: the lines that match a search (TextSearch's count and the
// matching-lines pane), the lines at or above a level (the level filter). It follows the
// document while it loads, and a followed file as it grows, so the set grows with it.
//
// The set lives on the thread that owns the scan: the worker hands the lines it found over in
// batches, about ten times a second. A new start() or opening another file in the document
// replaces the set (reset()).
class LineScan : public QObject
{
    Q_OBJECT
public:
    // Called on the worker for each line in order, with its first `shown` bytes (at most
    // LogDocument::maxLineBytes) and its full length; returns the line's hits (matches), 0 when
    // the line is not wanted.
    using Matcher =
        std::function<qint64(qint64 line, const char *data, qint64 shown, qint64 length)>;
    // Makes a matcher on the worker thread: each scan gets one of its own (a compiled regular
    // expression is not shared between threads; a matcher may keep state from line to line).
    using MatcherFactory = std::function<Matcher()>;

    explicit LineScan(LogDocument *document, QObject *parent = nullptr);
    ~LineScan() override; // cancels and waits for the worker

    // Starts over: clears the set and scans the document from its first line.
    void start(MatcherFactory factory);
    // Stops the worker; what was found stays (no more signals).
    void cancel();
    // Stops and forgets: an empty, inactive set.
    void clear();

    // From start() until clear() or the document opens another file.
    bool isActive() const { return m_active; }
    // The worker runs (it keeps running while a followed file may grow).
    bool isRunning() const { return m_running; }
    // Every line published so far has been scanned (all of a finished document).
    bool isComplete() const { return m_complete; }
    qint64 hits() const { return m_hits; }
    qint64 linesScanned() const { return m_scanned; }
    const LineSet &lines() const { return m_lines; }

signals:
    // The set was emptied: a new start(), clear(), or another file.
    void reset();
    // Lines were scanned (and possibly added to the set); complete as isComplete().
    void progressed(qint64 hits, qint64 linesScanned, bool complete);

private:
    void stopWorker();

    QPointer<LogDocument> m_document;
    WorkPool::Handle m_worker;
    std::vector<WorkPool::Handle> m_retired; // cancelled, finishing
    CancelToken m_cancel;                    // the running scan's
    LineSet m_lines;
    qint64 m_hits = 0;
    qint64 m_scanned = 0;
    bool m_active = false;
    bool m_running = false;
    bool m_complete = false;
};

} // namespace Logkeeper
