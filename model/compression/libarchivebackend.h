// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "compression/compressionbackend.h"

#include <memory>
#include <sys/types.h>

struct archive;

namespace Logkeeper {

// CompressionBackend over libarchive: the "raw" format with a compression filter for writing;
// every filter with the raw and empty formats for reading.
class LibArchiveBackend : public CompressionBackend
{
public:
    QString description() const override;
    QStringList codecs() const override;
    bool supportsLevel(const QString &codec) const override;
    int minLevel(const QString &codec) const override;
    int maxLevel(const QString &codec) const override;
    bool compressBlock(const QByteArray &input, const QString &codec, int level, QByteArray *output,
                       QString *error) const override;
    bool concatenatesBlocks(const QString &codec) const override;
    bool compressStream(QIODevice *in, qint64 size, const QString &codec, int level, QIODevice *out,
                        const std::atomic_bool *cancel, QString *error) const override;
    std::unique_ptr<ArchiveReader> openReader(const QString &path, QString *error) const override;

private:
    struct WriteDeleter
    {
        void operator()(struct archive *a) const;
    };
    using WriteHandle = std::unique_ptr<struct archive, WriteDeleter>;
    using WriteCallback = ssize_t (*)(struct archive *, void *, const void *, size_t);
    WriteHandle openWriter(const QString &codec, int level, qint64 size, void *client,
                           WriteCallback write, QString *error, bool threaded = false) const;
};

} // namespace Logkeeper
