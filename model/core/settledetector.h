// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "core/closewritewatcher.h"
#include "core/posixfile.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <map>

namespace Logkeeper {

// Decides when a rotated file is ready to compress (issue 13), instead of a blind settle wait:
// - at once when nobody holds it open for writing (WriteLeaseProbe);
// - otherwise when its writer closes it (CloseWriteWatcher's IN_CLOSE_WRITE, confirmed by a new
//   probe: another writer may still hold it), or has written nothing for debounce_time;
// - after max_wait (never less than debounce_time) it gives up: the file is left for a later pass;
// - where the writers cannot be seen (not the owner and no CAP_LEASE, NFS and other network
//   filesystems, no leases), it falls back to the old rule: ready once the file has not grown
//   for debounce_time. Said once per filesystem and cause, at debug level.
//
// Nothing sleeps: watch() answers at once, or the answer comes as a signal from the event loop
// of the thread the detector lives in (the engine's worker thread, or a QEventLoop in --once).
class SettleDetector : public QObject
{
    Q_OBJECT
public:
    enum class Reason
    {
        NobodyWrites, // (only from watch(): no signal)
        WriterClosed, // the last writer closed it
        WriterQuiet,  // still held open, but nothing written for debounce_time
        NotGrown      // writers cannot be seen here: not grown for debounce_time
    };
    Q_ENUM(Reason)
    enum class Start
    {
        Ready,   // compress it now; no signal follows
        Waiting, // ready(), gaveUp() or gone() follows, once
        Gone     // no such regular file
    };
    using Clock = std::function<qint64()>; // milliseconds, monotonic

    explicit SettleDetector(QObject *parent = nullptr);
    ~SettleDetector() override;

    // The config's debounce_time and max_wait. Applies to files watched afterwards.
    void setTiming(qint64 debounceMs, qint64 maxWaitMs);
    // Replaces the clock (tests). With a custom clock no timer fires on its own: call checkDue()
    // after moving it. Events (writes, closes) are still handled as they come.
    void setClock(Clock clock);

    // Starts deciding for a rotated file.
    Start watch(const QString &path);
    // Stops waiting for a file (no signal).
    void forget(const QString &path);
    void clear();

    bool isWaiting(const QString &path) const { return m_entries.count(path) != 0; }
    int waitingCount() const { return int(m_entries.size()); }
    // Whether a waiting file is under the fallback rule (its writers cannot be seen).
    bool isFallback(const QString &path) const;

    // Emits what is due by now (the timer calls it; tests with their own clock too).
    void checkDue();

signals:
    void ready(const QString &path, Logkeeper::SettleDetector::Reason reason);
    // Still written to after max_wait: leave it for a later pass.
    void gaveUp(const QString &path);
    // Deleted, moved away or replaced while waiting: nothing left to compress here.
    void gone(const QString &path);
    // Written to, or closed by one of several writers: the wait goes on.
    void writerActive(const QString &path);

private:
    struct Entry
    {
        PosixFile::UniqueFd fd; // read-only, on the very inode, for probes (lease mode only)
        bool leaseWorks = false;
        quint64 device = 0; // the inode the name must still lead to
        quint64 inode = 0;
        qint64 started = 0;
        qint64 lastActivity = 0;
        qint64 lastSize = 0;
        qint64 debounceMs = 0;
        qint64 deadlineMs = 0; // after `started`
    };
    qint64 now() const;
    void rearm();
    void finish(const QString &path, Reason reason);
    void giveUp(const QString &path);
    void lose(const QString &path);
    void noteActivity(const QString &path);
    void writerClosed(const QString &path);
    void resync();
    static void explainFallbackOnce(const QString &reason, quint64 device, int error,
                                    qint64 debounceMs, qint64 maxWaitMs);

    CloseWriteWatcher m_watcher;
    std::map<QString, Entry> m_entries;
    qint64 m_debounceMs = 5000;
    qint64 m_maxWaitMs = 30000;
    Clock m_clock;
    QElapsedTimer m_elapsed;
    QTimer m_timer;
};

} // namespace Logkeeper
