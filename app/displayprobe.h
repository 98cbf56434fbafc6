// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include <QString>

namespace Logkeeper {

// Whether a GUI can start here, found out without starting one: Qt aborts the process when
// the display it is pointed at is not there, and Logkeeper must fall back to headless instead.
// Follows QT_QPA_PLATFORM (offscreen, vnc, eglfs... need no display server); for X11 and
// Wayland it connects to the display's socket and closes it at once.
namespace DisplayProbe {
// On false, *reason says what is missing (for the one line on stderr).
bool available(QString *reason);
} // namespace DisplayProbe

} // namespace Logkeeper
