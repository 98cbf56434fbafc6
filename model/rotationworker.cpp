#include "rotationworker.h"

#include "archivecompressor.h"
#include "archivenaming.h"
#include "codecs.h"
#include "logcategories.h"
#include "retention.h"
#include "rotationpolicy.h"
#include "rotator.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QThread>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace {

QString joinPath(const QString &dir, const QString &name)
{
    return dir + QLatin1Char('/') + name;
}

bool lstatPath(const QString &path, struct stat *st)
{
    return ::lstat(QFile::encodeName(path).constData(), st) == 0;
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

RotationWorker::RotationWorker(QObject *parent) : QObject(parent), m_pendingTimer(this)
{
    m_clock.start();
    m_pendingTimer.setTimerType(Qt::CoarseTimer);
    connect(&m_pendingTimer, &QTimer::timeout, this, [this] {
        BusyScope busy(this); // compressing is work too: the tray shows it
        processPending(false);
        finishWork();
    });
}

void RotationWorker::requestStop()
{
    m_stop = true;
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
    qCInfo(lcRotation).noquote() << "dry run:" << action;
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
        if (m_stop)
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
    finishWork();
}

void RotationWorker::checkFile(const QString &setName, const QString &path)
{
    BusyScope busy(this);
    if (const LogSetConfig *set = findSet(setName))
        checkFileNow(*set, path, false);
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
        if (m_stop)
            break;
        checkFileNow(set, path, force);
        struct stat st;
        if (lstatPath(path, &st) && S_ISREG(st.st_mode))
            present.append(path);
    }
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
        !Rotator::sameFileSystem(set.logDir, set.archiveDir))
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
    const QDateTime at = QDateTime::currentDateTime();
    for (int sequence = 0;; ++sequence) {
        const QString name = ArchiveNaming::rotatedName(activeName, at, sequence);
        bool taken = false;
        for (const QString &dir : {stagingDir, set.archiveDir}) {
            struct stat st;
            taken = taken || lstatPath(joinPath(dir, name), &st);
            for (const QString &codec : Codecs::known())
                taken = taken || lstatPath(joinPath(dir, name + Codecs::extension(codec)), &st);
        }
        if (!taken)
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

    const Rotator::Result r = set.strategy == RotationStrategy::Rename
                                  ? Rotator::renameAndRecreate(path, rotatedPath)
                                  : Rotator::copyTruncate(path, rotatedPath);
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

    runHook(set, path, archivePath);

    const bool needsFinal = set.compress || stagingDir != set.archiveDir;
    if (!needsFinal) {
        ++m_totals.archives;
        emit archived(set.name, r.rotatedPath, r.bytes, r.bytes);
    } else if (set.strategy == RotationStrategy::CopyTruncate) {
        finalize({set.name, r.rotatedPath, path, -1, 0}); // nobody writes to a copy
    } else {
        // A writer may still hold the old descriptor: compress once the file has settled.
        m_pending.append({set.name, r.rotatedPath, path, r.bytes, m_clock.elapsed()});
        startPendingTimer();
    }
    m_retentionDue.insert(set.name);
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
        for (int i = 0; i < m_pending.size() && !m_stop;) {
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
            if (m_dryRun || m_clock.elapsed() - p.stableSinceMs >= settleMs) {
                const Pending done = p;
                m_pending.removeAt(i);
                if (!finalize(done) && m_pending.isEmpty())
                    break;
                continue;
            }
            ++i;
        }
        if (!waitForAll || m_pending.isEmpty() || m_stop)
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

bool RotationWorker::finalize(const Pending &pending)
{
    const LogSetConfig *set = findSet(pending.setName);
    if (!set)
        return false;
    const QString archivePath = archivePathFor(*set, pending.rotatedPath);
    if (m_dryRun) {
        plan(QStringLiteral("%1 %2 -> %3")
                 .arg(set->compress ? QStringLiteral("compress") : QStringLiteral("move"),
                      pending.rotatedPath, archivePath));
        return true;
    }
    if (!QFileInfo::exists(set->archiveDir) && !QDir().mkpath(set->archiveDir)) {
        fail(set->name, pending.rotatedPath,
             QStringLiteral("%1: cannot create archive folder %2")
                 .arg(pending.rotatedPath, set->archiveDir));
        return false;
    }
    const QString codec = set->compress ? set->codec : QStringLiteral("none");
    if (QFileInfo::exists(archivePath) &&
        ArchiveCompressor::holds(archivePath, pending.rotatedPath, codec)) {
        // A crash came after the archive was in place but before its source was removed.
        if (QFile::remove(pending.rotatedPath))
            qCInfo(lcRotation).noquote()
                << QStringLiteral("removed %1: %2 already holds its content")
                       .arg(pending.rotatedPath, archivePath);
        return true;
    }
    const ArchiveCompressor::Result r =
        ArchiveCompressor::compress(pending.rotatedPath, archivePath, codec, set->level, &m_stop);
    if (!r.ok) {
        if (!m_stop)
            fail(set->name, pending.rotatedPath,
                 QStringLiteral("archiving %1 failed: %2; the rotated file is kept and retried")
                     .arg(pending.rotatedPath, r.error));
        return false;
    }
    // A late writer may have appended while we compressed: then the archive is incomplete and
    // goes again (the rotated file still has everything); the next settle check retries.
    struct stat st;
    if (lstatPath(pending.rotatedPath, &st) && st.st_size != r.sourceBytes) {
        ::unlink(QFile::encodeName(r.archivePath).constData());
        qCInfo(lcRotation).noquote()
            << pending.rotatedPath << "grew while being compressed; will compress it again";
        m_pending.append({pending.setName, pending.rotatedPath, pending.activePath,
                          qint64(st.st_size), m_clock.elapsed()});
        return false;
    }
    if (::unlink(QFile::encodeName(pending.rotatedPath).constData()) != 0 && errno != ENOENT)
        qCWarning(lcRotation).noquote() << "archived, but cannot remove" << pending.rotatedPath
                                        << ":" << QString::fromLocal8Bit(std::strerror(errno));
    Rotator::syncParentFolder(pending.rotatedPath);
    succeeded(pending.rotatedPath);
    ++m_totals.archives;
    qCInfo(lcRotation).noquote() << QStringLiteral("%1 %2 to %3 (%4 -> %5, verified)")
                                        .arg(set->compress ? QStringLiteral("Compressed")
                                                           : QStringLiteral("Moved"),
                                             pending.rotatedPath, r.archivePath,
                                             sizeText(r.sourceBytes), sizeText(r.archiveBytes));
    emit archived(set->name, r.archivePath, r.sourceBytes, r.archiveBytes);
    m_retentionDue.insert(set->name);
    return true;
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
            if (name.startsWith(ArchiveCompressor::temporaryPrefix())) {
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
