// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "compression/archivecompressor.h"
#include "viewer/linescan.h"
#include "viewer/logdocument.h"
#include "viewer/textsearch.h"
#include "widgets/viewer/logview.h"
#include "widgets/viewer/markscrollbar.h"

#include "testutil.h"

#include <QApplication>
#include <QClipboard>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Logkeeper;

namespace {
// "line 000042 xxxx…": every line says its own number.
QString expectedLine(qint64 n, int width = 80)
{
    return QString::fromLatin1(TestUtil::numberedLines("line", int(n), 1, width).chopped(1));
}

// Whether the image has a pixel of (about) this colour.
bool hasColour(const QImage &image, const QColor &colour)
{
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (qAbs(c.red() - colour.red()) < 8 && qAbs(c.green() - colour.green()) < 8 &&
                qAbs(c.blue() - colour.blue()) < 8)
                return true;
        }
    }
    return false;
}

void sendMouse(QWidget *viewport, QEvent::Type type, const QPoint &pos,
               Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    const Qt::MouseButtons buttons =
        type == QEvent::MouseButtonRelease ? Qt::NoButton : Qt::LeftButton;
    QMouseEvent event(type, pos, viewport->mapToGlobal(pos), Qt::LeftButton, buttons, modifiers);
    QApplication::sendEvent(viewport, &event);
}
} // namespace

class TestLogView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_archive; // 100 000 numbered lines, gzip

    QString archiveOf(const QByteArray &data, const QString &name)
    {
        const QString source = m_dir.filePath(name);
        TestUtil::writeFile(source, data);
        const auto r = TestUtil::compress(source, source + ".gz", "gzip", -1);
        QFile::remove(source);
        return r.ok ? source + ".gz" : QString();
    }

    static bool load(LogDocument &doc, const QString &path)
    {
        QSignalSpy finished(&doc, &LogDocument::finished);
        doc.open(path);
        return finished.wait(120000) && finished.at(0).at(0).toBool();
    }

    static void showView(LogView &view, LogDocument &doc)
    {
        view.setDocument(&doc);
        view.resize(800, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
    }

    static int rowHeight(const LogView &view) { return view.fontMetrics().lineSpacing(); }

private slots:
    void initTestCase()
    {
        qputenv("TMPDIR", m_dir.path().toLocal8Bit());
        qputenv("XDG_CONFIG_HOME", m_dir.filePath("config").toLocal8Bit());
        qputenv("XDG_STATE_HOME", m_dir.filePath("state").toLocal8Bit());
        qputenv("XDG_CACHE_HOME", m_dir.filePath("cache").toLocal8Bit());
        qputenv("XDG_RUNTIME_DIR", m_dir.filePath("runtime").toLocal8Bit());
        m_archive = archiveOf(TestUtil::numberedLines("line", 0, 100000), "numbered.log");
        QVERIFY(!m_archive.isEmpty());
    }

    // The lines on screen are the document's lines at the scroll position.
    void showsTheLinesAtTheScrollPosition()
    {
        LogDocument doc;
        QVERIFY(load(doc, m_archive));
        LogView view;
        showView(view, doc);
        QCOMPARE(view.firstVisibleLine(), 0);
        const int rows = view.viewport()->height() / rowHeight(view);
        QVERIFY(view.lastVisibleLine() >= rows - 1);
        const int x = view.gutterWidth() + 20;
        for (int row : {0, 5, rows - 1}) {
            const QPoint p(x, row * rowHeight(view) + rowHeight(view) / 2);
            QCOMPARE(view.lineAt(p), qint64(row));
            QCOMPARE(doc.line(view.lineAt(p)).text, expectedLine(row));
        }
        view.verticalScrollBar()->setValue(54321);
        QCOMPARE(view.firstVisibleLine(), 54321);
        const QPoint third(x, 3 * rowHeight(view) + 1);
        QCOMPARE(doc.line(view.lineAt(third)).text, expectedLine(54324));
        // The end: the last line is the last one on screen.
        view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum());
        QCOMPARE(view.lastVisibleLine(), 99999);
        QCOMPARE(view.firstVisibleLine(), 100000 - rows);
        // A click puts the cursor where it lands.
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, third);
        QCOMPARE(view.cursorPosition().line, view.firstVisibleLine() + 3);
        QVERIFY(!view.hasSelection());
    }

    void goToLineScrollsAndMovesTheCursor()
    {
        LogDocument doc;
        QVERIFY(load(doc, m_archive));
        LogView view;
        showView(view, doc);
        QSignalSpy moved(&view, &LogView::cursorPositionChanged);
        view.goToLine(77777);
        QVERIFY(view.firstVisibleLine() <= 77777 && 77777 <= view.lastVisibleLine());
        QVERIFY(view.firstVisibleLine() < 77777); // in the upper third, not at the very top
        QCOMPARE(view.cursorPosition().line, 77777);
        QCOMPARE(moved.last().at(0).toLongLong(), 77777);
        const QRect rect = view.lineRect(77777);
        QVERIFY(!rect.isEmpty());
        QCOMPARE(view.lineAt(rect.center()), 77777);
        QVERIFY(view.lineRect(1).isEmpty()); // far off screen
    }

    // Matches are highlighted (a colour check on the grabbed screen), the current one moves the
    // view and is selected.
    void highlightsMatchesAndTheCurrentOne()
    {
        LogDocument doc;
        QVERIFY(load(doc, m_archive));
        LogView view;
        showView(view, doc);
        const QColor match(255, 221, 87);
        const QColor current(255, 140, 30);
        QVERIFY(!hasColour(view.viewport()->grab().toImage(), match));
        view.setSearchPattern(SearchPattern("line 0000001", false, true)); // lines 10..19 on screen
        QVERIFY(hasColour(view.viewport()->grab().toImage(), match));
        QVERIFY(!hasColour(view.viewport()->grab().toImage(), current));
        view.setCurrentMatch(90000, 5, 6);
        QVERIFY(view.firstVisibleLine() <= 90000 && 90000 <= view.lastVisibleLine());
        QCOMPARE(view.selectionStart().line, 90000);
        QCOMPARE(view.selectedText(), QString("000900"));
        const QImage image = view.viewport()->grab().toImage();
        QVERIFY(hasColour(image, current));
        // The current match is drawn on its own line's row.
        const QRect row = view.lineRect(90000);
        QVERIFY(hasColour(image.copy(row.adjusted(0, 1, 0, -1)), current));
        QVERIFY(!hasColour(image.copy(view.lineRect(view.firstVisibleLine())), current));
        view.setSearchPattern({});
        QCOMPARE(view.currentMatch().line, -1);
    }

    void copiesTheSelection()
    {
        LogDocument doc;
        QVERIFY(load(doc, m_archive));
        LogView view;
        showView(view, doc);
        view.setSelection({1, 5}, {3, 11});
        QVERIFY(view.hasSelection());
        view.copy();
        const QString expected =
            expectedLine(1).mid(5) + "\n" + expectedLine(2) + "\n" + expectedLine(3).left(11);
        QCOMPARE(QApplication::clipboard()->text(), expected);
        // Backwards selections copy the same.
        view.setSelection({3, 11}, {1, 5});
        QApplication::clipboard()->clear();
        QTest::keyClick(&view, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), expected);
    }

    void selectsWithTheKeyboard()
    {
        LogDocument doc;
        QVERIFY(load(doc, m_archive));
        LogView view;
        showView(view, doc);
        view.setFocus();
        QTest::keyClick(&view, Qt::Key_Down);
        QTest::keyClick(&view, Qt::Key_Right);
        QCOMPARE(view.cursorPosition(), (LogView::Position{1, 1}));
        QVERIFY(!view.hasSelection());
        QTest::keyClick(&view, Qt::Key_Down, Qt::ShiftModifier);
        QTest::keyClick(&view, Qt::Key_End, Qt::ShiftModifier);
        QCOMPARE(view.selectedText(), expectedLine(1).mid(1) + "\n" + expectedLine(2));
        QTest::keyClick(&view, Qt::Key_End, Qt::ControlModifier);
        QCOMPARE(view.cursorPosition().line, 99999);
        QVERIFY(view.lastVisibleLine() == 99999);
        QTest::keyClick(&view, Qt::Key_PageUp);
        QVERIFY(view.cursorPosition().line < 99999);
        QVERIFY(view.firstVisibleLine() <= view.cursorPosition().line);
        QTest::keyClick(&view, Qt::Key_Home, Qt::ControlModifier);
        QCOMPARE(view.cursorPosition(), (LogView::Position{0, 0}));
        QCOMPARE(view.firstVisibleLine(), 0);
    }

    void selectsWithTheMouse()
    {
        LogDocument doc;
        QVERIFY(load(doc, m_archive));
        LogView view;
        showView(view, doc);
        const int h = rowHeight(view);
        const QPoint from(view.gutterWidth() + 2, 2 * h + h / 2); // start of line 2
        const QPoint to(view.gutterWidth() + 400, 4 * h + h / 2); // inside line 4
        sendMouse(view.viewport(), QEvent::MouseButtonPress, from);
        sendMouse(view.viewport(), QEvent::MouseMove, to);
        sendMouse(view.viewport(), QEvent::MouseButtonRelease, to);
        QCOMPARE(view.selectionStart(), (LogView::Position{2, 0}));
        QCOMPARE(view.selectionEnd().line, 4);
        QVERIFY(view.selectionEnd().column > 10);
        QCOMPARE(view.selectedText(), expectedLine(2) + "\n" + expectedLine(3) + "\n" +
                                          expectedLine(4).left(view.selectionEnd().column));
        // Dragging below the view scrolls it and extends the selection.
        const qint64 top = view.firstVisibleLine();
        sendMouse(view.viewport(), QEvent::MouseButtonPress, from);
        sendMouse(view.viewport(), QEvent::MouseMove,
                  QPoint(from.x(), view.viewport()->height() + 40));
        QTRY_VERIFY(view.firstVisibleLine() > top + 5);
        sendMouse(view.viewport(), QEvent::MouseButtonRelease,
                  QPoint(from.x(), view.viewport()->height() + 40));
        QVERIFY(view.selectionEnd().line > view.lastVisibleLine() - 2);
        // A double click selects a word.
        QTest::mouseDClick(
            view.viewport(), Qt::LeftButton, {},
            QPoint(view.gutterWidth() + 5, view.lineRect(view.firstVisibleLine()).center().y()));
        QCOMPARE(view.selectedText(), QString("line"));
    }

    // A selection of more than LogDocument::maxCopyBytes is copied up to it, and said so.
    void hugeCopyIsCappedAndSaysSo()
    {
        const QString big =
            archiveOf(TestUtil::numberedLines("big", 0, 300000), "big.log"); // 24 MB
        LogDocument doc;
        QVERIFY(load(doc, big));
        LogView view;
        showView(view, doc);
        QSignalSpy message(&view, &LogView::message);
        view.selectAll();
        view.copy();
        const QString copied = QApplication::clipboard()->text();
        QVERIFY(copied.size() <= LogDocument::maxCopyBytes);
        QVERIFY(copied.size() > LogDocument::maxCopyBytes - 100);
        QVERIFY(copied.startsWith(QString::fromLatin1(TestUtil::numberedLines("big", 0, 2))));
        QCOMPARE(message.size(), 1);
        QVERIFY2(message.at(0).at(0).toString().contains("16"),
                 qPrintable(message.at(0).at(0).toString()));
    }

    // Wrapped, a long line takes several rows; every row belongs to it.
    void wrapsLongLines()
    {
        QByteArray text = "short\n";
        for (int i = 0; i < 300; ++i)
            text += "word" + QByteArray::number(i) + ' ';
        text += "\nafter\n";
        const QString path = archiveOf(text, "wrap.log");
        LogDocument doc;
        QVERIFY(load(doc, path));
        LogView view;
        showView(view, doc);
        const int h = rowHeight(view);
        QCOMPARE(view.lineRect(1).height(), h);
        view.setWrapLines(true);
        QVERIFY(view.wrapLines());
        const QRect wrapped = view.lineRect(1);
        QVERIFY(wrapped.height() >= 3 * h);
        QCOMPARE(view.lineAt(QPoint(wrapped.left() + 5, wrapped.top() + h + h / 2)), 1);
        QCOMPARE(view.lineAt(QPoint(5, wrapped.bottom() + h / 2)), 2);
        // A position on the second row is further into the line than one on the first.
        const LogView::Position second =
            view.positionAt(QPoint(wrapped.left() + 20, wrapped.top() + h + h / 2));
        QCOMPARE(second.line, 1);
        QVERIFY(second.column > 20);
        // Narrower: more rows.
        view.resize(400, 600);
        QVERIFY(view.lineRect(1).height() > wrapped.height());
        view.setWrapLines(false);
        QCOMPARE(view.lineRect(1).height(), h);
    }

    // A line of megabytes shows its cut beginning quickly; binary data shows, never crashes.
    void hugeLinesAndBinaryData()
    {
        QByteArray text = "first\n" + QByteArray(8 << 20, 'x') + "\n";
        for (int i = 0; i < 256; ++i)
            text += char(i);
        text += "\nlast";
        const QString path = archiveOf(text, "weird.log");
        LogDocument doc;
        QVERIFY(load(doc, path));
        LogView view;
        showView(view, doc);
        QCOMPARE(doc.lineCount(), 5); // the 256 bytes hold a '\n' themselves
        view.grab();
        view.setWrapLines(true);
        view.grab();
        QVERIFY(view.lineRect(1).height() > 10 * rowHeight(view));
        view.setSelection({0, 2}, {4, 2});
        QString copied = view.selectedText();
        QVERIFY(copied.startsWith("rst\n" + QString(1000, 'x')));
        QVERIFY(copied.endsWith("\nla"));
        QVERIFY(copied.size() > (8 << 20)); // the middle comes whole from the file
    }

    // A followed file: while the view shows the end, appended lines keep it at the end; after
    // scrolling up it stays where it is; Ctrl+End goes back and follows again.
    void followsTheEndOfAGrowingFile()
    {
        const QString path = m_dir.filePath("growing.log");
        QVERIFY(TestUtil::writeFile(path, TestUtil::numberedLines("line", 0, 1000)));
        LogDocument doc;
        QVERIFY(load(doc, path));
        QVERIFY(doc.isFollowing());
        LogView view;
        showView(view, doc);
        QVERIFY(!view.isFollowing()); // opened at the top of a long file
        QSignalSpy following(&view, &LogView::followingChanged);
        QTest::keyClick(&view, Qt::Key_End, Qt::ControlModifier);
        QVERIFY(view.isFollowing());
        QCOMPARE(following.size(), 1);
        QCOMPARE(view.lastVisibleLine(), 999);
        QVERIFY(TestUtil::appendFile(path, TestUtil::numberedLines("line", 1000, 50)));
        QTRY_COMPARE_WITH_TIMEOUT(view.lastVisibleLine(), 1049, 10000);
        QCOMPARE(view.verticalScrollBar()->value(), view.verticalScrollBar()->maximum());
        // Scrolling up: no longer following; new lines do not move the view.
        view.verticalScrollBar()->setValue(view.verticalScrollBar()->value() - 30);
        QVERIFY(!view.isFollowing());
        const qint64 top = view.firstVisibleLine();
        QVERIFY(TestUtil::appendFile(path, TestUtil::numberedLines("line", 1050, 50)));
        QTRY_COMPARE_WITH_TIMEOUT(doc.lineCount(), 1100, 10000);
        QCOMPARE(view.firstVisibleLine(), top);
        // End at the end of a line goes on to the end: following again.
        view.goToLine(500);
        QVERIFY(!view.isFollowing());
        QTest::keyClick(&view, Qt::Key_End);
        QCOMPARE(view.cursorPosition().line, 500); // first to the end of the line
        QVERIFY(!view.isFollowing());
        QTest::keyClick(&view, Qt::Key_End);
        QCOMPARE(view.cursorPosition().line, doc.lineCount() - 1);
        QVERIFY(view.isFollowing());
        // Scrolled up and back to the end with the bar: following again.
        view.verticalScrollBar()->setValue(view.verticalScrollBar()->value() - 30);
        QVERIFY(!view.isFollowing());
        view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum());
        QVERIFY(view.isFollowing());
        QVERIFY(TestUtil::appendFile(path, TestUtil::numberedLines("line", 1100, 5)));
        QTRY_COMPARE_WITH_TIMEOUT(view.lastVisibleLine(), 1104, 10000);
        QCOMPARE(doc.line(view.lastVisibleLine()).text, expectedLine(1104));
    }

    // A short followed file, all on screen, is followed from the start.
    void shortFollowedFileFollowsAtOnce()
    {
        const QString path = m_dir.filePath("short.log");
        QVERIFY(TestUtil::writeFile(path, TestUtil::numberedLines("line", 0, 3)));
        LogDocument doc;
        LogView view;
        showView(view, doc);
        QVERIFY(load(doc, path));
        QVERIFY(view.isFollowing());
        QVERIFY(TestUtil::appendFile(path, TestUtil::numberedLines("line", 3, 200)));
        QTRY_COMPARE_WITH_TIMEOUT(view.lastVisibleLine(), 202, 10000);
    }

    // A filter shows only its lines, numbered as in the document; positions are document
    // lines; copying takes the lines shown.
    void filterShowsItsLinesOnly()
    {
        LogDocument doc;
        QVERIFY(load(doc, m_archive));
        LineScan every7th(&doc);
        every7th.start([] {
            return [](qint64 line, const char *, qint64, qint64) -> qint64 {
                return line % 7 == 0 ? 1 : 0;
            };
        });
        QTRY_VERIFY_WITH_TIMEOUT(every7th.isComplete(), 60000);
        LogView view;
        view.setFilter(&every7th);
        showView(view, doc);
        QCOMPARE(view.rowCount(), (100000 + 6) / 7);
        const int x = view.gutterWidth() + 20;
        QCOMPARE(view.lineAt(QPoint(x, rowHeight(view) * 2 + 1)), 14);
        view.goToLine(7000);
        QCOMPARE(view.cursorPosition().line, 7000);
        QVERIFY(view.firstVisibleLine() <= 7000 && 7000 <= view.lastVisibleLine());
        view.goToLine(7001); // not shown: the next line that is
        QCOMPARE(view.cursorPosition().line, 7007);
        view.setSelection({14, 0}, {28, 4});
        QCOMPARE(view.selectedText(), expectedLine(14) + '\n' + expectedLine(21) + "\nline");
        // Without the filter, the same line stays where the cursor is.
        view.setFilter(nullptr);
        QCOMPARE(view.rowCount(), 100000);
        QCOMPARE(view.cursorPosition().line, 28);
    }

    // A history's files and a followed file's rotation show as separator rows above their
    // first lines; rows are not lines: line numbers, positions and copies skip them.
    void boundariesAreSeparatorRows()
    {
        const QString a = archiveOf(TestUtil::numberedLines("line", 0, 10), "part-a.log");
        const QString b = archiveOf(TestUtil::numberedLines("line", 10, 10), "part-b.log");
        LogDocument doc;
        QSignalSpy finished(&doc, &LogDocument::finished);
        LogView view;
        showView(view, doc);
        doc.openHistory({a, b});
        QVERIFY(finished.wait(60000));
        QCOMPARE(doc.lineCount(), 20);
        QCOMPARE(view.rowCount(), 22);
        const int x = view.gutterWidth() + 20;
        QCOMPARE(view.lineAt(QPoint(x, rowHeight(view) / 2)), -1); // the first separator
        QCOMPARE(view.lineAt(QPoint(x, rowHeight(view) + 1)), 0);
        QCOMPARE(view.lineAt(QPoint(x, rowHeight(view) * 11 + 1)), -1); // part-b begins
        QCOMPARE(view.lineAt(QPoint(x, rowHeight(view) * 12 + 1)), 10);
        QVERIFY(view.lineRect(10).top() == rowHeight(view) * 12);
        view.setSelection({9, 0}, {10, 4});
        QCOMPARE(view.selectedText(), expectedLine(9) + "\nline");
        // Down from line 9 lands on line 10, over the separator.
        view.setSelection({9, 0}, {9, 0});
        QTest::keyClick(&view, Qt::Key_Down);
        QCOMPARE(view.cursorPosition().line, 10);
        // The boundaries are marked on the scroll bar.
        auto *bar = qobject_cast<MarkScrollBar *>(view.verticalScrollBar());
        QVERIFY(bar);
        QCOMPARE(view.scrollMarks(22).count(2), 2);
    }

    // The scroll bar marks where the matches are, over the whole file.
    void scrollBarMarksTheMatches()
    {
        const QString path = m_dir.filePath("marks.log");
        QByteArray text = TestUtil::numberedLines("line", 0, 10000);
        text += "a needle at the very end\n";
        QVERIFY(TestUtil::writeFile(path, text));
        LogDocument doc;
        QVERIFY(load(doc, path));
        TextSearch search(&doc);
        LogView view;
        view.setMatchMarks(search.matchingLines());
        showView(view, doc);
        QCOMPARE(view.scrollMarks(100).count(1), 0);
        search.count(SearchPattern("needle", false, false));
        QTRY_COMPARE_WITH_TIMEOUT(search.matchCount(), 1, 30000);
        const QList<quint8> marks = view.scrollMarks(100);
        QCOMPARE(marks.count(1), 1);
        QCOMPARE(marks.last(), quint8(1));
        // Painted in the bar's groove.
        auto *bar = qobject_cast<MarkScrollBar *>(view.verticalScrollBar());
        QVERIFY(bar);
        bar->repaint();
        QTRY_VERIFY(!bar->markedRows(1).isEmpty());
        QVERIFY(bar->markedRows(1).last() > bar->grooveRect().height() * 9 / 10);
    }

    // Find Next puts a match that is off screen in the middle of the screen, not on its edge;
    // one already on screen stays where it is.
    void currentMatchIsCentred()
    {
        LogDocument doc;
        QVERIFY(load(doc, m_archive));
        LogView view;
        showView(view, doc);
        const int rows = view.viewport()->height() / rowHeight(view);
        view.setCurrentMatch(5000, 0, 4);
        const QRect r = view.lineRect(5000);
        QVERIFY(r.isValid());
        QVERIFY2(qAbs(r.center().y() - view.viewport()->height() / 2) <= rowHeight(view),
                 qPrintable(QString::number(r.top())));
        const qint64 top = view.firstVisibleLine();
        view.setCurrentMatch(5000 + rows / 4, 0, 4); // on screen: no scrolling
        QCOMPARE(view.firstVisibleLine(), top);
        view.setCurrentMatch(10, 0, 4); // above: centred too, as far as the top allows
        QCOMPARE(view.firstVisibleLine(), qMax<qint64>(0, 10 - (rows - 1) / 2));
    }

    // Lines are coloured by their severity; a user's rule comes first.
    void coloursBySeverityAndRules()
    {
        const QString path = m_dir.filePath("levels.log");
        QVERIFY(TestUtil::writeFile(path, "2024-05-01 ERROR broke\n"
                                          "2024-05-01 WARN slow\n"
                                          "2024-05-01 INFO fine\n"
                                          "2024-05-01 DEBUG detail\n"
                                          "<3>kernel: oops\n"
                                          "plain line with a needle\n"));
        LogDocument doc;
        QVERIFY(load(doc, path));
        LogView view;
        showView(view, doc);
        QCOMPARE(view.severityOf(0), Severity::Error);
        QCOMPARE(view.severityOf(1), Severity::Warning);
        QCOMPARE(view.severityOf(2), Severity::Info);
        QCOMPARE(view.severityOf(3), Severity::Debug);
        QCOMPARE(view.severityOf(4), Severity::Error);
        QVERIFY(view.lineForeground(0).isValid());
        QVERIFY(view.lineBackground(0).isValid());
        QVERIFY(view.lineForeground(0) != view.lineForeground(1));
        QVERIFY(!view.lineForeground(2).isValid()); // the palette's text
        QVERIFY(!view.lineBackground(5).isValid());
        // The error line's tint is in the picture.
        const QImage shot = view.viewport()->grab().toImage();
        QVERIFY(hasColour(shot, view.lineBackground(0)));
        view.setColourRules({{QRegularExpression("needle"), QColor(0, 200, 0)},
                             {QRegularExpression("broke"), QColor(0, 0, 255)}});
        QVERIFY(view.lineBackground(5).isValid());
        QVERIFY(view.lineBackground(5).green() > view.lineBackground(5).red());
        QVERIFY(view.lineBackground(0).blue() > view.lineBackground(0).red()); // rule first
        view.setSeverityColours(false);
        view.setColourRules({});
        QCOMPARE(view.severityOf(0), Severity::None);
        QVERIFY(!view.lineBackground(0).isValid());
    }

    // Ctrl+wheel, Ctrl++ and Ctrl+- change the font size; the first line stays on top.
    void zoomsTheFont()
    {
        LogDocument doc;
        QVERIFY(load(doc, m_archive));
        LogView view;
        showView(view, doc);
        view.goToLine(3000);
        const qint64 top = view.firstVisibleLine();
        const int before = rowHeight(view);
        QSignalSpy zoomed(&view, &LogView::zoomChanged);
        QWheelEvent wheel(QPointF(50, 50), view.viewport()->mapToGlobal(QPointF(50, 50)), QPoint(),
                          QPoint(0, 120), Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase,
                          false);
        QApplication::sendEvent(view.viewport(), &wheel);
        QCOMPARE(view.zoom(), 1);
        QVERIFY(rowHeight(view) > before);
        QCOMPARE(view.firstVisibleLine(), top);
        QTest::keyClick(&view, Qt::Key_Plus, Qt::ControlModifier);
        QCOMPARE(view.zoom(), 2);
        QTest::keyClick(&view, Qt::Key_Minus, Qt::ControlModifier);
        QTest::keyClick(&view, Qt::Key_Minus, Qt::ControlModifier);
        QCOMPARE(view.zoom(), 0);
        QCOMPARE(rowHeight(view), before);
        QCOMPARE(zoomed.size(), 4);
    }

    // Lines arriving while the document loads do not move what is shown.
    void loadingDoesNotMoveTheView()
    {
        const QString source = m_dir.filePath("slow.log");
        TestUtil::writeFile(source, TestUtil::numberedLines("line", 0, 300000));
        const QString slow = source + ".xz";
        QVERIFY(TestUtil::compress(source, slow, "xz", -1).ok);
        LogDocument doc;
        LogView view;
        showView(view, doc);
        QSignalSpy finished(&doc, &LogDocument::finished);
        qint64 topWhileLoading = -1;
        connect(&doc, &LogDocument::linesAvailable, &view, [&](qint64 count) {
            if (topWhileLoading < 0 && count > 5000) {
                view.verticalScrollBar()->setValue(1000);
                topWhileLoading = view.firstVisibleLine();
            }
        });
        doc.open(slow);
        QVERIFY(finished.wait(120000));
        QCOMPARE(topWhileLoading, 1000);
        QCOMPARE(view.firstVisibleLine(), 1000);
        QCOMPARE(view.verticalScrollBar()->maximum(),
                 int(300000 - view.viewport()->height() / rowHeight(view)));
    }
};

QTEST_MAIN(TestLogView)
#include "tst_logview.moc"
