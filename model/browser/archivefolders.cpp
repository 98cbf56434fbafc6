// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "browser/archivefolders.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <sys/stat.h>

namespace Logkeeper {

namespace {

// Whether the set has logs directly in log_dir: an active_log, or a pattern without a '/'.
bool hasLogsInLogDir(const LogSetConfig &set)
{
    if (!set.activeLog.isEmpty())
        return true;
    for (const QString &pattern : set.patterns) {
        if (!pattern.contains(QLatin1Char('/')))
            return true;
    }
    return false;
}

// The subfolders of dir whose names match glob; never a symlink.
QStringList subfolders(const QString &dir, const QRegularExpression &glob)
{
    QStringList found;
    const QStringList names = QDir(dir).entryList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : names) {
        if (!glob.match(name).hasMatch())
            continue;
        const QString path = dir + QLatin1Char('/') + name;
        struct stat st;
        if (::lstat(QFile::encodeName(path).constData(), &st) == 0 && S_ISDIR(st.st_mode))
            found.append(path);
    }
    return found;
}

void appendNew(QStringList &list, const QString &item)
{
    if (!list.contains(item))
        list.append(item);
}

} // namespace

void ArchiveFolders::add(const QString &folder, const Role &role)
{
    auto it = m_roles.find(folder);
    if (it == m_roles.end()) {
        m_folders.append(folder);
        it = m_roles.insert(folder, {});
    }
    for (Role &known : *it) {
        if (known.set == role.set) {
            // One role per set and folder: its archive folder wins over a log folder (archives
            // beside the log, or one folder both for some logs).
            known.archives = known.archives || role.archives;
            known.staging = known.staging && !known.archives;
            return;
        }
    }
    it->append(role);
}

ArchiveFolders ArchiveFolders::build(const QVector<LogSetConfig> &sets, const Found &found)
{
    ArchiveFolders folders;
    for (int i = 0; i < sets.size(); ++i) {
        const LogSetConfig &set = sets[i];
        if (set.logDir.isEmpty())
            continue;
        QStringList logFolders;
        if (hasLogsInLogDir(set))
            logFolders.append(set.logDir);
        if (set.spansFolders()) {
            appendNew(folders.m_roots, set.logDir);
            for (const QString &folder : found.logFolders.value(set.name))
                appendNew(logFolders, folder);
        }
        for (const QString &logFolder : std::as_const(logFolders)) {
            const QString archives = set.archiveDirFor(logFolder);
            if (archives.isEmpty())
                continue;
            folders.add(archives, {i, logFolder, true, false});
            if (archives != logFolder)
                folders.add(logFolder, {i, logFolder, false, true});
        }
    }
    for (const QString &root : found.roots)
        appendNew(folders.m_roots, root);
    return folders;
}

ArchiveFolders::Found ArchiveFolders::find(const QVector<LogSetConfig> &sets)
{
    Found found;
    for (const LogSetConfig &set : sets) {
        if (set.logDir.isEmpty() || !set.spansFolders())
            continue;
        QStringList &logFolders = found.logFolders[set.name];
        for (const QString &pattern : set.patterns) {
            const int slash = pattern.lastIndexOf(QLatin1Char('/'));
            if (slash < 0)
                continue;
            // Down one folder level per part: "*/logs/*.log" reaches log_dir/<any>/logs.
            QStringList level{set.logDir};
            const QStringList parts =
                pattern.left(slash).split(QLatin1Char('/'), Qt::SkipEmptyParts);
            for (int p = 0; p < parts.size() && !level.isEmpty(); ++p) {
                if (p > 0) {
                    for (const QString &folder : std::as_const(level))
                        appendNew(found.roots, folder);
                }
                const QRegularExpression glob =
                    QRegularExpression::fromWildcard(parts[p], Qt::CaseSensitive);
                QStringList next;
                for (const QString &folder : std::as_const(level))
                    next += subfolders(folder, glob);
                level = next;
            }
            for (const QString &folder : std::as_const(level))
                appendNew(logFolders, folder);
        }
    }
    return found;
}

} // namespace Logkeeper
