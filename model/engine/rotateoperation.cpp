// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "engine/rotateoperation.h"

#include "core/archivenaming.h"
#include "core/logcategories.h"
#include "core/posixfile.h"
#include "engine/fileactions.h"
#include "engine/rotatedpaths.h"
#include "engine/statestore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

namespace Logkeeper {

namespace {
QString sizeText(qint64 bytes)
{
    return QString::number(bytes / (1024.0 * 1024.0), 'f', 2) + QStringLiteral(" MiB");
}

// The Rotator's warning names the file first ("PATH: the new log is owned by ..."): the failure
// names it once.
Failure ownerNotKept(const LogSetConfig &set, const QString &path, const QString &warning)
{
    const QString prefix = path + QStringLiteral(": ");
    return Failure(Failure::Kind::OwnerNotKept, set.name, path,
                   {path, warning.startsWith(prefix) ? warning.mid(prefix.size()) : warning});
}
} // namespace

QStringList &RotateOperation::namesOf(const LogSetConfig &set, const QString &folder,
                                      const QString &activeName)
{
    const QString key = folder + QLatin1Char('\n') + QString::number(int(set.naming.kind)) +
                        QLatin1Char('\n') + set.naming.dateFormat + QLatin1Char('\n') +
                        set.naming.extension;
    auto it = m_names.find(key);
    if (it == m_names.end()) {
        // Parsed once per batch: a pass over thousands of logs must not list the folder each time.
        QHash<QString, QStringList> byLog;
        const QStringList entries =
            QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System);
        for (const QString &name : entries) {
            const ArchiveNaming::Parsed p = ArchiveNaming::parse(set.naming, name);
            if (p.valid())
                byLog[p.originalName].append(name);
        }
        it = m_names.insert(key, byLog);
    }
    return (*it)[activeName];
}

bool RotateOperation::shiftNumbered(const LogSetConfig &set, const QString &path)
{
    const QString activeName = QFileInfo(path).fileName();
    for (const QString &folder : RotatedPaths::folders(set)) {
        QStringList &names = namesOf(set, folder, activeName);
        const QVector<ArchiveNaming::Rename> renames =
            ArchiveNaming::numberedShift(set.naming, activeName, names);
        for (const ArchiveNaming::Rename &rename : renames) {
            const QString from = RotatedPaths::join(folder, rename.from);
            const QString to = RotatedPaths::join(folder, rename.to);
            if (const int err = m_actions.renameRotated(from, to)) {
                m_outcome.failures.append(Failure(
                    Failure::Kind::NumberedShift, set.name, path,
                    {path,
                     QStringLiteral("%1 -> %2: %3").arg(from, to, Failure::systemError(err))}));
                return false;
            }
            names.removeOne(rename.from);
            names.append(rename.to);
            m_unsyncedFolders << folder;
        }
    }
    return true;
}

void RotateOperation::release(const LogSetConfig &set, const QString &path,
                              const QString &stagingDir)
{
    // Every uncompressed rotated file of this log waiting in the staging folder is older than
    // the rotation about to happen: compressed from now on.
    const QString activeName = QFileInfo(path).fileName();
    for (const QString &name : std::as_const(namesOf(set, stagingDir, activeName))) {
        if (ArchiveNaming::parse(set.naming, name).codec != Codec::None)
            continue;
        const QString rotatedPath = RotatedPaths::join(stagingDir, name);
        const QString archivePath = RotatedPaths::archivePath(set, rotatedPath);
        if (archivePath == rotatedPath)
            continue; // uncompressed and already where it stays
        m_outcome.released.append(
            {set.name, path, rotatedPath, archivePath, QFileInfo(rotatedPath).size(), true});
    }
}

void RotateOperation::rotate(const LogSetConfig &set, const QString &path, const QString &reason)
{
    const Rotator::Result folder = m_actions.createArchiveFolder(set.archiveDir, set.createDir);
    if (!folder.ok) {
        m_outcome.failures.append(set.createDir.enabled
                                      ? Failure(Failure::Kind::ArchiveFolderForFile, set.name, path,
                                                {path, set.archiveDir})
                                      : Failure(Failure::Kind::ArchiveFolderMissing, set.name, path,
                                                {path, set.archiveDir}));
        if (set.createDir.enabled)
            qCWarning(lcRotation).noquote() << folder.error;
        return;
    }
    if (!folder.warning.isEmpty())
        m_outcome.failures.append(ownerNotKept(set, set.archiveDir, folder.warning));
    const QString stagingDir = RotatedPaths::stagingDir(set);
    if (set.naming.kind == ArchiveNaming::Kind::Numbered && !shiftNumbered(set, path))
        return;
    if (set.delayCompress)
        release(set, path, stagingDir);
    const QString activeName = QFileInfo(path).fileName();
    QStringList existing = namesOf(set, stagingDir, activeName);
    if (stagingDir != set.archiveDir)
        existing += namesOf(set, set.archiveDir, activeName);
    const QString name = RotatedPaths::uniqueRotatedName(set, activeName, stagingDir, existing);
    const QString rotatedPath = RotatedPaths::join(stagingDir, name);
    const QString archivePath = RotatedPaths::archivePath(set, rotatedPath);
    const bool rename = set.strategy == RotationStrategy::Rename;
    const QString how = rename                                   ? QStringLiteral("rename")
                        : set.strategy == RotationStrategy::Copy ? QStringLiteral("copy")
                                                                 : QStringLiteral("copytruncate");
    const std::optional<Rotator::Result> r = m_actions.rotate(
        path, rotatedPath, set.strategy, set.create,
        QStringLiteral("rotate %1 -> %2 (%3, %4)")
            .arg(path, set.delayCompress ? rotatedPath : archivePath, reason, how));
    if (!r)
        return; // only described
    if (rename)
        m_unsyncedFolders << QFileInfo(path).absolutePath() << stagingDir;
    if (!r->ok) {
        m_outcome.failures.append(
            Failure(Failure::Kind::Rotation, set.name, path, {path, r->error}));
        return;
    }
    namesOf(set, stagingDir, activeName).append(name);
    if (!r->warning.isEmpty())
        m_outcome.failures.append(ownerNotKept(set, path, r->warning));
    else if (!r->error.isEmpty())
        qCWarning(lcRotation).noquote() << r->error;
    qCInfo(lcRotation).noquote() << QStringLiteral("Rotated log file %1 to %2 (%3; %4%5)")
                                        .arg(path, r->rotatedPath, sizeText(r->bytes), reason,
                                             r->collapsed ? QStringLiteral("; collapsed")
                                                          : QString());
    // The log's content begins now (if there is a log again).
    struct stat st;
    if (::lstat(QFile::encodeName(path).constData(), &st) == 0 && S_ISREG(st.st_mode))
        m_state.setEntry(path,
                         {QDateTime::currentDateTime(), quint64(st.st_dev), quint64(st.st_ino)});
    else
        m_state.remove(path);
    m_outcome.rotations.append({set.name, path, r->rotatedPath, archivePath, r->bytes,
                                set.compress || stagingDir != set.archiveDir});
}

RotateOperation::Outcome RotateOperation::finish()
{
    // Renamed away and recreated: durable before a hook tells a writer to use the new file.
    for (const QString &folder : std::exchange(m_unsyncedFolders, {})) {
        if (const int err = PosixFile::syncFolder(folder))
            m_outcome.failures.append(Failure(Failure::Kind::RotationNotDurable, QString(), folder,
                                              {folder, Failure::systemError(err)}));
    }
    return std::exchange(m_outcome, {});
}

} // namespace Logkeeper
