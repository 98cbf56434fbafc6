// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "config/config.h"

#include <QDateTime>
#include <QString>

namespace Logkeeper {

// Decides whether one log file is due for rotation. Age counts from when the file's current
// content began (recorded by Logkeeper at creation or rotation time), or from its mtime when
// that is older, so a file written every second still ages and an untouched one is not reset.
class RotationPolicy
{
public:
    struct Decision
    {
        bool due = false;
        QString reason; // "size 12.0 MiB >= 10 MiB", "age 8.2 days >= 7 days", or why not
    };

    static Decision evaluate(const LogSetConfig &set, qint64 size, const QDateTime &contentSince,
                             const QDateTime &modified, const QDateTime &now);
};

} // namespace Logkeeper
