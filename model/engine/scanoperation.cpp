// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "engine/scanoperation.h"

#include "config/configfilecheck.h"
#include "engine/rotatedpaths.h"
#include "policy/rotationpolicy.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <sys/stat.h>

namespace Logkeeper {

namespace {
bool lstatPath(const QString &path, struct stat *st)
{
    return ::lstat(QFile::encodeName(path).constData(), st) == 0;
}
} // namespace

QStringList ScanOperation::liveFiles(const LogSetConfig &set, QStringList *folders)
{
    if (!set.activeLog.isEmpty()) {
        if (folders)
            folders->append(set.logDir);
        return {RotatedPaths::join(set.logDir, set.activeLog)};
    }
    // The same listing and claim rule as --check-config's, so both see the same files.
    QStringList below;
    ConfigFileCheck::listSet(set, &below, folders);
    QStringList files = ConfigFileCheck::claimedFiles(set, below);
    files.sort();
    return files;
}

bool ScanOperation::logFolderExists(const LogSetConfig &set)
{
    struct stat st;
    return ::stat(QFile::encodeName(set.logDir).constData(), &st) == 0 && S_ISDIR(st.st_mode);
}

LogSetConfig ScanOperation::forLog(const LogSetConfig &set, const QString &logPath)
{
    return forFolder(set, QFileInfo(logPath).path());
}

LogSetConfig ScanOperation::forFolder(const LogSetConfig &set, const QString &folder)
{
    if (folder == set.logDir)
        return set;
    LogSetConfig view = set;
    view.logDir = folder;
    view.archiveDir = set.archiveDirFor(folder);
    return view;
}

QStringList ScanOperation::logFolders(const LogSetConfig &set, const QStringList &files)
{
    if (!set.spansFolders())
        return {set.logDir};
    QStringList folders;
    for (const QString &file : files) {
        const QString folder = QFileInfo(file).path();
        if (!folders.contains(folder))
            folders.append(folder);
    }
    return folders;
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
        if (errno != ENOENT)
            v.failure = Failure(Failure::Kind::Inaccessible, set.name, path,
                                {path, Failure::systemError(errno)});
        else if (!set.activeLog.isEmpty() && !set.missingOk)
            v.failure = Failure(Failure::Kind::LogMissing, set.name, path, {path, set.name});
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
    RotationPolicy::Input input;
    input.size = st.st_size;
    input.contentSince = entry->contentSince;
    input.modified = modified;
    input.lastRotation = entry->lastRotation;
    input.now = now;
    input.force = force;
    const RotationPolicy::Decision decision = RotationPolicy::evaluate(set, input);
    v.due = decision.due;
    v.reason = decision.reason;
    return v;
}

} // namespace Logkeeper
