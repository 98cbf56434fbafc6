// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include <QIcon>

namespace Logkeeper {

// Logkeeper's application icon: the installed theme's (hicolor) when present, else the copy
// embedded in the binary, so an uninstalled build shows it too.
namespace AppIcon {
QIcon application();
// The application id the desktop file, the AppStream metainfo and the icon are named after.
QString applicationId();
} // namespace AppIcon

} // namespace Logkeeper
