// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "viewer/lineindex.h"

#include <QDeadlineTimer>
#include <QMutexLocker>

#include <algorithm>
#include <cstring>

namespace Logkeeper {

LineIndex::LineIndex()
{
    m_checkpoints.push_back({0, 0});
}

void LineIndex::append(const char *data, qint64 size)
{
    if (size <= 0)
        return;
    // Collect this chunk's checkpoints first, so the lock is taken once per chunk, not per line.
    std::vector<Checkpoint> added;
    const qint64 base = m_totalBytes;
    const char *p = data;
    const char *end = data + size;
    while (p < end) {
        const auto *newline = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        if (!newline)
            break;
        ++m_completeLines;
        m_lastLineStart = base + (newline - data) + 1;
        if (m_lastLineStart - m_lastCheckpoint >= spanBytes) {
            added.push_back({m_completeLines, m_lastLineStart});
            m_lastCheckpoint = m_lastLineStart;
        }
        p = newline + 1;
    }
    m_totalBytes += size;
    const bool tail = m_publishesTail && m_totalBytes > m_lastLineStart;
    QMutexLocker lock(&m_mutex);
    m_checkpoints.insert(m_checkpoints.end(), added.begin(), added.end());
    m_publishedBytes.store(tail ? m_totalBytes : m_lastLineStart, std::memory_order_release);
    m_lines.store(m_completeLines + (tail ? 1 : 0), std::memory_order_release);
    m_partialTail = tail;
    m_settled = false;
    m_grown.wakeAll();
}

void LineIndex::setPublishesTail(bool publish)
{
    m_publishesTail = publish;
    if (!publish || m_totalBytes == m_lastLineStart || isFinished())
        return;
    QMutexLocker lock(&m_mutex); // the unterminated last line shows from now on
    m_publishedBytes.store(m_totalBytes, std::memory_order_release);
    m_lines.store(m_completeLines + 1, std::memory_order_release);
    m_partialTail = true;
    m_grown.wakeAll();
}

void LineIndex::settle()
{
    QMutexLocker lock(&m_mutex);
    m_settled = true;
    m_grown.wakeAll();
}

void LineIndex::finish()
{
    QMutexLocker lock(&m_mutex);
    // Bytes before lines: a reader that sees the new count also sees the bytes it covers.
    m_publishedBytes.store(m_totalBytes, std::memory_order_release);
    if (m_totalBytes > m_lastLineStart) // an unterminated last line
        m_lines.store(m_completeLines + 1, std::memory_order_release);
    m_finished.store(true, std::memory_order_release);
    m_settled = true;
    m_partialTail = false;
    m_grown.wakeAll();
}

LineIndex::Extent LineIndex::extent() const
{
    QMutexLocker lock(&m_mutex);
    Extent e;
    e.lines = lineCount();
    e.bytes = publishedBytes();
    e.finished = isFinished();
    e.settled = m_settled;
    e.partialTail = m_partialTail;
    return e;
}

LineIndex::Checkpoint LineIndex::checkpointFor(qint64 line) const
{
    QMutexLocker lock(&m_mutex);
    // The last checkpoint whose line is <= line.
    auto it = std::upper_bound(m_checkpoints.begin(), m_checkpoints.end(), line,
                               [](qint64 l, const Checkpoint &c) { return l < c.line; });
    return it == m_checkpoints.begin() ? m_checkpoints.front() : *(it - 1);
}

bool LineIndex::waitForLines(qint64 lines, int timeoutMs) const
{
    QDeadlineTimer deadline(timeoutMs);
    QMutexLocker lock(&m_mutex);
    while (lineCount() <= lines && !isFinished()) {
        if (!m_grown.wait(&m_mutex, deadline))
            break;
    }
    return lineCount() > lines;
}

LineIndex::Extent LineIndex::waitForChange(const Extent &seen, int timeoutMs) const
{
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        const Extent now = extent();
        if (now != seen || deadline.hasExpired())
            return now;
        QMutexLocker lock(&m_mutex);
        if (lineCount() != seen.lines || publishedBytes() != seen.bytes ||
            isFinished() != seen.finished || m_settled != seen.settled)
            continue;
        m_grown.wait(&m_mutex, deadline);
    }
}

qint64 LineIndex::checkpointCount() const
{
    QMutexLocker lock(&m_mutex);
    return qint64(m_checkpoints.size());
}

qint64 LineIndex::memoryUsage() const
{
    QMutexLocker lock(&m_mutex);
    return qint64(sizeof(*this) + m_checkpoints.capacity() * sizeof(Checkpoint));
}

} // namespace Logkeeper
