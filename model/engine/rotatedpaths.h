// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "config/config.h"

#include <QDateTime>
#include <QString>

namespace Logkeeper {

// Where a set's rotated files and archives go, shared by the operations that rotate, archive
// and recover: one place that knows the folders and the names.
class RotatedPaths
{
public:
    // The folder a rotation puts its rotated file in. A rename keeps the content on the log's
    // filesystem: the archive folder when it is on the same filesystem, otherwise the log folder,
    // from where the archive is copied across once compressed.
    static QString stagingDir(const LogSetConfig &set);
    // The archive a rotated file becomes: in the archive folder, with the codec's extension.
    static QString archivePath(const LogSetConfig &set, const QString &rotatedPath);
    // A rotated name for the active log in the set's naming (rotation.naming) that nothing has
    // yet: no rotated file of that name in the staging or the archive folder, nor the archive it
    // would become. `existing` holds the names of the log's rotated files and archives in both
    // folders; the sequence goes past the highest of them, so names sort in rotation order even
    // after retention freed one (ArchiveNaming::nextRotatedName()). Numbered: .1 (shift first).
    static QString uniqueRotatedName(const LogSetConfig &set, const QString &activeName,
                                     const QString &stagingDir, const QStringList &existing,
                                     const QDateTime &at = QDateTime::currentDateTime());
    // The folders a log's rotated files and archives are in: the archive folder, and the
    // staging folder when that is another.
    static QStringList folders(const LogSetConfig &set);
    static QString join(const QString &dir, const QString &name)
    {
        return dir + QLatin1Char('/') + name;
    }
};

} // namespace Logkeeper
