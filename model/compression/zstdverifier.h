// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include <QString>
#include <QtGlobal>

#include <memory>

namespace Logkeeper {

// Checks that a zstd archive holds exactly the first `sourceBytes` of a source file: the archive
// is read back from its descriptor (what is in the file, not what was meant to be written),
// decompressed (which also checks the frame's content checksum) and compared with the source,
// reread through its descriptor. Exactly one frame, nothing after it.
//
// It can follow an archive while it is being written: the writer calls written() after each
// write and finish() at the end, and the verification runs beside it on a WorkPool thread, so a
// verified archive costs about the time of writing it. When no pool thread is free before the
// writer is done, wait() does the whole verification on the caller's thread instead: compressions
// running side by side on every pool thread can never wait for each other's verification.
class ZstdVerifier
{
public:
    // Both descriptors stay the caller's and must stay open until wait() returns. The archive
    // starts at archiveStart in its file; archiveFd must be open for reading.
    ZstdVerifier(int archiveFd, qint64 archiveStart, const QString &archiveName, int sourceFd,
                 const QString &sourceName, qint64 sourceBytes);
    // Abandons the verification and waits for it (never leaves a thread reading the descriptors).
    ~ZstdVerifier();
    ZstdVerifier(const ZstdVerifier &) = delete;
    ZstdVerifier &operator=(const ZstdVerifier &) = delete;

    // Verifies on a WorkPool thread as the archive grows. Without it, wait() does it all.
    void startBeside();
    // The archive's bytes [0, end) (relative to archiveStart) are written. Thread-safe.
    void written(qint64 end);
    // No more bytes follow: the archive is `end` bytes long.
    void finish(qint64 end);
    // Stops early: the writer failed or was cancelled. wait() then returns false.
    void abandon();
    // True once the verification has found a mismatch; the writer may stop early. Lock-free.
    bool hasFailed() const;
    // Blocks until the verification is done; the result, with *error naming the archive (or
    // the source) and the cause on failure. Call once, after finish() or abandon().
    bool wait(QString *error);

    // The whole check for an archive already written, on the calling thread.
    static bool verify(int archiveFd, const QString &archiveName, int sourceFd,
                       const QString &sourceName, qint64 sourceBytes, QString *error);

private:
    struct Shared;
    std::shared_ptr<Shared> d;
};

} // namespace Logkeeper
