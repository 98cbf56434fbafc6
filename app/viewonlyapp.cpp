// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "app/viewonlyapp.h"

#include "app/appcategories.h"
#include "app/windowmanager.h"
#include "config/configloader.h"
#include "widgets/viewer/logviewerwindow.h"

#include <QApplication>

namespace Logkeeper {

ViewOnlyApp::ViewOnlyApp(const QString &configPath, QObject *parent)
    : QObject(parent), m_configPath(configPath), m_instance(instanceKey(configPath))
{
    connect(&m_instance, &SingleInstance::requestReceived, this, &ViewOnlyApp::onRequest);
}

ViewOnlyApp::~ViewOnlyApp()
{
    delete m_window.data();
}

QString ViewOnlyApp::instanceKey(const QString &configPath)
{
    // Not a file: only the hash of the name matters, and it differs from the desktop one's.
    return configPath + QStringLiteral("#view-only");
}

bool ViewOnlyApp::handOver(const QString &absolutePath)
{
    return m_instance.tryHandOver({SingleInstance::Request::Show::View, absolutePath});
}

void ViewOnlyApp::start(const QString &absolutePath)
{
    // The tray's application keeps running without windows; this one does not.
    QApplication::setQuitOnLastWindowClosed(true);
    m_window = new LogViewerWindow(absolutePath);
    m_window->setConfigPath(m_configPath, ConfigLoader::defaultConfigPath());
    m_window->setAttribute(Qt::WA_DeleteOnClose);
    WindowManager::bringToFront(m_window);
    QString error;
    if (!m_instance.listen(&error))
        qCWarning(lcDesktop).noquote() << "a further --view cannot reach this viewer:" << error;
    qCInfo(lcDesktop).noquote() << "view-only: showing" << absolutePath
                                << "without a daemon; ends with its last window";
}

void ViewOnlyApp::onRequest(const SingleInstance::Request &request)
{
    if (!m_window)
        return;
    if (request.show == SingleInstance::Request::Show::View)
        m_window->openFile(request.file);
    WindowManager::bringToFront(m_window);
}

} // namespace Logkeeper
