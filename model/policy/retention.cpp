// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "policy/retention.h"

#include "core/archivenaming.h"
#include "core/codecs.h"

#include <algorithm>

namespace Logkeeper {

bool Retention::isCandidate(const QString &fileName, const LogSetConfig &set)
{
    if (fileName.startsWith(ArchiveNaming::temporaryPrefix()))
        return false;
    if (Codecs::isCompressedName(fileName))
        return true;
    if (set.compress)
        return false; // an uncompressed rotated file is still waiting for its compression
    const QString original = ArchiveNaming::originalName(fileName);
    return !original.isEmpty() &&
           ArchiveNaming::isLiveLogName(original, set.activeLog, set.patterns);
}

QVector<Retention::Removal> Retention::select(QVector<Archive> archives, const LogSetConfig &set,
                                              const QDateTime &now)
{
    std::sort(archives.begin(), archives.end(), [](const Archive &a, const Archive &b) {
        return a.modified != b.modified ? a.modified < b.modified : a.name < b.name;
    });

    QVector<Removal> removals;
    QVector<Archive> kept;
    if (set.retentionDays > 0) {
        const QDateTime cutoff = now.addMSecs(-qint64(set.retentionDays * 86400000.0));
        const QString reason = QStringLiteral("older than %1 days").arg(set.retentionDays);
        for (const Archive &a : archives) {
            if (a.modified < cutoff)
                removals.append({a.name, reason});
            else
                kept.append(a);
        }
    } else {
        kept = archives;
    }

    qint64 total = 0;
    for (const Archive &a : kept)
        total += a.size;
    const qint64 maxTotal = qint64(set.maxTotalMb * 1024.0 * 1024.0);
    int count = kept.size();
    for (const Archive &a : kept) { // oldest first
        const bool tooMany = set.maxArchives > 0 && count > set.maxArchives;
        const bool tooBig = maxTotal > 0 && total > maxTotal;
        if (!tooMany && !tooBig)
            break;
        removals.append({a.name, tooMany
                                     ? QStringLiteral("more than %1 archives").arg(set.maxArchives)
                                     : QStringLiteral("over %1 MiB in total").arg(set.maxTotalMb)});
        --count;
        total -= a.size;
    }
    return removals;
}

} // namespace Logkeeper
