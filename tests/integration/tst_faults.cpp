// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
// The real binary under faults: kill -9 at several moments of a large rotation, a full archive
// filesystem, permission denied, and a corpus of malformed configs. Needs root (it mounts a
// tmpfs and runs logkeeper as "nobody"); CI runs it as root.

#include "core/archivenaming.h"
#include "core/codecs.h"
#include "testutil.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <unistd.h>

using namespace Logkeeper;

namespace {

struct Run
{
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QString out, err;
};

Run run(const QTemporaryDir &home, const QString &program, const QStringList &args)
{
    QProcess p;
    p.setProcessEnvironment(TestUtil::isolatedEnvironment(home.path()));
    p.start(program, args);
    Run r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitCode();
    r.status = p.exitStatus();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

Run logkeeper(const QTemporaryDir &home, const QStringList &args)
{
    return run(home, LOGKEEPER_BINARY, args);
}

QByteArray bigLog(int mib)
{
    QByteArray content;
    for (int i = 0; content.size() < mib << 20; ++i)
        content +=
            TestUtil::numberedLines("10.1.2." + QByteArray::number(i % 250) + " GET /k", i, 1, 96);
    return content;
}

QByteArray everythingKept(const QString &logDir, const QString &archiveDir, const QString &active)
{
    QStringList names;
    for (const QString &name : TestUtil::entries(archiveDir)) {
        if (!name.startsWith(".logkeeper-tmp-"))
            names.append(name);
    }
    ArchiveNaming::sortByRotation(names);
    QByteArray all;
    for (const QString &name : names)
        all += TestUtil::readArchive(archiveDir + "/" + name);
    return all + TestUtil::readFile(logDir + "/" + active);
}

} // namespace

class TestFaults : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (::geteuid() != 0)
            QSKIP("fault tests mount filesystems and switch users: run as root (CI does)");
    }

    // kill -9 at several moments of a large rotation, then a restart: every byte exactly once
    // across the archives and the active file.
    void killAtAnyMoment_data()
    {
        QTest::addColumn<QString>("strategy");
        QTest::addColumn<int>("delayMs");
        for (const char *strategy : {"copytruncate", "rename"}) {
            for (int delay : {30, 80, 150, 300, 600, 1200})
                QTest::addRow("%s after %d ms", strategy, delay) << QString(strategy) << delay;
        }
    }
    void killAtAnyMoment()
    {
        QFETCH(QString, strategy);
        QFETCH(int, delayMs);
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath("logs")));
        const QJsonObject config{
            {"log_sets", QJsonArray{QJsonObject{
                             {"name", "big"},
                             {"log_dir", dir.filePath("logs")},
                             {"active_log", "big.log"},
                             {"rotation", QJsonObject{{"max_size_mb", 1}, {"strategy", strategy}}},
                             {"archival", QJsonObject{{"codec", "gzip"}}},
                         }}},
            {"debounce_time", 0.1},
            {"state_file", dir.filePath("state.json")},
        };
        QVERIFY(TestUtil::writeFile(dir.filePath("config.json"), QJsonDocument(config).toJson()));
        const QByteArray content = bigLog(32);
        QVERIFY(TestUtil::writeFile(dir.filePath("logs/big.log"), content));

        QProcess daemon;
        daemon.setProcessEnvironment(TestUtil::isolatedEnvironment(dir.path()));
        daemon.start(LOGKEEPER_BINARY, {"--headless", "--config", dir.filePath("config.json")});
        QVERIFY(daemon.waitForStarted());
        QThread::msleep(delayMs);
        ::kill(pid_t(daemon.processId()), SIGKILL);
        QVERIFY(daemon.waitForFinished(10000));

        const Run restart = logkeeper(dir, {"--once", "--config", dir.filePath("config.json")});
        QVERIFY2(restart.exitCode == 0, qPrintable(restart.err));
        for (const QString &name : TestUtil::entries(dir.filePath("logs/archive")))
            QVERIFY2(Codecs::isCompressedName(name), qPrintable(name)); // all finished
        const QByteArray kept =
            everythingKept(dir.filePath("logs"), dir.filePath("logs/archive"), "big.log");
        QCOMPARE(kept.size(), content.size());
        QVERIFY(kept == content);
    }

    // kill -9 at several moments of a pass over many small files, which archives them in
    // batches (staged side by side, one syncfs, renamed, folders fsynced, then the sources
    // removed), then a restart: each file's content exactly once, in its archive or its log.
    // The moments are found by watching the archive folder, not by timing.
    void killDuringManySmallFiles_data()
    {
        QTest::addColumn<QString>("strategy");
        QTest::addColumn<QString>("moment");
        for (const char *strategy : {"rename", "copytruncate"}) {
            for (const char *moment : {"rotating", "staging", "committing", "removing"})
                QTest::addRow("%s, %s", strategy, moment) << QString(strategy) << QString(moment);
        }
    }
    void killDuringManySmallFiles()
    {
        QFETCH(QString, strategy);
        QFETCH(QString, moment);
        const int files = 1500;
        QTemporaryDir dir;
        const QString logs = dir.filePath("logs");
        QVERIFY(QDir().mkpath(logs + "/archive"));
        const QJsonObject config{
            {"log_sets",
             QJsonArray{QJsonObject{
                 {"name", "many"},
                 {"log_dir", logs},
                 {"patterns", QJsonArray{"*.log"}},
                 {"rotation", QJsonObject{{"max_size_mb", 0.004}, {"strategy", strategy}}},
             }}},
            {"debounce_time", 0.05},
            {"state_file", dir.filePath("state.json")},
        };
        QVERIFY(TestUtil::writeFile(dir.filePath("config.json"), QJsonDocument(config).toJson()));
        QHash<QString, QByteArray> contents;
        for (int i = 0; i < files; ++i) {
            const QString name = QStringLiteral("f%1.log").arg(i);
            contents.insert(name, TestUtil::numberedLines("f" + QByteArray::number(i), 0, 60));
            QVERIFY(TestUtil::writeFile(logs + "/" + name, contents.value(name)));
        }

        struct Count
        {
            int archived = 0, rotated = 0, temporary = 0;
        };
        auto count = [&] {
            Count c;
            for (const QString &name : TestUtil::entries(logs + "/archive")) {
                if (Codecs::isCompressedName(name))
                    ++c.archived;
                else if (name.startsWith(".logkeeper-tmp-"))
                    ++c.temporary;
                else
                    ++c.rotated;
            }
            return c;
        };
        auto reached = [&](const Count &c) {
            if (moment == "rotating")
                return c.rotated >= files / 4;
            if (moment == "staging")
                return c.temporary > 0;
            if (moment == "committing")
                return c.archived > 0;
            return c.archived > files / 2 && c.rotated < c.archived; // sources going
        };
        QProcess pass;
        pass.setProcessEnvironment(TestUtil::isolatedEnvironment(dir.path()));
        // Nobody reads while we watch: a full pipe would stop it at its next log line.
        pass.setStandardOutputFile(QProcess::nullDevice());
        pass.setStandardErrorFile(QProcess::nullDevice());
        pass.start(LOGKEEPER_BINARY, {"--once", "--config", dir.filePath("config.json")});
        QVERIFY(pass.waitForStarted());
        QElapsedTimer watching;
        watching.start();
        Count atKill;
        while (pass.state() == QProcess::Running && watching.elapsed() < 120000) {
            atKill = count();
            if (reached(atKill)) {
                ::kill(pid_t(pass.processId()), SIGKILL);
                break;
            }
            QThread::usleep(500);
        }
        QVERIFY(pass.waitForFinished(10000));
        qInfo("killed %s with %d archives, %d rotated files waiting, %d temporary files",
              pass.exitStatus() == QProcess::CrashExit ? "as planned" : "too late (it finished)",
              atKill.archived, atKill.rotated, atKill.temporary);

        const Run restart = logkeeper(dir, {"--once", "--config", dir.filePath("config.json")});
        QVERIFY2(restart.exitCode == 0, qPrintable(restart.err));
        QHash<QString, QStringList> archivesOf;
        for (const QString &name : TestUtil::entries(logs + "/archive")) {
            QVERIFY2(Codecs::isCompressedName(name), qPrintable(name)); // all finished, no temp
            archivesOf[ArchiveNaming::originalName(name)].append(name);
        }
        for (auto it = contents.cbegin(); it != contents.cend(); ++it) {
            QStringList names = archivesOf.value(it.key());
            ArchiveNaming::sortByRotation(names);
            QByteArray kept;
            for (const QString &name : std::as_const(names))
                kept += TestUtil::readArchive(logs + "/archive/" + name);
            kept += TestUtil::readFile(logs + "/" + it.key());
            QVERIFY2(kept == it.value(), qPrintable(it.key()));
        }
    }

    void fullArchiveFilesystemExits1()
    {
        QTemporaryDir dir, mountPoint;
        QCOMPARE(QProcess::execute("mount",
                                   {"-t", "tmpfs", "-o", "size=128k", "tmpfs", mountPoint.path()}),
                 0);
        auto unmount = qScopeGuard([&] { QProcess::execute("umount", {mountPoint.path()}); });
        QByteArray noise(2 << 20, Qt::Uninitialized);
        for (int i = 0; i < noise.size(); ++i)
            noise[i] = char((i * 2654435761u) >> 17);
        QVERIFY(TestUtil::writeFile(dir.filePath("logs/app.log"), noise));
        const QJsonObject config{
            {"log_sets",
             QJsonArray{QJsonObject{{"log_dir", dir.filePath("logs")},
                                    {"archive_dir", mountPoint.path()},
                                    {"active_log", "app.log"},
                                    {"rotation", QJsonObject{{"strategy", "copytruncate"}}}}}},
            {"state_file", dir.filePath("state.json")},
        };
        QVERIFY(TestUtil::writeFile(dir.filePath("config.json"), QJsonDocument(config).toJson()));
        const Run r =
            logkeeper(dir, {"--once", "--force", "--config", dir.filePath("config.json")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("No space left on device") &&
                     r.err.contains(dir.filePath("logs/app.log")),
                 qPrintable(r.err));
        QCOMPARE(TestUtil::readFile(dir.filePath("logs/app.log")), noise);
        QCOMPARE(TestUtil::entries(mountPoint.path()), QStringList());
    }

    void permissionDenied_data()
    {
        QTest::addColumn<QString>("where");
        QTest::newRow("log folder") << "logs";
        QTest::newRow("archive folder") << "archive";
    }
    void permissionDenied()
    {
        QFETCH(QString, where);
        QTemporaryDir dir;
        QVERIFY(
            QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                  QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                                  QFileDevice::ExeOther | QFileDevice::WriteOther));
        QVERIFY(QDir().mkpath(dir.filePath("logs")));
        QVERIFY(QDir().mkpath(dir.filePath("archive")));
        QVERIFY(QDir().mkpath(dir.filePath("state")));
        QVERIFY(TestUtil::writeFile(dir.filePath("logs/app.log"), "precious\n"));
        // Everything belongs to nobody except the folder under test, which stays root's 0755.
        for (const QString &path : {dir.filePath("logs"), dir.filePath("archive"),
                                    dir.filePath("state"), dir.filePath("logs/app.log")}) {
            if (!path.endsWith(where))
                QCOMPARE(QProcess::execute("chown", {"nobody:nogroup", path}), 0);
        }
        const QJsonObject config{
            {"log_sets", QJsonArray{QJsonObject{{"log_dir", dir.filePath("logs")},
                                                {"archive_dir", dir.filePath("archive")},
                                                {"active_log", "app.log"}}}},
            {"state_file", dir.filePath("state/state.json")},
        };
        QVERIFY(TestUtil::writeFile(dir.filePath("config.json"), QJsonDocument(config).toJson()));
        const Run r = run(dir, "setpriv",
                          {"--reuid=nobody", "--regid=nogroup", "--clear-groups", LOGKEEPER_BINARY,
                           "--once", "--force", "--config", dir.filePath("config.json")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("Permission denied"), qPrintable(r.err));
        QVERIFY2(r.err.contains(dir.filePath(where)), qPrintable(r.err));
        QCOMPARE(TestUtil::readFile(dir.filePath("logs/app.log")), QByteArray("precious\n"));
    }

    // Whatever the config holds: exit 2 with a message naming the file, never a crash.
    void malformedConfigs_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("truncated")
            << QByteArray("{\"log_sets\": [{\"log_dir\": \"/var/log\", \"acti");
        QTest::newRow("wrong types") << QByteArray(
            R"({"log_sets": [{"log_dir": 5, "active_log": ["x"], "rotation": "big"}]})");
        QTest::newRow("huge numbers") << QByteArray(
            R"({"log_sets": [{"log_dir": "/l", "active_log": "a", "rotation": {"max_size_mb": 1e308, "max_age_days": -1e308}, "archival": {"level": 1e300, "max_archives": 1e20}}], "debounce_time": 1e308})");
        QTest::newRow("deep nesting") << QByteArray(50000, '[') + QByteArray(50000, ']');
        QTest::newRow("invalid utf-8")
            << QByteArray("{\"log_sets\": [{\"log_dir\": \"/l\xc3\x28\", \"active_log\": \"a\"}]}");
        QTest::newRow("not an object") << QByteArray("\"just a string\"");
        QTest::newRow("nul bytes") << QByteArray("{\"log_sets\"\0: []}", 17);
        QByteArray garbage(10 << 20, Qt::Uninitialized);
        for (int i = 0; i < garbage.size(); ++i)
            garbage[i] = char((i * 2246822519u) >> 11);
        QTest::newRow("10 MB garbage") << garbage;
    }
    void malformedConfigs()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        QVERIFY(TestUtil::writeFile(dir.filePath("bad.json"), content));
        for (const QStringList &args :
             {QStringList{"--check-config"}, QStringList{"--once"}, QStringList{"--headless"}}) {
            const Run r = logkeeper(dir, args + QStringList{"--config", dir.filePath("bad.json")});
            QCOMPARE(r.status, QProcess::NormalExit);
            QCOMPARE(r.exitCode, 2);
            QVERIFY2((r.out + r.err).contains(dir.filePath("bad.json")), qPrintable(r.out + r.err));
        }
    }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
