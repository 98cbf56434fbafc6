// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "compression/archivecompressor.h"
#include "compression/compressionbackend.h"
#include "compression/decompressjob.h"
#include "core/codecs.h"
#include "viewer/logdocument.h"

#include "testutil.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Logkeeper;

namespace {
// The lines of a text as the viewer shows them: split at '\n', a '\r' before it dropped, an
// unterminated tail a line of its own.
QStringList expectedLines(const QByteArray &text)
{
    QList<QByteArray> raw = text.split('\n');
    if (text.endsWith('\n') || text.isEmpty())
        raw.removeLast();
    QStringList lines;
    for (QByteArray line : raw) {
        if (line.endsWith('\r'))
            line.chop(1);
        lines.append(QString::fromUtf8(line));
    }
    return lines;
}

// The `wc -l` count plus one for an unterminated last line.
qint64 wcStyleCount(const QByteArray &text)
{
    return text.count('\n') + (!text.isEmpty() && !text.endsWith('\n') ? 1 : 0);
}

// A text with what logs have: empty lines, CRLF lines, UTF-8, invalid bytes, NULs, tabs, and
// no newline at the very end.
QByteArray awkwardText(int lines)
{
    QByteArray text;
    for (int i = 0; i < lines; ++i) {
        switch (i % 7) {
        case 0:
            text += '\n';
            break;
        case 1:
            text += "crlf line " + QByteArray::number(i) + "\r\n";
            break;
        case 2:
            text += "caf\xc3\xa9 \xe2\x82\xac " + QByteArray::number(i) + '\n';
            break;
        case 3:
            text += QByteArray("bad \xff\xfe bytes \0 nul\t") + QByteArray::number(i) + '\n';
            break;
        default:
            text += "2024-05-01T12:00:00Z INFO request " + QByteArray::number(i) + " took " +
                    QByteArray::number(i % 977) + " ms\n";
        }
    }
    return text + "the last line has no newline";
}

bool waitFinished(QSignalSpy &finished)
{
    return !finished.isEmpty() || finished.wait(120000);
}
} // namespace

class TestLogDocument : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QTemporaryDir m_temp; // TMPDIR: where documents put their temporary files

    QString archiveOf(const QByteArray &data, const QString &codec, const QString &name)
    {
        const QString source = m_dir.filePath(name + ".src");
        if (!TestUtil::writeFile(source, data))
            return {};
        if (codec == "none") // a plain file
            return source;
        const QString target = m_dir.filePath(name + TestUtil::extension(codec));
        const auto r = TestUtil::compress(source, target, codec, -1);
        QFile::remove(source);
        return r.ok ? target : QString();
    }

    void compareAllLines(LogDocument &doc, const QStringList &expected)
    {
        QCOMPARE(doc.lineCount(), qint64(expected.size()));
        // In windows, as a view asks for them, and one by one (from the cache or not).
        for (qint64 first = 0; first < expected.size(); first += 500) {
            const QList<LogDocument::Line> window = doc.lines(first, 500);
            QCOMPARE(window.size(), qMin<qint64>(500, expected.size() - first));
            for (qint64 i = 0; i < window.size(); ++i)
                QCOMPARE(window.at(i).text, expected.at(first + i));
        }
        for (qint64 n : {qint64(0), qint64(expected.size() / 2), qint64(expected.size() - 1)})
            QCOMPARE(doc.line(n).text, expected.at(n));
    }

private slots:
    void initTestCase()
    {
        qputenv("TMPDIR", m_temp.path().toLocal8Bit());
        qputenv("XDG_CONFIG_HOME", m_dir.filePath("config").toLocal8Bit());
        qputenv("XDG_STATE_HOME", m_dir.filePath("state").toLocal8Bit());
        qputenv("XDG_CACHE_HOME", m_dir.filePath("cache").toLocal8Bit());
        qputenv("XDG_RUNTIME_DIR", m_dir.filePath("runtime").toLocal8Bit());
        QCOMPARE(QStandardPaths::writableLocation(QStandardPaths::TempLocation), m_temp.path());
    }

    void readsEveryCodecExactly_data()
    {
        QTest::addColumn<QString>("codec");
        QTest::newRow("plain") << "none";
        for (const QString &codec : TestUtil::codecNames())
            QTest::newRow(qPrintable(codec)) << codec;
    }
    void readsEveryCodecExactly()
    {
        QFETCH(QString, codec);
        const QByteArray text = awkwardText(70000); // ~3 MB: several chunks
        const QString archive = archiveOf(text, codec, "every-" + codec);
        QVERIFY(!archive.isEmpty());
        LogDocument doc;
        QSignalSpy finished(&doc, &LogDocument::finished);
        QSignalSpy available(&doc, &LogDocument::linesAvailable);
        doc.open(archive);
        QVERIFY(doc.isLoading());
        QVERIFY(waitFinished(finished));
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        QVERIFY(doc.isComplete());
        QVERIFY(!doc.isLoading());
        QCOMPARE(doc.lineCount(), wcStyleCount(text));
        QCOMPARE(available.last().at(0).toLongLong(), doc.lineCount());
        QCOMPARE(doc.bytesLoaded(), qint64(text.size()));
        const QStringList expected = expectedLines(text);
        compareAllLines(doc, expected);
        QCOMPARE(doc.line(doc.lineCount() - 1).text, QString("the last line has no newline"));
        QCOMPARE(doc.line(0).text, QString());
        QCOMPARE(doc.line(1).text, QString("crlf line 1"));
        QCOMPARE(doc.line(3).text.at(4), QChar(QChar::ReplacementCharacter));
        QVERIFY(doc.line(doc.lineCount()).text.isEmpty()); // out of range: empty, no crash
        QVERIFY(doc.line(-1).text.isEmpty());
    }

    // The first lines are readable while the rest is still being decompressed.
    void firstLinesBeforeTheEnd()
    {
        const QByteArray text = TestUtil::numberedLines("early", 0, 400000); // 32 MB
        const QString archive = archiveOf(text, "xz", "early");
        QVERIFY(!archive.isEmpty());
        LogDocument doc;
        QSignalSpy finished(&doc, &LogDocument::finished);
        QSignalSpy progress(&doc, &LogDocument::progress);
        qint64 countWhileLoading = -1;
        QString firstLine;
        connect(&doc, &LogDocument::linesAvailable, this, [&](qint64 count) {
            if (countWhileLoading < 0 && doc.isLoading()) {
                countWhileLoading = count;
                firstLine = doc.line(0).text;
            }
        });
        doc.open(archive);
        QVERIFY(waitFinished(finished));
        QVERIFY(finished.at(0).at(0).toBool());
        QVERIFY(countWhileLoading > 0);
        QVERIFY(countWhileLoading < 400000);
        QCOMPARE(firstLine, QString::fromLatin1(text.left(79)));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(doc.lineCount(), 400000);
    }

    // A truncated archive: the lines read stay, the error names the archive; no hang.
    void truncatedArchiveKeepsWhatWasRead_data()
    {
        QTest::addColumn<QString>("codec");
        for (const QString &codec : TestUtil::codecNames())
            QTest::newRow(qPrintable(codec)) << codec;
    }
    void truncatedArchiveKeepsWhatWasRead()
    {
        QFETCH(QString, codec);
        // Varied lines: bzip2 packs repetitive ones into so few blocks that half an archive
        // would hold none of them.
        QByteArray text;
        QRandomGenerator random(3);
        for (int i = 0; i < 100000; ++i)
            text += "line " + QByteArray::number(i) +
                    " id=" + QByteArray::number(random.generate64(), 36) + '\n';
        const QString archive = archiveOf(text, codec, "cut-" + codec);
        QVERIFY(!archive.isEmpty());
        QFile f(archive);
        QVERIFY(f.resize(f.size() / 2));
        LogDocument doc;
        QSignalSpy finished(&doc, &LogDocument::finished);
        doc.open(archive);
        QVERIFY(waitFinished(finished));
        QVERIFY(!finished.at(0).at(0).toBool());
        const QString error = finished.at(0).at(1).toString();
        QVERIFY2(error.contains(archive), qPrintable(error));
        QCOMPARE(doc.errorString(), error);
        QVERIFY(!doc.isComplete());
        // What could be decompressed is there, exactly; the last line may be a fragment.
        const QStringList expected = expectedLines(text);
        QVERIFY(doc.lineCount() > 0);
        QVERIFY(doc.lineCount() < expected.size());
        const QList<LogDocument::Line> lines = doc.lines(0, doc.lineCount());
        for (qint64 i = 0; i + 1 < lines.size(); ++i)
            QCOMPARE(lines.at(i).text, expected.at(i));
        QVERIFY(expected.at(lines.size() - 1).startsWith(lines.last().text));
    }

    void cancelStopsTheWorkerAndKeepsTheLines()
    {
        const QByteArray text = TestUtil::numberedLines("cancel", 0, 200000); // 16 MB
        const QString archive = archiveOf(text, "xz", "cancel");
        QVERIFY(!archive.isEmpty());
        LogDocument doc;
        QSignalSpy finished(&doc, &LogDocument::finished);
        // Cancelled as soon as the first 64 KiB are there: long before 16 MB of xz are through.
        connect(&doc, &LogDocument::linesAvailable, &doc, &LogDocument::cancel);
        doc.open(archive);
        QVERIFY(waitFinished(finished));
        QVERIFY(!finished.at(0).at(0).toBool());
        QCOMPARE(finished.at(0).at(1).toString(), DecompressJob::cancelledMessage());
        QVERIFY(!doc.isLoading());
        QVERIFY(doc.lineCount() > 0);
        QVERIFY(doc.lineCount() < 200000);
        const QStringList expected = expectedLines(text.left(doc.bytesLoaded()));
        QCOMPARE(doc.line(doc.lineCount() - 1).text, expected.last());
    }

    void missingFileNamesIt()
    {
        LogDocument doc;
        QSignalSpy finished(&doc, &LogDocument::finished);
        doc.open(m_dir.filePath("no-such.log.gz"));
        QVERIFY(waitFinished(finished));
        QVERIFY(!finished.at(0).at(0).toBool());
        QVERIFY(finished.at(0).at(1).toString().contains(m_dir.filePath("no-such.log.gz")));
        QCOMPARE(doc.lineCount(), 0);
        QVERIFY(doc.lines(0, 10).isEmpty());
    }

    void emptyFile()
    {
        const QString path = archiveOf({}, "gzip", "empty");
        QVERIFY(!path.isEmpty());
        LogDocument doc;
        QSignalSpy finished(&doc, &LogDocument::finished);
        doc.open(path);
        QVERIFY(waitFinished(finished));
        QVERIFY(finished.at(0).at(0).toBool());
        QCOMPARE(doc.lineCount(), 0);
    }

    // Binary data is shown as text with replacement characters, never a crash.
    void binaryData()
    {
        QByteArray data(3 << 20, Qt::Uninitialized);
        QRandomGenerator random(7);
        for (char &c : data)
            c = char(random.bounded(256));
        const QString path = archiveOf(data, "zstd", "binary");
        LogDocument doc;
        QSignalSpy finished(&doc, &LogDocument::finished);
        doc.open(path);
        QVERIFY(waitFinished(finished));
        QVERIFY(finished.at(0).at(0).toBool());
        QCOMPARE(doc.lineCount(), wcStyleCount(data));
        const QStringList expected = expectedLines(data);
        compareAllLines(doc, expected);
    }

    // A line of megabytes without a newline is cut to maxLineBytes; its length is known and the
    // lines around it are exact.
    void hugeLineIsCut()
    {
        const QByteArray huge(30 << 20, 'h');
        const QByteArray text = "first\n" + huge + "\nlast\n";
        const QString path = archiveOf(text, "gzip", "huge");
        LogDocument doc;
        QSignalSpy finished(&doc, &LogDocument::finished);
        doc.open(path);
        QVERIFY(waitFinished(finished));
        QCOMPARE(doc.lineCount(), 3);
        const LogDocument::Line line = doc.line(1);
        QVERIFY(line.cut);
        QCOMPARE(line.bytes, qint64(huge.size()));
        QCOMPARE(line.text.size(), LogDocument::maxLineBytes);
        QCOMPARE(doc.line(0).text, QString("first"));
        QVERIFY(!doc.line(0).cut);
        QCOMPARE(doc.line(2).text, QString("last"));
    }

    // text(): a selection's text; the lines between its ends come whole from the file, and a
    // huge selection stops at the limit and says so.
    void textOfASelection()
    {
        const QByteArray text =
            "alpha beta\r\ngamma\n" + QByteArray(100000, 'x') + "\ndelta epsilon\n";
        const QString path = archiveOf(text, "bzip2", "copy");
        LogDocument doc;
        QSignalSpy finished(&doc, &LogDocument::finished);
        doc.open(path);
        QVERIFY(waitFinished(finished));
        bool cut = true;
        qint64 selected = 0;
        QCOMPARE(doc.text(0, 6, 0, 10, LogDocument::maxCopyBytes, &cut, &selected),
                 QString("beta"));
        QVERIFY(!cut);
        QCOMPARE(selected, 4);
        const QString all = doc.text(0, 6, 3, 5, LogDocument::maxCopyBytes, &cut, &selected);
        QCOMPARE(all, "beta\ngamma\n" + QString(100000, 'x') + "\ndelta");
        QVERIFY(!cut);
        QCOMPARE(selected, qint64(text.indexOf("delta") + 5 - 6));
        const QString limited = doc.text(0, 0, 3, 5, 50000, &cut, &selected);
        QVERIFY(cut);
        QVERIFY(limited.size() <= 50000);
        QVERIFY(limited.startsWith("alpha beta\ngamma\nxxx"));
        QCOMPARE(selected, qint64(text.indexOf("delta") + 5));
        // Backwards or out of range: nothing, no crash.
        QVERIFY(doc.text(3, 0, 1, 0).isEmpty());
        QVERIFY(doc.text(0, 0, 99, 0).isEmpty());
    }

    // The temporary file lives under the temporary location while open and goes at close.
    void temporaryFileIsRemoved()
    {
        const QString path = archiveOf("one\ntwo\n", "xz", "temp");
        LogDocument doc;
        QSignalSpy finished(&doc, &LogDocument::finished);
        doc.open(path);
        QVERIFY(waitFinished(finished));
        const QString content = doc.contentPath();
        QVERIFY(content.startsWith(m_temp.path() + "/logkeeper-view-"));
        QVERIFY(QFile::exists(content));
        QCOMPARE(TestUtil::readFile(content), QByteArray("one\ntwo\n"));
        doc.close();
        QVERIFY(!QFile::exists(content));
        QCOMPARE(doc.lineCount(), 0);
        QVERIFY(QDir(m_temp.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
    }

    // A log's history: its archives oldest first, then the active log, as one text. Each file
    // begins on a line of its own (one without a final newline gets one) under a File
    // boundary; an empty file is a boundary with no lines; the active log is followed.
    void historyIsOneText()
    {
        const QString codec2 = TestUtil::codecNames().value(1, "gzip");
        const QString oldest = archiveOf("a1\na2\n", "gzip", "hist.log.3");
        const QString middle = archiveOf("b1\nb2", codec2, "hist.log.2");
        const QString empty = archiveOf({}, "gzip", "hist.log.1");
        const QString active = m_dir.filePath("hist.log");
        QVERIFY(TestUtil::writeFile(active, "c1\n"));
        QVERIFY(!oldest.isEmpty() && !middle.isEmpty() && !empty.isEmpty());
        LogDocument doc;
        QSignalSpy finished(&doc, &LogDocument::finished);
        doc.openHistory({oldest, middle, empty, active});
        QVERIFY(waitFinished(finished));
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        QCOMPARE(doc.path(), active);
        QCOMPARE(doc.historyPaths().size(), 4);
        QStringList lines;
        for (const LogDocument::Line &l : doc.lines(0, doc.lineCount()))
            lines.append(l.text);
        QCOMPARE(lines, QStringList({"a1", "a2", "b1", "b2", "c1"}));
        const QList<LogDocument::Boundary> b = doc.boundaries();
        QCOMPARE(b.size(), 4);
        const QList<qint64> at = {0, 2, 4, 4};
        const QStringList paths = {oldest, middle, empty, active};
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(b.at(i).kind, LogDocument::Boundary::Kind::File);
            QCOMPARE(b.at(i).line, at.at(i));
            QCOMPARE(b.at(i).path, paths.at(i));
        }
        QVERIFY(doc.isFollowing());
        QVERIFY(TestUtil::appendFile(active, "c2\n"));
        QTRY_COMPARE_WITH_TIMEOUT(doc.lineCount(), 6, 10000);
        QCOMPARE(doc.line(5).text, QString("c2"));
    }

    // A damaged archive in a history is read as far as it goes, marked, and the rest follows.
    void damagedFileInAHistory()
    {
        QByteArray text;
        QRandomGenerator random(9);
        for (int i = 0; i < 50000; ++i)
            text += "old " + QByteArray::number(i) + ' ' +
                    QByteArray::number(random.generate64(), 36) + '\n';
        const QString damaged = archiveOf(text, "gzip", "dmg.log.2");
        QFile f(damaged);
        QVERIFY(f.resize(f.size() / 2));
        const QString next = archiveOf("next 1\n", "gzip", "dmg.log.1");
        LogDocument doc;
        QSignalSpy finished(&doc, &LogDocument::finished);
        doc.openHistory({damaged, next});
        QVERIFY(waitFinished(finished));
        QVERIFY(finished.at(0).at(0).toBool());
        const QList<LogDocument::Boundary> b = doc.boundaries();
        QCOMPARE(b.size(), 3); // damaged begins, its damage, next begins
        QCOMPARE(b.at(1).kind, LogDocument::Boundary::Kind::Damaged);
        QCOMPARE(b.at(1).path, damaged);
        QVERIFY2(b.at(1).detail.contains(damaged), qPrintable(b.at(1).detail));
        QCOMPARE(b.at(2).line, b.at(1).line);
        QCOMPARE(doc.line(b.at(2).line).text, QString("next 1"));
        QCOMPARE(doc.lineCount(), b.at(2).line + 1);
        QVERIFY(b.at(1).line > 1000);
        QVERIFY(!doc.isFollowing()); // the last file is compressed
    }

    // Opening another file replaces the content; destroying a loading document stops its
    // worker and removes its file.
    void reopenAndDestroyWhileLoading()
    {
        const QString big = archiveOf(TestUtil::numberedLines("big", 0, 100000), "xz", "reopen");
        const QString small = archiveOf("small\n", "gzip", "reopen-small");
        {
            LogDocument doc;
            QSignalSpy finished(&doc, &LogDocument::finished);
            QSignalSpy opened(&doc, &LogDocument::opened);
            doc.open(big);
            doc.open(small);
            QCOMPARE(opened.size(), 2);
            QVERIFY(waitFinished(finished));
            QCOMPARE(finished.size(), 1); // the replaced one reports nothing
            QCOMPARE(doc.lineCount(), 1);
            QCOMPARE(doc.line(0).text, QString("small"));
            doc.open(big);
        }
        QVERIFY(QDir(m_temp.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLogDocument)
#include "tst_logdocument.moc"
