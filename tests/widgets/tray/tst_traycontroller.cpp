// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
// The tray on the offscreen platform (which has no system tray): its menu is driven directly,
// on a real Engine rotating real files in a temporary folder.

#include "widgets/tray/traycontroller.h"

#include "core/codecs.h"
#include "desktop/desktopsettings.h"
#include "desktop/enginestatus.h"
#include "engine/engine.h"
#include "testutil.h"
#include "widgets/tray/engineactions.h"
#include "widgets/tray/stateicon.h"

#include <QAction>
#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Logkeeper;

namespace {

QJsonObject setJson(const QTemporaryDir &dir, const QString &name, double maxSizeMb)
{
    return QJsonObject{
        {"name", name},
        {"log_dir", dir.filePath(name)},
        {"archive_dir", dir.filePath(name + "-archive")},
        {"patterns", QJsonArray{"*.log"}},
        {"rotation", QJsonObject{{"max_size_mb", maxSizeMb}, {"strategy", "copytruncate"}}},
    };
}

QJsonObject configJson(const QTemporaryDir &dir, const QJsonArray &sets)
{
    return QJsonObject{
        {"log_sets", sets},
        {"debounce_time", 0.2},
        {"max_wait", 1},
        {"poll_interval", 3600},
        {"state_file", dir.filePath("state.json")},
    };
}

int archiveCount(const QString &dir)
{
    int n = 0;
    for (const QString &name : TestUtil::entries(dir))
        n += Codecs::isCompressedName(name) ? 1 : 0;
    return n;
}

// An action of the menu or one of its submenus, by objectName.
QAction *findAction(QMenu *menu, const QString &name)
{
    for (QAction *action : menu->actions()) {
        if (action->objectName() == name)
            return action;
        if (QMenu *sub = action->menu()) {
            if (QAction *found = findAction(sub, name))
                return found;
        }
    }
    return nullptr;
}

QImage rendered(const QString &iconFile)
{
    return QIcon(iconFile).pixmap(22, 22).toImage();
}

} // namespace

class TestTrayController : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;

    // A started engine on the given sets.
    struct Rig
    {
        QTemporaryDir dir;
        Engine engine;
        bool start(const QJsonArray &sets, QString *error)
        {
            for (const QJsonValue &set : sets)
                QDir().mkpath(set.toObject().value("log_dir").toString());
            if (!TestUtil::writeFile(dir.filePath("config.json"),
                                     QJsonDocument(configJson(dir, sets)).toJson()) ||
                !engine.start(dir.filePath("config.json"), error))
                return false;
            // Settled: the first scan is done and its files are watched, so what the test
            // writes next is seen as a change, not found by that scan.
            QSignalSpy scanned(&engine, &Engine::activeFilesChanged);
            return scanned.wait(20000);
        }
    };

private slots:
    void initTestCase()
    {
        QVERIFY(TestUtil::makeXdgFolders(m_home.path()));
        QLocale::setDefault(QLocale::c());
    }

    void rotateNowRotatesRealFiles()
    {
        Rig rig;
        QString error;
        // Limits far away: only "Rotate now" rotates.
        QVERIFY2(rig.start({setJson(rig.dir, "web", 100), setJson(rig.dir, "db", 100)}, &error),
                 qPrintable(error));
        EngineStatus status(&rig.engine);
        TrayController tray(&rig.engine, &status);
        QStringList icons; // what the tray showed at each change (it is told before this)
        connect(&status, &EngineStatus::changed, this, [&] { icons.append(tray.iconFile()); });
        QVERIFY(TestUtil::writeFile(rig.dir.filePath("web/access.log"), "GET /\n"));
        QVERIFY(TestUtil::writeFile(rig.dir.filePath("db/query.log"), "SELECT 1\n"));
        QSignalSpy archived(&rig.engine, &Engine::archived);

        // One set, from the submenu that two sets make appear.
        QAction *rotateDb = findAction(tray.menu(), "rotateSet:db");
        QVERIFY(rotateDb);
        QVERIFY(tray.actions()->rotateSetMenu()->menuAction()->isVisible());
        rotateDb->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(archived.count(), 1, 20000);
        QCOMPARE(archiveCount(rig.dir.filePath("db-archive")), 1);
        QCOMPARE(archiveCount(rig.dir.filePath("web-archive")), 0);
        QCOMPARE(TestUtil::readArchive(archived.at(0).at(1).toString()), QByteArray("SELECT 1\n"));
        // The icon turned while it rotated, and came back.
        QVERIFY2(icons.contains(StateIcon::fileName(EngineStatus::State::Rotating)),
                 qPrintable(icons.join(' ')));
        QTRY_COMPARE(tray.iconFile(), StateIcon::fileName(EngineStatus::State::Watching));

        // Then all.
        QVERIFY(TestUtil::appendFile(rig.dir.filePath("db/query.log"), "SELECT 2\n"));
        findAction(tray.menu(), "rotateAll")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(archived.count(), 3, 20000);
        QCOMPARE(archiveCount(rig.dir.filePath("web-archive")), 1);
        QCOMPARE(archiveCount(rig.dir.filePath("db-archive")), 2);
        QTRY_VERIFY_WITH_TIMEOUT(tray.trayIcon()->toolTip().contains("access.log") ||
                                     tray.trayIcon()->toolTip().contains("query.log"),
                                 20000);
    }

    void pauseStopsADueFileAndResumeLetsIt()
    {
        Rig rig;
        QString error;
        QVERIFY2(rig.start({setJson(rig.dir, "web", 0.01)}, &error), qPrintable(error));
        EngineStatus status(&rig.engine);
        TrayController tray(&rig.engine, &status);
        QAction *pause = findAction(tray.menu(), "pauseResume");
        QVERIFY(pause);
        QCOMPARE(pause->text(), QString("&Pause Watching"));

        pause->trigger();
        QVERIFY(rig.engine.isPaused());
        QCOMPARE(pause->text(), QString("Resume &Watching"));
        QCOMPARE(tray.iconFile(), StateIcon::fileName(EngineStatus::State::Paused));
        QSignalSpy rotated(&rig.engine, &Engine::rotated);
        QVERIFY(TestUtil::writeFile(rig.dir.filePath("web/a.log"),
                                    TestUtil::numberedLines("a", 0, 400)));
        // Far longer than debounce_time and max_wait: a running engine would have rotated.
        QTest::qWait(3000);
        QCOMPARE(rotated.count(), 0);
        QCOMPARE(archiveCount(rig.dir.filePath("web-archive")), 0);

        pause->trigger();
        QVERIFY(!rig.engine.isPaused());
        QCOMPARE(pause->text(), QString("&Pause Watching"));
        QTRY_COMPARE_WITH_TIMEOUT(rotated.count(), 1, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(archiveCount(rig.dir.filePath("web-archive")), 1, 20000);
    }

    // Each state has its own icon, and each icon really renders (the SVG engine is there).
    void iconFollowsTheState()
    {
        Rig rig;
        QString error;
        QVERIFY(TestUtil::writeFile(rig.dir.filePath("blocker"), "a file, not a folder\n"));
        QJsonObject failing = setJson(rig.dir, "web", 0.01);
        failing.insert("archive_dir", rig.dir.filePath("blocker/archive"));
        QVERIFY2(rig.start({setJson(rig.dir, "ok", 100)}, &error), qPrintable(error));
        EngineStatus status(&rig.engine);
        TrayController tray(&rig.engine, &status);
        QSignalSpy messages(&tray, &TrayController::messageShown);
        QCOMPARE(tray.iconFile(), StateIcon::fileName(EngineStatus::State::Watching));
        QVERIFY(!findAction(tray.menu(), "clearError")->isVisible());

        rig.engine.setPaused(true);
        QCOMPARE(tray.iconFile(), StateIcon::fileName(EngineStatus::State::Paused));
        rig.engine.setPaused(false);
        QCOMPARE(tray.iconFile(), StateIcon::fileName(EngineStatus::State::Watching));

        // A real failure: the archive folder cannot be made.
        QVERIFY(TestUtil::writeFile(rig.dir.filePath("config.json"),
                                    QJsonDocument(configJson(rig.dir, {failing})).toJson()));
        QVERIFY(TestUtil::writeFile(rig.dir.filePath("web/a.log"),
                                    TestUtil::numberedLines("a", 0, 400)));
        QTRY_COMPARE_WITH_TIMEOUT(tray.iconFile(), StateIcon::fileName(EngineStatus::State::Error),
                                  20000);
        QVERIFY(tray.trayIcon()->toolTip().contains(rig.dir.filePath("blocker/archive")));
        // The failure was announced with a tray message naming it.
        QVERIFY(!messages.isEmpty());
        QVERIFY(messages.constLast().at(1).toString().contains(rig.dir.filePath("blocker")));
        QAction *clear = findAction(tray.menu(), "clearError");
        QVERIFY(clear->isVisible());
        clear->trigger();
        QCOMPARE(tray.iconFile(), StateIcon::fileName(EngineStatus::State::Watching));
        QVERIFY(!clear->isVisible());

        // The icons render, at tray sizes, and differ from each other.
        QList<QImage> images;
        for (EngineStatus::State state :
             {EngineStatus::State::Watching, EngineStatus::State::Rotating,
              EngineStatus::State::Paused, EngineStatus::State::Error}) {
            for (int frame = 0; frame < StateIcon::frameCount(state); ++frame) {
                const QImage image = rendered(StateIcon::fileName(state, frame));
                QVERIFY2(!image.isNull(), qPrintable(StateIcon::fileName(state, frame)));
                QVERIFY(qAlpha(image.pixel(11, 11)) == 255); // the badge is opaque
                for (const QImage &other : std::as_const(images))
                    QVERIFY(image != other);
                images.append(image);
            }
        }
        QCOMPARE(images.size(), 7); // 3 states + 4 rotating frames
    }

    // A rejected hand edit turns the icon red with a tooltip naming the file and the problem,
    // and is announced; a valid config read again ends it.
    void rejectedConfigTurnsTheTrayRed()
    {
        Rig rig;
        QString error;
        QVERIFY2(rig.start({setJson(rig.dir, "ok", 100)}, &error), qPrintable(error));
        EngineStatus status(&rig.engine);
        TrayController tray(&rig.engine, &status);
        QSignalSpy messages(&tray, &TrayController::messageShown);
        const QString path = rig.dir.filePath("config.json");
        const QByteArray good = TestUtil::readFile(path);
        QByteArray bad = good;
        bad.replace("\"max_size_mb\": 100", "\"max_size_mb\": \"lots\"");
        QVERIFY(bad != good);
        QVERIFY(TestUtil::writeFile(path, bad));
        QTRY_COMPARE_WITH_TIMEOUT(tray.iconFile(), StateIcon::fileName(EngineStatus::State::Error),
                                  10000);
        QVERIFY2(tray.trayIcon()->toolTip().contains(path) &&
                     tray.trayIcon()->toolTip().contains("rotation.max_size_mb"),
                 qPrintable(tray.trayIcon()->toolTip()));
        QCOMPARE(messages.size(), 1);
        QVERIFY(messages.at(0).at(1).toString().contains(path));
        // Clear Error has nothing to clear: the file is still wrong.
        QVERIFY(!findAction(tray.menu(), "clearError")->isVisible());
        QVERIFY(TestUtil::writeFile(path, good));
        QTRY_COMPARE_WITH_TIMEOUT(tray.iconFile(),
                                  StateIcon::fileName(EngineStatus::State::Watching), 10000);
    }

    // Another config than the default one is named in the tooltip: two instances differ.
    void tooltipNamesAnotherConfig()
    {
        Rig rig;
        QString error;
        QVERIFY2(rig.start({setJson(rig.dir, "ok", 100)}, &error), qPrintable(error));
        EngineStatus status(&rig.engine);
        TrayController tray(&rig.engine, &status);
        QVERIFY2(tray.trayIcon()->toolTip().contains("Config: " + rig.dir.filePath("config.json")),
                 qPrintable(tray.trayIcon()->toolTip()));
    }

    void rotationMessagesFollowThePreference()
    {
        Rig rig;
        QString error;
        QVERIFY2(rig.start({setJson(rig.dir, "web", 100)}, &error), qPrintable(error));
        EngineStatus status(&rig.engine);
        TrayController tray(&rig.engine, &status);
        QSignalSpy messages(&tray, &TrayController::messageShown);
        QSignalSpy archived(&rig.engine, &Engine::archived);
        DesktopSettings settings;
        settings.setNotifyOnEveryRotation(false);

        QVERIFY(TestUtil::writeFile(rig.dir.filePath("web/a.log"), "one\n"));
        rig.engine.rotateNow();
        QTRY_COMPARE_WITH_TIMEOUT(archived.count(), 1, 20000);
        QCOMPARE(messages.count(), 0);

        settings.setNotifyOnEveryRotation(true);
        QVERIFY(TestUtil::writeFile(rig.dir.filePath("web/a.log"), "two\n"));
        rig.engine.rotateNow();
        QTRY_COMPARE_WITH_TIMEOUT(archived.count(), 2, 20000);
        QCOMPARE(messages.count(), 1);
        QVERIFY(messages.at(0).at(1).toString().contains("a.log"));
        settings.setNotifyOnEveryRotation(false);
    }

    // The entries that open something become signals carrying what to open.
    void openEntriesFollowTheConfig()
    {
        Rig rig;
        QString error;
        QVERIFY2(rig.start({setJson(rig.dir, "web", 100)}, &error), qPrintable(error));
        EngineStatus status(&rig.engine);
        TrayController tray(&rig.engine, &status);

        // One set: no per-set submenus, one folder entry.
        QVERIFY(!tray.actions()->rotateSetMenu()->menuAction()->isVisible());
        QVERIFY(!tray.actions()->logFolderMenu()->menuAction()->isVisible());
        QAction *folder = findAction(tray.menu(), "openLogFolder");
        QVERIFY(folder->isVisible() && folder->isEnabled());
        QSignalSpy folders(&tray, &TrayController::openFolderRequested);
        folder->trigger();
        QCOMPARE(folders.count(), 1);
        QCOMPARE(folders.at(0).at(0).toString(), rig.dir.filePath("web"));

        // No own log configured: the entry is disabled and says why.
        QAction *ownLog = findAction(tray.menu(), "openOwnLog");
        QVERIFY(!ownLog->isEnabled());
        QVERIFY(ownLog->toolTip().contains("logging.log_file"));

        // Two sets in two folders and an own log: a folder submenu, the log entry enabled.
        QSignalSpy applied(&rig.engine, &Engine::configApplied);
        QJsonObject json =
            configJson(rig.dir, {setJson(rig.dir, "web", 100), setJson(rig.dir, "db", 100)});
        json.insert("logging", QJsonObject{{"log_file", rig.dir.filePath("own.log")}});
        QVERIFY(TestUtil::writeFile(rig.dir.filePath("config.json"), QJsonDocument(json).toJson()));
        QTRY_COMPARE_WITH_TIMEOUT(applied.count(), 1, 20000);
        QVERIFY(!folder->isVisible());
        QVERIFY(tray.actions()->logFolderMenu()->menuAction()->isVisible());
        findAction(tray.menu(), "openLogFolder:db")->trigger();
        QCOMPARE(folders.count(), 2);
        QCOMPARE(folders.at(1).at(0).toString(), rig.dir.filePath("db"));
        QVERIFY(ownLog->isEnabled());
        QSignalSpy views(&tray, &TrayController::viewFileRequested);
        ownLog->trigger();
        QCOMPARE(views.count(), 1);
        QCOMPARE(views.at(0).at(0).toString(), rig.dir.filePath("own.log"));
        QVERIFY(tray.trayIcon()->toolTip().contains("in 2 log set"));

        // The rest are plain requests.
        QSignalSpy settings(&tray, &TrayController::settingsRequested);
        QSignalSpy archives(&tray, &TrayController::archivesRequested);
        QSignalSpy about(&tray, &TrayController::aboutRequested);
        QSignalSpy quit(&tray, &TrayController::quitRequested);
        findAction(tray.menu(), "settings")->trigger();
        findAction(tray.menu(), "archives")->trigger();
        findAction(tray.menu(), "about")->trigger();
        findAction(tray.menu(), "quit")->trigger();
        QCOMPARE(settings.count(), 1);
        QCOMPARE(archives.count(), 1);
        QCOMPARE(about.count(), 1);
        QCOMPARE(quit.count(), 1);
    }

    void stoppedEngineShowsStoppedAndCannotPause()
    {
        Rig rig;
        QString error;
        QVERIFY2(rig.start({setJson(rig.dir, "web", 100)}, &error), qPrintable(error));
        EngineStatus status(&rig.engine);
        TrayController tray(&rig.engine, &status);
        rig.engine.stop();
        QCOMPARE(status.state(), EngineStatus::State::Stopped);
        QVERIFY(!findAction(tray.menu(), "pauseResume")->isEnabled());
        QVERIFY(tray.trayIcon()->toolTip().startsWith("Logkeeper: Stopped"));
    }
};

QTEST_MAIN(TestTrayController)
#include "tst_traycontroller.moc"
