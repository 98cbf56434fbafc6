// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "engine/hookqueue.h"

namespace Logkeeper {

HookQueue::HookQueue(QObject *parent) : QObject(parent), m_runner(this)
{
    connect(&m_runner, &HookRunner::finished, this, &HookQueue::onFinished);
}

void HookQueue::enqueue(const HookRunner::Request &request, Done done)
{
    m_queue.enqueue({request, std::move(done)});
    // At once only when it is the only one. Others waiting with nothing running means a hook
    // has just finished and startNext() is already on its way from the loop: the first of them
    // is not started from here, where the caller may act as this request's run_as user (the
    // child would be forked with that user's groups).
    if (!m_runner.isRunning() && m_queue.size() == 1)
        startNext();
}

void HookQueue::startNext()
{
    if (m_queue.isEmpty() || m_runner.isRunning())
        return;
    Entry next = m_queue.dequeue();
    m_current = std::move(next.done);
    m_runner.start(next.request);
}

void HookQueue::onFinished(const HookRunner::Result &result)
{
    const Done done = std::exchange(m_current, {});
    if (done)
        done(result);
    if (isIdle()) {
        emit idle();
        return;
    }
    // Not from within the finished process's own signal: the next one starts from the loop.
    QMetaObject::invokeMethod(this, &HookQueue::startNext, Qt::QueuedConnection);
}

void HookQueue::drain()
{
    while (!isIdle()) {
        if (!m_runner.isRunning())
            startNext();
        m_runner.waitForFinished();
    }
}

} // namespace Logkeeper
