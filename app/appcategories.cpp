// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "app/appcategories.h"

namespace Logkeeper {

Q_LOGGING_CATEGORY(lcDesktop, "logkeeper.desktop", QtInfoMsg)

} // namespace Logkeeper
