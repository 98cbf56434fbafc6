// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include <QString>
#include <QVector>

namespace Logkeeper {

// A message about a logrotate config: an error (the input cannot be read or parsed there) or a
// directive that the import cannot carry over. Printed as "FILE:LINE: directive: reason" (the
// directive part only when there is one, the line only when known).
struct LogrotateDiagnostic
{
    QString file;
    int line = 0;      // 1-based; 0 = the file as a whole
    QString directive; // the keyword (or path) concerned; empty for a syntax error
    QString message;   // translated

    QString toString() const;
    bool operator==(const LogrotateDiagnostic &other) const
    {
        return file == other.file && line == other.line && directive == other.directive &&
               message == other.message;
    }
};

using LogrotateDiagnostics = QVector<LogrotateDiagnostic>;

} // namespace Logkeeper
