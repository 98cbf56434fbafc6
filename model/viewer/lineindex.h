// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include <QMutex>
#include <QtGlobal>
#include <QWaitCondition>

#include <atomic>
#include <vector>

namespace Logkeeper {

// Where the lines of a text start, compact enough for files far bigger than memory.
//
// It does not keep one offset per line: it keeps "checkpoints" (line number, byte offset) at the
// first line start at least spanBytes after the previous checkpoint, and a reader finds a line
// by scanning from the checkpoint before it: at most spanBytes plus the one line that crossed
// the limit. A line longer than spanBytes is therefore always followed by a checkpoint, so the
// start of the line after a huge line is known without reading the huge line.
//
// Memory: 16 bytes per checkpoint, at most one checkpoint per spanBytes (16 KiB) of text, i.e.
// at most 1 MiB per GiB whatever the line lengths (0.1 byte per line for 160-byte lines), plus
// a constant.
//
// One writer at a time (the decompression worker, then a follower) appends; any number of threads
// read. A line is published (lineCount() grows) only once its terminating '\n' has been appended,
// so a published line never changes; finish() then publishes an unterminated last line. A
// followed file is the exception: with setPublishesTail() its unterminated last line is
// published as it grows (Extent::partialTail), as `tail -f` shows it.
class LineIndex
{
public:
    static constexpr qint64 spanBytes = 16 * 1024;

    struct Checkpoint
    {
        qint64 line = 0;   // the line that starts at offset
        qint64 offset = 0; // byte offset of that line's start
    };

    LineIndex();
    LineIndex(const LineIndex &) = delete;
    LineIndex &operator=(const LineIndex &) = delete;

    // Writer: the next `size` bytes of the text (contiguous with what came before).
    void append(const char *data, qint64 size);
    // Writer: no more bytes come; a last line without '\n' becomes a line. Wakes waiters.
    void finish();
    // Writer, before appending: publish the unterminated last line too (a followed file).
    void setPublishesTail(bool publish);
    // Writer: everything there is for now has been appended (a followed file waits for its
    // writer); the next append() ends it. Wakes waiters.
    void settle();
    // Writer side: lines ended by a '\n' so far (the line an append starts with is this one).
    qint64 appendedLines() const { return m_completeLines; }
    // Writer side: whether the bytes appended end with a '\n' (or there are none).
    bool endsWithNewline() const { return m_lastLineStart == m_totalBytes; }

    // A consistent view of what is published: the last of `lines` lines ends at `bytes` (with its
    // '\n', or without one when the index is finished or partialTail).
    struct Extent
    {
        qint64 lines = 0;
        qint64 bytes = 0;
        bool finished = false;
        bool settled = false;     // finished, or caught up with a followed file for now
        bool partialTail = false; // the last line has no '\n' yet and may still grow
        // Lines that will not change any more.
        qint64 completeLines() const { return partialTail ? lines - 1 : lines; }
        bool operator==(const Extent &o) const
        {
            return lines == o.lines && bytes == o.bytes && finished == o.finished &&
                   settled == o.settled && partialTail == o.partialTail;
        }
        bool operator!=(const Extent &o) const { return !(*this == o); }
    };
    Extent extent() const;

    // Thread-safe. Lines published so far (complete lines; after finish() also an unterminated
    // last line).
    qint64 lineCount() const { return m_lines.load(std::memory_order_acquire); }
    // Thread-safe. Bytes of text that the published lines cover: the start of the line after
    // the last published one (after finish(): all bytes appended).
    qint64 publishedBytes() const { return m_publishedBytes.load(std::memory_order_acquire); }
    bool isFinished() const { return m_finished.load(std::memory_order_acquire); }

    // Thread-safe. The checkpoint at or before `line` (0 <= line <= lineCount()): the reader
    // skips line - checkpoint.line lines from checkpoint.offset to reach it. For
    // line == lineCount() the result leads to publishedBytes().
    Checkpoint checkpointFor(qint64 line) const;

    // Thread-safe. Blocks until more than `lines` lines are published, the index is finished or
    // timeoutMs passed; returns whether more lines are there.
    bool waitForLines(qint64 lines, int timeoutMs) const;
    // Thread-safe. Blocks until the extent differs from `seen` or timeoutMs passed; returns the
    // extent then.
    Extent waitForChange(const Extent &seen, int timeoutMs) const;

    qint64 checkpointCount() const;
    // Bytes of memory the index holds (for the benchmark and the documentation above).
    qint64 memoryUsage() const;

private:
    mutable QMutex m_mutex;
    mutable QWaitCondition m_grown;
    std::vector<Checkpoint> m_checkpoints; // guarded by m_mutex; first is {0, 0}

    // Writer-side state (only the appending thread touches these).
    qint64 m_totalBytes = 0;     // bytes appended
    qint64 m_completeLines = 0;  // '\n' seen
    qint64 m_lastLineStart = 0;  // start of the line after the last '\n'
    qint64 m_lastCheckpoint = 0; // offset of the last checkpoint
    bool m_publishesTail = false;

    std::atomic<qint64> m_lines{0};
    std::atomic<qint64> m_publishedBytes{0};
    std::atomic_bool m_finished{false};
    bool m_settled = false;     // guarded by m_mutex
    bool m_partialTail = false; // guarded by m_mutex
};

} // namespace Logkeeper
