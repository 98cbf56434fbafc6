// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "viewer/viewersettings.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace Logkeeper {

// Edits the viewer's colour rules: a regular expression and a colour per row, the first rule
// that matches a line colours it (before the severity colours). An invalid expression or colour
// is named under the table and keeps OK disabled.
class ColourRulesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ColourRulesDialog(const QList<ViewerSettings::ColourRule> &rules,
                               QWidget *parent = nullptr);

    QList<ViewerSettings::ColourRule> rules() const;
    QTableWidget *table() const { return m_table; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    QString problem() const;

    // Appends a row (and selects it).
    void addRule(const QString &pattern, const QString &colour);

private:
    void chooseColour();
    void move(int delta);
    void validate();
    void setRow(int row, const ViewerSettings::ColourRule &rule);

    QTableWidget *m_table;
    QLabel *m_problem;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_colour;
    QDialogButtonBox *m_buttons;
};

} // namespace Logkeeper
