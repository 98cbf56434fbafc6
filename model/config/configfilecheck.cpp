// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "config/configfilecheck.h"

#include "config/configvalidator.h"
#include "core/archivenaming.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QMap>

#include <sys/stat.h>

namespace Logkeeper {

namespace {

// How many folders below log_dir a set's patterns reach ("*/*.log": 1).
int depthOf(const LogSetConfig &set)
{
    int depth = 0;
    for (const QString &pattern : set.patterns)
        depth = qMax(depth, int(pattern.count(QLatin1Char('/'))));
    return depth;
}

// Regular files below dir, down to `depth` more folders; never through a symlink. With
// `nonFolders`, symlinks and special files too (the engine refuses them by name, loudly).
void listFiles(const QString &dir, int depth, QStringList *files, QStringList *folders = nullptr,
               bool nonFolders = false)
{
    if (folders)
        folders->append(dir);
    const QStringList names = QDir(dir).entryList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : names) {
        const QString path = dir + QLatin1Char('/') + name;
        struct stat st;
        if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
            continue;
        if (S_ISDIR(st.st_mode)) {
            if (depth > 0)
                listFiles(path, depth - 1, files, folders, nonFolders);
        } else if (S_ISREG(st.st_mode) || nonFolders) {
            files->append(path);
        }
    }
}

QString keyOf(const Config &config, int i, const QString &key)
{
    const QString set = ConfigValidator::setKeyPath(i, config.legacyFormat);
    return set.isEmpty() ? key : set + QLatin1Char('.') + key;
}

QString claimKey(const Config &config, int i)
{
    return keyOf(config, i,
                 config.logSets[i].activeLog.isEmpty() ? QStringLiteral("patterns")
                                                       : QStringLiteral("active_log"));
}

} // namespace

ConfigFileCheck::Listing ConfigFileCheck::list(const Config &config)
{
    Listing listing;
    QMap<QString, int> depths; // log_dir -> the deepest any of its sets reaches
    for (const LogSetConfig &set : config.logSets) {
        if (set.logDir.isEmpty())
            continue;
        const auto it = depths.constFind(set.logDir);
        depths[set.logDir] = qMax(it == depths.cend() ? 0 : *it, depthOf(set));
    }
    // A folder below another listed one is listed again on its own: simple, and the sets of
    // one config rarely nest.
    for (auto it = depths.cbegin(); it != depths.cend(); ++it) {
        struct stat st;
        if (::stat(QFile::encodeName(it.key()).constData(), &st) != 0 || !S_ISDIR(st.st_mode))
            continue;
        listing.existingFolders.insert(it.key());
        listFiles(it.key(), it.value(), &listing.files);
    }
    listing.files.removeDuplicates();
    return listing;
}

QStringList ConfigFileCheck::claimedFiles(const LogSetConfig &set, const QStringList &files)
{
    QStringList claimed;
    const QString prefix = set.logDir + QLatin1Char('/');
    for (const QString &file : files) {
        if (!file.startsWith(prefix))
            continue;
        if (ArchiveNaming::isLiveLogName(set.naming, file.mid(prefix.size()), set.activeLog,
                                         set.patterns))
            claimed.append(file);
    }
    return claimed;
}

void ConfigFileCheck::listSet(const LogSetConfig &set, QStringList *files, QStringList *folders)
{
    struct stat st;
    if (set.logDir.isEmpty() || ::stat(QFile::encodeName(set.logDir).constData(), &st) != 0 ||
        !S_ISDIR(st.st_mode))
        return;
    listFiles(set.logDir, depthOf(set), files, folders, true);
}

QVector<ConfigFileCheck::Clash> ConfigFileCheck::clashes(const Config &config,
                                                         const QStringList &files)
{
    QVector<Clash> found;
    QHash<QString, int> firstClaim; // file -> the first set claiming it
    for (int i = 0; i < config.logSets.size(); ++i) {
        for (const QString &file : claimedFiles(config.logSets[i], files)) {
            const auto it = firstClaim.constFind(file);
            if (it == firstClaim.cend())
                firstClaim.insert(file, i);
            else
                found.append({file, *it, i});
        }
    }
    return found;
}

ConfigIssues ConfigFileCheck::check(const Config &config, const Listing &listing,
                                    const QString &fileName)
{
    ConfigIssues issues;
    const QVector<Clash> found = clashes(config, listing.files);
    QSet<QPair<int, int>> reported;
    for (int i = 0; i < config.logSets.size(); ++i) {
        const LogSetConfig &set = config.logSets[i];
        if (!set.logDir.isEmpty() && !set.missingOk &&
            !listing.existingFolders.contains(set.logDir))
            issues.append({ConfigIssue::Severity::Warning,
                           keyOf(config, i, QStringLiteral("log_dir")),
                           tr("the folder %1 does not exist: nothing of set \"%2\" can be rotated "
                              "(a typo? set missing_ok if it may be missing)")
                               .arg(set.logDir, set.name),
                           fileName, 0, 0});
        for (const Clash &clash : found) {
            // One issue per pair of sets: the first file they both claim names the clash.
            if (clash.second != i || reported.contains({clash.first, i}))
                continue;
            reported.insert({clash.first, i});
            const LogSetConfig &first = config.logSets[clash.first];
            issues.append(
                {ConfigIssue::Severity::Error, claimKey(config, i),
                 tr("sets \"%1\" (%2) and \"%3\" both claim %4: only one set may rotate "
                    "a file; make their active_log or patterns exclude each other")
                     .arg(first.name, claimKey(config, clash.first), set.name, clash.file),
                 fileName, 0, 0});
        }
    }
    return issues;
}

} // namespace Logkeeper
