// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "config/config.h"
#include "core/workpool.h"

#include <QMutex>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>
#include <optional>

namespace Logkeeper {

class RotationWorker;

// What `logkeeper --once --dry-run` would do now with a given Config, saved or not: runs
// RotationWorker::runOnce(config, false, true) as a WorkPool job (never on the caller's thread,
// which is the GUI's) and reports the planned actions. One run at a time; a newer request
// supersedes an older one: the old run is told to stop, its result is dropped, and only the
// latest request waiting meanwhile runs next.
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
    void startRun(quint64 generation, const Config &config);
    void run(quint64 generation, const Config &config);
    void deliver(quint64 generation, const QStringList &actions, const QStringList &errors);

    WorkPool::Handle m_job;       // the run in progress, if any
    bool m_inFlight = false;      // a run was started and its deliver() has not come yet
    std::optional<Config> m_next; // the latest request that came while a run was in progress
    std::shared_ptr<Shared> m_shared = std::make_shared<Shared>();
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace Logkeeper
