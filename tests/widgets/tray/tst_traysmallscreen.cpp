// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
// The tray's windows on the small screen of issue 15 (smallscreen.h): 1600×1000 at
// QT_SCALE_FACTOR=2.
#include "config/config.h"
#include "widgets/tray/aboutdialog.h"

#include "smallscreen.h"
#include "testutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Logkeeper;
using namespace SmallScreen;

class TestTraySmallScreen : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    // The About box with long paths in it stays on the screen with its Close button.
    void aboutFits()
    {
        Config config;
        const QString deep = m_dir.filePath(
            "a/folder/with/a/rather/long/path/that/goes/on/and/on/for/a/while/longer/still");
        config.logFile = deep + "/logkeeper.log";
        config.stateFile = deep + "/state.json";
        AboutDialog about(deep + "/config.json", config);
        about.show();
        QVERIFY(QTest::qWaitForWindowExposed(&about));
        const QString fit = fits(&about);
        QVERIFY2(fit.isEmpty(), qPrintable(fit));
        const QString clipped = clippedButton(&about);
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped));
    }
};

LOGKEEPER_SMALL_SCREEN_MAIN(TestTraySmallScreen)
#include "tst_traysmallscreen.moc"
