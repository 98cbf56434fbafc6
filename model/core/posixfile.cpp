// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "core/posixfile.h"

#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <fcntl.h>
#include <sys/stat.h>

namespace Logkeeper {

int PosixFile::renameNoReplace(const QString &from, const QString &to)
{
    const QByteArray f = QFile::encodeName(from);
    const QByteArray t = QFile::encodeName(to);
    if (::renameat2(AT_FDCWD, f.constData(), AT_FDCWD, t.constData(), RENAME_NOREPLACE) == 0)
        return 0;
    if (errno != EINVAL && errno != ENOSYS && errno != ENOTSUP)
        return errno;
    // Filesystems without RENAME_NOREPLACE: link() refuses an existing target just the same.
    if (::link(f.constData(), t.constData()) != 0)
        return errno;
    ::unlink(f.constData());
    return 0;
}

void PosixFile::syncParentFolder(const QString &path)
{
    syncFolder(QFileInfo(path).absolutePath());
}

int PosixFile::syncFolder(const QString &folder)
{
    const UniqueFd dir(
        ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!dir.valid() || ::fsync(dir.get()) != 0)
        return errno;
    return 0;
}

bool PosixFile::sameFileSystem(const QString &a, const QString &b)
{
    struct stat sa, sb;
    if (::stat(QFile::encodeName(a).constData(), &sa) != 0 ||
        ::stat(QFile::encodeName(b).constData(), &sb) != 0)
        return false;
    return sa.st_dev == sb.st_dev;
}

} // namespace Logkeeper
