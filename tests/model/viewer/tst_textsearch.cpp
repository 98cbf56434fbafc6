// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "compression/archivecompressor.h"
#include "core/codecs.h"
#include "viewer/linereader.h"
#include "viewer/logdocument.h"
#include "viewer/searchpattern.h"
#include "viewer/textsearch.h"

#include "testutil.h"

#include <QDeadlineTimer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Logkeeper;

namespace {
// A log with known words: "ERROR" on every 10th line, "error" on every 15th, "Error" twice on
// every 1000th, a line with invalid bytes and CRLF endings here and there.
QByteArray sampleLog(int lines)
{
    QByteArray text;
    for (int i = 0; i < lines; ++i) {
        QByteArray line = "2024-05-01 12:00:" + QByteArray::number(i % 60) +
                          " req=" + QByteArray::number(i) + " path=/api/v" +
                          QByteArray::number(i % 3);
        if (i % 10 == 0)
            line += " ERROR timeout";
        if (i % 15 == 0)
            line += " error in handler";
        if (i % 1000 == 0)
            line += " Error Error";
        if (i % 77 == 0)
            line += " \xff\xfe bad bytes \xc3";
        text += line + (i % 5 == 0 ? "\r\n" : "\n");
    }
    return text;
}

// Counted independently of SearchPattern: plain text by QString::indexOf, expressions by
// QRegularExpression, line by line.
qint64 referenceCount(const QByteArray &text, const QString &needle, bool regex, bool caseSensitive)
{
    qint64 n = 0;
    const QRegularExpression expression(needle, caseSensitive
                                                    ? QRegularExpression::NoPatternOption
                                                    : QRegularExpression::CaseInsensitiveOption);
    for (QByteArray raw : text.split('\n')) {
        if (raw.endsWith('\r'))
            raw.chop(1);
        const QString line = QString::fromUtf8(raw);
        if (regex) {
            for (auto it = expression.globalMatch(line); it.hasNext();)
                n += it.next().capturedLength() > 0 ? 1 : 0;
        } else {
            const Qt::CaseSensitivity cs = caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive;
            for (qsizetype at = line.indexOf(needle, 0, cs); at >= 0;
                 at = line.indexOf(needle, at + needle.size(), cs))
                ++n;
        }
    }
    return n;
}

struct Found
{
    qint64 line = -1;
    int start = -1;
    int length = 0;
    bool wrapped = false;
};
} // namespace

class TestTextSearch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_archive; // sampleLog(200000), zstd
    QByteArray m_text;

    QString archiveOf(const QByteArray &data, const QString &codec, const QString &name)
    {
        const QString source = m_dir.filePath(name + ".src");
        if (!TestUtil::writeFile(source, data))
            return {};
        const QString target = m_dir.filePath(name + TestUtil::extension(codec));
        const auto r = TestUtil::compress(source, target, codec, -1);
        QFile::remove(source);
        return r.ok ? target : QString();
    }

    static bool load(LogDocument &doc, const QString &path)
    {
        QSignalSpy finished(&doc, &LogDocument::finished);
        doc.open(path);
        return finished.wait(120000) && finished.at(0).at(0).toBool();
    }

    static qint64 countAll(TextSearch &search, const SearchPattern &pattern)
    {
        QSignalSpy changed(&search, &TextSearch::countChanged);
        search.count(pattern);
        for (;;) {
            if (!changed.isEmpty() && changed.last().at(2).toBool())
                return changed.last().at(0).toLongLong();
            if (!changed.wait(120000))
                return -1;
        }
    }

    static Found findOne(TextSearch &search, const SearchPattern &pattern, qint64 line, int column,
                         bool forward)
    {
        QSignalSpy found(&search, &TextSearch::found);
        QSignalSpy notFound(&search, &TextSearch::notFound);
        search.find(pattern, line, column, forward);
        QDeadlineTimer deadline(120000);
        while (found.isEmpty() && notFound.isEmpty() && !deadline.hasExpired())
            QTest::qWait(5);
        if (found.isEmpty())
            return {};
        const QList<QVariant> f = found.first();
        return {f.at(0).toLongLong(), f.at(1).toInt(), f.at(2).toInt(), f.at(3).toBool()};
    }

private slots:
    void initTestCase()
    {
        qputenv("TMPDIR", m_dir.path().toLocal8Bit());
        m_text = sampleLog(200000);
        m_archive = archiveOf(m_text, "zstd", "sample");
        QVERIFY(!m_archive.isEmpty());
    }

    void patternMatchesInALine()
    {
        const SearchPattern plain("ab", false, true);
        QCOMPARE(plain.matches("xxabab aB ab").size(), 3);
        QCOMPARE(plain.matches("aaa").size(), 0);
        const SearchPattern anyCase("ab", false, false);
        QCOMPARE(anyCase.matches("xxabab aB AB").size(), 4);
        QCOMPARE(anyCase.nextMatch("AB ab", 1).start, 3);
        QCOMPARE(anyCase.previousMatch("AB ab", 3).start, 0);
        QCOMPARE(anyCase.previousMatch("AB ab").start, 3);
        QVERIFY(!anyCase.previousMatch("AB ab", 0).isValid());
        // Non-overlapping, left to right.
        QCOMPARE(SearchPattern("aa", false, true).matches("aaaa").size(), 2);
        const SearchPattern regex("re+q=\\d+", true, true);
        QVERIFY(regex.isUsable());
        const auto m = regex.matches("x reeq=12 req=3");
        QCOMPARE(m.size(), 2);
        QCOMPARE(m.at(0).start, 2);
        QCOMPARE(m.at(0).length, 7);
        // An expression that also matches nothing finds only its non-empty matches.
        QCOMPARE(SearchPattern("x*", true, true).matches("axxbx").size(), 2);
        // Anchors see the whole line even from a column.
        QVERIFY(!SearchPattern("^b", true, true).nextMatch("ab", 1).isValid());
        QCOMPARE(SearchPattern("ERROR", true, false).matches("error Error").size(), 2);
    }

    void invalidAndEmptyPatterns()
    {
        const SearchPattern bad("a(b", true, true);
        QVERIFY(!bad.isValid());
        QVERIFY(!bad.isUsable());
        QVERIFY(!bad.errorString().isEmpty());
        QVERIFY(bad.matches("a(b").isEmpty());
        QVERIFY(SearchPattern("a(b", false, true).isValid()); // plain text: just characters
        QCOMPARE(SearchPattern("a(b", false, true).matches("xa(b").size(), 1);
        QVERIFY(!SearchPattern().isUsable());
        QVERIFY(SearchPattern().matches("abc").isEmpty());
    }

    // count() on bytes agrees with matches() on the decoded text, invalid bytes and all.
    void byteCountAgreesWithText()
    {
        QRandomGenerator random(5);
        const QList<SearchPattern> patterns = {
            {"ab", false, true},
            {"\xc3\xa9", false, true},
            {QString::fromUtf8("é"), false, true},
            {"AB", false, false},
            {"a.b", true, true},
            {QString(QChar(0xFFFD)), false, true},
            {"b\xc3", false, true},
            {"Ab", false, false}, // ASCII ignoring case: lowered bytes for ASCII lines
            {"k b", false, false},
        };
        for (int round = 0; round < 2000; ++round) {
            QByteArray line;
            const int n = random.bounded(40);
            for (int i = 0; i < n; ++i) {
                static const char *pieces[] = {"a",    "b",           "ab", "\xc3\xa9", "\xc3",
                                               "\xff", "\r",          "A",  " ",        "K",
                                               "k",    "\xe2\x84\xaa" /* Kelvin sign */};
                static const int ascii[] = {0, 1, 2, 6, 7, 8, 9, 10};
                // Every other line ASCII only, so both ways of ignoring case are compared.
                line += round % 2 ? pieces[random.bounded(12)] : pieces[ascii[random.bounded(8)]];
            }
            for (const SearchPattern &p : patterns)
                QCOMPARE(
                    p.count(line.constData(), line.size(), line.size()),
                    qint64(p.matches(LineReader::decode(line.constData(), line.size(), line.size()))
                               .size()));
        }
    }

    void countIsExact_data()
    {
        QTest::addColumn<QString>("needle");
        QTest::addColumn<bool>("regex");
        QTest::addColumn<bool>("caseSensitive");
        QTest::newRow("plain, case") << "ERROR" << false << true;
        QTest::newRow("plain, any case") << "error" << false << false;
        QTest::newRow("plain, lower only") << "error" << false << true;
        QTest::newRow("regex") << "req=1\\d*5 " << true << true;
        QTest::newRow("regex, any case") << "e(rr)?or" << true << false;
        QTest::newRow("replacement character") << QString(QChar(0xFFFD)) << false << true;
        QTest::newRow("nothing") << "no such text" << false << false;
    }
    void countIsExact()
    {
        QFETCH(QString, needle);
        QFETCH(bool, regex);
        QFETCH(bool, caseSensitive);
        LogDocument doc;
        QVERIFY(load(doc, m_archive));
        TextSearch search(&doc);
        const qint64 expected = referenceCount(m_text, needle, regex, caseSensitive);
        const qint64 counted = countAll(search, SearchPattern(needle, regex, caseSensitive));
        QCOMPARE(counted, expected);
        QCOMPARE(search.matchCount(), expected);
        QVERIFY(!search.isCounting());
    }

    // Started while the document still loads, the count follows it to the end.
    void countFollowsALoadingDocument()
    {
        const QString slow = archiveOf(m_text, "xz", "slow");
        LogDocument doc;
        QSignalSpy finished(&doc, &LogDocument::finished);
        TextSearch search(&doc);
        QSignalSpy changed(&search, &TextSearch::countChanged);
        doc.open(slow);
        search.count(SearchPattern("ERROR", false, true));
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty() && changed.last().at(2).toBool(), 120000);
        QVERIFY(!finished.isEmpty());
        QCOMPARE(changed.last().at(0).toLongLong(), referenceCount(m_text, "ERROR", false, true));
        QCOMPARE(changed.last().at(1).toLongLong(), doc.lineCount());
        // Updates came in order and never went down.
        for (int i = 1; i < changed.size(); ++i)
            QVERIFY(changed.at(i).at(0).toLongLong() >= changed.at(i - 1).at(0).toLongLong());
    }

    void cancelledCountReportsNothingMore()
    {
        LogDocument doc;
        QVERIFY(load(doc, m_archive));
        TextSearch search(&doc);
        QSignalSpy changed(&search, &TextSearch::countChanged);
        search.count(SearchPattern("(a|b|c)+\\d", true, false));
        search.cancelCount();
        QVERIFY(!search.isCounting());
        // A find after it comes through; the cancelled count never reports.
        QVERIFY(findOne(search, SearchPattern("ERROR", false, true), 0, 0, true).line >= 0);
        QVERIFY(changed.isEmpty());
        // Empty and invalid patterns count nothing, at once.
        QCOMPARE(countAll(search, SearchPattern()), 0);
        QCOMPARE(countAll(search, SearchPattern("(", true, true)), 0);
    }

    void findNextAndPrevious()
    {
        LogDocument doc;
        QVERIFY(load(doc, m_archive));
        TextSearch search(&doc);
        const SearchPattern error("ERROR", false, true);
        // Line 0 has ERROR; searching from its column finds it, from after it the next one.
        const int column = doc.line(0).text.indexOf("ERROR");
        Found f = findOne(search, error, 0, 0, true);
        QCOMPARE(f.line, 0);
        QCOMPARE(f.start, column);
        QCOMPARE(f.length, 5);
        QVERIFY(!f.wrapped);
        f = findOne(search, error, 0, column + 1, true);
        QCOMPARE(f.line, 10);
        f = findOne(search, error, 12345, 0, true);
        QCOMPARE(f.line, 12350);
        // Backward: the last match before the position.
        f = findOne(search, error, 12350, doc.line(12350).text.indexOf("ERROR"), false);
        QCOMPARE(f.line, 12340);
        QVERIFY(!f.wrapped);
        f = findOne(search, error, 12350, 100000, false);
        QCOMPARE(f.line, 12350);
        // Round the end and the start.
        f = findOne(search, error, 199995, 0, true);
        QCOMPARE(f.line, 0);
        QVERIFY(f.wrapped);
        f = findOne(search, error, 0, 0, false);
        QCOMPARE(f.line, 199990);
        QVERIFY(f.wrapped);
        // Case and expressions.
        f = findOne(search, SearchPattern("Error", false, true), 1, 0, true);
        QCOMPARE(f.line, 1000);
        f = findOne(search, SearchPattern("error", false, false), 1, 0, true);
        QCOMPARE(f.line, 10);
        f = findOne(search, SearchPattern("req=1999\\d\\d ", true, true), 0, 0, true);
        QCOMPARE(f.line, 199900);
        QCOMPARE(doc.line(f.line).text.mid(f.start, f.length), QString("req=199900 "));
        // A single match in the document is found again from just after itself.
        const SearchPattern once("req=123456 ", false, true);
        f = findOne(search, once, 123456, 30, true);
        QCOMPARE(f.line, 123456);
        QVERIFY(f.wrapped);
        // Nothing to find.
        QCOMPARE(findOne(search, SearchPattern("no such text", false, true), 5, 0, true).line, -1);
        QCOMPARE(findOne(search, SearchPattern("no such text", false, true), 5, 0, false).line, -1);
    }

    // A new find replaces one in flight: only the newest answers.
    void newerFindWins()
    {
        LogDocument doc;
        QVERIFY(load(doc, m_archive));
        TextSearch search(&doc);
        QSignalSpy found(&search, &TextSearch::found);
        QSignalSpy notFound(&search, &TextSearch::notFound);
        search.find(SearchPattern("no such text", false, false), 0, 0, true);
        search.find(SearchPattern("Error", false, true), 0, 0, true);
        QTRY_VERIFY_WITH_TIMEOUT(!found.isEmpty() || !notFound.isEmpty(), 120000);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().at(0).toLongLong(), 0);
        QVERIFY(notFound.isEmpty());
        QVERIFY(!search.isFinding());
    }
};

QTEST_GUILESS_MAIN(TestTextSearch)
#include "tst_textsearch.moc"
