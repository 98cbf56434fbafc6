// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
// The real logkeeper binary in its desktop mode, on the offscreen platform: a second start
// hands its request to the running one and exits 0; a crashed one's socket is replaced; a
// headless daemon holding the lock is named; two configs do not meet.

#include "app/singleinstance.h"

#include "binaryrun.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Logkeeper;

namespace {

// A running logkeeper whose standard error is collected as it comes.
class Instance
{
public:
    explicit Instance(const QProcessEnvironment &env, const QString &workDir = {})
    {
        m_process.setProcessEnvironment(env);
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        if (!workDir.isEmpty())
            m_process.setWorkingDirectory(workDir);
    }
    ~Instance()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    void start(const QStringList &args) { m_process.start(LOGKEEPER_BINARY, args); }
    QString output()
    {
        m_output += QString::fromUtf8(m_process.readAll());
        return m_output;
    }
    bool waitForOutput(const QString &text, int timeoutMs = 30000)
    {
        return QTest::qWaitFor([&] { return output().contains(text); }, timeoutMs);
    }
    QProcess &process() { return m_process; }
    qint64 pid() const { return m_process.processId(); }
    // SIGTERM, then the exit code (-1 when it did not exit normally).
    int terminate()
    {
        ::kill(pid_t(m_process.processId()), SIGTERM);
        if (!m_process.waitForFinished(30000))
            return -1;
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }

private:
    QProcess m_process;
    QString m_output;
};

// The binary run to its end, as a second start is.
TestUtil::BinaryRun runToEnd(const QProcessEnvironment &env, const QStringList &args,
                             const QString &workDir = {})
{
    return TestUtil::runBinary(LOGKEEPER_BINARY, args, env, 60000, {}, workDir);
}

} // namespace

class TestDesktopBinary : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    QProcessEnvironment m_env;

    // A config of its own (its own state file, so its own lock) in dir.
    static QString writeConfig(const QTemporaryDir &dir, const QString &name)
    {
        const QJsonObject json{
            {"log_sets", QJsonArray{QJsonObject{{"name", "web"},
                                                {"log_dir", dir.filePath(name + "-logs")},
                                                {"patterns", QJsonArray{"*.log"}}}}},
            {"state_file", dir.filePath(name + "-state.json")},
            {"logging", QJsonObject{{"log_level", "INFO"}}},
        };
        QDir().mkpath(dir.filePath(name + "-logs"));
        const QString path = dir.filePath(name + ".json");
        return TestUtil::writeFile(path, QJsonDocument(json).toJson()) ? path : QString();
    }

private slots:
    void initTestCase()
    {
        m_env = QProcessEnvironment::systemEnvironment();
        QVERIFY(TestUtil::makeXdgFolders(m_home.path(), &m_env));
        // The same runtime folder here, so serverName() names the binary's socket.
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_home.filePath("XDG_RUNTIME_DIR")));
        m_env.insert("HOME", m_home.path());
        m_env.insert("QT_QPA_PLATFORM", "offscreen"); // a display that needs no server
        m_env.remove("DISPLAY");
        m_env.remove("WAYLAND_DISPLAY");
        m_env.remove("DBUS_SESSION_BUS_ADDRESS");
    }

    void secondStartHandsOverAndExits()
    {
        QTemporaryDir dir;
        const QString config = writeConfig(dir, "main");
        QVERIFY(!config.isEmpty());
        const QString socket = SingleInstance::serverName(config);
        Instance first(m_env);
        first.start({"--config", config});
        QVERIFY2(first.waitForOutput("Started with"), qPrintable(first.output()));
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(socket), 30000);
        QVERIFY2(!first.output().contains("headless"), qPrintable(first.output()));
        // No tray on offscreen: the status window stands in.
        QVERIFY2(first.waitForOutput("showing the status window"), qPrintable(first.output()));

        const TestUtil::BinaryRun settings = runToEnd(m_env, {"--config", config, "--settings"});
        QCOMPARE(settings.exitCode, 0);
        QVERIFY2(settings.output().contains("handed the request over"),
                 qPrintable(settings.output()));
        QVERIFY2(first.waitForOutput(R"(request from another instance: {"show":"settings","v":1})"),
                 qPrintable(first.output()));

        // --view: a relative path, made absolute where it was given.
        QVERIFY(TestUtil::writeFile(dir.filePath("main-logs/app.log"), "hello\n"));
        const TestUtil::BinaryRun view =
            runToEnd(m_env, {"--config", config, "--view", "app.log"}, dir.filePath("main-logs"));
        QCOMPARE(view.exitCode, 0);
        QVERIFY2(first.waitForOutput(QStringLiteral(R"({"file":"%1","show":"view","v":1})")
                                         .arg(dir.filePath("main-logs/app.log"))),
                 qPrintable(first.output()));

        // A plain second start (through another spelling of the config path) too.
        const TestUtil::BinaryRun plain =
            runToEnd(m_env, {"--config", "main-logs/../main.json"}, dir.path());
        QCOMPARE(plain.exitCode, 0);
        QVERIFY2(first.waitForOutput(R"({"show":"none","v":1})"), qPrintable(first.output()));

        QCOMPARE(first.terminate(), 0);
        QVERIFY(!QFileInfo::exists(socket));
    }

    void crashedInstanceLeavesNoObstacle()
    {
        QTemporaryDir dir;
        const QString config = writeConfig(dir, "crash");
        const QString socket = SingleInstance::serverName(config);
        {
            Instance doomed(m_env);
            doomed.start({"--config", config});
            QVERIFY2(doomed.waitForOutput("Started with"), qPrintable(doomed.output()));
            QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(socket), 30000);
            doomed.process().kill(); // SIGKILL: no cleanup
            QVERIFY(doomed.process().waitForFinished());
        }
        QVERIFY(QFileInfo::exists(socket)); // left behind

        Instance next(m_env);
        next.start({"--config", config});
        QVERIFY2(next.waitForOutput("removing the stale socket"), qPrintable(next.output()));
        QVERIFY2(next.waitForOutput("Started with"), qPrintable(next.output()));
        const TestUtil::BinaryRun browse = runToEnd(m_env, {"--config", config, "--browse"});
        QCOMPARE(browse.exitCode, 0);
        QVERIFY2(next.waitForOutput(R"({"show":"archives","v":1})"), qPrintable(next.output()));
        QCOMPARE(next.terminate(), 0);
    }

    // The headless daemon does not listen; a desktop start on its config names it.
    void headlessDaemonIsNamed()
    {
        QTemporaryDir dir;
        const QString config = writeConfig(dir, "daemon");
        const QString socket = SingleInstance::serverName(config);
        Instance daemon(m_env);
        daemon.start({"--headless", "--config", config});
        QVERIFY2(daemon.waitForOutput("Started with"), qPrintable(daemon.output()));
        QVERIFY(!QFileInfo::exists(socket));

        Instance desktop(m_env);
        desktop.start({"--config", config, "--settings"});
        // It tries to hand over for a moment, then says who holds the lock (and shows it in a
        // dialog, which this test does not wait for).
        QVERIFY2(
            desktop.waitForOutput(QStringLiteral("another Logkeeper (pid %1)").arg(daemon.pid())),
            qPrintable(desktop.output()));
        QVERIFY2(desktop.waitForOutput(dir.filePath("daemon-state.json.lock")),
                 qPrintable(desktop.output()));
        QVERIFY(!QFileInfo::exists(socket));
        QCOMPARE(daemon.terminate(), 0);
    }

    void twoConfigsDoNotMeet()
    {
        QTemporaryDir dir;
        const QString one = writeConfig(dir, "one");
        const QString two = writeConfig(dir, "two");
        Instance first(m_env);
        first.start({"--config", one});
        QVERIFY2(first.waitForOutput("Started with"), qPrintable(first.output()));
        Instance second(m_env);
        second.start({"--config", two});
        // Not handed over: it runs on its own, with its own socket.
        QVERIFY2(second.waitForOutput("Started with " + two), qPrintable(second.output()));
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(SingleInstance::serverName(two)), 30000);
        QVERIFY(QFileInfo::exists(SingleInstance::serverName(one)));
        QVERIFY(!first.output().contains("request from another instance"));
        QCOMPARE(second.terminate(), 0);
        QCOMPARE(first.terminate(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDesktopBinary)
#include "tst_desktopbinary.moc"
