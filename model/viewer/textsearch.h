// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "core/workpool.h"
#include "viewer/searchpattern.h"

#include <QObject>
#include <QPointer>

#include <vector>

namespace Logkeeper {

class LineScan;
class LogDocument;

// Searches a LogDocument on WorkPool threads, so that neither counting the matches in a 1 GB
// file nor looking for the next match far away ever blocks the GUI: each operation reads the
// document's temporary file through its own LineReader and reports back by queued signals. A new
// request replaces the one in flight (which is cancelled); opening another file in the document
// cancels both. Counting also collects the matching lines (matchingLines(): the lines a
// "matching lines" pane shows and the scroll bar marks).
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
    // it until it is done (a followed file: as long as it grows). countChanged() reports as it
    // goes (about ten times a second). An empty or invalid pattern counts nothing
    // (countChanged(0, 0, true) at once).
    void count(const SearchPattern &pattern);
    void cancelCount();
    bool isCounting() const { return m_counting; }
    qint64 matchCount() const { return m_matches; }
    // The lines with matches that count() found so far; cleared by the next count(), by
    // cancelCount() and by another file. Its signals tell when it grows.
    LineScan *matchingLines() const { return m_scan; }

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
    QPointer<LogDocument> m_document;
    LineScan *m_scan;
    WorkPool::Handle m_find;
    CancelToken m_findCancel;
    std::vector<WorkPool::Handle> m_retired; // cancelled finds, finishing
    bool m_counting = false;
    bool m_finding = false;
    qint64 m_matches = 0;
};

} // namespace Logkeeper
