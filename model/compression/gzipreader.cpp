// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "compression/gzipreader.h"

#include <zlib.h>

namespace Logkeeper {

GzipReader::GzipReader(const QString &path)
    : m_file(path), m_path(path), m_in(1 << 18, Qt::Uninitialized),
      m_stream(std::make_unique<z_stream>())
{}

GzipReader::~GzipReader()
{
    if (m_initialized)
        inflateEnd(m_stream.get());
}

bool GzipReader::open(QString *error)
{
    if (!m_file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(m_path, m_file.errorString());
        return false;
    }
    *m_stream = {};
    if (inflateInit2(m_stream.get(), 16 + MAX_WBITS) != Z_OK) {
        *error = QStringLiteral("%1: cannot start zlib").arg(m_path);
        return false;
    }
    m_initialized = true;
    return true;
}

qint64 GzipReader::read(char *data, qint64 maxSize)
{
    if (!m_error.isEmpty())
        return -1;
    if (m_atEnd || maxSize <= 0)
        return 0;
    z_stream &stream = *m_stream;
    stream.next_out = reinterpret_cast<Bytef *>(data);
    stream.avail_out = uInt(qMin<qint64>(maxSize, 1 << 30));
    while (stream.avail_out > 0) {
        if (stream.avail_in == 0 && !fill())
            return -1;
        if (stream.avail_in == 0) { // end of file
            if (m_inMember)
                return fail(QStringLiteral("the archive is truncated"));
            m_atEnd = true;
            break;
        }
        if (!m_inMember) {
            // Between members only another gzip member may follow.
            if (stream.next_in[0] != 0x1f)
                return fail(
                    QStringLiteral("unexpected data after the end of the compressed stream"));
            inflateReset(&stream);
            m_inMember = true;
        }
        const int r = inflate(&stream, Z_NO_FLUSH);
        if (r == Z_STREAM_END) {
            m_inMember = false; // CRC and length checked by zlib
        } else if (r != Z_OK && r != Z_BUF_ERROR) {
            return fail(QStringLiteral("the archive is corrupt (%1)")
                            .arg(QString::fromLatin1(stream.msg ? stream.msg : "zlib error")));
        }
    }
    return maxSize - stream.avail_out;
}

qint64 GzipReader::sourcePosition() const
{
    return m_file.pos() - m_stream->avail_in;
}

bool GzipReader::fill()
{
    const qint64 n = m_file.read(m_in.data(), m_in.size());
    if (n < 0) {
        fail(m_file.errorString());
        return false;
    }
    m_stream->next_in = reinterpret_cast<Bytef *>(m_in.data());
    m_stream->avail_in = uInt(n);
    return true;
}

qint64 GzipReader::fail(const QString &why)
{
    m_error = QStringLiteral("%1: %2").arg(m_path, why);
    return -1;
}

} // namespace Logkeeper
