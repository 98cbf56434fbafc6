// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
// The viewer as the desktop app opens it, with its real windows around a real Engine: one
// viewer window with a tab per file, the own log at its end, the tray's Open Log…, and the
// archive browser's Open History handing a log's archives over in rotation order.

#include "app/desktopapp.h"

#include "app/viewonlyapp.h"
#include "app/windowmanager.h"
#include "browser/archivetablemodel.h"
#include "compression/archivecompressor.h"
#include "config/configloader.h"
#include "core/archivenaming.h"
#include "engine/engine.h"
#include "viewer/logdocument.h"
#include "widgets/browser/archivebrowser.h"
#include "widgets/tray/engineactions.h"
#include "widgets/tray/traycontroller.h"
#include "widgets/viewer/logview.h"
#include "widgets/viewer/logviewertab.h"
#include "widgets/viewer/logviewerwindow.h"

#include "testutil.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Logkeeper;

class TestViewerWiring : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    Engine m_engine;

    static LogViewerWindow *viewer(DesktopApp &app)
    {
        for (QWidget *w : app.windows()->windows()) {
            if (auto *v = qobject_cast<LogViewerWindow *>(w))
                return v;
        }
        return nullptr;
    }
    static int viewerCount(DesktopApp &app)
    {
        int n = 0;
        for (QWidget *w : app.windows()->windows())
            n += qobject_cast<LogViewerWindow *>(w) ? 1 : 0;
        return n;
    }
    static bool loaded(LogViewerWindow *window)
    {
        return QTest::qWaitFor(
            [&] { return window->document() && !window->document()->isLoading(); }, 60000);
    }
    QString archive(const QString &active, const QDateTime &at, const QByteArray &text)
    {
        const QString plain =
            m_dir.filePath("logs/archive/" + ArchiveNaming::rotatedName(active, at));
        if (!TestUtil::writeFile(plain, text))
            return {};
        const auto r = TestUtil::compress(plain, plain + ".gz", "gzip", -1);
        QFile::remove(plain);
        return r.ok ? plain + ".gz" : QString();
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
        QVERIFY(QDir().mkpath(m_dir.filePath("logs/archive")));
        QVERIFY(TestUtil::writeFile(m_dir.filePath("config.json"), QJsonDocument(json).toJson()));
        QString error;
        QVERIFY2(m_engine.start(m_dir.filePath("config.json"), &error), qPrintable(error));
    }

    // Files asked for by a second start, the tray or the browser are tabs of one window.
    void filesAreTabsOfOneViewer()
    {
        DesktopApp app(&m_engine);
        app.setTrayProbe([] { return true; }, 60000);
        app.registerStandardWindows();
        app.start();
        const QString a = m_dir.filePath("a.txt");
        const QString b = m_dir.filePath("b.txt");
        QVERIFY(TestUtil::writeFile(a, "alpha\n"));
        QVERIFY(TestUtil::writeFile(b, "beta\n"));
        using Request = SingleInstance::Request;
        app.handle(Request{Request::Show::View, a});
        LogViewerWindow *window = viewer(app);
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        app.handle(Request{Request::Show::View, b});
        QCOMPARE(viewerCount(app), 1);
        QCOMPARE(window->tabCount(), 2);
        QCOMPARE(window->path(), b);
        app.handle(Request{Request::Show::View, a});
        QCOMPARE(window->tabCount(), 2);
        QCOMPARE(window->path(), a);
        // Not the default config: the title says which Logkeeper this viewer belongs to.
        QCOMPARE(window->windowTitle(), "a.txt — Logkeeper — " + m_dir.filePath("config.json"));
    }

    // A view-only viewer (`--view` with no desktop Logkeeper) names another config too.
    void viewOnlyViewerNamesAnotherConfig()
    {
        const QString file = m_dir.filePath("alone.txt");
        QVERIFY(TestUtil::writeFile(file, "alone\n"));
        const QString other = m_dir.filePath("other/config.json");
        {
            ViewOnlyApp alone(other);
            alone.start(file);
            QVERIFY(alone.window());
            QCOMPARE(alone.window()->windowTitle(), "alone.txt — Logkeeper — " + other);
        }
        ViewOnlyApp usual(ConfigLoader::defaultConfigPath());
        usual.start(file);
        QCOMPARE(usual.window()->windowTitle(), QString("alone.txt — Logkeeper"));
    }

    // "Open Logkeeper's Own Log": at the newest line, following what the daemon writes.
    void ownLogOpensAtItsEnd()
    {
        QVERIFY(TestUtil::writeFile(m_dir.filePath("own.log"),
                                    TestUtil::numberedLines("own", 0, 3000)));
        DesktopApp app(&m_engine);
        app.setTrayProbe([] { return true; }, 60000);
        app.registerStandardWindows();
        app.start();
        app.tray()->actions()->openOwnLog()->trigger();
        LogViewerWindow *window = viewer(app);
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(loaded(window));
        QTRY_COMPARE_WITH_TIMEOUT(window->view()->lastVisibleLine(), 2999, 10000);
        QVERIFY(window->view()->isFollowing());
        QVERIFY(TestUtil::appendFile(m_dir.filePath("own.log"), "INFO: one more\n"));
        QTRY_COMPARE_WITH_TIMEOUT(window->view()->lastVisibleLine(), 3000, 10000);
    }

    // The tray's Open Log…: a file dialog that does not block the tray, then the viewer.
    void trayOpenLog()
    {
        DesktopApp app(&m_engine);
        app.setTrayProbe([] { return true; }, 60000);
        app.registerStandardWindows();
        app.start();
        QAction *openLog = app.tray()->openLogAction();
        QVERIFY(app.tray()->menu()->actions().contains(openLog));
        // Next to the own log's entry.
        const QList<QAction *> entries = app.tray()->menu()->actions();
        QCOMPARE(entries.indexOf(openLog) + 1,
                 entries.indexOf(app.tray()->actions()->openOwnLog()));
        const QString file = m_dir.filePath("logs/picked.log");
        QVERIFY(TestUtil::writeFile(file, "picked\n"));
        openLog->trigger();
        auto findDialog = [] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                auto *d = qobject_cast<QFileDialog *>(w);
                if (d && d->isVisible() && d->objectName() == "openLogDialog")
                    return d;
            }
            return static_cast<QFileDialog *>(nullptr);
        };
        QTRY_VERIFY(findDialog());
        QFileDialog *dialog = findDialog();
        QVERIFY(!dialog->isModal()); // the tray goes on meanwhile
        QCOMPARE(QDir(dialog->directory()).absolutePath(), m_dir.filePath("logs"));
        dialog->selectFile(file);
        QMetaObject::invokeMethod(dialog, "accept"); // as its Open button does
        LogViewerWindow *window = viewer(app);
        QVERIFY(window);
        QCOMPARE(window->path(), file);
    }

    // The browser's Open History: the selected archive's log's archives, oldest first, then
    // the active log, as one text in a viewer tab.
    void browserOpensAHistory()
    {
        const QDateTime t0(QDate(2026, 11, 1), QTime(12, 0));
        const QString oldest = archive("app.log", t0, "app 1\n");
        const QString middle = archive("app.log", t0.addSecs(3600), "app 2\n");
        const QString newest = archive("app.log", t0.addSecs(7200), "app 3\n");
        const QString other = archive("other.log", t0.addSecs(5400), "other\n");
        QVERIFY(!oldest.isEmpty() && !middle.isEmpty() && !newest.isEmpty() && !other.isEmpty());
        QVERIFY(TestUtil::writeFile(m_dir.filePath("logs/app.log"), "app now\n"));
        DesktopApp app(&m_engine);
        app.setTrayProbe([] { return true; }, 60000);
        app.registerStandardWindows();
        app.start();
        auto *browser =
            qobject_cast<ArchiveBrowser *>(app.windows()->show(WindowManager::Kind::Archives));
        QVERIFY(browser);
        QTRY_COMPARE_WITH_TIMEOUT(browser->tableModel()->rowCount(), 4, 30000);
        // Select the middle archive of app.log, wherever the sorting put it.
        for (int row = 0; row < browser->view()->model()->rowCount(); ++row) {
            const QModelIndex index = browser->view()->model()->index(row, 0);
            if (index.data(ArchiveTableModel::PathRole).toString() == middle)
                browser->view()->selectRow(row);
        }
        QCOMPARE(browser->selectedPaths(), QStringList{middle});
        const QStringList expected{oldest, middle, newest, m_dir.filePath("logs/app.log")};
        QCOMPARE(browser->historyOfSelected(), expected);
        QAction *history = browser->findChild<QAction *>("historyAction");
        QVERIFY(history && history->isEnabled());
        history->trigger();
        LogViewerWindow *window = viewer(app);
        QVERIFY(window);
        QVERIFY(window->currentTab()->isHistory());
        QCOMPARE(window->currentTab()->historyPaths(), expected);
        QVERIFY(loaded(window));
        QCOMPARE(window->document()->lineCount(), 4);
        QCOMPARE(window->document()->line(3).text, QString("app now"));
    }
};

QTEST_MAIN(TestViewerWiring)
#include "tst_viewerwiring.moc"
