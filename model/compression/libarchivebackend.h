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
    QList<Codec> codecs() const override;
    bool supportsLevel(Codec codec) const override;
    int minLevel(Codec codec) const override;
    int maxLevel(Codec codec) const override;
    bool compressBlock(const QByteArray &input, Codec codec, int level, QByteArray *output,
                       QString *error) const override;
    bool concatenatesBlocks(Codec codec) const override;
    bool compressStream(QIODevice *in, qint64 size, Codec codec, int level, QIODevice *out,
                        const CancelToken &cancel, QString *error) const override;
    std::unique_ptr<ArchiveReader> openReader(const QString &path, QString *error) const override;

private:
    struct WriteDeleter
    {
        void operator()(struct archive *a) const;
    };
    using WriteHandle = std::unique_ptr<struct archive, WriteDeleter>;
    using WriteCallback = ssize_t (*)(struct archive *, void *, const void *, size_t);
    WriteHandle openWriter(Codec codec, int level, qint64 size, void *client, WriteCallback write,
                           QString *error, bool threaded = false) const;
};

} // namespace Logkeeper
