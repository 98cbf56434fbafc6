// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
// EngineStatus on a real Engine: real files rotated by the real worker thread, real failures
// (an archive folder that cannot be created), and what the tray and status window read from it.

#include "desktop/enginestatus.h"

#include "engine/engine.h"
#include "testutil.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Logkeeper;

class TestEngineStatus : public QObject
{
    Q_OBJECT

    static QJsonObject setJson(const QString &name, const QString &logDir,
                               const QString &archiveDir, double maxSizeMb)
    {
        return QJsonObject{
            {"name", name},
            {"log_dir", logDir},
            {"archive_dir", archiveDir},
            {"patterns", QJsonArray{"*.log"}},
            {"rotation", QJsonObject{{"max_size_mb", maxSizeMb}, {"strategy", "copytruncate"}}},
        };
    }
    static QJsonObject configJson(const QTemporaryDir &dir, const QJsonArray &sets)
    {
        return QJsonObject{
            {"log_sets", sets},
            {"debounce_time", 0.2},
            {"max_wait", 1},
            {"poll_interval", 3600},
            {"state_file", dir.filePath("state.json")},
        };
    }
    static bool writeConfig(const QString &path, const QJsonObject &json)
    {
        return TestUtil::writeFile(path, QJsonDocument(json).toJson());
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void followsRotations()
    {
        QTemporaryDir dir;
        QVERIFY(TestUtil::writeFile(dir.filePath("logs/a.log"), "start\n"));
        QVERIFY(TestUtil::writeFile(dir.filePath("logs/b.log"), "start\n"));
        QVERIFY(writeConfig(dir.filePath("config.json"),
                            configJson(dir, {setJson("web", dir.filePath("logs"),
                                                     dir.filePath("archive"), 0.01)})));
        Engine engine;
        EngineStatus status(&engine);
        QCOMPARE(status.state(), EngineStatus::State::Stopped);
        QList<EngineStatus::State> states;
        connect(&status, &EngineStatus::changed, this, [&] { states.append(status.state()); });
        QSignalSpy archived(&engine, &Engine::archived);
        QString error;
        QVERIFY2(engine.start(dir.filePath("config.json"), &error), qPrintable(error));
        QCOMPARE(status.setCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(status.fileCount(), 2, 20000);
        QCOMPARE(status.state(), EngineStatus::State::Watching);
        QVERIFY(!status.lastRotationTime().isValid());
        // "2 file(s)" untranslated, "2 files" with an English catalogue.
        QVERIFY(status.detailLines().constFirst().startsWith("2 file"));
        QVERIFY(status.detailLines().constFirst().contains(" in 1 log set"));

        const QDateTime before = QDateTime::currentDateTime().addSecs(-1);
        QVERIFY(
            TestUtil::appendFile(dir.filePath("logs/a.log"), TestUtil::numberedLines("a", 0, 200)));
        QTRY_COMPARE_WITH_TIMEOUT(archived.count(), 1, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(status.state(), EngineStatus::State::Watching, 20000);
        QCOMPARE(status.rotationCount(), 1);
        QCOMPARE(status.lastRotatedFile(), dir.filePath("logs/a.log"));
        QVERIFY(status.lastRotationTime() >= before);
        QVERIFY(status.openFailures().isEmpty());
        QVERIFY2(status.detailLines().join('\n').contains("a.log"),
                 qPrintable(status.detailLines().join('\n')));
        // While the worker rotated and archived, the state said so, and went back after.
        QVERIFY(states.contains(EngineStatus::State::Rotating));
        QCOMPARE(states.constLast(), EngineStatus::State::Watching);
        QVERIFY(status.toolTip().startsWith("Logkeeper: Watching"));

        engine.stop();
        QCOMPARE(status.state(), EngineStatus::State::Stopped);
    }

    // A failure opens the Error state; the same log rotating and archiving fine closes it.
    void failureOpensErrorAndSuccessClosesIt()
    {
        QTemporaryDir dir;
        // The archive folder cannot be created: a regular file stands where its parent should be.
        QVERIFY(TestUtil::writeFile(dir.filePath("blocker"), "not a folder\n"));
        QVERIFY(TestUtil::writeFile(dir.filePath("logs/a.log"), ""));
        QVERIFY(writeConfig(dir.filePath("config.json"),
                            configJson(dir, {setJson("web", dir.filePath("logs"),
                                                     dir.filePath("blocker/archive"), 0.01)})));
        Engine engine;
        EngineStatus status(&engine);
        QSignalSpy failed(&engine, &Engine::failed);
        QString error;
        QVERIFY2(engine.start(dir.filePath("config.json"), &error), qPrintable(error));
        // Appends are seen once the file is watched.
        QTRY_VERIFY_WITH_TIMEOUT(engine.watchedFiles().contains(dir.filePath("logs/a.log")), 20000);
        QVERIFY(
            TestUtil::appendFile(dir.filePath("logs/a.log"), TestUtil::numberedLines("a", 0, 200)));
        QTRY_VERIFY_WITH_TIMEOUT(status.state() == EngineStatus::State::Error, 20000);
        QVERIFY(!failed.isEmpty());
        QVERIFY(status.lastError().contains(dir.filePath("blocker/archive")));
        QVERIFY(status.lastErrorTime().isValid());
        QVERIFY(status.stateText().startsWith("Error"));
        QVERIFY(status.toolTip().contains(dir.filePath("blocker/archive")));
        // The rotation itself is what failed: nothing is counted as rotated.
        QTRY_VERIFY_WITH_TIMEOUT(!status.openFailures().isEmpty(), 20000);
        QCOMPARE(status.rotationCount(), 0);

        // Paused is less urgent than an open error.
        engine.setPaused(true);
        QCOMPARE(status.state(), EngineStatus::State::Error);
        engine.setPaused(false);

        // Fix the cause; the next write is checked again, rotates and archives.
        QVERIFY(QFile::remove(dir.filePath("blocker")));
        QSignalSpy archived(&engine, &Engine::archived);
        // (Resuming checked everything again: that may already have rotated it.)
        QVERIFY(TestUtil::appendFile(dir.filePath("logs/a.log"), "one more line\n"));
        QTRY_VERIFY_WITH_TIMEOUT(archived.count() >= 1, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(status.state(), EngineStatus::State::Watching, 20000);
        QVERIFY(status.openFailures().isEmpty());
        QVERIFY(!status.lastError().isEmpty()); // kept, marked as cleared
        QVERIFY(status.detailLines().join('\n').contains("(cleared)"));
    }

    void acknowledgingClosesErrorsAndPausedShows()
    {
        QTemporaryDir dir;
        QVERIFY(TestUtil::writeFile(dir.filePath("blocker"), "not a folder\n"));
        QVERIFY(TestUtil::writeFile(dir.filePath("logs/a.log"), ""));
        QVERIFY(writeConfig(dir.filePath("config.json"),
                            configJson(dir, {setJson("web", dir.filePath("logs"),
                                                     dir.filePath("blocker/archive"), 0.01)})));
        Engine engine;
        EngineStatus status(&engine);
        QString error;
        QVERIFY2(engine.start(dir.filePath("config.json"), &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(status.state() == EngineStatus::State::Error, 20000);
        QSignalSpy changed(&status, &EngineStatus::changed);
        status.acknowledgeErrors();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(status.state(), EngineStatus::State::Watching);
        QVERIFY(!status.lastError().isEmpty());

        engine.setPaused(true);
        QCOMPARE(status.state(), EngineStatus::State::Paused);
        QVERIFY(changed.count() >= 2);
        engine.setPaused(false);
        QCOMPARE(status.state(), EngineStatus::State::Watching);
    }

    // A set that leaves the config takes its open failures with it; counts follow the config.
    void configChangeDropsFailuresOfRemovedSets()
    {
        QTemporaryDir dir;
        QVERIFY(TestUtil::writeFile(dir.filePath("blocker"), "not a folder\n"));
        QVERIFY(TestUtil::writeFile(dir.filePath("bad/a.log"), ""));
        QVERIFY(TestUtil::writeFile(dir.filePath("good/g.log"), ""));
        const QJsonObject good =
            setJson("good", dir.filePath("good"), dir.filePath("good-archive"), 1);
        const QJsonObject bad = setJson("bad", dir.filePath("bad"), dir.filePath("blocker/x"), 1);
        QVERIFY(writeConfig(dir.filePath("config.json"), configJson(dir, {good, bad})));
        Engine engine;
        EngineStatus status(&engine);
        QString error;
        QVERIFY2(engine.start(dir.filePath("config.json"), &error), qPrintable(error));
        QCOMPARE(status.setCount(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(status.state() == EngineStatus::State::Error, 20000);
        QCOMPARE(status.openFailures().constFirst().setName, QString("bad"));

        QSignalSpy applied(&engine, &Engine::configApplied);
        QVERIFY(writeConfig(dir.filePath("config.json"), configJson(dir, {good})));
        QTRY_COMPARE_WITH_TIMEOUT(applied.count(), 1, 20000);
        QCOMPARE(status.setCount(), 1);
        QCOMPARE(status.state(), EngineStatus::State::Watching);
        QTRY_COMPARE_WITH_TIMEOUT(status.fileCount(), 1, 20000);
    }

    // Issue 12.2 and 12.3 in the daemon: a missing log folder and a glob clash are open
    // failures (the tray turns red), naming the sets, the folder and the file; they end when
    // the config no longer has them.
    void missingFolderAndGlobClashAreErrorsUntilFixed()
    {
        QTemporaryDir dir;
        QVERIFY(TestUtil::writeFile(dir.filePath("logs/test.log"), "x\n"));
        QJsonObject typo = setJson("typo", dir.filePath("lgos"), dir.filePath("typo-archive"), 1);
        QJsonObject tee = setJson("tee", dir.filePath("logs"), dir.filePath("a1"), 1);
        tee["patterns"] = QJsonArray{"t*.log"};
        QJsonObject ends = setJson("ends", dir.filePath("logs"), dir.filePath("a2"), 1);
        ends["patterns"] = QJsonArray{"*t.log"};
        QVERIFY(writeConfig(dir.filePath("config.json"), configJson(dir, {typo, tee, ends})));
        Engine engine;
        EngineStatus status(&engine);
        QString error;
        QVERIFY2(engine.start(dir.filePath("config.json"), &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(status.openFailures().size(), 3, 20000);
        QCOMPARE(status.state(), EngineStatus::State::Error);
        QStringList texts;
        for (const EngineStatus::Failure &f : status.openFailures())
            texts.append(f.setName + ": " + f.error);
        const QString all = texts.join('\n');
        QVERIFY2(all.contains("typo: set 'typo': its log folder " + dir.filePath("lgos")),
                 qPrintable(all));
        QVERIFY2(all.contains("tee: " + dir.filePath("logs/test.log") +
                              " is claimed by sets 'tee' and 'ends'"),
                 qPrintable(all));
        QVERIFY2(all.contains("ends: " + dir.filePath("logs/test.log")), qPrintable(all));
        QVERIFY(!QFileInfo::exists(dir.filePath("lgos")));
        QCOMPARE(TestUtil::readFile(dir.filePath("logs/test.log")), QByteArray("x\n"));

        QSignalSpy applied(&engine, &Engine::configApplied);
        typo["missing_ok"] = true;
        ends["patterns"] = QJsonArray{"*x.log"};
        QVERIFY(writeConfig(dir.filePath("config.json"), configJson(dir, {typo, tee, ends})));
        QTRY_COMPARE_WITH_TIMEOUT(applied.count(), 1, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(status.openFailures().isEmpty(), 20000);
        QCOMPARE(status.state(), EngineStatus::State::Watching);
    }

    // A hand edit the engine rejects is an open error naming the file and the problem (line
    // or key), which "Clear Error" does not end; a valid config read again ends it, also when
    // it is the very text that was in force before.
    void rejectedConfigIsAnErrorUntilAValidOneIsRead()
    {
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath("logs")));
        const QString path = dir.filePath("config.json");
        const QJsonObject good =
            configJson(dir, {setJson("web", dir.filePath("logs"), dir.filePath("archive"), 10)});
        QVERIFY(writeConfig(path, good));
        const QByteArray goodText = TestUtil::readFile(path);
        Engine engine;
        EngineStatus status(&engine);
        QString error;
        QVERIFY2(engine.start(path, &error), qPrintable(error));
        QCOMPARE(status.state(), EngineStatus::State::Watching);

        // A JSON syntax error: the line is named.
        QSignalSpy rejected(&engine, &Engine::configRejected);
        QVERIFY(TestUtil::writeFile(path, "{\n  \"log_sets\": [\n    {\"log_dir\": \"x\"\n"));
        QVERIFY(rejected.wait(10000));
        QCOMPARE(status.state(), EngineStatus::State::Error);
        QVERIFY(status.isConfigRejected());
        QCOMPARE(status.rejectedConfigPath(), path);
        const QString text = status.configRejectionText();
        QVERIFY2(text.contains(path + ":4"), qPrintable(text));
        QVERIFY2(status.toolTip().contains(path), qPrintable(status.toolTip()));
        QVERIFY(status.stateText().startsWith("Error"));
        QVERIFY(status.detailLines().join('\n').contains(text));
        QVERIFY(text.startsWith("Settings rejected"));
        QVERIFY(!status.detailLines().join('\n').contains("No errors"));
        status.acknowledgeErrors(); // the file is still wrong
        QCOMPARE(status.state(), EngineStatus::State::Error);

        // A bad value: the key is named.
        QJsonObject bad = good;
        QJsonArray sets = bad["log_sets"].toArray();
        QJsonObject set = sets[0].toObject();
        set["rotation"] = QJsonObject{{"max_size_mb", -1}};
        sets[0] = set;
        bad["log_sets"] = sets;
        QVERIFY(writeConfig(path, bad));
        QVERIFY(rejected.wait(10000));
        QVERIFY2(status.configRejectionText().contains("log_sets[0].rotation.max_size_mb"),
                 qPrintable(status.configRejectionText()));

        // The last good text again.
        QSignalSpy applied(&engine, &Engine::configApplied);
        QVERIFY(TestUtil::writeFile(path, goodText));
        QVERIFY(applied.wait(10000));
        QVERIFY(!status.isConfigRejected());
        QCOMPARE(status.state(), EngineStatus::State::Watching);
        engine.stop();
    }

    // An error in a logrotate config the config includes is an open error naming its file and
    // line, from the start and after a change, which "Clear Error" does not end; a warning
    // (a directive without counterpart) is none; the fixed file ends it.
    void includeErrorsAreErrorsUntilFixed()
    {
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath("logs")));
        const QString conf = dir.filePath("logrotate.conf");
        QVERIFY(TestUtil::writeFile(conf, "/var/log/a.log {\n    missingok\n    mail root\n}\n"
                                          "/var/log/b.log {\n    weekly\n"));
        const QString path = dir.filePath("config.json");
        QJsonObject json =
            configJson(dir, {setJson("web", dir.filePath("logs"), dir.filePath("archive"), 10)});
        json["logrotate_include"] = QJsonArray{conf};
        QVERIFY(writeConfig(path, json));
        Engine engine;
        EngineStatus status(&engine);
        QString error;
        QVERIFY2(engine.start(path, &error), qPrintable(error));
        QCOMPARE(status.state(), EngineStatus::State::Error);
        QCOMPARE(status.includeProblems().size(), 1);
        QVERIFY2(status.stateText().startsWith("Error: 1 problem"), qPrintable(status.stateText()));
        const QString details = status.detailLines().join('\n');
        QVERIFY2(details.contains("Included logrotate configs: 1 error") &&
                     details.contains(conf + ":5: error") && !details.contains("mail"),
                 qPrintable(details));
        QVERIFY2(status.toolTip().contains(conf), qPrintable(status.toolTip()));
        status.acknowledgeErrors(); // the file is still wrong
        QCOMPARE(status.state(), EngineStatus::State::Error);

        QSignalSpy changed(&engine, &Engine::includeProblemsChanged);
        QVERIFY(TestUtil::writeFile(conf, "/var/log/a.log {\n    missingok\n    mail root\n}\n"));
        QVERIFY(changed.wait(20000));
        QVERIFY(status.includeProblems().isEmpty());
        QCOMPARE(status.state(), EngineStatus::State::Watching);
        QVERIFY(!status.detailLines().join('\n').contains("Included logrotate configs"));
        engine.stop();
    }
};

QTEST_GUILESS_MAIN(TestEngineStatus)
#include "tst_enginestatus.moc"
