// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

namespace Logkeeper {

// Debounces change notifications per key (a file, or a whole log set). A change schedules the
// key `debounce` later; further changes push that back, but never past `maxWait` after the
// first change, so a log written every second is still checked (the seed script's debounce
// restarted forever and never fired under steady writes).
class ChangeScheduler : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<qint64()>; // milliseconds, monotonic

    explicit ChangeScheduler(QObject *parent = nullptr);

    void setIntervals(qint64 debounceMs, qint64 maxWaitMs);
    // Replaces the monotonic clock (tests). With a custom clock nothing fires on its own:
    // call fireDue() after moving the clock.
    void setClock(Clock clock);

    void notify(const QString &key);
    void cancel(const QString &key);
    void clear();

    bool isPending(const QString &key) const { return m_pending.contains(key); }
    int pendingCount() const { return int(m_pending.size()); }
    // Clock time at which the key will fire, or -1 when not pending.
    qint64 dueAt(const QString &key) const;

    // Emits due() for every key whose time has come.
    void fireDue();

signals:
    void due(const QString &key);

private:
    struct Pending
    {
        qint64 first = 0;
        qint64 due = 0;
    };
    qint64 now() const;
    void rearm();

    QHash<QString, Pending> m_pending;
    qint64 m_debounceMs = 5000;
    qint64 m_maxWaitMs = 30000;
    Clock m_clock;
    QElapsedTimer m_elapsed;
    QTimer m_timer;
    qint64 m_armedFor = -1; // due time the timer is set for
};

} // namespace Logkeeper
