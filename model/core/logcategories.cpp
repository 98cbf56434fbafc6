// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "core/logcategories.h"

namespace Logkeeper {

Q_LOGGING_CATEGORY(lcConfig, "logkeeper.config", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEngine, "logkeeper.engine", QtInfoMsg)
Q_LOGGING_CATEGORY(lcWatcher, "logkeeper.watcher", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRotation, "logkeeper.rotation", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRetention, "logkeeper.retention", QtInfoMsg)

} // namespace Logkeeper
