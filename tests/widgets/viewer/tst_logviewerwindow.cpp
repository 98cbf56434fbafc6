// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "compression/archivecompressor.h"
#include "viewer/linescan.h"
#include "viewer/logdocument.h"
#include "viewer/textsearch.h"
#include "viewer/viewersettings.h"
#include "widgets/common/errorbar.h"
#include "widgets/viewer/colourrulesdialog.h"
#include "widgets/viewer/findbar.h"
#include "widgets/viewer/gotolinedialog.h"
#include "widgets/viewer/logview.h"
#include "widgets/viewer/logviewertab.h"
#include "widgets/viewer/logviewerwindow.h"
#include "widgets/viewer/memberdialog.h"

#include "archivemaker.h"
#include "testutil.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Logkeeper;

namespace {
// A log where "needle" sits on lines 100, 2500, 70000 and "Needle" on line 5000.
QByteArray needleLog()
{
    QByteArray text;
    for (int i = 0; i < 80000; ++i) {
        QByteArray line = "2024-05-01 INFO request " + QByteArray::number(i);
        if (i == 100 || i == 2500 || i == 70000)
            line += " found a needle here";
        if (i == 5000)
            line += " Needle in capitals";
        text += line + '\n';
    }
    return text;
}
} // namespace

class TestLogViewerWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_needles; // needleLog(), zstd

    QString archiveOf(const QByteArray &data, const QString &name, const QString &codec = "gzip")
    {
        const QString source = m_dir.filePath(name);
        TestUtil::writeFile(source, data);
        const QString target = source + (codec == "gzip" ? ".gz" : codec == "xz" ? ".xz" : ".zst");
        const auto r = TestUtil::compress(source, target, codec, -1);
        QFile::remove(source);
        return r.ok ? target : QString();
    }

    static bool waitLoaded(LogViewerWindow &window)
    {
        QSignalSpy finished(window.document(), &LogDocument::finished);
        return !window.document()->isLoading() && !window.document()->path().isEmpty()
                   ? true
                   : finished.wait(120000);
    }

    // Waits until the view's current match is on `line`.
    static bool currentMatchOn(LogViewerWindow &window, qint64 line)
    {
        QDeadlineTimer deadline(60000);
        while (window.view()->currentMatch().line != line && !deadline.hasExpired())
            QTest::qWait(10);
        return window.view()->currentMatch().line == line;
    }

private slots:
    void initTestCase()
    {
        qputenv("TMPDIR", m_dir.path().toLocal8Bit());
        qputenv("XDG_CONFIG_HOME", m_dir.filePath("config").toLocal8Bit());
        qputenv("XDG_STATE_HOME", m_dir.filePath("state").toLocal8Bit());
        qputenv("XDG_CACHE_HOME", m_dir.filePath("cache").toLocal8Bit());
        qputenv("XDG_RUNTIME_DIR", m_dir.filePath("runtime").toLocal8Bit());
        m_needles = archiveOf(needleLog(), "needles.log", "zstd");
        QVERIFY(!m_needles.isEmpty());
    }

    void opensAFileAndSaysWhatItShows()
    {
        LogViewerWindow window(m_needles);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(waitLoaded(window));
        QCOMPARE(window.windowTitle(), QString("needles.log.zst — Logkeeper"));
        QCOMPARE(window.document()->lineCount(), 80000);
        QVERIFY(!window.progressBar()->isVisible());
        QVERIFY(!window.errorBar()->isVisible());
        QCOMPARE(window.view()->firstVisibleLine(), 0);
        QCOMPARE(window.document()->line(0).text, QString("2024-05-01 INFO request 0"));
    }

    // Find: typing finds the first match; Enter / F3 the next, Shift+Enter / Shift+F3 the
    // previous; the count appears; case and expressions are honoured.
    void findsAndCounts()
    {
        LogViewerWindow window(m_needles);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(waitLoaded(window));
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(window.findBar()->isVisible());
        QLineEdit *edit = window.findBar()->lineEdit();
        QVERIFY(edit->hasFocus());
        QTest::keyClicks(edit, "needle");
        QVERIFY(currentMatchOn(window, 100));
        QCOMPARE(window.view()->selectedText(), QString("needle"));
        QVERIFY(window.view()->firstVisibleLine() <= 100 &&
                100 <= window.view()->lastVisibleLine());
        QTRY_COMPARE_WITH_TIMEOUT(window.findBar()->status(), QString("4 match(es)"), 60000);
        QTest::keyClick(edit, Qt::Key_Return);
        QVERIFY(currentMatchOn(window, 2500));
        // Find Next brought it from far below: to the middle, not the bottom edge.
        const QRect found = window.view()->lineRect(2500);
        QVERIFY(found.isValid());
        QVERIFY2(qAbs(found.center().y() - window.view()->viewport()->height() / 2) <=
                     found.height(),
                 qPrintable(QString::number(found.top())));
        QTest::keyClick(edit, Qt::Key_F3);
        QVERIFY(currentMatchOn(window, 5000)); // any case by default
        QTest::keyClick(edit, Qt::Key_Return, Qt::ShiftModifier);
        QVERIFY(currentMatchOn(window, 2500));
        QTest::keyClick(edit, Qt::Key_F3, Qt::ShiftModifier);
        QVERIFY(currentMatchOn(window, 100));
        // Backwards past the start: round to the last match.
        QTest::keyClick(edit, Qt::Key_F3, Qt::ShiftModifier);
        QVERIFY(currentMatchOn(window, 70000));
        QVERIFY(window.findBar()->status().contains("other end"));

        // Match case: "Needle" no longer counts.
        window.findBar()->caseButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(window.findBar()->status(), QString("3 match(es)"), 60000);
        // An expression; an invalid one says why and finds nothing.
        window.findBar()->regexButton()->click();
        edit->setText("request 7000\\d found a needle");
        QTRY_VERIFY_WITH_TIMEOUT(window.findBar()->status().startsWith("1 match(es)"), 60000);
        QVERIFY(currentMatchOn(window, 70000));
        edit->setText("needle(");
        QVERIFY(window.findBar()->status().startsWith("Invalid expression"));
        edit->setText("no such thing");
        QTRY_COMPARE_WITH_TIMEOUT(window.findBar()->status(), QString("No matches"), 60000);
        // Escape closes the bar and drops the highlights.
        QTest::keyClick(edit, Qt::Key_Escape);
        QVERIFY(!window.findBar()->isVisible());
        QVERIFY(!window.view()->searchPattern().isUsable());
    }

    void goToLineWithCtrlG()
    {
        LogViewerWindow window(m_needles);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(waitLoaded(window));
        QTest::keyClick(&window, Qt::Key_G, Qt::ControlModifier);
        auto *dialog = window.findChild<GoToLineDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        dialog->lineEdit()->setText("90000"); // there are 80000
        QCOMPARE(dialog->line(), 0);
        dialog->lineEdit()->setText("61234");
        QCOMPARE(dialog->line(), 61234);
        dialog->accept();
        QCOMPARE(window.view()->cursorPosition().line, 61233);
        QVERIFY(window.view()->firstVisibleLine() <= 61233 &&
                61233 <= window.view()->lastVisibleLine());
        QTRY_VERIFY(!window.findChild<GoToLineDialog *>()); // deleted on close
    }

    void copiesWithCtrlC()
    {
        LogViewerWindow window(m_needles);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(waitLoaded(window));
        window.view()->setSelection({10, 11}, {11, 15});
        window.view()->setFocus();
        QTest::keyClick(window.view(), Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), QString("INFO request 10\n2024-05-01 INFO"));
    }

    void wrapActionWrapsTheView()
    {
        LogViewerWindow window(m_needles);
        QAction *wrap = nullptr;
        for (QAction *a : window.findChildren<QAction *>())
            if (a->isCheckable() && a->text().contains("Wrap"))
                wrap = a;
        QVERIFY(wrap);
        wrap->trigger();
        QVERIFY(window.view()->wrapLines());
        wrap->trigger();
        QVERIFY(!window.view()->wrapLines());
    }

    // A truncated archive: the lines read are shown, an error bar names the file and the cause.
    void truncatedArchiveShowsTheErrorBar()
    {
        QByteArray text;
        for (int i = 0; i < 100000; ++i)
            text += "line " + QByteArray::number(i) + " " + QByteArray::number(i * 7919 % 100003) +
                    '\n';
        const QString archive = archiveOf(text, "cut.log", "gzip");
        QFile f(archive);
        QVERIFY(f.resize(f.size() / 2));
        LogViewerWindow window(archive);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(waitLoaded(window));
        QTRY_VERIFY(window.errorBar()->isVisible());
        QCOMPARE(window.errorBar()->kind(), ErrorBar::Kind::Error);
        const QString message = window.errorBar()->text();
        QVERIFY2(message.contains("cut.log.gz") && message.contains("truncated"),
                 qPrintable(message));
        QVERIFY(window.document()->lineCount() > 1000);
        QCOMPARE(window.document()->line(1000).text,
                 QString("line 1000 ") + QString::number(1000 * 7919 % 100003));
        QVERIFY(!window.progressBar()->isVisible());
        // The bar closes.
        window.errorBar()->findChild<QToolButton *>()->click();
        QVERIFY(!window.errorBar()->isVisible());
    }

    void missingFileShowsTheErrorBar()
    {
        LogViewerWindow window(m_dir.filePath("gone.log.gz"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(window.errorBar()->isVisible(), 60000);
        QVERIFY(window.errorBar()->text().contains("gone.log.gz"));
    }

    // Cancel stops decompressing; what was read stays, and the bar says it was cancelled.
    void cancelKeepsWhatWasRead()
    {
        const QString big = archiveOf(TestUtil::numberedLines("big", 0, 300000), "big.log", "xz");
        LogViewerWindow window(big);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QPushButton *cancel = nullptr;
        for (QPushButton *b : window.findChildren<QPushButton *>())
            if (b->text() == "Cancel")
                cancel = b;
        QVERIFY(cancel);
        connect(window.document(), &LogDocument::linesAvailable, cancel, &QPushButton::click);
        QVERIFY(waitLoaded(window));
        QTRY_VERIFY(window.errorBar()->isVisible());
        QCOMPARE(window.errorBar()->kind(), ErrorBar::Kind::Information);
        QVERIFY(window.errorBar()->text().contains("cancelled"));
        QVERIFY(window.document()->lineCount() > 0);
        QVERIFY(window.document()->lineCount() < 300000);
        QVERIFY(!cancel->isVisible());
    }

    // An archive of several files asks which one; the choice is shown exactly.
    void picksAMemberOfAnArchive()
    {
        const QString tar = m_dir.filePath("several.tar.gz");
        QVERIFY(ArchiveMaker::write(tar, "pax", "gzip",
                                    {{"logs/a.log", "alpha one\nalpha two\n"},
                                     {"logs/b.log", "beta one\r\nbeta two\r\nbeta three"},
                                     {"logs/c.log", "gamma\n"}}));
        LogViewerWindow window(tar);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        MemberDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = window.findChild<MemberDialog *>()) != nullptr, 60000);
        QTRY_VERIFY(dialog->isVisible());
        dialog->selectMember("logs/b.log");
        QCOMPARE(dialog->selectedMember(), QString("logs/b.log"));
        dialog->accept();
        QVERIFY(waitLoaded(window));
        QCOMPARE(window.member(), QString("logs/b.log"));
        QCOMPARE(window.windowTitle(), QString("several.tar.gz: logs/b.log — Logkeeper"));
        QCOMPARE(window.document()->lineCount(), 3);
        QCOMPARE(window.document()->line(0).text, QString("beta one"));
        QCOMPARE(window.document()->line(2).text, QString("beta three"));

        // Cancelling the choice leaves a bar with a way back to it.
        LogViewerWindow second(tar);
        second.show();
        QTRY_VERIFY_WITH_TIMEOUT((dialog = second.findChild<MemberDialog *>()) != nullptr, 60000);
        dialog->reject();
        QTRY_VERIFY(second.errorBar()->isVisible());
        QVERIFY(second.errorBar()->text().contains("none was chosen"));
        QTRY_VERIFY(!second.findChild<MemberDialog *>());
        second.chooseMember();
        QVERIFY(second.findChild<MemberDialog *>());
    }

    // Several files are tabs of one window, each its own document; a file already open is
    // its tab again; the title follows the current tab; Ctrl+W closes a tab, the last one the
    // window.
    void filesAreTabs()
    {
        const QString other = archiveOf("other 1\nother 2\n", "other.log", "gzip");
        LogViewerWindow window(m_needles);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(waitLoaded(window));
        QCOMPARE(window.tabCount(), 1);
        LogDocument *first = window.document();
        window.openFile(other);
        QCOMPARE(window.tabCount(), 2);
        QVERIFY(waitLoaded(window));
        QVERIFY(window.document() != first);
        QCOMPARE(window.document()->lineCount(), 2);
        QCOMPARE(window.windowTitle(), QString("other.log.gz — Logkeeper"));
        QCOMPARE(window.tabWidget()->tabText(1), QString("other.log.gz"));
        QCOMPARE(window.tabWidget()->tabToolTip(1), other);
        window.openFile(m_needles); // already open: its tab
        QCOMPARE(window.tabCount(), 2);
        QCOMPARE(window.document(), first);
        QCOMPARE(window.windowTitle(), QString("needles.log.zst — Logkeeper"));
        QCOMPARE(first->lineCount(), 80000); // still there, not read again
        window.view()->setFocus();
        QTest::keyClick(window.view(), Qt::Key_W, Qt::ControlModifier);
        QCOMPARE(window.tabCount(), 1);
        QCOMPARE(window.windowTitle(), QString("other.log.gz — Logkeeper"));
        QVERIFY(window.isVisible());
        QTest::keyClick(window.view(), Qt::Key_W, Qt::ControlModifier);
        QTRY_VERIFY(!window.isVisible());
    }

    // Opened files go to File > Open Recent, newest first, and open from there.
    void recentFiles()
    {
        ViewerSettings().clearRecentFiles();
        const QString a = archiveOf("a\n", "recent-a.log", "gzip");
        const QString b = archiveOf("b\n", "recent-b.log", "gzip");
        LogViewerWindow window(a);
        window.openFile(b);
        QTRY_COMPARE(ViewerSettings().recentFiles(), QStringList({b, a})); // written beside
        QVERIFY(!QFileInfo::exists(ViewerSettings().fileName()));          // preferences untouched
        window.closeTab(1);
        window.closeTab(0 /* a: the last tab closes the window */);
        LogViewerWindow again({});
        emit again.recentMenu()->aboutToShow();
        const QList<QAction *> entries = again.recentMenu()->actions();
        QVERIFY(entries.size() >= 2);
        QCOMPARE(entries.at(0)->data().toString(), b);
        QVERIFY(entries.at(0)->text().contains("recent-b.log.gz"));
        entries.at(1)->trigger();
        QCOMPARE(again.path(), a);
        QCOMPARE(again.tabCount(), 1); // the empty first tab took it
    }

    // While searching, a pane lists the lines with matches (its own line numbers); a click on
    // one selects the match in the text, in the middle of the screen. The scroll bar marks them.
    void matchingLinesPaneJumps()
    {
        LogViewerWindow window(m_needles);
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(waitLoaded(window));
        LogViewerTab *tab = window.currentTab();
        QVERIFY(!tab->matchesPane()->isVisible());
        window.find();
        QTest::keyClicks(window.findBar()->lineEdit(), "needle");
        QTRY_COMPARE_WITH_TIMEOUT(window.findBar()->status(), QString("4 match(es)"), 60000);
        QTRY_VERIFY(tab->matchesPane()->isVisible());
        LogView *pane = tab->matchesView();
        QTRY_COMPARE_WITH_TIMEOUT(pane->rowCount(), 4, 60000);
        const int row = pane->fontMetrics().lineSpacing();
        const QPoint third(pane->gutterWidth() + 30, row * 2 + row / 2);
        QCOMPARE(pane->lineAt(third), 5000);
        QTest::mouseClick(pane->viewport(), Qt::LeftButton, {}, third);
        QCOMPARE(window.view()->currentMatch().line, 5000);
        QCOMPARE(window.view()->selectedText(), QString("Needle"));
        const QRect r = window.view()->lineRect(5000);
        QVERIFY(r.isValid());
        QVERIFY(qAbs(r.center().y() - window.view()->viewport()->height() / 2) <= row);
        QCOMPARE(window.view()->scrollMarks(400).count(1), 4);
        // Off: the pane goes; on again while searching: it comes back.
        window.matchingLinesAction()->trigger();
        QVERIFY(!tab->matchesPane()->isVisible());
        window.matchingLinesAction()->trigger();
        QVERIFY(tab->matchesPane()->isVisible());
        QTest::keyClick(window.findBar()->lineEdit(), Qt::Key_Escape);
        QVERIFY(!tab->matchesPane()->isVisible());
    }

    // View > Show Levels: only the lines at or above the level, a stack trace with its line.
    void levelFilter()
    {
        const QByteArray text = "2024-05-01 INFO start\n"
                                "2024-05-01 ERROR failed\n"
                                "Traceback (most recent call last):\n"
                                "  File \"x.py\", line 1\n"
                                "2024-05-01 DEBUG detail\n"
                                "2024-05-01 WARN slow\n"
                                "2024-05-01 INFO done\n";
        const QString path = archiveOf(text, "levels.log", "gzip");
        LogViewerWindow window(path);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(waitLoaded(window));
        window.levelAction(Severity::Error)->trigger();
        LogViewerTab *tab = window.currentTab();
        QTRY_VERIFY_WITH_TIMEOUT(tab->levelFilter()->isComplete(), 60000);
        QCOMPARE(window.view()->rowCount(), 3);
        const int row = window.view()->fontMetrics().lineSpacing();
        const int x = window.view()->gutterWidth() + 20;
        QCOMPARE(window.view()->lineAt(QPoint(x, row / 2)), 1);
        QCOMPARE(window.view()->lineAt(QPoint(x, row * 2 + row / 2)), 3);
        QVERIFY(tab->linesLabel()->text().contains("3 shown"));
        window.levelAction(Severity::Warning)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(tab->levelFilter()->isComplete(), 60000);
        QCOMPARE(window.view()->rowCount(), 4);
        window.levelAction(Severity::None)->trigger();
        QCOMPARE(window.view()->rowCount(), 7);
        QVERIFY(!window.view()->filter());
    }

    // Colour rules: edited in a dialog (an invalid expression keeps OK off), kept in the
    // desktop config folder, applied to the text.
    void colourRules()
    {
        const QString path = archiveOf("plain line\nuser bob logged in\n", "rules.log", "gzip");
        LogViewerWindow window(path);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(waitLoaded(window));
        QVERIFY(!window.view()->lineBackground(1).isValid());
        window.editColourRules();
        auto *dialog = window.findChild<ColourRulesDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QPushButton *ok = dialog->buttons()->button(QDialogButtonBox::Ok);
        dialog->addRule("user (", "#00c000");
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog->problem().contains("Rule 1"));
        dialog->table()->item(0, 0)->setText("user \\w+ logged");
        QVERIFY(ok->isEnabled());
        dialog->table()->item(0, 1)->setText("green-ish");
        QVERIFY(!ok->isEnabled());
        dialog->table()->item(0, 1)->setText("#00c000");
        QVERIFY(ok->isEnabled());
        ok->click();
        const QList<ViewerSettings::ColourRule> saved = ViewerSettings().colourRules();
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().pattern, QString("user \\w+ logged"));
        QCOMPARE(saved.first().colour, QString("#00c000"));
        QVERIFY(ViewerSettings().fileName().startsWith(m_dir.filePath("config")));
        QVERIFY(window.view()->lineBackground(1).isValid());
        QVERIFY(!window.view()->lineBackground(0).isValid());
        // A new window takes them from the settings.
        LogViewerWindow other(path);
        QVERIFY(waitLoaded(other));
        QVERIFY(other.view()->lineBackground(1).isValid());
        ViewerSettings().setColourRules({});
    }

    // Ctrl++ / Ctrl+- / Ctrl+0 zoom every tab's text, and the size is kept.
    void zoomShortcuts()
    {
        LogViewerWindow window(m_needles);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.view()->setFocus();
        const int before = window.view()->fontMetrics().lineSpacing();
        QTest::keyClick(&window, Qt::Key_Plus, Qt::ControlModifier);
        QTest::keyClick(&window, Qt::Key_Plus, Qt::ControlModifier);
        QCOMPARE(window.view()->zoom(), 2);
        QVERIFY(window.view()->fontMetrics().lineSpacing() > before);
        QCOMPARE(ViewerSettings().zoom(), 2);
        window.openFile(archiveOf("x\n", "zoomed.log", "gzip"));
        QCOMPARE(window.view()->zoom(), 2); // a new tab too
        QTest::keyClick(&window, Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(window.view()->zoom(), 0);
        QCOMPARE(ViewerSettings().zoom(), 0);
    }

    // Logkeeper's own log opens at its newest line and follows it.
    void ownLogOpensAtTheEnd()
    {
        const QString own = m_dir.filePath("own.log");
        QVERIFY(TestUtil::writeFile(own, TestUtil::numberedLines("own", 0, 5000)));
        LogViewerWindow window({});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openFileAtEnd(own);
        QVERIFY(waitLoaded(window));
        QTRY_COMPARE(window.view()->lastVisibleLine(), 4999);
        QVERIFY(window.view()->isFollowing());
        QVERIFY(window.followAction()->isChecked());
        QVERIFY(TestUtil::appendFile(own, TestUtil::numberedLines("own", 5000, 3)));
        QTRY_COMPARE_WITH_TIMEOUT(window.view()->lastVisibleLine(), 5002, 10000);
        // The Follow action stops and resumes it.
        window.followAction()->trigger();
        QVERIFY(!window.view()->isFollowing());
        window.view()->goToLine(0);
        window.followAction()->trigger();
        QVERIFY(window.view()->isFollowing());
        QCOMPARE(window.view()->lastVisibleLine(), 5002);
    }

    // A history in a tab: the files one after the other, the tab says so.
    void historyTab()
    {
        const QString older = archiveOf("old 1\nold 2\n", "hist.log.2", "gzip");
        const QString newer = archiveOf("new 1\n", "hist.log.1", "zstd");
        const QString active = m_dir.filePath("hist.log");
        QVERIFY(TestUtil::writeFile(active, "now 1\n"));
        LogViewerWindow window({});
        window.openHistory({older, newer, active});
        QVERIFY(waitLoaded(window));
        QCOMPARE(window.document()->lineCount(), 4);
        QCOMPARE(window.view()->rowCount(), 7);
        QCOMPARE(window.windowTitle(), QString("hist.log (history) — Logkeeper"));
        QVERIFY(window.tabWidget()->tabToolTip(0).contains("3 file(s)"));
        window.openHistory({older, newer, active}); // again: the same tab
        QCOMPARE(window.tabCount(), 1);

        // One search across all of it: the archives and the active log.
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.find();
        window.findBar()->lineEdit()->setText("1");
        QTRY_COMPARE_WITH_TIMEOUT(window.findBar()->status(), QString("3 match(es)"), 60000);
        QVERIFY(currentMatchOn(window, 0)); // "old 1", in the oldest archive
        window.findNext();
        QVERIFY(currentMatchOn(window, 2)); // "new 1", in the newer one
        window.findNext();
        QVERIFY(currentMatchOn(window, 3)); // "now 1", in the active log
    }

    // Another config than the default one shows in the title, whatever the tab shows; the
    // default config shows nothing.
    void titleNamesAnotherConfig()
    {
        const QString defaultConfig = m_dir.filePath("config/logkeeper/config.json");
        const QString other = m_dir.filePath("other/config.json");
        LogViewerWindow window(m_needles);
        window.setConfigPath(defaultConfig, defaultConfig);
        QCOMPARE(window.windowTitle(), QString("needles.log.zst — Logkeeper"));
        window.setConfigPath(other, defaultConfig);
        QCOMPARE(window.windowTitle(), "needles.log.zst — Logkeeper — " + other);
        const QString second = archiveOf("second\n", "second.log", "gzip");
        window.openFile(second);
        QCOMPARE(window.windowTitle(), "second.log.gz — Logkeeper — " + other);
        LogViewerWindow empty({});
        empty.setConfigPath(other, defaultConfig);
        QCOMPARE(empty.windowTitle(), "Logkeeper Log Viewer — " + other);
    }

    void singleMemberArchiveOpensDirectly()
    {
        const QString zip = m_dir.filePath("one.zip");
        QVERIFY(ArchiveMaker::write(zip, "zip", "", {{"only.log", "just\nthis\n"}}));
        LogViewerWindow window(zip);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(window.document()->lineCount() == 2, 60000);
        QVERIFY(!window.findChild<MemberDialog *>());
        QCOMPARE(window.member(), QString("only.log"));
        QCOMPARE(window.document()->line(1).text, QString("this"));
    }
};

QTEST_MAIN(TestLogViewerWindow)
#include "tst_logviewerwindow.moc"
