// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "core/workpool.h"

#include <QSemaphore>
#include <QSet>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <atomic>
#include <mutex>

using namespace Logkeeper;

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

    void defaultHandleIsFinished()
    {
        const WorkPool::Handle none;
        QVERIFY(none.isFinished());
        none.cancelAndWait(); // returns at once
    }
};

QTEST_GUILESS_MAIN(TestWorkPool)
#include "tst_workpool.moc"
