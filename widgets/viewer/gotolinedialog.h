// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Logkeeper {

// Asks for a line number (1-based) within the lines loaded so far.
class GoToLineDialog : public QDialog
{
    Q_OBJECT
public:
    GoToLineDialog(qint64 currentLine, qint64 lineCount, QWidget *parent = nullptr);

    // The line asked for, 1-based; 0 while the text is not a valid line number.
    qint64 line() const;
    QLineEdit *lineEdit() const { return m_edit; }

private:
    void validate();

    qint64 m_lineCount;
    QLineEdit *m_edit;
    QLabel *m_problem;
    QPushButton *m_go;
};

} // namespace Logkeeper
