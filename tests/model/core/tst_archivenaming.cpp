// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "core/archivenaming.h"

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
