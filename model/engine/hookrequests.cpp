// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "engine/hookrequests.h"

#include <QProcessEnvironment>

#include <climits>

namespace Logkeeper {

namespace {
HookRunner::Request request(const LogSetConfig &set, const QString &key, const QString &script,
                            const QStringList &logs, const QString &argument)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LOGKEEPER_SET"), set.name);
    env.insert(QStringLiteral("LOGKEEPER_FILES"), logs.join(QLatin1Char('\n')));
    HookRunner::Request r;
    r.name = key;
    r.script = script;
    r.arguments = {argument};
    r.environment = env;
    r.timeoutMs = int(qMin(set.hookTimeoutSeconds * 1000.0, double(INT_MAX)));
    if (!set.runAs.user.isEmpty())
        r.identity = FsIdentity::of(set.runAs.user, uid_t(set.runAs.uid), gid_t(set.runAs.gid));
    return r;
}
} // namespace

HookRunner::Request HookRequests::forLogs(const LogSetConfig &set, const QString &key,
                                          const QString &script, const QStringList &logs)
{
    return request(set, key, script, logs, logs.join(QLatin1Char(' ')));
}

HookRunner::Request HookRequests::forLog(const LogSetConfig &set, const QString &key,
                                         const QString &script, const QString &log,
                                         const QString &rotatedPath, const QString &archivePath)
{
    HookRunner::Request r = request(set, key, script, {log}, log);
    r.environment.insert(QStringLiteral("LOGKEEPER_ACTIVE"), log);
    if (!rotatedPath.isEmpty())
        r.environment.insert(QStringLiteral("LOGKEEPER_ROTATED"), rotatedPath);
    if (!archivePath.isEmpty())
        r.environment.insert(QStringLiteral("LOGKEEPER_ARCHIVE"), archivePath); // not there yet
    return r;
}

} // namespace Logkeeper
