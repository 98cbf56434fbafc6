// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "compression/compressionbackend.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <memory>

struct z_stream_s;

namespace Logkeeper {

// Reads a gzip file through zlib, not libarchive: libarchive's gzip reader checks neither the
// CRC nor the length in each member's trailer, so a flipped byte could pass unnoticed. zlib
// checks both, and reading member after member keeps concatenated (parallel-compressed) files
// whole; anything but another member after a member is an error.
class GzipReader : public ArchiveReader
{
public:
    explicit GzipReader(const QString &path);
    ~GzipReader() override;

    bool open(QString *error);
    qint64 read(char *data, qint64 maxSize) override;
    QString errorString() const override { return m_error; }
    qint64 sourcePosition() const override;

private:
    bool fill();
    qint64 fail(const QString &why);

    QFile m_file;
    QString m_path;
    QByteArray m_in;
    std::unique_ptr<z_stream_s> m_stream;
    QString m_error;
    bool m_initialized = false;
    bool m_inMember = false;
    bool m_atEnd = false;
};

} // namespace Logkeeper
