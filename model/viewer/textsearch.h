// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "viewer/searchpattern.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

class QThread;

namespace Logkeeper {

class LogDocument;

// Searches a LogDocument on worker threads, so that neither counting the matches in a 1 GB
// file nor looking for the next match far away ever blocks the GUI: each operation runs on a
// thread of its own, reads the document's temporary file through its own LineReader and reports
// back by queued signals. A new request replaces the one in flight (which is cancelled);
// opening another file in the document cancels both.
//
// Lines are searched as the document shows them (LogDocument::Line::text: the first
// LogDocument::maxLineBytes bytes of each line).
class TextSearch : public QObject
{
    Q_OBJECT
public:
    explicit TextSearch(LogDocument *document, QObject *parent = nullptr);
    ~TextSearch() override; // cancels and waits for the workers

    // Counts the matches in the whole document; while the document is still loading, follows
    // it until it is done. countChanged() reports as it goes (about ten times a second).
    // An empty or invalid pattern counts nothing (countChanged(0, 0, true) at once).
    void count(const SearchPattern &pattern);
    void cancelCount();
    bool isCounting() const { return m_counting; }
    qint64 matchCount() const { return m_matches; }

    // Looks for the first match starting at or after (line, column) (forward), or the last one
    // starting before it (backward), going round the end of the document once; found() or
    // notFound() follows. Only lines loaded when the search starts are searched.
    void find(const SearchPattern &pattern, qint64 line, int column, bool forward);
    void cancelFind();
    bool isFinding() const { return m_finding; }

signals:
    // complete: every line of the finished document was counted.
    void countChanged(qint64 matches, qint64 linesSearched, bool complete);
    // wrapped: the match lies beyond the end (forward) or the start (backward) of the document,
    // counted from where the search started.
    void found(qint64 line, int start, int length, bool wrapped);
    void notFound();

private:
    struct Worker
    {
        std::unique_ptr<QThread> thread;
        std::shared_ptr<std::atomic_bool> cancel;
    };
    using Flag = std::shared_ptr<std::atomic_bool>;
    using Work = std::function<void(const Flag &cancel)>;
    // Runs work on a new thread in `slot`, cancelling what ran there.
    void start(Worker &slot, Work work);
    void retire(Worker &slot);
    void reap();

    QPointer<LogDocument> m_document;
    Worker m_count;
    Worker m_find;
    std::vector<Worker> m_retired; // cancelled, finishing
    bool m_counting = false;
    bool m_finding = false;
    qint64 m_matches = 0;
};

} // namespace Logkeeper
