// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "policy/retention.h"

#include "core/archivenaming.h"

#include <QHash>

#include <algorithm>

namespace Logkeeper {

namespace {

struct Item
{
    int index = 0; // into the caller's list
    Retention::Archive archive;
    ArchiveNaming::Parsed parsed;
    QDateTime since; // what its age counts from
};

struct Removed
{
    int index = 0;
    Retention::Expiry::Why why = Retention::Expiry::Why::Never;
};

// The archives retention removes now, in the order they should go.
QVector<Removed> decide(const QVector<Retention::Archive> &archives, const LogSetConfig &set,
                        const QDateTime &now, QVector<Item> *candidates)
{
    QVector<Item> items;
    for (int i = 0; i < archives.size(); ++i) {
        if (!Retention::isCandidate(archives[i].name, set))
            continue;
        Item item{i, archives[i], ArchiveNaming::parse(set.naming, archives[i].name), {}};
        item.since =
            item.parsed.rotatedAt.isValid() ? item.parsed.rotatedAt : item.archive.modified;
        items.append(item);
    }
    if (candidates)
        *candidates = items;
    // Oldest first: by age, then by rotation order (one second holds several), then by name.
    const auto older = [&set](const Item &a, const Item &b) {
        if (a.since != b.since)
            return a.since < b.since;
        if (a.parsed.originalName == b.parsed.originalName &&
            a.archive.folder == b.archive.folder &&
            (ArchiveNaming::rotatedBefore(set.naming, a.parsed, b.parsed) ||
             ArchiveNaming::rotatedBefore(set.naming, b.parsed, a.parsed)))
            return ArchiveNaming::rotatedBefore(set.naming, a.parsed, b.parsed);
        return a.archive.name < b.archive.name;
    };
    std::sort(items.begin(), items.end(), older);

    QVector<Removed> removed;
    QVector<Item> kept;
    if (set.retentionDays > 0) {
        const QDateTime cutoff = now.addMSecs(-qint64(set.retentionDays * 86400000.0));
        for (const Item &item : std::as_const(items)) {
            if (item.since < cutoff)
                removed.append({item.index, Retention::Expiry::Why::Age});
            else
                kept.append(item);
        }
    } else {
        kept = items;
    }

    // Per log, like logrotate's rotate N: the oldest of each log beyond max_archives, in its
    // rotation order (numbered: the highest numbers).
    if (set.maxArchives > 0) {
        QHash<QString, QVector<int>> perLog; // folder and original name -> positions in kept
        for (int k = 0; k < kept.size(); ++k)
            perLog[kept[k].archive.folder + QLatin1Char('/') + kept[k].parsed.originalName].append(
                k);
        QVector<bool> drop(kept.size(), false);
        for (QVector<int> &positions : perLog) {
            std::stable_sort(positions.begin(), positions.end(), [&](int a, int b) {
                if (ArchiveNaming::rotatedBefore(set.naming, kept[a].parsed, kept[b].parsed))
                    return true;
                if (ArchiveNaming::rotatedBefore(set.naming, kept[b].parsed, kept[a].parsed))
                    return false;
                return older(kept[a], kept[b]);
            });
            for (int k = 0; k < positions.size() - set.maxArchives; ++k)
                drop[positions[k]] = true;
        }
        QVector<Item> stay;
        for (int k = 0; k < kept.size(); ++k) {
            if (drop[k])
                removed.append({kept[k].index, Retention::Expiry::Why::Count});
            else
                stay.append(kept[k]);
        }
        kept = stay;
    }

    // Per set: the oldest until the total fits.
    const qint64 maxTotal = qint64(set.maxTotalMb * 1024.0 * 1024.0);
    if (maxTotal > 0) {
        qint64 total = 0;
        for (const Item &item : std::as_const(kept))
            total += item.archive.size;
        for (const Item &item : std::as_const(kept)) {
            if (total <= maxTotal)
                break;
            removed.append({item.index, Retention::Expiry::Why::TotalSize});
            total -= item.archive.size;
        }
    }
    return removed;
}

QString number(double value)
{
    return QString::number(value, 'g', 10);
}

} // namespace

bool Retention::isCandidate(const QString &fileName, const LogSetConfig &set)
{
    const ArchiveNaming::Parsed parsed = ArchiveNaming::parse(set.naming, fileName);
    if (!ArchiveNaming::isArchiveOf(set.naming, fileName, set.activeLog, set.patterns))
        return false;
    if (parsed.codec != Codec::None)
        return true;
    // Uncompressed: the archive itself when the set does not compress, or the newest rotation
    // that delay_compress keeps as it is; otherwise a file still waiting for its compression.
    return !set.compress || set.delayCompress;
}

QDateTime Retention::ageSince(const Archive &archive, const LogSetConfig &set)
{
    const QDateTime named = ArchiveNaming::parse(set.naming, archive.name).rotatedAt;
    return named.isValid() ? named : archive.modified;
}

QVector<Retention::Removal> Retention::select(QVector<Archive> archives, const LogSetConfig &set,
                                              const QDateTime &now)
{
    QVector<Removal> removals;
    QVector<Item> candidates;
    const QVector<Removed> removed = decide(archives, set, now, &candidates);
    QHash<int, QString> originals;
    for (const Item &item : std::as_const(candidates))
        originals.insert(item.index, item.parsed.originalName);
    for (const Removed &r : removed) {
        QString reason;
        switch (r.why) {
        case Expiry::Why::Age:
            reason = QStringLiteral("older than %1 days").arg(number(set.retentionDays));
            break;
        case Expiry::Why::Count:
            reason = QStringLiteral("more than %1 archives of %2")
                         .arg(set.maxArchives)
                         .arg(originals.value(r.index));
            break;
        default:
            reason = QStringLiteral("over %1 MiB in total").arg(number(set.maxTotalMb));
        }
        removals.append({archives[r.index].name, reason, archives[r.index].folder});
    }
    return removals;
}

QVector<Retention::Expiry> Retention::expiries(const QVector<Archive> &archives,
                                               const LogSetConfig &set, const QDateTime &now)
{
    QVector<Expiry> out(archives.size());
    QVector<Item> candidates;
    const QVector<Removed> removed = decide(archives, set, now, &candidates);
    QVector<bool> isCandidate(archives.size(), false);
    QVector<QDateTime> since(archives.size());
    for (const Item &item : std::as_const(candidates)) {
        isCandidate[item.index] = true;
        since[item.index] = item.since;
    }
    const auto ageLimit = [&](int i) {
        return since[i].addMSecs(qint64(set.retentionDays * 86400000.0));
    };
    for (int i = 0; i < archives.size(); ++i) {
        Expiry &e = out[i];
        if (!isCandidate[i]) {
            e.why = Expiry::Why::NotOurs;
            e.reason = tr("not an archive of this set: retention leaves it alone");
        } else if (set.retentionDays > 0) {
            e.why = Expiry::Why::Age;
            e.at = ageLimit(i);
            e.reason = tr("removed when older than %1 days").arg(number(set.retentionDays));
        } else if (set.maxArchives > 0) {
            e.reason =
                tr("kept while its log has no more than %n archive(s)", nullptr, set.maxArchives);
        } else if (set.maxTotalMb > 0) {
            e.reason =
                tr("kept while the set's archives stay within %1 MiB").arg(number(set.maxTotalMb));
        } else {
            e.reason = tr("kept for good: the set has no retention limit");
        }
    }
    for (const Removed &r : removed) {
        Expiry &e = out[r.index];
        e.why = r.why;
        switch (r.why) {
        case Expiry::Why::Age:
            e.at = ageLimit(r.index);
            e.reason = tr("older than %1 days: removed at the next cleanup")
                           .arg(number(set.retentionDays));
            break;
        case Expiry::Why::Count:
            e.at = now;
            e.reason = tr("more than %n archive(s) of its log: removed at the next cleanup",
                          nullptr, set.maxArchives);
            break;
        default:
            e.at = now;
            e.reason = tr("the set's archives exceed %1 MiB: removed at the next cleanup")
                           .arg(number(set.maxTotalMb));
        }
    }
    return out;
}

} // namespace Logkeeper
