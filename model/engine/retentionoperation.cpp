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
#include <QHash>

#include <cerrno>
#include <fcntl.h>
#include <memory>

namespace Logkeeper {

RetentionOperation::Outcome RetentionOperation::run(const LogSetConfig &set,
                                                    const QStringList &archiveFolders,
                                                    const QDateTime &now)
{
    Outcome outcome;
    const bool several = archiveFolders.size() > 1;
    QVector<Retention::Archive> archives;
    for (const QString &folder : archiveFolders) {
        const QDir dir(folder);
        if (!dir.exists())
            continue;
        const QFileInfoList entries =
            dir.entryInfoList(QDir::Files | QDir::Hidden | QDir::NoSymLinks);
        for (const QFileInfo &info : entries) {
            if (Retention::isCandidate(info.fileName(), set))
                archives.append({info.fileName(), info.size(), info.lastModified(),
                                 several ? folder : QString()});
        }
    }
    const auto removals = Retention::select(archives, set, now);
    QHash<QString, std::shared_ptr<PosixFile::UniqueFd>> opened; // folder -> its descriptor
    for (const Retention::Removal &removal : removals) {
        const QString folder = several ? removal.folder : archiveFolders.first();
        auto &fd = opened[folder];
        if (!fd) {
            fd = std::make_shared<PosixFile::UniqueFd>(
                ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
            if (!fd->valid())
                outcome.failures.append(Failure(Failure::Kind::CleanupFolder, set.name, folder,
                                                {folder, Failure::systemError(errno)}));
        }
        if (!fd->valid())
            continue;
        const QString path = RotatedPaths::join(folder, removal.name);
        int error = 0;
        switch (m_actions.removeArchive(fd->get(), path, removal.name, removal.reason, &error)) {
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
