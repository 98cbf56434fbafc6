// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "config/config.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVector>

namespace Logkeeper {

// Chooses which archives of a set's archive folder to remove. Pure: the caller lists the folder
// (regular files only, never through a symlink) and removes what this returns.
//
// Retention acts only on the set's own archives: names in the set's naming scheme whose log is
// the set's active_log or matches its patterns (recognised by name, so also when the log is
// gone). Any other file, another program's .gz or another set's archive, is never touched.
// max_archives counts per log (logrotate's rotate N; a log is its name and, with
// Archive::folder, its archive folder), max_total_mb the whole set. An archive's
// age is the rotation time in its name where the scheme has one (timestamp; dateext with a full
// date), else its mtime.
class Retention
{
    Q_DECLARE_TR_FUNCTIONS(Retention)

public:
    struct Archive
    {
        QString name; // file name inside the archive folder
        qint64 size = 0;
        QDateTime modified;
        // The archive folder, where one call judges several (a set whose logs lie in several
        // folders): archives of logs with the same name in different folders are different
        // logs' for max_archives. Empty: all in one folder.
        QString folder = {};
    };
    struct Removal
    {
        QString name;
        QString reason;      // "older than 30 days", "more than 10 archives of app.log", "over 500
                             // MiB in total" (English: for Logkeeper's own log)
        QString folder = {}; // the Archive's folder
    };
    // When and why retention removes one archive, for people (the archive browser's "Expires").
    struct Expiry
    {
        enum class Why
        {
            Never,     // kept for good (no limit applies, or it is not the set's)
            Age,       // retention_days: at `at`
            Count,     // max_archives: due now
            TotalSize, // max_total_mb: due now
            NotOurs    // not an archive of this set: retention leaves it alone
        };
        QDateTime at; // when it goes (at or before now: due at the next cleanup); invalid: not by
                      // time (kept, or until newer archives push it out of max_archives)
        Why why = Why::Never;
        QString reason; // translated, one short sentence
    };

    // Whether a file in the archive folder is an archive this set may expire: one of its own,
    // compressed, or uncompressed when the set does not compress or delays compression.
    // Temporary files and everything else are never candidates.
    static bool isCandidate(const QString &fileName, const LogSetConfig &set);

    // First everything older than retention_days, then per log the oldest beyond max_archives,
    // then the oldest of the set until max_total_mb holds. Non-candidates are ignored. Order of
    // the result: the order removals should happen in.
    static QVector<Removal> select(QVector<Archive> archives, const LogSetConfig &set,
                                   const QDateTime &now);

    // Per archive (same order as given): when and why retention will remove it.
    static QVector<Expiry> expiries(const QVector<Archive> &archives, const LogSetConfig &set,
                                    const QDateTime &now);

    // The time an archive's age counts from: its name's rotation time, else its mtime.
    static QDateTime ageSince(const Archive &archive, const LogSetConfig &set);
};

} // namespace Logkeeper
