// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "config/config.h"
#include "config/configissue.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>
#include <QVector>

namespace Logkeeper {

// The live include ("logrotate_include"): logrotate configs read as --import-logrotate reads
// them, their sets used beside the config's own. A problem there never takes the config's own
// sets down: an unreadable file or a broken definition is an error naming FILE:LINE and the
// rest is used, as logrotate uses it; an included set that is invalid (an unknown owner) or
// that claims a log of an earlier set is left out with an error at its FILE:LINE.
class LogrotateInclude
{
    Q_DECLARE_TR_FUNCTIONS(LogrotateInclude)

public:
    struct Result
    {
        QVector<LogSetConfig> sets; // valid, each with its source "FILE:LINE"; names unique
                                    // beside the config's own
        ConfigIssues issues;        // at FILE:LINE of the logrotate files, in reading order:
                                    // errors, and warnings for directives not carried over
        QStringList inputs;         // every file and folder read or looked for: a change there
                                    // changes the sets
        QJsonArray json; // the sets as --import-logrotate writes them, for the settings editor
        bool hasErrors() const;
    };

    // The sets of config.logrotateInclude, beside config.logSets (the config's own).
    static Result read(const Config &config);

    // What the inputs hold now (each file's bytes, each folder's names): reading the include
    // again gives other sets only when this changed.
    static QByteArray fingerprint(const QStringList &inputs);
};

} // namespace Logkeeper
