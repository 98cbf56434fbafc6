// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "policy/rotationpolicy.h"

namespace Logkeeper {

namespace {

QString mib(double bytes)
{
    return QString::number(bytes / (1024.0 * 1024.0), 'f', 1) + QStringLiteral(" MiB");
}

QString scheduleName(RotationSchedule schedule)
{
    switch (schedule) {
    case RotationSchedule::Hourly:
        return QStringLiteral("hourly");
    case RotationSchedule::Daily:
        return QStringLiteral("daily");
    case RotationSchedule::Weekly:
        return QStringLiteral("weekly");
    case RotationSchedule::Monthly:
        return QStringLiteral("monthly");
    case RotationSchedule::Yearly:
        return QStringLiteral("yearly");
    case RotationSchedule::None:
        break;
    }
    return QStringLiteral("none");
}

// logrotate's findNeedRotating(), in local time, for a log last rotated at `last`.
bool scheduleDue(RotationSchedule schedule, const QDateTime &last, const QDateTime &now)
{
    const QDate l = last.date(), n = now.date();
    switch (schedule) {
    case RotationSchedule::Hourly:
        return l != n || last.time().hour() != now.time().hour();
    case RotationSchedule::Daily:
        return l != n;
    case RotationSchedule::Weekly: {
        // 7 days on (the time of day does not count), or a Sunday not yet rotated on
        const qint64 days = l.daysTo(n);
        return days >= 7 || (days >= 1 && n.dayOfWeek() == Qt::Sunday);
    }
    case RotationSchedule::Monthly:
        return l.month() != n.month() || l.year() != n.year();
    case RotationSchedule::Yearly:
        return l.year() != n.year();
    case RotationSchedule::None:
        break;
    }
    return false;
}

} // namespace

RotationPolicy::Decision RotationPolicy::evaluate(const LogSetConfig &set, qint64 size,
                                                  const QDateTime &contentSince,
                                                  const QDateTime &modified, const QDateTime &now)
{
    Input input;
    input.size = size;
    input.contentSince = contentSince;
    input.modified = modified;
    input.now = now;
    return evaluate(set, input);
}

RotationPolicy::Decision RotationPolicy::evaluate(const LogSetConfig &set, const Input &in)
{
    // notifempty overrides every other rule, --force included.
    if (in.size <= 0 && !set.ifEmpty)
        return {false, QStringLiteral("empty")};
    if (in.force)
        return {true, QStringLiteral("forced")};

    const qint64 maxSize = set.maxSizeBytes();
    if (maxSize > 0 && in.size >= maxSize)
        return {true, QStringLiteral("size %1 >= %2").arg(mib(in.size), mib(maxSize))};

    const QDateTime now = in.now.toLocalTime();
    const QDateTime last =
        (in.lastRotation.isValid() ? in.lastRotation : in.contentSince).toLocalTime();
    if (set.schedule != RotationSchedule::None && last.isValid() &&
        now.secsTo(last) > 25 * 3600) // 25 hours: DST changes and travel are no reason
        return {
            true,
            QStringLiteral("last rotation %1 is in the future").arg(last.toString(Qt::ISODate))};

    const qint64 minSize = set.minSizeBytes();
    if (minSize > 0 && in.size < minSize)
        return {false, QStringLiteral("size %1 < min_size %2").arg(mib(in.size), mib(minSize))};

    if (last.isValid() && scheduleDue(set.schedule, last, now))
        return {true, QStringLiteral("%1 schedule, last rotation %2")
                          .arg(scheduleName(set.schedule),
                               in.lastRotation.isValid() ? last.toString(Qt::ISODate)
                                                         : QStringLiteral("never (first seen %1)")
                                                               .arg(last.toString(Qt::ISODate)))};

    QDateTime began = in.contentSince;
    if (!began.isValid() || (in.modified.isValid() && in.modified < began))
        began = in.modified;
    if (set.maxAgeDays > 0 && began.isValid()) {
        const double ageDays = began.msecsTo(in.now) / 86400000.0;
        if (ageDays >= set.maxAgeDays)
            return {true, QStringLiteral("age %1 days >= %2 days")
                              .arg(QString::number(ageDays, 'f', 1))
                              .arg(set.maxAgeDays)};
    }
    if (maxSize > 0)
        return {false, QStringLiteral("size %1 < %2").arg(mib(in.size), mib(maxSize))};
    return {false, QStringLiteral("not due (size %1)").arg(mib(in.size))};
}

} // namespace Logkeeper
