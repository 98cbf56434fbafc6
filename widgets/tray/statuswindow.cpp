// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "widgets/tray/statuswindow.h"

#include "config/configloader.h"
#include "desktop/enginestatus.h"
#include "engine/engine.h"
#include "widgets/common/configtitle.h"
#include "widgets/tray/engineactions.h"
#include "widgets/tray/stateicon.h"

#include <QAction>
#include <QCloseEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QVBoxLayout>

namespace Logkeeper {

namespace {
constexpr int iconSize = 48;
}

StatusWindow::StatusWindow(Engine *engine, EngineStatus *status, QWidget *parent)
    : QWidget(parent), m_status(status), m_actions(new EngineActions(engine, status, this))
{
    setObjectName(QStringLiteral("statusWindow"));
    setWindowTitle(ConfigTitle::title(tr("Logkeeper"), engine->configPath(),
                                      ConfigLoader::defaultConfigPath()));

    m_icon = new QLabel;
    m_icon->setFixedSize(iconSize, iconSize);
    m_icon->setAlignment(Qt::AlignTop);
    m_state = new QLabel;
    m_state->setObjectName(QStringLiteral("stateLabel"));
    QFont stateFont = m_state->font();
    stateFont.setBold(true);
    stateFont.setPointSizeF(stateFont.pointSizeF() * 1.25);
    m_state->setFont(stateFont);
    m_details = new QLabel;
    m_details->setObjectName(QStringLiteral("detailLabel"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_standInNote = new QLabel(tr("No system tray is available, so this window stands in for "
                                  "it. Closing it minimizes it; Quit stops Logkeeper."));
    m_standInNote->setObjectName(QStringLiteral("standInNote"));
    m_standInNote->setWordWrap(true);
    QFont noteFont = m_standInNote->font();
    noteFont.setItalic(true);
    m_standInNote->setFont(noteFont);
    m_standInNote->hide();

    auto *text = new QVBoxLayout;
    text->addWidget(m_state);
    text->addWidget(m_details, 1);
    text->addWidget(m_standInNote);
    auto *top = new QHBoxLayout;
    top->addWidget(m_icon, 0, Qt::AlignTop);
    top->addSpacing(8);
    top->addLayout(text, 1);

    auto *work = new QHBoxLayout;
    for (QAction *action : {m_actions->rotateAll(), m_actions->rotateSetMenu()->menuAction(),
                            m_actions->pauseResume(), m_actions->clearError()})
        work->addWidget(button(action));
    auto *open = new QHBoxLayout;
    for (QAction *action :
         {m_actions->settings(), m_actions->archives(), m_actions->openLogFolder(),
          m_actions->logFolderMenu()->menuAction(), m_actions->openOwnLog()})
        open->addWidget(button(action));
    auto *bottom = new QHBoxLayout;
    for (QAction *action : {m_actions->about(), m_actions->quit()}) {
        QPushButton *b = button(action);
        b->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
        bottom->addWidget(b);
        if (action == m_actions->about())
            bottom->addStretch(1);
    }

    auto *line = new QFrame;
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addSpacing(4);
    layout->addLayout(work);
    layout->addLayout(open);
    layout->addWidget(line);
    layout->addLayout(bottom);
    layout->setSizeConstraint(QLayout::SetMinimumSize);

    connect(m_actions, &EngineActions::settingsRequested, this, &StatusWindow::settingsRequested);
    connect(m_actions, &EngineActions::archivesRequested, this, &StatusWindow::archivesRequested);
    connect(m_actions, &EngineActions::aboutRequested, this, &StatusWindow::aboutRequested);
    connect(m_actions, &EngineActions::quitRequested, this, &StatusWindow::quitRequested);
    connect(m_actions, &EngineActions::openFolderRequested, this,
            &StatusWindow::openFolderRequested);
    connect(m_actions, &EngineActions::viewFileRequested, this, &StatusWindow::viewFileRequested);
    connect(status, &EngineStatus::changed, this, &StatusWindow::onStatusChanged);
    onStatusChanged();
}

QPushButton *StatusWindow::button(QAction *action)
{
    // Push buttons rather than tool buttons: they reserve room for a menu's arrow.
    auto *button = new QPushButton;
    button->setObjectName(action->objectName() + QStringLiteral("Button"));
    button->setAutoDefault(false);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    if (QMenu *menu = action->menu())
        button->setMenu(menu);
    else
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
    const auto follow = [button, action] {
        button->setText(action->text());
        button->setToolTip(action->toolTip());
        button->setEnabled(action->isEnabled());
        button->setVisible(action->isVisible());
    };
    follow();
    connect(action, &QAction::changed, button, follow);
    return button;
}

void StatusWindow::setStandInForTray(bool standIn)
{
    m_standIn = standIn;
    m_standInNote->setVisible(standIn);
}

QString StatusWindow::stateText() const
{
    return m_state->text();
}

QString StatusWindow::detailText() const
{
    return m_details->text();
}

void StatusWindow::onStatusChanged()
{
    const EngineStatus::State state = m_status->state();
    const QIcon icon = StateIcon::icon(state);
    m_icon->setPixmap(icon.pixmap(iconSize, iconSize));
    setWindowIcon(icon); // the taskbar shows the state too
    m_state->setText(m_status->stateText());
    m_details->setText(m_status->detailLines().join(QLatin1Char('\n')));
}

void StatusWindow::closeEvent(QCloseEvent *event)
{
    if (m_standIn) {
        event->ignore();
        showMinimized();
        return;
    }
    QWidget::closeEvent(event);
}

} // namespace Logkeeper
