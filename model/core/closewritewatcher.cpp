// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "core/closewritewatcher.h"

#include <QFile>
#include <QSocketNotifier>

#include <cerrno>
#include <cstring>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Logkeeper {

namespace {
constexpr quint32 watchMask =
    IN_MODIFY | IN_CLOSE_WRITE | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF | IN_DONT_FOLLOW;
}

CloseWriteWatcher::CloseWriteWatcher(QObject *parent) : QObject(parent)
{
    m_fd = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (m_fd < 0) {
        m_error = QStringLiteral("cannot use inotify: %1")
                      .arg(QString::fromLocal8Bit(std::strerror(errno)));
        return;
    }
    m_notifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &CloseWriteWatcher::readEvents);
}

CloseWriteWatcher::~CloseWriteWatcher()
{
    delete m_notifier; // before the descriptor it watches
    if (m_fd >= 0)
        ::close(m_fd); // removes every watch
}

bool CloseWriteWatcher::isValid() const
{
    return m_fd >= 0;
}

bool CloseWriteWatcher::watch(const QString &path)
{
    if (m_fd < 0)
        return false;
    if (m_paths.contains(path))
        return true;
    const QByteArray name = QFile::encodeName(path);
    const int wd = ::inotify_add_watch(m_fd, name.constData(), watchMask);
    if (wd < 0) {
        const int err = errno;
        m_error = err == ENOSPC ? QStringLiteral("cannot watch %1: the inotify watch limit "
                                                 "(fs.inotify.max_user_watches) is reached")
                                      .arg(path)
                                : QStringLiteral("cannot watch %1: %2")
                                      .arg(path, QString::fromLocal8Bit(std::strerror(err)));
        return false;
    }
    // The inode the watch is on: lstat after adding it, so a file replaced in between is seen
    // as gone at its first event rather than missed.
    struct stat st;
    if (::lstat(name.constData(), &st) != 0 || !S_ISREG(st.st_mode)) {
        m_error = QStringLiteral("cannot watch %1: not a regular file").arg(path);
        if (!m_byWd.contains(wd))
            ::inotify_rm_watch(m_fd, wd);
        return false;
    }
    m_paths.insert(path, {wd, quint64(st.st_dev), quint64(st.st_ino)});
    m_byWd[wd].append(path);
    return true;
}

void CloseWriteWatcher::unwatch(const QString &path)
{
    drop(path);
}

void CloseWriteWatcher::drop(const QString &path)
{
    const auto it = m_paths.constFind(path);
    if (it == m_paths.cend())
        return;
    const int wd = it->wd;
    m_paths.erase(it);
    QStringList &paths = m_byWd[wd];
    paths.removeAll(path);
    if (paths.isEmpty()) {
        m_byWd.remove(wd);
        ::inotify_rm_watch(m_fd, wd); // EINVAL when the kernel dropped it already: fine
    }
}

bool CloseWriteWatcher::stillThere(const QString &path, const Watch &w) const
{
    struct stat st;
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 &&
           quint64(st.st_dev) == w.device && quint64(st.st_ino) == w.inode;
}

void CloseWriteWatcher::readEvents()
{
    alignas(struct inotify_event) char buffer[16384];
    for (;;) {
        const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
        if (n <= 0)
            return; // EAGAIN: all read
        for (ssize_t at = 0; at < n;) {
            const auto *event = reinterpret_cast<const struct inotify_event *>(buffer + at);
            at += ssize_t(sizeof(struct inotify_event) + event->len);
            if (event->mask & IN_Q_OVERFLOW) {
                emit overflowed();
                continue;
            }
            // A copy: a slot may watch or unwatch meanwhile.
            const QStringList paths = m_byWd.value(event->wd);
            for (const QString &path : paths) {
                const auto it = m_paths.constFind(path);
                if (it == m_paths.cend() || it->wd != event->wd)
                    continue;
                const Watch w = *it;
                if (event->mask & (IN_DELETE_SELF | IN_MOVE_SELF | IN_UNMOUNT | IN_IGNORED)) {
                    drop(path);
                    emit gone(path);
                    continue;
                }
                if ((event->mask & IN_ATTRIB) && !stillThere(path, w)) {
                    // Unlinked (IN_DELETE_SELF waits for the last descriptor to close).
                    drop(path);
                    emit gone(path);
                    continue;
                }
                if (event->mask & IN_MODIFY)
                    emit modified(path);
                if ((event->mask & IN_CLOSE_WRITE) && m_paths.contains(path))
                    emit closedAfterWrite(path);
            }
        }
    }
}

} // namespace Logkeeper
