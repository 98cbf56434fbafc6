// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "engine/statestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace Logkeeper {

StateStore::StateStore(const QString &path) : m_path(path)
{}

QString StateStore::defaultPath()
{
    QString base = qEnvironmentVariable("XDG_STATE_HOME");
    if (base.isEmpty() || !QDir::isAbsolutePath(base))
        base = QDir::homePath() + QStringLiteral("/.local/state");
    return base + QStringLiteral("/logkeeper/state.json");
}

bool StateStore::load(QString *error)
{
    m_entries.clear();
    m_dirty = false;
    QFile file(m_path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot read state: %2").arg(m_path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(16 << 20), &parseError);
    if (!doc.isObject()) {
        *error = QStringLiteral("%1: state file is corrupt (%2); starting afresh")
                     .arg(m_path, parseError.errorString());
        m_dirty = true;
        return false;
    }
    const QJsonObject files = doc.object().value(QStringLiteral("files")).toObject();
    for (auto it = files.begin(); it != files.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        Entry e;
        e.contentSince = QDateTime::fromString(o.value(QStringLiteral("content_since")).toString(),
                                               Qt::ISODateWithMs);
        e.device = o.value(QStringLiteral("device")).toString().toULongLong();
        e.inode = o.value(QStringLiteral("inode")).toString().toULongLong();
        if (e.contentSince.isValid())
            m_entries.insert(it.key(), e);
    }
    return true;
}

bool StateStore::save(QString *error)
{
    if (!m_dirty || m_path.isEmpty())
        return true;
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QJsonObject files;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        files.insert(
            it.key(),
            QJsonObject{
                {QStringLiteral("content_since"), it->contentSince.toString(Qt::ISODateWithMs)},
                // strings: JSON numbers are doubles and would round 64-bit inodes
                {QStringLiteral("device"), QString::number(it->device)},
                {QStringLiteral("inode"), QString::number(it->inode)},
            });
    }
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("%1: cannot write state: %2").arg(m_path, file.errorString());
        return false;
    }
    file.write(
        QJsonDocument(QJsonObject{{QStringLiteral("version"), 1}, {QStringLiteral("files"), files}})
            .toJson());
    if (!file.commit()) {
        *error = QStringLiteral("%1: cannot write state: %2").arg(m_path, file.errorString());
        return false;
    }
    m_dirty = false;
    return true;
}

std::optional<StateStore::Entry> StateStore::entry(const QString &file) const
{
    const auto it = m_entries.constFind(file);
    if (it == m_entries.cend())
        return std::nullopt;
    return *it;
}

void StateStore::setEntry(const QString &file, const Entry &entry)
{
    m_entries.insert(file, entry);
    m_dirty = true;
}

void StateStore::remove(const QString &file)
{
    if (m_entries.remove(file))
        m_dirty = true;
}

std::unique_ptr<QLockFile> StateStore::lock(const QString &statePath, QString *error)
{
    QDir().mkpath(QFileInfo(statePath).absolutePath());
    auto lock = std::make_unique<QLockFile>(statePath + QStringLiteral(".lock"));
    lock->setStaleLockTime(0); // held for the daemon's whole life; staleness = a dead pid
    if (lock->tryLock(0))
        return lock;
    qint64 pid = 0;
    QString host, app;
    lock->getLockInfo(&pid, &host, &app);
    *error = lock->error() == QLockFile::LockFailedError
                 ? QCoreApplication::translate("StateStore",
                                               "another Logkeeper (pid %1) is already managing "
                                               "the files of state file %2")
                       .arg(pid)
                       .arg(statePath)
                 : QCoreApplication::translate("StateStore", "%1.lock: cannot create the lock file")
                       .arg(statePath);
    return nullptr;
}

} // namespace Logkeeper
