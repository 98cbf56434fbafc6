// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "app/windowmanager.h"

#include "app/appcategories.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>

namespace Logkeeper {

WindowManager::WindowManager(QObject *parent) : QObject(parent)
{}

WindowManager::~WindowManager()
{
    // Taken out first: each deletion removes its entry through destroyed().
    const QList<QPointer<QWidget>> windows = m_windows.values() + m_unavailableNotes.values();
    m_windows.clear();
    m_unavailableNotes.clear();
    for (const QPointer<QWidget> &window : windows)
        delete window.data();
}

void WindowManager::setFactory(Kind kind, Factory factory)
{
    if (factory)
        m_factories.insert(kind, std::move(factory));
    else
        m_factories.remove(kind);
}

bool WindowManager::hasFactory(Kind kind) const
{
    return m_factories.contains(kind);
}

QString WindowManager::keyOf(Kind kind, const QString &argument)
{
    if (kind != Kind::Viewer)
        return QString::number(int(kind));
    // One viewer per file, however the path was spelled.
    const QFileInfo info(argument);
    const QString canonical = info.canonicalFilePath();
    return QString::number(int(kind)) + QLatin1Char(':') +
           (canonical.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : canonical);
}

QWidget *WindowManager::window(Kind kind, const QString &argument) const
{
    return m_windows.value(keyOf(kind, argument)).data();
}

QList<QWidget *> WindowManager::windows() const
{
    QList<QWidget *> out;
    for (const QPointer<QWidget> &window : m_windows) {
        if (window)
            out.append(window.data());
    }
    return out;
}

QWidget *WindowManager::show(Kind kind, const QString &argument)
{
    const QString key = keyOf(kind, argument);
    QWidget *window = m_windows.value(key).data();
    if (!window) {
        const auto factory = m_factories.constFind(kind);
        if (factory == m_factories.constEnd()) {
            tellUnavailable(kind);
            return nullptr;
        }
        window = (*factory)(argument);
        if (!window)
            return nullptr;
        window->setAttribute(Qt::WA_DeleteOnClose);
        m_windows.insert(key, window);
        connect(window, &QObject::destroyed, this, [this, key] { m_windows.remove(key); });
        emit windowCreated(kind, window);
    }
    bringToFront(window);
    return window;
}

void WindowManager::bringToFront(QWidget *window)
{
    window->setWindowState((window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    window->show();
    window->raise();
    window->activateWindow();
}

void WindowManager::closeAll()
{
    for (QWidget *window : windows())
        window->close();
}

void WindowManager::tellUnavailable(Kind kind)
{
    QString text;
    switch (kind) {
    case Kind::Settings:
        text = tr("The settings editor is not available in this build.");
        break;
    case Kind::Archives:
        text = tr("The archive browser is not available in this build.");
        break;
    case Kind::Viewer:
        text = tr("The log viewer is not available in this build.");
        break;
    }
    qCWarning(lcDesktop).noquote() << text;
    QPointer<QWidget> &note = m_unavailableNotes[kind];
    if (!note) {
        // Not modal: this runs from the tray and from requests of other instances, which must
        // not wait for the user.
        auto *box =
            new QMessageBox(QMessageBox::Information, tr("Logkeeper"), text, QMessageBox::Close);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setModal(false);
        note = box;
    }
    bringToFront(note);
}

} // namespace Logkeeper
