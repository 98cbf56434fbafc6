// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "desktop/enginestatus.h"

#include <QObject>
#include <QSystemTrayIcon>
#include <QTimer>

class QAction;
class QMenu;

namespace Logkeeper {

class DesktopSettings;
class Engine;
class EngineActions;

// The tray icon and its menu over an Engine: the icon and tooltip follow the EngineStatus
// (the Rotating icon turns while it lasts), the menu's rotate and pause entries call the
// Engine, the others are signals for the app. A failed rotation shows a tray message; so does
// every rotation when DesktopSettings::notifyOnEveryRotation() is on.
class TrayController : public QObject
{
    Q_OBJECT
public:
    TrayController(Engine *engine, EngineStatus *status, QObject *parent = nullptr);
    ~TrayController() override;

    QMenu *menu() const { return m_menu; }
    QSystemTrayIcon *trayIcon() const { return m_tray; }
    EngineActions *actions() const { return m_actions; }
    // The SVG resource the icon shows now (the state's, or the current animation frame).
    QString iconFile() const { return m_iconFile; }

    void show();
    void hide();

    // "Open Log…": a file dialog (not modal: the tray must not wait), then viewFileRequested().
    QAction *openLogAction() const { return m_openLog; }
    void chooseLogToOpen();

signals:
    void settingsRequested();
    void archivesRequested();
    void aboutRequested();
    void quitRequested();
    void statusRequested(); // the icon was clicked
    void openFolderRequested(const QString &path);
    void viewFileRequested(const QString &path);
    // A tray message was shown (also when the platform has no tray to show it in).
    void messageShown(const QString &title, const QString &message);

private:
    void onStatusChanged();
    void setIconFile(const QString &file);
    void showMessage(const QString &title, const QString &message, QSystemTrayIcon::MessageIcon);

    Engine *m_engine;
    EngineStatus *m_status;
    DesktopSettings *m_settings;
    EngineActions *m_actions;
    QMenu *m_menu;
    QSystemTrayIcon *m_tray;
    QAction *m_openLog;
    QTimer m_animation;
    int m_frame = 0;
    QString m_iconFile;
};

} // namespace Logkeeper
