// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "browser/archiveentry.h"
#include "browser/archivefolders.h"
#include "config/config.h"
#include "core/logwatcher.h"
#include "core/workpool.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>
#include <QVector>

namespace Logkeeper {

class ArchiveSizeProbe;

// Every archive of every log set, kept up to date. The folders come from ArchiveFolders: each
// set's archive folders (archive_dir, or for a relative one the folder it names for each log
// folder, "." the log folder itself) and its log folders, where rotated files wait when staged
// beside the log; below log_dir, folders that patterns spanning folders reach are found by a
// job and followed as they come and go. The folders are watched through a LogWatcher (inotify,
// plus the config's poll_interval as the safety net), and a folder that changed is listed again
// by a job on the WorkPool and compared with what was known, so only the difference is
// reported.
//
// A file is a set's archive exactly when retention takes it for one (ArchiveNaming::
// isArchiveOf() with the set's naming, active_log and patterns): another program's files or
// another set's archives in the same folder are never listed as the set's. Uncompressed rotated
// files of a set that compresses, and any rotated file waiting beside its log, are pending.
// Temporary files and anything reached through a symlink are never listed. Decompressed sizes
// come from an ArchiveSizeProbe and arrive later as updates. Each entry carries its rotation
// order and its expiry (ArchiveExpiries), worked out again whenever a folder of its set changes
// and when a date passes.
class ArchiveCatalog : public QObject
{
    Q_OBJECT
public:
    // sizeCacheFile: empty for ArchiveSizeProbe::defaultCachePath().
    explicit ArchiveCatalog(QObject *parent = nullptr, const QString &sizeCacheFile = {});
    ~ArchiveCatalog() override;

    // Takes the sets: folders no longer concerned leave at once (removed()), the others are
    // listed again.
    void setConfig(const Config &config);
    // Lists every folder again and looks for new log folders (the poll does this too).
    void rescan();

    QVector<ArchiveEntry> entries() const;
    QStringList setNames() const { return m_setNames; }
    QStringList directories() const { return m_folders.folders(); }
    bool isScanning() const { return !m_scanning.isEmpty() || m_finding; }
    ArchiveSizeProbe *sizeProbe() const { return m_probe; }
    LogWatcher *watcher() { return &m_watcher; }

signals:
    void added(const QVector<ArchiveEntry> &entries);
    void removed(const QStringList &paths);
    // Same path, new facts: a size counted, the file replaced, another set it belongs to, a
    // new expiry or rotation order (other archives came or went, a date passed).
    void updated(const QVector<ArchiveEntry> &entries);
    void setNamesChanged(const QStringList &names);
    // A folder's listing was applied (also when nothing changed).
    void scanned(const QString &directory);
    void scanningChanged(bool scanning);

private:
    // Takes the folders: entries of folders no longer there leave; with reclassify (a new
    // config) every entry is classified again by its name, and every folder listed again.
    void applyFolders(const ArchiveFolders &folders, bool reclassify);
    void requestFind();
    void applyFound(quint64 generation, const ArchiveFolders::Found &found);
    void requestScan(const QString &dir);
    void applyScan(const QString &dir, quint64 generation, const QVector<ArchiveEntry> &found);
    // Works out the rotation order and expiries of these sets' entries again; returns those
    // that changed, except in the folder `skip` (the caller's own).
    QVector<ArchiveEntry> derive(const QSet<QString> &setNames, const QString &skip = {});
    void scheduleExpiryCheck();
    void onSizeCounted(const ArchiveEntry &entry);
    void onSizeFailed(const ArchiveEntry &entry, const QString &error);
    void watchFolders();
    void updateScanning(); // scanningChanged() when isScanning() changed
    // Whether a file name in a folder of these roles is a set's archive or rotated file
    // waiting; fills in what the name says. The same for a listing and for a new config.
    static bool classify(const QString &name, const QVector<ArchiveFolders::Role> &roles,
                         const QVector<LogSetConfig> &sets, ArchiveEntry *e);
    // The archives and waiting rotated files in dir, with the sizes that are cheap to know.
    // Files unchanged since `known` was listed keep what was found out about them.
    static QVector<ArchiveEntry> listFolder(const QString &dir,
                                            const QVector<ArchiveFolders::Role> &roles,
                                            const QVector<LogSetConfig> &sets,
                                            const QHash<QString, ArchiveEntry> &known,
                                            const ArchiveSizeProbe *probe);

    LogWatcher m_watcher;
    ArchiveSizeProbe *m_probe;
    QHash<QString, WorkPool::Handle> m_listings; // folder -> its listing in progress
    WorkPool::Handle m_findJob;
    bool m_finding = false;
    bool m_findAgain = false;
    quint64 m_generation = 0;
    QStringList m_setNames;
    QVector<LogSetConfig> m_sets;
    ArchiveFolders m_folders;
    ArchiveFolders::Found m_found;                        // log folders found below log_dir
    QHash<QString, QHash<QString, ArchiveEntry>> m_byDir; // folder -> path -> entry
    QSet<QString> m_scanning;
    QSet<QString> m_dirty; // changed again while being listed
    bool m_reportedScanning = false;
    QTimer m_expiryCheck; // when the next expiry date passes
};

} // namespace Logkeeper
