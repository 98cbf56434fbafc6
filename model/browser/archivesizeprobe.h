// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "browser/archiveentry.h"
#include "core/workpool.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QVector>

#include <atomic>

namespace Logkeeper {

// Finds out how big archives are once decompressed. Cheap answers first: the size Logkeeper
// recorded in the archive's "user.logkeeper.size" extended attribute when it wrote it, the file
// itself for an uncompressed one, or a size counted earlier (cached in
// $XDG_CACHE_HOME/logkeeper/sizes.json, keyed by path, size, mtime and inode). Otherwise the
// archive is decompressed once by a job on the WorkPool (one at a time, smallest first, so most
// sizes show up quickly) and the result cached. Compressed formats' own size fields are not
// trusted: the gzip trailer holds the last member's size mod 2^32 only, and Logkeeper's gzip has
// many members.
class ArchiveSizeProbe : public QObject
{
    Q_OBJECT
public:
    // cacheFile: empty for defaultCachePath().
    explicit ArchiveSizeProbe(const QString &cacheFile = {}, QObject *parent = nullptr);
    ~ArchiveSizeProbe() override; // stops counting, writes what was counted

    static QString defaultCachePath();
    // The extended attribute ArchiveCompressor::compress records the decompressed size in.
    static const char *sizeAttribute() { return "user.logkeeper.size"; }

    QString cacheFile() const { return m_cacheFile; }

    // Thread-safe and cheap (no decompression): the recorded attribute, the file's own size when
    // it is not compressed, or the cache. -1 when only counting can tell.
    qint64 cheapSize(const ArchiveEntry &entry) const;

    // Queues the archive for counting; sizeCounted() or sizeFailed() follows (in this object's
    // thread). Queuing an archive already queued replaces the older request.
    void count(const ArchiveEntry &entry);
    // Drops a queued archive (it was removed); a count in progress for it is abandoned.
    void forget(const QString &path);
    int pending() const;
    // How many archives were decompressed to count them (the cache's proof of work, for tests
    // and the status bar).
    int decompressions() const { return m_decompressions; }

signals:
    void sizeCounted(const ArchiveEntry &entry); // entry.size is set
    void sizeFailed(const ArchiveEntry &entry, const QString &error);
    void pendingChanged(int pending);

private:
    struct Cached
    {
        qint64 compressedSize = 0;
        qint64 mtimeNs = 0;
        quint64 inode = 0;
        qint64 size = -1;
    };
    void ensureLoaded() const; // with m_mutex held
    static QHash<QString, Cached> readCache(const QString &file);
    void saveCache();
    void run(const CancelToken &cancel);
    void deliver(const ArchiveEntry &entry, quint64 request, const QString &error);
    qint64 countBytes(const ArchiveEntry &entry, const CancelToken &cancel, QString *error);

    QString m_cacheFile;
    mutable QMutex m_mutex;
    mutable bool m_loaded = false;
    mutable QHash<QString, Cached> m_cache;
    bool m_cacheDirty = false;
    QVector<ArchiveEntry> m_queue;
    // The request each queued or counted path answers to: forget() drops it, and a result is
    // delivered (in this object's thread) only while its request is still the path's current
    // one, so nothing is reported after forget(), however the threads interleave.
    QHash<QString, quint64> m_requests;
    quint64 m_lastRequest = 0;
    QString m_current;         // path being counted
    bool m_jobRunning = false; // a job drains m_queue; guarded by m_mutex
    std::atomic_bool m_abandonCurrent{false};
    std::atomic_int m_decompressions{0};
    WorkPool::Handle m_job;
};

} // namespace Logkeeper
