// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "config/config.h"

#include <QDateTime>
#include <QString>
#include <QVector>

namespace Logkeeper {

// Chooses which archives of a set's archive folder to remove. Pure: the caller lists the folder
// (regular files only, never through a symlink) and removes what this returns.
class Retention
{
public:
    struct Archive
    {
        QString name; // file name inside the archive folder
        qint64 size = 0;
        QDateTime modified;
    };
    struct Removal
    {
        QString name;
        QString reason; // "older than 30 days", "more than 10 archives", "over 500 MiB in total"
    };

    // Whether a file in the archive folder is an archive this set may expire: any compressed
    // archive (.gz .bz2 .xz .zst, as the seed script did), and the set's own rotated files when
    // it does not compress. Temporary files and everything else are never candidates.
    static bool isCandidate(const QString &fileName, const LogSetConfig &set);

    // First everything older than retention_days, then the oldest until max_archives and
    // max_total_mb hold. Order of the result: the order removals should happen in.
    static QVector<Removal> select(QVector<Archive> archives, const LogSetConfig &set,
                                   const QDateTime &now);
};

} // namespace Logkeeper
