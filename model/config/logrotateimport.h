// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "config/logrotatediagnostic.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QStringList>

namespace Logkeeper {

// What LogrotateImporter made of logrotate configs.
struct LogrotateImport
{
    // {"log_sets": [...]}: one set per log file definition's path (or per folder of them
    // when the definition has shared scripts, first or last actions), in logrotate's order.
    QJsonDocument document;
    // The same config as text, its keys in a readable order (what --import-logrotate prints).
    QByteArray json;
    // Directives whose effect the sets do not carry over, one each ("FILE:LINE: directive:
    // reason"), and the lines logrotate itself ignores; in reading order.
    LogrotateDiagnostics diagnostics;
    // Input that cannot be read or parsed; the parts concerned are skipped as logrotate skips
    // them, so the sets hold the rest.
    LogrotateDiagnostics errors;
    // Every file and folder read or looked for (absolute), so that a live include can watch
    // them: a file changed or added there changes the import.
    QStringList inputs;
    int directivesRead = 0; // every directive of the input, for the figures

    bool ok() const { return errors.isEmpty(); }
};

} // namespace Logkeeper
