// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "compression/archivecompressor.h"
#include "config/config.h"
#include "core/canceltoken.h"
#include "core/fsidentity.h"
#include "engine/diskfileactions.h"
#include "engine/dryrunfileactions.h"
#include "engine/failure.h"
#include "engine/hookqueue.h"
#include "engine/rotateoperation.h"
#include "engine/settletracker.h"
#include "engine/statestore.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>

class QEventLoop;

namespace Logkeeper {

// Schedules the engine's file work over its operations: on a check it recovers what a crash
// left (RecoveryOperation), finds due logs (ScanOperation), runs a set's first_action and
// pre_rotate hooks, rotates them (RotateOperation), runs their post_rotate and last_action hooks
// (all through the HookQueue, in that order, without blocking), waits until each rotated file has
// settled (SettleTracker), archives the ready ones together (ArchiveBatch, through FileActions)
// and expires archives (RetentionOperation). Lives in its own QThread in the daemon (the Engine
// calls its slots through queued calls) and runs in the caller's thread for --once. Sets are
// named, not indexed, so a config reload never misroutes queued work.
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

    // Compresses through `backend` (the build's; a test gives a fake one).
    explicit RotationWorker(const CompressionBackend &backend = CompressionBackend::instance(),
                            QObject *parent = nullptr);
    ~RotationWorker() override;

    // Thread-safe: stop compressions in flight at the next block and take no new work.
    void requestStop();

    // One complete pass in the calling thread (--once): recover, rotate what is due (all
    // non-empty logs with force), run the hooks, compress (waiting, in an event loop, for
    // rotated files to settle, at most max_wait), expire. With dryRun nothing changes anywhere;
    // actionPlanned() tells what would.
    Summary runOnce(const Config &config, bool force, bool dryRun);

public slots:
    void applyConfig(const Config &config);
    void checkAll(bool force);
    void checkSet(const QString &setName, bool force);
    void checkFile(const QString &setName, const QString &path);
    // Lets the hooks already asked for run to their end (each within its timeout): a rotated
    // log is never left without its post_rotate. Call in the worker's thread as it stops.
    void shutdown();

signals:
    // `folders`: where the set's logs were looked for (log_dir, and the folders below it that
    // patterns like "*/*.log" reach), for the watcher.
    void setScanned(const QString &setName, const QStringList &activeFiles,
                    const QStringList &folders);
    void rotated(const QString &setName, const QString &activePath, const QString &rotatedPath);
    // archivePath holds what rotatedPath held (the same path when it stayed where it was).
    void archived(const QString &setName, const QString &archivePath, const QString &rotatedPath,
                  qint64 sourceBytes, qint64 archiveBytes);
    void archiveRemoved(const QString &setName, const QString &path, const QString &reason);
    void failed(const Logkeeper::Failure &failure);
    // A failure that no success closes is over: a missing log folder or log is back, a glob
    // clash ended (the config or the files changed).
    void resolved(const QString &setName, const QString &path);
    void actionPlanned(const QString &action);
    void busyChanged(bool busy);

private:
    // Marks the worker busy for the duration of one unit of work (the tray shows it).
    class BusyScope
    {
    public:
        explicit BusyScope(RotationWorker *worker) : m_worker(worker) { m_worker->setBusy(+1); }
        ~BusyScope() { m_worker->setBusy(-1); }
        BusyScope(const BusyScope &) = delete;
        BusyScope &operator=(const BusyScope &) = delete;

    private:
        RotationWorker *m_worker;
    };

    struct Due
    {
        QString path;
        QString reason;
    };
    struct PreRotation; // due logs waiting for their first_action and pre_rotate hooks

    const LogSetConfig *findSet(const QString &name) const;
    // The set's run_as (the process's own identity without one), looked up once per config.
    FsIdentity identityOf(const LogSetConfig &set);
    // False, with the failure reported, when the thread could not take on the set's run_as:
    // then nothing of the set may be touched.
    bool actingAs(const LogSetConfig &set, const FsIdentity::Scope &scope);
    bool dryRun() const { return m_actions == &m_dryRunActions; }
    void recover(const LogSetConfig &set);
    void checkSetNow(const LogSetConfig &set, bool force);
    QStringList scanProblems(const LogSetConfig &set, const QStringList &files, bool folderMissing,
                             QSet<QString> *clashing);
    void pruneState();
    // True when the log is missing (a failure that only a later scan closes).
    bool check(QVector<Due> *due, const LogSetConfig &set, const QString &path, bool force);
    void rotateDue(const LogSetConfig &set, QVector<Due> due);
    void planDue(const LogSetConfig &set, const QVector<Due> &due);
    void runPreRotate(const std::shared_ptr<PreRotation> &pre);
    void rotateAfterHooks(const std::shared_ptr<PreRotation> &pre);
    void completeRotations(RotateOperation &rotate);
    void runPostHooks(const LogSetConfig &set, const QVector<RotateOperation::Rotation> &rotations);
    bool reportHook(const QString &setName, const QString &path, const QString &name,
                    const HookRunner::Result &result);
    void afterHooks();
    void afterHook(const RotateOperation::Rotation &rotation);
    void onSettled();
    void archiveReady();
    void applyRetention(const LogSetConfig &set);
    void finishWork();
    void waitForPass();
    bool passDone() const;
    void checkPassDone();
    void report(const Failure &failure);
    void succeeded(const QString &path);
    void plan(const QString &action);
    void setBusy(int delta);

    Config m_config;
    StateStore m_state;
    CancelToken m_cancel;
    DiskFileActions m_diskActions;
    DryRunFileActions m_dryRunActions;
    FileActions *m_actions = &m_diskActions; // the one switch between a real and a dry run
    SettleTracker m_settle;
    HookQueue m_hooks;
    struct Pending
    {
        QString setName;
        QString activePath; // the log it came from: its folder decides its archive folder
    };
    QHash<QString, Pending> m_pending; // rotated file waiting to settle -> its set and log
    QSet<QString> m_awaitingHook;      // rotated files whose post_rotate has not finished
    QSet<QString> m_preRotating;       // due logs whose first_action/pre_rotate runs
    QSet<QString> m_retentionDue;      // sets whose archives changed since the last retention run
    QSet<QString> m_reported; // "path\nset\nerror" already logged as a failure, to avoid repeats
    QHash<QString, QStringList> m_scanProblems; // set -> paths of its open scan failures
    QSet<QString> m_liveLogs;                   // every set's logs seen by this pass, for prune
    QHash<QString, FsIdentity> m_identities;    // set -> its run_as, for this config
    Summary m_totals;
    int m_busyDepth = 0;
    QEventLoop *m_passLoop = nullptr; // runOnce() waiting for its hooks and rotated files
    QTimer m_giveUp;                  // ... but not longer than the writers may take
};

} // namespace Logkeeper
