// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "config/logrotatediagnostic.h"

namespace Logkeeper {

QString LogrotateDiagnostic::toString() const
{
    QString text = file;
    if (line > 0)
        text += QLatin1Char(':') + QString::number(line);
    text += QStringLiteral(": ");
    if (!directive.isEmpty())
        text += directive + QStringLiteral(": ");
    return text + message;
}

} // namespace Logkeeper
