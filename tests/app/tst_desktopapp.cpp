// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
// DesktopApp, as main() builds it, around a real Engine on the offscreen platform (which has
// no system tray): the status window stands in for the tray, requests open windows through
// the registered factories, and the tray's entries reach them.

#include "app/desktopapp.h"

#include "app/commandline.h"
#include "app/windowmanager.h"
#include "config/configloader.h"
#include "desktop/enginestatus.h"
#include "engine/engine.h"
#include "testutil.h"
#include "widgets/settings/settingswindow.h"
#include "widgets/tray/aboutdialog.h"
#include "widgets/tray/engineactions.h"
#include "widgets/tray/statuswindow.h"
#include "widgets/tray/traycontroller.h"

#include <QAction>
#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Logkeeper;

class TestDesktopApp : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    Engine m_engine;

    static QWidget *titled(const QString &title)
    {
        auto *window = new QLabel(title);
        window->setWindowTitle(title);
        return window;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(TestUtil::makeXdgFolders(m_home.path()));
        const QJsonObject json{
            {"log_sets", QJsonArray{QJsonObject{{"name", "web"},
                                                {"log_dir", m_dir.filePath("logs")},
                                                {"patterns", QJsonArray{"*.log"}}}}},
            {"state_file", m_dir.filePath("state.json")},
            {"logging", QJsonObject{{"log_file", m_dir.filePath("own.log")}}},
        };
        QVERIFY(QDir().mkpath(m_dir.filePath("logs")));
        QVERIFY(TestUtil::writeFile(m_dir.filePath("config.json"), QJsonDocument(json).toJson()));
        QString error;
        QVERIFY2(m_engine.start(m_dir.filePath("config.json"), &error), qPrintable(error));
    }

    void withoutTrayTheStatusWindowStandsIn()
    {
        QVERIFY(!QSystemTrayIcon::isSystemTrayAvailable()); // offscreen
        DesktopApp app(&m_engine);
        app.start(); // asks Qt whether there is a tray
        StatusWindow *status = app.statusWindow();
        QVERIFY(QTest::qWaitForWindowExposed(status));
        QVERIFY(status->isStandInForTray());
        QCOMPARE(status->stateText(), QString("Watching"));

        // From here the test decides when a tray comes and goes.
        bool trayThere = false;
        app.setTrayProbe([&] { return trayThere; }, 50);

        // A tray appears: the icon takes over and the window goes.
        trayThere = true;
        QTRY_VERIFY_WITH_TIMEOUT(!status->isVisible(), 10000);
        QVERIFY(!status->isStandInForTray());
        // ...and goes away again: the window is back.
        trayThere = false;
        QTRY_VERIFY_WITH_TIMEOUT(status->isVisible(), 10000);
        QVERIFY(status->isStandInForTray());
    }

    void withTrayTheWindowWaitsForAClick()
    {
        DesktopApp app(&m_engine);
        app.setTrayProbe([] { return true; }, 60000);
        app.start();
        QVERIFY(!app.statusWindow()->isVisible());
        QVERIFY(app.tray()->trayIcon()->isVisible() || !QSystemTrayIcon::isSystemTrayAvailable());
        emit app.tray()->trayIcon()->activated(QSystemTrayIcon::Trigger);
        QVERIFY(QTest::qWaitForWindowExposed(app.statusWindow()));
        QVERIFY(!app.statusWindow()->isStandInForTray());
        QVERIFY(app.statusWindow()->close()); // not a stand-in: closing hides it
        QVERIFY(!app.statusWindow()->isVisible());
    }

    void requestsOpenTheRegisteredWindows()
    {
        DesktopApp app(&m_engine);
        app.setTrayProbe([] { return true; }, 60000);
        QStringList viewed;
        app.windows()->setFactory(WindowManager::Kind::Settings,
                                  [](const QString &) { return titled("Test settings"); });
        app.windows()->setFactory(WindowManager::Kind::Archives,
                                  [](const QString &) { return titled("Test archives"); });
        app.windows()->setFactory(WindowManager::Kind::Viewer, [&](const QString &file) {
            viewed.append(file);
            return titled("Test viewer " + file);
        });
        app.start();

        using Request = SingleInstance::Request;
        app.handle(Request{Request::Show::Settings, {}});
        QWidget *settings = app.windows()->window(WindowManager::Kind::Settings);
        QVERIFY(settings);
        QVERIFY(QTest::qWaitForWindowExposed(settings));
        QCOMPARE(settings->windowTitle(), QString("Test settings"));

        app.handle(Request{Request::Show::View, m_dir.filePath("own.log")});
        QCOMPARE(viewed, QStringList{m_dir.filePath("own.log")});
        app.handle(Request{Request::Show::None, {}});
        QVERIFY(QTest::qWaitForWindowExposed(app.statusWindow()));

        // The tray's entries reach the same windows...
        app.tray()->actions()->archives()->trigger();
        QWidget *archives = app.windows()->window(WindowManager::Kind::Archives);
        QVERIFY(archives && archives->isVisible());
        // ...the own log goes to the viewer when there is one...
        app.tray()->actions()->openOwnLog()->trigger();
        QCOMPARE(viewed.size(), 1); // already open: raised, not made again
        // ...and so do the status window's buttons.
        QVERIFY(settings->close());
        QTRY_VERIFY(!app.windows()->window(WindowManager::Kind::Settings));
        app.statusWindow()->actions()->settings()->trigger();
        QVERIFY(app.windows()->window(WindowManager::Kind::Settings));

        app.tray()->actions()->about()->trigger();
        AboutDialog *about = nullptr;
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<AboutDialog *>(widget))
                about = dialog;
        }
        QVERIFY(about && about->isVisible());
        QVERIFY(about->text().contains(m_dir.filePath("config.json")));
        QVERIFY(about->text().contains(m_dir.filePath("own.log")));
        QVERIFY(about->text().contains(QLatin1String(qVersion())));

        // Quit asks the application to quit, which closes every window: none refuses.
        bool windowsClosed = false;
        connect(&app, &DesktopApp::quitRequested, this, [&] {
            app.statusWindow()->show();
            windowsClosed = app.statusWindow()->close();
            for (QWidget *window : app.windows()->windows())
                windowsClosed = window->close() && windowsClosed;
        });
        app.tray()->actions()->quit()->trigger();
        QVERIFY(windowsClosed);
        QTRY_VERIFY(app.windows()->windows().isEmpty());
    }

    // A desktop start on an invalid config offers the settings editor; what is saved there is
    // what main() loads next. Each step is driven from a timer while the dialogs run.
    void invalidConfigIsRepairedInTheSettingsEditor()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("config.json");
        const QByteArray broken = "{ \"log_sets\": [ {\"log_dir\": ";
        QVERIFY(TestUtil::writeFile(path, broken));
        QString boxText;
        bool saved = false;
        QTimer driver;
        driver.setInterval(20);
        connect(&driver, &QTimer::timeout, this, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                boxText = box->text();
                for (QAbstractButton *b : box->buttons())
                    if (box->buttonRole(b) == QMessageBox::AcceptRole)
                        b->click();
                return;
            }
            for (QWidget *w : QApplication::topLevelWidgets()) {
                auto *settings = qobject_cast<SettingsWindow *>(w);
                if (!settings || !settings->isVisible())
                    continue;
                if (!saved) {
                    QTest::mouseClick(settings->findChild<QPushButton *>("startFromDefaults"),
                                      Qt::LeftButton);
                    // save() asks whether to replace the broken file, in a nested event loop
                    // where this timer, still in its slot, does not fire: another one answers.
                    QTimer::singleShot(50, [] {
                        if (auto *ask =
                                qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                            ask->button(QMessageBox::Save)->click();
                    });
                    saved = settings->save();
                }
                if (saved)
                    settings->close();
            }
        });
        driver.start();
        QVERIFY(DesktopApp::offerToRepairConfig(path, "line 1: JSON syntax error"));
        driver.stop();
        QVERIFY2(boxText.contains(path) && boxText.contains("JSON syntax error"),
                 qPrintable(boxText));
        QVERIFY(saved);
        QVERIFY(ConfigLoader::loadFile(path).ok());
        QCOMPARE(TestUtil::readFile(path + ".broken"), broken);
    }

    void invalidConfigCanBeLeftAsItIs()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("config.json");
        QVERIFY(TestUtil::writeFile(path, "{ nope"));
        QTimer::singleShot(50, this, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->button(QMessageBox::Close)->click();
        });
        QVERIFY(!DesktopApp::offerToRepairConfig(path, "line 1: JSON syntax error"));
        QCOMPARE(TestUtil::readFile(path), QByteArray("{ nope"));
    }

    void commandLineBecomesARequest()
    {
        using Show = SingleInstance::Request::Show;
        const auto request = [](const QStringList &args) {
            return DesktopApp::requestFor(CommandLine::parse(QStringList{"logkeeper"} + args));
        };
        QCOMPARE(request({}).show, Show::None);
        QCOMPARE(request({"--settings"}).show, Show::Settings);
        QCOMPARE(request({"--browse"}).show, Show::Archives);
        const QString cwd = QDir::currentPath();
        QDir::setCurrent(m_dir.path());
        const SingleInstance::Request view = request({"--view", "logs/../own.log"});
        QDir::setCurrent(cwd);
        QCOMPARE(view.show, Show::View);
        QCOMPARE(view.file,
                 m_dir.filePath("own.log")); // absolute: the other instance's cwd differs
    }
};

QTEST_MAIN(TestDesktopApp)
#include "tst_desktopapp.moc"
