// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "core/fsidentity.h"

#include <QMetaType>
#include <QObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTimer>

namespace Logkeeper {

// Runs one hook script without blocking its thread: `/bin/sh -c SCRIPT logkeeper-hook ARG...`
// in a process group of its own (a new session), as the request's user (groups, gid and uid
// switched for good before the shell starts), with the given environment, its output
// collected. A hook that outlives its timeout is ended with its whole process group, the
// children it started included: SIGTERM, then SIGKILL after a grace period. Knows nothing of
// which hook it runs; the caller builds the request and reads the result.
class HookRunner : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QString name;                    // the config key ("post_rotate"), for messages
        QString script;                  // run by /bin/sh -c
        QStringList arguments;           // $1, $2, ...
        QProcessEnvironment environment; // the whole environment the script gets
        int timeoutMs = 60000;
        FsIdentity identity; // who the hook runs as (a set's run_as)
    };
    struct Result
    {
        enum class Outcome
        {
            Succeeded,
            Failed,     // exited with a status other than 0, or crashed
            TimedOut,   // killed with its group after the timeout
            NotStarted, // /bin/sh could not be started
        };
        Outcome outcome = Outcome::NotStarted;
        int exitCode = -1;
        QString output; // stdout and stderr together, trimmed
        QString error;  // why it could not start

        bool ok() const { return outcome == Outcome::Succeeded; }
    };

    explicit HookRunner(QObject *parent = nullptr);
    // Ends a hook still running with its group (SIGKILL: there is no one left to wait for it).
    ~HookRunner() override;

    // How long the group gets between SIGTERM and SIGKILL.
    void setGracePeriod(int msec) { m_graceMs = msec; }

    // Starts the hook; finished() follows, also when it cannot start. One hook at a time.
    void start(const Request &request);
    bool isRunning() const { return m_running; }
    // Blocks until the running hook has finished, its timeout (and grace period) included, and
    // finished() was emitted: for shutting down, where no event loop runs any more.
    void waitForFinished();

signals:
    void finished(const Logkeeper::HookRunner::Result &result);

private:
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onTimeout();
    void signalGroup(int signal);
    void complete(const Result &result);

    QProcess m_process;
    QTimer m_timeout;
    QTimer m_grace;
    qint64 m_group = 0;
    int m_graceMs = 5000;
    bool m_running = false;
    bool m_timedOut = false;
    bool m_killed = false; // the group got SIGKILL: nothing of it runs any more
};

} // namespace Logkeeper

Q_DECLARE_METATYPE(Logkeeper::HookRunner::Result)
