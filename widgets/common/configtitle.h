// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Logkeeper {

// How windows and the tray say which config they work on, so that two Logkeepers on different
// configs look different: nothing for the default config, its path otherwise (the home folder
// as "~").
class ConfigTitle
{
    Q_DECLARE_TR_FUNCTIONS(ConfigTitle)

public:
    // Whether configPath is defaultPath (after resolving symlinks and "..").
    static bool isDefault(const QString &configPath, const QString &defaultPath);
    // "/home/ann/x/config.json" -> "~/x/config.json".
    static QString displayPath(const QString &path);
    // base, or "base — ~/x/config.json" for another config than the default one.
    static QString title(const QString &base, const QString &configPath,
                         const QString &defaultPath);
};

} // namespace Logkeeper
