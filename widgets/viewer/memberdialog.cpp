// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "widgets/viewer/memberdialog.h"

#include "widgets/common/screenfit.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Logkeeper {

MemberDialog::MemberDialog(const QString &archivePath, const ArchiveMembers::Listing &listing,
                           QWidget *parent)
    : QDialog(parent), m_filter(new QLineEdit(this)), m_list(new QTreeWidget(this))
{
    const QString name = QFileInfo(archivePath).fileName();
    setWindowTitle(tr("Choose a File — %1").arg(name));
    auto *intro = new QLabel(
        tr("%1 holds %n file(s). Choose the one to view:", nullptr, int(listing.members.size()))
            .arg(name),
        this);
    intro->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    if (!listing.error.isEmpty()) {
        auto *warning = new QLabel(tr("The archive could not be read to its end (%1). The files "
                                      "listed before the problem can be viewed.")
                                       .arg(listing.error),
                                   this);
        warning->setWordWrap(true);
        warning->setTextFormat(Qt::PlainText);
        QPalette p = warning->palette();
        p.setColor(QPalette::WindowText, QColor(200, 30, 30));
        warning->setPalette(p);
        layout->addWidget(warning);
    }
    m_filter->setPlaceholderText(tr("Filter by name"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setVisible(listing.members.size() > 8);
    layout->addWidget(m_filter);

    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Name"), tr("Size")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    const QLocale locale;
    for (const ArchiveMembers::Member &member : listing.members) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, member.name);
        item->setText(1, member.size >= 0 ? locale.formattedDataSize(member.size) : tr("unknown"));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(0, Qt::UserRole, member.name);
    }
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    layout->addWidget(m_list, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    QPushButton *open = buttons->button(QDialogButtonBox::Open);
    open->setText(tr("&View"));
    open->setEnabled(m_list->currentItem() != nullptr);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemActivated, this, &QDialog::accept);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [open](QTreeWidgetItem *current) {
        open->setEnabled(current && !current->isHidden());
    });
    connect(m_filter, &QLineEdit::textChanged, this, &MemberDialog::applyFilter);
    m_list->setFocus();
    ScreenFit::resize(this, QSize(560, 380));
}

QString MemberDialog::selectedMember() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item && !item->isHidden() ? item->data(0, Qt::UserRole).toString() : QString();
}

void MemberDialog::selectMember(const QString &name)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(0, Qt::UserRole).toString() == name)
            m_list->setCurrentItem(m_list->topLevelItem(i));
    }
}

void MemberDialog::applyFilter(const QString &text)
{
    QTreeWidgetItem *firstShown = nullptr;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        item->setHidden(!item->text(0).contains(text, Qt::CaseInsensitive));
        if (!item->isHidden() && !firstShown)
            firstShown = item;
    }
    if (!m_list->currentItem() || m_list->currentItem()->isHidden())
        m_list->setCurrentItem(firstShown);
}

} // namespace Logkeeper
