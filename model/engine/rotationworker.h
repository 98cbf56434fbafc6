// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "config/config.h"
#include "core/canceltoken.h"
#include "engine/statestore.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <vector>

namespace Logkeeper {

// Does all file work: checks logs, rotates them, compresses rotated files once their writers
// have stopped, expires archives, and recovers what a crash left behind. Lives in its own
// QThread in the daemon (the Engine calls its slots through queued calls) and runs inline for
// --once. Sets are named, not indexed, so a config reload never misroutes queued work.
class RotationWorker : public QObject
{
    Q_OBJECT
public:
    struct Summary
    {
        int rotations = 0;
        int archives = 0;
        int removals = 0;
        int failures = 0;
    };

    explicit RotationWorker(QObject *parent = nullptr);

    // Thread-safe: stop compressions in flight at the next block and take no new work.
    void requestStop();

    // One complete pass in the calling thread (--once): recover, rotate what is due (all
    // non-empty logs with force), compress (waiting for rotated files to settle, at most
    // max_wait), expire. With dryRun nothing changes; actionPlanned() tells what would.
    Summary runOnce(const Config &config, bool force, bool dryRun);

    Summary totals() const { return m_totals; }

public slots:
    void applyConfig(const Config &config);
    void checkAll(bool force);
    void checkSet(const QString &setName, bool force);
    void checkFile(const QString &setName, const QString &path);

signals:
    void setScanned(const QString &setName, const QStringList &activeFiles);
    void rotated(const QString &setName, const QString &activePath, const QString &rotatedPath);
    void archived(const QString &setName, const QString &archivePath, qint64 sourceBytes,
                  qint64 archiveBytes);
    void archiveRemoved(const QString &setName, const QString &path, const QString &reason);
    void failed(const QString &setName, const QString &path, const QString &error);
    void actionPlanned(const QString &action);
    void busyChanged(bool busy);

private:
    class BusyScope;
    struct Pending
    {
        QString setName;
        QString rotatedPath;
        QString activePath;
        qint64 lastSize = -1;
        qint64 stableSinceMs = 0;
        bool settled = false; // a copytruncate copy: nobody writes to it, no need to wait
    };
    struct Rotation // done, its folders not yet fsynced, its hook not yet run
    {
        QString setName;
        QString activePath;
        QString rotatedPath;
        QString archivePath;
        qint64 bytes = 0;
        bool needsArchiving = false; // compressed, or moved to an archive folder elsewhere
    };
    struct ArchiveJob;

    const LogSetConfig *findSet(const QString &name) const;
    void checkSetNow(const LogSetConfig &set, bool force);
    void checkFileNow(const LogSetConfig &set, const QString &path, bool force);
    void rotate(const LogSetConfig &set, const QString &path, const QString &reason);
    void completeRotations();
    void archiveBatch(const QVector<Pending> &ready);
    void archiveChunk(std::vector<ArchiveJob> &jobs, size_t begin, size_t end);
    void removeArchivedSources(std::vector<ArchiveJob> &jobs, size_t begin, size_t end);
    bool syncFolders(const QSet<QString> &folders, const QString &setName,
                     const QString &afterWhat);
    void discoverLeftovers(const LogSetConfig &set);
    void applyRetention(const LogSetConfig &set);
    void runHook(const LogSetConfig &set, const QString &activePath, const QString &archivePath);
    void processPending(bool waitForAll);
    void startPendingTimer();
    void finishWork();
    QString uniqueRotatedName(const LogSetConfig &set, const QString &activeName,
                              const QString &stagingDir) const;
    QString stagingDirFor(const LogSetConfig &set) const;
    QString archivePathFor(const LogSetConfig &set, const QString &rotatedPath) const;
    void fail(const QString &setName, const QString &path, const QString &error);
    void succeeded(const QString &path);
    void saveState();
    void plan(const QString &action);

    Config m_config;
    StateStore m_state;
    QVector<Pending> m_pending;
    QVector<Rotation> m_rotations;
    QSet<QString> m_unsyncedFolders; // changed by rotations since the last folder fsync
    QThreadPool m_pool;              // compresses small files side by side
    QTimer m_pendingTimer;
    QElapsedTimer m_clock;
    QSet<QString> m_retentionDue; // sets whose archives changed since the last retention run
    QSet<QString> m_reported;     // "path\nerror" already logged as a failure, to avoid repeats
    Summary m_totals;
    bool m_dryRun = false;
    int m_busyDepth = 0;
    CancelToken m_cancel;
};

} // namespace Logkeeper
