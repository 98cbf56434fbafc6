// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "engine/engine.h"

#include "core/archivenaming.h"
#include "core/codecs.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Logkeeper;

// The engine as the daemon runs it: real watcher, real scheduler, worker in its own thread,
// reacting to live writes on real files.
class TestEngine : public QObject
{
    Q_OBJECT

    static QJsonObject configJson(const QTemporaryDir &dir, double maxSizeMb,
                                  const QString &strategy = "rename")
    {
        return QJsonObject{
            {"log_sets",
             QJsonArray{QJsonObject{
                 {"name", "live"},
                 {"log_dir", dir.filePath("logs")},
                 {"patterns", QJsonArray{"*.log"}},
                 {"rotation", QJsonObject{{"max_size_mb", maxSizeMb}, {"strategy", strategy}}},
             }}},
            {"debounce_time", 0.2},
            {"max_wait", 1},
            {"poll_interval", 3600}, // events only: the poll must not be what finds changes
            {"state_file", dir.filePath("state.json")},
        };
    }
    static bool writeConfig(const QString &path, const QJsonObject &json)
    {
        return TestUtil::writeFile(path, QJsonDocument(json).toJson());
    }
    static int archiveCount(const QString &dir)
    {
        int n = 0;
        for (const QString &name : TestUtil::entries(dir))
            n += Codecs::isCompressedName(name) ? 1 : 0;
        return n;
    }

private slots:
    void rotatesAfterALiveWrite()
    {
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath("logs")));
        QVERIFY(writeConfig(dir.filePath("config.json"), configJson(dir, 0.01)));
        Engine engine;
        QSignalSpy archived(&engine, &Engine::archived);
        QString error;
        QVERIFY2(engine.start(dir.filePath("config.json"), &error), qPrintable(error));
        const QByteArray content = TestUtil::numberedLines("live", 0, 200);
        QVERIFY(TestUtil::writeFile(dir.filePath("logs/web.log"), content));
        QTRY_COMPARE_WITH_TIMEOUT(archived.count(), 1, 20000);
        const QString archive = archived.at(0).at(1).toString();
        QCOMPARE(TestUtil::readArchive(archive), content);
        QCOMPARE(QFileInfo(dir.filePath("logs/web.log")).size(), 0);
        // The recreated file is watched again: a second burst rotates again.
        QTRY_VERIFY(engine.watchedFiles().contains(dir.filePath("logs/web.log")));
        QVERIFY(TestUtil::appendFile(dir.filePath("logs/web.log"), content));
        QTRY_COMPARE_WITH_TIMEOUT(archived.count(), 2, 20000);
        engine.stop();
    }

    // Patterns across folders: the watcher follows the subfolders the scan looked in, so a log
    // created in one (and later written to) is rotated on the events alone, its archive in its
    // own folder's archive_dir.
    void watchesSubfoldersOfPatternsAcrossFolders()
    {
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath("logs/web")));
        QJsonObject json = configJson(dir, 0.01);
        QJsonObject set = json["log_sets"].toArray().at(0).toObject();
        set["patterns"] = QJsonArray{"*/*.log"};
        set["archive_dir"] = "archive";
        json["log_sets"] = QJsonArray{set};
        QVERIFY(writeConfig(dir.filePath("config.json"), json));
        Engine engine;
        QSignalSpy archived(&engine, &Engine::archived);
        QString error;
        QVERIFY2(engine.start(dir.filePath("config.json"), &error), qPrintable(error));
        QTest::qWait(500); // the first scan has set the watches
        const QByteArray content = TestUtil::numberedLines("nested", 0, 200);
        QVERIFY(TestUtil::writeFile(dir.filePath("logs/web/access.log"), content));
        QTRY_COMPARE_WITH_TIMEOUT(archived.count(), 1, 20000);
        const QString archive = archived.at(0).at(1).toString();
        QCOMPARE(QFileInfo(archive).path(), dir.filePath("logs/web/archive"));
        QCOMPARE(TestUtil::readArchive(archive), content);
        QTRY_VERIFY(engine.watchedFiles().contains(dir.filePath("logs/web/access.log")));
        QVERIFY(TestUtil::appendFile(dir.filePath("logs/web/access.log"), content));
        QTRY_COMPARE_WITH_TIMEOUT(archived.count(), 2, 20000);
        engine.stop();
    }

    // A writer that never pauses longer than the debounce still gets rotated (max_wait).
    void steadyWriterStillRotates()
    {
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath("logs")));
        QVERIFY(writeConfig(dir.filePath("config.json"), configJson(dir, 0.02, "copytruncate")));
        Engine engine;
        QSignalSpy rotated(&engine, &Engine::rotated);
        QString error;
        QVERIFY2(engine.start(dir.filePath("config.json"), &error), qPrintable(error));
        int line = 0;
        QTimer writer;
        connect(&writer, &QTimer::timeout, this, [&] {
            TestUtil::appendFile(dir.filePath("logs/app.log"),
                                 TestUtil::numberedLines("s", line, 20));
            line += 20;
        });
        writer.start(50); // far shorter than the 200 ms debounce
        QTRY_VERIFY_WITH_TIMEOUT(rotated.count() >= 3, 30000);
        writer.stop();
        engine.stop();
        QByteArray all;
        QStringList names = TestUtil::entries(dir.filePath("logs/archive"));
        ArchiveNaming::sortByRotation(names);
        for (const QString &name : names)
            all += TestUtil::readArchive(dir.filePath("logs/archive/" + name));
        all += TestUtil::readFile(dir.filePath("logs/app.log"));
        QCOMPARE(all, TestUtil::numberedLines("s", 0, line));
    }

    // A hook that takes its time holds up only its own log: the worker goes on with the rest,
    // and archives the hook's log once the hook has finished.
    void slowHookDoesNotBlockTheWorker()
    {
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath("slow")));
        QVERIFY(QDir().mkpath(dir.filePath("fast")));
        const QString release = dir.filePath("release");
        auto set = [&](const QString &name, const QString &hook) {
            QJsonObject o{{"name", name},
                          {"log_dir", dir.filePath(name)},
                          {"active_log", "app.log"},
                          {"rotation", QJsonObject{{"max_size_mb", 0.01}}}};
            if (!hook.isEmpty())
                o.insert("hooks", QJsonObject{{"post_rotate", hook}});
            return o;
        };
        const QJsonObject json{
            {"log_sets",
             QJsonArray{set("slow", "touch " + dir.filePath("started") + "; while [ ! -e " +
                                        release + " ]; do sleep 0.05; done"),
                        set("fast", {})}},
            {"debounce_time", 0.2},
            {"max_wait", 1},
            {"poll_interval", 3600},
            {"state_file", dir.filePath("state.json")},
        };
        QVERIFY(writeConfig(dir.filePath("config.json"), json));
        Engine engine;
        QSignalSpy archived(&engine, &Engine::archived);
        QString error;
        QVERIFY2(engine.start(dir.filePath("config.json"), &error), qPrintable(error));
        QVERIFY(TestUtil::writeFile(dir.filePath("slow/app.log"),
                                    TestUtil::numberedLines("s", 0, 200)));
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(dir.filePath("started")), 20000);
        QVERIFY(TestUtil::writeFile(dir.filePath("fast/app.log"),
                                    TestUtil::numberedLines("f", 0, 200)));
        QTRY_COMPARE_WITH_TIMEOUT(archived.size(), 1, 20000); // while the hook still waits
        QCOMPARE(archived.at(0).at(0).toString(), QString("fast"));
        QVERIFY(!QFileInfo::exists(release));
        QCOMPARE(archiveCount(dir.filePath("slow/archive")), 0);
        QVERIFY(TestUtil::writeFile(release, ""));
        QTRY_COMPARE_WITH_TIMEOUT(archived.size(), 2, 20000);
        QCOMPARE(archived.at(1).at(0).toString(), QString("slow"));
        QCOMPARE(TestUtil::readArchive(archived.at(1).at(1).toString()),
                 TestUtil::numberedLines("s", 0, 200));
        engine.stop();
    }

    void configEditsApplyLiveAndBadOnesAreRejected()
    {
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath("logs")));
        const QString path = dir.filePath("config.json");
        QVERIFY(writeConfig(path, configJson(dir, 5)));
        Engine engine;
        QSignalSpy applied(&engine, &Engine::configApplied);
        QSignalSpy rejected(&engine, &Engine::configRejected);
        QString error;
        QVERIFY2(engine.start(path, &error), qPrintable(error));
        QCOMPARE(applied.count(), 1);

        QVERIFY(writeConfig(path, configJson(dir, 0.01)));
        QTRY_COMPARE_WITH_TIMEOUT(applied.count(), 2, 10000);
        QCOMPARE(engine.config().logSets.value(0).maxSizeMb, 0.01);

        QVERIFY(TestUtil::writeFile(path, "{ \"log_sets\": [ garbage"));
        QTRY_COMPARE_WITH_TIMEOUT(rejected.count(), 1, 10000);
        const QStringList problems = rejected.at(0).at(0).toStringList();
        QVERIFY(!problems.isEmpty());
        QVERIFY2(problems.first().contains(path), qPrintable(problems.first()));
        QCOMPARE(engine.config().logSets.value(0).maxSizeMb, 0.01); // last good stays

        // ...and still works with it.
        QSignalSpy archived(&engine, &Engine::archived);
        QVERIFY(
            TestUtil::writeFile(dir.filePath("logs/x.log"), TestUtil::numberedLines("k", 0, 200)));
        QTRY_COMPARE_WITH_TIMEOUT(archived.count(), 1, 20000);
    }

    void invalidConfigDoesNotStart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("config.json");
        QJsonObject json = configJson(dir, 0.01);
        json.insert("debounce_time", "soon");
        QVERIFY(writeConfig(path, json));
        Engine engine;
        QString error;
        QVERIFY(!engine.start(path, &error));
        QVERIFY2(error.contains("debounce_time"), qPrintable(error));
        QVERIFY(!engine.isRunning());
    }

    void secondEngineOnSameStateIsRefused()
    {
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath("logs")));
        QVERIFY(writeConfig(dir.filePath("config.json"), configJson(dir, 1)));
        Engine first;
        QString error;
        QVERIFY2(first.start(dir.filePath("config.json"), &error), qPrintable(error));
        // QLockFile is per process; the CLI test runs a second process. Here: after stop,
        // the lock is released and a new engine starts.
        first.stop();
        Engine second;
        QVERIFY2(second.start(dir.filePath("config.json"), &error), qPrintable(error));
    }

    void rotateNowWhilePaused()
    {
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath("logs")));
        QVERIFY(writeConfig(dir.filePath("config.json"), configJson(dir, 100)));
        Engine engine;
        QSignalSpy archived(&engine, &Engine::archived);
        QString error;
        QVERIFY2(engine.start(dir.filePath("config.json"), &error), qPrintable(error));
        engine.setPaused(true);
        QVERIFY(engine.isPaused());
        QVERIFY(TestUtil::writeFile(dir.filePath("logs/a.log"), "small\n"));
        engine.rotateNow();
        QTRY_COMPARE_WITH_TIMEOUT(archived.count(), 1, 20000);
        QCOMPARE(archiveCount(dir.filePath("logs/archive")), 1);
    }
};

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
