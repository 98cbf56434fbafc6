// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "config/configvalidator.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace Logkeeper {

// Reads a configuration file: JSON syntax errors come back with line and column, then the
// object goes through ConfigValidator. Relative paths in the file resolve against its folder.
class ConfigLoader
{
    Q_DECLARE_TR_FUNCTIONS(ConfigLoader)

public:
    struct Result
    {
        Config config;
        ConfigIssues issues;
        QJsonObject json; // the parsed document, for editors that keep unknown keys
        // The live include (logrotate_include), read by loadFile: its sets are appended to
        // config.logSets (each with its source), its problems are here, never in `issues`:
        // they do not make the config invalid (LogrotateInclude says why).
        ConfigIssues includeIssues;
        QStringList includeInputs; // the files and folders to watch for changes
        int includedSets = 0;      // the last ones of config.logSets
        bool ok() const;           // no errors in `issues`
    };

    // The file, and when it is valid the logrotate configs it includes.
    static Result loadFile(const QString &path);
    // Only the text (no includes are read).
    static Result parse(const QByteArray &data, const QString &fileName = {},
                        const QString &baseDir = {});

    // $XDG_CONFIG_HOME/logkeeper/config.json (QStandardPaths::GenericConfigLocation).
    static QString defaultConfigPath();
    // The config written on first start: global keys spelled out, no log sets yet (Logkeeper
    // never starts rotating files nobody asked it to).
    static QByteArray defaultConfigJson();
};

} // namespace Logkeeper
