// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include <QSize>

class QScreen;
class QWidget;

namespace Logkeeper {

// Keeps windows on the screen: a window opens at the size it would like, but never larger than
// the screen's available area (QScreen::availableGeometry: without panels), with room for the
// window manager's frame; at QT_SCALE_FACTOR=2 on a 1600×1000 screen that is 800×500.
class ScreenFit
{
public:
    // Resizes a window that is not shown yet to `wanted` (device-independent pixels), bounded
    // by the available area of its screen (or the primary one).
    static void resize(QWidget *window, const QSize &wanted);
    // The largest size a window's content may have on that screen.
    static QSize largest(const QWidget *window);
    // Moves and shrinks a shown window so that its frame is inside the available area.
    static void keepInside(QWidget *window);

private:
    static QScreen *screenOf(const QWidget *window);
};

} // namespace Logkeeper
