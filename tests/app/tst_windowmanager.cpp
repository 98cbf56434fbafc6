// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
// WindowManager with test factories (plain widgets with titles) on the offscreen platform.

#include "app/windowmanager.h"

#include "testutil.h"

#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Logkeeper;

class TestWindowManager : public QObject
{
    Q_OBJECT

    // Counts what the factory made, as a real one would be asked.
    struct Factory
    {
        explicit Factory(const QString &title) : title(title) {}
        QString title;
        int made = 0;
        QStringList arguments;
        QWidget *operator()(const QString &argument)
        {
            ++made;
            arguments.append(argument);
            auto *window = new QLabel(argument);
            window->setWindowTitle(title + argument);
            return window;
        }
    };

    static QList<QMessageBox *> visibleMessageBoxes()
    {
        QList<QMessageBox *> boxes;
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *box = qobject_cast<QMessageBox *>(widget); box && box->isVisible())
                boxes.append(box);
        }
        return boxes;
    }

private slots:
    void singleWindowsAreRaisedNotDuplicated()
    {
        WindowManager manager;
        Factory settings{"Settings"};
        manager.setFactory(WindowManager::Kind::Settings, std::ref(settings));
        QVERIFY(manager.hasFactory(WindowManager::Kind::Settings));
        QSignalSpy created(&manager, &WindowManager::windowCreated);

        QWidget *first = manager.show(WindowManager::Kind::Settings);
        QVERIFY(first);
        QVERIFY(QTest::qWaitForWindowExposed(first));
        QCOMPARE(first->windowTitle(), QString("Settings"));
        QCOMPARE(created.count(), 1);

        first->showMinimized();
        QWidget *again = manager.show(WindowManager::Kind::Settings);
        QCOMPARE(again, first);
        QCOMPARE(settings.made, 1);
        QVERIFY(!again->isMinimized());
        QVERIFY(again->isVisible());
        QCOMPARE(manager.window(WindowManager::Kind::Settings), first);

        // Closed windows are deleted; the next request makes a fresh one.
        QPointer<QWidget> closed = first;
        QVERIFY(first->close());
        QTRY_VERIFY(closed.isNull());
        QVERIFY(!manager.window(WindowManager::Kind::Settings));
        QWidget *fresh = manager.show(WindowManager::Kind::Settings);
        QVERIFY(fresh);
        QCOMPARE(settings.made, 2);
        QCOMPARE(manager.windows(), QList<QWidget *>{fresh});
    }

    void oneViewerPerFile()
    {
        QTemporaryDir dir;
        QVERIFY(TestUtil::writeFile(dir.filePath("a.log"), "a\n"));
        QVERIFY(TestUtil::writeFile(dir.filePath("b.log"), "b\n"));
        WindowManager manager;
        Factory viewer{"Viewer "};
        manager.setFactory(WindowManager::Kind::Viewer, std::ref(viewer));
        QWidget *a = manager.show(WindowManager::Kind::Viewer, dir.filePath("a.log"));
        QWidget *b = manager.show(WindowManager::Kind::Viewer, dir.filePath("b.log"));
        QVERIFY(a && b && a != b);
        QCOMPARE(a->windowTitle(), "Viewer " + dir.filePath("a.log"));
        // The same file spelled another way is the same viewer.
        QCOMPARE(manager.show(WindowManager::Kind::Viewer, dir.filePath("x/../a.log")), a);
        QCOMPARE(viewer.made, 2);
        QCOMPARE(viewer.arguments, (QStringList{dir.filePath("a.log"), dir.filePath("b.log")}));
        QCOMPARE(manager.windows().size(), 2);

        manager.closeAll();
        QTRY_VERIFY(manager.windows().isEmpty());
    }

    void destroyingTheManagerClosesItsWindows()
    {
        QPointer<QWidget> window;
        {
            WindowManager manager;
            Factory archives{"Archives"};
            manager.setFactory(WindowManager::Kind::Archives, std::ref(archives));
            window = manager.show(WindowManager::Kind::Archives);
            QVERIFY(window);
        }
        QVERIFY(window.isNull());
    }

    // Until the real windows are plugged in, asking for one says so, without blocking.
    void missingFactoryIsReportedToTheUser()
    {
        WindowManager manager;
        QVERIFY(!manager.hasFactory(WindowManager::Kind::Archives));
        QTest::ignoreMessage(QtWarningMsg, "The archive browser is not available in this build.");
        QVERIFY(!manager.show(WindowManager::Kind::Archives));
        QList<QMessageBox *> boxes = visibleMessageBoxes();
        QCOMPARE(boxes.size(), 1);
        QVERIFY(!boxes.first()->isModal());
        QCOMPARE(boxes.first()->text(),
                 QString("The archive browser is not available in this build."));
        // Asked again: the same note comes up, not a second one.
        QTest::ignoreMessage(QtWarningMsg, "The archive browser is not available in this build.");
        QVERIFY(!manager.show(WindowManager::Kind::Archives));
        QCOMPARE(visibleMessageBoxes(), boxes);

        QTest::ignoreMessage(QtWarningMsg, "The settings editor is not available in this build.");
        QVERIFY(!manager.show(WindowManager::Kind::Settings));
        QCOMPARE(visibleMessageBoxes().size(), 2);
        QVERIFY(manager.windows().isEmpty());

        // A factory registered later takes over.
        Factory archives{"Archives"};
        manager.setFactory(WindowManager::Kind::Archives, std::ref(archives));
        QVERIFY(manager.show(WindowManager::Kind::Archives));
        // ...and can be taken away again.
        manager.setFactory(WindowManager::Kind::Archives, nullptr);
        QVERIFY(!manager.hasFactory(WindowManager::Kind::Archives));
    }
};

QTEST_MAIN(TestWindowManager)
#include "tst_windowmanager.moc"
