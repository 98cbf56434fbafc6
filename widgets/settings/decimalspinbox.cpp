// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "widgets/settings/decimalspinbox.h"

#include "widgets/settings/numberinput.h"

#include <QKeyEvent>
#include <QLineEdit>

namespace Logkeeper {

DecimalSpinBox::DecimalSpinBox(QWidget *parent) : QDoubleSpinBox(parent)
{
    setCorrectionMode(QAbstractSpinBox::CorrectToPreviousValue);
}

QString DecimalSpinBox::stripped(const QString &text) const
{
    QString s = text;
    if (!prefix().isEmpty() && s.startsWith(prefix()))
        s.remove(0, prefix().size());
    if (!suffix().isEmpty() && s.endsWith(suffix()))
        s.chop(suffix().size());
    return s.trimmed();
}

QString DecimalSpinBox::typedText() const
{
    return stripped(lineEdit()->text());
}

QValidator::State DecimalSpinBox::validate(QString &input, int &) const
{
    if (!specialValueText().isEmpty() && input == specialValueText())
        return QValidator::Acceptable;
    const NumberInput::Reading r = NumberInput::read(stripped(input), locale(), decimals());
    switch (r.state) {
    case NumberInput::State::Number:
        return r.value <= maximum() && r.value >= minimum() ? QValidator::Acceptable
                                                            : QValidator::Intermediate;
    case NumberInput::State::NotANumber:
        // Letters cannot be typed; anything else may be on its way somewhere.
        for (const QChar c : stripped(input)) {
            if (c.isLetter())
                return QValidator::Invalid;
        }
        return QValidator::Intermediate;
    default:
        return QValidator::Intermediate;
    }
}

double DecimalSpinBox::valueFromText(const QString &text) const
{
    if (!specialValueText().isEmpty() && text == specialValueText())
        return minimum();
    const NumberInput::Reading r = NumberInput::read(stripped(text), locale(), decimals());
    return r.ok() ? r.value : value();
}

QString DecimalSpinBox::textFromValue(double value) const
{
    return NumberInput::text(value, locale(), decimals());
}

void DecimalSpinBox::fixup(QString &) const
{
    // Nothing is guessed: what is not a clear number stays as it was (and is reported).
}

bool DecimalSpinBox::reportIfRejected()
{
    const QString text = typedText();
    if (text.isEmpty() ||
        (!specialValueText().isEmpty() && lineEdit()->text() == specialValueText()))
        return false;
    const NumberInput::Reading r = NumberInput::read(text, locale(), decimals());
    QString why = r.problem;
    if (r.ok() && r.value > maximum())
        why = tr("“%1” is more than this field takes (%2).")
                  .arg(text, NumberInput::text(maximum(), locale(), decimals()));
    else if (r.ok() && r.value < minimum())
        why = tr("“%1” is less than this field takes (%2).")
                  .arg(text, NumberInput::text(minimum(), locale(), decimals()));
    else if (r.ok())
        return false;
    if (why.isEmpty())
        why = tr("“%1” is not a number.").arg(text);
    emit inputRejected(text, why);
    return true;
}

void DecimalSpinBox::focusInEvent(QFocusEvent *event)
{
    m_beforeEdit = value();
    QDoubleSpinBox::focusInEvent(event);
}

void DecimalSpinBox::focusOutEvent(QFocusEvent *event)
{
    const bool rejected = reportIfRejected();
    QDoubleSpinBox::focusOutEvent(event);
    // Partial input on the way ("1.00" of "1.000") may have changed the value: back to the
    // value before the edit, which the message names.
    if (rejected)
        setValue(m_beforeEdit);
}

void DecimalSpinBox::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    const bool rejected = enter && reportIfRejected();
    QDoubleSpinBox::keyPressEvent(event);
    if (rejected)
        setValue(m_beforeEdit);
    if (enter)
        m_beforeEdit = value();
}

} // namespace Logkeeper
