// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "app/singleinstance.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

class QCoreApplication;

namespace Logkeeper {

class AboutDialog;
class Engine;
class EngineStatus;
class LogViewerWindow;
class StatusWindow;
class TrayController;
class WindowManager;
struct CommandLine;

// The desktop front end around a running Engine: the tray icon, or the status window standing
// in for it when the desktop has no tray (and giving way when one appears), the windows the
// tray opens (through WindowManager's factories), the about box, and what a second start asks
// for. main() makes one when it runs with a display and without --headless.
class DesktopApp : public QObject
{
    Q_OBJECT
public:
    explicit DesktopApp(Engine *engine, QObject *parent = nullptr);
    ~DesktopApp() override;

    // The QApplication of the desktop mode: application id (desktop file name), window icon,
    // and no quitting when the last window closes (the tray stays).
    static std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv);
    // What the command line asks the desktop to show (the viewer's file made absolute).
    static SingleInstance::Request requestFor(const CommandLine &commandLine);
    // Tells the user, in a dialog, why Logkeeper cannot start (waits for it to be closed).
    static void showStartError(const QString &message);
    // A desktop start on an invalid config: says what is wrong and offers the settings editor
    // to fix it. Returns after the editor was closed (true: load the config again) or at once
    // when the user chose to quit (false).
    static bool offerToRepairConfig(const QString &configPath, const QString &problems);

    // The settings editor, the archive browser and the viewer as the windows this app opens.
    // (Tests may register their own factories instead.)
    void registerStandardWindows();
    WindowManager *windows() const { return m_windows.get(); }
    EngineStatus *status() const { return m_status; }
    TrayController *tray() const { return m_tray; }
    StatusWindow *statusWindow() const { return m_statusWindow; }

    // Shows the tray icon, or the status window when no tray is available, and from then on
    // follows the tray coming and going.
    void start();
    // Shows what a request asks for: the status window (a plain second start), the settings
    // editor, the archive browser or the viewer on a file.
    void handle(const SingleInstance::Request &request);

    // How tray availability is found out and how often it is checked again (default:
    // QSystemTrayIcon::isSystemTrayAvailable, every 2 s). For tests.
    void setTrayProbe(std::function<bool()> probe, int intervalMs);

signals:
    // The user chose Quit: main() calls QCoreApplication::quit(), which closes the windows.
    void quitRequested();

private:
    void checkTray();
    void toggleStatusWindow();
    void showAbout();
    void openFolder(const QString &path);
    void viewFile(const QString &path);
    // A log's history (archives oldest first, then the active log) in a viewer tab.
    void viewHistory(const QStringList &paths);
    LogViewerWindow *viewerWindow() const;
    template <typename Source> void connectRequests(Source *source);

    Engine *m_engine;
    std::unique_ptr<WindowManager> m_windows;
    EngineStatus *m_status;
    TrayController *m_tray;
    StatusWindow *m_statusWindow; // deleted in the destructor: a top-level widget
    QPointer<AboutDialog> m_about;
    std::function<bool()> m_trayProbe;
    QTimer m_trayCheck;
    bool m_trayAvailable = false;
    bool m_started = false;
};

} // namespace Logkeeper
