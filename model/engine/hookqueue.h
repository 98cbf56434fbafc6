// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "engine/hookrunner.h"

#include <QObject>
#include <QQueue>

#include <functional>

namespace Logkeeper {

// Runs hooks one after another, in the order they were asked for (as logrotate does), without
// blocking the thread: each request's `done` is called with its result when it has finished,
// then the next one starts.
class HookQueue : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const HookRunner::Result &)>;

    explicit HookQueue(QObject *parent = nullptr);

    void enqueue(const HookRunner::Request &request, Done done);
    bool isIdle() const { return !m_runner.isRunning() && m_queue.isEmpty(); }
    // Runs everything queued to its end, blocking (each hook bounded by its timeout): for
    // shutting down, so that no rotated log is left without its hook.
    void drain();

signals:
    void idle(); // the last queued hook has finished

private:
    struct Entry
    {
        HookRunner::Request request;
        Done done;
    };
    void startNext();
    void onFinished(const HookRunner::Result &result);

    HookRunner m_runner;
    QQueue<Entry> m_queue;
    Done m_current;
};

} // namespace Logkeeper
