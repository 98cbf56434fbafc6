// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "widgets/settings/numberinput.h"

#include <QStringList>

#include <cmath>

namespace Logkeeper {

namespace {

bool allDigits(const QString &s)
{
    for (const QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

// "1", "12", "123", "1.234", "12.345.678": digit groups as a thousands separator makes them.
bool isGrouped(const QString &integerPart, QChar separator)
{
    const QStringList groups = integerPart.split(separator);
    if (groups.size() < 2)
        return false;
    const QString &first = groups.first();
    if (first.isEmpty() || first.size() > 3 || !allDigits(first) ||
        first.startsWith(QLatin1Char('0')))
        return false;
    for (int i = 1; i < groups.size(); ++i) {
        if (groups.at(i).size() != 3 || !allDigits(groups.at(i)))
            return false;
    }
    return true;
}

double number(const QString &integerPart, const QString &fraction)
{
    // Only digits reach here: the C locale reads them exactly.
    return QLocale::c().toDouble((integerPart.isEmpty() ? QStringLiteral("0") : integerPart) +
                                 (fraction.isEmpty() ? QString() : QLatin1Char('.') + fraction));
}

} // namespace

NumberInput::Reading NumberInput::read(const QString &typed, const QLocale &locale, int decimals)
{
    Reading r;
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return r; // Incomplete
    const QChar point =
        locale.decimalPoint().size() == 1 ? locale.decimalPoint().at(0) : QLatin1Char('.');
    const QChar other = point == QLatin1Char(',') ? QLatin1Char('.') : QLatin1Char(',');
    for (const QChar c : text) {
        if (!(c.isDigit() && c.unicode() < 128) && c != point && c != other) {
            r.state = State::NotANumber;
            r.problem = tr("“%1” is not a number.").arg(text);
            return r;
        }
    }
    const int points = int(text.count(point));
    const int others = int(text.count(other));

    QString integerPart, fraction;
    if (points > 1) {
        r.state = State::NotANumber;
        r.problem = tr("“%1” has more than one decimal separator.").arg(text);
        return r;
    }
    if (points == 1) {
        integerPart = text.section(point, 0, 0);
        fraction = text.section(point, 1);
        if (others > 0) {
            // "1.000,5" in German: thousands separators before the decimal point.
            if (!isGrouped(integerPart, other)) {
                r.state = State::NotANumber;
                r.problem = tr("“%1” is not a number.").arg(text);
                return r;
            }
            integerPart.remove(other);
        }
    } else if (others == 1) {
        integerPart = text.section(other, 0, 0);
        fraction = text.section(other, 1);
        // "1.000" in German: a thousand (thousands separator) or one (decimal point)?
        if (fraction.size() == 3 && isGrouped(text, other)) {
            r.state = State::Ambiguous;
            const QString asThousands = integerPart + fraction;
            const QString asDecimal = integerPart + QString(point) + fraction;
            r.problem = tr("“%1” could mean %2 or %3: type one of these.")
                            .arg(text, asThousands, asDecimal);
            return r;
        }
    } else if (others > 1) {
        // "1.000.000": only thousands separators make sense.
        if (!isGrouped(text, other)) {
            r.state = State::NotANumber;
            r.problem = tr("“%1” is not a number.").arg(text);
            return r;
        }
        integerPart = QString(text).remove(other);
    } else {
        integerPart = text;
    }
    if (integerPart.isEmpty() && fraction.isEmpty())
        return r; // "," alone: Incomplete
    if (fraction.size() > decimals) {
        r.state = decimals == 0 ? State::NotANumber : State::TooPrecise;
        r.problem =
            decimals == 0
                ? tr("“%1”: this field takes whole numbers only.").arg(text)
                : tr("“%1” has more decimals than this field takes (%2).").arg(text).arg(decimals);
        return r;
    }
    r.state = State::Number;
    r.value = number(integerPart, fraction);
    return r;
}

QString NumberInput::text(double value, const QLocale &locale, int decimals)
{
    QLocale plain = locale;
    plain.setNumberOptions(plain.numberOptions() | QLocale::OmitGroupSeparator);
    QString s = plain.toString(value, 'f', decimals);
    const QString point = locale.decimalPoint();
    if (decimals > 0 && s.contains(point)) {
        while (s.endsWith(locale.zeroDigit()))
            s.chop(locale.zeroDigit().size());
        if (s.endsWith(point))
            s.chop(point.size());
    }
    return s;
}

} // namespace Logkeeper
