// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "core/canceltoken.h"

#include <functional>
#include <memory>
#include <vector>

class QThreadPool;

namespace Logkeeper {

// The one pool of threads for work beside the caller's thread: the engine's side-by-side
// compressions and removals, the viewer's decompression, indexing and search, the browser's
// size probe and folder scans. (The engine's own worker thread is the only other thread.)
// Sized for a few long jobs at once plus short ones, so that a viewer decompressing a large
// archive never holds up the engine.
class WorkPool
{
public:
    // A job started with start(): cancel it, wait for it, ask whether it is done. Copies refer
    // to the same job. A default-constructed handle refers to no job (finished, nothing to do).
    class Handle
    {
    public:
        Handle() = default;
        CancelToken token() const { return m_token; }
        void cancel() const { m_token.cancel(); }
        bool isFinished() const;
        // Blocks until the job has run to its end, or has been taken off the queue unstarted.
        void wait() const;
        // cancel() and wait(): what an owner's destructor does.
        void cancelAndWait() const;

    private:
        friend class WorkPool;
        struct State;
        std::shared_ptr<State> m_state;
        CancelToken m_token;
    };

    // Runs job(token) on a pool thread. A job cancelled before a thread picked it up never runs.
    static Handle start(std::function<void(const CancelToken &)> job);
    static Handle start(std::function<void(const CancelToken &)> job, const CancelToken &token);

    // Runs the tasks side by side on the pool's threads and the calling thread, and returns when
    // all are done. The caller takes tasks too, so all get done even when no pool thread is free.
    // At most maxThreads threads (the caller's included) work on them; 0 = as many as the pool has.
    static void runSideBySide(std::vector<std::function<void()>> tasks, int maxThreads = 0);

    static QThreadPool &pool();
};

} // namespace Logkeeper
