// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "core/settledetector.h"

#include <QHash>
#include <QObject>
#include <QStringList>

namespace Logkeeper {

// Decides when a rotated file is ready to compress: when its writers are done with it. A
// writer that held the log open when it was renamed may still append to the rotated file until
// it reopens (a post_rotate hook usually tells it to); compressing earlier would leave those
// lines out of the archive. This is the one place that rule lives.
//
// The rule (issue 13, through SettleDetector): ready at once when nobody holds the file open for
// writing (a write lease tells); otherwise when the writer closes it (IN_CLOSE_WRITE) or has
// written nothing for the quiet period (debounce_time); given up after max_wait, to be left for
// a later pass. Where writers cannot be seen (not the owner and no CAP_LEASE, NFS), ready once
// it has not grown for the quiet period, as before. A file tracked as ready (a copytruncate
// copy, which nobody writes to) is ready at once.
//
// Nothing waits: the answers come from the event loop of the thread it lives in; not
// thread-safe.
class SettleTracker : public QObject
{
    Q_OBJECT
public:
    explicit SettleTracker(QObject *parent = nullptr);

    // The quiet period (debounce_time) and the longest wait (max_wait; never less than the
    // quiet period). Applies to files tracked afterwards.
    void setTiming(qint64 quietMs, qint64 maxWaitMs);

    // Follows a rotated file until it is ready, given up or gone. `writersDone`: nobody writes
    // to it. Tracking a tracked file again starts it over.
    void track(const QString &path, bool writersDone = false);
    void forget(const QString &path);
    bool isEmpty() const { return m_files.isEmpty(); }
    QStringList tracked() const { return m_files.keys(); }

    // The tracked files that are ready now, in name order; they are tracked no more. Files that
    // disappeared (or were replaced by something else) are dropped and listed in *gone; files
    // still written to after max_wait are dropped and listed in *gaveUp.
    QStringList takeReady(QStringList *gone = nullptr, QStringList *gaveUp = nullptr);

signals:
    // A tracked file became ready, was given up or disappeared: call takeReady().
    void readyAvailable();

private:
    enum class State
    {
        Waiting,
        Ready,
        GaveUp,
        Gone
    };
    struct File
    {
        State state = State::Waiting;
        quint64 device = 0; // the file found ready: the name must still lead to it
        quint64 inode = 0;
    };
    void settle(const QString &path, State state);
    void notifyLater();

    SettleDetector m_detector;
    QHash<QString, File> m_files;
    bool m_notifyQueued = false;
};

} // namespace Logkeeper
