// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include <QDateTime>
#include <QString>

namespace Logkeeper {

// When retention will remove one archive, as the archive browser's "Expires" column shows it
// (ArchiveExpiries works it out from Retention::expiries()).
struct ArchiveExpiry
{
    enum class When
    {
        Never,        // no rule applies, or retention never touches it (a file not archived yet)
        WithinLimits, // kept while max_archives / max_total_mb hold: no date
        At,           // retention_days: at `at`
        NextCleanup,  // due now: the daemon's next cleanup removes it
        NextRotation  // the next rotation of its log pushes it over max_archives
    };
    When when = When::Never;
    QDateTime at;   // At: when; NextRotation: when retention_days takes it at the latest
    QString reason; // translated, one or two sentences: which rule, and why

    // Soonest first: next cleanup, next rotation, dates, within limits, never.
    qint64 sortKey() const
    {
        constexpr qint64 span = qint64(1) << 44; // msecs since the epoch fit until year 2527
        const qint64 msecs = at.isValid() ? qBound(qint64(0), at.toMSecsSinceEpoch(), span - 1) : 0;
        int rank = 4;
        switch (when) {
        case When::NextCleanup:
            rank = 0;
            break;
        case When::NextRotation:
            rank = 1;
            break;
        case When::At:
            rank = 2;
            break;
        case When::WithinLimits:
            rank = 3;
            break;
        case When::Never:
            break;
        }
        return rank * span + msecs;
    }
    bool operator==(const ArchiveExpiry &o) const
    {
        return when == o.when && at == o.at && reason == o.reason;
    }
    bool operator!=(const ArchiveExpiry &o) const { return !(*this == o); }
};

} // namespace Logkeeper
