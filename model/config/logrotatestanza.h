// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "config/logrotatedirective.h"
#include "config/logrotatesettings.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace Logkeeper {

// One log file definition of a logrotate config: "PATH... { directives }".
struct LogrotateStanza
{
    QString file;      // absolute path of the file it is in
    int line = 0;      // of its first path
    QStringList paths; // paths and globs as logrotate reads them (unquoted, "~" expanded)
    QVector<LogrotateDirective> directives; // its own, in order
    LogrotateSettings settings; // in force: the inherited defaults changed by its directives

    QString where() const { return file + QLatin1Char(':') + QString::number(line); }
};

} // namespace Logkeeper
