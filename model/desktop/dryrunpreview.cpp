// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "desktop/dryrunpreview.h"

#include "engine/rotationworker.h"

#include <QMutexLocker>

namespace Logkeeper {

DryRunPreview::DryRunPreview(QObject *parent) : QObject(parent)
{}

DryRunPreview::~DryRunPreview()
{
    m_shared->latest = ~quint64(0); // nothing running now is wanted any more
    {
        QMutexLocker lock(&m_shared->mutex);
        if (m_shared->current)
            m_shared->current->requestStop();
    }
    m_job.cancelAndWait();
}

void DryRunPreview::request(const Config &config)
{
    const quint64 generation = ++m_generation;
    m_shared->latest = generation;
    {
        QMutexLocker lock(&m_shared->mutex);
        if (m_shared->current)
            m_shared->current->requestStop();
    }
    if (!m_running) {
        m_running = true;
        emit runningChanged(true);
    }
    if (!m_inFlight)
        startRun(generation, config);
    else
        m_next = config; // runs once the stopped run is in (deliver())
}

void DryRunPreview::startRun(quint64 generation, const Config &config)
{
    m_inFlight = true;
    m_job = WorkPool::start(
        [this, generation, config](const CancelToken &) { run(generation, config); });
}

// On a WorkPool thread.
void DryRunPreview::run(quint64 generation, const Config &config)
{
    QStringList actions, errors;
    if (m_shared->latest == generation) { // else superseded before it started
        RotationWorker worker;
        connect(&worker, &RotationWorker::actionPlanned, &worker,
                [&actions](const QString &action) { actions.append(action); });
        connect(&worker, &RotationWorker::failed, &worker,
                [&errors](const Failure &failure) { errors.append(failure.translatedText()); });
        {
            QMutexLocker lock(&m_shared->mutex);
            m_shared->current = &worker;
        }
        if (m_shared->latest == generation)
            worker.runOnce(config, false, true);
        QMutexLocker lock(&m_shared->mutex);
        m_shared->current = nullptr;
    }
    // Back to the owner's thread; a preview destroyed meanwhile drops the queued call.
    QMetaObject::invokeMethod(
        this, [this, generation, actions, errors] { deliver(generation, actions, errors); },
        Qt::QueuedConnection);
}

void DryRunPreview::deliver(quint64 generation, const QStringList &actions,
                            const QStringList &errors)
{
    // Every run ends here, superseded or not: the latest request that came meanwhile runs now.
    m_inFlight = false;
    if (m_next) {
        const Config next = *m_next;
        m_next.reset();
        startRun(m_generation, next);
    }
    if (generation != m_generation)
        return;
    m_running = false;
    emit runningChanged(false);
    emit finished(actions, errors);
}

} // namespace Logkeeper
