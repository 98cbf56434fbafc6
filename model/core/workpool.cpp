// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "core/workpool.h"

#include "core/fsidentity.h"
#include "core/logcategories.h"

#include <QSemaphore>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstring>
#include <mutex>
#include <utility>

namespace Logkeeper {

namespace {

// Runs `work` on this pool thread as the thread that handed it on, whichever thread made this
// one: a job started while the engine acts as a set's run_as user reads and writes as that
// user, and any other job as the process, never as a user some earlier job acted as.
void runAs(const FsIdentity &giver, const std::function<void()> &work)
{
    const FsIdentity::Scope as(giver);
    if (!as.ok()) {
        // Only a process that gave up CAP_SETUID/CAP_SETGID after making threads as another
        // user gets here; Logkeeper never does.
        qCCritical(lcEngine).noquote()
            << QStringLiteral("A work thread cannot act as %1 (%2): the job runs as %3")
                   .arg(giver.describe(), QString::fromLocal8Bit(std::strerror(as.error())),
                        FsIdentity::ofThisThread().describe());
    }
    work();
}

} // namespace

struct WorkPool::Handle::State
{
    std::function<void(const CancelToken &)> job;
    CancelToken token;
    std::mutex mutex;
    std::condition_variable doneChanged;
    bool done = false;

    void run()
    {
        if (!token.isCancelled())
            job(token);
        job = {}; // its captures go now, on this thread, not with the last handle
        finish();
    }
    void finish()
    {
        std::lock_guard<std::mutex> lock(mutex);
        done = true;
        doneChanged.notify_all();
    }
};

QThreadPool &WorkPool::pool()
{
    // Its own pool rather than Qt's global one, which other code may fill, and larger than the
    // core count: jobs that wait for a disk or for input are common, and a long job (a viewer
    // decompressing a large archive) must leave threads for the rest.
    static QThreadPool *const instance = [] {
        auto *p = new QThreadPool;
        p->setObjectName(QStringLiteral("Logkeeper work pool"));
        p->setMaxThreadCount(qBound(8, QThread::idealThreadCount() * 4, 32));
        p->setExpiryTimeout(10000);
        return p;
    }();
    return *instance;
}

WorkPool::Handle WorkPool::start(std::function<void(const CancelToken &)> job)
{
    return start(std::move(job), CancelToken());
}

WorkPool::Handle WorkPool::start(std::function<void(const CancelToken &)> job,
                                 const CancelToken &token)
{
    Handle handle;
    handle.m_token = token;
    handle.m_state = std::make_shared<Handle::State>();
    handle.m_state->job = std::move(job);
    handle.m_state->token = token;
    // The pool holds a reference of its own until the job has run: handles may all be gone.
    auto state = handle.m_state;
    pool().start(
        [state, giver = FsIdentity::ofThisThread()] { runAs(giver, [&state] { state->run(); }); });
    return handle;
}

bool WorkPool::Handle::isFinished() const
{
    if (!m_state)
        return true;
    std::lock_guard<std::mutex> lock(m_state->mutex);
    return m_state->done;
}

void WorkPool::Handle::wait() const
{
    if (!m_state)
        return;
    std::unique_lock<std::mutex> lock(m_state->mutex);
    m_state->doneChanged.wait(lock, [this] { return m_state->done; });
}

void WorkPool::Handle::cancelAndWait() const
{
    cancel();
    wait();
}

void WorkPool::runSideBySide(std::vector<std::function<void()>> tasks, int maxThreads)
{
    struct Shared
    {
        std::vector<std::function<void()>> tasks;
        std::atomic<size_t> next{0};
        std::atomic<size_t> finished{0};
        QSemaphore allFinished;
        void drain()
        {
            for (size_t i; (i = next++) < tasks.size();) {
                tasks[i]();
                if (++finished == tasks.size())
                    allFinished.release();
            }
        }
    };
    if (tasks.empty())
        return;
    // The atomics carry the ordering themselves: the tasks are published by the store to `next`,
    // their effects come back through `finished` (a thread sanitizer sees both; it cannot see
    // through Qt's own locks). The state is shared with helpers that start late or never.
    const auto shared = std::make_shared<Shared>();
    shared->tasks = std::move(tasks);
    shared->next.store(0, std::memory_order_release);
    const int threads = maxThreads > 0 ? maxThreads : pool().maxThreadCount() + 1;
    const size_t helpers = std::min(size_t(qMax(0, threads - 1)), shared->tasks.size() - 1);
    const FsIdentity giver = FsIdentity::ofThisThread();
    for (size_t h = 0; h < helpers; ++h) {
        // tryStart: a helper that cannot start at once is not needed, the caller drains.
        if (!pool().tryStart([shared, giver] { runAs(giver, [&shared] { shared->drain(); }); }))
            break;
    }
    shared->drain();
    shared->allFinished.acquire();
    while (shared->finished.load(std::memory_order_acquire) != shared->tasks.size()) {
    } // already true: allFinished is released by the last of them
}

} // namespace Logkeeper
