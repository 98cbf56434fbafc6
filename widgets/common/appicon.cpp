// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "widgets/common/appicon.h"

namespace Logkeeper {

QString AppIcon::applicationId()
{
    return QStringLiteral("io.github.logkeeper.Logkeeper");
}

QIcon AppIcon::application()
{
    return QIcon::fromTheme(applicationId(), QIcon(QStringLiteral(":/icons/logkeeper.svg")));
}

} // namespace Logkeeper
