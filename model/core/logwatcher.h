// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

namespace Logkeeper {

// Watches log folders and active log files through QFileSystemWatcher (inotify on Linux) and
// polls every pollInterval as a safety net for what events miss: network filesystems, the
// inotify watch limit, a folder that does not exist yet. Paths it cannot watch are reported
// once and left to the poll. Does no file I/O of its own beyond what adding a watch costs.
class LogWatcher : public QObject
{
    Q_OBJECT
public:
    explicit LogWatcher(QObject *parent = nullptr);

    void setPollInterval(int msec);
    // Replaces the watched sets. Re-adding a path that disappeared (renamed, deleted and
    // re-created) is how watches follow rotations: callers pass the current list after each scan.
    void setDirectories(const QStringList &dirs);
    void setFiles(const QStringList &files);
    void setPaused(bool paused);

    QStringList watchedDirectories() const;
    QStringList watchedFiles() const;

signals:
    void fileChanged(const QString &path);
    void directoryChanged(const QString &path);
    void pollDue();

private:
    void sync(const QStringList &wanted, bool directories);

    QFileSystemWatcher m_watcher;
    QTimer m_poll;
    QSet<QString> m_wantedDirs;
    QSet<QString> m_wantedFiles;
    QSet<QString> m_failed; // reported as unwatchable, until they can be watched again
    bool m_paused = false;
};

} // namespace Logkeeper
