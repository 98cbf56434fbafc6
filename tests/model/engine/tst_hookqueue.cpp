// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "engine/hookqueue.h"

#include "core/fsidentity.h"

#include "testutil.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Logkeeper;

namespace {
HookRunner::Request request(const QString &script)
{
    HookRunner::Request r;
    r.name = "post_rotate";
    r.script = script;
    r.environment = QProcessEnvironment::systemEnvironment();
    return r;
}
} // namespace

// Hooks one at a time, in order, each one's result to its own callback.
class TestHookQueue : public QObject
{
    Q_OBJECT

private slots:
    void runsInOrderOneAtATime()
    {
        QTemporaryDir dir;
        const QString log = dir.filePath("log");
        HookQueue queue;
        QSignalSpy idle(&queue, &HookQueue::idle);
        QStringList done;
        for (int i = 0; i < 4; ++i) {
            // Each one notes its start and end; overlapping ones would interleave.
            const QString script = QStringLiteral("echo start %1 >> %2; sleep 0.1; echo end %1 "
                                                  ">> %2; exit %3")
                                       .arg(i)
                                       .arg(log)
                                       .arg(i == 2 ? 1 : 0);
            queue.enqueue(request(script), [&done, i](const HookRunner::Result &r) {
                done << QStringLiteral("%1:%2").arg(i).arg(r.ok());
            });
        }
        QVERIFY(!queue.isIdle());
        QVERIFY(idle.wait(30000));
        QCOMPARE(done, (QStringList{"0:1", "1:1", "2:0", "3:1"}));
        QCOMPARE(TestUtil::readFile(log), QByteArray("start 0\nend 0\nstart 1\nend 1\n"
                                                     "start 2\nend 2\nstart 3\nend 3\n"));
        QVERIFY(queue.isIdle());
    }

    void drainRunsEverythingBlocking()
    {
        QTemporaryDir dir;
        HookQueue queue;
        int finished = 0;
        for (int i = 0; i < 3; ++i)
            queue.enqueue(request(QStringLiteral("echo %1 >> %2").arg(i).arg(dir.filePath("log"))),
                          [&finished](const HookRunner::Result &) { ++finished; });
        queue.drain();
        QCOMPARE(finished, 3);
        QVERIFY(queue.isIdle());
        QCOMPARE(TestUtil::readFile(dir.filePath("log")), QByteArray("0\n1\n2\n"));
    }

    // The engine asks for a set's hook while it acts as the set's run_as user, possibly just
    // after another hook finished and before the next queued one started. That next one, of
    // another set, must not be forked from there: it would get the user's groups. It starts
    // from the event loop, as itself; the new one after it, as its user.
    void aQueuedHookNeverStartsWithinAnotherSetsUser()
    {
        if (::geteuid() != 0)
            QSKIP("needs root: only root can act as another user");
        const FsIdentity nobody = FsIdentity::of("nobody", 65534, 65534);
        HookQueue queue;
        QSignalSpy idle(&queue, &HookQueue::idle);
        QStringList outputs;
        queue.enqueue(request("true"), [&](const HookRunner::Result &) {
            const FsIdentity::Scope as(nobody);
            QVERIFY(as.ok());
            HookRunner::Request users = request("id -u; id -G");
            users.identity = nobody;
            queue.enqueue(users, [&outputs](const HookRunner::Result &r) {
                outputs << QStringLiteral("user: ") + r.output.simplified();
            });
        });
        queue.enqueue(request("id -u; id -G"), [&outputs](const HookRunner::Result &r) {
            outputs << QStringLiteral("own: ") + r.output.simplified();
        });
        QVERIFY(idle.wait(30000));
        QCOMPARE(outputs.size(), 2);
        QVERIFY2(outputs[0].startsWith("own: 0 0") && !outputs[0].contains("65534"),
                 qPrintable(outputs[0]));
        QCOMPARE(outputs[1], QString("user: 65534 65534"));
    }
};

QTEST_GUILESS_MAIN(TestHookQueue)
#include "tst_hookqueue.moc"
