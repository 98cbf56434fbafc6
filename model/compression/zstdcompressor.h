// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "core/canceltoken.h"

#include <QString>
#include <QtGlobal>

#include <functional>

namespace Logkeeper {

// Compresses a file into one zstd frame through libzstd: on zstd's own worker threads (one per
// core, as `zstd -T0`), with the content checksum and the content size in the frame header,
// verified while it is written (ZstdVerifier reads each written piece back from the output,
// decompresses it and compares it with the source on a pool thread), so a verified archive
// costs about the compression time.
//
// It writes to the caller's descriptor (its temporary file) from the descriptor's current
// position; fsync and the rename into place stay with the caller. On failure or cancellation
// the output is truncated back to where it started: nothing partial is left in it.
class ZstdCompressor
{
public:
    struct Options
    {
        // 1 to maxLevel(); 0 or -1 (the config's "codec default") = zstd's default, 3.
        int level = -1;
        // zstd worker threads; 0 = one per core (QThread::idealThreadCount()); -1 = none, all
        // on the calling thread (small files compressed side by side by the caller).
        int workers = 0;
        // Tests only: sees each piece of compressed output, at its offset in the archive,
        // before it is written, and may change it (to show that verification catches it).
        std::function<void(char *data, qint64 size, qint64 offset)> outputTap;
    };

    struct Result
    {
        bool ok = false;
        bool cancelled = false;
        qint64 sourceBytes = 0;  // bytes of the source the archive holds
        qint64 archiveBytes = 0; // bytes written to the output (0 on failure: truncated back)
        QString error;           // names the file and the cause
    };

    static int defaultLevel();
    static int maxLevel();

    // Compresses the first `size` bytes of sourceFd (read with pread from offset 0; the file
    // may grow meanwhile, the rest is not touched) into outFd, which must be a regular file
    // open for reading and writing (O_RDWR: the verification reads the archive back).
    // Names are for messages. `cancel` is checked between 128 KiB blocks of input.
    static Result compress(int sourceFd, const QString &sourceName, qint64 size, int outFd,
                           const QString &outName, const Options &options,
                           const CancelToken &cancel = CancelToken());
    // The same for a source path: opened (no symlinks), all of it as it is now.
    static Result compress(const QString &sourcePath, int outFd, const QString &outName,
                           const Options &options, const CancelToken &cancel = CancelToken());
};

} // namespace Logkeeper
