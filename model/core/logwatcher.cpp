// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "core/logwatcher.h"

#include "core/logcategories.h"

namespace Logkeeper {

LogWatcher::LogWatcher(QObject *parent) : QObject(parent)
{
    m_poll.setTimerType(Qt::VeryCoarseTimer);
    m_poll.setInterval(60000);
    connect(&m_poll, &QTimer::timeout, this, &LogWatcher::pollDue);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, [this](const QString &path) {
        if (!m_paused)
            emit fileChanged(path);
    });
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, [this](const QString &path) {
        if (!m_paused)
            emit directoryChanged(path);
    });
    m_poll.start();
}

void LogWatcher::setPollInterval(int msec)
{
    m_poll.setInterval(qMax(100, msec));
    // A very coarse timer rounds to whole seconds: below 500 ms that is 0, a busy loop.
    m_poll.setTimerType(m_poll.interval() < 2000 ? Qt::CoarseTimer : Qt::VeryCoarseTimer);
    if (!m_paused)
        m_poll.start();
}

void LogWatcher::setPaused(bool paused)
{
    m_paused = paused;
    if (paused)
        m_poll.stop();
    else
        m_poll.start();
}

void LogWatcher::setDirectories(const QStringList &dirs)
{
    m_wantedDirs = QSet<QString>(dirs.cbegin(), dirs.cend());
    sync(dirs, true);
}

void LogWatcher::setFiles(const QStringList &files)
{
    m_wantedFiles = QSet<QString>(files.cbegin(), files.cend());
    sync(files, false);
}

void LogWatcher::sync(const QStringList &wanted, bool directories)
{
    const QStringList current = directories ? m_watcher.directories() : m_watcher.files();
    const QSet<QString> &keep = directories ? m_wantedDirs : m_wantedFiles;
    QStringList stale;
    for (const QString &path : current) {
        if (!keep.contains(path))
            stale.append(path);
    }
    if (!stale.isEmpty())
        m_watcher.removePaths(stale);

    const QSet<QString> have(current.cbegin(), current.cend());
    QStringList missing;
    for (const QString &path : wanted) {
        if (!have.contains(path))
            missing.append(path);
    }
    if (missing.isEmpty())
        return;
    const QStringList failed = m_watcher.addPaths(missing);
    const QSet<QString> failedSet(failed.cbegin(), failed.cend());
    QStringList newlyFailed;
    for (const QString &path : missing) {
        if (!failedSet.contains(path)) {
            m_failed.remove(path);
        } else if (!m_failed.contains(path)) {
            m_failed.insert(path);
            newlyFailed.append(path);
        }
    }
    if (!newlyFailed.isEmpty()) {
        // One line, not one per file: at the inotify limit there may be thousands.
        qCWarning(lcWatcher).noquote()
            << QStringLiteral("cannot watch %1 path(s) (missing, or the inotify watch limit "
                              "fs.inotify.max_user_watches is reached): %2%3; polling them every "
                              "%4 s instead")
                   .arg(newlyFailed.size())
                   .arg(QStringList(newlyFailed.mid(0, 3)).join(QStringLiteral(", ")))
                   .arg(newlyFailed.size() > 3 ? QStringLiteral(", …") : QString())
                   .arg(m_poll.interval() / 1000.0);
    }
}

QStringList LogWatcher::watchedDirectories() const
{
    return m_watcher.directories();
}

QStringList LogWatcher::watchedFiles() const
{
    return m_watcher.files();
}

} // namespace Logkeeper
