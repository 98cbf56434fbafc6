// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
// The status window that stands in for a missing tray, on a real Engine and real files.

#include "widgets/tray/statuswindow.h"

#include "core/codecs.h"
#include "desktop/enginestatus.h"
#include "engine/engine.h"
#include "testutil.h"
#include "widgets/tray/engineactions.h"

#include <QAction>
#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Logkeeper;

class TestStatusWindow : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;

    static bool writeConfig(const QTemporaryDir &dir, const QString &archiveDir)
    {
        const QJsonObject json{
            {"log_sets", QJsonArray{QJsonObject{
                             {"name", "web"},
                             {"log_dir", dir.filePath("logs")},
                             {"archive_dir", archiveDir},
                             {"patterns", QJsonArray{"*.log"}},
                             {"rotation", QJsonObject{{"max_size_mb", 100}}},
                         }}},
            {"debounce_time", 0.2},
            {"max_wait", 1},
            {"poll_interval", 3600},
            {"state_file", dir.filePath("state.json")},
        };
        return TestUtil::writeFile(dir.filePath("config.json"), QJsonDocument(json).toJson());
    }

    static QPushButton *button(StatusWindow &window, const QString &actionName)
    {
        return window.findChild<QPushButton *>(actionName + "Button");
    }

private slots:
    void initTestCase()
    {
        QVERIFY(TestUtil::makeXdgFolders(m_home.path()));
        QLocale::setDefault(QLocale::c());
    }

    void showsTheStateAndItsButtonsWork()
    {
        QTemporaryDir dir;
        QVERIFY(TestUtil::writeFile(dir.filePath("logs/app.log"), "line one\n"));
        QVERIFY(writeConfig(dir, dir.filePath("archive")));
        Engine engine;
        QString error;
        QVERIFY2(engine.start(dir.filePath("config.json"), &error), qPrintable(error));
        EngineStatus status(&engine);
        StatusWindow window(&engine, &status);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.stateText(), QString("Watching"));
        QTRY_VERIFY_WITH_TIMEOUT(window.detailText().startsWith("1 file"), 20000);
        QVERIFY(window.detailText().contains("Last rotation: none since start"));

        // The buttons are the tray's actions: clicking Rotate rotates the real file.
        QSignalSpy archived(&engine, &Engine::archived);
        QPushButton *rotate = button(window, "rotateAll");
        QVERIFY(rotate && rotate->isVisible());
        QTest::mouseClick(rotate, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(archived.count(), 1, 20000);
        QCOMPARE(TestUtil::readArchive(archived.at(0).at(1).toString()), QByteArray("line one\n"));
        QTRY_VERIFY_WITH_TIMEOUT(window.detailText().contains("app.log"), 20000);

        QPushButton *pause = button(window, "pauseResume");
        QTest::mouseClick(pause, Qt::LeftButton);
        QVERIFY(engine.isPaused());
        QCOMPARE(window.stateText(), QString("Paused: logs are not checked"));
        QCOMPARE(pause->text(), QString("Resume &Watching"));
        QTest::mouseClick(pause, Qt::LeftButton);
        QVERIFY(!engine.isPaused());

        // One set: no per-set menus; the submenus' buttons are hidden with their actions.
        QVERIFY(!button(window, "rotateSet")->isVisible());
        QVERIFY(!button(window, "logFolders")->isVisible());
        QVERIFY(button(window, "openLogFolder")->isVisible());
        QVERIFY(!button(window, "clearError")->isVisible());

        QSignalSpy settings(&window, &StatusWindow::settingsRequested);
        QSignalSpy quit(&window, &StatusWindow::quitRequested);
        QTest::mouseClick(button(window, "settings"), Qt::LeftButton);
        QTest::mouseClick(button(window, "quit"), Qt::LeftButton);
        QCOMPARE(settings.count(), 1);
        QCOMPARE(quit.count(), 1);
    }

    void showsAnErrorUntilCleared()
    {
        QTemporaryDir dir;
        QVERIFY(TestUtil::writeFile(dir.filePath("blocker"), "a file, not a folder\n"));
        QVERIFY(TestUtil::writeFile(dir.filePath("logs/app.log"), "x\n"));
        QVERIFY(writeConfig(dir, dir.filePath("blocker/archive")));
        Engine engine;
        QString error;
        QVERIFY2(engine.start(dir.filePath("config.json"), &error), qPrintable(error));
        EngineStatus status(&engine);
        StatusWindow window(&engine, &status);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(window.stateText().startsWith("Error"), 20000);
        QVERIFY2(window.detailText().contains(dir.filePath("blocker/archive")),
                 qPrintable(window.detailText()));
        QPushButton *clear = button(window, "clearError");
        QVERIFY(clear->isVisible());
        QTest::mouseClick(clear, Qt::LeftButton);
        QCOMPARE(window.stateText(), QString("Watching"));
        QVERIFY(!clear->isVisible());
        QVERIFY(window.detailText().contains("(cleared)"));
    }

    // Standing in for the tray, closing must not leave Logkeeper running with nothing shown.
    void closingTheStandInMinimizesIt()
    {
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath("logs")));
        QVERIFY(writeConfig(dir, dir.filePath("archive")));
        Engine engine;
        QString error;
        QVERIFY2(engine.start(dir.filePath("config.json"), &error), qPrintable(error));
        EngineStatus status(&engine);
        StatusWindow window(&engine, &status);
        QWidget *note = window.findChild<QWidget *>("standInNote");
        window.setStandInForTray(true);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(note->isVisible());
        QVERIFY(!window.close());
        QVERIFY(window.isVisible());
        QVERIFY(window.isMinimized());

        window.setStandInForTray(false);
        window.showNormal();
        QVERIFY(!note->isVisible());
        QVERIFY(window.close());
        QVERIFY(!window.isVisible());
    }
};

QTEST_MAIN(TestStatusWindow)
#include "tst_statuswindow.moc"
