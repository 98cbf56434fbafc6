// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "config/config.h"
#include "engine/hookrunner.h"

#include <QString>
#include <QStringList>

namespace Logkeeper {

// Builds the requests of a set's hooks (hooks.*), with the environment and arguments logrotate's
// users expect: `/bin/sh -c SCRIPT logkeeper-hook ARG` where $1 is the log (a per-log hook) or
// the space-joined list of logs (first_action, last_action, shared_scripts), LOGKEEPER_SET,
// LOGKEEPER_FILES (the logs, one a line), and for a per-log hook LOGKEEPER_ACTIVE and, once
// rotated, LOGKEEPER_ROTATED (exists) and LOGKEEPER_ARCHIVE (what it will become; may not exist
// yet).
class HookRequests
{
public:
    // The keys, as in the config ("pre_rotate", ...), for messages.
    static QString preRotate() { return QStringLiteral("pre_rotate"); }
    static QString postRotate() { return QStringLiteral("post_rotate"); }
    static QString firstAction() { return QStringLiteral("first_action"); }
    static QString lastAction() { return QStringLiteral("last_action"); }

    // A hook concerning several logs at once (first/last action, shared pre/post).
    static HookRunner::Request forLogs(const LogSetConfig &set, const QString &key,
                                       const QString &script, const QStringList &logs);
    // A per-log hook; rotatedPath and archivePath empty before the rotation (pre_rotate).
    static HookRunner::Request forLog(const LogSetConfig &set, const QString &key,
                                      const QString &script, const QString &log,
                                      const QString &rotatedPath = {},
                                      const QString &archivePath = {});
};

} // namespace Logkeeper
