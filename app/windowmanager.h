// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QWidget>

#include <functional>

namespace Logkeeper {

// Owns the desktop windows by kind and brings them up on request (tray menu, a second start,
// the command line). The windows themselves are made by factories that main registers, so
// this class knows no window class: the settings editor and the archive browser are single
// windows (a second request raises the one that is open); the viewer has one window per file.
// A window is deleted when it is closed (the next request makes a fresh one). A kind without
// a factory is reported to the user as not available in this build.
class WindowManager : public QObject
{
    Q_OBJECT
public:
    enum class Kind
    {
        Settings,
        Archives,
        Viewer
    };
    Q_ENUM(Kind)
    // Makes a top-level window (no parent); argument is the file for Viewer, empty otherwise.
    // May return nullptr after telling the user why.
    using Factory = std::function<QWidget *(const QString &argument)>;

    explicit WindowManager(QObject *parent = nullptr);
    ~WindowManager() override;

    void setFactory(Kind kind, Factory factory);
    bool hasFactory(Kind kind) const;

    // Shows the window of that kind (for Viewer, the one of the file `argument`), making it on
    // first use, else raising it, un-minimized and activated. Returns it, or nullptr when it
    // is not available (the user has been told).
    QWidget *show(Kind kind, const QString &argument = {});
    QWidget *window(Kind kind, const QString &argument = {}) const;
    QList<QWidget *> windows() const;
    void closeAll();

    static void bringToFront(QWidget *window);

signals:
    void windowCreated(WindowManager::Kind kind, QWidget *window);

private:
    static QString keyOf(Kind kind, const QString &argument);
    void tellUnavailable(Kind kind);

    QHash<Kind, Factory> m_factories;
    QHash<QString, QPointer<QWidget>> m_windows; // keyOf() -> window
    QHash<Kind, QPointer<QWidget>> m_unavailableNotes;
};

} // namespace Logkeeper
