// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "browser/archiveentry.h"
#include "config/config.h"
#include "core/logwatcher.h"
#include "core/workpool.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QVector>

namespace Logkeeper {

class ArchiveSizeProbe;

// Every archive of every log set, kept up to date: the archive folders are watched through a
// LogWatcher (inotify, plus the config's poll_interval as the safety net), and a folder that
// changed is listed again by a job on the WorkPool and compared with what was known, so only
// the difference is reported. Archives are regular files in a set's archive_dir whose names are
// in Logkeeper's rotated naming (ArchiveNaming), compressed or not; temporary files of
// ArchiveCompressor and anything reached through a symlink are never archives. Decompressed
// sizes come from an ArchiveSizeProbe and arrive later as updates.
class ArchiveCatalog : public QObject
{
    Q_OBJECT
public:
    // sizeCacheFile: empty for ArchiveSizeProbe::defaultCachePath().
    explicit ArchiveCatalog(QObject *parent = nullptr, const QString &sizeCacheFile = {});
    ~ArchiveCatalog() override;

    // Takes the sets' archive folders: those no longer configured leave at once (removed()),
    // the others are listed again.
    void setConfig(const Config &config);
    // Lists every archive folder again (the poll does this too).
    void rescan();

    QVector<ArchiveEntry> entries() const;
    QStringList setNames() const { return m_setNames; }
    QStringList directories() const { return m_dirs; }
    bool isScanning() const { return !m_scanning.isEmpty(); }
    ArchiveSizeProbe *sizeProbe() const { return m_probe; }
    LogWatcher *watcher() { return &m_watcher; }

signals:
    void added(const QVector<ArchiveEntry> &entries);
    void removed(const QStringList &paths);
    // Same path, new facts: a size counted, the file replaced, another set it belongs to.
    void updated(const QVector<ArchiveEntry> &entries);
    void setNamesChanged(const QStringList &names);
    // A folder's listing was applied (also when nothing changed).
    void scanned(const QString &directory);
    void scanningChanged(bool scanning);

private:
    void requestScan(const QString &dir);
    void applyScan(const QString &dir, quint64 generation, const QVector<ArchiveEntry> &found);
    void onSizeCounted(const ArchiveEntry &entry);
    void onSizeFailed(const ArchiveEntry &entry, const QString &error);
    // The archives in dir and the sets they belong to, with the sizes that are cheap to know.
    // Files unchanged since `known` was listed are taken from it.
    static QVector<ArchiveEntry> listFolder(const QString &dir, const QVector<LogSetConfig> &sets,
                                            const QHash<QString, ArchiveEntry> &known,
                                            const ArchiveSizeProbe *probe);

    LogWatcher m_watcher;
    ArchiveSizeProbe *m_probe;
    QHash<QString, WorkPool::Handle> m_listings; // folder -> its listing in progress
    quint64 m_generation = 0;
    QStringList m_setNames;
    QStringList m_dirs;
    QHash<QString, QVector<LogSetConfig>> m_setsOfDir;    // archive folder -> sets using it
    QHash<QString, QHash<QString, ArchiveEntry>> m_byDir; // folder -> path -> entry
    QSet<QString> m_scanning;
    QSet<QString> m_dirty; // changed again while being listed
};

} // namespace Logkeeper
