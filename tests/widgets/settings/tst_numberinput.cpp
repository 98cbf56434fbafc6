// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "widgets/settings/numberinput.h"

#include <QTest>

using namespace Logkeeper;

// What typed numbers mean, in German and English: never 10× or 1000× off.
class TestNumberInput : public QObject
{
    Q_OBJECT

private slots:
    void reads_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<int>("state");
        QTest::addColumn<double>("value");
        const int number = int(NumberInput::State::Number);
        const int ambiguous = int(NumberInput::State::Ambiguous);
        const int incomplete = int(NumberInput::State::Incomplete);
        const int tooPrecise = int(NumberInput::State::TooPrecise);
        const int notANumber = int(NumberInput::State::NotANumber);
        // German: the comma is the decimal point; the point where it cannot be a separator.
        QTest::newRow("de 2,5") << "de_DE"
                                << "2,5" << 3 << number << 2.5;
        QTest::newRow("de 2.5") << "de_DE"
                                << "2.5" << 3 << number << 2.5;
        QTest::newRow("de 0.5") << "de_DE"
                                << "0.5" << 3 << number << 0.5;
        QTest::newRow("de 0.1") << "de_DE"
                                << "0.1" << 3 << number << 0.1;
        QTest::newRow("de .5") << "de_DE"
                               << ".5" << 3 << number << 0.5;
        QTest::newRow("de 0.100") << "de_DE"
                                  << "0.100" << 3 << number << 0.1;
        QTest::newRow("de 1234.567") << "de_DE"
                                     << "1234.567" << 3 << number << 1234.567;
        QTest::newRow("de 1.000") << "de_DE"
                                  << "1.000" << 3 << ambiguous << 0.0;
        QTest::newRow("de 12.500") << "de_DE"
                                   << "12.500" << 3 << ambiguous << 0.0;
        QTest::newRow("de 1.000,5") << "de_DE"
                                    << "1.000,5" << 3 << number << 1000.5;
        QTest::newRow("de 1.000.000") << "de_DE"
                                      << "1.000.000" << 3 << number << 1e6;
        QTest::newRow("de 1.00.0") << "de_DE"
                                   << "1.00.0" << 3 << notANumber << 0.0;
        QTest::newRow("de 10") << "de_DE"
                               << "10" << 3 << number << 10.0;
        QTest::newRow("de 2,") << "de_DE"
                               << "2," << 3 << number << 2.0;
        QTest::newRow("de ,") << "de_DE"
                              << "," << 3 << incomplete << 0.0;
        QTest::newRow("de empty") << "de_DE"
                                  << "" << 3 << incomplete << 0.0;
        QTest::newRow("de 1,2,3") << "de_DE"
                                  << "1,2,3" << 3 << notANumber << 0.0;
        QTest::newRow("de 0,0001") << "de_DE"
                                   << "0,0001" << 3 << tooPrecise << 0.0;
        QTest::newRow("de abc") << "de_DE"
                                << "abc" << 3 << notANumber << 0.0;
        // English: the point is the decimal point, the comma where it cannot be a separator.
        QTest::newRow("en 2.5") << "en_US"
                                << "2.5" << 3 << number << 2.5;
        QTest::newRow("en 2,5") << "en_US"
                                << "2,5" << 3 << number << 2.5;
        QTest::newRow("en 1,000") << "en_US"
                                  << "1,000" << 3 << ambiguous << 0.0;
        QTest::newRow("en 1,000.5") << "en_US"
                                    << "1,000.5" << 3 << number << 1000.5;
        // Whole numbers: a decimal is not a whole number, not ten times one.
        QTest::newRow("en int 1.5") << "en_US"
                                    << "1.5" << 0 << notANumber << 0.0;
        QTest::newRow("de int 1,5") << "de_DE"
                                    << "1,5" << 0 << notANumber << 0.0;
        QTest::newRow("de int 12") << "de_DE"
                                   << "12" << 0 << number << 12.0;
    }
    void reads()
    {
        QFETCH(QString, locale);
        QFETCH(QString, text);
        QFETCH(int, decimals);
        QFETCH(int, state);
        QFETCH(double, value);
        const NumberInput::Reading r = NumberInput::read(text, QLocale(locale), decimals);
        QCOMPARE(int(r.state), state);
        if (r.ok())
            QCOMPARE(r.value, value);
        const bool saysWhy = r.state == NumberInput::State::Ambiguous ||
                             r.state == NumberInput::State::TooPrecise ||
                             r.state == NumberInput::State::NotANumber;
        QCOMPARE(!r.problem.isEmpty(), saysWhy);
        if (saysWhy)
            QVERIFY2(r.problem.contains(text), qPrintable(r.problem));
    }

    void ambiguityNamesBothReadings()
    {
        const NumberInput::Reading r = NumberInput::read("1.000", QLocale("de_DE"), 3);
        QVERIFY2(r.problem.contains("1000") && r.problem.contains("1,000"), qPrintable(r.problem));
    }

    void showsTheValueWithoutTrailingZerosOrSeparators()
    {
        QCOMPARE(NumberInput::text(2.5, QLocale("de_DE"), 3), QString("2,5"));
        QCOMPARE(NumberInput::text(10, QLocale("de_DE"), 3), QString("10"));
        QCOMPARE(NumberInput::text(1234.5, QLocale("de_DE"), 3), QString("1234,5"));
        QCOMPARE(NumberInput::text(1234.5, QLocale("en_US"), 3), QString("1234.5"));
        QCOMPARE(NumberInput::text(0.125, QLocale("en_US"), 2), QString("0.13"));
        QCOMPARE(NumberInput::text(100, QLocale("en_US"), 0), QString("100"));
    }
};

QTEST_GUILESS_MAIN(TestNumberInput)
#include "tst_numberinput.moc"
