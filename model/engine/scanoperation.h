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

    // The set's live logs: its active_log, or every file in log_dir its patterns match, sorted
    // by name. They may not exist (an active_log not written yet).
    static QStringList liveFiles(const LogSetConfig &set);
    // The paths that are regular files now (never following symlinks).
    static QStringList existing(const QStringList &paths);

    // Whether the log at `path` is due: by size or age (RotationPolicy), or because `force`
    // asks for every non-empty log. A log that does not exist is not due and no failure.
    Verdict check(const LogSetConfig &set, const QString &path, bool force,
                  const QDateTime &now = QDateTime::currentDateTime());

private:
    StateStore &m_state;
};

} // namespace Logkeeper
