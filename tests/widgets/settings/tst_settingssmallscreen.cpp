// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
// The settings window on the small screen of issue 15 (smallscreen.h): 1600×1000 at
// QT_SCALE_FACTOR=2, where it opened at 1920×1440 with Save and Close off the screen.
#include "widgets/settings/logsetform.h"
#include "widgets/settings/settingswindow.h"

#include "smallscreen.h"
#include "testutil.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Logkeeper;
using namespace SmallScreen;

class TestSettingsSmallScreen : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        for (const char *var : {"XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"})
            qputenv(var, QFile::encodeName(m_dir.filePath(var)));
    }

    // Save and Close are on the screen and whole; made as small as it goes, the set's form
    // scrolls instead of cutting its fields.
    void fitsAndScrolls()
    {
        const QString config = m_dir.filePath("config.json");
        QVERIFY(TestUtil::writeFile(
            config, QByteArray(R"({"log_sets": [{"name": "a set with a rather long name",
                "log_dir": "DIR/logs", "patterns": ["*.log", "*.txt"],
                "archive_dir": "DIR/archive"}]})")
                        .replace("DIR", QFile::encodeName(m_dir.path()))));
        SettingsWindow w(config);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QString fit = fits(&w);
        QVERIFY2(fit.isEmpty(), qPrintable(fit));
        QVERIFY(w.saveButton()->isVisible());
        QString clipped = clippedButton(&w);
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped));

        w.resize(1, 1);
        QTRY_VERIFY(w.width() < 500);
        QTest::qWait(50);
        clipped = clippedButton(&w);
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped));
        QScrollArea *area = nullptr;
        for (QWidget *p = w.logSetForm()->parentWidget(); p && !area; p = p->parentWidget())
            area = qobject_cast<QScrollArea *>(p);
        QVERIFY(area);
        QTRY_VERIFY(area->verticalScrollBar()->maximum() > 0);
    }
};

LOGKEEPER_SMALL_SCREEN_MAIN(TestSettingsSmallScreen)
#include "tst_settingssmallscreen.moc"
