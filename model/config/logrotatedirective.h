// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include <QString>

namespace Logkeeper {

// One directive of a logrotate config as written ("create 0640 www-data adm", a postrotate
// script), with where it stands, so that every mapping and every report can name FILE:LINE.
struct LogrotateDirective
{
    QString name;  // the keyword: "create", "postrotate", ...
    QString value; // its argument as logrotate reads it (trimmed); a script's text for scripts
    QString file;  // absolute path of the file it is in
    int line = 0;  // 1-based; 0 = never written (a logrotate default)

    bool isWritten() const { return line > 0; }
    // "FILE:LINE"
    QString where() const { return file + QLatin1Char(':') + QString::number(line); }
};

} // namespace Logkeeper
