// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "viewer/linereader.h"

#include "viewer/lineindex.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>

namespace Logkeeper {

namespace {
// pread() until `size` bytes or the end of the file; the count read, or -1 (errno set).
qint64 readAt(int fd, char *data, qint64 size, qint64 offset)
{
    qint64 done = 0;
    while (done < size) {
        const ssize_t n = ::pread(fd, data + done, size_t(size - done), off_t(offset + done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return -1;
        if (n == 0)
            break;
        done += n;
    }
    return done;
}
} // namespace

LineReader::LineReader(std::shared_ptr<const LineIndex> index, const QString &path,
                       qint64 blockSize)
    : m_index(std::move(index)), m_path(path), m_blockSize(qMax<qint64>(blockSize, 4096))
{
    m_fd.reset(::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC));
    if (!m_fd.valid())
        m_error = QStringLiteral("%1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
}

const char *LineReader::fetch(qint64 offset, qint64 size, qint64 limit)
{
    size = qMax<qint64>(0, qMin(size, limit - offset));
    if (offset >= m_bufferStart && offset + size <= m_bufferStart + m_bufferLength)
        return m_buffer.constData() + (offset - m_bufferStart);
    const qint64 want = qMin(qMax(size, m_blockSize), limit - offset);
    if (m_buffer.size() < want)
        m_buffer.resize(want);
    const qint64 n = readAt(m_fd.get(), m_buffer.data(), want, offset);
    if (n < size) {
        m_bufferLength = 0;
        m_error = n < 0 ? QStringLiteral("%1: %2").arg(m_path,
                                                       QString::fromLocal8Bit(std::strerror(errno)))
                        : QStringLiteral("%1: shorter than its index").arg(m_path);
        return nullptr;
    }
    m_bufferStart = offset;
    m_bufferLength = n;
    return m_buffer.constData();
}

qint64 LineReader::nextLineStart(qint64 line, qint64 lineStart, qint64 scannedUpTo, qint64 limit,
                                 qint64 lineCount, bool *terminated)
{
    *terminated = true;
    if (line == lineCount - 1) { // the last published line ends where the published bytes do
        const char *last = fetch(limit - 1, 1, limit);
        if (!last)
            return -1;
        *terminated = limit > lineStart && *last == '\n';
        return limit;
    }
    // A line longer than the index's span is always followed by a checkpoint...
    const LineIndex::Checkpoint next = m_index->checkpointFor(line + 1);
    if (next.line == line + 1)
        return next.offset;
    // ...so any other line is shorter than the span: a short scan finds its end.
    for (qint64 at = scannedUpTo; at < limit;) {
        const qint64 size = qMin(m_blockSize, limit - at);
        const char *p = fetch(at, size, limit);
        if (!p)
            return -1;
        if (const auto *newline = static_cast<const char *>(std::memchr(p, '\n', size_t(size))))
            return at + (newline - p) + 1;
        at += size;
    }
    *terminated = false;
    return limit;
}

bool LineReader::forEachLine(qint64 first, qint64 count, qint64 cap, const Visitor &visit)
{
    if (!isOpen())
        return false;
    const LineIndex::Extent extent = m_index->extent();
    const qint64 last = qMin(first + count, extent.lines);
    if (first < 0 || first >= last)
        return true;
    const LineIndex::Checkpoint start = m_index->checkpointFor(first);
    qint64 pos = start.offset;
    for (qint64 line = start.line; line < last; ++line) {
        const qint64 window = qMin(cap + 1, extent.bytes - pos);
        const char *p = fetch(pos, window, extent.bytes);
        if (!p)
            return false;
        qint64 length;
        qint64 next;
        if (const auto *newline = static_cast<const char *>(std::memchr(p, '\n', size_t(window)))) {
            length = newline - p;
            next = pos + length + 1;
        } else if (pos + window == extent.bytes) { // the unterminated last line, whole
            length = window;
            next = extent.bytes;
        } else { // longer than the cap: its end comes from the index
            bool terminated = true;
            next = nextLineStart(line, pos, pos + window, extent.bytes, extent.lines, &terminated);
            if (next < 0)
                return false;
            length = next - pos - (terminated ? 1 : 0);
            p = fetch(pos, qMin(length, cap), extent.bytes);
            if (!p)
                return false;
        }
        if (line >= first && !visit(line, pos, p, qMin(length, cap), length))
            return true;
        pos = next;
    }
    return true;
}

qint64 LineReader::lineStart(qint64 line)
{
    const LineIndex::Extent extent = m_index->extent();
    if (line >= extent.lines)
        return extent.bytes;
    qint64 start = -1;
    if (!forEachLine(line, 1, 0, [&](qint64, qint64 offset, const char *, qint64, qint64) {
            start = offset;
            return true;
        }))
        return -1;
    return start;
}

QByteArray LineReader::readBytes(qint64 offset, qint64 size)
{
    const qint64 limit = m_index->publishedBytes();
    size = qMax<qint64>(0, qMin(size, limit - offset));
    QByteArray out(size, Qt::Uninitialized);
    const qint64 n = readAt(m_fd.get(), out.data(), size, offset);
    if (n < 0) {
        m_error =
            QStringLiteral("%1: %2").arg(m_path, QString::fromLocal8Bit(std::strerror(errno)));
        return {};
    }
    out.truncate(n);
    return out;
}

QString LineReader::decode(const char *data, qint64 shown, qint64 length)
{
    if (shown < length) {
        // Drop a multi-byte character the cap cut in two rather than show it as U+FFFD.
        qint64 back = 0; // continuation bytes at the end
        while (back < 3 && back < shown && (uchar(data[shown - 1 - back]) & 0xC0) == 0x80)
            ++back;
        if (back < shown) {
            const uchar lead = uchar(data[shown - 1 - back]);
            const qint64 needed = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
            if (back + 1 < needed)
                shown -= back + 1;
        }
    } else if (shown > 0 && data[shown - 1] == '\r') {
        --shown;
    }
    return QString::fromUtf8(data, shown);
}

} // namespace Logkeeper
