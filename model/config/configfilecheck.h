// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "config/config.h"
#include "config/configissue.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

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
};

} // namespace Logkeeper
