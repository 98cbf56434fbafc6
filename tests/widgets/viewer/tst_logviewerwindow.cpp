// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "compression/archivecompressor.h"
#include "viewer/logdocument.h"
#include "viewer/textsearch.h"
#include "widgets/common/errorbar.h"
#include "widgets/viewer/findbar.h"
#include "widgets/viewer/gotolinedialog.h"
#include "widgets/viewer/logview.h"
#include "widgets/viewer/logviewerwindow.h"
#include "widgets/viewer/memberdialog.h"

#include "archivemaker.h"
#include "testutil.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
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
