// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "widgets/settings/pathlistedit.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace Logkeeper {

PathListEdit::PathListEdit(QWidget *parent)
    : QWidget(parent), m_list(new QListWidget(this)), m_remove(new QPushButton(tr("Remove"), this))
{
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    // A few rows tall: the form scrolls, the list need not be long.
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 5 + 8);
    auto *addFileButton = new QPushButton(tr("Add File…"), this);
    auto *addFolderButton = new QPushButton(tr("Add Folder…"), this);
    addFileButton->setObjectName(QStringLiteral("addFile"));
    addFolderButton->setObjectName(QStringLiteral("addFolder"));
    m_remove->setObjectName(QStringLiteral("removePath"));
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(addFileButton);
    buttons->addWidget(addFolderButton);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    setFocusProxy(m_list);

    connect(addFileButton, &QPushButton::clicked, this, &PathListEdit::addFile);
    connect(addFolderButton, &QPushButton::clicked, this, &PathListEdit::addFolder);
    connect(m_remove, &QPushButton::clicked, this, &PathListEdit::removeCurrent);
    auto *remove =
        new QShortcut(QKeySequence::Delete, m_list, nullptr, nullptr, Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &PathListEdit::removeCurrent);
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        if (!m_loading)
            emit edited(paths());
    });
    connect(m_list, &QListWidget::currentRowChanged, this, &PathListEdit::updateButtons);
    updateButtons();
}

QStringList PathListEdit::paths() const
{
    QStringList out;
    for (int row = 0; row < m_list->count(); ++row) {
        const QString path = m_list->item(row)->text().trimmed();
        if (!path.isEmpty())
            out.append(path);
    }
    return out;
}

void PathListEdit::setPaths(const QStringList &paths)
{
    if (paths == this->paths())
        return;
    m_loading = true;
    m_list->clear();
    for (const QString &path : paths) {
        auto *item = new QListWidgetItem(path, m_list);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    m_loading = false;
    updateButtons();
}

void PathListEdit::addPath(const QString &path)
{
    if (path.isEmpty())
        return;
    m_loading = true;
    auto *item = new QListWidgetItem(path, m_list);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    m_list->setCurrentItem(item);
    m_loading = false;
    updateButtons();
    emit edited(paths());
}

void PathListEdit::removeCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    delete m_list->takeItem(row);
    updateButtons();
    emit edited(paths());
}

void PathListEdit::addFile()
{
    addPath(QFileDialog::getOpenFileName(this, tr("Add a logrotate Configuration File"),
                                         m_baseDir.isEmpty() ? QStringLiteral("/etc") : m_baseDir));
}

void PathListEdit::addFolder()
{
    addPath(QFileDialog::getExistingDirectory(this, tr("Add a Folder of logrotate Configurations"),
                                              m_baseDir.isEmpty() ? QStringLiteral("/etc")
                                                                  : m_baseDir));
}

void PathListEdit::updateButtons()
{
    m_remove->setEnabled(m_list->currentRow() >= 0);
}

} // namespace Logkeeper
