// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "desktop/desktopsettings.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Logkeeper;

class TestDesktopSettings : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;

private slots:
    void initTestCase() { qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.path())); }

    void defaultsAndPersistence()
    {
        {
            DesktopSettings settings;
            QCOMPARE(settings.fileName(), m_home.filePath("logkeeper/desktop.conf"));
            QVERIFY(!settings.notifyOnEveryRotation());
            settings.setNotifyOnEveryRotation(true);
        }
        DesktopSettings again;
        QVERIFY(again.notifyOnEveryRotation());
        QVERIFY(QFile::exists(m_home.filePath("logkeeper/desktop.conf")));
    }

    // The settings editor and the tray hold their own instances: a change reaches both.
    void changeReachesOtherInstances()
    {
        DesktopSettings editor, tray;
        editor.setNotifyOnEveryRotation(false);
        QSignalSpy trayChanged(&tray, &DesktopSettings::changed);
        editor.setNotifyOnEveryRotation(true);
        QCOMPARE(trayChanged.count(), 1);
        QVERIFY(tray.notifyOnEveryRotation());
        editor.setNotifyOnEveryRotation(true); // no change, no signal
        QCOMPARE(trayChanged.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDesktopSettings)
#include "tst_desktopsettings.moc"
