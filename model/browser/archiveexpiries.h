// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "browser/archiveentry.h"
#include "config/config.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QVector>

namespace Logkeeper {

// When retention will remove each of a set's archives, for the archive browser's "Expires".
// Every answer comes from Retention::expiries(), the rules retention itself removes by, so the
// browser never says other than what happens:
// - on the files in the set's archive folders as they are: what is due at the next cleanup
//   (older than retention_days, beyond max_archives, over max_total_mb) and the dates
//   retention_days sets;
// - with the rotated files waiting for compression archived: what their archives push over
//   max_archives (due at the next cleanup, right after they are archived);
// - with one more rotation of every log: what the next rotation pushes over max_archives.
// Files waiting beside their log, and files waiting for compression that retention does not
// count, are never removed by it.
class ArchiveExpiries
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveExpiries)

public:
    // Sets the expiry of each entry; entries are all of set's, from all its folders.
    static void assign(const QVector<ArchiveEntry *> &entries, const LogSetConfig &set,
                       const QDateTime &now);
};

} // namespace Logkeeper
