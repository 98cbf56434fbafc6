// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include <QObject>
#include <QString>

class QAction;
class QMenu;

namespace Logkeeper {

class Engine;
class EngineStatus;
struct Config;

// The actions the tray menu and the status window share, kept in step with the engine's
// config and state. Rotating and pausing go to the Engine directly; everything that opens
// something is a signal, so the app decides how (which window, which file manager).
// Every action has an objectName, so tests can find it in a menu.
class EngineActions : public QObject
{
    Q_OBJECT
public:
    EngineActions(Engine *engine, EngineStatus *status, QObject *parent = nullptr);
    ~EngineActions() override;

    QAction *statusLine() const { return m_statusLine; } // disabled: the state in words
    QAction *rotateAll() const { return m_rotateAll; }
    QMenu *rotateSetMenu() const { return m_rotateSetMenu; } // one entry per set; 2+ sets
    QAction *pauseResume() const { return m_pauseResume; }
    QAction *clearError() const { return m_clearError; } // visible while errors are open
    QAction *settings() const { return m_settings; }
    QAction *archives() const { return m_archives; }
    QAction *openLogFolder() const { return m_openLogFolder; } // when all sets share one folder
    QMenu *logFolderMenu() const { return m_logFolderMenu; }   // otherwise: one per set
    QAction *openOwnLog() const { return m_openOwnLog; }
    QAction *about() const { return m_about; }
    QAction *quit() const { return m_quit; }

    // Adds every action, in the tray's order, to menu.
    void addTo(QMenu *menu) const;

signals:
    void settingsRequested();
    void archivesRequested();
    void aboutRequested();
    void quitRequested();
    void openFolderRequested(const QString &path);
    void viewFileRequested(const QString &path);

private:
    void onConfigApplied(const Config &config);
    void onStatusChanged();

    Engine *m_engine;
    EngineStatus *m_status;
    QAction *m_statusLine;
    QAction *m_rotateAll;
    QMenu *m_rotateSetMenu;
    QAction *m_pauseResume;
    QAction *m_clearError;
    QAction *m_settings;
    QAction *m_archives;
    QAction *m_openLogFolder;
    QMenu *m_logFolderMenu;
    QAction *m_openOwnLog;
    QAction *m_about;
    QAction *m_quit;
};

} // namespace Logkeeper
