// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "core/settledetector.h"

#include "core/logcategories.h"
#include "core/writeleaseprobe.h"

#include <QFile>
#include <QMutex>
#include <QSet>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <limits>
#include <sys/stat.h>

namespace Logkeeper {

SettleDetector::SettleDetector(QObject *parent) : QObject(parent), m_watcher(this), m_timer(this)
{
    m_elapsed.start();
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer); // a coarse timer may fire early and check twice
    connect(&m_timer, &QTimer::timeout, this, &SettleDetector::checkDue);
    connect(&m_watcher, &CloseWriteWatcher::modified, this, &SettleDetector::noteActivity);
    connect(&m_watcher, &CloseWriteWatcher::closedAfterWrite, this, &SettleDetector::writerClosed);
    connect(&m_watcher, &CloseWriteWatcher::gone, this, &SettleDetector::lose);
    connect(&m_watcher, &CloseWriteWatcher::overflowed, this, &SettleDetector::resync);
}

SettleDetector::~SettleDetector() = default;

void SettleDetector::setTiming(qint64 debounceMs, qint64 maxWaitMs)
{
    m_debounceMs = qMax<qint64>(0, debounceMs);
    m_maxWaitMs = qMax<qint64>(0, maxWaitMs);
}

void SettleDetector::setClock(Clock clock)
{
    m_clock = std::move(clock);
    m_timer.stop();
}

qint64 SettleDetector::now() const
{
    return m_clock ? m_clock() : m_elapsed.elapsed();
}

bool SettleDetector::isFallback(const QString &path) const
{
    const auto it = m_entries.find(path);
    return it != m_entries.end() && !it->second.leaseWorks;
}

SettleDetector::Start SettleDetector::watch(const QString &path)
{
    if (isWaiting(path))
        return Start::Waiting;
    const QByteArray name = QFile::encodeName(path);
    Entry entry;
    // O_NONBLOCK: a file another process holds a lease on (Samba) is not waited for.
    entry.fd.reset(::open(name.constData(), O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC));
    const int openError = entry.fd.valid() ? 0 : errno;
    struct stat st;
    if (entry.fd.valid() ? ::fstat(entry.fd.get(), &st) != 0 : ::lstat(name.constData(), &st) != 0)
        return Start::Gone;
    if (!S_ISREG(st.st_mode))
        return Start::Gone;

    WriteLeaseProbe::Result probe;
    if (entry.fd.valid()) {
        probe = WriteLeaseProbe::probe(entry.fd.get(), path);
        if (probe.state == WriteLeaseProbe::State::NoWriter)
            return Start::Ready; // the common case: no inotify watch needed
    } else {
        // Unreadable, or another's lease on it: only its size can be watched.
        probe.error = openError;
        probe.reason = QStringLiteral("%1: cannot open it to see its writers: %2")
                           .arg(path, QString::fromLocal8Bit(std::strerror(openError)));
    }
    // Held, or cannot tell: watch for closes and writes from now on, then look again, so a
    // writer closing in between is not missed.
    const bool watched = m_watcher.watch(path);
    if (!watched)
        qCDebug(lcRotation).noquote()
            << m_watcher.errorString() << "- its size is checked every debounce_time instead";
    if (probe.state == WriteLeaseProbe::State::WriterHolds && watched) {
        probe = WriteLeaseProbe::probe(entry.fd.get(), path);
        if (probe.state == WriteLeaseProbe::State::NoWriter) {
            m_watcher.unwatch(path);
            return Start::Ready;
        }
    }
    entry.leaseWorks = probe.state == WriteLeaseProbe::State::WriterHolds;
    // Under the fallback only the size matters, and the name does as well as a descriptor:
    // thousands of files waiting on NFS must not use up the process's descriptors.
    if (!entry.leaseWorks)
        entry.fd.reset();
    entry.device = quint64(st.st_dev);
    entry.inode = quint64(st.st_ino);
    if (!entry.leaseWorks)
        explainFallbackOnce(probe.reason, quint64(st.st_dev), probe.error, m_debounceMs,
                            m_maxWaitMs);
    entry.started = entry.lastActivity = now();
    entry.lastSize = st.st_size;
    entry.debounceMs = m_debounceMs;
    entry.deadlineMs = qMax(m_maxWaitMs, m_debounceMs);
    m_entries.emplace(path, std::move(entry));
    rearm();
    return Start::Waiting;
}

void SettleDetector::forget(const QString &path)
{
    if (m_entries.erase(path) == 0)
        return;
    m_watcher.unwatch(path);
    rearm();
}

void SettleDetector::clear()
{
    for (const auto &[path, entry] : m_entries)
        m_watcher.unwatch(path);
    m_entries.clear();
    m_timer.stop();
}

void SettleDetector::finish(const QString &path, Reason reason)
{
    forget(path); // first: a slot may watch it again
    emit ready(path, reason);
}

void SettleDetector::giveUp(const QString &path)
{
    forget(path);
    emit gaveUp(path);
}

void SettleDetector::lose(const QString &path)
{
    if (!isWaiting(path))
        return;
    forget(path);
    emit gone(path);
}

void SettleDetector::noteActivity(const QString &path)
{
    const auto it = m_entries.find(path);
    if (it == m_entries.end())
        return;
    Entry &e = it->second;
    e.lastActivity = now();
    struct stat st;
    if (e.fd.valid() ? ::fstat(e.fd.get(), &st) == 0
                     : ::lstat(QFile::encodeName(path).constData(), &st) == 0)
        e.lastSize = st.st_size;
    rearm();
    emit writerActive(path);
}

void SettleDetector::writerClosed(const QString &path)
{
    const auto it = m_entries.find(path);
    if (it == m_entries.end())
        return;
    // One writer closed: ready only if no other still holds it. Where writers cannot be seen,
    // a close says nothing about the others: the fallback rule stands.
    if (it->second.leaseWorks && WriteLeaseProbe::probe(it->second.fd.get(), path).state ==
                                     WriteLeaseProbe::State::NoWriter) {
        finish(path, Reason::WriterClosed);
        return;
    }
    emit writerActive(path);
}

void SettleDetector::resync()
{
    // Events were lost: any file may have been written to or closed.
    const qint64 t = now();
    QStringList closed;
    for (auto &[path, e] : m_entries) {
        e.lastActivity = t;
        if (e.leaseWorks &&
            WriteLeaseProbe::probe(e.fd.get(), path).state == WriteLeaseProbe::State::NoWriter)
            closed.append(path);
    }
    for (const QString &path : std::as_const(closed))
        finish(path, Reason::WriterClosed);
    rearm();
}

void SettleDetector::checkDue()
{
    const qint64 t = now();
    QStringList paths;
    for (const auto &[path, entry] : m_entries)
        paths.append(path);
    for (const QString &path : std::as_const(paths)) {
        const auto it = m_entries.find(path);
        if (it == m_entries.end())
            continue;
        Entry &e = it->second;
        struct stat st;
        if (::lstat(QFile::encodeName(path).constData(), &st) != 0 ||
            quint64(st.st_dev) != e.device || quint64(st.st_ino) != e.inode ||
            (e.fd.valid() && ::fstat(e.fd.get(), &st) != 0)) {
            lose(path); // a rename or unlink whose event has not come yet
            continue;
        }
        if (st.st_size != e.lastSize) {
            // Grown unseen (no inotify watch, or a writer on another machine).
            e.lastSize = st.st_size;
            e.lastActivity = t;
        }
        if (t - e.lastActivity >= e.debounceMs) {
            if (!e.leaseWorks) {
                finish(path, Reason::NotGrown);
                continue;
            }
            const bool closedUnseen =
                WriteLeaseProbe::probe(e.fd.get(), path).state == WriteLeaseProbe::State::NoWriter;
            finish(path, closedUnseen ? Reason::WriterClosed : Reason::WriterQuiet);
        } else if (t - e.started >= e.deadlineMs) {
            giveUp(path);
        }
    }
    rearm();
}

void SettleDetector::rearm()
{
    if (m_clock)
        return;
    if (m_entries.empty()) {
        m_timer.stop();
        return;
    }
    qint64 due = std::numeric_limits<qint64>::max();
    for (const auto &[path, e] : m_entries)
        due = qMin(due, qMin(e.lastActivity + e.debounceMs, e.started + e.deadlineMs));
    const qint64 wait = qBound(qint64(0), due - now(), qint64(std::numeric_limits<int>::max()));
    m_timer.start(int(wait));
}

void SettleDetector::explainFallbackOnce(const QString &reason, quint64 device, int error,
                                         qint64 debounceMs, qint64 maxWaitMs)
{
    // Once per filesystem and cause for the whole process: thousands of files may share them.
    static QMutex mutex;
    static QSet<QPair<quint64, int>> told;
    {
        QMutexLocker lock(&mutex);
        if (told.contains({device, error}))
            return;
        told.insert({device, error});
    }
    qCDebug(lcRotation).noquote()
        << QStringLiteral("%1. Files like it are compressed once they have not grown for %2 s "
                          "(debounce_time), and left for a later pass when still growing after "
                          "%3 s (max_wait).")
               .arg(reason)
               .arg(double(debounceMs) / 1000.0)
               .arg(double(qMax(maxWaitMs, debounceMs)) / 1000.0);
}

} // namespace Logkeeper
