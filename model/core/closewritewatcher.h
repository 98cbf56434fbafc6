// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

class QSocketNotifier;

namespace Logkeeper {

// Reports what happens to a few files through inotify: a descriptor open for writing was closed
// (IN_CLOSE_WRITE), the file was written to (IN_MODIFY), it went away (deleted, moved, replaced,
// unmounted). QFileSystemWatcher tells none of the first two apart from other changes.
//
// Lives in the thread that creates it; its signals come from that thread's event loop.
class CloseWriteWatcher : public QObject
{
    Q_OBJECT
public:
    explicit CloseWriteWatcher(QObject *parent = nullptr);
    ~CloseWriteWatcher() override;

    // False when inotify is not to be had (errorString() says why): watch() then fails too.
    bool isValid() const;
    QString errorString() const { return m_error; }

    // Starts watching a regular file (the inode it names now). False, with errorString(), when
    // it cannot: missing, not a regular file, or the inotify watch limit reached.
    bool watch(const QString &path);
    void unwatch(const QString &path);
    bool isWatching(const QString &path) const { return m_paths.contains(path); }
    QStringList watched() const { return m_paths.keys(); }

signals:
    // A descriptor that had the file open for writing was closed; others may still hold it.
    void closedAfterWrite(const QString &path);
    void modified(const QString &path);
    // Deleted, moved away, replaced by another file or unmounted: no longer watched.
    void gone(const QString &path);
    // The kernel's event queue overflowed: any of the above may have been missed, for any file.
    void overflowed();

private:
    struct Watch
    {
        int wd = -1;
        quint64 device = 0;
        quint64 inode = 0;
    };
    void readEvents();
    bool stillThere(const QString &path, const Watch &w) const;
    void drop(const QString &path);

    int m_fd = -1;
    QSocketNotifier *m_notifier = nullptr; // a child: moves with this object
    QString m_error;
    QHash<QString, Watch> m_paths;
    QHash<int, QStringList> m_byWd; // hard links share one watch
};

} // namespace Logkeeper
