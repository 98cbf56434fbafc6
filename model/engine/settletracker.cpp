// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "engine/settletracker.h"

#include "core/logcategories.h"

#include <QFile>
#include <QMetaEnum>

#include <sys/stat.h>

namespace Logkeeper {

namespace {

bool lstatRegular(const QString &path, struct stat *st)
{
    return ::lstat(QFile::encodeName(path).constData(), st) == 0 && S_ISREG(st->st_mode);
}

} // namespace

SettleTracker::SettleTracker(QObject *parent) : QObject(parent), m_detector(this)
{
    connect(&m_detector, &SettleDetector::ready, this,
            [this](const QString &path, SettleDetector::Reason reason) {
                qCDebug(lcRotation).noquote()
                    << path << "is ready to compress:"
                    << QMetaEnum::fromType<SettleDetector::Reason>().valueToKey(int(reason));
                settle(path, State::Ready);
            });
    connect(&m_detector, &SettleDetector::gaveUp, this,
            [this](const QString &path) { settle(path, State::GaveUp); });
    connect(&m_detector, &SettleDetector::gone, this,
            [this](const QString &path) { settle(path, State::Gone); });
}

void SettleTracker::setTiming(qint64 quietMs, qint64 maxWaitMs)
{
    m_detector.setTiming(quietMs, maxWaitMs);
}

void SettleTracker::track(const QString &path, bool writersDone)
{
    m_detector.forget(path);
    m_files.insert(path, File());
    if (writersDone) {
        settle(path, State::Ready);
        return;
    }
    switch (m_detector.watch(path)) {
    case SettleDetector::Start::Ready:
        qCDebug(lcRotation).noquote() << path << "is ready to compress: nobody writes to it";
        settle(path, State::Ready);
        break;
    case SettleDetector::Start::Gone:
        settle(path, State::Gone);
        break;
    case SettleDetector::Start::Waiting:
        qCDebug(lcRotation).noquote()
            << path << "is still open for writing; waiting for its writer to finish";
        break;
    }
}

void SettleTracker::forget(const QString &path)
{
    m_detector.forget(path);
    m_files.remove(path);
}

void SettleTracker::settle(const QString &path, State state)
{
    const auto it = m_files.find(path);
    if (it == m_files.end())
        return;
    it->state = state;
    struct stat st;
    if (state == State::Ready && lstatRegular(path, &st)) {
        it->device = quint64(st.st_dev);
        it->inode = quint64(st.st_ino);
    } else if (state == State::Ready) {
        it->state = State::Gone;
    }
    notifyLater();
}

void SettleTracker::notifyLater()
{
    // Posted, never from inside track(): the caller may be in the middle of its own work.
    if (m_notifyQueued)
        return;
    m_notifyQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_notifyQueued = false;
            for (const File &file : std::as_const(m_files)) {
                if (file.state != State::Waiting) {
                    emit readyAvailable();
                    return;
                }
            }
        },
        Qt::QueuedConnection);
}

QStringList SettleTracker::takeReady(QStringList *gone, QStringList *gaveUp)
{
    QStringList ready;
    for (auto it = m_files.begin(); it != m_files.end();) {
        State state = it->state;
        struct stat st;
        // Found ready earlier: still the very file? (deleted or replaced since: nothing to do)
        if (state == State::Ready &&
            (!lstatRegular(it.key(), &st) || quint64(st.st_dev) != it->device ||
             quint64(st.st_ino) != it->inode))
            state = State::Gone;
        if (state == State::Waiting && !lstatRegular(it.key(), &st)) {
            m_detector.forget(it.key());
            state = State::Gone;
        }
        QStringList *list = state == State::Ready    ? &ready
                            : state == State::Gone   ? gone
                            : state == State::GaveUp ? gaveUp
                                                     : nullptr;
        if (state == State::Waiting) {
            ++it;
            continue;
        }
        if (list)
            list->append(it.key());
        it = m_files.erase(it);
    }
    ready.sort(); // in name order, which is rotation order within a folder
    return ready;
}

} // namespace Logkeeper
