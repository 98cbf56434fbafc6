// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "engine/engine.h"

#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Logkeeper;

// The engine with logrotate_include: the included logrotate configs are watched like the config
// itself, so a drop-in a package installs (by rename, as dpkg does) is in force without a
// restart, and one it removes is gone.
class TestEngineInclude : public QObject
{
    Q_OBJECT

    static QStringList names(const Config &config)
    {
        QStringList out;
        for (const LogSetConfig &set : config.logSets)
            out.append(set.name);
        return out;
    }

    static bool writeConfig(const QTemporaryDir &dir, const QJsonArray &include)
    {
        const QJsonObject own{
            {"name", "own"}, {"log_dir", dir.filePath("own")}, {"active_log", "own.log"}};
        return TestUtil::writeFile(
            dir.filePath("config.json"),
            QJsonDocument(QJsonObject{{"log_sets", QJsonArray{own}},
                                      {"logrotate_include", include},
                                      {"debounce_time", 0.2},
                                      {"max_wait", 1},
                                      {"poll_interval", 3600},
                                      {"state_file", dir.filePath("state.json")}})
                .toJson());
    }

    // As dpkg installs a conffile: written beside, then renamed into place.
    static bool install(const QString &path, const QByteArray &text)
    {
        const QString temp = path + ".dpkg-new";
        return TestUtil::writeFile(temp, text) && QFile::rename(temp, path);
    }

private slots:
    void aDropInInstalledOrRemovedIsPickedUp()
    {
        QTemporaryDir dir;
        const QString dropIns = dir.filePath("logrotate.d");
        QVERIFY(QDir().mkpath(dropIns));
        QVERIFY(QDir().mkpath(dir.filePath("own")));
        QVERIFY(QDir().mkpath(dir.filePath("logs")));
        QVERIFY(install(dropIns + "/first", "/var/log/first.log {\n    weekly\n}\n"));
        QVERIFY(writeConfig(dir, {dropIns}));

        Engine engine;
        QSignalSpy applied(&engine, &Engine::configApplied);
        QString error;
        QVERIFY2(engine.start(dir.filePath("config.json"), &error), qPrintable(error));
        QCOMPARE(names(engine.config()), QStringList({"own", "first"}));

        // A package installs a drop-in for a log that is already big: it is rotated.
        const QByteArray content = TestUtil::numberedLines("pkg", 0, 100);
        QVERIFY(TestUtil::writeFile(dir.filePath("logs/pkg.log"), content));
        QSignalSpy archived(&engine, &Engine::archived);
        QVERIFY(install(dropIns + "/pkg", dir.filePath("logs/pkg.log").toUtf8() +
                                              " {\n    size 1k\n    rotate 2\n"
                                              "    compress\n}\n"));
        QTRY_COMPARE_WITH_TIMEOUT(names(engine.config()), QStringList({"own", "first", "pkg"}),
                                  20000);
        QCOMPARE(engine.config().logSets.at(2).source, dropIns + "/pkg:1");
        QTRY_COMPARE_WITH_TIMEOUT(archived.count(), 1, 20000);
        QCOMPARE(archived.at(0).at(0).toString(), QString("pkg"));
        QCOMPARE(TestUtil::readArchive(archived.at(0).at(1).toString()), content);

        // An edit in place of an included file.
        const int before = int(applied.count());
        QVERIFY(TestUtil::writeFile(dropIns + "/first", "/var/log/first.log {\n    daily\n}\n"));
        QTRY_VERIFY_WITH_TIMEOUT(applied.count() > before, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(engine.config().logSets.value(1).schedule,
                                  RotationSchedule::Daily, 20000);

        // The package is purged.
        QVERIFY(QFile::remove(dropIns + "/pkg"));
        QTRY_COMPARE_WITH_TIMEOUT(names(engine.config()), QStringList({"own", "first"}), 20000);
        engine.stop();
    }

    // The include's file does not exist when the engine starts: its own sets run, and the file
    // is in force once it comes.
    void aMissingIncludeIsWaitedFor()
    {
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath("own")));
        QVERIFY(QDir().mkpath(dir.filePath("etc")));
        const QString conf = dir.filePath("etc/logrotate.conf");
        QVERIFY(writeConfig(dir, {conf}));
        Engine engine;
        QString error;
        QVERIFY2(engine.start(dir.filePath("config.json"), &error), qPrintable(error));
        QCOMPARE(names(engine.config()), QStringList({"own"}));
        QVERIFY(install(conf, "/var/log/late.log {\n    monthly\n}\n"));
        QTRY_COMPARE_WITH_TIMEOUT(names(engine.config()), QStringList({"own", "logrotate.conf"}),
                                  20000);
        engine.stop();
    }

    // A touch, or a change elsewhere in a watched folder, reads nothing again.
    void anUnchangedIncludeIsNotAppliedAgain()
    {
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath("own")));
        const QString conf = dir.filePath("etc/logrotate.conf");
        QVERIFY(TestUtil::writeFile(conf, "/var/log/same.log {\n    monthly\n}\n"));
        QVERIFY(writeConfig(dir, {conf}));
        Engine engine;
        QSignalSpy applied(&engine, &Engine::configApplied);
        QString error;
        QVERIFY2(engine.start(dir.filePath("config.json"), &error), qPrintable(error));
        QCOMPARE(applied.count(), 1);
        QVERIFY(TestUtil::writeFile(dir.filePath("etc/unrelated"), "x"));
        QVERIFY(TestUtil::writeFile(conf, "/var/log/same.log {\n    monthly\n}\n"));
        // The reload is debounced (300 ms): after it, nothing was applied again. The change
        // that follows is, so the watch was working all along.
        QTest::qWait(1500);
        QCOMPARE(applied.count(), 1);
        QVERIFY(TestUtil::writeFile(conf, "/var/log/same.log {\n    yearly\n}\n"));
        QTRY_COMPARE_WITH_TIMEOUT(applied.count(), 2, 20000);
        QCOMPARE(engine.config().logSets.value(1).schedule, RotationSchedule::Yearly);
        engine.stop();
    }
};

QTEST_GUILESS_MAIN(TestEngineInclude)
#include "tst_engineinclude.moc"
