// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "widgets/viewer/gotolinedialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace Logkeeper {

GoToLineDialog::GoToLineDialog(qint64 currentLine, qint64 lineCount, QWidget *parent)
    : QDialog(parent), m_lineCount(lineCount), m_edit(new QLineEdit(this)),
      m_problem(new QLabel(this))
{
    setWindowTitle(tr("Go to Line"));
    const QLocale locale;
    m_edit->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("\\s*\\d{0,18}\\s*")), m_edit));
    m_edit->setText(QString::number(currentLine));
    m_edit->selectAll();
    m_problem->setTextFormat(Qt::PlainText);
    QPalette p = m_problem->palette();
    p.setColor(QPalette::WindowText, QColor(200, 30, 30));
    m_problem->setPalette(p);

    auto *form = new QFormLayout;
    form->addRow(tr("&Line (1 to %1):").arg(locale.toString(lineCount)), m_edit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_go = buttons->button(QDialogButtonBox::Ok);
    m_go->setText(tr("&Go"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QLineEdit::textChanged, this, &GoToLineDialog::validate);
    validate();
}

qint64 GoToLineDialog::line() const
{
    bool ok = false;
    const qint64 n = m_edit->text().trimmed().toLongLong(&ok);
    return ok && n >= 1 && n <= m_lineCount ? n : 0;
}

void GoToLineDialog::validate()
{
    const bool valid = line() > 0;
    m_go->setEnabled(valid);
    m_problem->setText(valid || m_edit->text().trimmed().isEmpty()
                           ? QString()
                           : tr("There is no line %1.").arg(m_edit->text().trimmed()));
    m_problem->setVisible(!m_problem->text().isEmpty());
}

} // namespace Logkeeper
