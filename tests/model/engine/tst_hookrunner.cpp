// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
// HookRunner on real shells: what a hook gets, what it reports, and that a hook past its
// timeout goes with everything it started, without blocking the thread meanwhile.

#include "engine/hookrunner.h"

#include "testutil.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <csignal>
#include <unistd.h>

using namespace Logkeeper;

namespace {

HookRunner::Request request(const QString &script, int timeoutMs = 10000)
{
    HookRunner::Request r;
    r.name = "post_rotate";
    r.script = script;
    r.arguments = {"/var/log/app.log"};
    r.environment = QProcessEnvironment::systemEnvironment();
    r.environment.insert("LOGKEEPER_SET", "web");
    r.timeoutMs = timeoutMs;
    return r;
}

HookRunner::Result run(HookRunner &runner, const HookRunner::Request &r)
{
    QSignalSpy finished(&runner, &HookRunner::finished);
    runner.start(r);
    if (!finished.wait(60000))
        qFatal("the hook did not finish");
    return finished.at(0).at(0).value<HookRunner::Result>();
}

// Gone, or a zombie nobody has reaped yet: either way it runs no more.
bool isDead(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray line = stat.readAll();
    const int close = line.lastIndexOf(')');
    return close > 0 && line.mid(close + 2, 1) == "Z";
}

qint64 readPid(const QString &path)
{
    return TestUtil::readFile(path).trimmed().toLongLong();
}

} // namespace

class TestHookRunner : public QObject
{
    Q_OBJECT

private slots:
    void getsItsArgumentsAndEnvironment()
    {
        QTemporaryDir dir;
        HookRunner runner;
        const auto r = run(runner, request("printf '%s|%s|%s' \"$0\" \"$1\" \"$LOGKEEPER_SET\" > " +
                                           dir.filePath("out")));
        QVERIFY(r.ok());
        QCOMPARE(r.outcome, HookRunner::Result::Outcome::Succeeded);
        QCOMPARE(TestUtil::readFile(dir.filePath("out")),
                 QByteArray("logkeeper-hook|/var/log/app.log|web"));
    }

    void reportsExitCodeAndOutput()
    {
        HookRunner runner;
        const auto r = run(runner, request("echo to-stdout; echo to-stderr >&2; exit 3"));
        QVERIFY(!r.ok());
        QCOMPARE(r.outcome, HookRunner::Result::Outcome::Failed);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.output.contains("to-stdout") && r.output.contains("to-stderr"),
                 qPrintable(r.output));
    }

    // Each hook has a process group of its own: a kill of the group cannot reach Logkeeper.
    void runsInItsOwnProcessGroup()
    {
        QTemporaryDir dir;
        HookRunner runner;
        const auto r =
            run(runner, request("cut -d' ' -f5 /proc/$$/stat > " + dir.filePath("pgid")));
        QVERIFY(r.ok());
        const qint64 group = TestUtil::readFile(dir.filePath("pgid")).trimmed().toLongLong();
        QVERIFY(group > 0);
        QVERIFY(group != ::getpgrp());
    }

    // A set's run_as: the hook runs as that user for good (real and effective ids, groups), in
    // its own group as ever; the next hook without one runs as Logkeeper again.
    void runsAsTheRequestedUser()
    {
        if (::geteuid() != 0)
            QSKIP("needs root to run a hook as another user");
        HookRunner runner;
        HookRunner::Request asNobody = request("id -u; id -ru; id -g; id -G; cut -d' ' -f5 "
                                               "/proc/$$/stat");
        asNobody.identity = FsIdentity::of("nobody", 65534, 65534);
        const auto r = run(runner, asNobody);
        QVERIFY2(r.ok(), qPrintable(r.output));
        const QStringList lines = r.output.split('\n');
        QCOMPARE(lines.mid(0, 4), (QStringList{"65534", "65534", "65534", "65534"}));
        QVERIFY(lines.value(4).toLongLong() != ::getpgrp());
        const auto back = run(runner, request("id -u"));
        QCOMPARE(back.output, QString("0"));
    }

    // The timeout ends the whole group: the shell and the child it waits for.
    void timeoutKillsTheWholeGroup()
    {
        QTemporaryDir dir;
        HookRunner runner;
        runner.setGracePeriod(2000);
        const auto r =
            run(runner, request("sleep 300 & echo $! > " + dir.filePath("child") + "; wait", 500));
        QCOMPARE(r.outcome, HookRunner::Result::Outcome::TimedOut);
        const qint64 child = readPid(dir.filePath("child"));
        QVERIFY(child > 0);
        QTRY_VERIFY_WITH_TIMEOUT(isDead(child), 10000);
    }

    // A child that ignores SIGTERM goes with SIGKILL after the grace period.
    void graceThenKill()
    {
        QTemporaryDir dir;
        HookRunner runner;
        runner.setGracePeriod(300);
        const auto r = run(runner, request("trap '' TERM; sleep 300 & echo $! > " +
                                               dir.filePath("child") + "; wait",
                                           300));
        QCOMPARE(r.outcome, HookRunner::Result::Outcome::TimedOut);
        const qint64 child = readPid(dir.filePath("child"));
        QVERIFY(child > 0);
        QTRY_VERIFY_WITH_TIMEOUT(isDead(child), 10000);
    }

    // The thread's event loop runs while the hook does.
    void doesNotBlock()
    {
        QTemporaryDir dir;
        const QString release = dir.filePath("release");
        HookRunner runner;
        QSignalSpy finished(&runner, &HookRunner::finished);
        runner.start(request("while [ ! -e " + release + " ]; do sleep 0.05; done"));
        QVERIFY(runner.isRunning());
        bool timerRan = false;
        QTimer::singleShot(10, this, [&] { timerRan = true; });
        QTRY_VERIFY(timerRan); // events are processed; the hook still runs
        QVERIFY(runner.isRunning());
        QVERIFY(finished.isEmpty());
        QVERIFY(TestUtil::writeFile(release, ""));
        QVERIFY(finished.wait(20000));
        QVERIFY(finished.at(0).at(0).value<HookRunner::Result>().ok());
    }

    // For shutting down: blocks until the hook is done, its timeout still applying.
    void waitForFinishedKeepsTheTimeout()
    {
        QTemporaryDir dir;
        HookRunner runner;
        runner.setGracePeriod(300);
        QSignalSpy finished(&runner, &HookRunner::finished);
        runner.start(request("sleep 300 & echo $! > " + dir.filePath("child") + "; wait", 300));
        QTRY_VERIFY(QFileInfo(dir.filePath("child")).size() > 0);
        runner.waitForFinished();
        QVERIFY(!runner.isRunning());
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).value<HookRunner::Result>().outcome,
                 HookRunner::Result::Outcome::TimedOut);
        QTRY_VERIFY_WITH_TIMEOUT(isDead(readPid(dir.filePath("child"))), 10000);
    }

    void destroyedWhileRunningKillsTheGroup()
    {
        QTemporaryDir dir;
        {
            HookRunner runner;
            runner.start(request("sleep 300 & echo $! > " + dir.filePath("child") + "; wait"));
            QTRY_VERIFY(QFileInfo(dir.filePath("child")).size() > 0);
        }
        QTRY_VERIFY_WITH_TIMEOUT(isDead(readPid(dir.filePath("child"))), 10000);
    }

    // Destroyed before its started() signal was delivered (no event loop ran in between, as
    // under load): the group still goes, not only the shell.
    void destroyedBeforeStartedIsDeliveredKillsTheGroup()
    {
        QTemporaryDir dir;
        {
            HookRunner runner;
            runner.start(request("sleep 300 & echo $! > " + dir.filePath("child") + "; wait"));
            QElapsedTimer waited;
            waited.start();
            while (QFileInfo(dir.filePath("child")).size() == 0 && waited.elapsed() < 20000)
                QThread::msleep(10); // deliberately without processing events
            QVERIFY(QFileInfo(dir.filePath("child")).size() > 0);
        }
        QTRY_VERIFY_WITH_TIMEOUT(isDead(readPid(dir.filePath("child"))), 10000);
    }
};

QTEST_GUILESS_MAIN(TestHookRunner)
#include "tst_hookrunner.moc"
