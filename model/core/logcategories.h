// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include <QLoggingCategory>

namespace Logkeeper {

// One category per area, so "logkeeper.rotation.debug=true" in QT_LOGGING_RULES narrows output.
Q_DECLARE_LOGGING_CATEGORY(lcConfig)
Q_DECLARE_LOGGING_CATEGORY(lcEngine)
Q_DECLARE_LOGGING_CATEGORY(lcWatcher)
Q_DECLARE_LOGGING_CATEGORY(lcRotation)
Q_DECLARE_LOGGING_CATEGORY(lcRetention)

} // namespace Logkeeper
