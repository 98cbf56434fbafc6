// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "browser/archivecatalog.h"

#include "browser/archiveexpiries.h"
#include "browser/archivesizeprobe.h"
#include "core/archivenaming.h"
#include "core/codecs.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <limits>

#include <sys/stat.h>

namespace Logkeeper {

namespace {

bool differs(const ArchiveEntry &a, const ArchiveEntry &b)
{
    return !a.sameFileAs(b) || a.setName != b.setName || a.size != b.size ||
           a.sizeError != b.sizeError || a.rotatedAt != b.rotatedAt || a.pending != b.pending ||
           a.originalName != b.originalName || a.logPath != b.logPath || a.staged != b.staged ||
           a.rotationOrder != b.rotationOrder || a.expiry != b.expiry;
}

QString folderOf(const QString &path)
{
    return path.left(path.lastIndexOf(QLatin1Char('/')));
}

bool sameRoles(const QVector<ArchiveFolders::Role> &a, const QVector<ArchiveFolders::Role> &b)
{
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i) {
        if (a[i].set != b[i].set || a[i].logFolder != b[i].logFolder ||
            a[i].archives != b[i].archives || a[i].staging != b[i].staging)
            return false;
    }
    return true;
}

// Whether a set finds the same log folders below log_dir as before.
bool sameSpan(const LogSetConfig &a, const LogSetConfig &b)
{
    return a.logDir == b.logDir && a.patterns == b.patterns && a.activeLog == b.activeLog;
}

// Orders one set's rotations (ArchiveEntry::rotationOrder): by time, and the rotations of one
// log in its naming's order, their times made to agree where they do not (numbered names carry
// no time, and the mtimes they are shown with may disagree with the numbers).
void orderRotations(const QVector<ArchiveEntry *> &entries, const LogSetConfig &set)
{
    QVector<ArchiveNaming::Parsed> parsed(entries.size());
    QHash<QString, QVector<int>> perLog;
    for (int i = 0; i < entries.size(); ++i) {
        parsed[i] = ArchiveNaming::parse(set.naming, entries[i]->fileName);
        perLog[entries[i]->logPath].append(i);
    }
    for (QVector<int> &log : perLog) {
        std::stable_sort(log.begin(), log.end(), [&](int a, int b) {
            if (ArchiveNaming::rotatedBefore(set.naming, parsed[a], parsed[b]))
                return true;
            if (ArchiveNaming::rotatedBefore(set.naming, parsed[b], parsed[a]))
                return false;
            return entries[a]->rotatedAt < entries[b]->rotatedAt;
        });
        // Newest first, a rotation is never later than the one after it: the newer ones' times
        // are the likelier true (an old file is the one compressed or copied later).
        QVector<qint64> at(log.size());
        qint64 earliest = std::numeric_limits<qint64>::max();
        for (int k = int(log.size()) - 1; k >= 0; --k) {
            earliest = qMin(earliest, entries[log[k]]->rotatedAt.toMSecsSinceEpoch());
            at[k] = earliest;
        }
        int tie = 0;
        for (int k = 0; k < log.size(); ++k) {
            tie = k > 0 && at[k] == at[k - 1] ? tie + 1 : 0;
            entries[log[k]]->rotationOrder = at[k] * 1024 + qMin(tie, 1023);
        }
    }
}

} // namespace

ArchiveCatalog::ArchiveCatalog(QObject *parent, const QString &sizeCacheFile)
    : QObject(parent), m_probe(new ArchiveSizeProbe(sizeCacheFile, this))
{
    qRegisterMetaType<ArchiveEntry>();
    qRegisterMetaType<QVector<ArchiveEntry>>();

    connect(&m_watcher, &LogWatcher::directoryChanged, this, [this](const QString &dir) {
        if (m_folders.contains(dir))
            requestScan(dir);
        if (m_folders.roots().contains(dir))
            requestFind();
        // A folder made in this one (an archive folder created at the first rotation) is
        // listed at once: its first archive may come before its watch.
        const QStringList watchedList = m_watcher.watchedDirectories();
        const QSet<QString> watched(watchedList.cbegin(), watchedList.cend());
        for (const QString &folder : m_folders.folders()) {
            if (folderOf(folder) == dir && !watched.contains(folder))
                requestScan(folder);
        }
    });
    connect(&m_watcher, &LogWatcher::pollDue, this, &ArchiveCatalog::rescan);
    connect(m_probe, &ArchiveSizeProbe::sizeCounted, this, &ArchiveCatalog::onSizeCounted);
    connect(m_probe, &ArchiveSizeProbe::sizeFailed, this, &ArchiveCatalog::onSizeFailed);
    m_expiryCheck.setSingleShot(true);
    connect(&m_expiryCheck, &QTimer::timeout, this, [this] {
        QSet<QString> all(m_setNames.cbegin(), m_setNames.cend());
        const QVector<ArchiveEntry> changed = derive(all);
        if (!changed.isEmpty())
            emit updated(changed);
    });
}

ArchiveCatalog::~ArchiveCatalog()
{
    // A listing in progress ends (it reads the probe); its result is never applied.
    for (const WorkPool::Handle &listing : std::as_const(m_listings))
        listing.cancelAndWait();
    m_findJob.cancelAndWait();
    delete m_probe; // stops counting while this object is still whole
    m_probe = nullptr;
}

void ArchiveCatalog::setConfig(const Config &config)
{
    ++m_generation; // listings started under the old config are stale
    QStringList names;
    for (const LogSetConfig &set : config.logSets)
        names.append(set.name);

    // Log folders found for a set stay while its log_dir and patterns do: no flicker of its
    // archives until the next search says otherwise.
    ArchiveFolders::Found kept;
    bool spans = false;
    for (const LogSetConfig &set : config.logSets) {
        if (!set.spansFolders())
            continue;
        spans = true;
        for (const LogSetConfig &old : std::as_const(m_sets)) {
            if (old.name == set.name && sameSpan(old, set) && m_found.logFolders.contains(set.name))
                kept.logFolders.insert(set.name, m_found.logFolders.value(set.name));
        }
    }
    for (const QString &root : std::as_const(m_found.roots)) {
        for (const LogSetConfig &set : config.logSets) {
            if (kept.logFolders.contains(set.name) &&
                root.startsWith(set.logDir + QLatin1Char('/'))) {
                kept.roots.append(root);
                break;
            }
        }
    }
    m_found = kept;
    m_sets = config.logSets;
    m_watcher.setPollInterval(int(qBound(0.1, config.pollIntervalSeconds, 86400.0) * 1000));
    if (names != m_setNames) {
        m_setNames = names;
        emit setNamesChanged(m_setNames);
    }
    applyFolders(ArchiveFolders::build(m_sets, m_found), true);
    if (spans)
        requestFind();
}

void ArchiveCatalog::rescan()
{
    watchFolders(); // a folder created since is watched from now on
    for (const QString &dir : m_folders.folders())
        requestScan(dir);
    requestFind();
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

void ArchiveCatalog::watchFolders()
{
    // Only folders that exist: most archive folders of log folders below log_dir, and log
    // folders of a missing log_dir, may never be made. One that is made shows in its parent's
    // watch (directoryChanged) or at the poll.
    QStringList dirs;
    for (const QStringList &list : {m_folders.folders(), m_folders.roots()}) {
        for (const QString &dir : list) {
            if (!dirs.contains(dir) && QFileInfo(dir).isDir())
                dirs.append(dir);
        }
    }
    m_watcher.setDirectories(dirs);
}

void ArchiveCatalog::applyFolders(const ArchiveFolders &folders, bool reclassify)
{
    const ArchiveFolders old = m_folders;
    m_folders = folders;
    QSet<QString> touched; // sets whose archives changed
    QStringList gone;
    QHash<QString, ArchiveEntry> changed;
    for (auto it = m_byDir.begin(); it != m_byDir.end();) {
        const bool kept = m_folders.contains(it.key());
        const QVector<ArchiveFolders::Role> roles = m_folders.rolesOf(it.key());
        for (auto e = it->begin(); e != it->end();) {
            touched.insert(e->setName);
            // What the name says under the new config: at once, not only once listed again.
            ArchiveEntry now = *e;
            if (kept && (!reclassify || classify(e->fileName, roles, m_sets, &now))) {
                if (differs(*e, now)) {
                    *e = now;
                    changed.insert(e->path, now);
                }
                touched.insert(e->setName);
                ++e;
                continue;
            }
            gone.append(e->path);
            m_probe->forget(e->path);
            e = it->erase(e);
        }
        it = kept ? std::next(it) : m_byDir.erase(it);
    }
    if (!gone.isEmpty())
        emit removed(gone);
    for (const ArchiveEntry &e : derive(touched))
        changed.insert(e.path, e);
    if (!changed.isEmpty())
        emit updated(changed.values().toVector());
    watchFolders();
    for (const QString &dir : m_folders.folders()) {
        if (reclassify || !old.contains(dir) ||
            !sameRoles(old.rolesOf(dir), m_folders.rolesOf(dir)))
            requestScan(dir);
    }
}

void ArchiveCatalog::requestFind()
{
    bool spans = false;
    for (const LogSetConfig &set : std::as_const(m_sets))
        spans = spans || set.spansFolders();
    if (!spans)
        return;
    if (m_finding) {
        m_findAgain = true; // once the search in progress is in
        return;
    }
    m_finding = true;
    const QVector<LogSetConfig> sets = m_sets;
    const quint64 generation = m_generation;
    m_findJob = WorkPool::start([this, sets, generation](const CancelToken &cancel) {
        const ArchiveFolders::Found found = ArchiveFolders::find(sets);
        if (cancel.isCancelled())
            return;
        QMetaObject::invokeMethod(
            this, [this, generation, found] { applyFound(generation, found); },
            Qt::QueuedConnection);
    });
    updateScanning();
}

void ArchiveCatalog::applyFound(quint64 generation, const ArchiveFolders::Found &found)
{
    m_finding = false;
    if (generation == m_generation) {
        m_found = found;
        applyFolders(ArchiveFolders::build(m_sets, m_found), false);
    } else {
        m_findAgain = true; // searched for the old config's sets
    }
    if (m_findAgain) {
        m_findAgain = false;
        requestFind();
    }
    updateScanning();
}

void ArchiveCatalog::updateScanning()
{
    if (isScanning() == m_reportedScanning)
        return;
    m_reportedScanning = isScanning();
    emit scanningChanged(m_reportedScanning);
}

void ArchiveCatalog::requestScan(const QString &dir)
{
    if (m_scanning.contains(dir)) {
        m_dirty.insert(dir); // listed again once the listing in progress is in
        return;
    }
    m_scanning.insert(dir);
    const QVector<ArchiveFolders::Role> roles = m_folders.rolesOf(dir);
    const QVector<LogSetConfig> sets = m_sets;
    const quint64 generation = m_generation;
    const ArchiveSizeProbe *probe = m_probe;
    const QHash<QString, ArchiveEntry> known = m_byDir.value(dir); // shared, read-only there
    m_listings.insert(
        dir, WorkPool::start([this, dir, roles, sets, known, generation,
                              probe](const CancelToken &cancel) {
            const QVector<ArchiveEntry> found = listFolder(dir, roles, sets, known, probe);
            if (cancel.isCancelled())
                return;
            // Queued to this object: dropped if it is gone by then (it waits for
            // this job).
            QMetaObject::invokeMethod(
                this, [this, dir, generation, found] { applyScan(dir, generation, found); },
                Qt::QueuedConnection);
        }));
    updateScanning();
}

bool ArchiveCatalog::classify(const QString &name, const QVector<ArchiveFolders::Role> &roles,
                              const QVector<LogSetConfig> &sets, ArchiveEntry *e)
{
    if (name.startsWith(ArchiveNaming::temporaryPrefix()))
        return false;
    // The first set (in config order) whose archive, or rotated file waiting, it is, by the rule
    // retention goes by.
    for (const ArchiveFolders::Role &role : roles) {
        const LogSetConfig &set = sets[role.set];
        if (!ArchiveNaming::isArchiveOf(set.naming, name, set.activeLog, set.patterns))
            continue;
        const ArchiveNaming::Parsed parsed = ArchiveNaming::parse(set.naming, name);
        // Beside a log whose archives go elsewhere, only what still has to go there.
        if (role.staging && parsed.codec != Codec::None)
            continue;
        e->fileName = name;
        // Below log_dir, the log's folder too: nginx's access.log is not apache's.
        e->originalName = role.logFolder == set.logDir
                              ? parsed.originalName
                              : QDir(set.logDir).relativeFilePath(role.logFolder) +
                                    QLatin1Char('/') + parsed.originalName;
        e->codec = Codecs::fromFileName(name);
        e->setName = set.name;
        e->logPath = role.logFolder + QLatin1Char('/') + parsed.originalName;
        e->staged = role.staging;
        e->pending = e->staged || (set.compress && e->codec == Codec::None);
        // From the name; the caller puts the file's mtime where the name holds no time.
        e->rotatedAt = parsed.rotatedAt;
        if (!e->rotatedAt.isValid() && e->mtimeNs != 0)
            e->rotatedAt = QDateTime::fromMSecsSinceEpoch(e->mtimeNs / 1000000);
        return true;
    }
    return false;
}

QVector<ArchiveEntry> ArchiveCatalog::listFolder(const QString &dir,
                                                 const QVector<ArchiveFolders::Role> &roles,
                                                 const QVector<LogSetConfig> &sets,
                                                 const QHash<QString, ArchiveEntry> &known,
                                                 const ArchiveSizeProbe *probe)
{
    QVector<ArchiveEntry> found;
    const QStringList names = QDir(dir).entryList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::NoSort);
    for (const QString &name : names) {
        ArchiveEntry e;
        e.path = dir + QLatin1Char('/') + name;
        if (!classify(name, roles, sets, &e))
            continue;
        struct stat st;
        // lstat: a symlink is never an archive, whatever it points to.
        if (::lstat(QFile::encodeName(e.path).constData(), &st) != 0 || !S_ISREG(st.st_mode))
            continue;
        e.compressedSize = st.st_size;
        e.mtimeNs = qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
        e.inode = st.st_ino;
        if (!e.rotatedAt.isValid())
            e.rotatedAt = QDateTime::fromMSecsSinceEpoch(e.mtimeNs / 1000000);
        // An unchanged file keeps what was found out about it: its size, counted or not, and
        // what was derived from the others.
        const auto old = known.constFind(e.path);
        if (old != known.cend() && old->sameFileAs(e)) {
            e.size = old->size;
            e.sizeError = old->sizeError;
            e.rotationOrder = old->rotationOrder;
            e.expiry = old->expiry;
        }
        if (!e.sizeKnown() && e.sizeError.isEmpty())
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
    if (generation == m_generation && m_folders.contains(dir)) {
        const QHash<QString, ArchiveEntry> known = m_byDir.value(dir);
        QHash<QString, ArchiveEntry> &next = m_byDir[dir];
        next.clear();
        next.reserve(found.size());
        QSet<QString> sets; // whose order and expiries may change
        for (const ArchiveFolders::Role &role : m_folders.rolesOf(dir))
            sets.insert(m_sets.value(role.set).name);
        for (ArchiveEntry e : found) {
            const auto old = known.constFind(e.path);
            if (!e.sizeKnown() && old != known.cend() && old->sameFileAs(e)) {
                e.size = old->size; // counted (or failed) meanwhile
                e.sizeError = old->sizeError;
            }
            next.insert(e.path, e);
        }
        QStringList removed;
        for (auto it = known.cbegin(); it != known.cend(); ++it) {
            sets.insert(it->setName);
            if (!next.contains(it.key()))
                removed.append(it.key());
        }
        QVector<ArchiveEntry> updated = derive(sets, dir);
        QVector<ArchiveEntry> added;
        for (const ArchiveEntry &e : std::as_const(next)) {
            const auto old = known.constFind(e.path);
            if (old == known.cend())
                added.append(e);
            else if (differs(*old, e))
                updated.append(e);
        }
        // Count what is new, or has changed since it was queued; unchanged ones stay queued.
        for (const ArchiveEntry &e : std::as_const(added)) {
            if (!e.sizeKnown())
                m_probe->count(e);
        }
        for (const ArchiveEntry &e : std::as_const(updated)) {
            if (!e.sizeKnown() && known.contains(e.path) && !known.value(e.path).sameFileAs(e))
                m_probe->count(e);
        }
        for (const QString &path : std::as_const(removed))
            m_probe->forget(path);
        if (!removed.isEmpty())
            emit this->removed(removed);
        if (!added.isEmpty())
            emit this->added(added);
        if (!updated.isEmpty())
            emit this->updated(updated);
        // A folder deleted and created again needs its watch back.
        watchFolders();
    }
    if (m_dirty.remove(dir) && m_folders.contains(dir))
        requestScan(dir);
    emit scanned(dir);
    updateScanning();
}

QVector<ArchiveEntry> ArchiveCatalog::derive(const QSet<QString> &setNames, const QString &skip)
{
    QVector<ArchiveEntry> changed;
    const QDateTime now = QDateTime::currentDateTime();
    QHash<QString, QVector<ArchiveEntry *>> entriesOf; // set name -> its entries, all folders
    for (auto dir = m_byDir.begin(); dir != m_byDir.end(); ++dir) {
        for (ArchiveEntry &e : *dir) {
            if (setNames.contains(e.setName))
                entriesOf[e.setName].append(&e);
        }
    }
    for (const LogSetConfig &set : std::as_const(m_sets)) {
        if (!setNames.contains(set.name))
            continue;
        const QVector<ArchiveEntry *> mine = entriesOf.value(set.name);
        QVector<QPair<qint64, ArchiveExpiry>> before;
        before.reserve(mine.size());
        for (const ArchiveEntry *e : std::as_const(mine))
            before.append({e->rotationOrder, e->expiry});
        orderRotations(mine, set);
        ArchiveExpiries::assign(mine, set, now);
        for (int i = 0; i < mine.size(); ++i) {
            const ArchiveEntry &e = *mine[i];
            if ((before[i].first != e.rotationOrder || before[i].second != e.expiry) &&
                (skip.isEmpty() || folderOf(e.path) != skip))
                changed.append(e);
        }
    }
    scheduleExpiryCheck();
    return changed;
}

void ArchiveCatalog::scheduleExpiryCheck()
{
    // The next date an expiry changes by itself: an archive reaching retention_days.
    const QDateTime now = QDateTime::currentDateTime();
    QDateTime next;
    for (const auto &dir : std::as_const(m_byDir)) {
        for (const ArchiveEntry &e : dir) {
            if (e.expiry.at.isValid() && e.expiry.at > now &&
                (!next.isValid() || e.expiry.at < next))
                next = e.expiry.at;
        }
    }
    if (!next.isValid()) {
        m_expiryCheck.stop();
        return;
    }
    // At most an hour ahead: the clock may jump (suspend, a time change) meanwhile.
    m_expiryCheck.start(int(qBound(qint64(100), now.msecsTo(next) + 50, qint64(3600 * 1000))));
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
