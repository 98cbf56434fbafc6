// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "app/desktopapp.h"

#include "app/appcategories.h"
#include "app/commandline.h"
#include "app/windowmanager.h"
#include "config/configloader.h"
#include "desktop/enginestatus.h"
#include "engine/engine.h"
#include "widgets/browser/archivebrowser.h"
#include "widgets/common/appicon.h"
#include "widgets/settings/settingswindow.h"
#include "widgets/tray/aboutdialog.h"
#include "widgets/tray/statuswindow.h"
#include "widgets/tray/traycontroller.h"
#include "widgets/viewer/logviewerwindow.h"

#include <QApplication>
#include <QDesktopServices>
#include <QEvent>
#include <QEventLoop>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSystemTrayIcon>
#include <QUrl>

namespace Logkeeper {

namespace {
constexpr int trayCheckMs = 2000;

// Ends an event loop when the window it watches has closed (and not refused to close).
class CloseWatcher : public QObject
{
public:
    CloseWatcher(QEventLoop *loop, QObject *parent) : QObject(parent), m_loop(loop) {}

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Hide)
            m_loop->quit();
        return false;
    }

private:
    QEventLoop *m_loop;
};
} // namespace

DesktopApp::DesktopApp(Engine *engine, QObject *parent)
    : QObject(parent), m_engine(engine), m_windows(std::make_unique<WindowManager>()),
      m_status(new EngineStatus(engine, this)), m_tray(new TrayController(engine, m_status, this)),
      m_statusWindow(new StatusWindow(engine, m_status)),
      m_trayProbe(&QSystemTrayIcon::isSystemTrayAvailable)
{
    connectRequests(m_tray);
    connectRequests(m_statusWindow);
    connect(m_tray, &TrayController::statusRequested, this, &DesktopApp::toggleStatusWindow);
    m_trayCheck.setInterval(trayCheckMs);
    connect(&m_trayCheck, &QTimer::timeout, this, &DesktopApp::checkTray);
}

DesktopApp::~DesktopApp()
{
    delete m_about.data();
    delete m_statusWindow;
}

void DesktopApp::registerStandardWindows()
{
    using Kind = WindowManager::Kind;
    m_windows->setFactory(Kind::Settings, [this](const QString &) {
        auto *window = new SettingsWindow(m_engine->configPath());
        window->setEngine(m_engine);
        window->setEngineStatus(m_status);
        return window;
    });
    m_windows->setFactory(Kind::Archives, [this](const QString &) {
        auto *browser = new ArchiveBrowser;
        browser->setConfigPath(m_engine->configPath());
        browser->setConfig(m_engine->config());
        connect(m_engine, &Engine::configApplied, browser, &ArchiveBrowser::setConfig);
        connect(browser, &ArchiveBrowser::viewRequested, this, &DesktopApp::viewFile);
        connect(browser, &ArchiveBrowser::historyRequested, this, &DesktopApp::viewHistory);
        return browser;
    });
    m_windows->setFactory(Kind::Viewer, [this](const QString &path) {
        auto *viewer = new LogViewerWindow(path);
        viewer->setConfigPath(m_engine->configPath(), ConfigLoader::defaultConfigPath());
        return viewer;
    });
}

template <typename Source> void DesktopApp::connectRequests(Source *source)
{
    connect(source, &Source::settingsRequested, this,
            [this] { m_windows->show(WindowManager::Kind::Settings); });
    connect(source, &Source::archivesRequested, this,
            [this] { m_windows->show(WindowManager::Kind::Archives); });
    connect(source, &Source::aboutRequested, this, &DesktopApp::showAbout);
    connect(source, &Source::openFolderRequested, this, &DesktopApp::openFolder);
    connect(source, &Source::viewFileRequested, this, &DesktopApp::viewFile);
    connect(source, &Source::quitRequested, this, [this] {
        qCInfo(lcDesktop) << "Quit chosen";
        // QCoreApplication::quit() closes every window first and gives up if one refuses (a
        // window with unsaved changes may); the stand-in status window must not refuse.
        m_statusWindow->setStandInForTray(false);
        emit quitRequested();
        m_statusWindow->setStandInForTray(!m_trayAvailable && m_started); // quitting was refused
    });
}

std::unique_ptr<QCoreApplication> DesktopApp::createApplication(int &argc, char **argv)
{
    auto app = std::make_unique<QApplication>(argc, argv);
    QGuiApplication::setDesktopFileName(AppIcon::applicationId());
    QApplication::setWindowIcon(AppIcon::application());
    QApplication::setQuitOnLastWindowClosed(false); // the tray icon is not a window
    return app;
}

SingleInstance::Request DesktopApp::requestFor(const CommandLine &commandLine)
{
    using Show = SingleInstance::Request::Show;
    SingleInstance::Request request;
    if (commandLine.showSettings) {
        request.show = Show::Settings;
    } else if (commandLine.showArchives) {
        request.show = Show::Archives;
    } else if (!commandLine.viewFile.isEmpty()) {
        request.show = Show::View;
        // The running instance has another working folder.
        request.file = QFileInfo(commandLine.viewFile).absoluteFilePath();
    }
    return request;
}

void DesktopApp::showStartError(const QString &message)
{
    QMessageBox box(QMessageBox::Critical, tr("Logkeeper cannot start"), message,
                    QMessageBox::Close);
    box.setObjectName(QStringLiteral("startError"));
    box.exec();
}

bool DesktopApp::offerToRepairConfig(const QString &configPath, const QString &problems)
{
    QMessageBox box(QMessageBox::Critical, tr("Logkeeper cannot start"),
                    tr("The configuration %1 is invalid:\n\n%2").arg(configPath, problems),
                    QMessageBox::Close);
    box.setObjectName(QStringLiteral("invalidConfig"));
    QPushButton *edit = box.addButton(tr("&Open Settings…"), QMessageBox::AcceptRole);
    box.setDefaultButton(edit);
    box.exec();
    if (box.clickedButton() != edit)
        return false;
    // The editor shows the problems at their fields (or a syntax error with its line) and
    // saves only a valid config; closing it returns here.
    SettingsWindow window(configPath);
    QEventLoop loop;
    window.installEventFilter(new CloseWatcher(&loop, &window));
    window.show();
    loop.exec();
    return true;
}

void DesktopApp::setTrayProbe(std::function<bool()> probe, int intervalMs)
{
    m_trayProbe = std::move(probe);
    m_trayCheck.setInterval(intervalMs);
}

void DesktopApp::start()
{
    m_started = true;
    // Shown even without a tray: on X11, Qt docks the icon when a tray appears later.
    m_tray->show();
    m_trayAvailable = m_trayProbe();
    if (!m_trayAvailable) {
        qCInfo(lcDesktop) << "No system tray available; showing the status window instead";
        m_statusWindow->setStandInForTray(true);
        WindowManager::bringToFront(m_statusWindow);
    }
    m_trayCheck.start();
}

void DesktopApp::checkTray()
{
    const bool available = m_trayProbe();
    if (available == m_trayAvailable)
        return;
    m_trayAvailable = available;
    if (available) {
        qCInfo(lcDesktop) << "A system tray appeared; the tray icon takes over";
        if (m_statusWindow->isStandInForTray()) {
            m_statusWindow->setStandInForTray(false);
            m_statusWindow->hide();
        }
    } else {
        qCInfo(lcDesktop) << "The system tray went away; showing the status window instead";
        m_statusWindow->setStandInForTray(true);
        WindowManager::bringToFront(m_statusWindow);
    }
}

void DesktopApp::toggleStatusWindow()
{
    if (m_statusWindow->isVisible() && m_statusWindow->isActiveWindow() &&
        !m_statusWindow->isMinimized() && !m_statusWindow->isStandInForTray())
        m_statusWindow->hide();
    else
        WindowManager::bringToFront(m_statusWindow);
}

void DesktopApp::handle(const SingleInstance::Request &request)
{
    using Show = SingleInstance::Request::Show;
    switch (request.show) {
    case Show::None:
        WindowManager::bringToFront(m_statusWindow);
        break;
    case Show::Settings:
        m_windows->show(WindowManager::Kind::Settings);
        break;
    case Show::Archives:
        m_windows->show(WindowManager::Kind::Archives);
        break;
    case Show::View:
        if (m_windows->hasFactory(WindowManager::Kind::Viewer))
            viewFile(request.file); // a tab of the viewer window when there is one
        else
            m_windows->show(WindowManager::Kind::Viewer, request.file); // says it is not there
        break;
    }
}

void DesktopApp::viewHistory(const QStringList &paths)
{
    if (paths.isEmpty() || !m_windows->hasFactory(WindowManager::Kind::Viewer))
        return;
    LogViewerWindow *viewer = viewerWindow();
    if (!viewer) // an empty window: the history is its first tab
        viewer = qobject_cast<LogViewerWindow *>(m_windows->show(WindowManager::Kind::Viewer));
    if (!viewer)
        return;
    viewer->openHistory(paths);
    WindowManager::bringToFront(viewer);
}

void DesktopApp::showAbout()
{
    if (!m_about) {
        m_about = new AboutDialog(m_engine->configPath(), m_engine->config());
        m_about->setAttribute(Qt::WA_DeleteOnClose);
    }
    WindowManager::bringToFront(m_about);
}

void DesktopApp::openFolder(const QString &path)
{
    if (QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        return;
    qCWarning(lcDesktop).noquote() << "cannot open the folder" << path;
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Logkeeper"),
        tr("Cannot open %1: no program to show folders was found.").arg(path), QMessageBox::Close);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->show();
}

LogViewerWindow *DesktopApp::viewerWindow() const
{
    for (QWidget *window : m_windows->windows()) {
        if (auto *viewer = qobject_cast<LogViewerWindow *>(window))
            return viewer;
    }
    return nullptr;
}

void DesktopApp::viewFile(const QString &path)
{
    // Logkeeper's own viewer when this build has one, else the desktop's program for the file.
    if (m_windows->hasFactory(WindowManager::Kind::Viewer)) {
        // One viewer window: a further file is a tab of it.
        LogViewerWindow *viewer = viewerWindow();
        if (viewer) {
            viewer->openFile(path);
            WindowManager::bringToFront(viewer);
        } else {
            viewer =
                qobject_cast<LogViewerWindow *>(m_windows->show(WindowManager::Kind::Viewer, path));
        }
        // Logkeeper's own log: at its newest line, following it.
        const QString ownLog = m_engine->config().logFile;
        if (viewer && !ownLog.isEmpty() &&
            QFileInfo(path).absoluteFilePath() == QFileInfo(ownLog).absoluteFilePath())
            viewer->openFileAtEnd(path);
        return;
    }
    if (QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        return;
    qCWarning(lcDesktop).noquote() << "cannot open" << path;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Logkeeper"),
                                tr("Cannot open %1: no program to show it was found.").arg(path),
                                QMessageBox::Close);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->show();
}

} // namespace Logkeeper
