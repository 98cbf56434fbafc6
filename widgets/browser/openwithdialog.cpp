// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "widgets/browser/openwithdialog.h"

#include "widgets/common/errorbar.h"
#include "widgets/common/screenfit.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeDatabase>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace Logkeeper {

namespace {
constexpr int otherRole = Qt::UserRole + 1; // the "Other command…" item
}

OpenWithDialog::OpenWithDialog(const QStringList &files, const QString &mimeType, QWidget *parent)
    : QDialog(parent), m_files(files), m_apps(DesktopApplication::forMimeType(mimeType)),
      m_list(new QListWidget(this)), m_commandLabel(new QLabel(this)),
      m_command(new QLineEdit(this)), m_error(new ErrorBar(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("openWithDialog"));
    setWindowTitle(tr("Open With"));
    const QMimeType type = QMimeDatabase().mimeTypeForName(mimeType);
    const QString typeText =
        type.isValid() && !type.comment().isEmpty()
            ? tr("%1 (%2)", "MIME type comment (name)").arg(type.comment(), mimeType)
            : mimeType;
    auto *intro =
        new QLabel(files.size() == 1 ? tr("Open %1 with:").arg(QFileInfo(files.first()).fileName())
                                     : tr("Open %n files with:", nullptr, int(files.size())),
                   this);
    intro->setWordWrap(true);
    auto *typeLabel = new QLabel(
        m_apps.isEmpty() ? tr("No installed application declares the type %1.").arg(typeText)
                         : tr("Applications for %1:").arg(typeText),
        this);
    typeLabel->setWordWrap(true);
    typeLabel->setForegroundRole(QPalette::PlaceholderText);

    m_list->setObjectName(QStringLiteral("applications"));
    const int iconSize = style()->pixelMetric(QStyle::PM_ListViewIconSize, nullptr, this);
    m_list->setIconSize(QSize(iconSize, iconSize));
    for (const DesktopApplication &app : std::as_const(m_apps)) {
        QIcon icon = QFileInfo(app.iconName).isAbsolute() ? QIcon(app.iconName)
                                                          : QIcon::fromTheme(app.iconName);
        if (icon.isNull())
            icon = QIcon::fromTheme(QStringLiteral("application-x-executable"));
        auto *item = new QListWidgetItem(icon, app.name, m_list);
        item->setData(Qt::UserRole, app.id);
        item->setToolTip(tr("%1\nFrom %2").arg(app.exec, app.filePath));
    }
    auto *other = new QListWidgetItem(QIcon::fromTheme(QStringLiteral("utilities-terminal")),
                                      tr("Other command…"), m_list);
    other->setData(otherRole, true);
    other->setToolTip(tr("Type the command line of a program"));

    m_commandLabel->setText(tr("&Command:"));
    m_commandLabel->setBuddy(m_command);
    m_command->setObjectName(QStringLiteral("otherCommand"));
    m_command->setPlaceholderText(tr("e.g. zless"));
    m_command->setToolTip(tr("%f stands for the file; without it, the file is added at the end."));
    m_error->setObjectName(QStringLiteral("openWithError"));

    auto *commandRow = new QHBoxLayout;
    commandRow->addWidget(m_commandLabel);
    commandRow->addWidget(m_command, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(typeLabel);
    layout->addWidget(m_list, 1);
    layout->addLayout(commandRow);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &OpenWithDialog::updateChoice);
    connect(m_list, &QListWidget::itemActivated, this, [this] {
        if (!otherChosen())
            accept();
        else
            m_command->setFocus();
    });
    connect(m_command, &QLineEdit::textChanged, this, &OpenWithDialog::updateChoice);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OpenWithDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &OpenWithDialog::reject);
    m_list->setCurrentRow(0);
    updateChoice();
    ScreenFit::resize(this,
                      QSize(fontMetrics().averageCharWidth() * 60, fontMetrics().height() * 24));
}

bool OpenWithDialog::otherChosen() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item && item->data(otherRole).toBool();
}

bool OpenWithDialog::chooseApplication(const QString &id)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toString() == id) {
            m_list->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

void OpenWithDialog::chooseOtherCommand(const QString &commandLine)
{
    m_list->setCurrentRow(m_list->count() - 1);
    m_command->setText(commandLine);
}

void OpenWithDialog::updateChoice()
{
    const bool other = otherChosen();
    m_command->setEnabled(other);
    m_commandLabel->setEnabled(other);
    m_error->hide();
    m_buttons->button(QDialogButtonBox::Open)->setEnabled(!commands().isEmpty());
}

QVector<QStringList> OpenWithDialog::commands() const
{
    if (otherChosen()) {
        const QStringList command = DesktopApplication::commandForTyped(m_command->text(), m_files);
        return command.isEmpty() ? QVector<QStringList>() : QVector<QStringList>{command};
    }
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_apps.size())
        return {};
    return m_apps.at(row).commandsFor(m_files);
}

void OpenWithDialog::accept()
{
    const QVector<QStringList> toStart = commands();
    QString error;
    if (!DesktopApplication::startDetached(toStart, &error)) {
        m_error->showMessage(ErrorBar::Kind::Error, error);
        return; // the dialog stays: another choice may work
    }
    emit started(toStart);
    QDialog::accept();
}

} // namespace Logkeeper
