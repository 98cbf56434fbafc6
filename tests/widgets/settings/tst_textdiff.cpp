// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "widgets/settings/textdiff.h"

#include <QTest>

using namespace Logkeeper;

// The line diff the settings editor shows when another program changed the config.
class TestTextDiff : public QObject
{
    Q_OBJECT

    static QString render(const QVector<TextDiff::Line> &lines)
    {
        QStringList out;
        for (const TextDiff::Line &l : lines)
            out << (l.kind == TextDiff::Kind::Same      ? " "
                    : l.kind == TextDiff::Kind::Removed ? "-"
                                                        : "+") +
                       l.text;
        return out.join('\n');
    }

private slots:
    void linesOnlyInOneTextAreMarked()
    {
        const QString a = "{\n  \"a\": 1,\n  \"b\": 2,\n  \"c\": 3\n}\n";
        const QString b = "{\n  \"a\": 1,\n  \"b\": 5,\n  \"c\": 3,\n  \"d\": 4\n}\n";
        const QVector<TextDiff::Line> lines = TextDiff::lines(a, b);
        QCOMPARE(render(lines),
                 QString(" {\n   \"a\": 1,\n-  \"b\": 2,\n-  \"c\": 3\n+  \"b\": 5,\n"
                         "+  \"c\": 3,\n+  \"d\": 4\n }"));
        // Line numbers in each text.
        QCOMPARE(lines.at(2).oldNumber, 3);
        QCOMPARE(lines.at(2).newNumber, 0);
        QCOMPARE(lines.at(4).newNumber, 3);
        QCOMPARE(lines.last().oldNumber, 5);
        QCOMPARE(lines.last().newNumber, 6);
    }

    void equalTextsHaveNoHunks()
    {
        QVERIFY(TextDiff::hunks("x\ny\n", "x\ny\n").isEmpty());
        QCOMPARE(TextDiff::lines("", "").size(), 0);
    }

    void hunksKeepContextAndJoinCloseChanges()
    {
        QStringList a, b;
        for (int i = 1; i <= 30; ++i)
            a << QString("line %1").arg(i);
        b = a;
        b[4] = "changed 5";
        b[7] = "changed 8"; // three lines later: the same hunk
        b[24] = "changed 25";
        const auto hunks = TextDiff::hunks(a.join('\n'), b.join('\n'), 2);
        QCOMPARE(hunks.size(), 2);
        QCOMPARE(hunks.at(0).lines.first().text, QString("line 3"));
        QCOMPARE(hunks.at(0).lines.last().text, QString("line 10"));
        QCOMPARE(hunks.at(1).lines.first().text, QString("line 23"));
        QCOMPARE(hunks.at(1).lines.last().text, QString("line 27"));
        QCOMPARE(render(hunks.at(1).lines),
                 QString(" line 23\n line 24\n-line 25\n+changed 25\n line 26\n line 27"));
    }
};

QTEST_GUILESS_MAIN(TestTextDiff)
#include "tst_textdiff.moc"
