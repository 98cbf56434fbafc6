// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "config/config.h"
#include "config/configissue.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>
#include <QVector>

namespace Logkeeper {

// The checks of a valid config that depend on what exists on disk, for --check-config and the
// daemon: a log_dir that does not exist (a warning, unless missing_ok), and two sets claiming
// the same existing file (an error naming both sets and the file: the first would silently win).
// Split in two: list() reads the file system, check() is pure over what it found, so the rules
// are tested on plain lists of names.
class ConfigFileCheck
{
    Q_DECLARE_TR_FUNCTIONS(ConfigFileCheck)

public:
    // What exists below the sets' log folders.
    struct Listing
    {
        QSet<QString> existingFolders; // the log_dirs that exist as folders
        QStringList files; // absolute paths of the regular files below them, as deep as the
                           // sets' patterns reach (symlinks are not followed)
    };

    static Listing list(const Config &config);

    // Issues in document order, each naming its key path and fileName (for the message).
    static ConfigIssues check(const Config &config, const Listing &listing,
                              const QString &fileName = {});

    static ConfigIssues run(const Config &config, const QString &fileName = {})
    {
        return check(config, list(config), fileName);
    }

    // The files of `files` (absolute paths) that are live logs of the set.
    static QStringList claimedFiles(const LogSetConfig &set, const QStringList &files);

    // A file of `files` that two sets claim: `first` (by config order) and `second`, indexes
    // into config.logSets. A file claimed by three sets gives two clashes, with the first.
    struct Clash
    {
        QString file;
        int first = -1;
        int second = -1;
    };
    // Every clash among `files`, in the order of the claiming sets: what check() reports one of
    // per pair of sets, and what the engine refuses to rotate.
    static QVector<Clash> clashes(const Config &config, const QStringList &files);

    // What is not a folder (absolute paths, by name: regular files, and symlinks and special
    // files for the engine to refuse) below the set's log_dir, as deep as its patterns reach,
    // never through a symlink; and the folders looked in (log_dir first), which the engine
    // watches. Nothing when log_dir does not exist.
    static void listSet(const LogSetConfig &set, QStringList *files,
                        QStringList *folders = nullptr);
};

} // namespace Logkeeper
