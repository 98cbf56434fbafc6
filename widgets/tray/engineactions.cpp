// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "widgets/tray/engineactions.h"

#include "desktop/enginestatus.h"
#include "engine/engine.h"

#include <QAction>
#include <QFileInfo>
#include <QIcon>
#include <QMenu>

namespace Logkeeper {

namespace {

// Set names and paths go into menu texts, where '&' marks a shortcut.
QString menuText(QString text)
{
    return text.replace(QLatin1Char('&'), QStringLiteral("&&"));
}

QAction *makeAction(QObject *parent, const char *objectName, const QString &text)
{
    auto *action = new QAction(text, parent);
    action->setObjectName(QLatin1String(objectName));
    return action;
}

} // namespace

EngineActions::EngineActions(Engine *engine, EngineStatus *status, QObject *parent)
    : QObject(parent), m_engine(engine), m_status(status)
{
    m_statusLine = makeAction(this, "statusLine", QString());
    m_statusLine->setEnabled(false);

    m_rotateAll = makeAction(this, "rotateAll", tr("&Rotate All Now"));
    m_rotateAll->setToolTip(tr("Rotate every non-empty log now, whatever its size and age"));
    connect(m_rotateAll, &QAction::triggered, engine, [engine] { engine->rotateNow(); });

    m_rotateSetMenu = new QMenu(tr("Rotate O&ne Set"));
    m_rotateSetMenu->setObjectName(QStringLiteral("rotateSetMenu"));
    m_rotateSetMenu->menuAction()->setObjectName(QStringLiteral("rotateSet"));
    m_rotateSetMenu->setToolTipsVisible(true);

    m_pauseResume = makeAction(this, "pauseResume", QString());
    connect(m_pauseResume, &QAction::triggered, engine,
            [engine] { engine->setPaused(!engine->isPaused()); });

    m_clearError = makeAction(this, "clearError", tr("&Clear Error"));
    m_clearError->setToolTip(tr("Mark the reported problems as seen"));
    connect(m_clearError, &QAction::triggered, status, &EngineStatus::acknowledgeErrors);

    m_settings = makeAction(this, "settings", tr("&Settings…"));
    connect(m_settings, &QAction::triggered, this, &EngineActions::settingsRequested);
    m_archives = makeAction(this, "archives", tr("&Archives…"));
    connect(m_archives, &QAction::triggered, this, &EngineActions::archivesRequested);

    m_openLogFolder = makeAction(this, "openLogFolder", tr("Open &Log Folder"));
    connect(m_openLogFolder, &QAction::triggered, this,
            [this] { emit openFolderRequested(m_openLogFolder->data().toString()); });
    m_logFolderMenu = new QMenu(tr("Open &Log Folder"));
    m_logFolderMenu->setObjectName(QStringLiteral("logFolderMenu"));
    m_logFolderMenu->menuAction()->setObjectName(QStringLiteral("logFolders"));

    m_openOwnLog = makeAction(this, "openOwnLog", tr("Open Logkeeper's &Own Log"));
    connect(m_openOwnLog, &QAction::triggered, this,
            [this] { emit viewFileRequested(m_openOwnLog->data().toString()); });

    m_about = makeAction(this, "about", tr("A&bout Logkeeper"));
    connect(m_about, &QAction::triggered, this, &EngineActions::aboutRequested);
    m_quit = makeAction(this, "quit", tr("&Quit"));
    m_quit->setIcon(QIcon::fromTheme(QStringLiteral("application-exit")));
    m_quit->setToolTip(tr("Stop watching and rotating logs, and close Logkeeper"));
    connect(m_quit, &QAction::triggered, this, &EngineActions::quitRequested);

    connect(engine, &Engine::configApplied, this, &EngineActions::onConfigApplied);
    connect(status, &EngineStatus::changed, this, &EngineActions::onStatusChanged);
    onConfigApplied(engine->config());
    onStatusChanged();
}

EngineActions::~EngineActions()
{
    delete m_rotateSetMenu;
    delete m_logFolderMenu;
}

void EngineActions::addTo(QMenu *menu) const
{
    menu->setToolTipsVisible(true);
    menu->addAction(m_statusLine);
    menu->addAction(m_clearError);
    menu->addSeparator();
    menu->addAction(m_rotateAll);
    menu->addMenu(m_rotateSetMenu);
    menu->addAction(m_pauseResume);
    menu->addSeparator();
    menu->addAction(m_settings);
    menu->addAction(m_archives);
    menu->addAction(m_openLogFolder);
    menu->addMenu(m_logFolderMenu);
    menu->addAction(m_openOwnLog);
    menu->addSeparator();
    menu->addAction(m_about);
    menu->addAction(m_quit);
}

void EngineActions::onConfigApplied(const Config &config)
{
    const bool any = !config.logSets.isEmpty();
    m_rotateAll->setEnabled(any);

    m_rotateSetMenu->clear();
    QStringList folders;
    for (const LogSetConfig &set : config.logSets) {
        QAction *rotate = m_rotateSetMenu->addAction(menuText(set.name));
        rotate->setObjectName(QStringLiteral("rotateSet:") + set.name);
        rotate->setToolTip(set.logDir);
        connect(rotate, &QAction::triggered, m_engine,
                [engine = m_engine, name = set.name] { engine->rotateNow(name); });
        if (!folders.contains(set.logDir))
            folders.append(set.logDir);
    }
    m_rotateSetMenu->menuAction()->setVisible(config.logSets.size() > 1);

    // One folder: a plain entry. Several: a submenu with one entry per set.
    m_logFolderMenu->clear();
    m_openLogFolder->setVisible(folders.size() <= 1);
    m_openLogFolder->setEnabled(folders.size() == 1);
    m_openLogFolder->setData(folders.value(0));
    m_openLogFolder->setToolTip(any ? folders.value(0) : tr("No log sets are configured"));
    m_logFolderMenu->menuAction()->setVisible(folders.size() > 1);
    if (folders.size() > 1) {
        for (const LogSetConfig &set : config.logSets) {
            QAction *open = m_logFolderMenu->addAction(
                menuText(tr("%1: %2", "set name: folder").arg(set.name, set.logDir)));
            open->setObjectName(QStringLiteral("openLogFolder:") + set.name);
            connect(open, &QAction::triggered, this,
                    [this, dir = set.logDir] { emit openFolderRequested(dir); });
        }
    }

    m_openOwnLog->setData(config.logFile);
    m_openOwnLog->setEnabled(!config.logFile.isEmpty());
    m_openOwnLog->setToolTip(config.logFile.isEmpty()
                                 ? tr("Logkeeper writes no log file of its own: set "
                                      "logging.log_file in the configuration to have one")
                                 : config.logFile);
}

void EngineActions::onStatusChanged()
{
    const EngineStatus::State state = m_status->state();
    m_statusLine->setText(
        menuText(tr("%1 · %2", "state · files in sets")
                     .arg(m_status->stateText(), m_status->detailLines().value(0))));
    m_clearError->setVisible(!m_status->openFailures().isEmpty());
    const bool paused = m_engine->isPaused();
    m_pauseResume->setText(paused ? tr("Resume &Watching") : tr("&Pause Watching"));
    m_pauseResume->setToolTip(paused ? tr("Check the logs again as they change")
                                     : tr("Stop checking the logs until resumed; "
                                          "Rotate Now still works"));
    m_pauseResume->setEnabled(state != EngineStatus::State::Stopped);
}

} // namespace Logkeeper
