// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
// The viewer's windows on the small screen of issue 15 (smallscreen.h): 1600×1000 at
// QT_SCALE_FACTOR=2.
#include "compression/archivemembers.h"
#include "viewer/logdocument.h"
#include "viewer/viewersettings.h"
#include "widgets/viewer/colourrulesdialog.h"
#include "widgets/viewer/findbar.h"
#include "widgets/viewer/gotolinedialog.h"
#include "widgets/viewer/logview.h"
#include "widgets/viewer/logviewertab.h"
#include "widgets/viewer/logviewerwindow.h"
#include "widgets/viewer/memberdialog.h"

#include "smallscreen.h"
#include "testutil.h"

#include <QLineEdit>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Logkeeper;
using namespace SmallScreen;

class TestViewerSmallScreen : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_log; // long lines, many of them

private slots:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_dir.filePath("config").toLocal8Bit());
        qputenv("XDG_STATE_HOME", m_dir.filePath("state").toLocal8Bit());
        qputenv("XDG_CACHE_HOME", m_dir.filePath("cache").toLocal8Bit());
        QByteArray text;
        for (int i = 0; i < 2000; ++i)
            text += "2026-12-05 04:13:52 WARNING worker " + QByteArray::number(i) +
                    " took longer than its time slot, the queue behind it holds " +
                    QByteArray(200, 'x') + '\n';
        m_log = m_dir.filePath("wide.log");
        QVERIFY(TestUtil::writeFile(m_log, text));
    }

    // The viewer opens within the screen, with its find bar, matching-lines pane and status
    // bar; made as narrow as it goes, its text scrolls and its buttons stay whole.
    void viewerFitsAndScrolls()
    {
        LogViewerWindow window(m_log);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE_WITH_TIMEOUT(window.document()->lineCount(), 2000, 60000);
        const QString fit = fits(&window);
        QVERIFY2(fit.isEmpty(), qPrintable(fit));

        window.matchingLinesAction()->setChecked(true);
        window.find();
        QVERIFY(window.findBar()->isVisible());
        QTest::keyClicks(window.findBar()->lineEdit(), "worker 1");
        QTRY_VERIFY(window.currentTab()->matchesPane()->isVisible());
        const QString fitSearching = fits(&window);
        QVERIFY2(fitSearching.isEmpty(), qPrintable(fitSearching));

        // As narrow and low as the window lets itself be made.
        window.resize(1, 1);
        QTRY_VERIFY(window.width() < 500);
        QVERIFY2(window.width() <= available().width(), qPrintable(sizeText(window.size())));
        QTest::qWait(50);
        QVERIFY(window.view()->horizontalScrollBar()->maximum() > 0);
        QVERIFY(window.view()->verticalScrollBar()->maximum() > 0);
        const QString clipped = clippedButton(&window);
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped));
        window.matchingLinesAction()->setChecked(false);
    }

    // The viewer's dialogs open within the screen too, however much they hold.
    void dialogsFit()
    {
        LogViewerWindow window(m_log);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE_WITH_TIMEOUT(window.document()->lineCount(), 2000, 60000);

        QList<ViewerSettings::ColourRule> rules;
        for (int i = 0; i < 40; ++i)
            rules.append({QString("worker %1 took longer than its time slot").arg(i), "#ffd54f"});
        ViewerSettings().setColourRules(rules);
        window.editColourRules();
        auto *colours = window.findChild<ColourRulesDialog *>();
        QVERIFY(colours);
        QTRY_VERIFY(colours->isVisible());
        QVERIFY(QTest::qWaitForWindowExposed(colours));
        const QString coloursFit = fits(colours);
        QVERIFY2(coloursFit.isEmpty(), qPrintable(coloursFit));
        QVERIFY2(clippedButton(colours).isEmpty(), qPrintable(clippedButton(colours)));
        colours->reject();
        ViewerSettings().setColourRules({});

        window.goToLine();
        auto *goTo = window.findChild<GoToLineDialog *>();
        QVERIFY(goTo);
        QVERIFY(QTest::qWaitForWindowExposed(goTo));
        const QString goToFit = fits(goTo);
        QVERIFY2(goToFit.isEmpty(), qPrintable(goToFit));
        goTo->reject();

        ArchiveMembers::Listing listing;
        listing.isArchive = true;
        for (int i = 0; i < 300; ++i)
            listing.members.append(
                {QString("var/log/a/rather/deep/folder/of/the/archive/service-%1.log").arg(i),
                 1000 * i});
        listing.error = "many.tar.gz: truncated gzip input after member 300";
        MemberDialog members(m_dir.filePath("many.tar.gz"), listing, &window);
        members.show();
        QVERIFY(QTest::qWaitForWindowExposed(&members));
        const QString membersFit = fits(&members);
        QVERIFY2(membersFit.isEmpty(), qPrintable(membersFit));
        QVERIFY2(clippedButton(&members).isEmpty(), qPrintable(clippedButton(&members)));
    }
};

LOGKEEPER_SMALL_SCREEN_MAIN(TestViewerSmallScreen)
#include "tst_viewersmallscreen.moc"
