// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
// Drives the real logkeeper binary on real files: the seed script's §6 tests with logkeeper in
// its place, the command line's contract (exit statuses, messages), the headless daemon
// reacting to live writes and kill -9 during compression.

#include "binaryrun.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <unistd.h>

using namespace Logkeeper;

namespace {

using Run = TestUtil::BinaryRun;

Run run(const QTemporaryDir &home, const QStringList &args, int timeoutMs = 120000)
{
    return TestUtil::runLogkeeper(home.path(), args, timeoutMs);
}

// The seed's config (§4.2) verbatim, with its paths moved into the test folder and a size limit
// that the §6.1 loop (1000 "Log entry" lines) actually crosses.
QByteArray seedConfig(const QTemporaryDir &dir, double maxSizeMb = 0.01)
{
    return QStringLiteral(R"({
    "log_dir": "%1/myapp/",
    "archive_dir": "%1/myapp/archive/",
    "active_log": "app.log",
    "rotation": {
        "max_size_mb": %2,
        "max_age_days": 7
    },
    "archival": {
        "compress": true,
        "retention_days": 30
    },
    "logging": {
        "log_file": "%1/log_management.log",
        "log_level": "INFO"
    },
    "debounce_time": 1
})")
        .arg(dir.path())
        .arg(maxSizeMb)
        .toUtf8();
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void versionNamesTheCompressionBackend()
    {
        QTemporaryDir home;
        const Run r = run(home, {"--version"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("Logkeeper "), qPrintable(r.out));
        QVERIFY2(r.out.contains("compression: libarchive") ||
                     r.out.contains("compression: KArchive"),
                 qPrintable(r.out));
    }

    void helpListsOptionsAndExitStatus()
    {
        QTemporaryDir home;
        const Run r = run(home, {"--help"});
        QCOMPARE(r.exitCode, 0);
        for (const char *option :
             {"--config", "--headless", "--once", "--force", "--dry-run", "--check-config",
              "--version", "--settings", "--browse", "--view <file>", "Exit status"})
            QVERIFY2(r.out.contains(QLatin1String(option)), option);
    }

    void catWritesTheDecompressedContent()
    {
        QTemporaryDir dir;
        const QByteArray content = TestUtil::numberedLines("cat", 0, 2000);
        QVERIFY(TestUtil::writeFile(dir.filePath("a.log"), content));
        QCOMPARE(QProcess::execute("xz", {"-k", dir.filePath("a.log")}), 0);
        const Run r = run(dir, {"--cat", dir.filePath("a.log.xz")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.toUtf8(), content);
        QCOMPARE(run(dir, {"--cat", dir.filePath("a.log")}).out.toUtf8(), content); // plain

        QByteArray broken = TestUtil::readFile(dir.filePath("a.log.xz"));
        broken.chop(broken.size() / 2);
        QVERIFY(TestUtil::writeFile(dir.filePath("broken.xz"), broken));
        const Run bad = run(dir, {"--cat", dir.filePath("broken.xz")});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(dir.filePath("broken.xz")), qPrintable(bad.err));
        QCOMPARE(run(dir, {"--cat", dir.filePath("none.gz")}).exitCode, 1);
    }

    void badUsageExits2()
    {
        QTemporaryDir home;
        for (const QStringList &args : {QStringList{"--force"}, QStringList{"--dry-run"},
                                        QStringList{"--no-such-option"}, QStringList{"stray"}}) {
            const Run r = run(home, args);
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains("logkeeper:"), qPrintable(r.err));
        }
    }

    // --settings, --browse and --view open windows: without a display that is an error, while
    // a plain start falls back to the headless daemon with one line saying so.
    void windowOptionsNeedADisplay()
    {
        QTemporaryDir home;
        QVERIFY(TestUtil::writeFile(home.filePath("a.log"), "a\n"));
        QProcessEnvironment env = TestUtil::isolatedEnvironment(home.path());
        env.remove("QT_QPA_PLATFORM"); // offscreen would be a display
        const auto runWithout = [&](const QStringList &args) {
            return TestUtil::runBinary(LOGKEEPER_BINARY, args, env, 60000);
        };
        for (const QStringList &args :
             {QStringList{"--settings"}, QStringList{"--browse"},
              QStringList{"--view", home.filePath("a.log")}, QStringList{"--demo", "--settings"}}) {
            const Run r = runWithout(args);
            QCOMPARE(r.exitCode, 2);
            // (A build without the GUI says that instead.)
            QVERIFY2(r.err.contains("needs a display") &&
                         (r.err.contains("DISPLAY") || r.err.contains("no desktop interface")),
                     qPrintable(r.err));
            QVERIFY(!QFileInfo::exists(home.filePath("config/logkeeper/config.json")));
        }
        // An X display that is not there counts as none (Qt would abort on it).
        env.insert("DISPLAY", ":4999");
        const Run gone = runWithout({"--browse"});
        QCOMPARE(gone.exitCode, 2);
        QVERIFY2(gone.err.contains("no X server answers on DISPLAY=:4999") ||
                     gone.err.contains("no desktop interface"),
                 qPrintable(gone.err));

        // Window options that contradict the rest are usage errors, display or not.
        for (const QStringList &args :
             {QStringList{"--settings", "--browse"}, QStringList{"--settings", "--headless"},
              QStringList{"--view", "x", "--once"}, QStringList{"--browse", "--check-config"}}) {
            const Run r = run(home, args);
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains("exclude each other") || r.err.contains("does not go with"),
                     qPrintable(r.err));
        }

        // A plain start without a display: the daemon, after one line on stderr.
        QVERIFY(TestUtil::writeFile(home.filePath("seed.json"), seedConfig(home, 10)));
        QProcess daemon;
        daemon.setProcessEnvironment(env);
        daemon.start(LOGKEEPER_BINARY, {"--config", home.filePath("seed.json")});
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT((err += daemon.readAllStandardError()).contains("Started with"),
                                 30000);
        QVERIFY2(err.contains("logkeeper: no display available (") &&
                     err.contains("); running headless\n"),
                 err.constData());
        QCOMPARE(err.count("running headless"), 1);
        ::kill(pid_t(daemon.processId()), SIGTERM);
        QVERIFY(daemon.waitForFinished(30000));
        QCOMPARE(daemon.exitCode(), 0);
    }

    void viewNeedsAnExistingFile()
    {
        QTemporaryDir home;
        QProcessEnvironment env = TestUtil::isolatedEnvironment(home.path());
        env.insert("QT_QPA_PLATFORM", "offscreen");
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(LOGKEEPER_BINARY, {"--view", home.filePath("missing.log")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(home.filePath("missing.log") + ": no such file") ||
                     err.contains("no desktop interface"),
                 qPrintable(err));
    }

    void missingConfigExits2()
    {
        QTemporaryDir home;
        const QString path = home.filePath("nope.json");
        for (const QStringList &args : {QStringList{"--once", "--config", path},
                                        QStringList{"--check-config", "--config", path},
                                        QStringList{"--headless", "--config", path}}) {
            const Run r = run(home, args);
            QCOMPARE(r.exitCode, 2);
            QVERIFY2((r.out + r.err).contains(path), qPrintable(r.out + r.err));
        }
    }

    void checkConfigReportsEveryProblemWithItsKeyPath()
    {
        QTemporaryDir home;
        const QString path = home.filePath("bad.json");
        QVERIFY(TestUtil::writeFile(path, R"({"log_sets": [
            {"name": "a", "log_dir": "/tmp/a", "active_log": "a.log",
             "rotation": {"max_size_mb": -1}},
            {"name": "b", "log_dir": "/tmp/b", "active_log": "b.log",
             "archival": {"codec": "lz4"}, "colour": "blue"}
        ]})"));
        const Run r = run(home, {"--check-config", "--config", path});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.out.contains("log_sets[0].rotation.max_size_mb"), qPrintable(r.out));
        QVERIFY2(r.out.contains("log_sets[1].archival.codec") && r.out.contains("lz4"),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains("log_sets[1].colour") && r.out.contains("warning"),
                 qPrintable(r.out));

        QVERIFY(
            TestUtil::writeFile(path, "{\n  \"log_dir\": \"/tmp\"\n  \"active_log\": \"x\"\n}"));
        const Run syntax = run(home, {"--check-config", "--config", path});
        QCOMPARE(syntax.exitCode, 2);
        QVERIFY2(syntax.out.contains(path + ":3:"), qPrintable(syntax.out));
    }

    void seedConfigIsAcceptedVerbatim()
    {
        QTemporaryDir dir;
        QVERIFY(TestUtil::writeFile(dir.filePath("seed.json"), seedConfig(dir, 10)));
        const Run r = run(dir, {"--check-config", "--config", dir.filePath("seed.json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("OK"), qPrintable(r.out));
        // the shipped example in the seed's format too
        const Run example = run(dir, {"--check-config", "--config",
                                      LOGKEEPER_SOURCE_DIR "/packaging/examples/seed-config.json"});
        QCOMPARE(example.exitCode, 0);
    }

    void firstStartCreatesTheDefaultConfig()
    {
        QTemporaryDir home;
        const Run r = run(home, {"--once"});
        QCOMPARE(r.exitCode, 0);
        const QString path = home.filePath("config/logkeeper/config.json");
        QVERIFY(QFileInfo::exists(path));
        QVERIFY2(r.err.contains(path), qPrintable(r.err));
        QCOMPARE(run(home, {"--check-config"}).exitCode, 0);
    }

    // §6.1 and §6.2 with the headless daemon: append 1000 lines, the log is rotated, a new
    // active log is created and the archive is a .gz holding exactly those lines.
    void seedSection6GrowthAndCompression()
    {
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath("myapp")));
        QVERIFY(TestUtil::writeFile(dir.filePath("seed.json"), seedConfig(dir)));
        QProcess daemon;
        daemon.setProcessEnvironment(TestUtil::isolatedEnvironment(dir.path()));
        daemon.start(LOGKEEPER_BINARY, {"--headless", "--config", dir.filePath("seed.json")});
        QVERIFY(daemon.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(dir.filePath("myapp/archive")), 10000);

        QByteArray expected;
        for (int i = 1; i <= 1000; ++i) { // for i in {1..1000}; do echo "Log entry $i" >> app.log
            const QByteArray line = "Log entry " + QByteArray::number(i) + "\n";
            QVERIFY(TestUtil::appendFile(dir.filePath("myapp/app.log"), line));
            expected += line;
        }
        QTRY_COMPARE_WITH_TIMEOUT(TestUtil::compressedIn(dir.filePath("myapp/archive")).size(), 1,
                                  30000);
        const QString archive = dir.filePath(
            "myapp/archive/" + TestUtil::compressedIn(dir.filePath("myapp/archive")).first());
        QVERIFY(archive.endsWith(".log.gz"));
        QVERIFY(QFileInfo::exists(dir.filePath("myapp/app.log")));
        QCOMPARE(TestUtil::readArchive(archive) + TestUtil::readFile(dir.filePath("myapp/app.log")),
                 expected);
        // gzip itself agrees
        QProcess gzip;
        gzip.start("gzip", {"-t", archive});
        QVERIFY(gzip.waitForFinished());
        QCOMPARE(gzip.exitCode(), 0);

        daemon.terminate(); // SIGTERM: a clean stop
        QVERIFY(daemon.waitForFinished(20000));
        QCOMPARE(daemon.exitStatus(), QProcess::NormalExit);
        QCOMPARE(daemon.exitCode(), 0);
        const QByteArray log = TestUtil::readFile(dir.filePath("log_management.log"));
        QVERIFY2(
            log.contains("Rotated log file " + QFile::encodeName(dir.filePath("myapp/app.log"))),
            log.constData());
        QVERIFY(log.contains(" - INFO - "));
    }

    // §6.3 with an archive the set made (the script named its archives app_<time>.log.gz):
    // 40 days old (by its name and by `touch -d "40 days ago"`), it goes at the next cleanup
    // (the daemon's start, and --once); a recent one and a non-archive stay, and so does another
    // program's old_log.log.gz of the same age, which the script's folder-wide *.gz sweep took.
    void seedSection6Cleanup()
    {
        QTemporaryDir dir;
        QVERIFY(TestUtil::writeFile(dir.filePath("seed.json"), seedConfig(dir)));
        const QString archive = dir.filePath("myapp/archive");
        const QString old =
            ArchiveNaming::rotatedName("app.log", QDateTime::currentDateTime().addDays(-40)) +
            ".gz";
        const QString recent =
            ArchiveNaming::rotatedName("app.log", QDateTime::currentDateTime().addDays(-2)) + ".gz";
        QVERIFY(TestUtil::writeFile(archive + "/" + old, "x"));
        QVERIFY(TestUtil::writeFile(archive + "/" + recent, "x"));
        QVERIFY(TestUtil::writeFile(archive + "/old_log.log.gz", "x"));
        QVERIFY(TestUtil::writeFile(archive + "/README", "x"));
        QVERIFY(TestUtil::writeFile(dir.filePath("myapp/app.log"), "")); // not due; not missing
        for (const QString &name : {old, QString("old_log.log.gz"), QString("README")})
            QVERIFY(QProcess::execute("touch", {"-d", "40 days ago", archive + "/" + name}) == 0);
        const Run r = run(dir, {"--once", "--config", dir.filePath("seed.json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(TestUtil::entries(archive), (QStringList{"README", recent, "old_log.log.gz"}));
        const QByteArray log = TestUtil::readFile(dir.filePath("log_management.log"));
        QVERIFY(log.contains("Removed archived log: " + QFile::encodeName(archive) + "/" +
                             QFile::encodeName(old)));
        QVERIFY(!log.contains("old_log.log.gz"));
    }

    void dryRunPrintsAndChangesNothing()
    {
        QTemporaryDir dir;
        QVERIFY(TestUtil::writeFile(dir.filePath("seed.json"), seedConfig(dir)));
        const QByteArray content = TestUtil::numberedLines("d", 0, 500);
        QVERIFY(TestUtil::writeFile(dir.filePath("myapp/app.log"), content));
        const Run r = run(dir, {"--once", "--dry-run", "--config", dir.filePath("seed.json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith("rotate " + dir.filePath("myapp/app.log") + " -> "),
                 qPrintable(r.out));
        QCOMPARE(r.out.count('\n'), 1);
        QCOMPARE(TestUtil::readFile(dir.filePath("myapp/app.log")), content);
        QVERIFY(!QFileInfo::exists(dir.filePath("myapp/archive")));
    }

    void failedRotationExits1AndKeepsTheOriginal()
    {
        QTemporaryDir dir;
        QVERIFY(TestUtil::writeFile(dir.filePath("seed.json"), seedConfig(dir)));
        QVERIFY(TestUtil::writeFile(dir.filePath("target.log"), "keep me\n"));
        QVERIFY(QDir().mkpath(dir.filePath("myapp")));
        QVERIFY(QFile::link(dir.filePath("target.log"), dir.filePath("myapp/app.log")));
        const Run r = run(dir, {"--once", "--force", "--config", dir.filePath("seed.json")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(dir.filePath("myapp/app.log")) && r.err.contains("symlink"),
                 qPrintable(r.err));
        QCOMPARE(TestUtil::readFile(dir.filePath("target.log")), QByteArray("keep me\n"));
    }

    void secondDaemonOnTheSameStateIsRefused()
    {
        QTemporaryDir dir;
        QVERIFY(TestUtil::writeFile(dir.filePath("seed.json"), seedConfig(dir)));
        QProcess daemon;
        daemon.setProcessEnvironment(TestUtil::isolatedEnvironment(dir.path()));
        daemon.start(LOGKEEPER_BINARY, {"--headless", "--config", dir.filePath("seed.json")});
        QVERIFY(daemon.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(dir.filePath("state/logkeeper/state.json.lock")),
                                 10000);
        const Run second = run(dir, {"--once", "--config", dir.filePath("seed.json")});
        QCOMPARE(second.exitCode, 1);
        QVERIFY2(second.err.contains("already"), qPrintable(second.err));
        daemon.terminate();
        QVERIFY(daemon.waitForFinished(20000));
    }

    // kill -9 while a large archive is being written, then a restart: the temporary file is
    // gone, the archive is complete and holds exactly the rotated content.
    void killDuringCompressionRecovers()
    {
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath("logs")));
        const QJsonObject config{
            {"log_sets", QJsonArray{QJsonObject{
                             {"name", "big"},
                             {"log_dir", dir.filePath("logs")},
                             {"active_log", "big.log"},
                             {"rotation", QJsonObject{{"max_size_mb", 1}}},
                             {"archival", QJsonObject{{"codec", "xz"}, {"level", 9}}},
                         }}},
            {"debounce_time", 0.2},
            {"state_file", dir.filePath("state.json")},
        };
        QVERIFY(TestUtil::writeFile(dir.filePath("config.json"), QJsonDocument(config).toJson()));
        QByteArray content;
        for (int i = 0; content.size() < 24 * 1024 * 1024; ++i)
            content += TestUtil::numberedLines(QByteArray::number(i * 7919 % 100003), i, 1, 90);
        QVERIFY(TestUtil::writeFile(dir.filePath("logs/big.log"), content));

        QProcess daemon;
        daemon.setProcessEnvironment(TestUtil::isolatedEnvironment(dir.path()));
        daemon.start(LOGKEEPER_BINARY, {"--headless", "--config", dir.filePath("config.json")});
        QVERIFY(daemon.waitForStarted());
        auto temporaryExists = [&] {
            for (const QString &name : TestUtil::entries(dir.filePath("logs/archive")))
                if (name.startsWith(".logkeeper-tmp-"))
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(temporaryExists(), 60000);
        ::kill(pid_t(daemon.processId()), SIGKILL);
        QVERIFY(daemon.waitForFinished(10000));
        QVERIFY(TestUtil::compressedIn(dir.filePath("logs/archive")).isEmpty()); // killed mid-way

        const Run restart = run(dir, {"--once", "--config", dir.filePath("config.json")});
        QCOMPARE(restart.exitCode, 0);
        const QStringList left = TestUtil::entries(dir.filePath("logs/archive"));
        QCOMPARE(left.size(), 1);
        QVERIFY2(left.first().endsWith(".log.xz"), qPrintable(left.first()));
        QCOMPARE(TestUtil::readArchive(dir.filePath("logs/archive/" + left.first())) +
                     TestUtil::readFile(dir.filePath("logs/big.log")),
                 content);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
