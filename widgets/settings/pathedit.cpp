// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "widgets/settings/pathedit.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

namespace Logkeeper {

PathEdit::PathEdit(Mode mode, QWidget *parent) : QWidget(parent), m_mode(mode)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_edit = new QLineEdit(this);
    m_edit->setClearButtonEnabled(true);
    m_browse = new QToolButton(this);
    m_browse->setText(tr("Browse…"));
    m_browse->setToolTip(mode == Mode::Directory ? tr("Choose a folder") : tr("Choose a file"));
    m_browse->setAccessibleName(m_browse->toolTip());
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_browse);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textEdited, this, &PathEdit::edited);
    connect(m_browse, &QToolButton::clicked, this, &PathEdit::browse);
}

QString PathEdit::text() const
{
    return m_edit->text();
}

void PathEdit::setText(const QString &text)
{
    if (m_edit->text() != text)
        m_edit->setText(text);
}

void PathEdit::setPlaceholderText(const QString &text)
{
    m_edit->setPlaceholderText(text);
}

void PathEdit::browse()
{
    // Start at what is typed (resolved like the config resolves it), else at the base folder.
    QString start = m_edit->text().trimmed();
    if (start.startsWith(QLatin1String("~/")) || start == QLatin1String("~"))
        start = QDir::homePath() + start.mid(1);
    if (!start.isEmpty() && QDir::isRelativePath(start) && !m_baseDir.isEmpty())
        start = QDir(m_baseDir).filePath(start);
    if (start.isEmpty())
        start = m_baseDir.isEmpty() ? QDir::homePath() : m_baseDir;
    QString chosen;
    if (m_mode == Mode::Directory)
        chosen = QFileDialog::getExistingDirectory(this, m_dialogTitle, start);
    else
        chosen = QFileDialog::getSaveFileName(this, m_dialogTitle, start, QString(), nullptr,
                                              QFileDialog::DontConfirmOverwrite);
    if (chosen.isEmpty() || chosen == m_edit->text())
        return;
    m_edit->setText(QDir::cleanPath(chosen));
    emit edited(m_edit->text());
}

} // namespace Logkeeper
