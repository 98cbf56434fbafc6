// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

// Runs a program (the logkeeper binary, mostly) to its end for the integration tests: exit
// code and both outputs, or "timed out".

#include "testutil.h"

#include <QProcess>
#include <QStringList>

#include <functional>

namespace TestUtil {

struct BinaryRun
{
    int exitCode = -1; // -1 also for a crash or a timeout
    QString out;
    QString err;
    QString output() const { return out + err; } // both, for "does it say ..."
};

// `inChild` runs in the child between fork and exec (to switch users, say); `workDir` is the
// folder it starts in (empty: this one).
inline BinaryRun runBinary(const QString &program, const QStringList &args,
                           const QProcessEnvironment &env, int timeoutMs = 120000,
                           const std::function<void()> &inChild = {}, const QString &workDir = {})
{
    QProcess p;
    p.setProcessEnvironment(env);
    if (inChild)
        p.setChildProcessModifier(inChild);
    if (!workDir.isEmpty())
        p.setWorkingDirectory(workDir);
    p.start(program, args);
    BinaryRun r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = "timed out";
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

#ifdef LOGKEEPER_BINARY
// The logkeeper binary with its config and state under `home`, headless.
inline BinaryRun runLogkeeper(const QString &home, const QStringList &args, int timeoutMs = 120000)
{
    return runBinary(LOGKEEPER_BINARY, args, isolatedEnvironment(home), timeoutMs);
}
#endif

} // namespace TestUtil
