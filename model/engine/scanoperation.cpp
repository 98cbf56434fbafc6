// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "engine/scanoperation.h"

#include "core/archivenaming.h"
#include "engine/rotatedpaths.h"
#include "policy/rotationpolicy.h"

#include <QDir>
#include <QFile>

#include <cerrno>
#include <sys/stat.h>

namespace Logkeeper {

namespace {
bool lstatPath(const QString &path, struct stat *st)
{
    return ::lstat(QFile::encodeName(path).constData(), st) == 0;
}
} // namespace

QStringList ScanOperation::liveFiles(const LogSetConfig &set)
{
    if (!set.activeLog.isEmpty())
        return {RotatedPaths::join(set.logDir, set.activeLog)};
    QStringList files;
    const QStringList names =
        QDir(set.logDir).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
    for (const QString &name : names) {
        if (ArchiveNaming::isLiveLogName(name, set.activeLog, set.patterns))
            files.append(RotatedPaths::join(set.logDir, name));
    }
    return files;
}

QStringList ScanOperation::existing(const QStringList &paths)
{
    QStringList present;
    for (const QString &path : paths) {
        struct stat st;
        if (lstatPath(path, &st) && S_ISREG(st.st_mode))
            present.append(path);
    }
    return present;
}

ScanOperation::Verdict ScanOperation::check(const LogSetConfig &set, const QString &path,
                                            bool force, const QDateTime &now)
{
    Verdict v;
    struct stat st;
    if (!lstatPath(path, &st)) {
        if (errno != ENOENT) // a log that does not exist yet is not an error
            v.failure = Failure(Failure::Kind::Inaccessible, set.name, path,
                                {path, Failure::systemError(errno)});
        v.reason = QStringLiteral("not there");
        return v;
    }
    if (!S_ISREG(st.st_mode)) {
        v.failure =
            Failure(S_ISLNK(st.st_mode) ? Failure::Kind::Symlink : Failure::Kind::NotRegularFile,
                    set.name, path, {path});
        v.reason = QStringLiteral("not a regular file");
        return v;
    }
    auto entry = m_state.entry(path);
    if (!entry || entry->inode != quint64(st.st_ino) || entry->device != quint64(st.st_dev)) {
        // First sight of this file (or a new file under the old name): its content counts
        // from now, or from its mtime if that is older.
        entry = StateStore::Entry{now, quint64(st.st_dev), quint64(st.st_ino)};
        m_state.setEntry(path, *entry);
    }
    const QDateTime modified =
        QDateTime::fromSecsSinceEpoch(st.st_mtim.tv_sec).addMSecs(st.st_mtim.tv_nsec / 1000000);
    const RotationPolicy::Decision decision =
        RotationPolicy::evaluate(set, st.st_size, entry->contentSince, modified, now);
    v.due = decision.due;
    v.reason = decision.reason;
    if (force && st.st_size > 0) {
        v.due = true;
        v.reason = QStringLiteral("forced");
    }
    return v;
}

} // namespace Logkeeper
