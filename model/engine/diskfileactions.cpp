// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "engine/diskfileactions.h"

#include "engine/statestore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Logkeeper {

bool DiskFileActions::makeFolder(const QString &folder)
{
    return QFileInfo::exists(folder) || QDir().mkpath(folder);
}

bool DiskFileActions::removeLeftover(const QString &path, const QString &)
{
    return QFile::remove(path);
}

Rotator::Result DiskFileActions::createArchiveFolder(const QString &folder, const CreateSpec &spec)
{
    return Rotator::createFolder(folder, spec);
}

std::optional<Rotator::Result> DiskFileActions::rotate(const QString &activePath,
                                                       const QString &rotatedPath,
                                                       RotationStrategy strategy,
                                                       const CreateSpec &create, const QString &)
{
    // Each strategy its own way: "copy" must never reach copyTruncate, which empties the log.
    switch (strategy) {
    case RotationStrategy::Rename:
        return Rotator::renameAndRecreate(activePath, rotatedPath, create,
                                          PosixFile::FolderSync::Deferred);
    case RotationStrategy::CopyTruncate:
        return Rotator::copyTruncate(activePath, rotatedPath);
    case RotationStrategy::Copy:
        return Rotator::copy(activePath, rotatedPath);
    }
    return std::nullopt;
}

int DiskFileActions::renameRotated(const QString &from, const QString &to)
{
    return PosixFile::renameNoReplace(from, to);
}

void DiskFileActions::archive(const QVector<ArchiveBatch::Job> &jobs,
                              const ArchiveBatch::Events &events)
{
    ArchiveBatch(m_compressor, m_cancel).run(jobs, events);
}

FileActions::Effect DiskFileActions::removeArchive(int folderFd, const QString &,
                                                   const QString &name, const QString &, int *error)
{
    // By name relative to the folder's descriptor, re-checked without following links: nothing
    // outside the folder can be reached.
    const QByteArray n = QFile::encodeName(name);
    struct stat st;
    if (::fstatat(folderFd, n.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0 || !S_ISREG(st.st_mode))
        return Effect::Skipped;
    if (::unlinkat(folderFd, n.constData(), 0) != 0) {
        *error = errno;
        return Effect::Failed;
    }
    return Effect::Done;
}

bool DiskFileActions::saveState(StateStore &state, QString *error)
{
    return state.save(error);
}

} // namespace Logkeeper
