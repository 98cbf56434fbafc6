// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "viewer/lineindex.h"
#include "viewer/linereader.h"

#include "testutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Logkeeper;

namespace {
struct Indexed
{
    std::shared_ptr<LineIndex> index = std::make_shared<LineIndex>();
    QString path;
};

Indexed indexFile(const QString &path, const QByteArray &text, bool finish = true)
{
    Indexed out;
    out.path = path;
    TestUtil::writeFile(path, text);
    for (qint64 at = 0; at < text.size(); at += 100000)
        out.index->append(text.constData() + at, qMin<qint64>(100000, text.size() - at));
    if (finish)
        out.index->finish();
    return out;
}

QList<QByteArray> splitLines(const QByteArray &text)
{
    QList<QByteArray> lines = text.split('\n');
    if (text.endsWith('\n') || text.isEmpty())
        lines.removeLast();
    return lines;
}
} // namespace

class TestLineReader : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void readsEveryLineExactly()
    {
        QByteArray text;
        for (int i = 0; i < 50000; ++i) // every 17th line empty
            text += (i % 17 == 0 ? QByteArray()
                                 : "line " + QByteArray::number(i) + " " +
                                       QByteArray(i % 300, char('a' + i % 26))) +
                    '\n';
        text += QByteArray(50000, '\n');
        text += "last line without newline";
        const Indexed f = indexFile(m_dir.filePath("every.txt"), text);
        const QList<QByteArray> expected = splitLines(text);
        LineReader reader(f.index, f.path, 64 * 1024);
        QVERIFY(reader.isOpen());
        QList<QByteArray> read;
        QVERIFY(reader.forEachLine(
            0, 1 << 30, 1 << 20,
            [&](qint64 line, qint64 offset, const char *data, qint64 shown, qint64 length) {
                if (line != read.size() || shown != length)
                    return false;
                read.append(QByteArray(data, shown));
                return offset >= 0;
            }));
        QCOMPARE(read.size(), expected.size());
        QCOMPARE(read, expected);
        // Any window, starting anywhere.
        for (qint64 first : {0, 1, 16, 17, 12345, 49999, 50000, 99999, 100000}) {
            QList<QByteArray> window;
            reader.forEachLine(first, 5, 1 << 20,
                               [&](qint64, qint64, const char *data, qint64 shown, qint64) {
                                   window.append(QByteArray(data, shown));
                                   return true;
                               });
            QCOMPARE(window, expected.mid(first, 5));
        }
        // lineStart() agrees with the text.
        qint64 offset = 0;
        for (qint64 line = 0; line < expected.size(); line += 1111) {
            offset = 0;
            for (qint64 l = 0; l < line; ++l)
                offset += expected.at(l).size() + 1;
            QCOMPARE(reader.lineStart(line), offset);
        }
        QCOMPARE(reader.lineStart(expected.size()), qint64(text.size()));
    }

    // A line of many megabytes is read only up to the cap; its length is still known, and the
    // lines after it are found without reading it.
    void hugeLinesAreCut()
    {
        const QByteArray huge(20 << 20, 'H');
        const QByteArray text = "before\n" + huge + "\nafter\n" + huge;
        const Indexed f = indexFile(m_dir.filePath("huge.txt"), text);
        LineReader reader(f.index, f.path, 64 * 1024);
        QList<qint64> lengths, shownSizes;
        QByteArray after;
        QVERIFY(reader.forEachLine(
            0, 10, 1000, [&](qint64 line, qint64, const char *data, qint64 shown, qint64 length) {
                lengths.append(length);
                shownSizes.append(shown);
                if (line == 2)
                    after = QByteArray(data, shown);
                return true;
            }));
        QCOMPARE(lengths, (QList<qint64>{6, huge.size(), 5, huge.size()}));
        QCOMPARE(shownSizes, (QList<qint64>{6, 1000, 5, 1000}));
        QCOMPARE(after, QByteArray("after"));
        QCOMPARE(reader.lineStart(2), qint64(7 + huge.size() + 1));
        QCOMPARE(reader.lineStart(3), qint64(7 + huge.size() + 1 + 6));
    }

    // While the text is still being appended, only complete lines are read.
    void readsOnlyPublishedLines()
    {
        const QByteArray text = "one\ntwo\nthr";
        const Indexed f = indexFile(m_dir.filePath("growing.txt"), text, false);
        LineReader reader(f.index, f.path);
        QList<QByteArray> lines;
        reader.forEachLine(0, 10, 100, [&](qint64, qint64, const char *data, qint64 shown, qint64) {
            lines.append(QByteArray(data, shown));
            return true;
        });
        QCOMPARE(lines, (QList<QByteArray>{"one", "two"}));
        QCOMPARE(reader.readBytes(0, 100), QByteArray("one\ntwo\n"));
    }

    void decodesUtf8WithReplacementCharacters()
    {
        const QByteArray valid = "caf\xc3\xa9 \xe2\x82\xac";
        QCOMPARE(LineReader::decode(valid.constData(), valid.size(), valid.size()),
                 QString::fromUtf8(valid));
        const QByteArray invalid = "a\xff\xfe"
                                   "b\x80"
                                   "c\0d";
        const QString decoded = LineReader::decode(invalid.constData(), 8, 8);
        QCOMPARE(decoded.size(), 8);
        QCOMPARE(decoded.at(1), QChar(QChar::ReplacementCharacter));
        QCOMPARE(decoded.at(4), QChar(QChar::ReplacementCharacter));
        QCOMPARE(decoded.at(6), QChar(0));
        // CRLF: the '\r' is not part of the text.
        QCOMPARE(LineReader::decode("ab\r", 3, 3), QString("ab"));
        // A character cut by the cap is dropped, not shown as U+FFFD.
        const QByteArray euro = "ab\xe2\x82\xac";
        QCOMPARE(LineReader::decode(euro.constData(), 4, 10), QString("ab"));
        QCOMPARE(LineReader::decode(euro.constData(), 5, 10), QString::fromUtf8(euro));
    }

    void missingFileIsAnError()
    {
        auto index = std::make_shared<LineIndex>();
        LineReader reader(index, m_dir.filePath("nope"));
        QVERIFY(!reader.isOpen());
        QVERIFY(reader.errorString().contains(m_dir.filePath("nope")));
    }
};

QTEST_GUILESS_MAIN(TestLineReader)
#include "tst_linereader.moc"
