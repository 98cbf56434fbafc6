// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "config/configissue.h"

#include <QStringList>

namespace Logkeeper {

QString ConfigIssue::toString() const
{
    // "file:line:column: ", each part only when known; nothing at all when none is.
    QStringList where;
    if (!file.isEmpty())
        where.append(file);
    if (line > 0) {
        where.append(QString::number(line));
        if (column > 0)
            where.append(QString::number(column));
    }
    QString text =
        where.isEmpty() ? QString() : where.join(QLatin1Char(':')) + QStringLiteral(": ");
    text += (severity == Severity::Error ? ConfigIssue::tr("error") : ConfigIssue::tr("warning")) +
            QStringLiteral(": ");
    if (!keyPath.isEmpty())
        text += keyPath + QStringLiteral(": ");
    return text + message;
}

} // namespace Logkeeper
