// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "browser/archiveexpiries.h"

#include "core/archivenaming.h"
#include "core/codecs.h"
#include "policy/retention.h"

#include <QHash>
#include <QSet>

namespace Logkeeper {

namespace {

QString folderOf(const QString &path)
{
    return path.left(path.lastIndexOf(QLatin1Char('/')));
}

QDateTime modified(const ArchiveEntry &e)
{
    return QDateTime::fromMSecsSinceEpoch(e.mtimeNs / 1000000);
}

// The archive folder of the log an entry was rotated from.
QString archiveFolderOf(const ArchiveEntry &e, const LogSetConfig &set)
{
    return e.staged ? set.archiveDirFor(folderOf(e.logPath)) : folderOf(e.path);
}

} // namespace

void ArchiveExpiries::assign(const QVector<ArchiveEntry *> &entries, const LogSetConfig &set,
                             const QDateTime &now)
{
    using Why = Retention::Expiry::Why;
    using When = ArchiveExpiry::When;

    // What retention sees: the files in the archive folders (not those waiting beside a log).
    QVector<Retention::Archive> seen;
    QVector<int> seenAt(entries.size(), -1);
    for (int i = 0; i < entries.size(); ++i) {
        const ArchiveEntry &e = *entries[i];
        if (e.staged)
            continue;
        seenAt[i] = int(seen.size());
        seen.append({e.fileName, e.compressedSize, modified(e), folderOf(e.path)});
    }
    const QVector<Retention::Expiry> asTheyAre = Retention::expiries(seen, set, now);

    // The rotated files waiting, as the archives they become in their log's archive folder
    // (its size is not known yet: only max_archives is read from this).
    QVector<Retention::Archive> archived = seen;
    for (int i = 0; i < entries.size(); ++i) {
        const ArchiveEntry &e = *entries[i];
        if (!e.pending || (seenAt[i] >= 0 && asTheyAre[seenAt[i]].why != Why::NotOurs))
            continue;
        const QString name = set.compress && e.codec == Codec::None
                                 ? e.fileName + Codecs::extension(set.codec)
                                 : e.fileName;
        archived.append({name, 0, modified(e), archiveFolderOf(e, set)});
    }
    const bool waiting = archived.size() > seen.size();
    const QVector<Retention::Expiry> onceArchived =
        waiting ? Retention::expiries(archived, set, now) : asTheyAre;

    // Then one more rotation of every log that has any.
    QVector<Retention::Expiry> afterRotation;
    if (set.maxArchives > 0) {
        QVector<Retention::Archive> rotated = archived;
        QHash<QString, QStringList> namesIn; // folder -> the names there
        for (const Retention::Archive &a : std::as_const(archived))
            namesIn[a.folder].append(a.name);
        QSet<QString> logs;
        for (const ArchiveEntry *e : entries) {
            const QString folder = archiveFolderOf(*e, set);
            const QString logName = e->logPath.mid(e->logPath.lastIndexOf(QLatin1Char('/')) + 1);
            const QString log = folder + QLatin1Char('/') + logName;
            if (logName.isEmpty() || logs.contains(log))
                continue;
            logs.insert(log);
            QString name =
                ArchiveNaming::nextRotatedName(set.naming, logName, now, namesIn.value(folder));
            if (set.compress)
                name += Codecs::extension(set.codec);
            rotated.append({name, 0, now, folder});
        }
        afterRotation = Retention::expiries(rotated, set, now);
    }

    for (int i = 0; i < entries.size(); ++i) {
        ArchiveEntry &e = *entries[i];
        ArchiveExpiry x;
        if (e.staged) {
            x.reason = tr("Waits beside its log to be archived: retention removes only archives.");
            e.expiry = x;
            continue;
        }
        const int k = seenAt[i];
        const Retention::Expiry &r = asTheyAre[k];
        if (r.why == Why::NotOurs) {
            x.reason = e.pending ? tr("Waits for compression: retention removes only archives.")
                                 : r.reason;
        } else if (r.why == Why::Count || r.why == Why::TotalSize ||
                   (r.why == Why::Age && r.at <= now)) {
            x.when = When::NextCleanup;
            x.at = r.why == Why::Age ? r.at : QDateTime();
            x.reason = r.reason;
        } else if (waiting && onceArchived[k].why == Why::Count) {
            x.when = When::NextCleanup;
            x.reason = tr("Once the rotated file waiting for compression is archived, its log has "
                          "more than %n archive(s) (max_archives): removed at the next cleanup.",
                          nullptr, set.maxArchives);
        } else if (!afterRotation.isEmpty() && afterRotation[k].why == Why::Count) {
            x.when = When::NextRotation;
            x.at = r.why == Why::Age ? r.at : QDateTime();
            x.reason = tr("The next rotation of %1 leaves it one archive too many (max_archives "
                          "%n): removed right after.",
                          nullptr, set.maxArchives)
                           .arg(e.logPath);
        } else if (r.why == Why::Age) {
            x.when = When::At;
            x.at = r.at;
            x.reason = r.reason;
        } else {
            x.when = set.maxArchives > 0 || set.maxTotalMb > 0 ? When::WithinLimits : When::Never;
            x.reason = r.reason;
        }
        e.expiry = x;
    }
}

} // namespace Logkeeper
