// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include <QDate>
#include <QList>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace Logkeeper {

// The archive browser's filter row: free text, one log set or all, and a rotation date range
// (any time, today, the last 7 or 30 days, or a custom range). Emits what ArchiveFilterModel
// takes; holds no rule of its own.
class ArchiveFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit ArchiveFilterBar(QWidget *parent = nullptr);

    // The sets offered; the chosen one stays chosen while it exists.
    void setSetNames(const QStringList &names);
    QString text() const;
    QString setName() const; // empty for every set
    QDate dateFrom() const;  // invalid: open
    QDate dateTo() const;

    QLineEdit *textEdit() const { return m_text; }
    // The widgets after the text box, in tab order (the browser puts its table between).
    QList<QWidget *> choiceWidgets() const;
    // Puts the cursor into the text box with its text selected (Ctrl+F).
    void focusText();
    // The date range preset: "any", "today", "7days", "30days" or "custom".
    void setPeriod(const QString &period);
    void setCustomRange(const QDate &from, const QDate &to);

signals:
    void textChanged(const QString &text);
    void setNameChanged(const QString &setName);
    void dateRangeChanged(const QDate &from, const QDate &to);
    // Return in the text box: the caller moves on to the results.
    void textAccepted();

private:
    void onPeriodChanged();
    void emitRange();

    QLineEdit *m_text;
    QComboBox *m_set;
    QComboBox *m_period;
    QDateEdit *m_from;
    QLabel *m_dash;
    QDateEdit *m_to;
};

} // namespace Logkeeper
