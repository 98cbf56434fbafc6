// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "policy/retention.h"

#include "core/archivenaming.h"

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
    // An archive the set made of `log`, rotated `daysAgo` days before now (and not touched
    // since, so its mtime agrees).
    Retention::Archive made(const QString &log, double daysAgo, qint64 size = 10,
                            int sequence = 0) const
    {
        const QDateTime at = now.addMSecs(-qint64(daysAgo * 86400000.0));
        return {ArchiveNaming::rotatedName(log, at, sequence) + ".gz", size, at};
    }

private slots:
    // Issue 12 item 1: only the set's own archives are candidates, recognised by name.
    void candidates()
    {
        LogSetConfig s = set();
        QVERIFY(Retention::isCandidate("app_20261101_000000.log.gz", s));
        QVERIFY(Retention::isCandidate("app_20261101_000000_3.log.zst", s));
        // the seed's §6.3 placeholder and any other program's archives are not ours
        QVERIFY(!Retention::isCandidate("old_log.log.gz", s));
        QVERIFY(!Retention::isCandidate("x.bz2", s));
        QVERIFY(!Retention::isCandidate("app.log.1.gz", s)); // logrotate's, another scheme
        QVERIFY(!Retention::isCandidate("other_20261101_000000.log.gz", s)); // another log's
        QVERIFY(!Retention::isCandidate("notes.txt", s));
        QVERIFY(!Retention::isCandidate(".logkeeper-tmp-app.log.gz-abc", s));
        // uncompressed rotated files wait for compression while compress is on...
        QVERIFY(!Retention::isCandidate("app_20261101_000000.log", s));
        // ...are the archives when it is off, or the newest one kept by delay_compress
        s.compress = false;
        QVERIFY(Retention::isCandidate("app_20261101_000000.log", s));
        QVERIFY(!Retention::isCandidate("other_20261101_000000.log", s));
        QVERIFY(!Retention::isCandidate("app.log", s));
        s.compress = true;
        s.delayCompress = true;
        QVERIFY(Retention::isCandidate("app_20261101_000000.log", s));
        // patterns: any log they match, the log gone or not
        s.activeLog.clear();
        s.patterns = {"*.log"};
        QVERIFY(Retention::isCandidate("other_20261101_000000_1.log.gz", s));
        QVERIFY(!Retention::isCandidate("other_20261101_000000.txt.gz", s));
        // the set's scheme decides: numbered
        s.naming.kind = ArchiveNaming::Kind::Numbered;
        QVERIFY(Retention::isCandidate("app.log.3.gz", s));
        QVERIFY(!Retention::isCandidate("app_20261101_000000.log.gz", s));
    }

    // The seed's §6.3, with an archive the set made: 40 days old, it goes; a recent one and
    // another program's 40-day-old old_log.log.gz stay.
    void byAge()
    {
        Retention::Archive foreign{"old_log.log.gz", 10, now.addDays(-40)};
        const QVector<Retention::Archive> archives{
            made("app.log", 40),
            foreign,
            made("app.log", 30 - 1.0 / 1440), // a minute short of 30 days
            made("app.log", 1),
        };
        const auto removals = Retention::select(archives, set(), now);
        QCOMPARE(names(removals), QStringList{archives[0].name});
        QVERIFY(removals.first().reason.contains("30 days"));
    }

    // Age is the rotation time in the name where the scheme has one, else the mtime.
    void ageFromTheNameElseMtime()
    {
        LogSetConfig s = set();
        // named 40 days ago but copied (fresh mtime): old by its name
        Retention::Archive copied = made("app.log", 40);
        copied.modified = now;
        // named today, mtime 40 days back: new by its name
        Retention::Archive touched = made("app.log", 0);
        touched.modified = now.addDays(-40);
        QCOMPARE(names(Retention::select({copied, touched}, s, now)), QStringList{copied.name});
        QCOMPARE(Retention::ageSince(touched, s), now);
        // numbered names hold no time: the mtime counts
        s.naming.kind = ArchiveNaming::Kind::Numbered;
        const QVector<Retention::Archive> numbered{{"app.log.1.gz", 1, now.addDays(-2)},
                                                   {"app.log.2.gz", 1, now.addDays(-31)}};
        QCOMPARE(names(Retention::select(numbered, s, now)), QStringList{"app.log.2.gz"});
        QCOMPARE(Retention::ageSince(numbered[1], s), now.addDays(-31));
    }

    void zeroRetentionKeepsForever()
    {
        LogSetConfig s = set();
        s.retentionDays = 0;
        QVERIFY(Retention::select({made("app.log", 5 * 365)}, s, now).isEmpty());
    }

    // max_archives counts per log, like logrotate's rotate N, oldest first.
    void byCountPerLog()
    {
        LogSetConfig s = set();
        s.activeLog.clear();
        s.patterns = {"*.log"};
        s.maxArchives = 2;
        const QVector<Retention::Archive> archives{
            made("a.log", 1),
            made("a.log", 3),
            made("b.log", 9),
            made("a.log", 0),
            made("a.log", 2),
            made("b.log", 8),
            {"foreign.gz", 1, now.addDays(-20)},
        };
        const auto removals = Retention::select(archives, s, now);
        QCOMPARE(names(removals), (QStringList{archives[1].name, archives[4].name}));
        QCOMPARE(removals.first().reason, QString("more than 2 archives of a.log"));
    }

    // A set whose logs lie in several folders ("*/*.log", archive_dir relative): nginx's
    // access.log and apache's are two logs, each with its own max_archives.
    void byCountPerLogAndFolder()
    {
        LogSetConfig s = set();
        s.activeLog.clear();
        s.patterns = {"*/*.log"};
        s.archiveDirRelative = "archive";
        s.maxArchives = 2;
        s.naming.kind = ArchiveNaming::Kind::Numbered;
        s.retentionDays = 0;
        const QString nginx = "/logs/nginx/archive", apache = "/logs/apache/archive";
        const QVector<Retention::Archive> archives{
            {"access.log.1.gz", 1, now, nginx},  {"access.log.2.gz", 1, now, nginx},
            {"access.log.1.gz", 1, now, apache}, {"access.log.2.gz", 1, now, apache},
            {"access.log.3.gz", 1, now, apache},
        };
        QCOMPARE(names(Retention::select(archives, s, now)), QStringList{"access.log.3.gz"});
        const auto e = Retention::expiries(archives, s, now);
        for (int i = 0; i < archives.size(); ++i)
            QCOMPARE(e[i].why,
                     i == 4 ? Retention::Expiry::Why::Count : Retention::Expiry::Why::Never);
        // Without folders they would be one log's five archives.
        QVector<Retention::Archive> together = archives;
        for (Retention::Archive &a : together)
            a.folder.clear();
        QCOMPARE(Retention::select(together, s, now).size(), 3);
    }

    // Within one second, the sequence orders them; numbered: the highest number is the oldest.
    void countFollowsRotationOrder()
    {
        LogSetConfig s = set();
        s.maxArchives = 1;
        const QVector<Retention::Archive> sameSecond{
            made("app.log", 1, 10, 2), made("app.log", 1, 10, 0), made("app.log", 1, 10, 1)};
        QCOMPARE(names(Retention::select(sameSecond, s, now)),
                 (QStringList{sameSecond[1].name, sameSecond[2].name}));
        s.naming.kind = ArchiveNaming::Kind::Numbered;
        s.retentionDays = 0;
        // mtimes say nothing here (all the same): the numbers decide
        const QVector<Retention::Archive> numbered{
            {"app.log.1", 1, now}, {"app.log.3.gz", 1, now}, {"app.log.2.gz", 1, now}};
        s.compress = false;
        QCOMPARE(names(Retention::select(numbered, s, now)),
                 (QStringList{"app.log.3.gz", "app.log.2.gz"}));
    }

    // max_total_mb is per set, the oldest of any log first; other files never count.
    void byTotalSize()
    {
        LogSetConfig s = set();
        s.activeLog.clear();
        s.patterns = {"*.log"};
        s.maxTotalMb = 1;
        const qint64 mb = 1024 * 1024;
        const QVector<Retention::Archive> archives{
            made("a.log", 3, mb / 2),
            made("b.log", 2, mb / 2),
            made("a.log", 1, mb / 2),
            {"huge-foreign.gz", 100 * mb, now.addDays(-1)},
        };
        const auto removals = Retention::select(archives, s, now);
        QCOMPARE(names(removals), QStringList{archives[0].name});
        QVERIFY(removals.first().reason.contains("MiB"));
    }

    void ageThenCount()
    {
        LogSetConfig s = set();
        s.maxArchives = 1;
        const QVector<Retention::Archive> archives{made("app.log", 90), made("app.log", 2),
                                                   made("app.log", 1)};
        QCOMPARE(names(Retention::select(archives, s, now)),
                 (QStringList{archives[0].name, archives[1].name}));
    }

    // What the archive browser shows as "Expires": when and why each archive goes.
    void expiries()
    {
        LogSetConfig s = set();
        s.maxArchives = 2;
        const QVector<Retention::Archive> archives{made("app.log", 40),
                                                   made("app.log", 3),
                                                   {"old_log.log.gz", 1, now.addDays(-40)},
                                                   made("app.log", 2),
                                                   made("app.log", 1)};
        const QVector<Retention::Expiry> e = Retention::expiries(archives, s, now);
        QCOMPARE(e.size(), archives.size());
        QCOMPARE(e[0].why, Retention::Expiry::Why::Age);
        QCOMPARE(e[0].at, now.addDays(-10)); // overdue: goes at the next cleanup
        QCOMPARE(e[1].why, Retention::Expiry::Why::Count);
        QCOMPARE(e[1].at, now);
        QCOMPARE(e[2].why, Retention::Expiry::Why::NotOurs);
        QVERIFY(!e[2].at.isValid());
        QVERIFY(!e[2].reason.isEmpty());
        QCOMPARE(e[3].why, Retention::Expiry::Why::Age);
        QCOMPARE(e[3].at, now.addDays(28));
        QCOMPARE(e[4].at, now.addDays(29));
        for (const Retention::Expiry &x : e)
            QVERIFY(!x.reason.isEmpty());

        s.retentionDays = 0;
        s.maxArchives = 0;
        const auto keptForGood = Retention::expiries({made("app.log", 400)}, s, now);
        QCOMPARE(keptForGood.first().why, Retention::Expiry::Why::Never);
        QVERIFY(!keptForGood.first().at.isValid());
        // and the expiries agree with what select() removes
        s.maxTotalMb = 0.000001; // one byte
        const QVector<Retention::Archive> two{made("app.log", 2), made("app.log", 1)};
        const auto sized = Retention::expiries(two, s, now);
        QCOMPARE(sized[0].why, Retention::Expiry::Why::TotalSize);
        QCOMPARE(sized[1].why, Retention::Expiry::Why::TotalSize);
        QCOMPARE(names(Retention::select(two, s, now)), (QStringList{two[0].name, two[1].name}));
    }
};

QTEST_GUILESS_MAIN(TestRetention)
#include "tst_retention.moc"
