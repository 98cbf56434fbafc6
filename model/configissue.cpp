#include "configissue.h"

QString ConfigIssue::toString() const
{
    QString where = file;
    if (line > 0) {
        where += QLatin1Char(':') + QString::number(line);
        if (column > 0)
            where += QLatin1Char(':') + QString::number(column);
    }
    QString text = where.isEmpty() ? QString() : where + QStringLiteral(": ");
    text += severity == Severity::Error ? QStringLiteral("error: ") : QStringLiteral("warning: ");
    if (!keyPath.isEmpty())
        text += keyPath + QStringLiteral(": ");
    return text + message;
}
