// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "core/canceltoken.h"
#include "core/codecs.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

class QIODevice;

namespace Logkeeper {

// Streams the decompressed bytes of one archive (any codec the backend reads, or a plain file).
class ArchiveReader
{
public:
    virtual ~ArchiveReader() = default;
    // Bytes read (> 0); 0 at the clean end of the data; -1 on error. Truncated or corrupt input
    // is always an error, never a silent end; errorString() then names the archive and the cause.
    virtual qint64 read(char *data, qint64 maxSize) = 0;
    virtual QString errorString() const = 0;
    // How far into the (compressed) source file reading has got, for progress bars; -1 when
    // the reader cannot tell.
    virtual qint64 sourcePosition() const { return -1; }
};

// The one seam between Logkeeper and a compression library. Nothing outside the backend
// implementations knows which library is in use.
class CompressionBackend
{
public:
    virtual ~CompressionBackend() = default;

    // The backend this build uses.
    static const CompressionBackend &instance();

    // Library name and version, e.g. "libarchive 3.6.2" or "KArchive 6.13".
    virtual QString description() const = 0;
    // The compressing codecs (never None) this build can write and read, queried at run time.
    virtual QList<Codec> codecs() const = 0;
    bool offers(Codec codec) const { return codecs().contains(codec); }
    virtual bool supportsLevel(Codec codec) const = 0;
    // Inclusive range of the level setting for a codec that supports levels.
    virtual int minLevel(Codec codec) const = 0;
    virtual int maxLevel(Codec codec) const = 0;

    // Compresses one block into a complete, self-contained member/frame/stream of the codec, so
    // that blocks compressed independently (and in parallel) concatenate into a valid file.
    // level -1 = codec default. Thread-safe.
    virtual bool compressBlock(const QByteArray &input, Codec codec, int level, QByteArray *output,
                               QString *error) const = 0;

    // Whether blocks compressed independently by compressBlock() may be concatenated into one
    // archive: only where every reader (this backend, the other backend, the standard tools)
    // reads such a file completely. KArchive reads concatenated gzip members but only the first
    // bzip2/xz/zstd stream, so those codecs are written as one stream everywhere.
    virtual bool concatenatesBlocks(Codec codec) const = 0;

    // Compresses exactly `size` bytes read from `in` into one stream written to `out`, using the
    // library's own threads where it has them. Checks `cancel` between chunks.
    virtual bool compressStream(QIODevice *in, qint64 size, Codec codec, int level, QIODevice *out,
                                const CancelToken &cancel, QString *error) const = 0;

    // Opens an archive for reading; the codec is detected from the content. A file that is not
    // compressed reads as itself.
    virtual std::unique_ptr<ArchiveReader> openReader(const QString &path,
                                                      QString *error) const = 0;

protected:
    // For compressStream(): reads exactly `size` bytes from `in` in chunks and hands each to
    // `sink` (which sets *error and returns false on failure); checks `cancel` between chunks.
    static bool feed(QIODevice *in, qint64 size, const CancelToken &cancel,
                     const std::function<bool(const char *, qint64)> &sink, QString *error);
};

} // namespace Logkeeper
