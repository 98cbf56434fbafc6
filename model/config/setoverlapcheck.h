// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "config/config.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace Logkeeper {

// The config check that looks at sets side by side rather than one by one: two sets that would
// both rotate one file fight over it, and two sets whose archives share a folder must not make
// archives retention could not tell apart (issue 12). Its messages are ConfigValidator's.
class SetOverlapCheck
{
public:
    struct Clash
    {
        QString keyPath; // of the later set's active_log or patterns
        QString message;
    };
    // paths: each set's key path ("log_sets[1]"). One clash per pair of sets, in document order.
    static QVector<Clash> check(const QVector<LogSetConfig> &sets, const QStringList &paths);
    // Whether some file name matches both globs ("t*.log" and "*t.log": "test.log").
    static bool globsOverlap(const QString &x, const QString &y);
};

} // namespace Logkeeper
