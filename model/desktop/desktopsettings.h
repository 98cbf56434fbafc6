// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include <QObject>
#include <QSettings>

namespace Logkeeper {

// Preferences of the desktop front end that the daemon's JSON config has no business with
// (a headless server never reads them): kept with QSettings in
// $XDG_CONFIG_HOME/logkeeper/desktop.conf. Every instance reads and writes the same file, so the
// settings editor and the tray agree; changed() tells the other instances in this process.
class DesktopSettings : public QObject
{
    Q_OBJECT
public:
    explicit DesktopSettings(QObject *parent = nullptr);
    ~DesktopSettings() override;

    // A tray message for every rotation, not only for failures (which are always shown).
    bool notifyOnEveryRotation() const;
    void setNotifyOnEveryRotation(bool on);

    QString fileName() const { return m_settings.fileName(); }

signals:
    void changed();

private:
    QSettings m_settings;
};

} // namespace Logkeeper
