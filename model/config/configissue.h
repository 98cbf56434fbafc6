// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace Logkeeper {

// One problem found in a configuration: where it is (file, line/column for syntax errors,
// key path such as "log_sets[1].rotation.max_size_mb") and what is wrong.
struct ConfigIssue
{
    Q_DECLARE_TR_FUNCTIONS(ConfigIssue)

public:
    enum class Severity
    {
        Error,
        Warning
    };

    Severity severity = Severity::Error;
    QString keyPath; // empty for syntax errors and whole-file problems
    QString message;
    QString file; // empty when the JSON did not come from a file
    int line = 0; // 1-based; 0 = unknown
    int column = 0;

    bool isError() const { return severity == Severity::Error; }

    // "config.json:3:14: error: log_sets[0].rotation.max_size_mb: must be greater than 0"
    QString toString() const;
};

using ConfigIssues = QVector<ConfigIssue>;

} // namespace Logkeeper
