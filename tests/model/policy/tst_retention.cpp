// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "policy/retention.h"

#include <QTest>

using namespace Logkeeper;

class TestRetention : public QObject
{
    Q_OBJECT
    const QDateTime now{QDate(2026, 11, 24), QTime(12, 0)};

    static LogSetConfig set()
    {
        LogSetConfig s;
        s.activeLog = "app.log";
        s.retentionDays = 30;
        return s;
    }
    static QStringList names(const QVector<Retention::Removal> &removals)
    {
        QStringList out;
        for (const auto &r : removals)
            out.append(r.name);
        return out;
    }

private slots:
    void candidates()
    {
        LogSetConfig s = set();
        QVERIFY(Retention::isCandidate("old_log.log.gz", s)); // the seed's §6.3 file
        QVERIFY(Retention::isCandidate("app_20261101_000000.log.zst", s));
        QVERIFY(Retention::isCandidate("x.bz2", s));
        QVERIFY(Retention::isCandidate("x.xz", s));
        QVERIFY(!Retention::isCandidate("notes.txt", s));
        QVERIFY(!Retention::isCandidate(".logkeeper-tmp-app.log.gz-abc", s));
        // uncompressed rotated files wait for compression while compress is on...
        QVERIFY(!Retention::isCandidate("app_20261101_000000.log", s));
        // ...and are the archives when it is off, but only those of the set's own logs
        s.compress = false;
        QVERIFY(Retention::isCandidate("app_20261101_000000.log", s));
        QVERIFY(!Retention::isCandidate("other_20261101_000000.log", s));
        QVERIFY(!Retention::isCandidate("app.log", s));
        s.activeLog.clear();
        s.patterns = {"*.log"};
        QVERIFY(Retention::isCandidate("other_20261101_000000_1.log", s));
        QVERIFY(!Retention::isCandidate("other_20261101_000000.txt", s));
    }

    void byAge()
    {
        const QVector<Retention::Archive> archives{
            {"old_log.log.gz", 10, now.addDays(-40)},
            {"edge.log.gz", 10, now.addDays(-30).addSecs(60)},
            {"new.log.gz", 10, now.addDays(-1)},
        };
        const auto removals = Retention::select(archives, set(), now);
        QCOMPARE(names(removals), QStringList{"old_log.log.gz"});
        QVERIFY(removals.first().reason.contains("30 days"));
    }

    void zeroRetentionKeepsForever()
    {
        LogSetConfig s = set();
        s.retentionDays = 0;
        QVERIFY(Retention::select({{"a.gz", 1, now.addYears(-5)}}, s, now).isEmpty());
    }

    void byCountOldestFirst()
    {
        LogSetConfig s = set();
        s.maxArchives = 2;
        const QVector<Retention::Archive> archives{
            {"c.gz", 1, now.addDays(-1)},
            {"a.gz", 1, now.addDays(-3)},
            {"d.gz", 1, now},
            {"b.gz", 1, now.addDays(-2)},
        };
        QCOMPARE(names(Retention::select(archives, s, now)), (QStringList{"a.gz", "b.gz"}));
    }

    void byTotalSize()
    {
        LogSetConfig s = set();
        s.maxTotalMb = 1;
        const qint64 mb = 1024 * 1024;
        const QVector<Retention::Archive> archives{
            {"a.gz", mb / 2, now.addDays(-3)},
            {"b.gz", mb / 2, now.addDays(-2)},
            {"c.gz", mb / 2, now.addDays(-1)},
        };
        const auto removals = Retention::select(archives, s, now);
        QCOMPARE(names(removals), QStringList{"a.gz"});
        QVERIFY(removals.first().reason.contains("MiB"));
    }

    void ageThenCount()
    {
        LogSetConfig s = set();
        s.maxArchives = 1;
        const QVector<Retention::Archive> archives{
            {"ancient.gz", 1, now.addDays(-90)},
            {"a.gz", 1, now.addDays(-2)},
            {"b.gz", 1, now.addDays(-1)},
        };
        QCOMPARE(names(Retention::select(archives, s, now)), (QStringList{"ancient.gz", "a.gz"}));
    }
};

QTEST_GUILESS_MAIN(TestRetention)
#include "tst_retention.moc"
