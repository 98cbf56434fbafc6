// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "policy/rotationpolicy.h"

namespace Logkeeper {

namespace {
QString mib(double bytes)
{
    return QString::number(bytes / (1024.0 * 1024.0), 'f', 1) + QStringLiteral(" MiB");
}
} // namespace

RotationPolicy::Decision RotationPolicy::evaluate(const LogSetConfig &set, qint64 size,
                                                  const QDateTime &contentSince,
                                                  const QDateTime &modified, const QDateTime &now)
{
    if (size <= 0)
        return {false, QStringLiteral("empty")};

    if (size >= set.maxSizeBytes())
        return {true, QStringLiteral("size %1 >= %2").arg(mib(size), mib(set.maxSizeBytes()))};

    QDateTime began = contentSince;
    if (!began.isValid() || (modified.isValid() && modified < began))
        began = modified;
    if (began.isValid()) {
        const double ageDays = began.msecsTo(now) / 86400000.0;
        if (ageDays >= set.maxAgeDays)
            return {true, QStringLiteral("age %1 days >= %2 days")
                              .arg(QString::number(ageDays, 'f', 1))
                              .arg(set.maxAgeDays)};
    }
    return {false, QStringLiteral("size %1 < %2").arg(mib(size), mib(set.maxSizeBytes()))};
}

} // namespace Logkeeper
