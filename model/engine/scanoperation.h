// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "config/config.h"
#include "engine/failure.h"
#include "engine/statestore.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace Logkeeper {

// Which files of a set are live logs, and whether one of them is due for rotation. Reads only:
// it records in the (in-memory) state when a log's content began, the first time it sees it.
class ScanOperation
{
public:
    struct Verdict
    {
        bool due = false;
        QString reason;                 // why it is due, or why not
        std::optional<Failure> failure; // the file cannot be rotated (a symlink, unreadable)
    };

    explicit ScanOperation(StateStore &state) : m_state(state) {}

    // The set's live logs: its active_log, or every file below log_dir its patterns match
    // (folders deep with "*/*.log"), sorted by path. They may not exist (an active_log not
    // written yet). `folders` receives the folders the logs were looked for in, to watch.
    static QStringList liveFiles(const LogSetConfig &set, QStringList *folders = nullptr);
    // Whether the set's log_dir is a folder (never created by the engine: a missing one is a
    // failure of the set unless missing_ok).
    static bool logFolderExists(const LogSetConfig &set);
    // The set as it applies to one of its logs: log_dir the log's folder and archive_dir the
    // one of that folder (a relative archive_dir, logrotate's relative olddir). The set itself
    // for a log directly in log_dir. What rotates, archives and expires that log's files.
    static LogSetConfig forLog(const LogSetConfig &set, const QString &logPath);
    static LogSetConfig forFolder(const LogSetConfig &set, const QString &folder);
    // The folders holding the set's logs (log_dir, or for patterns across folders those of
    // `files`), each with its own archive folder.
    static QStringList logFolders(const LogSetConfig &set, const QStringList &files);
    // The paths that are regular files now (never following symlinks).
    static QStringList existing(const QStringList &paths);

    // Whether the log at `path` is due by RotationPolicy: size, schedule (counted from the last
    // rotation in the state), age, min_size, if_empty, and `force` for every log (empty ones
    // only with if_empty). A log that does not exist is not due; a missing active_log is a
    // failure unless missing_ok (logrotate's missingok), a pattern's file that went is not.
    Verdict check(const LogSetConfig &set, const QString &path, bool force,
                  const QDateTime &now = QDateTime::currentDateTime());

private:
    StateStore &m_state;
};

} // namespace Logkeeper
