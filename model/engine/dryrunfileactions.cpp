// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "engine/dryrunfileactions.h"

#include <QFileInfo>

namespace Logkeeper {

bool DryRunFileActions::removeLeftover(const QString &, const QString &description)
{
    m_report(description);
    return false;
}

Rotator::Result DryRunFileActions::createArchiveFolder(const QString &folder,
                                                       const CreateSpec &spec)
{
    Rotator::Result r;
    r.ok = spec.enabled || QFileInfo(folder).isDir();
    if (!r.ok)
        r.error = QStringLiteral("%1: the archive folder does not exist, and create_dir is false")
                      .arg(folder);
    return r;
}

std::optional<Rotator::Result> DryRunFileActions::rotate(const QString &, const QString &,
                                                         RotationStrategy, const CreateSpec &,
                                                         const QString &description)
{
    m_report(description);
    return std::nullopt;
}

int DryRunFileActions::renameRotated(const QString &from, const QString &to)
{
    m_report(QStringLiteral("rename %1 -> %2").arg(from, to));
    return 0;
}

void DryRunFileActions::archive(const QVector<ArchiveBatch::Job> &jobs,
                                const ArchiveBatch::Events &)
{
    for (const ArchiveBatch::Job &job : jobs)
        m_report(
            QStringLiteral("%1 %2 -> %3")
                .arg(job.codec == Codec::None ? QStringLiteral("move") : QStringLiteral("compress"),
                     job.rotatedPath, job.archivePath));
}

FileActions::Effect DryRunFileActions::removeArchive(int, const QString &path, const QString &,
                                                     const QString &reason, int *)
{
    m_report(QStringLiteral("remove %1 (%2)").arg(path, reason));
    return Effect::Skipped;
}

} // namespace Logkeeper
