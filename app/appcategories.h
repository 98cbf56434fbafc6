// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include <QLoggingCategory>

namespace Logkeeper {

// The desktop front end's own category ("logkeeper.desktop"), beside the model's.
Q_DECLARE_LOGGING_CATEGORY(lcDesktop)

} // namespace Logkeeper
