// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "config/config.h"

#include <QDateTime>
#include <QString>

namespace Logkeeper {

// Decides whether one log file is due for rotation, by logrotate's rules where they meet:
// - an empty log is rotated only with rotation.if_empty (notifempty overrides even --force);
// - --force rotates any other;
// - max_size_mb (logrotate's maxsize) fires before anything else once the log is that big;
// - the schedule (hourly ... yearly) counts from the last rotation recorded in the state, as
//   logrotate does: hourly when the hour changed, daily the date, weekly on a Sunday if not yet
//   rotated that day or after 7 days, monthly the month, yearly the year; a last rotation more
//   than 25 hours in the future (a clock set back) rotates;
// - max_age_days counts from when the file's current content began (recorded by Logkeeper at
//   creation or rotation time), or from its mtime when that is older, so a file written every
//   second still ages and an untouched one is not reset;
// - schedule and age fire only when the log is at least min_size_mb (logrotate's minsize).
// A trigger at 0 is off.
class RotationPolicy
{
public:
    struct Decision
    {
        bool due = false;
        QString reason; // "size 12.0 MiB >= 10.0 MiB", "age 8.2 days >= 7 days", or why not
    };

    struct Input
    {
        qint64 size = 0;
        QDateTime contentSince; // from the state; invalid when unknown
        QDateTime modified;     // the file's mtime
        QDateTime lastRotation; // from the state; invalid: never rotated (the schedule then
                                // counts from contentSince, when Logkeeper first saw the file)
        QDateTime now;
        bool force = false; // --force
    };

    static Decision evaluate(const LogSetConfig &set, const Input &input);

    // Without a last rotation or --force (the worker before schedules existed).
    static Decision evaluate(const LogSetConfig &set, qint64 size, const QDateTime &contentSince,
                             const QDateTime &modified, const QDateTime &now);
};

} // namespace Logkeeper
