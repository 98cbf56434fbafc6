// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "widgets/common/screenfit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace Logkeeper {

namespace {
// What a window manager's frame takes when the window has none yet to measure: a title bar
// and borders.
constexpr int frameWidth = 16;
constexpr int frameHeight = 40;
} // namespace

QScreen *ScreenFit::screenOf(const QWidget *window)
{
    QScreen *screen = window->screen();
    return screen ? screen : QGuiApplication::primaryScreen();
}

QSize ScreenFit::largest(const QWidget *window)
{
    const QScreen *screen = screenOf(window);
    if (!screen)
        return QSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX);
    const QSize available = screen->availableGeometry().size();
    // A shown window knows its frame; one not shown yet gets room for a typical one.
    int extraWidth = frameWidth, extraHeight = frameHeight;
    if (window->isVisible()) {
        extraWidth = window->frameGeometry().width() - window->geometry().width();
        extraHeight = window->frameGeometry().height() - window->geometry().height();
    }
    return QSize(qMax(1, available.width() - extraWidth),
                 qMax(1, available.height() - extraHeight));
}

void ScreenFit::resize(QWidget *window, const QSize &wanted)
{
    window->resize(wanted.boundedTo(largest(window)));
}

void ScreenFit::keepInside(QWidget *window)
{
    const QScreen *screen = screenOf(window);
    if (!screen || !window->isVisible())
        return;
    const QSize room = largest(window);
    if (window->width() > room.width() || window->height() > room.height())
        window->resize(window->size().boundedTo(room));
    const QRect available = screen->availableGeometry();
    QRect frame = window->frameGeometry();
    if (available.contains(frame))
        return;
    frame.moveRight(qMin(frame.right(), available.right()));
    frame.moveBottom(qMin(frame.bottom(), available.bottom()));
    frame.moveLeft(qMax(frame.left(), available.left()));
    frame.moveTop(qMax(frame.top(), available.top()));
    window->move(frame.topLeft());
}

} // namespace Logkeeper
