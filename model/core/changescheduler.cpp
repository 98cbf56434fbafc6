// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "core/changescheduler.h"

#include <algorithm>
#include <limits>

namespace Logkeeper {

ChangeScheduler::ChangeScheduler(QObject *parent) : QObject(parent)
{
    m_elapsed.start();
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_armedFor = -1;
        fireDue();
    });
}

void ChangeScheduler::setIntervals(qint64 debounceMs, qint64 maxWaitMs)
{
    m_debounceMs = std::max<qint64>(0, debounceMs);
    m_maxWaitMs = std::max(m_debounceMs, maxWaitMs);
}

void ChangeScheduler::setClock(Clock clock)
{
    m_clock = std::move(clock);
    m_timer.stop();
    m_armedFor = -1;
}

qint64 ChangeScheduler::now() const
{
    return m_clock ? m_clock() : m_elapsed.elapsed();
}

void ChangeScheduler::notify(const QString &key)
{
    const qint64 t = now();
    auto it = m_pending.find(key);
    if (it == m_pending.end())
        it = m_pending.insert(key, Pending{t, t + m_debounceMs});
    else
        it->due = std::min(t + m_debounceMs, it->first + m_maxWaitMs);
    // Only an earlier deadline needs the timer moved; a later one is found when it fires.
    if (!m_clock && (m_armedFor < 0 || it->due < m_armedFor)) {
        m_armedFor = it->due;
        m_timer.start(int(std::max<qint64>(0, it->due - t)));
    }
}

void ChangeScheduler::cancel(const QString &key)
{
    m_pending.remove(key);
}

void ChangeScheduler::clear()
{
    m_pending.clear();
    m_timer.stop();
    m_armedFor = -1;
}

qint64 ChangeScheduler::dueAt(const QString &key) const
{
    const auto it = m_pending.constFind(key);
    return it == m_pending.cend() ? -1 : it->due;
}

void ChangeScheduler::fireDue()
{
    const qint64 t = now();
    QStringList ready;
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (it->due <= t) {
            ready.append(it.key());
            it = m_pending.erase(it);
        } else {
            ++it;
        }
    }
    rearm();
    for (const QString &key : std::as_const(ready))
        emit due(key);
}

void ChangeScheduler::rearm()
{
    if (m_clock || m_pending.isEmpty())
        return;
    qint64 earliest = std::numeric_limits<qint64>::max();
    for (const Pending &p : std::as_const(m_pending))
        earliest = std::min(earliest, p.due);
    if (m_armedFor >= 0 && m_armedFor <= earliest && m_timer.isActive())
        return;
    m_armedFor = earliest;
    m_timer.start(int(std::max<qint64>(0, earliest - now())));
}

} // namespace Logkeeper
