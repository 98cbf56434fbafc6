// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include <QString>
#include <QStringList>

namespace Logkeeper {

// Logkeeper's command line. Parsing never exits the process: the caller prints and decides,
// so exit statuses stay in one place (0 ok, 1 work failed, 2 bad usage or config).
struct CommandLine
{
    enum class Mode
    {
        Daemon,
        Once,
        CheckConfig,
        Cat,
        ImportLogrotate,
        Help,
        Version
    };

    Mode mode = Mode::Daemon;
    QString configPath; // empty = the default path
    bool headless = false;
    bool force = false;
    bool dryRun = false;
    bool demo = false;
    QString catFile;    // --cat
    QString importFile; // --import-logrotate
    // Windows to open at start (or in the running instance); each implies the desktop mode.
    bool showSettings = false; // --settings
    bool showArchives = false; // --browse
    QString viewFile;          // --view FILE, as given
    bool wantsWindow() const { return showSettings || showArchives || !viewFile.isEmpty(); }

    QString error;    // set when the arguments are unusable
    QString helpText; // filled for Help

    static CommandLine parse(const QStringList &arguments);
};

} // namespace Logkeeper
