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

    // Either trigger can be off (0): size only, or age only.
    void triggersOff()
    {
        LogSetConfig s = set();
        s.maxSizeMb = 0;
        QVERIFY(!RotationPolicy::evaluate(s, qint64(1) << 40, now, now, now).due);
        QVERIFY(RotationPolicy::evaluate(s, 100, now.addDays(-8), now, now).due);
        s = set();
        s.maxAgeDays = 0;
        QVERIFY(!RotationPolicy::evaluate(s, 100, now.addYears(-3), now.addYears(-3), now).due);
        QVERIFY(RotationPolicy::evaluate(s, 10 << 20, now, now, now).due);
    }

    // Calendar schedules count from the last rotation in the state, by logrotate's rules
    // (findNeedRotating): the calendar, not 24-hour periods.
    void schedules_data()
    {
        QTest::addColumn<int>("schedule");
        QTest::addColumn<QDateTime>("last");
        QTest::addColumn<QDateTime>("at");
        QTest::addColumn<bool>("due");
        auto t = [](int y, int m, int d, int h, int min) {
            return QDateTime(QDate(y, m, d), QTime(h, min));
        };
        const int hourly = int(RotationSchedule::Hourly), daily = int(RotationSchedule::Daily),
                  weekly = int(RotationSchedule::Weekly), monthly = int(RotationSchedule::Monthly),
                  yearly = int(RotationSchedule::Yearly);
        QTest::newRow("hourly: next hour")
            << hourly << t(2026, 11, 24, 10, 59) << t(2026, 11, 24, 11, 0) << true;
        QTest::newRow("hourly: same hour")
            << hourly << t(2026, 11, 24, 11, 0) << t(2026, 11, 24, 11, 59) << false;
        QTest::newRow("hourly: same hour, next day")
            << hourly << t(2026, 11, 23, 11, 0) << t(2026, 11, 24, 11, 30) << true;
        QTest::newRow("daily: past midnight")
            << daily << t(2026, 11, 23, 23, 59) << t(2026, 11, 24, 0, 0) << true;
        QTest::newRow("daily: same day")
            << daily << t(2026, 11, 24, 0, 1) << t(2026, 11, 24, 23, 59) << false;
        // 2026-11-22 and -29 are Sundays
        QTest::newRow("weekly: Monday to Saturday")
            << weekly << t(2026, 11, 23, 9, 0) << t(2026, 11, 28, 23, 0) << false;
        QTest::newRow("weekly: a new week, Sunday")
            << weekly << t(2026, 11, 23, 9, 0) << t(2026, 11, 29, 0, 5) << true;
        QTest::newRow("weekly: rotated this Sunday already")
            << weekly << t(2026, 11, 29, 0, 5) << t(2026, 11, 29, 23, 0) << false;
        QTest::newRow("weekly: 7 days, the hour does not count")
            << weekly << t(2026, 11, 26, 23, 0) << t(2026, 12, 3, 1, 0) << true;
        QTest::newRow("weekly: 6 days, no Sunday")
            << weekly << t(2026, 11, 30, 0, 0) << t(2026, 12, 5, 23, 0) << false;
        QTest::newRow("monthly: next month")
            << monthly << t(2026, 11, 30, 23, 0) << t(2026, 12, 1, 0, 0) << true;
        QTest::newRow("monthly: same month")
            << monthly << t(2026, 12, 1, 0, 0) << t(2026, 12, 31, 23, 0) << false;
        QTest::newRow("monthly: same month, next year")
            << monthly << t(2025, 12, 10, 0, 0) << t(2026, 12, 1, 0, 0) << true;
        QTest::newRow("yearly: new year")
            << yearly << t(2025, 12, 31, 23, 59) << t(2026, 1, 1, 0, 0) << true;
        QTest::newRow("yearly: same year")
            << yearly << t(2026, 1, 1, 0, 0) << t(2026, 12, 31, 23, 0) << false;
        QTest::newRow("last rotation 2 days ahead (clock set back)")
            << daily << t(2026, 11, 26, 0, 0) << t(2026, 11, 24, 0, 0) << true;
        QTest::newRow("last rotation 20 hours ahead")
            << daily << t(2026, 11, 24, 20, 0) << t(2026, 11, 24, 0, 0) << false;
    }
    void schedules()
    {
        QFETCH(int, schedule);
        QFETCH(QDateTime, last);
        QFETCH(QDateTime, at);
        QFETCH(bool, due);
        LogSetConfig s = set();
        s.schedule = RotationSchedule(schedule);
        s.maxAgeDays = 0;
        RotationPolicy::Input in;
        in.size = 100;
        in.contentSince = last;
        in.modified = at;
        in.lastRotation = last;
        in.now = at;
        const auto d = RotationPolicy::evaluate(s, in);
        QVERIFY2(d.due == due, qPrintable(d.reason));
        if (due)
            QVERIFY2(d.reason.contains("schedule") || d.reason.contains("future"),
                     qPrintable(d.reason));
    }

    // Never rotated: the schedule counts from when Logkeeper first saw the log, as logrotate
    // counts from the state it creates on first sight.
    void scheduleWithoutARotationCountsFromFirstSight()
    {
        LogSetConfig s = set();
        s.schedule = RotationSchedule::Daily;
        s.maxAgeDays = 0;
        RotationPolicy::Input in;
        in.size = 100;
        in.now = now;
        in.contentSince = now.addSecs(-3600); // first seen an hour ago, today
        in.modified = now.addDays(-40);
        QVERIFY(!RotationPolicy::evaluate(s, in).due);
        in.contentSince = now.addDays(-1);
        QVERIFY(RotationPolicy::evaluate(s, in).due);
        // the recorded rotation wins over the content's start
        in.lastRotation = now.addSecs(-60);
        QVERIFY(!RotationPolicy::evaluate(s, in).due);
    }

    // min_size: schedule and age fire only from this size on; max_size (maxsize) does not wait
    // for the schedule.
    void minSizeAndMaxSize()
    {
        LogSetConfig s = set();
        s.schedule = RotationSchedule::Daily;
        s.minSizeMb = 1;
        RotationPolicy::Input in;
        in.now = now;
        in.contentSince = in.lastRotation = now.addDays(-10);
        in.modified = now;
        in.size = 1024 * 1024 - 1;
        const auto small = RotationPolicy::evaluate(s, in);
        QVERIFY(!small.due);
        QVERIFY2(small.reason.contains("min_size"), qPrintable(small.reason));
        in.size = 1024 * 1024;
        QVERIFY(RotationPolicy::evaluate(s, in).due);
        // a fresh rotation, but over max_size: due at once
        in.lastRotation = in.contentSince = now.addSecs(-5);
        in.size = 10 * 1024 * 1024;
        const auto big = RotationPolicy::evaluate(s, in);
        QVERIFY(big.due);
        QVERIFY2(big.reason.contains("size"), qPrintable(big.reason));
    }

    // if_empty: an empty log is rotated by schedule, age or --force only with it (notifempty
    // is logrotate's default in practice and Logkeeper's: it overrides --force too).
    void ifEmpty()
    {
        LogSetConfig s = set();
        s.schedule = RotationSchedule::Daily;
        RotationPolicy::Input in;
        in.now = now;
        in.contentSince = in.lastRotation = in.modified = now.addDays(-2);
        in.size = 0;
        QVERIFY(!RotationPolicy::evaluate(s, in).due);
        in.force = true;
        QVERIFY(!RotationPolicy::evaluate(s, in).due);
        s.ifEmpty = true;
        QVERIFY(RotationPolicy::evaluate(s, in).due);
        in.force = false;
        QVERIFY(RotationPolicy::evaluate(s, in).due); // the schedule
        s.schedule = RotationSchedule::None;
        in.contentSince = in.modified = now.addDays(-8);
        QVERIFY(RotationPolicy::evaluate(s, in).due); // the age
        in.contentSince = in.modified = now;
        QVERIFY(!RotationPolicy::evaluate(s, in).due); // nothing fires
    }

    void forceRotatesAnyNonEmptyLog()
    {
        RotationPolicy::Input in;
        in.size = 1;
        in.now = in.contentSince = in.modified = now;
        in.force = true;
        const auto d = RotationPolicy::evaluate(set(), in);
        QVERIFY(d.due);
        QCOMPARE(d.reason, QString("forced"));
    }
};

QTEST_GUILESS_MAIN(TestRotationPolicy)
#include "tst_rotationpolicy.moc"
