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
// One writer (the decompression worker) appends; any number of threads read. A line is
// published (lineCount() grows) only once its terminating '\n' has been appended, so a published
// line never changes; finish() then publishes an unterminated last line.
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

    // A consistent view of what is published: the last of `lines` lines ends at `bytes` (with its
    // '\n', or without one when the index is finished and the text had no final newline).
    struct Extent
    {
        qint64 lines = 0;
        qint64 bytes = 0;
        bool finished = false;
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

    std::atomic<qint64> m_lines{0};
    std::atomic<qint64> m_publishedBytes{0};
    std::atomic_bool m_finished{false};
};

} // namespace Logkeeper
