// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "config/config.h"
#include "config/configissue.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Logkeeper {

// Checks a parsed configuration object and turns it into plain Config values. Accepts the seed
// script's single-set format verbatim and the full "log_sets" format. Every issue names its key
// path ("log_sets[1].rotation.max_size_mb"); unknown keys are warnings. Reads no files (owner
// and group names are looked up in the user database), so the settings editor can run it on
// every keystroke; ConfigFileCheck adds the checks that look at the file system.
class ConfigValidator
{
    Q_DECLARE_TR_FUNCTIONS(ConfigValidator)

public:
    struct Result
    {
        Config config;       // meaningful only when ok()
        ConfigIssues issues; // errors and warnings, in document order
        bool ok() const;     // no errors (warnings allowed)
    };

    // fileName is only used to label issues; baseDir resolves relative paths (empty = as given).
    static Result validate(const QJsonObject &root, const QString &fileName = {},
                           const QString &baseDir = {});

    // For editors, which must not keep their own copy of these rules:
    // whether root is in the seed's single-set format (Config::legacyFormat),
    static bool isSingleSetFormat(const QJsonObject &root);
    // the keys a log set object has (the top-level set keys of the single-set format),
    static QStringList logSetKeys();
    // the values logging.log_level accepts (case does not matter),
    static QStringList logLevels();
    // the name of a set without "name" (index counts from 0),
    static QString defaultSetName(int index, bool singleSetFormat);
    // and the key path of a set's keys ("log_sets[1]"; empty in the single-set format).
    static QString setKeyPath(int index, bool singleSetFormat);
};

} // namespace Logkeeper
