// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "widgets/tray/traycontroller.h"

#include "config/configloader.h"
#include "desktop/desktopsettings.h"
#include "engine/engine.h"
#include "widgets/common/configtitle.h"
#include "widgets/tray/engineactions.h"
#include "widgets/tray/stateicon.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>

namespace Logkeeper {

namespace {
constexpr int frameMs = 150;
constexpr int failureMessageMs = 15000;
constexpr int rotationMessageMs = 5000;
} // namespace

TrayController::TrayController(Engine *engine, EngineStatus *status, QObject *parent)
    : QObject(parent), m_engine(engine), m_status(status), m_settings(new DesktopSettings(this)),
      m_actions(new EngineActions(engine, status, this)), m_menu(new QMenu),
      m_tray(new QSystemTrayIcon(this))
{
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    m_actions->addTo(m_menu);
    // Any log or archive in the viewer, next to the own log's entry.
    m_openLog = new QAction(tr("Open Lo&g…"), this);
    m_openLog->setObjectName(QStringLiteral("openLog"));
    m_openLog->setToolTip(tr("View any log or archive in Logkeeper's log viewer"));
    m_menu->insertAction(m_actions->openOwnLog(), m_openLog);
    connect(m_openLog, &QAction::triggered, this, &TrayController::chooseLogToOpen);
    m_tray->setContextMenu(m_menu);

    connect(m_actions, &EngineActions::settingsRequested, this, &TrayController::settingsRequested);
    connect(m_actions, &EngineActions::archivesRequested, this, &TrayController::archivesRequested);
    connect(m_actions, &EngineActions::aboutRequested, this, &TrayController::aboutRequested);
    connect(m_actions, &EngineActions::quitRequested, this, &TrayController::quitRequested);
    connect(m_actions, &EngineActions::openFolderRequested, this,
            &TrayController::openFolderRequested);
    connect(m_actions, &EngineActions::viewFileRequested, this, &TrayController::viewFileRequested);
    connect(m_tray, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                    emit statusRequested();
            });

    connect(engine, &Engine::failed, this, [this](const Failure &failure) {
        showMessage(tr("Logkeeper: error"), failure.translatedText(), QSystemTrayIcon::Critical);
    });
    // A hand edit the engine rejected: said at once, as a failure is; the icon stays red until
    // a valid config is read (EngineStatus).
    connect(engine, &Engine::configRejected, this, [this] {
        showMessage(tr("Logkeeper: settings rejected"), m_status->configRejectionText(),
                    QSystemTrayIcon::Critical);
    });
    connect(engine, &Engine::rotated, this,
            [this](const QString &setName, const QString &activePath) {
                if (m_settings->notifyOnEveryRotation())
                    showMessage(tr("Logkeeper: log rotated"),
                                tr("%1 was rotated (log set %2).")
                                    .arg(QFileInfo(activePath).fileName(), setName),
                                QSystemTrayIcon::Information);
            });

    m_animation.setInterval(frameMs);
    connect(&m_animation, &QTimer::timeout, this, [this] {
        m_frame = (m_frame + 1) % StateIcon::frameCount(EngineStatus::State::Rotating);
        setIconFile(StateIcon::fileName(EngineStatus::State::Rotating, m_frame));
    });
    connect(status, &EngineStatus::changed, this, &TrayController::onStatusChanged);
    onStatusChanged();
}

TrayController::~TrayController()
{
    delete m_menu; // not a QObject child: QMenu is a widget and the controller is not
}

void TrayController::chooseLogToOpen()
{
    const QVector<LogSetConfig> &sets = m_engine->config().logSets;
    auto *dialog = new QFileDialog(nullptr, tr("Open Log"),
                                   sets.isEmpty() ? QDir::homePath() : sets.first().logDir,
                                   tr("Logs and archives (*.log *.txt *.gz *.bz2 *.xz *.zst "
                                      "*.lz4 *.lz *.tar *.tgz *.zip *.7z);;All files (*)"));
    dialog->setObjectName(QStringLiteral("openLogDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &TrayController::viewFileRequested);
    dialog->setModal(false);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void TrayController::show()
{
    m_tray->show();
}

void TrayController::hide()
{
    m_tray->hide();
}

void TrayController::onStatusChanged()
{
    const EngineStatus::State state = m_status->state();
    if (state == EngineStatus::State::Rotating) {
        if (!m_animation.isActive()) {
            m_frame = 0;
            setIconFile(StateIcon::fileName(state, 0));
            m_animation.start();
        }
    } else {
        m_animation.stop();
        setIconFile(StateIcon::fileName(state));
    }
    QString tip = m_status->toolTip();
    // Two Logkeepers on different configs must not look the same.
    if (!ConfigTitle::isDefault(m_engine->configPath(), ConfigLoader::defaultConfigPath()))
        tip += QLatin1Char('\n') +
               tr("Config: %1").arg(ConfigTitle::displayPath(m_engine->configPath()));
    m_tray->setToolTip(tip);
}

void TrayController::setIconFile(const QString &file)
{
    if (file == m_iconFile)
        return;
    m_iconFile = file;
    m_tray->setIcon(QIcon(file));
}

void TrayController::showMessage(const QString &title, const QString &message,
                                 QSystemTrayIcon::MessageIcon icon)
{
    if (m_tray->isVisible())
        m_tray->showMessage(title, message, icon,
                            icon == QSystemTrayIcon::Critical ? failureMessageMs
                                                              : rotationMessageMs);
    emit messageShown(title, message);
}

} // namespace Logkeeper
