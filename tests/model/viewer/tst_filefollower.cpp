// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
// Following a plain log as it grows, is truncated or is rotated, through LogDocument and the
// FileFollower it starts: real files written by the test, real watches and polls.
#include "compression/archivecompressor.h"
#include "viewer/filefollower.h"
#include "viewer/lineindex.h"
#include "viewer/linescan.h"
#include "viewer/logdocument.h"
#include "viewer/textsearch.h"

#include "testutil.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Logkeeper;

namespace {
QStringList allLines(LogDocument &doc)
{
    QStringList out;
    for (const LogDocument::Line &l : doc.lines(0, doc.lineCount()))
        out.append(l.text);
    return out;
}

bool openAndWait(LogDocument &doc, const QString &path)
{
    QSignalSpy finished(&doc, &LogDocument::finished);
    doc.open(path);
    return (!finished.isEmpty() || finished.wait(60000)) && finished.at(0).at(0).toBool();
}
} // namespace

class TestFileFollower : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QTemporaryDir m_temp;
    int m_n = 0;

    QString newLog(const QByteArray &text)
    {
        const QString path = m_dir.filePath(QStringLiteral("app%1.log").arg(++m_n));
        return TestUtil::writeFile(path, text) ? path : QString();
    }

private slots:
    void initTestCase() { qputenv("TMPDIR", m_temp.path().toLocal8Bit()); }

    // Lines appended to a plain log show up as lines of the open document, by the watch (or
    // the poll), without reading the file again: the index and the text only grow.
    void appendedLinesAppear()
    {
        const QString path = newLog(TestUtil::numberedLines("old", 0, 1000));
        LogDocument doc;
        QSignalSpy opened(&doc, &LogDocument::opened);
        QVERIFY(openAndWait(doc, path));
        QVERIFY(doc.isFollowing());
        QCOMPARE(doc.lineCount(), 1000);
        const auto index = doc.index();
        QVERIFY(!index->isFinished()); // a followed file is never done
        const qint64 textBefore = QFileInfo(doc.contentPath()).size();
        const QByteArray added = TestUtil::numberedLines("new", 1000, 250);
        QVERIFY(TestUtil::appendFile(path, added));
        QTRY_COMPARE_WITH_TIMEOUT(doc.lineCount(), 1250, 10000);
        QCOMPARE(doc.line(1249).text, QString::fromLatin1(added.split('\n').at(249)));
        QCOMPARE(doc.line(999).text.left(12), QString("old 00000999"));
        // The same index and text, grown by exactly what was appended: nothing was re-read.
        QCOMPARE(doc.index().get(), index.get());
        QCOMPARE(QFileInfo(doc.contentPath()).size(), textBefore + added.size());
        QCOMPARE(opened.size(), 1);
        QVERIFY(doc.boundaries().isEmpty());
    }

    // Many small appends, one line at a time, as a logging program writes.
    void manySmallAppends()
    {
        const QString path = newLog({});
        LogDocument doc;
        QVERIFY(openAndWait(doc, path));
        QVERIFY(doc.isFollowing());
        QCOMPARE(doc.lineCount(), 0);
        for (int i = 0; i < 200; ++i) {
            QVERIFY(TestUtil::appendFile(path, "line " + QByteArray::number(i) + '\n'));
            if (i % 50 == 0)
                QTest::qWait(20);
        }
        QTRY_COMPARE_WITH_TIMEOUT(doc.lineCount(), 200, 10000);
        for (int i = 0; i < 200; ++i)
            QCOMPARE(doc.line(i).text, QStringLiteral("line %1").arg(i));
    }

    // A last line still being written shows as it is and grows; lineChanged() says so.
    void partialLastLineGrows()
    {
        const QString path = newLog("first\nsec");
        LogDocument doc;
        QSignalSpy changed(&doc, &LogDocument::lineChanged);
        QVERIFY(openAndWait(doc, path));
        QVERIFY(doc.isFollowing());
        QCOMPARE(allLines(doc), QStringList({"first", "sec"}));
        QVERIFY(TestUtil::appendFile(path, "ond\nthi"));
        QTRY_COMPARE_WITH_TIMEOUT(doc.lineCount(), 3, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(allLines(doc), QStringList({"first", "second", "thi"}), 10000);
        QVERIFY(!changed.isEmpty());
        QCOMPARE(changed.first().at(0).toLongLong(), 1);
        QVERIFY(TestUtil::appendFile(path, "rd\n"));
        QTRY_COMPARE_WITH_TIMEOUT(allLines(doc), QStringList({"first", "second", "third"}), 10000);
    }

    // copytruncate: the file is emptied and written again. The old lines stay, a Truncated
    // boundary marks where the new text begins.
    void truncatedFileIsFollowedFromItsStart()
    {
        const QString path = newLog(TestUtil::numberedLines("before", 0, 100));
        LogDocument doc;
        QSignalSpy boundary(&doc, &LogDocument::boundaryAdded);
        QVERIFY(openAndWait(doc, path));
        QVERIFY(TestUtil::writeFile(path, "after 1\nafter 2\n")); // truncates, then writes
        QTRY_COMPARE_WITH_TIMEOUT(doc.lineCount(), 102, 10000);
        QCOMPARE(doc.line(100).text, QString("after 1"));
        QCOMPARE(doc.line(101).text, QString("after 2"));
        QCOMPARE(boundary.size(), 1);
        const QList<LogDocument::Boundary> b = doc.boundaries();
        QCOMPARE(b.size(), 1);
        QCOMPARE(b.first().kind, LogDocument::Boundary::Kind::Truncated);
        QCOMPARE(b.first().line, 100);
        QCOMPARE(b.first().path, path);
        QVERIFY(b.first().when.isValid());
    }

    // Truncated and written again past the old size before anyone looked: the first bytes
    // differ, so it is a new text, not growth.
    void rewrittenPastTheOldSizeIsARestart()
    {
        const QString path = newLog("old line 1\nold line 2\n");
        LogDocument doc;
        QVERIFY(openAndWait(doc, path));
        QVERIFY(TestUtil::writeFile(path, TestUtil::numberedLines("fresh", 0, 50)));
        QTRY_COMPARE_WITH_TIMEOUT(doc.lineCount(), 52, 10000);
        QCOMPARE(doc.line(2).text.left(14), QString("fresh 00000000"));
        QCOMPARE(doc.boundaries().size(), 1);
        QCOMPARE(doc.boundaries().first().line, 2);
    }

    // Rotation: the log is renamed away (and still written to for a moment), then a new file
    // is created under its name. The follower reads the old file to its end, then follows the
    // name: a Replaced boundary, then the new file's lines; the partial last line of the old
    // file is ended.
    void rotatedFileIsFollowedByName()
    {
        const QString path = newLog("one\ntwo\npartial");
        LogDocument doc;
        QVERIFY(openAndWait(doc, path));
        QCOMPARE(doc.lineCount(), 3);
        QVERIFY(QFile::rename(path, path + ".1"));
        QVERIFY(TestUtil::appendFile(path + ".1", " end\n"));
        QTRY_COMPARE_WITH_TIMEOUT(doc.line(2).text, QString("partial end"), 10000);
        QVERIFY(TestUtil::writeFile(path, "new one\nnew two\n"));
        QTRY_COMPARE_WITH_TIMEOUT(doc.lineCount(), 5, 10000);
        QCOMPARE(allLines(doc), QStringList({"one", "two", "partial end", "new one", "new two"}));
        QCOMPARE(doc.boundaries().size(), 1);
        QCOMPARE(doc.boundaries().first().kind, LogDocument::Boundary::Kind::Replaced);
        QCOMPARE(doc.boundaries().first().line, 3);
        // And the new file is followed in turn.
        QVERIFY(TestUtil::appendFile(path, "new three\n"));
        QTRY_COMPARE_WITH_TIMEOUT(doc.lineCount(), 6, 10000);
        QCOMPARE(doc.line(5).text, QString("new three"));
    }

    // Compressed files and members of archives are not followed: they are done when read.
    void compressedFilesAreNotFollowed()
    {
        const QString source = newLog("a\nb\n");
        const auto r = TestUtil::compress(source, source + ".gz", "gzip", -1);
        QVERIFY2(r.ok, qPrintable(r.error));
        LogDocument doc;
        QVERIFY(openAndWait(doc, source + ".gz"));
        QVERIFY(!doc.isFollowing());
        QVERIFY(doc.index()->isFinished());
        QCOMPARE(doc.lineCount(), 2);
    }

    // The count of a search follows the file: new matches are counted, and the matching lines
    // grow with them.
    void searchCountFollowsTheFile()
    {
        const QString path = newLog("error one\nfine\n");
        LogDocument doc;
        QVERIFY(openAndWait(doc, path));
        TextSearch search(&doc);
        QSignalSpy counted(&search, &TextSearch::countChanged);
        search.count(SearchPattern("error", false, false));
        QTRY_VERIFY_WITH_TIMEOUT(!counted.isEmpty() && counted.last().at(2).toBool(), 10000);
        QCOMPARE(counted.last().at(0).toLongLong(), 1);
        QVERIFY(TestUtil::appendFile(path, "ok\nERROR two\nerror three error\n"));
        QTRY_COMPARE_WITH_TIMEOUT(search.matchCount(), 4, 10000);
        const LineSet &lines = search.matchingLines()->lines();
        QCOMPARE(lines.count(), 3);
        QCOMPARE(lines.at(0), 0);
        QCOMPARE(lines.at(1), 3);
        QCOMPARE(lines.at(2), 4);
    }

    // A follower never outlives its document's text: closing while it reads is clean.
    void closingWhileFollowing()
    {
        const QString path = newLog(TestUtil::numberedLines("x", 0, 10));
        {
            LogDocument doc;
            QVERIFY(openAndWait(doc, path));
            QVERIFY(TestUtil::appendFile(path, TestUtil::numberedLines("y", 0, 100000)));
            doc.follower()->check();
            QTest::qWait(60);
        }
        QVERIFY(QDir(m_temp.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFileFollower)
#include "tst_filefollower.moc"
