// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "viewer/lineset.h"

#include <QRandomGenerator>
#include <QTest>

#include <vector>

using namespace Logkeeper;

class TestLineSet : public QObject
{
    Q_OBJECT

private slots:
    void empty()
    {
        LineSet set;
        QCOMPARE(set.count(), 0);
        QCOMPARE(set.at(0), -1);
        QCOMPARE(set.rankOf(100), 0);
        QVERIFY(!set.contains(0));
        QCOMPARE(set.last(), -1);
    }

    // select and rank agree with a plain sorted list, for sparse and dense sets alike.
    void agreesWithAList_data()
    {
        QTest::addColumn<int>("percent");
        QTest::newRow("sparse") << 1;
        QTest::newRow("some") << 14;
        QTest::newRow("dense") << 90;
        QTest::newRow("all") << 100;
    }
    void agreesWithAList()
    {
        QFETCH(int, percent);
        QRandomGenerator random{quint32(percent)};
        LineSet set;
        std::vector<qint64> list;
        for (qint64 line = 0; line < 200000; ++line) {
            if (int(random.bounded(100)) < percent) {
                set.add(line);
                list.push_back(line);
            }
        }
        QCOMPARE(set.count(), qint64(list.size()));
        for (size_t row = 0; row < list.size(); row += 1 + random.bounded(50))
            QCOMPARE(set.at(qint64(row)), list[row]);
        if (!list.empty()) {
            QCOMPARE(set.at(qint64(list.size()) - 1), list.back());
            QCOMPARE(set.last(), list.back());
        }
        QCOMPARE(set.at(qint64(list.size())), -1);
        for (int i = 0; i < 3000; ++i) {
            const qint64 line = random.bounded(210000);
            const qint64 rank =
                qint64(std::lower_bound(list.begin(), list.end(), line) - list.begin());
            QCOMPARE(set.rankOf(line), rank);
            QCOMPARE(set.contains(line), std::binary_search(list.begin(), list.end(), line));
        }
        QCOMPARE(set.countIn(0, 300000), qint64(list.size()));
    }

    // One bit per line: a million lines hold about 128 KiB, however many match.
    void staysSmall()
    {
        LineSet set;
        for (qint64 line = 0; line < 1000000; ++line)
            set.add(line);
        QVERIFY2(set.memoryUsage() < 400 * 1024, QByteArray::number(set.memoryUsage()));
        set.clear();
        QCOMPARE(set.count(), 0);
        set.add(5);
        QCOMPARE(set.at(0), 5);
    }
};

QTEST_GUILESS_MAIN(TestLineSet)
#include "tst_lineset.moc"
