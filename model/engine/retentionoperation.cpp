// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "engine/retentionoperation.h"

#include "core/logcategories.h"
#include "core/posixfile.h"
#include "engine/fileactions.h"
#include "engine/rotatedpaths.h"
#include "policy/retention.h"

#include <QDir>
#include <QFile>

#include <cerrno>
#include <fcntl.h>

namespace Logkeeper {

RetentionOperation::Outcome RetentionOperation::run(const LogSetConfig &set, const QDateTime &now)
{
    Outcome outcome;
    const QDir dir(set.archiveDir);
    if (!dir.exists())
        return outcome;
    QVector<Retention::Archive> archives;
    const QFileInfoList entries = dir.entryInfoList(QDir::Files | QDir::Hidden | QDir::NoSymLinks);
    for (const QFileInfo &info : entries) {
        if (Retention::isCandidate(info.fileName(), set))
            archives.append({info.fileName(), info.size(), info.lastModified()});
    }
    const auto removals = Retention::select(archives, set, now);
    if (removals.isEmpty())
        return outcome;
    const PosixFile::UniqueFd folder(
        ::open(QFile::encodeName(set.archiveDir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!folder.valid()) {
        outcome.failures.append(Failure(Failure::Kind::CleanupFolder, set.name, set.archiveDir,
                                        {set.archiveDir, Failure::systemError(errno)}));
        return outcome;
    }
    for (const Retention::Removal &removal : removals) {
        const QString path = RotatedPaths::join(set.archiveDir, removal.name);
        int error = 0;
        switch (m_actions.removeArchive(folder.get(), path, removal.name, removal.reason, &error)) {
        case FileActions::Effect::Done:
            qCInfo(lcRetention).noquote()
                << QStringLiteral("Removed archived log: %1 (%2)").arg(path, removal.reason);
            outcome.removed.append({path, removal.reason});
            break;
        case FileActions::Effect::Failed:
            outcome.failures.append(Failure(Failure::Kind::ArchiveNotRemoved, set.name, path,
                                            {path, Failure::systemError(error)}));
            break;
        case FileActions::Effect::Skipped:
            break;
        }
    }
    return outcome;
}

} // namespace Logkeeper
