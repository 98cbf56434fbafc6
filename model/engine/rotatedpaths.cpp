// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "engine/rotatedpaths.h"

#include "core/archivenaming.h"
#include "core/posixfile.h"

#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

namespace Logkeeper {

namespace {
bool exists(const QString &path)
{
    struct stat st;
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0;
}
} // namespace

QString RotatedPaths::stagingDir(const LogSetConfig &set)
{
    if (set.strategy == RotationStrategy::Rename &&
        !PosixFile::sameFileSystem(set.logDir, set.archiveDir))
        return set.logDir;
    return set.archiveDir;
}

QString RotatedPaths::archivePath(const LogSetConfig &set, const QString &rotatedPath)
{
    return join(set.archiveDir,
                QFileInfo(rotatedPath).fileName() + Codecs::extension(set.archiveCodec()));
}

QString RotatedPaths::uniqueRotatedName(const LogSetConfig &set, const QString &activeName,
                                        const QString &stagingDir, const QStringList &existing,
                                        const QDateTime &at)
{
    QStringList names = existing;
    for (;;) {
        const QString name = ArchiveNaming::nextRotatedName(set.naming, activeName, at, names);
        const QString rotatedPath = join(stagingDir, name);
        // Archives of other codecs may share the stem: they are other files and harmless.
        if (!exists(rotatedPath) && !exists(archivePath(set, rotatedPath)) &&
            (stagingDir == set.archiveDir || !exists(join(set.archiveDir, name))))
            return name;
        if (set.naming.kind == ArchiveNaming::Kind::Numbered || names.contains(name))
            return name;    // the caller's rename refuses to overwrite it
        names.append(name); // a name we did not know of: go past it
    }
}

QStringList RotatedPaths::folders(const LogSetConfig &set)
{
    const QString staging = stagingDir(set);
    return staging == set.archiveDir ? QStringList{set.archiveDir}
                                     : QStringList{set.archiveDir, staging};
}

} // namespace Logkeeper
