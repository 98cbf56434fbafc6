// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "engine/rotationworker.h"
#include "core/posixfile.h"

#include "compression/archivecompressor.h"
#include "core/archivenaming.h"
#include "core/codecs.h"
#include "core/logcategories.h"
#include "engine/rotator.h"
#include "policy/retention.h"
#include "policy/rotationpolicy.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSemaphore>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <functional>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace Logkeeper {

namespace {

QString joinPath(const QString &dir, const QString &name)
{
    return dir + QLatin1Char('/') + name;
}

bool lstatPath(const QString &path, struct stat *st)
{
    return ::lstat(QFile::encodeName(path).constData(), st) == 0;
}

// Files up to this size are compressed side by side, each on one thread; larger ones one after
// another, each on all cores (ArchiveCompressor's parallel blocks). A small file spends as long
// waiting for its fsync as being compressed: several threads per core.
constexpr qint64 smallFileBytes = 1 << 20;
const int smallFileThreads = qBound(4, QThread::idealThreadCount() * 4, 16);
// Archived rotated files are removed once this much has been archived (and at the end): so much
// more disk is in use at most, meanwhile.
constexpr qint64 batchBytes = 128 << 20;
// Staged archives hold their descriptors open until committed: at most this many at once.
constexpr size_t chunkFiles = 256;
// From this many staged archives on one filesystem, one syncfs() makes them durable together.
constexpr int syncfsFiles = 16;

// Runs the tasks side by side on the pool's threads and this one, and returns when all are done.
// This thread takes tasks too, so all get done even when no thread can be started (QThreadPool
// would wait forever for one); the state is shared with helpers that start late or never.
void runSideBySide(QThreadPool &pool, std::vector<std::function<void()>> &tasks)
{
    struct State
    {
        std::vector<std::function<void()>> tasks;
        std::atomic<size_t> next{0};
        std::atomic<size_t> finished{0};
        QSemaphore allFinished;
        void drain()
        {
            for (size_t i; (i = next++) < tasks.size();) {
                tasks[i]();
                if (++finished == tasks.size())
                    allFinished.release();
            }
        }
    };
    if (tasks.empty())
        return;
    // The atomics carry the ordering themselves: the tasks are published by the store to `next`,
    // their effects come back through `finished` (a thread sanitizer can see both; it cannot
    // see through Qt's own locks).
    const auto state = std::make_shared<State>();
    state->tasks = std::exchange(tasks, {});
    state->next.store(0, std::memory_order_release);
    const size_t helpers =
        std::min(size_t(qMax(0, pool.maxThreadCount())), state->tasks.size() - 1);
    for (size_t h = 0; h < helpers; ++h)
        pool.start([state] { state->drain(); });
    state->drain();
    state->allFinished.acquire();
    while (state->finished.load(std::memory_order_acquire) != state->tasks.size()) {
    } // already true: allFinished is released by the last of them
}

QString sizeText(qint64 bytes)
{
    return QString::number(bytes / (1024.0 * 1024.0), 'f', 2) + QStringLiteral(" MiB");
}

// Whether the file at `path` begins with exactly the content of the file at `prefixPath`.
bool startsWith(const QString &path, const QString &prefixPath)
{
    QFile whole(path), prefix(prefixPath);
    if (!whole.open(QIODevice::ReadOnly) || !prefix.open(QIODevice::ReadOnly) ||
        prefix.size() == 0 || prefix.size() > whole.size())
        return false;
    QByteArray a(1 << 20, Qt::Uninitialized), b(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = prefix.read(a.data(), a.size());
        if (n <= 0)
            return n == 0;
        if (whole.read(b.data(), n) != n ||
            std::memcmp(a.constData(), b.constData(), size_t(n)) != 0)
            return false;
    }
}

} // namespace

// Marks the worker busy for the duration of one unit of work (the tray shows it).
class RotationWorker::BusyScope
{
public:
    explicit BusyScope(RotationWorker *worker) : m_worker(worker)
    {
        if (m_worker->m_busyDepth++ == 0)
            emit m_worker->busyChanged(true);
    }
    ~BusyScope()
    {
        if (--m_worker->m_busyDepth == 0)
            emit m_worker->busyChanged(false);
    }
    BusyScope(const BusyScope &) = delete;
    BusyScope &operator=(const BusyScope &) = delete;

private:
    RotationWorker *m_worker;
};

RotationWorker::RotationWorker(QObject *parent)
    : QObject(parent), m_pool(this), m_pendingTimer(this)
{
    m_clock.start();
    m_pool.setMaxThreadCount(smallFileThreads);
    m_pool.setExpiryTimeout(5000);
    m_pendingTimer.setTimerType(Qt::CoarseTimer);
    connect(&m_pendingTimer, &QTimer::timeout, this, [this] {
        BusyScope busy(this); // compressing is work too: the tray shows it
        processPending(false);
        finishWork();
    });
}

void RotationWorker::requestStop()
{
    m_cancel.cancel();
}

const LogSetConfig *RotationWorker::findSet(const QString &name) const
{
    for (const LogSetConfig &set : m_config.logSets) {
        if (set.name == name)
            return &set;
    }
    return nullptr;
}

void RotationWorker::plan(const QString &action)
{
    // Debug, not info: the actions are the dry run's output (stdout, the settings preview), and
    // a preview clicked in the settings editor is no news for Logkeeper's log.
    qCDebug(lcRotation).noquote() << "dry run:" << action;
    emit actionPlanned(action);
}

void RotationWorker::fail(const QString &setName, const QString &path, const QString &error)
{
    ++m_totals.failures;
    // A failure is retried at every check; say it loudly once, then quietly until it changes.
    const QString key = path + QLatin1Char('\n') + error;
    if (m_reported.contains(key)) {
        qCDebug(lcRotation).noquote() << "still failing:" << error;
        return;
    }
    m_reported.insert(key);
    qCCritical(lcRotation).noquote() << error;
    emit failed(setName, path, error);
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

void RotationWorker::saveState()
{
    if (m_dryRun)
        return;
    QString error;
    if (!m_state.save(&error))
        fail(QString(), m_state.path(), error);
}

void RotationWorker::applyConfig(const Config &config)
{
    BusyScope busy(this);
    m_config = config;
    const QString statePath =
        config.stateFile.isEmpty() ? StateStore::defaultPath() : config.stateFile;
    if (statePath != m_state.path()) {
        m_state = StateStore(statePath);
        QString error;
        if (!m_state.load(&error))
            qCWarning(lcRotation).noquote() << error;
    }
    // Rotated files of sets that no longer exist are left alone.
    m_pending.erase(std::remove_if(m_pending.begin(), m_pending.end(),
                                   [this](const Pending &p) { return !findSet(p.setName); }),
                    m_pending.end());
    checkAll(false);
}

void RotationWorker::checkAll(bool force)
{
    BusyScope busy(this);
    for (const LogSetConfig &set : std::as_const(m_config.logSets)) {
        if (m_cancel.isCancelled())
            return;
        discoverLeftovers(set);
        checkSetNow(set, force);
        m_retentionDue.insert(set.name); // every poll, as well as after rotations
    }
    processPending(false);
    finishWork();
}

void RotationWorker::checkSet(const QString &setName, bool force)
{
    BusyScope busy(this);
    if (const LogSetConfig *set = findSet(setName))
        checkSetNow(*set, force);
    processPending(false);
    finishWork();
}

void RotationWorker::checkFile(const QString &setName, const QString &path)
{
    BusyScope busy(this);
    if (const LogSetConfig *set = findSet(setName)) {
        checkFileNow(*set, path, false);
        completeRotations();
    }
    processPending(false);
    finishWork();
}

void RotationWorker::checkSetNow(const LogSetConfig &set, bool force)
{
    QStringList files;
    if (!set.activeLog.isEmpty()) {
        files.append(joinPath(set.logDir, set.activeLog));
    } else {
        QDir dir(set.logDir);
        const QStringList names =
            dir.entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
        for (const QString &name : names) {
            if (ArchiveNaming::isLiveLogName(name, set.activeLog, set.patterns))
                files.append(joinPath(set.logDir, name));
        }
    }
    QStringList present;
    for (const QString &path : std::as_const(files)) {
        if (m_cancel.isCancelled())
            break;
        checkFileNow(set, path, force);
        struct stat st;
        if (lstatPath(path, &st) && S_ISREG(st.st_mode))
            present.append(path);
    }
    completeRotations();
    emit setScanned(set.name, present);
}

void RotationWorker::checkFileNow(const LogSetConfig &set, const QString &path, bool force)
{
    struct stat st;
    if (!lstatPath(path, &st)) {
        if (errno != ENOENT)
            fail(set.name, path,
                 QStringLiteral("%1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno))));
        return; // a log that does not exist yet is not an error
    }
    if (!S_ISREG(st.st_mode)) {
        fail(set.name, path,
             QStringLiteral("%1: %2; refused (Logkeeper rotates regular files only and never "
                            "follows symlinks)")
                 .arg(path, S_ISLNK(st.st_mode) ? QStringLiteral("is a symlink")
                                                : QStringLiteral("is not a regular file")));
        return;
    }

    const QDateTime now = QDateTime::currentDateTime();
    auto entry = m_state.entry(path);
    if (!entry || entry->inode != quint64(st.st_ino) || entry->device != quint64(st.st_dev)) {
        // First sight of this file (or a new file under the old name): its content counts
        // from now, or from its mtime if that is older.
        entry = StateStore::Entry{now, quint64(st.st_dev), quint64(st.st_ino)};
        if (!m_dryRun)
            m_state.setEntry(path, *entry);
    }
    const QDateTime modified =
        QDateTime::fromSecsSinceEpoch(st.st_mtim.tv_sec).addMSecs(st.st_mtim.tv_nsec / 1000000);
    RotationPolicy::Decision decision =
        RotationPolicy::evaluate(set, st.st_size, entry->contentSince, modified, now);
    if (force && st.st_size > 0)
        decision = {true, QStringLiteral("forced")};
    if (!decision.due) {
        qCDebug(lcRotation).noquote() << path << "not due:" << decision.reason;
        return;
    }
    rotate(set, path, decision.reason);
}

QString RotationWorker::stagingDirFor(const LogSetConfig &set) const
{
    // A rename keeps the content on the log's filesystem; it lands in the archive folder
    // directly when that is the same filesystem, otherwise it waits beside the log and is
    // copied across once compressed.
    if (set.strategy == RotationStrategy::Rename &&
        !PosixFile::sameFileSystem(set.logDir, set.archiveDir))
        return set.logDir;
    return set.archiveDir;
}

QString RotationWorker::archivePathFor(const LogSetConfig &set, const QString &rotatedPath) const
{
    const QString name = QFileInfo(rotatedPath).fileName();
    return joinPath(set.archiveDir, set.compress ? name + Codecs::extension(set.codec) : name);
}

QString RotationWorker::uniqueRotatedName(const LogSetConfig &set, const QString &activeName,
                                          const QString &stagingDir) const
{
    // Taken: a rotated file of that name waiting anywhere, or the archive it would become.
    // (Archives of other codecs may share the stem: they are other files and harmless.)
    const QDateTime at = QDateTime::currentDateTime();
    for (int sequence = 0;; ++sequence) {
        const QString name = ArchiveNaming::rotatedName(activeName, at, sequence);
        const QString rotatedPath = joinPath(stagingDir, name);
        struct stat st;
        if (!lstatPath(rotatedPath, &st) && !lstatPath(archivePathFor(set, rotatedPath), &st) &&
            (stagingDir == set.archiveDir || !lstatPath(joinPath(set.archiveDir, name), &st)))
            return name;
    }
}

void RotationWorker::rotate(const LogSetConfig &set, const QString &path, const QString &reason)
{
    if (!QFileInfo::exists(set.archiveDir) && !m_dryRun && !QDir().mkpath(set.archiveDir)) {
        fail(set.name, path,
             QStringLiteral("%1: cannot create archive folder %2").arg(path, set.archiveDir));
        return;
    }
    const QString stagingDir = m_dryRun ? set.archiveDir : stagingDirFor(set);
    const QString name = uniqueRotatedName(set, QFileInfo(path).fileName(), stagingDir);
    const QString rotatedPath = joinPath(stagingDir, name);
    const QString archivePath = archivePathFor(set, rotatedPath);

    if (m_dryRun) {
        plan(QStringLiteral("rotate %1 -> %2 (%3, %4)")
                 .arg(path, archivePath, reason,
                      set.strategy == RotationStrategy::Rename ? QStringLiteral("rename")
                                                               : QStringLiteral("copytruncate")));
        return;
    }

    // The folders are fsynced once for all rotations of this check (completeRotations()).
    const Rotator::Result r =
        set.strategy == RotationStrategy::Rename
            ? Rotator::renameAndRecreate(path, rotatedPath, PosixFile::FolderSync::Deferred)
            : Rotator::copyTruncate(path, rotatedPath);
    if (set.strategy == RotationStrategy::Rename)
        m_unsyncedFolders << QFileInfo(path).absolutePath() << stagingDir;
    if (!r.ok) {
        fail(set.name, path, QStringLiteral("rotation of %1 failed: %2").arg(path, r.error));
        return;
    }
    if (!r.error.isEmpty())
        qCWarning(lcRotation).noquote() << r.error;
    succeeded(path);
    ++m_totals.rotations;
    qCInfo(lcRotation).noquote() << QStringLiteral("Rotated log file %1 to %2 (%3; %4%5)")
                                        .arg(path, r.rotatedPath, sizeText(r.bytes), reason,
                                             r.collapsed ? QStringLiteral("; collapsed")
                                                         : QString());

    struct stat st;
    if (lstatPath(path, &st) && S_ISREG(st.st_mode))
        m_state.setEntry(path,
                         {QDateTime::currentDateTime(), quint64(st.st_dev), quint64(st.st_ino)});
    else
        m_state.remove(path);
    emit rotated(set.name, path, r.rotatedPath);
    m_rotations.append({set.name, path, r.rotatedPath, archivePath, r.bytes,
                        set.compress || stagingDir != set.archiveDir});
}

void RotationWorker::completeRotations()
{
    if (m_rotations.isEmpty())
        return;
    // Renamed away and recreated: durable before a hook tells a writer to use the new file.
    syncFolders(std::exchange(m_unsyncedFolders, {}), QString(), QStringLiteral("rotation"));
    const QVector<Rotation> rotations = std::exchange(m_rotations, {});
    for (const Rotation &rotation : rotations) {
        const LogSetConfig *set = findSet(rotation.setName);
        if (!set)
            continue;
        runHook(*set, rotation.activePath, rotation.archivePath);
        if (!rotation.needsArchiving) {
            ++m_totals.archives;
            emit archived(set->name, rotation.rotatedPath, rotation.bytes, rotation.bytes);
        } else {
            // With rename, a writer may still hold the old descriptor: compress once the file
            // has settled. Nobody writes to a copytruncate copy.
            m_pending.append({set->name, rotation.rotatedPath, rotation.activePath, rotation.bytes,
                              m_clock.elapsed(), set->strategy == RotationStrategy::CopyTruncate});
            startPendingTimer();
        }
        m_retentionDue.insert(set->name);
    }
}

bool RotationWorker::syncFolders(const QSet<QString> &folders, const QString &setName,
                                 const QString &afterWhat)
{
    bool ok = true;
    for (const QString &folder : folders) {
        if (const int err = PosixFile::syncFolder(folder)) {
            ok = false;
            fail(setName, folder,
                 QStringLiteral("%1: cannot make the %2 durable (fsync of the folder): %3")
                     .arg(folder, afterWhat, QString::fromLocal8Bit(std::strerror(err))));
        }
    }
    return ok;
}

void RotationWorker::startPendingTimer()
{
    if (!m_pendingTimer.isActive() && !m_pending.isEmpty())
        m_pendingTimer.start(
            int(std::clamp<qint64>(qint64(m_config.debounceSeconds * 250.0), 50, 1000)));
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
    saveState();
}

void RotationWorker::runHook(const LogSetConfig &set, const QString &activePath,
                             const QString &archivePath)
{
    if (set.postRotateHook.isEmpty())
        return;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LOGKEEPER_ACTIVE"), activePath);
    env.insert(QStringLiteral("LOGKEEPER_ARCHIVE"), archivePath);
    env.insert(QStringLiteral("LOGKEEPER_SET"), set.name);
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), set.postRotateHook});
    const bool finished = process.waitForFinished(60000);
    const QString output = QString::fromLocal8Bit(process.readAll()).trimmed();
    if (!finished) {
        process.kill();
        process.waitForFinished(1000);
        fail(set.name, activePath,
             QStringLiteral("post_rotate hook of set '%1' did not finish within 60 s; killed")
                 .arg(set.name));
    } else if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        fail(set.name, activePath,
             QStringLiteral("post_rotate hook of set '%1' failed (exit code %2)%3")
                 .arg(set.name)
                 .arg(process.exitCode())
                 .arg(output.isEmpty() ? QString() : QStringLiteral(": ") + output));
    } else if (!output.isEmpty()) {
        qCInfo(lcRotation).noquote() << "post_rotate hook:" << output;
    }
}

void RotationWorker::processPending(bool waitForAll)
{
    const qint64 settleMs = qint64(m_config.debounceSeconds * 1000.0);
    const qint64 started = m_clock.elapsed();
    const qint64 giveUpMs = settleMs + qint64(m_config.maxWaitSeconds * 1000.0);
    for (;;) {
        QVector<Pending> ready;
        for (int i = 0; i < m_pending.size() && !m_cancel.isCancelled();) {
            Pending &p = m_pending[i];
            struct stat st;
            if (!lstatPath(p.rotatedPath, &st) || !S_ISREG(st.st_mode)) {
                m_pending.removeAt(i); // gone (or replaced): nothing left to archive
                continue;
            }
            if (st.st_size != p.lastSize) {
                p.lastSize = st.st_size;
                p.stableSinceMs = m_clock.elapsed();
            }
            if (m_dryRun || p.settled || m_clock.elapsed() - p.stableSinceMs >= settleMs) {
                ready.append(p);
                m_pending.removeAt(i);
                continue;
            }
            ++i;
        }
        if (!ready.isEmpty() && !m_cancel.isCancelled())
            archiveBatch(ready);
        if (!waitForAll || m_pending.isEmpty() || m_cancel.isCancelled())
            break;
        if (m_clock.elapsed() - started > giveUpMs) {
            for (const Pending &p : std::as_const(m_pending))
                qCWarning(lcRotation).noquote()
                    << p.rotatedPath << "is still being written to; it will be compressed by a "
                    << "later run";
            break;
        }
        QThread::msleep(100);
    }
    if (waitForAll || m_pending.isEmpty())
        m_pendingTimer.stop();
    else
        startPendingTimer();
}

struct RotationWorker::ArchiveJob
{
    Pending pending;
    const LogSetConfig *set = nullptr;
    QString archivePath;
    Codec codec = Codec::None;
    qint64 size = 0;
    bool alreadyArchived = false; // a crash came between the archive's rename and the removal
    ArchiveCompressor::Staged staged;
    ArchiveCompressor::Result result; // ok: the archive is in place and its folder fsynced
};

void RotationWorker::archiveBatch(const QVector<Pending> &ready)
{
    std::vector<ArchiveJob> jobs;
    jobs.reserve(size_t(ready.size()));
    for (const Pending &pending : ready) {
        const LogSetConfig *set = findSet(pending.setName);
        if (!set)
            continue;
        ArchiveJob job;
        job.pending = pending;
        job.set = set;
        job.archivePath = archivePathFor(*set, pending.rotatedPath);
        if (m_dryRun) {
            plan(QStringLiteral("%1 %2 -> %3")
                     .arg(set->compress ? QStringLiteral("compress") : QStringLiteral("move"),
                          pending.rotatedPath, job.archivePath));
            continue;
        }
        if (!QFileInfo::exists(set->archiveDir) && !QDir().mkpath(set->archiveDir)) {
            fail(set->name, pending.rotatedPath,
                 QStringLiteral("%1: cannot create archive folder %2")
                     .arg(pending.rotatedPath, set->archiveDir));
            continue;
        }
        job.codec = set->archiveCodec();
        job.size = pending.lastSize;
        jobs.push_back(std::move(job));
    }
    // In chunks (each holds its temporary files open), and the archived sources removed after
    // at most batchBytes: all of a chunk's archives are durable and in place before any source
    // goes; removing them later than that, and many at once, costs only disk space.
    size_t begin = 0, unremoved = 0;
    qint64 unremovedBytes = 0;
    while (begin < jobs.size() && !m_cancel.isCancelled()) {
        size_t end = begin;
        qint64 bytes = 0;
        while (end < jobs.size() && end - begin < chunkFiles &&
               (end == begin || bytes + jobs[end].size <= batchBytes))
            bytes += jobs[end++].size;
        archiveChunk(jobs, begin, end);
        begin = end;
        unremovedBytes += bytes;
        if (unremovedBytes >= batchBytes) {
            removeArchivedSources(jobs, unremoved, end);
            unremoved = end;
            unremovedBytes = 0;
        }
    }
    removeArchivedSources(jobs, unremoved, begin);
}

void RotationWorker::archiveChunk(std::vector<ArchiveJob> &jobs, size_t begin, size_t end)
{
    // 1. Each archive written to a temporary file and verified against its source: small files
    // side by side, one per thread; large ones one after another, each on all cores.
    std::vector<std::function<void()>> tasks;
    for (size_t i = begin; i < end; ++i) {
        ArchiveJob *job = &jobs[i];
        auto work = [job, this] {
            struct stat st;
            if (lstatPath(job->archivePath, &st)) {
                // A crash came after the archive was in place but before its source went.
                job->alreadyArchived = ArchiveCompressor().holds(
                    job->archivePath, job->pending.rotatedPath, job->codec);
                if (job->alreadyArchived)
                    return;
            }
            job->staged = ArchiveCompressor().stage(job->pending.rotatedPath, job->archivePath,
                                                    job->codec, job->set->level, m_cancel);
        };
        if (job->size > smallFileBytes)
            work();
        else
            tasks.push_back(work);
    }
    runSideBySide(m_pool, tasks);
    QHash<dev_t, QVector<ArchiveJob *>> byFileSystem;
    for (size_t i = begin; i < end; ++i) {
        ArchiveJob &job = jobs[i];
        struct stat st;
        if (job.staged.ok() && ::fstat(job.staged.descriptor(), &st) == 0)
            byFileSystem[st.st_dev].append(&job);
        else if (!job.alreadyArchived && !job.staged.ok() && !m_cancel.isCancelled())
            fail(job.set->name, job.pending.rotatedPath,
                 QStringLiteral("archiving %1 failed: %2; the rotated file is kept and retried")
                     .arg(job.pending.rotatedPath, job.staged.result().error));
    }

    // 2. Durable: many small files with one syncfs() of their filesystem, which writes them and
    // their metadata out in one go (one journal commit) where an fsync each would commit the
    // journal once per file. Each file's own fsync follows in commit(): with nothing left to
    // write it returns at once, and it is what reports a write error of that very file.
    for (auto it = byFileSystem.begin(); it != byFileSystem.end(); ++it) {
        if (it->size() < syncfsFiles)
            continue;
        if (::syncfs(it->first()->staged.descriptor()) == 0)
            continue;
        const int err = errno;
        for (ArchiveJob *job : std::as_const(*it)) {
            fail(job->set->name, job->pending.rotatedPath,
                 QStringLiteral("archiving %1 failed: cannot write %2: %3; the rotated file is "
                                "kept and retried")
                     .arg(job->pending.rotatedPath, job->staged.temporaryPath(),
                          QString::fromLocal8Bit(std::strerror(err))));
            ArchiveCompressor::discard(job->staged);
        }
    }

    // 3. Each fsynced and renamed into place (never over an existing file), side by side; then
    // each archive folder fsynced once, before any of the chunk's sources may go.
    for (size_t i = begin; i < end; ++i) {
        ArchiveJob *job = &jobs[i];
        if (job->staged.ok())
            tasks.push_back([job] {
                job->result =
                    ArchiveCompressor::commit(job->staged, PosixFile::FolderSync::Deferred);
            });
    }
    runSideBySide(m_pool, tasks);
    QSet<QString> archiveFolders;
    for (size_t i = begin; i < end; ++i) {
        ArchiveJob &job = jobs[i];
        if (job.alreadyArchived || job.result.ok)
            archiveFolders.insert(QFileInfo(job.archivePath).absolutePath());
        else if (!job.result.error.isEmpty() && !m_cancel.isCancelled())
            fail(job.set->name, job.pending.rotatedPath,
                 QStringLiteral("archiving %1 failed: %2; the rotated file is kept and retried")
                     .arg(job.pending.rotatedPath, job.result.error));
    }
    if (!syncFolders(archiveFolders, QString(), QStringLiteral("new archives"))) {
        // Not known to be durable: every source stays; the next run finds both and checks.
        for (size_t i = begin; i < end; ++i) {
            jobs[i].alreadyArchived = false;
            jobs[i].result.ok = false;
        }
    }
}

void RotationWorker::removeArchivedSources(std::vector<ArchiveJob> &jobs, size_t begin, size_t end)
{
    // A late writer may have appended while we compressed: then the archive is incomplete and
    // goes again (the rotated file still has everything); the next settle check retries.
    QSet<QString> folders;
    for (size_t i = begin; i < end; ++i) {
        ArchiveJob &job = jobs[i];
        struct stat st;
        if (!job.result.ok || !lstatPath(job.pending.rotatedPath, &st) ||
            st.st_size == job.result.sourceBytes)
            continue;
        ::unlink(QFile::encodeName(job.result.archivePath).constData());
        folders.insert(QFileInfo(job.result.archivePath).absolutePath());
        job.result.ok = false;
        qCInfo(lcRotation).noquote()
            << job.pending.rotatedPath << "grew while being compressed; will compress it again";
        m_pending.append({job.pending.setName, job.pending.rotatedPath, job.pending.activePath,
                          qint64(st.st_size), m_clock.elapsed(), false});
    }

    // Removing a file can wait for the device (online discard, for one): side by side too.
    std::vector<int> errors(end - begin, 0);
    std::vector<std::function<void()>> tasks;
    for (size_t i = begin; i < end; ++i) {
        const ArchiveJob &job = jobs[i];
        if (!job.alreadyArchived && !job.result.ok)
            continue;
        folders.insert(QFileInfo(job.pending.rotatedPath).absolutePath());
        int *error = &errors[i - begin];
        const QByteArray source = QFile::encodeName(job.pending.rotatedPath);
        tasks.push_back([source, error] {
            if (::unlink(source.constData()) != 0 && errno != ENOENT)
                *error = errno;
        });
    }
    runSideBySide(m_pool, tasks);
    syncFolders(folders, QString(), QStringLiteral("removal of archived files"));

    for (size_t i = begin; i < end; ++i) {
        const ArchiveJob &job = jobs[i];
        if (!job.alreadyArchived && !job.result.ok)
            continue;
        const QString &source = job.pending.rotatedPath;
        if (const int err = errors[i - begin]) {
            qCWarning(lcRotation).noquote() << "archived, but cannot remove" << source << ":"
                                            << QString::fromLocal8Bit(std::strerror(err));
        } else if (job.alreadyArchived) {
            qCInfo(lcRotation).noquote()
                << QStringLiteral("removed %1: %2 already holds its content")
                       .arg(source, job.archivePath);
            continue;
        }
        const ArchiveCompressor::Result &r = job.result;
        succeeded(source);
        ++m_totals.archives;
        qCInfo(lcRotation).noquote()
            << QStringLiteral("%1 %2 to %3 (%4 -> %5, verified)")
                   .arg(job.set->compress ? QStringLiteral("Compressed") : QStringLiteral("Moved"),
                        source, r.archivePath, sizeText(r.sourceBytes), sizeText(r.archiveBytes));
        emit archived(job.set->name, r.archivePath, r.sourceBytes, r.archiveBytes);
        m_retentionDue.insert(job.set->name);
    }
}

void RotationWorker::discoverLeftovers(const LogSetConfig &set)
{
    // Like the seed script, create the archive folder up front: a permission problem shows
    // at start, not at the first rotation.
    if (!m_dryRun && !QFileInfo::exists(set.archiveDir) && !QDir().mkpath(set.archiveDir))
        fail(set.name, set.archiveDir,
             QStringLiteral("%1: cannot create the archive folder").arg(set.archiveDir));
    QStringList dirs{set.archiveDir};
    if (set.logDir != set.archiveDir)
        dirs.append(set.logDir);
    for (const QString &dirPath : std::as_const(dirs)) {
        const QDir dir(dirPath);
        const QStringList names = dir.entryList(QDir::Files | QDir::Hidden | QDir::NoSymLinks);
        for (const QString &name : names) {
            const QString path = joinPath(dirPath, name);
            if (name.startsWith(ArchiveNaming::temporaryPrefix())) {
                // Only this process writes these, one at a time, from this thread: any seen
                // between two operations was abandoned by a crash.
                if (m_dryRun) {
                    plan(QStringLiteral("remove leftover temporary file %1").arg(path));
                } else if (QFile::remove(path)) {
                    qCInfo(lcRotation).noquote() << "removed leftover temporary file" << path;
                }
                continue;
            }
            const bool ours =
                ArchiveNaming::isRotatedNameOf(name, ArchiveNaming::originalName(name), false) &&
                ArchiveNaming::isLiveLogName(ArchiveNaming::originalName(name), set.activeLog,
                                             set.patterns);
            const bool needsWork = set.compress || dirPath != set.archiveDir;
            if (!ours || !needsWork)
                continue;
            const bool known = std::any_of(m_pending.cbegin(), m_pending.cend(),
                                           [&](const Pending &p) { return p.rotatedPath == path; });
            if (known)
                continue;
            const QString activePath = joinPath(set.logDir, ArchiveNaming::originalName(name));
            if (set.strategy == RotationStrategy::CopyTruncate && startsWith(activePath, path)) {
                // A crash between putting the copy in place and removing its content from the
                // log: the log still holds every byte, so the copy goes, not the log's content.
                if (m_dryRun) {
                    plan(QStringLiteral("remove %1 (an interrupted copytruncate; %2 still holds "
                                        "its content)")
                             .arg(path, activePath));
                } else if (QFile::remove(path)) {
                    qCInfo(lcRotation).noquote()
                        << QStringLiteral("removed %1: an interrupted copytruncate, %2 still "
                                          "holds its content")
                               .arg(path, activePath);
                }
                continue;
            }
            qCInfo(lcRotation).noquote() << "found rotated file" << path << "not yet archived";
            m_pending.append({set.name, path, activePath, -1, m_clock.elapsed()});
        }
    }
}

void RotationWorker::applyRetention(const LogSetConfig &set)
{
    const QDir dir(set.archiveDir);
    if (!dir.exists())
        return;
    QVector<Retention::Archive> archives;
    const QFileInfoList entries = dir.entryInfoList(QDir::Files | QDir::Hidden | QDir::NoSymLinks);
    for (const QFileInfo &info : entries) {
        if (Retention::isCandidate(info.fileName(), set))
            archives.append({info.fileName(), info.size(), info.lastModified()});
    }
    const auto removals = Retention::select(archives, set, QDateTime::currentDateTime());
    if (removals.isEmpty())
        return;
    // Remove by name relative to the archive folder's descriptor, re-checking each entry
    // without following links: nothing outside the folder can be reached.
    const int dirFd =
        ::open(QFile::encodeName(set.archiveDir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd < 0) {
        fail(set.name, set.archiveDir,
             QStringLiteral("%1: cannot open for cleanup: %2")
                 .arg(set.archiveDir, QString::fromLocal8Bit(std::strerror(errno))));
        return;
    }
    for (const Retention::Removal &removal : removals) {
        const QString path = joinPath(set.archiveDir, removal.name);
        if (m_dryRun) {
            plan(QStringLiteral("remove %1 (%2)").arg(path, removal.reason));
            continue;
        }
        const QByteArray name = QFile::encodeName(removal.name);
        struct stat st;
        if (::fstatat(dirFd, name.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0 ||
            !S_ISREG(st.st_mode))
            continue;
        if (::unlinkat(dirFd, name.constData(), 0) != 0) {
            fail(set.name, path,
                 QStringLiteral("cannot remove archive %1: %2")
                     .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
            continue;
        }
        ++m_totals.removals;
        qCInfo(lcRetention).noquote()
            << QStringLiteral("Removed archived log: %1 (%2)").arg(path, removal.reason);
        emit archiveRemoved(set.name, path, removal.reason);
    }
    ::close(dirFd);
}

RotationWorker::Summary RotationWorker::runOnce(const Config &config, bool force, bool dryRun)
{
    m_dryRun = dryRun;
    m_totals = {};
    m_config = config;
    m_state = StateStore(config.stateFile.isEmpty() ? StateStore::defaultPath() : config.stateFile);
    QString error;
    if (!m_state.load(&error))
        qCWarning(lcRotation).noquote() << error;
    for (const LogSetConfig &set : std::as_const(m_config.logSets)) {
        discoverLeftovers(set);
        checkSetNow(set, force);
    }
    processPending(true);
    for (const LogSetConfig &set : std::as_const(m_config.logSets))
        m_retentionDue.insert(set.name);
    finishWork();
    m_dryRun = false;
    return m_totals;
}

} // namespace Logkeeper
