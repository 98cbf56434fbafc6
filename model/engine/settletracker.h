// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>

namespace Logkeeper {

// Decides when a rotated file is ready to compress: when its writers are done with it. A
// writer that held the log open when it was renamed may still append to the rotated file until
// it reopens (a post_rotate hook usually tells it to); compressing earlier would leave those
// lines out of the archive. This is the one place that rule lives.
//
// Today's rule: a file is ready once it has not changed size for the quiet period
// (debounce_time), checked by stat() on a timer while anything is tracked. A file tracked as
// ready (a copytruncate copy, which nobody writes to) is ready at once. Another way to tell
// (a write lease, IN_CLOSE_WRITE) can replace the inside without changing this interface.
//
// Lives in the thread that uses it; not thread-safe.
class SettleTracker : public QObject
{
    Q_OBJECT
public:
    explicit SettleTracker(QObject *parent = nullptr);

    // How long a file must stay unchanged to count as settled.
    void setQuietPeriod(qint64 msec);

    // Follows a rotated file until it is ready (or gone). `writersDone`: nobody writes to it.
    // Tracking a tracked file again starts it over.
    void track(const QString &path, bool writersDone = false);
    void forget(const QString &path);
    bool isEmpty() const { return m_files.isEmpty(); }
    QStringList tracked() const { return m_files.keys(); }

    // The tracked files that are ready now; they are tracked no more. Files that disappeared
    // (or were replaced by something not a regular file) are dropped and listed in *gone.
    QStringList takeReady(QStringList *gone = nullptr);

signals:
    // A tracked file became ready (or disappeared): call takeReady().
    void readyAvailable();

private:
    struct File
    {
        qint64 size = -1;
        qint64 unchangedSinceMs = 0;
        bool writersDone = false;
    };
    // Looks at the file now: true when ready; false and *gone when it is no longer there.
    bool check(const QString &path, File &file, bool *gone);
    void poll();
    void updateTimer();

    QHash<QString, File> m_files;
    QElapsedTimer m_clock;
    QTimer m_timer;
    qint64 m_quietMs = 5000;
};

} // namespace Logkeeper
