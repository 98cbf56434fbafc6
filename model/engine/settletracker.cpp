// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "engine/settletracker.h"

#include <QFile>

#include <algorithm>
#include <sys/stat.h>

namespace Logkeeper {

SettleTracker::SettleTracker(QObject *parent) : QObject(parent), m_timer(this)
{
    m_clock.start();
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &SettleTracker::poll);
    setQuietPeriod(m_quietMs);
}

void SettleTracker::setQuietPeriod(qint64 msec)
{
    m_quietMs = qMax<qint64>(0, msec);
    // A quarter of the quiet period between looks: a file is taken soon after it settled.
    m_timer.setInterval(int(std::clamp<qint64>(m_quietMs / 4, 50, 1000)));
}

void SettleTracker::track(const QString &path, bool writersDone)
{
    File file;
    file.unchangedSinceMs = m_clock.elapsed();
    file.writersDone = writersDone;
    m_files.insert(path, file);
    updateTimer();
}

void SettleTracker::forget(const QString &path)
{
    m_files.remove(path);
    updateTimer();
}

bool SettleTracker::check(const QString &path, File &file, bool *gone)
{
    struct stat st;
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0 || !S_ISREG(st.st_mode)) {
        *gone = true;
        return false;
    }
    *gone = false;
    if (st.st_size != file.size) {
        file.size = st.st_size;
        file.unchangedSinceMs = m_clock.elapsed();
    }
    return file.writersDone || m_clock.elapsed() - file.unchangedSinceMs >= m_quietMs;
}

QStringList SettleTracker::takeReady(QStringList *gone)
{
    QStringList ready;
    for (auto it = m_files.begin(); it != m_files.end();) {
        bool vanished = false;
        if (check(it.key(), it.value(), &vanished)) {
            ready.append(it.key());
            it = m_files.erase(it);
        } else if (vanished) {
            if (gone)
                gone->append(it.key());
            it = m_files.erase(it);
        } else {
            ++it;
        }
    }
    ready.sort(); // in name order, which is rotation order within a folder
    updateTimer();
    return ready;
}

void SettleTracker::poll()
{
    for (auto it = m_files.begin(); it != m_files.end(); ++it) {
        bool vanished = false;
        if (check(it.key(), it.value(), &vanished) || vanished) {
            emit readyAvailable();
            return;
        }
    }
}

void SettleTracker::updateTimer()
{
    if (m_files.isEmpty())
        m_timer.stop();
    else if (!m_timer.isActive())
        m_timer.start();
}

} // namespace Logkeeper
