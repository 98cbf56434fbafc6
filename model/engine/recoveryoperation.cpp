// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "engine/recoveryoperation.h"

#include "core/archivenaming.h"
#include "core/logcategories.h"
#include "engine/fileactions.h"
#include "engine/rotatedpaths.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QPair>

#include <cstring>

namespace Logkeeper {

bool RecoveryOperation::startsWith(const QString &path, const QString &prefixPath)
{
    QFile whole(path), prefix(prefixPath);
    if (!whole.open(QIODevice::ReadOnly) || !prefix.open(QIODevice::ReadOnly) ||
        prefix.size() == 0 || prefix.size() > whole.size())
        return false;
    QByteArray a(1 << 20, Qt::Uninitialized), b(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = prefix.read(a.data(), a.size());
        if (n <= 0)
            return n == 0;
        if (whole.read(b.data(), n) != n ||
            std::memcmp(a.constData(), b.constData(), size_t(n)) != 0)
            return false;
    }
}

RecoveryOperation::Outcome
RecoveryOperation::run(const LogSetConfig &set, const std::function<bool(const QString &)> &isKnown)
{
    Outcome outcome;
    const Rotator::Result folder = m_actions.createArchiveFolder(set.archiveDir, set.createDir);
    if (!folder.ok && set.createDir.enabled)
        outcome.failures.append(
            Failure(Failure::Kind::ArchiveFolder, set.name, set.archiveDir, {set.archiveDir}));
    // (create_dir false: each rotation names the missing folder; nothing to recover here.)
    QStringList dirs{set.archiveDir};
    if (set.logDir != set.archiveDir)
        dirs.append(set.logDir);
    const bool needsWork = set.compress; // else only rotated files outside the archive folder
    for (const QString &dirPath : std::as_const(dirs)) {
        const QStringList names =
            QDir(dirPath).entryList(QDir::Files | QDir::Hidden | QDir::NoSymLinks);
        // delay_compress: per log, the newest rotated file stays as it is until the next rotation.
        QHash<QString, QString> newestPerLog;
        QVector<QPair<QString, ArchiveNaming::Parsed>> found;
        for (const QString &name : names) {
            const QString path = RotatedPaths::join(dirPath, name);
            if (name.startsWith(ArchiveNaming::temporaryPrefix())) {
                // Only this process writes these, one at a time, from this thread: any seen
                // between two operations was abandoned by a crash.
                if (m_actions.removeLeftover(
                        path, QStringLiteral("remove leftover temporary file %1").arg(path)))
                    qCInfo(lcRotation).noquote() << "removed leftover temporary file" << path;
                continue;
            }
            const ArchiveNaming::Parsed parsed = ArchiveNaming::parse(set.naming, name);
            const bool ours =
                parsed.valid() && parsed.codec == Codec::None &&
                ArchiveNaming::isArchiveOf(set.naming, name, set.activeLog, set.patterns);
            if (!ours || !(needsWork || dirPath != set.archiveDir))
                continue;
            found.append({name, parsed});
            if (set.delayCompress) {
                QString &newest = newestPerLog[parsed.originalName];
                if (newest.isEmpty() ||
                    ArchiveNaming::rotatedBefore(set.naming,
                                                 ArchiveNaming::parse(set.naming, newest), parsed))
                    newest = name;
            }
        }
        for (const auto &[name, parsed] : std::as_const(found)) {
            const QString path = RotatedPaths::join(dirPath, name);
            if (isKnown(path) || newestPerLog.value(parsed.originalName) == name)
                continue;
            const QString activePath = RotatedPaths::join(set.logDir, parsed.originalName);
            if (set.strategy == RotationStrategy::CopyTruncate && startsWith(activePath, path)) {
                // A crash between putting the copy in place and removing its content from the
                // log: the log still holds every byte, so the copy goes, not the log's content.
                if (m_actions.removeLeftover(path,
                                             QStringLiteral("remove %1 (an interrupted "
                                                            "copytruncate; %2 still holds its "
                                                            "content)")
                                                 .arg(path, activePath)))
                    qCInfo(lcRotation).noquote()
                        << QStringLiteral("removed %1: an interrupted copytruncate, %2 still "
                                          "holds its content")
                               .arg(path, activePath);
                continue;
            }
            qCInfo(lcRotation).noquote() << "found rotated file" << path << "not yet archived";
            outcome.unarchived.append({path, activePath});
        }
    }
    return outcome;
}

} // namespace Logkeeper
