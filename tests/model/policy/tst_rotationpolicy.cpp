// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "policy/rotationpolicy.h"

#include <QTest>

using namespace Logkeeper;

class TestRotationPolicy : public QObject
{
    Q_OBJECT
    const QDateTime now{QDate(2026, 11, 24), QTime(12, 0)};

    static LogSetConfig set()
    {
        LogSetConfig s;
        s.maxSizeMb = 10;
        s.maxAgeDays = 7;
        return s;
    }

private slots:
    void emptyIsNeverDue()
    {
        const auto d =
            RotationPolicy::evaluate(set(), 0, now.addDays(-100), now.addDays(-100), now);
        QVERIFY(!d.due);
    }
    void sizeLimit()
    {
        const qint64 limit = 10 * 1024 * 1024;
        QVERIFY(!RotationPolicy::evaluate(set(), limit - 1, now, now, now).due);
        const auto d = RotationPolicy::evaluate(set(), limit, now, now, now);
        QVERIFY(d.due);
        QVERIFY2(d.reason.contains("size"), qPrintable(d.reason));
    }
    void fractionalSize()
    {
        LogSetConfig s = set();
        s.maxSizeMb = 0.5;
        QVERIFY(RotationPolicy::evaluate(s, 512 * 1024, now, now, now).due);
        QVERIFY(!RotationPolicy::evaluate(s, 512 * 1024 - 1, now, now, now).due);
    }
    // The seed measured age by mtime, so a log written every minute never aged. Here the
    // content's start counts even when mtime is fresh.
    void ageCountsFromContentStartNotMtime()
    {
        const auto d = RotationPolicy::evaluate(set(), 100, now.addDays(-8), now, now);
        QVERIFY(d.due);
        QVERIFY2(d.reason.contains("age"), qPrintable(d.reason));
        QVERIFY(!RotationPolicy::evaluate(set(), 100, now.addDays(-6), now, now).due);
    }
    // A file first seen today but untouched for ten days is old: the older mtime wins.
    void olderMtimeWins()
    {
        QVERIFY(RotationPolicy::evaluate(set(), 100, now, now.addDays(-10), now).due);
    }
    void unknownStartUsesMtime()
    {
        QVERIFY(RotationPolicy::evaluate(set(), 100, QDateTime(), now.addDays(-7), now).due);
        QVERIFY(!RotationPolicy::evaluate(set(), 100, QDateTime(), now.addDays(-1), now).due);
    }
};

QTEST_GUILESS_MAIN(TestRotationPolicy)
#include "tst_rotationpolicy.moc"
