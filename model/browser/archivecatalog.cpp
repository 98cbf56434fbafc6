// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "browser/archivecatalog.h"

#include "browser/archivesizeprobe.h"
#include "core/archivenaming.h"
#include "core/codecs.h"

#include <QDir>
#include <QFile>

#include <sys/stat.h>

namespace Logkeeper {

namespace {

// Which of the sets sharing a folder an archive belongs to: the one whose logs have its
// original name, else the first (an archive the old script left belongs to the folder's set).
const LogSetConfig *setOf(const QString &originalName, const QVector<LogSetConfig> &sets)
{
    for (const LogSetConfig &set : sets) {
        if (ArchiveNaming::isLiveLogName(originalName, set.activeLog, set.patterns))
            return &set;
    }
    return sets.isEmpty() ? nullptr : &sets.first();
}

// The set an entry belongs to, and whether it still waits for compression: an uncompressed
// rotated file is an archive only in a set that keeps rotated files as they are.
void assignSet(ArchiveEntry &e, const QVector<LogSetConfig> &sets)
{
    const LogSetConfig *set = setOf(e.originalName, sets);
    e.setName = set ? set->name : QString();
    e.pending = set && set->compress && e.codec.isEmpty();
}

bool differs(const ArchiveEntry &a, const ArchiveEntry &b)
{
    return !a.sameFileAs(b) || a.setName != b.setName || a.size != b.size ||
           a.sizeError != b.sizeError || a.rotatedAt != b.rotatedAt || a.pending != b.pending;
}

QString folderOf(const QString &path)
{
    return path.left(path.lastIndexOf(QLatin1Char('/')));
}

} // namespace

ArchiveCatalog::ArchiveCatalog(QObject *parent, const QString &sizeCacheFile)
    : QObject(parent), m_probe(new ArchiveSizeProbe(sizeCacheFile, this))
{
    qRegisterMetaType<ArchiveEntry>();
    qRegisterMetaType<QVector<ArchiveEntry>>();

    connect(&m_watcher, &LogWatcher::directoryChanged, this, [this](const QString &dir) {
        if (m_setsOfDir.contains(dir))
            requestScan(dir);
    });
    connect(&m_watcher, &LogWatcher::pollDue, this, &ArchiveCatalog::rescan);
    connect(m_probe, &ArchiveSizeProbe::sizeCounted, this, &ArchiveCatalog::onSizeCounted);
    connect(m_probe, &ArchiveSizeProbe::sizeFailed, this, &ArchiveCatalog::onSizeFailed);
}

ArchiveCatalog::~ArchiveCatalog()
{
    // A listing in progress ends (it reads the probe); its result is never applied.
    for (const WorkPool::Handle &listing : std::as_const(m_listings))
        listing.cancelAndWait();
    delete m_probe; // stops counting while this object is still whole
    m_probe = nullptr;
}

void ArchiveCatalog::setConfig(const Config &config)
{
    ++m_generation; // listings started under the old config are stale
    QHash<QString, QVector<LogSetConfig>> setsOfDir;
    QStringList dirs, names;
    for (const LogSetConfig &set : config.logSets) {
        names.append(set.name);
        if (set.archiveDir.isEmpty())
            continue;
        if (!setsOfDir.contains(set.archiveDir))
            dirs.append(set.archiveDir);
        setsOfDir[set.archiveDir].append(set);
    }

    for (auto it = m_byDir.begin(); it != m_byDir.end();) {
        if (setsOfDir.contains(it.key())) {
            ++it;
            continue;
        }
        const QStringList gone = it->keys();
        for (const QString &path : gone)
            m_probe->forget(path);
        it = m_byDir.erase(it);
        if (!gone.isEmpty())
            emit removed(gone);
    }
    m_setsOfDir = setsOfDir;
    m_dirs = dirs;
    m_watcher.setPollInterval(int(qBound(0.1, config.pollIntervalSeconds, 86400.0) * 1000));
    m_watcher.setDirectories(m_dirs);
    if (names != m_setNames) {
        m_setNames = names;
        emit setNamesChanged(m_setNames);
    }
    for (const QString &dir : std::as_const(m_dirs))
        requestScan(dir);
}

void ArchiveCatalog::rescan()
{
    m_watcher.setDirectories(m_dirs); // a folder created since is watched from now on
    for (const QString &dir : std::as_const(m_dirs))
        requestScan(dir);
}

QVector<ArchiveEntry> ArchiveCatalog::entries() const
{
    QVector<ArchiveEntry> all;
    for (const auto &dir : m_byDir) {
        for (const ArchiveEntry &entry : dir)
            all.append(entry);
    }
    return all;
}

void ArchiveCatalog::requestScan(const QString &dir)
{
    if (m_scanning.contains(dir)) {
        m_dirty.insert(dir); // listed again once the listing in progress is in
        return;
    }
    const bool wasScanning = isScanning();
    m_scanning.insert(dir);
    const QVector<LogSetConfig> sets = m_setsOfDir.value(dir);
    const quint64 generation = m_generation;
    const ArchiveSizeProbe *probe = m_probe;
    const QHash<QString, ArchiveEntry> known = m_byDir.value(dir); // shared, read-only there
    m_listings.insert(
        dir,
        WorkPool::start([this, dir, sets, known, generation, probe](const CancelToken &cancel) {
            const QVector<ArchiveEntry> found = listFolder(dir, sets, known, probe);
            if (cancel.isCancelled())
                return;
            // Queued to this object: dropped if it is gone by then (it waits for this job).
            QMetaObject::invokeMethod(
                this, [this, dir, generation, found] { applyScan(dir, generation, found); },
                Qt::QueuedConnection);
        }));
    if (!wasScanning)
        emit scanningChanged(true);
}

QVector<ArchiveEntry> ArchiveCatalog::listFolder(const QString &dir,
                                                 const QVector<LogSetConfig> &sets,
                                                 const QHash<QString, ArchiveEntry> &known,
                                                 const ArchiveSizeProbe *probe)
{
    QVector<ArchiveEntry> found;
    const QStringList names = QDir(dir).entryList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::NoSort);
    const QString temporary = ArchiveNaming::temporaryPrefix();
    for (const QString &name : names) {
        if (name.startsWith(temporary) || !ArchiveNaming::looksRotated(name))
            continue;
        ArchiveEntry e;
        e.path = dir + QLatin1Char('/') + name;
        struct stat st;
        // lstat: a symlink is never an archive, whatever it points to.
        if (::lstat(QFile::encodeName(e.path).constData(), &st) != 0 || !S_ISREG(st.st_mode))
            continue;
        e.compressedSize = st.st_size;
        e.mtimeNs = qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
        e.inode = st.st_ino;
        // An unchanged file keeps what was found out about it: a folder of thousands is listed
        // again at every change in it, and parsing dates is what listing costs most.
        const auto old = known.constFind(e.path);
        if (old != known.cend() && old->sameFileAs(e)) {
            ArchiveEntry same = *old;
            assignSet(same, sets);
            if (!same.sizeKnown() && same.sizeError.isEmpty())
                same.size = probe->cheapSize(same);
            found.append(same);
            continue;
        }
        e.fileName = name;
        e.originalName = ArchiveNaming::originalName(name);
        e.codec = Codecs::fromFileName(name);
        assignSet(e, sets);
        e.rotatedAt = ArchiveNaming::rotatedAt(name);
        if (!e.rotatedAt.isValid())
            e.rotatedAt = QDateTime::fromMSecsSinceEpoch(e.mtimeNs / 1000000);
        e.size = probe->cheapSize(e);
        found.append(e);
    }
    return found;
}

void ArchiveCatalog::applyScan(const QString &dir, quint64 generation,
                               const QVector<ArchiveEntry> &found)
{
    m_scanning.remove(dir);
    m_listings.remove(dir);
    if (generation == m_generation && m_setsOfDir.contains(dir)) {
        QHash<QString, ArchiveEntry> &known = m_byDir[dir];
        QHash<QString, ArchiveEntry> next;
        next.reserve(found.size());
        QVector<ArchiveEntry> added, updated;
        for (ArchiveEntry e : found) {
            const auto old = known.constFind(e.path);
            if (old == known.cend()) {
                added.append(e);
            } else {
                if (!e.sizeKnown() && old->sameFileAs(e)) { // counted (or failed) already
                    e.size = old->size;
                    e.sizeError = old->sizeError;
                }
                if (differs(*old, e))
                    updated.append(e);
            }
            next.insert(e.path, e);
        }
        QStringList removed;
        for (auto it = known.cbegin(); it != known.cend(); ++it) {
            if (!next.contains(it.key()))
                removed.append(it.key());
        }
        // Count what is new, or has changed since it was queued; unchanged ones stay queued.
        for (const ArchiveEntry &e : std::as_const(added)) {
            if (!e.sizeKnown())
                m_probe->count(e);
        }
        for (const ArchiveEntry &e : std::as_const(updated)) {
            if (!e.sizeKnown() && !known.value(e.path).sameFileAs(e))
                m_probe->count(e);
        }
        for (const QString &path : std::as_const(removed))
            m_probe->forget(path);
        known = next;
        if (!removed.isEmpty())
            emit this->removed(removed);
        if (!added.isEmpty())
            emit this->added(added);
        if (!updated.isEmpty())
            emit this->updated(updated);
        // A folder deleted and created again needs its watch back.
        m_watcher.setDirectories(m_dirs);
    }
    if (m_dirty.remove(dir) && m_setsOfDir.contains(dir))
        requestScan(dir);
    emit scanned(dir);
    if (!isScanning())
        emit scanningChanged(false);
}

void ArchiveCatalog::onSizeCounted(const ArchiveEntry &counted)
{
    auto dir = m_byDir.find(folderOf(counted.path));
    if (dir == m_byDir.end())
        return;
    auto it = dir->find(counted.path);
    if (it == dir->end() || !it->sameFileAs(counted))
        return; // removed or replaced meanwhile: the newer file has its own count coming
    it->size = counted.size;
    it->sizeError.clear();
    emit updated({*it});
}

void ArchiveCatalog::onSizeFailed(const ArchiveEntry &entry, const QString &error)
{
    auto dir = m_byDir.find(folderOf(entry.path));
    if (dir == m_byDir.end())
        return;
    auto it = dir->find(entry.path);
    if (it == dir->end() || !it->sameFileAs(entry))
        return;
    it->sizeError = error;
    emit updated({*it});
}

} // namespace Logkeeper
