// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "core/posixfile.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>

namespace Logkeeper {

class LineIndex;

// Reads lines of a text file through its LineIndex: only the bytes asked for (plus the short
// scan from the checkpoint before them), never the whole file. One reader per thread; the
// index may be growing while it reads (only published lines are read).
class LineReader
{
public:
    // Called for each line in order with the byte offset where it starts, its first `shown`
    // bytes (shown = min(length, cap)) and its full length in bytes, without the '\n'. The data
    // is valid during the call only. Return false to stop.
    using Visitor = std::function<bool(qint64 line, qint64 offset, const char *data, qint64 shown,
                                       qint64 length)>;

    // blockSize: how much to read at once (small for the screen, large for scans).
    LineReader(std::shared_ptr<const LineIndex> index, const QString &path,
               qint64 blockSize = 256 * 1024);

    bool isOpen() const { return m_fd.valid(); }
    QString errorString() const { return m_error; }

    // Visits lines first .. first + count - 1 that are published (fewer if the index has fewer).
    // Reads at most cap + 1 bytes of a line, however long it is. False on a read error.
    bool forEachLine(qint64 first, qint64 count, qint64 cap, const Visitor &visit);
    // Byte offset where `line` starts (0 <= line <= lineCount()); -1 on a read error.
    qint64 lineStart(qint64 line);
    // Up to `size` bytes from `offset` (fewer at the end of the published text).
    QByteArray readBytes(qint64 offset, qint64 size);

    // A line's bytes as text: UTF-8 with invalid bytes as U+FFFD; a character cut by the cap is
    // dropped; a '\r' before the '\n' (CRLF files) is not part of the text.
    static QString decode(const char *data, qint64 shown, qint64 length);

private:
    // Makes [offset, offset + size) available in the buffer (size clipped at `limit`); returns
    // a pointer to offset's byte, or nullptr on a read error.
    const char *fetch(qint64 offset, qint64 size, qint64 limit);
    // Start of the line after `line` (which starts at lineStart and has no '\n' before
    // scannedUpTo), from the index or a short scan; `limit` = published bytes.
    qint64 nextLineStart(qint64 line, qint64 lineStart, qint64 scannedUpTo, qint64 limit,
                         qint64 lineCount, bool *terminated);

    std::shared_ptr<const LineIndex> m_index;
    QString m_path;
    PosixFile::UniqueFd m_fd;
    QString m_error;
    qint64 m_blockSize;
    QByteArray m_buffer;
    qint64 m_bufferStart = 0;
    qint64 m_bufferLength = 0;
};

} // namespace Logkeeper
