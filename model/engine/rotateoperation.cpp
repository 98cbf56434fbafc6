// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "engine/rotateoperation.h"

#include "core/logcategories.h"
#include "core/posixfile.h"
#include "engine/fileactions.h"
#include "engine/rotatedpaths.h"
#include "engine/statestore.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

namespace Logkeeper {

namespace {
QString sizeText(qint64 bytes)
{
    return QString::number(bytes / (1024.0 * 1024.0), 'f', 2) + QStringLiteral(" MiB");
}
} // namespace

void RotateOperation::rotate(const LogSetConfig &set, const QString &path, const QString &reason)
{
    if (!m_actions.makeFolder(set.archiveDir)) {
        m_outcome.failures.append(
            Failure(Failure::Kind::ArchiveFolderForFile, set.name, path, {path, set.archiveDir}));
        return;
    }
    const QString stagingDir = RotatedPaths::stagingDir(set);
    const QString name =
        RotatedPaths::uniqueRotatedName(set, QFileInfo(path).fileName(), stagingDir);
    const QString rotatedPath = RotatedPaths::join(stagingDir, name);
    const QString archivePath = RotatedPaths::archivePath(set, rotatedPath);
    const bool rename = set.strategy == RotationStrategy::Rename;
    const std::optional<Rotator::Result> r = m_actions.rotate(
        path, rotatedPath, set.strategy,
        QStringLiteral("rotate %1 -> %2 (%3, %4)")
            .arg(path, archivePath, reason,
                 rename ? QStringLiteral("rename") : QStringLiteral("copytruncate")));
    if (!r)
        return; // only described
    if (rename)
        m_unsyncedFolders << QFileInfo(path).absolutePath() << stagingDir;
    if (!r->ok) {
        m_outcome.failures.append(
            Failure(Failure::Kind::Rotation, set.name, path, {path, r->error}));
        return;
    }
    if (!r->error.isEmpty())
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
