// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "compression/compressionbackend.h"
#include "core/canceltoken.h"
#include "core/codecs.h"
#include "core/posixfile.h"

#include <QString>

namespace Logkeeper {

// Turns a finished rotated file into its archive without ever risking the data: the archive is
// written to a temporary file in the destination folder, decompressed again and compared with
// the source, fsynced, and only then renamed into place (never over an existing file) and the
// folder fsynced. Large files are compressed as independent blocks on several threads and
// written in order. The source file is never touched; removing it is the caller's decision.
//
// compress() does it all for one file. A caller archiving many small files splits it: stage()
// each (side by side), make them all durable at once (one syncfs() of their filesystem instead
// of one journal commit per file), commit() each, fsync the folder once, then remove sources.
//
// It compresses and verifies through the backend it is given (the build's by default; a test
// gives a fake one). Cheap to copy; thread-safe: several files may be compressed at once.
class ArchiveCompressor
{
public:
    struct Result
    {
        bool ok = false;
        QString archivePath;    // final path on success
        qint64 sourceBytes = 0; // bytes of the source that the archive holds
        qint64 archiveBytes = 0;
        QString error; // names the file and the cause on failure
    };

    // A temporary archive, written and verified but neither durable nor in place yet. Holds
    // its descriptor open until commit() or discard().
    class Staged
    {
    public:
        bool ok() const { return m_result.ok; }
        const Result &result() const { return m_result; } // error set when !ok()
        QString temporaryPath() const { return m_tmpPath; }
        int descriptor() const { return m_out.get(); }

    private:
        friend class ArchiveCompressor;
        Result m_result;
        QString m_tmpPath;
        QString m_archivePath;
        PosixFile::UniqueFd m_out;
    };

    explicit ArchiveCompressor(const CompressionBackend &backend = CompressionBackend::instance())
        : m_backend(&backend)
    {}

    // codec: one the backend offers, or Codec::None for a verified plain copy (used to move an
    // uncompressed rotated file to an archive folder on another filesystem).
    // The archive is created at `archivePath`; if a file of that name exists the call fails.
    // `cancel`, once cancelled, stops the work at the next block and removes the temporary file.
    Result compress(const QString &sourcePath, const QString &archivePath, Codec codec, int level,
                    const CancelToken &cancel = CancelToken()) const;

    // The first half of compress(): the temporary archive, compressed and verified. On failure
    // nothing is left behind.
    Staged stage(const QString &sourcePath, const QString &archivePath, Codec codec, int level,
                 const CancelToken &cancel = CancelToken()) const;
    // The second half: fsync (cheap when a syncfs() of its filesystem came first, and the one
    // that reports this file's write errors either way), then the rename into place. With
    // FolderSync::Deferred the caller fsyncs the archive's folder before it removes the source.
    // On failure the temporary file is removed. Thread-safe for different files.
    static Result commit(Staged &staged, PosixFile::FolderSync sync = PosixFile::FolderSync::Now);
    // Removes a staged temporary file that will not be committed.
    static void discard(Staged &staged);

    // Whether the archive at archivePath holds exactly the content of sourcePath: after a crash
    // between putting an archive in place and removing its source, recovery finds both.
    bool holds(const QString &archivePath, const QString &sourcePath, Codec codec) const;

private:
    const CompressionBackend *m_backend;
};

} // namespace Logkeeper
