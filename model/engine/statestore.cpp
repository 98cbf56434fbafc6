// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "engine/statestore.h"

#include "core/posixfile.h"

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
    m_unsafeToSave.clear();
    QFile file(m_path);
    if (!file.exists())
        return true;
    // Whole, whatever its size: a state is only ever as large as the logs it describes.
    const QByteArray data = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    if (file.error() != QFileDevice::NoError) {
        m_unsafeToSave = file.errorString();
        *error = QStringLiteral("%1: cannot read state: %2; it is left as it is, and the ages "
                                "of the logs start afresh in memory")
                     .arg(m_path, m_unsafeToSave);
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (!doc.isObject()) {
        // Truly corrupt: keep it for whoever wants to look, out of the way of the next save.
        const QString why = parseError.error != QJsonParseError::NoError
                                ? parseError.errorString()
                                : QStringLiteral("not a JSON object");
        const QString aside =
            m_path + QStringLiteral(".corrupt-") +
            QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
        if (PosixFile::renameNoReplace(m_path, aside) == 0) {
            *error = QStringLiteral("%1: state file is corrupt (%2); moved aside to %3, starting "
                                    "afresh")
                         .arg(m_path, why, aside);
            m_dirty = true;
        } else {
            m_unsafeToSave = QStringLiteral("it is corrupt and could not be moved aside");
            *error = QStringLiteral("%1: state file is corrupt (%2) and cannot be moved aside to "
                                    "%3; it is left as it is and not overwritten")
                         .arg(m_path, why, aside);
        }
        return false;
    }
    const QJsonObject files = doc.object().value(QStringLiteral("files")).toObject();
    m_entries.reserve(files.size());
    for (auto it = files.begin(); it != files.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        Entry e;
        e.contentSince = QDateTime::fromString(o.value(QStringLiteral("content_since")).toString(),
                                               Qt::ISODateWithMs);
        e.device = o.value(QStringLiteral("device")).toString().toULongLong();
        e.inode = o.value(QStringLiteral("inode")).toString().toULongLong();
        e.lastRotation = QDateTime::fromString(o.value(QStringLiteral("last_rotation")).toString(),
                                               Qt::ISODateWithMs);
        if (e.contentSince.isValid())
            m_entries.insert(it.key(), e);
    }
    return true;
}

bool StateStore::save(QString *error)
{
    if (!m_dirty || m_path.isEmpty())
        return true;
    if (!m_unsafeToSave.isEmpty()) {
        *error = QStringLiteral("%1: not saving the state: the file there could not be read "
                                "(%2) and is kept")
                     .arg(m_path, m_unsafeToSave);
        return false;
    }
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QJsonObject files;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        QJsonObject o{
            {QStringLiteral("content_since"), it->contentSince.toString(Qt::ISODateWithMs)},
            // strings: JSON numbers are doubles and would round 64-bit inodes
            {QStringLiteral("device"), QString::number(it->device)},
            {QStringLiteral("inode"), QString::number(it->inode)},
        };
        if (it->lastRotation.isValid())
            o.insert(QStringLiteral("last_rotation"), it->lastRotation.toString(Qt::ISODateWithMs));
        files.insert(it.key(), o);
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
    Entry e = entry;
    if (!e.lastRotation.isValid()) {
        const auto old = m_entries.constFind(file);
        if (old != m_entries.cend())
            e.lastRotation = old->lastRotation;
    }
    m_entries.insert(file, e);
    m_dirty = true;
}

void StateStore::recordRotation(const QString &file, const QDateTime &when, quint64 device,
                                quint64 inode)
{
    m_entries.insert(file, {when, device, inode, when});
    m_dirty = true;
}

int StateStore::prune(const QSet<QString> &liveLogs)
{
    int removed = 0;
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (liveLogs.contains(it.key())) {
            ++it;
        } else {
            it = m_entries.erase(it);
            ++removed;
        }
    }
    m_dirty = m_dirty || removed > 0;
    return removed;
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
