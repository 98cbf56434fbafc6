// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "core/archivenaming.h"
#include "core/codecs.h"

#include <QRegularExpression>
#include <QTest>

using namespace Logkeeper;

class TestArchiveNaming : public QObject
{
    Q_OBJECT
private slots:
    void rotatedName_data()
    {
        QTest::addColumn<QString>("active");
        QTest::addColumn<int>("sequence");
        QTest::addColumn<QString>("expected");
        QTest::newRow("seed") << "app.log" << 0 << "app_20261123_142501.log";
        QTest::newRow("sequence") << "app.log" << 2 << "app_20261123_142501_2.log";
        QTest::newRow("no extension") << "messages" << 0 << "messages_20261123_142501";
        QTest::newRow("two dots") << "web.access.log" << 0 << "web.access_20261123_142501.log";
        QTest::newRow("dot file") << ".hidden" << 0 << ".hidden_20261123_142501";
    }
    void rotatedName()
    {
        QFETCH(QString, active);
        QFETCH(int, sequence);
        QFETCH(QString, expected);
        const QDateTime at(QDate(2026, 11, 23), QTime(14, 25, 1));
        const QString name = ArchiveNaming::rotatedName(active, at, sequence);
        QCOMPARE(name, expected);
        QVERIFY(ArchiveNaming::looksRotated(name));
        QCOMPARE(ArchiveNaming::originalName(name), active);
        QCOMPARE(ArchiveNaming::originalName(name + ".gz"), active);
        QCOMPARE(ArchiveNaming::rotatedAt(name + ".zst"), at);
        QVERIFY(ArchiveNaming::isRotatedNameOf(name, active, false));
        QVERIFY(!ArchiveNaming::isRotatedNameOf(name + ".xz", active, false));
        QVERIFY(ArchiveNaming::isRotatedNameOf(name + ".xz", active, true));
        QVERIFY(!ArchiveNaming::isRotatedNameOf(name, "other.log", true));
    }

    void notRotated()
    {
        QVERIFY(!ArchiveNaming::looksRotated("app.log"));
        QVERIFY(!ArchiveNaming::looksRotated("app_2026112_142501.log"));
        QVERIFY(!ArchiveNaming::looksRotated("old_log.log.gz"));
        QCOMPARE(ArchiveNaming::originalName("app.log"), QString());
        QVERIFY(!ArchiveNaming::rotatedAt("app.log").isValid());
    }

    void sortsInRotationOrder()
    {
        QStringList names{"app_20261123_142501_10.log.gz", "app_20261123_142501_2.log.gz",
                          "app_20261124_000000.log.gz", "app_20261123_142501.log.gz"};
        ArchiveNaming::sortByRotation(names);
        QCOMPARE(names,
                 (QStringList{"app_20261123_142501.log.gz", "app_20261123_142501_2.log.gz",
                              "app_20261123_142501_10.log.gz", "app_20261124_000000.log.gz"}));
    }

    // The three schemes of rotation.naming, each parsed back to its log, order and codec.
    void schemes_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("dateFormat");
        QTest::addColumn<QString>("extension");
        QTest::addColumn<QString>("active");
        QTest::addColumn<int>("sequence");
        QTest::addColumn<QString>("expected");
        const int ts = int(ArchiveNaming::Kind::Timestamp);
        const int de = int(ArchiveNaming::Kind::DateExt);
        const int nu = int(ArchiveNaming::Kind::Numbered);
        QTest::newRow("timestamp") << ts << ""
                                   << ""
                                   << "app.log" << 0 << "app_20261205_142501.log";
        QTest::newRow("timestamp _1") << ts << ""
                                      << ""
                                      << "app.log" << 1 << "app_20261205_142501_1.log";
        QTest::newRow("dateext") << de << "-%Y%m%d"
                                 << ""
                                 << "app.log" << 0 << "app.log-20261205";
        QTest::newRow("dateext _2") << de << "-%Y%m%d"
                                    << ""
                                    << "app.log" << 2 << "app.log-20261205_2";
        QTest::newRow("dateext extension") << de << "-%Y%m%d"
                                           << ".log"
                                           << "app.log" << 0 << "app-20261205.log";
        QTest::newRow("dateext extension not ending the name")
            << de << "-%Y%m%d"
            << ".log"
            << "app.txt" << 0 << "app.txt-20261205";
        QTest::newRow("dateext with time") << de << "-%Y%m%d-%H%M%S"
                                           << ""
                                           << "syslog" << 0 << "syslog-20261205-142501";
        QTest::newRow("dateext epoch")
            << de << ".%s"
            << ""
            << "app.log" << 0
            << "app.log." + QString::number(
                                QDateTime(QDate(2026, 12, 5), QTime(14, 25, 1)).toSecsSinceEpoch());
        QTest::newRow("numbered") << nu << ""
                                  << ""
                                  << "app.log" << 1 << "app.log.1";
        QTest::newRow("numbered 12") << nu << ""
                                     << ""
                                     << "app.log" << 12 << "app.log.12";
        QTest::newRow("numbered extension") << nu << ""
                                            << ".log"
                                            << "app.log" << 1 << "app.1.log";
        QTest::newRow("numbered no dot") << nu << ""
                                         << ""
                                         << "messages" << 3 << "messages.3";
    }
    void schemes()
    {
        QFETCH(int, kind);
        QFETCH(QString, dateFormat);
        QFETCH(QString, extension);
        QFETCH(QString, active);
        QFETCH(int, sequence);
        QFETCH(QString, expected);
        ArchiveNaming::Scheme scheme;
        scheme.kind = ArchiveNaming::Kind(kind);
        if (!dateFormat.isEmpty())
            scheme.dateFormat = dateFormat;
        scheme.extension = extension;
        const QDateTime at(QDate(2026, 12, 5), QTime(14, 25, 1));
        const QString name = ArchiveNaming::rotatedName(scheme, active, at, sequence);
        QCOMPARE(name, expected);
        for (const Codec codec : {Codec::None, Codec::Gzip, Codec::Zstd}) {
            const QString file = name + Codecs::extension(codec);
            const ArchiveNaming::Parsed p = ArchiveNaming::parse(scheme, file);
            QVERIFY2(p.valid(), qPrintable(file));
            QCOMPARE(p.originalName, active);
            QCOMPARE(p.codec, codec);
            QCOMPARE(p.sequence, sequence);
            QVERIFY(ArchiveNaming::isArchiveOf(scheme, file, active, {}));
            QVERIFY(ArchiveNaming::isArchiveOf(scheme, file, {}, {"*"}));
            QVERIFY(!ArchiveNaming::isArchiveOf(scheme, file, "other.log", {}));
            // never a live log of a set that could have made it
            QVERIFY(!ArchiveNaming::isLiveLogName(scheme, file, {}, {"*"}));
        }
        if (scheme.kind == ArchiveNaming::Kind::Numbered)
            QVERIFY(!ArchiveNaming::parse(scheme, name).rotatedAt.isValid());
        else if (!dateFormat.contains("%H") && !dateFormat.contains("%s") &&
                 kind != int(ArchiveNaming::Kind::Timestamp))
            QCOMPARE(ArchiveNaming::parse(scheme, name).rotatedAt, QDateTime(at.date(), QTime()));
        else
            QCOMPARE(ArchiveNaming::parse(scheme, name).rotatedAt, at);
    }

    // Another program's files, another log's archives and the set's own live logs are not
    // archives of the set, in any scheme.
    void foreignNamesAreNotArchives()
    {
        ArchiveNaming::Scheme ts, de, nu;
        de.kind = ArchiveNaming::Kind::DateExt;
        nu.kind = ArchiveNaming::Kind::Numbered;
        for (const auto &scheme : {ts, de, nu}) {
            for (const char *name : {"old_log.log.gz", "app.log", "app.log.gz", "notes.txt",
                                     "app.log.tar.gz", ".logkeeper-tmp-app.log.1-x"}) {
                QVERIFY2(!ArchiveNaming::isArchiveOf(scheme, name, "app.log", {}), name);
            }
        }
        QVERIFY(!ArchiveNaming::isArchiveOf(ts, "db_20261205_142501.log.gz", "app.log", {}));
        QVERIFY(!ArchiveNaming::isArchiveOf(ts, "app_20261205_142501.log.gz", {}, {"*.txt"}));
        QVERIFY(!ArchiveNaming::isArchiveOf(nu, "db.log.1.gz", "app.log", {}));
        QVERIFY(!ArchiveNaming::isArchiveOf(de, "app.log-2026120", "app.log", {}));
        QVERIFY(!ArchiveNaming::isArchiveOf(de, "app.log-x20261205", "app.log", {}));
        // one scheme does not recognise another's names
        QVERIFY(!ArchiveNaming::isArchiveOf(nu, "app_20261205_142501.log.gz", "app.log", {}));
        QVERIFY(!ArchiveNaming::isArchiveOf(ts, "app.log.1.gz", "app.log", {}));
        // with an extension, the extension goes last: "app.1.log" is app.log's, and a name
        // with it in the middle is nobody's
        nu.extension = ".log";
        QVERIFY(ArchiveNaming::isArchiveOf(nu, "app.1.log.gz", "app.log", {}));
        QVERIFY(!ArchiveNaming::isArchiveOf(nu, "app.log.1.gz", "app.log", {}));
        // a pattern's last part decides, for patterns spanning folders too
        QVERIFY(ArchiveNaming::isArchiveOf(ts, "access_20261205_142501.log.gz", {}, {"*/*.log"}));
        QVERIFY(!ArchiveNaming::isArchiveOf(ts, "access_20261205_142501.txt.gz", {}, {"*/*.log"}));
    }

    // Patterns may span folders below log_dir; '*' never crosses a '/'.
    void liveLogPaths()
    {
        ArchiveNaming::Scheme nu;
        nu.kind = ArchiveNaming::Kind::Numbered;
        QVERIFY(ArchiveNaming::isLiveLogName(nu, "nginx/access.log", {}, {"*/*.log"}));
        QVERIFY(!ArchiveNaming::isLiveLogName(nu, "access.log", {}, {"*/*.log"}));
        QVERIFY(!ArchiveNaming::isLiveLogName(nu, "a/b/access.log", {}, {"*/*.log"}));
        QVERIFY(!ArchiveNaming::isLiveLogName(nu, "nginx/access.log", {}, {"*.log"}));
        QVERIFY(!ArchiveNaming::isLiveLogName(nu, "nginx/access.log.1", {}, {"*/*"}));
        QVERIFY(ArchiveNaming::isLiveLogName(nu, "nginx/access.log", {}, {"*/*"}));
        // timestamp names are never live, whatever the set's scheme
        QVERIFY(!ArchiveNaming::isLiveLogName(nu, "app_20261205_142501.log", {}, {"*"}));
    }

    // Issue 12 item 8: after retention freed a name, a later rotation in the same second does
    // not take it back: the sequence goes past the highest that exists, so names keep sorting
    // in rotation order.
    void freedNamesAreNotReused()
    {
        const QDateTime at(QDate(2026, 12, 5), QTime(14, 25, 1));
        const ArchiveNaming::Scheme ts;
        // nothing there: the plain name
        QCOMPARE(ArchiveNaming::nextRotatedName(ts, "app.log", at, {}),
                 QString("app_20261205_142501.log"));
        // three rotations in one second, then retention removed the oldest (the plain name)
        QStringList existing{"app_20261205_142501_1.log.gz", "app_20261205_142501_2.log",
                             "other_20261205_142501_7.log.gz", "app_20261205_142500_9.log.gz"};
        const QString next = ArchiveNaming::nextRotatedName(ts, "app.log", at, existing);
        QCOMPARE(next, QString("app_20261205_142501_3.log"));
        existing.append(next + ".gz");
        existing.append("app_20261205_142502.log.gz");
        QStringList sorted = existing.filter(QRegularExpression("^app_"));
        ArchiveNaming::sortByRotation(ts, sorted);
        QCOMPARE(sorted.mid(sorted.indexOf("app_20261205_142501_1.log.gz"), 4),
                 (QStringList{"app_20261205_142501_1.log.gz", "app_20261205_142501_2.log",
                              "app_20261205_142501_3.log.gz", "app_20261205_142502.log.gz"}));

        // dateext: the same day
        ArchiveNaming::Scheme de;
        de.kind = ArchiveNaming::Kind::DateExt;
        QCOMPARE(ArchiveNaming::nextRotatedName(de, "app.log", at, {"app.log-20261205_4.gz"}),
                 QString("app.log-20261205_5"));
        QCOMPARE(ArchiveNaming::nextRotatedName(de, "app.log", at, {"app.log-20261204.gz"}),
                 QString("app.log-20261205"));
        // numbered: always .1, made free by the shift
        ArchiveNaming::Scheme nu;
        nu.kind = ArchiveNaming::Kind::Numbered;
        QCOMPARE(ArchiveNaming::nextRotatedName(nu, "app.log", at, {"app.log.1"}),
                 QString("app.log.1"));
    }

    void sortsEachSchemeInRotationOrder()
    {
        ArchiveNaming::Scheme nu;
        nu.kind = ArchiveNaming::Kind::Numbered;
        QStringList names{"app.log.2.gz", "app.log.10.gz", "app.log.1", "junk", "app.log.3.gz"};
        ArchiveNaming::sortByRotation(nu, names);
        QCOMPARE(names, (QStringList{"junk", "app.log.10.gz", "app.log.3.gz", "app.log.2.gz",
                                     "app.log.1"}));
        ArchiveNaming::Scheme de;
        de.kind = ArchiveNaming::Kind::DateExt;
        de.dateFormat = "-%d%m%Y"; // not sortable as text: sorted by the date it holds
        names = QStringList{"app.log-01122026.gz", "app.log-30112026.gz", "app.log-01122026_1"};
        ArchiveNaming::sortByRotation(de, names);
        QCOMPARE(names,
                 (QStringList{"app.log-30112026.gz", "app.log-01122026.gz", "app.log-01122026_1"}));
    }

    // The numbered shift: highest first, so no rename lands on a name still in use; codec
    // extensions stay; gaps stay; other logs' files are untouched.
    void numberedShiftPlan()
    {
        ArchiveNaming::Scheme nu;
        nu.kind = ArchiveNaming::Kind::Numbered;
        const auto plan = ArchiveNaming::numberedShift(
            nu, "app.log", {"app.log.1", "app.log.2.gz", "app.log.4.zst", "db.log.1", "app.log"});
        QCOMPARE(plan.size(), 3);
        QCOMPARE(plan[0].from, QString("app.log.4.zst"));
        QCOMPARE(plan[0].to, QString("app.log.5.zst"));
        QCOMPARE(plan[1].from, QString("app.log.2.gz"));
        QCOMPARE(plan[1].to, QString("app.log.3.gz"));
        QCOMPARE(plan[2].from, QString("app.log.1"));
        QCOMPARE(plan[2].to, QString("app.log.2"));
        nu.extension = ".log";
        const auto withExt =
            ArchiveNaming::numberedShift(nu, "app.log", {"app.1.log", "app.2.log.gz"});
        QCOMPARE(withExt.size(), 2);
        QCOMPARE(withExt[0].to, QString("app.3.log.gz"));
        QCOMPARE(withExt[1].to, QString("app.2.log"));
        QVERIFY(ArchiveNaming::numberedShift(ArchiveNaming::Scheme(), "app.log",
                                             {"app_20261205_142501.log"})
                    .isEmpty());
    }

    void dateFormats()
    {
        QVERIFY(ArchiveNaming::dateFormatProblem("-%Y%m%d").isEmpty());
        QVERIFY(ArchiveNaming::dateFormatProblem(".%s").isEmpty());
        QVERIFY(ArchiveNaming::dateFormatProblem("-%Y-W%V").isEmpty());
        QVERIFY(ArchiveNaming::dateFormatProblem("-%Y%b").contains("%b"));
        QVERIFY(!ArchiveNaming::dateFormatProblem("-%Y/%m").isEmpty());
        QVERIFY(!ArchiveNaming::dateFormatProblem("-old").isEmpty());
        QVERIFY(!ArchiveNaming::dateFormatProblem("-%").isEmpty());
        QVERIFY(!ArchiveNaming::dateFormatProblem("").isEmpty());
    }

    void liveLogNames()
    {
        const QStringList logs{"*.log"};
        QVERIFY(ArchiveNaming::isLiveLogName("app.log", {}, logs));
        QVERIFY(ArchiveNaming::isLiveLogName("x.log", {}, {"*.txt", "*.log"}));
        QVERIFY(!ArchiveNaming::isLiveLogName("app.txt", {}, logs));
        QVERIFY(!ArchiveNaming::isLiveLogName("APP.LOG", {}, logs)); // globs are case-sensitive
        // never one of ours
        QVERIFY(!ArchiveNaming::isLiveLogName("app_20261123_142501.log", {}, logs));
        QVERIFY(!ArchiveNaming::isLiveLogName("app.log.gz", {}, {"*"}));
        QVERIFY(!ArchiveNaming::isLiveLogName(".logkeeper-tmp-app.log-x", {}, {"*"}));
        // an explicit active_log is exactly that one name
        QVERIFY(ArchiveNaming::isLiveLogName("app.log", "app.log", {}));
        QVERIFY(!ArchiveNaming::isLiveLogName("app.log.1", "app.log", {}));
    }
};

QTEST_GUILESS_MAIN(TestArchiveNaming)
#include "tst_archivenaming.moc"
