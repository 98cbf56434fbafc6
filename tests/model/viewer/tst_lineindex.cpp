// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "viewer/lineindex.h"

#include <QRandomGenerator>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace Logkeeper;

namespace {
// Every line start of `text` (as LineIndex counts lines: each '\n' ends one; a tail without
// one is a last line).
QList<qint64> lineStarts(const QByteArray &text)
{
    QList<qint64> starts;
    qint64 start = 0;
    for (qint64 i = 0; i < text.size(); ++i) {
        if (text.at(i) == '\n') {
            starts.append(start);
            start = i + 1;
        }
    }
    if (start < text.size())
        starts.append(start);
    return starts;
}

// Appends `text` in pieces of random sizes (chunk boundaries anywhere, also inside "\r\n").
void appendInPieces(LineIndex &index, const QByteArray &text, quint32 seed)
{
    QRandomGenerator random(seed);
    for (qint64 at = 0; at < text.size();) {
        const qint64 n = qMin<qint64>(text.size() - at, 1 + random.bounded(70000));
        index.append(text.constData() + at, n);
        at += n;
    }
}

// Where the index says line n starts: the checkpoint plus a scan, as a reader does it.
qint64 startVia(const LineIndex &index, const QByteArray &text, qint64 line)
{
    const LineIndex::Checkpoint cp = index.checkpointFor(line);
    qint64 offset = cp.offset;
    for (qint64 l = cp.line; l < line; ++l)
        offset = text.indexOf('\n', offset) + 1;
    return offset;
}

QByteArray mixedText()
{
    QByteArray text;
    QRandomGenerator random(42);
    for (int i = 0; i < 20000; ++i) {
        const int kind = random.bounded(100);
        if (kind < 3)
            text += '\n'; // empty line
        else if (kind < 4)
            text += QByteArray(40000 + random.bounded(100000), 'L') + '\n'; // longer than a span
        else
            text += "line " + QByteArray::number(i) + ' ' + QByteArray(random.bounded(300), 'x') +
                    (kind < 10 ? "\r\n" : "\n");
    }
    return text;
}
} // namespace

class TestLineIndex : public QObject
{
    Q_OBJECT

private slots:
    // A followed file: its unterminated last line is published as it grows, and settle()
    // tells waiters that all there is has been appended.
    void publishesTheTailWhenFollowing()
    {
        LineIndex index;
        index.append("one\ntw", 7);
        QCOMPARE(index.lineCount(), 1);
        index.setPublishesTail(true);
        LineIndex::Extent e = index.extent();
        QCOMPARE(e.lines, 2);
        QCOMPARE(e.bytes, 7);
        QVERIFY(e.partialTail);
        QCOMPARE(e.completeLines(), 1);
        QVERIFY(!e.settled);
        index.settle();
        QVERIFY(index.extent().settled);
        index.append("o\nthree", 8);
        e = index.extent();
        QCOMPARE(e.lines, 3);
        QCOMPARE(e.bytes, 15);
        QVERIFY(e.partialTail);
        QVERIFY(!e.settled); // appending ends "caught up"
        index.append("\n", 1);
        e = index.extent();
        QCOMPARE(e.lines, 3);
        QVERIFY(!e.partialTail);
        QVERIFY(index.endsWithNewline());
        QCOMPARE(index.appendedLines(), 3);
        // A waiter wakes on growth of the tail alone.
        index.append("x", 1);
        const LineIndex::Extent seen = index.extent();
        QThread *writer = QThread::create([&index] {
            QThread::msleep(50);
            index.append("y", 1);
        });
        writer->start();
        const LineIndex::Extent after = index.waitForChange(seen, 10000);
        writer->wait();
        delete writer;
        QCOMPARE(after.bytes, seen.bytes + 1);
        QCOMPARE(after.lines, seen.lines);
    }

    void emptyText()
    {
        LineIndex index;
        QCOMPARE(index.lineCount(), 0);
        index.finish();
        QVERIFY(index.isFinished());
        QCOMPARE(index.lineCount(), 0);
        QCOMPARE(index.publishedBytes(), 0);
    }

    void countsLikeWcPlusUnterminatedLast_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qint64>("whileLoading");
        QTest::addColumn<qint64>("finished");
        QTest::newRow("one line") << QByteArray("a\n") << qint64(1) << qint64(1);
        QTest::newRow("no final newline") << QByteArray("a\nb") << qint64(1) << qint64(2);
        QTest::newRow("only newlines") << QByteArray("\n\n\n") << qint64(3) << qint64(3);
        QTest::newRow("crlf") << QByteArray("a\r\nb\r\n") << qint64(2) << qint64(2);
        QTest::newRow("no newline at all") << QByteArray("abc") << qint64(0) << qint64(1);
    }
    void countsLikeWcPlusUnterminatedLast()
    {
        QFETCH(QByteArray, text);
        QFETCH(qint64, whileLoading);
        QFETCH(qint64, finished);
        LineIndex index;
        index.append(text.constData(), text.size());
        // Only terminated lines are published while more may come...
        QCOMPARE(index.lineCount(), whileLoading);
        QCOMPARE(index.publishedBytes(), text.lastIndexOf('\n') + 1);
        index.finish();
        // ...the unterminated last one once the text is complete.
        QCOMPARE(index.lineCount(), finished);
        QCOMPARE(index.publishedBytes(), qint64(text.size()));
        QCOMPARE(index.lineCount(), qint64(lineStarts(text).size()));
    }

    // Every line's start is found through its checkpoint, whatever the chunking.
    void everyLineStartIsFound()
    {
        const QByteArray text = mixedText();
        const QList<qint64> starts = lineStarts(text);
        for (quint32 seed : {1u, 2u, 3u}) {
            LineIndex index;
            appendInPieces(index, text, seed);
            index.finish();
            QCOMPARE(index.lineCount(), qint64(starts.size()));
            for (qint64 line = 0; line < starts.size(); ++line)
                QCOMPARE(startVia(index, text, line), starts.at(line));
            QCOMPARE(index.checkpointFor(index.lineCount()).line <= index.lineCount(), true);
        }
    }

    // The scan from a checkpoint to a line never passes more than spanBytes plus the one line
    // that crossed it; a line longer than the span is always followed by a checkpoint.
    void scansAreBounded()
    {
        const QByteArray text = mixedText();
        const QList<qint64> starts = lineStarts(text);
        LineIndex index;
        appendInPieces(index, text, 9);
        index.finish();
        for (qint64 line = 0; line + 1 < starts.size(); ++line) {
            const LineIndex::Checkpoint cp = index.checkpointFor(line);
            if (cp.line != line)
                QVERIFY2(starts.at(line) - cp.offset < LineIndex::spanBytes,
                         qPrintable(QString::number(line)));
            if (starts.at(line + 1) - starts.at(line) > LineIndex::spanBytes)
                QCOMPARE(index.checkpointFor(line + 1).line, line + 1);
        }
    }

    // At most one checkpoint per spanBytes of text, however short the lines.
    void memoryIsBoundedByBytes_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty lines") << QByteArray(8 << 20, '\n');
        QByteArray shortLines;
        while (shortLines.size() < (8 << 20))
            shortLines += "abc\n";
        QTest::newRow("short lines") << shortLines;
        QTest::newRow("one huge line") << QByteArray(8 << 20, 'x');
    }
    void memoryIsBoundedByBytes()
    {
        QFETCH(QByteArray, text);
        LineIndex index;
        appendInPieces(index, text, 5);
        index.finish();
        QVERIFY(index.checkpointCount() <= text.size() / LineIndex::spanBytes + 1);
        // 8 MiB of text: well under 16 KiB of index, even for 8 million empty lines.
        QVERIFY2(index.memoryUsage() < 16 * 1024, qPrintable(QString::number(index.memoryUsage())));
    }

    // A reader on another thread only ever sees complete, consistent lines while a writer
    // appends; waitForLines() wakes it.
    void readersSeeConsistentLinesWhileWriting()
    {
        const QByteArray text = mixedText();
        const QList<qint64> starts = lineStarts(text);
        LineIndex index;
        std::atomic_bool bad{false};
        std::unique_ptr<QThread> reader(QThread::create([&] {
            qint64 seen = 0;
            while (!index.isFinished() || seen < index.lineCount()) {
                index.waitForLines(seen, 1000);
                const LineIndex::Extent extent = index.extent();
                if (extent.lines < seen)
                    bad = true;
                // The published bytes end where the line after the last published one starts.
                if (extent.lines > 0 && extent.lines < starts.size() &&
                    extent.bytes != starts.at(extent.lines))
                    bad = true;
                for (qint64 l = seen; l < extent.lines; l += 97)
                    if (startVia(index, text, l) != starts.at(l))
                        bad = true;
                seen = extent.lines;
            }
        }));
        reader->start();
        appendInPieces(index, text, 11);
        index.finish();
        QVERIFY(reader->wait(60000));
        QVERIFY(!bad);
    }

    void waitForLinesTimesOutWithoutData()
    {
        LineIndex index;
        QVERIFY(!index.waitForLines(0, 10));
        index.append("x\n", 2);
        QVERIFY(index.waitForLines(0, 10));
        QVERIFY(!index.waitForLines(1, 10));
        index.finish();
        QVERIFY(!index.waitForLines(1, 60000)); // finished: returns at once
    }
};

QTEST_GUILESS_MAIN(TestLineIndex)
#include "tst_lineindex.moc"
