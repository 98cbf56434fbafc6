// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "engine/hookrunner.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <unistd.h>

namespace Logkeeper {

namespace {
constexpr qint64 maxOutput = 64 * 1024; // what a message can show; the rest is dropped
}

HookRunner::HookRunner(QObject *parent)
    : QObject(parent), m_process(this), m_timeout(this), m_grace(this)
{
    m_timeout.setSingleShot(true);
    m_grace.setSingleShot(true);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.setStandardInputFile(QProcess::nullDevice());
    connect(&m_process, &QProcess::started, this, [this] { m_group = m_process.processId(); });
    connect(&m_process, &QProcess::finished, this, &HookRunner::onFinished);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart || !m_running)
            return;
        Result r;
        r.outcome = Result::Outcome::NotStarted;
        r.error = m_process.errorString();
        complete(r);
    });
    connect(&m_timeout, &QTimer::timeout, this, &HookRunner::onTimeout);
    connect(&m_grace, &QTimer::timeout, this, [this] {
        signalGroup(SIGKILL);
        m_killed = true;
        if (m_process.state() == QProcess::NotRunning) {
            Result r;
            r.outcome = Result::Outcome::TimedOut;
            complete(r);
        } // else finished() follows the SIGKILL
    });
}

HookRunner::~HookRunner()
{
    m_process.disconnect(this);
    if (m_running) {
        signalGroup(SIGKILL);
        m_process.waitForFinished(5000);
    }
}

void HookRunner::start(const Request &request)
{
    Q_ASSERT(!m_running);
    m_running = true;
    m_timedOut = false;
    m_killed = false;
    m_group = 0;
    m_process.setProcessEnvironment(request.environment);
    // Its own session, so its own process group: the timeout can end everything it started.
    // Then the user it runs as; a refused switch ends the child before the script could run
    // as the wrong user (exit code 126, "cannot execute", with the reason in its output).
    m_process.setChildProcessModifier([identity = request.identity] {
        ::setsid();
        if (const int err = identity.becomeInChild()) {
            static const char prefix[] = "logkeeper: cannot run the hook as the set's run_as "
                                         "user: ";
            const char *why = ::strerror(err); // the child is about to go: no locale to fear
            (void)!::write(STDOUT_FILENO, prefix, sizeof prefix - 1);
            (void)!::write(STDOUT_FILENO, why, ::strlen(why));
            ::_exit(126);
        }
    });
    m_process.start(QStringLiteral("/bin/sh"), QStringList{QStringLiteral("-c"), request.script,
                                                           QStringLiteral("logkeeper-hook")} +
                                                   request.arguments);
    if (m_running) // not failed to start at once
        m_timeout.start(qMax(0, request.timeoutMs));
}

void HookRunner::onTimeout()
{
    if (!m_running || m_timedOut)
        return;
    m_timedOut = true;
    signalGroup(SIGTERM);
    m_grace.start(qMax(0, m_graceMs));
}

void HookRunner::onFinished(int exitCode, QProcess::ExitStatus status)
{
    if (!m_running)
        return;
    if (m_timedOut) {
        // The shell is gone; what it started may still be ending. Done when the group is
        // empty, else at the end of the grace period (SIGKILL).
        if (!m_killed && m_group > 0 && ::kill(pid_t(-m_group), 0) == 0)
            return;
        Result r;
        r.outcome = Result::Outcome::TimedOut;
        complete(r);
        return;
    }
    Result r;
    r.exitCode = exitCode;
    r.outcome = status == QProcess::NormalExit && exitCode == 0 ? Result::Outcome::Succeeded
                                                                : Result::Outcome::Failed;
    complete(r);
}

void HookRunner::signalGroup(int signal)
{
    // started() comes through the event loop, so m_group may not be known yet when a stop or a
    // destructor comes first (seen under load). The shell's pid is its group's id (setsid in
    // the child); should the child not have reached setsid yet, the shell alone is signalled.
    const qint64 group = m_group > 0 ? m_group : m_process.processId();
    if (group > 0 && ::kill(pid_t(-group), signal) != 0 && errno == ESRCH)
        ::kill(pid_t(group), signal);
}

void HookRunner::complete(const Result &result)
{
    m_timeout.stop();
    m_grace.stop();
    Result r = result;
    if (r.outcome != Result::Outcome::NotStarted)
        r.output = QString::fromLocal8Bit(m_process.read(maxOutput)).trimmed();
    m_process.readAll(); // the rest is dropped
    m_running = false;
    m_group = 0;
    emit finished(r);
}

void HookRunner::waitForFinished()
{
    if (!m_running)
        return;
    if (!m_timedOut) {
        const int left = m_timeout.isActive() ? m_timeout.remainingTime() : 0;
        if (m_process.state() != QProcess::NotRunning && m_process.waitForFinished(qMax(0, left)))
            return; // finished() was emitted on the way
        if (!m_running)
            return; // it could not start
        onTimeout();
    }
    if (m_process.state() != QProcess::NotRunning)
        m_process.waitForFinished(qMax(0, m_graceMs));
    if (!m_running)
        return;
    signalGroup(SIGKILL);
    m_killed = true;
    if (m_process.state() != QProcess::NotRunning)
        m_process.waitForFinished(-1);
    if (m_running) {
        Result r;
        r.outcome = Result::Outcome::TimedOut;
        complete(r);
    }
}

} // namespace Logkeeper
