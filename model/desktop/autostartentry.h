// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include <QString>

namespace Logkeeper {

// "Start at login": the XDG autostart entry
// $XDG_CONFIG_HOME/autostart/io.github.logkeeper.Logkeeper.desktop. It starts the running binary
// (plain `logkeeper` when that is the one found in PATH) and passes --config when the config in
// use is not the default one.
class AutostartEntry
{
public:
    // configPath: the config the started Logkeeper should use (empty = the default one).
    explicit AutostartEntry(const QString &configPath = {});

    static QString path();

    // The entry exists and is not switched off (Hidden=true, or a desktop's
    // X-GNOME-Autostart-enabled=false).
    bool isEnabled() const;
    // Writes the entry atomically, or removes it. False with *error when that fails.
    bool setEnabled(bool enabled, QString *error = nullptr);

    // The Exec= value, quoted as the Desktop Entry Specification asks.
    QString execLine() const;
    // The program Exec= starts: "logkeeper" when PATH finds this very binary under that name,
    // else the running binary's absolute path. program defaults to the running binary.
    static QString command(const QString &program = {});

private:
    QString m_configPath;
};

} // namespace Logkeeper
