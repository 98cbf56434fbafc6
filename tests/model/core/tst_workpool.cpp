// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "core/workpool.h"

#include "core/fsidentity.h"

#include <QSemaphore>
#include <QSet>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <atomic>
#include <functional>
#include <mutex>
#include <sys/fsuid.h>
#include <unistd.h>

using namespace Logkeeper;

namespace {

// The calling thread's file-system uid (setfsuid with an invalid id changes nothing).
uid_t fsuidOfThisThread()
{
    return uid_t(::setfsuid(uid_t(-1)));
}

QVector<gid_t> groupsOfThisThread()
{
    QVector<gid_t> groups(::getgroups(0, nullptr));
    groups.resize(qMax(0, ::getgroups(int(groups.size()), groups.data())));
    std::sort(groups.begin(), groups.end());
    return groups;
}

// Runs job(i) for each i < count, each on a pool thread of its own (each one waits until all
// have started), and returns when all are done.
void onThreadsOfTheirOwn(int count, const std::function<void(int)> &job)
{
    QSemaphore running, release;
    QVector<WorkPool::Handle> jobs;
    for (int i = 0; i < count; ++i)
        jobs.append(WorkPool::start([&, i](const CancelToken &) {
            job(i);
            running.release();
            release.acquire();
        }));
    running.acquire(count);
    release.release(count);
    for (const WorkPool::Handle &handle : std::as_const(jobs))
        handle.wait();
}

} // namespace

class TestWorkPool : public QObject
{
    Q_OBJECT

private slots:
    void jobRunsOnAPoolThreadAndCanBeWaitedFor()
    {
        std::atomic<QThread *> ranOn{nullptr};
        const WorkPool::Handle handle =
            WorkPool::start([&](const CancelToken &) { ranOn = QThread::currentThread(); });
        handle.wait();
        QVERIFY(handle.isFinished());
        QVERIFY(ranOn.load() != nullptr);
        QVERIFY(ranOn.load() != QThread::currentThread());
    }

    void cancelReachesTheRunningJob()
    {
        QSemaphore started;
        std::atomic_bool sawCancel{false};
        const WorkPool::Handle handle = WorkPool::start([&](const CancelToken &token) {
            started.release();
            while (!token.isCancelled())
                QThread::msleep(1);
            sawCancel = true;
        });
        started.acquire();
        QVERIFY(!handle.isFinished());
        handle.cancelAndWait();
        QVERIFY(sawCancel);
    }

    void jobCancelledBeforeItStartsNeverRuns()
    {
        // Fill the pool so the job stays queued, cancel it there, then let the pool go on.
        QSemaphore release;
        const int threads = WorkPool::pool().maxThreadCount();
        QVector<WorkPool::Handle> blockers;
        for (int i = 0; i < threads; ++i)
            blockers.append(WorkPool::start([&](const CancelToken &) { release.acquire(); }));
        std::atomic_bool ran{false};
        const WorkPool::Handle queued = WorkPool::start([&](const CancelToken &) { ran = true; });
        queued.cancel();
        release.release(threads);
        queued.wait();
        for (const WorkPool::Handle &b : std::as_const(blockers))
            b.wait();
        QVERIFY(!ran);
    }

    void aSharedTokenCancelsSeveralJobs()
    {
        CancelToken token;
        QSemaphore started;
        std::atomic_int stopped{0};
        auto job = [&](const CancelToken &t) {
            started.release();
            while (!t.isCancelled())
                QThread::msleep(1);
            ++stopped;
        };
        const auto a = WorkPool::start(job, token);
        const auto b = WorkPool::start(job, token);
        started.acquire(2);
        token.cancel();
        a.wait();
        b.wait();
        QCOMPARE(stopped.load(), 2);
        QVERIFY(a.token() == token);
    }

    void sideBySideRunsEveryTaskOnSeveralThreads()
    {
        std::mutex mutex;
        QSet<QThread *> threads;
        std::atomic_int done{0};
        std::vector<std::function<void()>> tasks;
        for (int i = 0; i < 64; ++i)
            tasks.push_back([&] {
                QThread::msleep(2);
                std::lock_guard<std::mutex> lock(mutex);
                threads.insert(QThread::currentThread());
                ++done;
            });
        WorkPool::runSideBySide(std::move(tasks), 4);
        QCOMPARE(done.load(), 64);
        QVERIFY2(threads.size() > 1, "the tasks ran side by side");
        QVERIFY(threads.size() <= 4);
    }

    void sideBySideFinishesWhenThePoolIsFull()
    {
        // Every pool thread busy: the caller does all the work itself rather than wait.
        QSemaphore release;
        const int threads = WorkPool::pool().maxThreadCount();
        QVector<WorkPool::Handle> blockers;
        QSemaphore running;
        for (int i = 0; i < threads; ++i)
            blockers.append(WorkPool::start([&](const CancelToken &) {
                running.release();
                release.acquire();
            }));
        running.acquire(threads);
        std::atomic_int done{0};
        std::vector<std::function<void()>> tasks(16, [&] { ++done; });
        WorkPool::runSideBySide(std::move(tasks));
        QCOMPARE(done.load(), 16);
        release.release(threads);
        for (const WorkPool::Handle &b : std::as_const(blockers))
            b.wait();
    }

    // A thread inherits the ids of the thread that creates it, and a pool thread lives on: one
    // made while the engine acted as a set's run_as user would do later jobs, of other sets, the
    // viewer's, as that user. Each job acts as the thread that started it instead.
    void jobsActAsTheThreadThatStartedThem()
    {
        if (::geteuid() != 0)
            QSKIP("needs root: only root can act as another user");
        constexpr uid_t nobody = 65534;
        QThreadPool &pool = WorkPool::pool();
        QVERIFY(pool.waitForDone(10000)); // no threads left: the next ones are made below
        const int threads = pool.maxThreadCount();

        // Every pool thread made by a thread acting as nobody, each busy until all are made.
        QVector<uid_t> asNobody(threads, 0);
        QThread *starter = QThread::create([&] {
            const FsIdentity::Scope as(FsIdentity::of("nobody", nobody, 65534));
            QVERIFY(as.ok());
            onThreadsOfTheirOwn(threads, [&](int i) { asNobody[i] = fsuidOfThisThread(); });
        });
        starter->start();
        QVERIFY(starter->wait(30000));
        delete starter;
        QCOMPARE(asNobody, QVector<uid_t>(threads, nobody));
        QCOMPARE(fsuidOfThisThread(), uid_t(0));

        // Root's jobs on those threads, all at once so that each has its own: root's ids.
        const QVector<gid_t> ownGroups = groupsOfThisThread();
        QVector<uid_t> asRoot(threads, nobody);
        QVector<QVector<gid_t>> groups(threads);
        onThreadsOfTheirOwn(threads, [&](int i) {
            asRoot[i] = fsuidOfThisThread();
            groups[i] = groupsOfThisThread();
        });
        QCOMPARE(asRoot, QVector<uid_t>(threads, 0));
        QCOMPARE(groups, QVector<QVector<gid_t>>(threads, ownGroups));
        // A job is done before its thread is back in the pool: the helpers below want them all.
        QTRY_COMPARE_WITH_TIMEOUT(pool.activeThreadCount(), 0, 30000);

        // The same for the helpers of runSideBySide (the engine's batches).
        std::atomic_int tasksRun{0};
        std::atomic_int tasksAsOther{0};
        std::vector<std::function<void()>> tasks(size_t(threads) * 8, [&] {
            if (fsuidOfThisThread() != 0)
                ++tasksAsOther;
            ++tasksRun;
            QThread::usleep(500); // long enough for the helpers to take some
        });
        WorkPool::runSideBySide(std::move(tasks));
        QCOMPARE(tasksRun.load(), threads * 8);
        QCOMPARE(tasksAsOther.load(), 0);
    }

    void defaultHandleIsFinished()
    {
        const WorkPool::Handle none;
        QVERIFY(none.isFinished());
        none.cancelAndWait(); // returns at once
    }
};

QTEST_GUILESS_MAIN(TestWorkPool)
#include "tst_workpool.moc"
