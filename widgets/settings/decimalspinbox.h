// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include <QDoubleSpinBox>

namespace Logkeeper {

// A spin box for sizes and days that reads what is typed as the user meant it (NumberInput):
// "2.5" is two and a half in German too, "1.000" is neither taken as 1000 nor as 1. Text that
// is not taken is never dropped silently: when the field is left (or Enter pressed) with it,
// the field goes back to the value it had before the edit and inputRejected() says why.
class DecimalSpinBox : public QDoubleSpinBox
{
    Q_OBJECT
public:
    explicit DecimalSpinBox(QWidget *parent = nullptr);

    // The text between prefix and suffix.
    QString typedText() const;

signals:
    void inputRejected(const QString &text, const QString &why);

protected:
    QValidator::State validate(QString &input, int &pos) const override;
    double valueFromText(const QString &text) const override;
    QString textFromValue(double value) const override;
    void fixup(QString &input) const override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QString stripped(const QString &text) const;
    // Says why the text in the field is not taken, if it is not. True when it is not.
    bool reportIfRejected();

    double m_beforeEdit = 0; // the value when the field got the focus (or Enter was pressed)
};

} // namespace Logkeeper
