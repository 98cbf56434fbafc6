// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "engine/rotationworker.h"

#include "config/configfilecheck.h"
#include "core/logcategories.h"
#include "engine/hookrequests.h"
#include "engine/recoveryoperation.h"
#include "engine/retentionoperation.h"
#include "engine/rotatedpaths.h"
#include "engine/scanoperation.h"

#include <QEventLoop>

#include <algorithm>
#include <climits>
#include <utility>

namespace Logkeeper {

RotationWorker::RotationWorker(const CompressionBackend &backend, QObject *parent)
    : QObject(parent), m_diskActions(ArchiveCompressor(backend), m_cancel),
      m_dryRunActions([this](const QString &action) { plan(action); }), m_settle(this),
      m_hooks(this), m_giveUp(this)
{
    connect(&m_settle, &SettleTracker::readyAvailable, this, &RotationWorker::onSettled);
    m_giveUp.setSingleShot(true);
    connect(&m_giveUp, &QTimer::timeout, this, [this] {
        if (m_passLoop)
            m_passLoop->quit();
    });
    connect(&m_hooks, &HookQueue::idle, this, &RotationWorker::checkPassDone);
}

RotationWorker::~RotationWorker()
{
    shutdown();
}

void RotationWorker::requestStop()
{
    m_cancel.cancel();
    // A pass waiting in its event loop looks again (posted: this may be another thread).
    QMetaObject::invokeMethod(this, &RotationWorker::checkPassDone, Qt::QueuedConnection);
}

void RotationWorker::shutdown()
{
    m_hooks.drain();
}

const LogSetConfig *RotationWorker::findSet(const QString &name) const
{
    for (const LogSetConfig &set : m_config.logSets) {
        if (set.name == name)
            return &set;
    }
    return nullptr;
}

void RotationWorker::setBusy(int delta)
{
    const bool before = m_busyDepth > 0;
    m_busyDepth += delta;
    if (before != (m_busyDepth > 0))
        emit busyChanged(m_busyDepth > 0);
}

void RotationWorker::plan(const QString &action)
{
    // Debug, not info: the actions are the dry run's output (stdout, the settings preview), and
    // a preview clicked in the settings editor is no news for Logkeeper's log.
    qCDebug(lcRotation).noquote() << "dry run:" << action;
    emit actionPlanned(action);
}

void RotationWorker::report(const Failure &failure)
{
    ++m_totals.failures;
    // A failure is retried at every check; say it loudly once, then quietly until it changes.
    const QString text = failure.text();
    // Per set too: both sets of a glob clash report the same file with the same text.
    const QString key =
        failure.path + QLatin1Char('\n') + failure.setName + QLatin1Char('\n') + text;
    if (m_reported.contains(key)) {
        qCDebug(lcRotation).noquote() << "still failing:" << text;
        return;
    }
    m_reported.insert(key);
    qCCritical(lcRotation).noquote() << text;
    emit failed(failure);
}

void RotationWorker::succeeded(const QString &path)
{
    const QString prefix = path + QLatin1Char('\n');
    for (auto it = m_reported.begin(); it != m_reported.end();) {
        if (it->startsWith(prefix))
            it = m_reported.erase(it);
        else
            ++it;
    }
}

FsIdentity RotationWorker::identityOf(const LogSetConfig &set)
{
    if (set.runAs.user.isEmpty())
        return {};
    auto it = m_identities.find(set.name);
    if (it == m_identities.end())
        it = m_identities.insert(
            set.name, FsIdentity::of(set.runAs.user, uid_t(set.runAs.uid), gid_t(set.runAs.gid)));
    return *it;
}

bool RotationWorker::actingAs(const LogSetConfig &set, const FsIdentity::Scope &scope)
{
    if (scope.ok())
        return true;
    report(Failure(Failure::Kind::RunAs, set.name, set.logDir,
                   {set.name, identityOf(set).describe(), Failure::systemError(scope.error())}));
    return false;
}

void RotationWorker::applyConfig(const Config &config)
{
    BusyScope busy(this);
    m_config = config;
    m_identities.clear();
    m_settle.setTiming(qint64(config.debounceSeconds * 1000.0),
                       qint64(config.maxWaitSeconds * 1000.0));
    const QString statePath =
        config.stateFile.isEmpty() ? StateStore::defaultPath() : config.stateFile;
    if (statePath != m_state.path()) {
        m_state = StateStore(statePath);
        QString error;
        if (!m_state.load(&error))
            qCWarning(lcRotation).noquote() << error;
    }
    // Rotated files of sets that no longer exist are left alone.
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (findSet(it.value().setName)) {
            ++it;
        } else {
            m_settle.forget(it.key());
            it = m_pending.erase(it);
        }
    }
    for (auto it = m_scanProblems.begin(); it != m_scanProblems.end();) {
        if (findSet(it.key()))
            ++it;
        else
            it = m_scanProblems.erase(it); // the set's failures went with it
    }
    checkAll(false);
}

void RotationWorker::checkAll(bool force)
{
    BusyScope busy(this);
    m_liveLogs.clear();
    for (const LogSetConfig &set : std::as_const(m_config.logSets)) {
        if (m_cancel.isCancelled())
            return;
        recover(set);
        checkSetNow(set, force);
        m_retentionDue.insert(set.name); // every poll, as well as after rotations
    }
    pruneState();
    archiveReady();
    finishWork();
}

void RotationWorker::checkSet(const QString &setName, bool force)
{
    if (m_cancel.isCancelled())
        return;
    BusyScope busy(this);
    if (const LogSetConfig *set = findSet(setName))
        checkSetNow(*set, force);
    archiveReady();
    finishWork();
}

void RotationWorker::checkFile(const QString &setName, const QString &path)
{
    if (m_cancel.isCancelled())
        return;
    BusyScope busy(this);
    if (const LogSetConfig *set = findSet(setName)) {
        const FsIdentity::Scope as(identityOf(*set));
        if (actingAs(*set, as)) {
            QVector<Due> due;
            check(&due, *set, path, false);
            rotateDue(*set, due);
        }
    }
    archiveReady();
    finishWork();
}

void RotationWorker::recover(const LogSetConfig &set)
{
    // Everything of a set is done as its run_as user, looking as well as changing (logrotate
    // switches before it looks too).
    const FsIdentity::Scope as(identityOf(set));
    if (!actingAs(set, as))
        return;
    if (!ScanOperation::logFolderExists(set))
        return; // a missing log folder is never created (nor an archive folder inside it)
    const auto known = [this](const QString &path) {
        return m_pending.contains(path) || m_awaitingHook.contains(path);
    };
    // Each log folder with its own archive folder (patterns across folders).
    const QStringList folders = ScanOperation::logFolders(
        set, set.spansFolders() ? ScanOperation::liveFiles(set) : QStringList());
    for (const QString &folder : folders) {
        const RecoveryOperation::Outcome outcome =
            RecoveryOperation(*m_actions).run(ScanOperation::forFolder(set, folder), known);
        for (const Failure &failure : outcome.failures)
            report(failure);
        for (const RecoveryOperation::Unarchived &file : outcome.unarchived) {
            m_pending.insert(file.rotatedPath, {set.name, file.activePath});
            m_settle.track(file.rotatedPath);
        }
    }
}

void RotationWorker::checkSetNow(const LogSetConfig &set, bool force)
{
    const FsIdentity::Scope as(identityOf(set));
    if (!actingAs(set, as))
        return;
    const bool folderMissing = !ScanOperation::logFolderExists(set);
    QStringList folders;
    const QStringList files =
        folderMissing ? QStringList() : ScanOperation::liveFiles(set, &folders);
    for (const QString &path : files)
        m_liveLogs.insert(path);
    QSet<QString> clashing;
    QStringList problems = scanProblems(set, files, folderMissing, &clashing);
    QVector<Due> due;
    for (const QString &path : files) {
        if (m_cancel.isCancelled())
            break;
        if (!clashing.contains(path) && check(&due, set, path, force))
            problems.append(path);
    }
    rotateDue(set, due);
    // What no success closes: each problem is over once a scan no longer finds it.
    for (const QString &path : m_scanProblems.value(set.name)) {
        if (!problems.contains(path)) {
            succeeded(path);
            emit resolved(set.name, path);
        }
    }
    if (problems.isEmpty())
        m_scanProblems.remove(set.name);
    else
        m_scanProblems.insert(set.name, problems);
    emit setScanned(set.name, ScanOperation::existing(files), folders);
}

QStringList RotationWorker::scanProblems(const LogSetConfig &set, const QStringList &files,
                                         bool folderMissing, QSet<QString> *clashing)
{
    QStringList problems;
    if (folderMissing) {
        if (set.missingOk) {
            qCDebug(lcRotation).noquote() << set.logDir << "does not exist (missing_ok)";
        } else {
            report(Failure(Failure::Kind::LogFolderMissing, set.name, set.logDir,
                           {set.name, set.logDir}));
            problems.append(set.logDir);
        }
        return problems;
    }
    // A file two sets claim is rotated by neither (the rule of --check-config): rotating it by
    // config order would hide the typo, and the second set would silently lose its log.
    const QVector<ConfigFileCheck::Clash> clashes =
        ConfigFileCheck::clashes(m_config, ScanOperation::existing(files));
    for (const ConfigFileCheck::Clash &clash : clashes) {
        const QString &first = m_config.logSets[clash.first].name;
        const QString &second = m_config.logSets[clash.second].name;
        if (first != set.name && second != set.name)
            continue;
        clashing->insert(clash.file);
        report(
            Failure(Failure::Kind::GlobClash, set.name, clash.file, {clash.file, first, second}));
        if (!problems.contains(clash.file))
            problems.append(clash.file);
    }
    return problems;
}

void RotationWorker::pruneState()
{
    // Only after a whole pass: entries of logs that no set has any more go (issue 12.5).
    if (m_cancel.isCancelled())
        return;
    if (const int removed = m_state.prune(m_liveLogs))
        qCDebug(lcRotation) << "state: forgot" << removed << "log(s) that no longer exist";
}

bool RotationWorker::check(QVector<Due> *due, const LogSetConfig &set, const QString &path,
                           bool force)
{
    const ScanOperation::Verdict verdict =
        ScanOperation(m_state).check(ScanOperation::forLog(set, path), path, force);
    if (verdict.failure) {
        report(*verdict.failure);
        return verdict.failure->kind == Failure::Kind::LogMissing;
    } else if (verdict.due)
        due->append({path, verdict.reason});
    else
        qCDebug(lcRotation).noquote() << path << "not due:" << verdict.reason;
    return false;
}

void RotationWorker::completeRotations(RotateOperation &rotate)
{
    const RotateOperation::Outcome outcome = rotate.finish();
    for (const Failure &failure : outcome.failures)
        report(failure);
    // delay_compress: what waited uncompressed is archived now that a newer rotation exists.
    for (const RotateOperation::Rotation &released : outcome.released) {
        if (m_pending.contains(released.rotatedPath) ||
            m_awaitingHook.contains(released.rotatedPath))
            continue;
        m_pending.insert(released.rotatedPath, {released.setName, released.activePath});
        m_settle.track(released.rotatedPath, true); // a rotation ago: no writer has it any more
    }
    QStringList setOrder;
    QHash<QString, QVector<RotateOperation::Rotation>> bySet;
    const QDateTime now = QDateTime::currentDateTime();
    for (const RotateOperation::Rotation &rotation : outcome.rotations) {
        // Schedules count from here (kept for the path, also when the log is not recreated).
        const auto entry = m_state.entry(rotation.activePath);
        m_state.recordRotation(rotation.activePath, now, entry ? entry->device : 0,
                               entry ? entry->inode : 0);
        succeeded(rotation.activePath);
        ++m_totals.rotations;
        emit rotated(rotation.setName, rotation.activePath, rotation.rotatedPath);
        m_retentionDue.insert(rotation.setName);
        if (!bySet.contains(rotation.setName))
            setOrder.append(rotation.setName);
        bySet[rotation.setName].append(rotation);
    }
    for (const QString &name : std::as_const(setOrder)) {
        const QVector<RotateOperation::Rotation> &rotations = bySet[name];
        if (const LogSetConfig *set = findSet(name)) {
            runPostHooks(*set, rotations);
        } else {
            for (const RotateOperation::Rotation &rotation : rotations)
                afterHook(rotation);
        }
    }
}

void RotationWorker::afterHooks()
{
    archiveReady();
    if (m_passLoop)
        checkPassDone(); // runOnce() expires and saves once, at its end
    else
        finishWork();
}

void RotationWorker::afterHook(const RotateOperation::Rotation &rotation)
{
    m_retentionDue.insert(rotation.setName);
    if (!rotation.needsArchiving) { // already where and what it stays
        ++m_totals.archives;
        emit archived(rotation.setName, rotation.rotatedPath, rotation.rotatedPath, rotation.bytes,
                      rotation.bytes);
        return;
    }
    const LogSetConfig *set = findSet(rotation.setName);
    if (set && set->delayCompress)
        return; // stays as it is until the log's next rotation releases it
    // With rename, a writer may still hold the old descriptor: compress once the file has
    // settled. Nobody writes to a copy.
    m_pending.insert(rotation.rotatedPath, {rotation.setName, rotation.activePath});
    m_settle.track(rotation.rotatedPath, set && set->strategy != RotationStrategy::Rename);
}

void RotationWorker::onSettled()
{
    if (m_passLoop) {
        archiveReady();
        checkPassDone();
        return;
    }
    BusyScope busy(this); // compressing is work too: the tray shows it
    archiveReady();
    finishWork();
}

void RotationWorker::archiveReady()
{
    if (m_cancel.isCancelled())
        return;
    QStringList gone, gaveUp;
    const QStringList ready = m_settle.takeReady(&gone, &gaveUp);
    for (const QString &path : std::as_const(gone))
        m_pending.remove(path); // gone (or replaced): nothing left to archive
    for (const QString &path : std::as_const(gaveUp)) {
        // Left for a later pass (which finds it unarchived), when its writer may be done. The
        // daemon looks again at every poll: said once loudly there would be said every minute.
        const QString text =
            path + QStringLiteral(" is still being written to; it will be compressed by a "
                                  "later run");
        if (m_passLoop)
            qCWarning(lcRotation).noquote() << text;
        else
            qCInfo(lcRotation).noquote() << text;
        m_pending.remove(path);
    }
    QVector<ArchiveBatch::Job> jobs;
    QHash<QString, QString> activeOf; // rotated file -> its log, should it grow again
    for (const QString &path : ready) {
        const Pending pending = m_pending.take(path);
        const LogSetConfig *found = findSet(pending.setName);
        if (!found)
            continue;
        // The archive folder of the log's own folder (patterns across folders).
        const LogSetConfig set = ScanOperation::forLog(*found, pending.activePath);
        const FsIdentity identity = identityOf(set);
        const FsIdentity::Scope as(identity);
        if (!actingAs(set, as))
            continue; // the next pass's recovery finds it unarchived

        if (!m_actions->createArchiveFolder(set.archiveDir, set.createDir).ok) {
            report(Failure(set.createDir.enabled ? Failure::Kind::ArchiveFolderForFile
                                                 : Failure::Kind::ArchiveFolderMissing,
                           set.name, path, {path, set.archiveDir}));
            continue;
        }
        activeOf.insert(path, pending.activePath);
        jobs.append({set.name, path, RotatedPaths::archivePath(set, path), set.archiveCodec(),
                     set.level, identity});
    }
    if (jobs.isEmpty())
        return;
    ArchiveBatch::Events events;
    events.archived = [this](const ArchiveBatch::Job &job, const ArchiveCompressor::Result &r) {
        succeeded(job.rotatedPath);
        ++m_totals.archives;
        emit archived(job.setName, r.archivePath, job.rotatedPath, r.sourceBytes, r.archiveBytes);
        m_retentionDue.insert(job.setName);
    };
    events.failed = [this](const Failure &failure) {
        report(failure);
    };
    events.grew = [this, activeOf](const ArchiveBatch::Job &job) {
        m_pending.insert(job.rotatedPath, {job.setName, activeOf.value(job.rotatedPath)});
        m_settle.track(job.rotatedPath);
    };
    m_actions->archive(jobs, events);
}

void RotationWorker::applyRetention(const LogSetConfig &set)
{
    const FsIdentity::Scope as(identityOf(set));
    if (!actingAs(set, as))
        return;
    // Each log folder's archive folder, judged together (patterns across folders).
    QStringList archiveFolders;
    const QStringList folders = ScanOperation::logFolders(
        set, set.spansFolders() ? ScanOperation::liveFiles(set) : QStringList());
    for (const QString &folder : folders)
        archiveFolders.append(ScanOperation::forFolder(set, folder).archiveDir);
    archiveFolders.removeDuplicates();
    const RetentionOperation::Outcome outcome =
        RetentionOperation(*m_actions).run(set, archiveFolders);
    for (const Failure &failure : outcome.failures)
        report(failure);
    for (const RetentionOperation::Removal &removal : outcome.removed) {
        ++m_totals.removals;
        emit archiveRemoved(set.name, removal.path, removal.reason);
    }
}

void RotationWorker::finishWork()
{
    // Retention and the state file once per unit of work, not once per rotation: a pass over
    // thousands of due files would otherwise list the archive folder and rewrite the state
    // thousands of times.
    const QSet<QString> due = std::exchange(m_retentionDue, {});
    for (const QString &name : due) {
        if (const LogSetConfig *set = findSet(name))
            applyRetention(*set);
    }
    // The state is Logkeeper's own file: written as Logkeeper, also when this comes from a hook
    // that ended (or could not start) within a set's run_as.
    const FsIdentity::OwnScope own;
    QString error;
    if (!m_actions->saveState(m_state, &error))
        report(Failure(Failure::Kind::Other, QString(), m_state.path(), {error}));
}

bool RotationWorker::passDone() const
{
    return m_cancel.isCancelled() || (m_hooks.isIdle() && m_settle.isEmpty());
}

void RotationWorker::checkPassDone()
{
    if (!m_passLoop)
        return;
    if (passDone()) {
        m_passLoop->quit();
        return;
    }
    // The writers get debounce_time plus max_wait once no hook holds anything back any more.
    if (m_hooks.isIdle() && !m_giveUp.isActive())
        m_giveUp.start(int(
            qMin((m_config.debounceSeconds + m_config.maxWaitSeconds) * 1000.0, double(INT_MAX))));
}

void RotationWorker::waitForPass()
{
    QEventLoop loop;
    m_passLoop = &loop;
    checkPassDone(); // starts the give-up timer when no hook runs
    if (!passDone())
        loop.exec();
    m_passLoop = nullptr;
    m_giveUp.stop();
    m_hooks.drain(); // stopped: the hooks asked for still run to their end
    for (const QString &path : m_settle.tracked()) {
        if (!m_cancel.isCancelled())
            qCWarning(lcRotation).noquote()
                << path << "is still being written to; it will be compressed by a later run";
        m_settle.forget(path);
        m_pending.remove(path);
    }
}

RotationWorker::Summary RotationWorker::runOnce(const Config &config, bool force, bool dryRun)
{
    // The only difference a dry run makes: its actions are only reported, and it waits for no
    // writer (it compresses nothing).
    m_actions = dryRun ? static_cast<FileActions *>(&m_dryRunActions) : &m_diskActions;
    if (dryRun)
        m_settle.setTiming(0, 0);
    else
        m_settle.setTiming(qint64(config.debounceSeconds * 1000.0),
                           qint64(config.maxWaitSeconds * 1000.0));
    m_totals = {};
    m_config = config;
    m_identities.clear();
    m_state = StateStore(config.stateFile.isEmpty() ? StateStore::defaultPath() : config.stateFile);
    QString error;
    if (!m_state.load(&error))
        qCWarning(lcRotation).noquote() << error;
    m_liveLogs.clear();
    for (const LogSetConfig &set : std::as_const(m_config.logSets)) {
        recover(set);
        checkSetNow(set, force);
    }
    pruneState();
    archiveReady();
    waitForPass();
    for (const LogSetConfig &set : std::as_const(m_config.logSets))
        m_retentionDue.insert(set.name);
    finishWork();
    m_actions = &m_diskActions;
    return m_totals;
}

} // namespace Logkeeper
