// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "config/config.h"

#include <QMutex>
#include <QObject>
#include <QStringList>
#include <QThread>

#include <atomic>
#include <memory>

namespace Logkeeper {

class RotationWorker;

// What `logkeeper --once --dry-run` would do now with a given Config, saved or not: runs
// RotationWorker::runOnce(config, false, true) on its own thread (never the caller's, which is
// the GUI's) and reports the planned actions. A newer request supersedes an older one: the old
// run is told to stop and its result is dropped.
class DryRunPreview : public QObject
{
    Q_OBJECT
public:
    explicit DryRunPreview(QObject *parent = nullptr);
    ~DryRunPreview() override;

    void request(const Config &config);
    bool isRunning() const { return m_running; }

signals:
    // The result of the latest request: the planned actions in order, and what failed (a
    // missing folder, say) as it would be reported.
    void finished(const QStringList &actions, const QStringList &errors);
    void runningChanged(bool running);

private:
    struct Shared
    {
        std::atomic<quint64> latest{0};
        QMutex mutex; // guards current
        RotationWorker *current = nullptr;
    };
    void run(quint64 generation, const Config &config);
    void deliver(quint64 generation, const QStringList &actions, const QStringList &errors);

    QThread m_thread;
    QObject *m_context = nullptr; // lives in m_thread; work is queued to it
    std::shared_ptr<Shared> m_shared = std::make_shared<Shared>();
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace Logkeeper
