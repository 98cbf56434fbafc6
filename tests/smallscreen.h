// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

// The small screen of issue 15 for the window tests: 1600×1000 at QT_SCALE_FACTOR=2, which
// leaves 800×500 device-independent pixels. The offscreen platform is given that very screen
// (its "configfile" option) before the application starts, so the windows meet the real
// scaled screen rather than a guess of it. A test file ends with
// LOGKEEPER_SMALL_SCREEN_MAIN(TestClass) instead of QTEST_MAIN.

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QScreen>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

namespace SmallScreen {

// The available area that the screen leaves.
inline QSize available()
{
    return QGuiApplication::primaryScreen()->availableGeometry().size();
}

inline QString sizeText(const QSize &s)
{
    return QStringLiteral("%1x%2").arg(s.width()).arg(s.height());
}

// Empty when `window`, shown, has its frame inside the available area and a minimum size that
// the area can hold; else what is wrong.
inline QString fits(const QWidget *window)
{
    const QRect area = QGuiApplication::primaryScreen()->availableGeometry();
    const QRect frame = window->frameGeometry();
    if (!area.contains(frame))
        return QStringLiteral("%1: frame %2 at %3,%4 on %5")
            .arg(QLatin1String(window->metaObject()->className()), sizeText(frame.size()))
            .arg(frame.x())
            .arg(frame.y())
            .arg(sizeText(area.size()));
    const QSize minimum = window->minimumSizeHint().expandedTo(window->minimumSize());
    if (minimum.width() > area.width() || minimum.height() > area.height())
        return QStringLiteral("%1: minimum %2 on %3")
            .arg(QLatin1String(window->metaObject()->className()), sizeText(minimum),
                 sizeText(area.size()));
    return {};
}

// Empty when every button of `window` that is shown lies inside the window at no less than
// its minimum size: none is cut off, squeezed or pushed off an edge. Else the first that is.
inline QString clippedButton(QWidget *window)
{
    const QRect inside = window->rect();
    for (QAbstractButton *b : window->findChildren<QAbstractButton *>()) {
        if (!b->isVisibleTo(window) || b->window() != window ||
            qobject_cast<QLineEdit *>(b->parentWidget())) // a line edit's own clear button
            continue;
        // Within a scroll area a button may lie outside the window: it is scrolled to.
        bool scrolled = false;
        for (QWidget *p = b->parentWidget(); p && p != window && !scrolled; p = p->parentWidget())
            scrolled = p->objectName() == QLatin1String("qt_scrollarea_viewport");
        if (scrolled)
            continue;
        const QRect r(b->mapTo(window, QPoint(0, 0)), b->size());
        if (!inside.contains(r) || b->width() < b->minimumSizeHint().width())
            return QStringLiteral("%1 \"%2\" at %3,%4 %5 in %6")
                .arg(QLatin1String(b->metaObject()->className()), b->text())
                .arg(r.x())
                .arg(r.y())
                .arg(sizeText(r.size()), sizeText(inside.size()));
    }
    return {};
}

// Runs the test object on the small screen.
template <typename Test> int run(int argc, char **argv)
{
    QTemporaryDir platformDir;
    const QString config = platformDir.filePath(QStringLiteral("screen.json"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(R"({"screens": [{"name": "small", "x": 0, "y": 0, "width": 1600,
                       "height": 1000, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1.0}]})") < 0)
        return 1;
    file.close();
    qputenv("QT_QPA_PLATFORM", QFile::encodeName(QStringLiteral("offscreen:configfile=") + config));
    qputenv("QT_SCALE_FACTOR", "2");
    QApplication app(argc, argv);
    if (available() != QSize(800, 500)) {
        qWarning("the platform did not take the small screen: %s",
                 qPrintable(sizeText(available())));
        return 1;
    }
    Test test;
    return QTest::qExec(&test, argc, argv);
}

} // namespace SmallScreen

#define LOGKEEPER_SMALL_SCREEN_MAIN(TestObject)                                                    \
    int main(int argc, char **argv)                                                                \
    {                                                                                              \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        return SmallScreen::run<TestObject>(argc, argv);                                           \
    }
