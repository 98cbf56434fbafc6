// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace Logkeeper {

// Reads a number typed into a settings field the way the user meant it, never 10× or 1000× off.
// The locale's decimal separator is the decimal point. The other one of "." and "," is taken
// as the decimal point too where that is unambiguous ("2.5" and "0.1" in German, "2,5" in
// English); as a thousands separator only where it cannot be a decimal point ("1.000.000",
// "1.000,5" in German). "1.000" in German (or "1,000" in English) could be either: it is not
// taken, and the reading says why.
class NumberInput
{
    Q_DECLARE_TR_FUNCTIONS(NumberInput)

public:
    enum class State
    {
        Number,     // value holds it
        Incomplete, // on the way to a number (empty, "2,"): nothing to say yet
        Ambiguous,  // could be two numbers: problem says which
        TooPrecise, // more decimals than the field takes (it would be rounded)
        NotANumber
    };
    struct Reading
    {
        State state = State::Incomplete;
        double value = 0;
        QString problem; // a sentence for the user, for Ambiguous, TooPrecise and NotANumber
        bool ok() const { return state == State::Number; }
    };

    // text without prefix and suffix; decimals: 0 for whole numbers.
    static Reading read(const QString &text, const QLocale &locale, int decimals);
    // The value as the field shows it: the locale's decimal separator, no thousands separator,
    // no trailing zeros ("2,5" in German, "10" rather than "10,000").
    static QString text(double value, const QLocale &locale, int decimals);
};

} // namespace Logkeeper
