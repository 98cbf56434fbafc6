// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "compression/archivecompressor.h"
#include "core/canceltoken.h"
#include "core/codecs.h"
#include "core/fsidentity.h"
#include "engine/failure.h"

#include <QString>
#include <QVector>

#include <functional>

namespace Logkeeper {

// Turns many rotated files into archives at once with the same guarantee as one at a time, and
// fast: every archive staged and verified (small files side by side on the work pool, large ones
// one after another on all cores), those on one filesystem made durable together by one
// syncfs(), each committed (its own fsync, renamed into place), each archive folder fsynced
// once, and only then the rotated files removed. Works in chunks (staged archives hold their
// descriptors open) and removes sources at least every batchBytes (that much more disk in use
// at most). A rotated file that grew meanwhile keeps its content; its archive goes again.
class ArchiveBatch
{
public:
    struct Job
    {
        QString setName;
        QString rotatedPath;
        QString archivePath;
        Codec codec = Codec::None; // None: a verified plain copy (moved to another filesystem)
        int level = -1;
        FsIdentity identity; // the set's run_as: its files are read, written and removed as it
    };
    // What happened to each job, as it happens (on the calling thread).
    struct Events
    {
        // In place and durable, the rotated file removed.
        std::function<void(const Job &, const ArchiveCompressor::Result &)> archived;
        std::function<void(const Failure &)> failed;
        // Written to while being archived: its archive was removed, the rotated file stays to
        // be archived once it has settled again.
        std::function<void(const Job &)> grew;
    };

    // Files up to this size are compressed side by side, each on one thread; larger ones one
    // after another, each on all cores (ArchiveCompressor's parallel blocks).
    static constexpr qint64 smallFileBytes = 1 << 20;
    // Archived rotated files are removed once this much has been archived (and at the end).
    static constexpr qint64 batchBytes = 128 << 20;
    // Staged archives hold their descriptors open until committed: at most this many at once.
    static constexpr size_t chunkFiles = 256;
    // From this many staged archives on one filesystem, one syncfs() makes them durable together.
    static constexpr int syncfsFiles = 16;

    ArchiveBatch(const ArchiveCompressor &compressor, const CancelToken &cancel)
        : m_compressor(compressor), m_cancel(cancel)
    {}

    void run(const QVector<Job> &jobs, const Events &events);

private:
    struct Work;
    void archiveChunk(std::vector<Work> &work, size_t begin, size_t end, const Events &events);
    void removeSources(std::vector<Work> &work, size_t begin, size_t end, const Events &events);
    bool syncFolders(const QStringList &folders, Failure::Kind kind, const Events &events);

    ArchiveCompressor m_compressor;
    CancelToken m_cancel;
};

} // namespace Logkeeper
