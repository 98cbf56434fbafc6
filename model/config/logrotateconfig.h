// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "config/logrotatediagnostic.h"
#include "config/logrotatestanza.h"

#include <QStringList>
#include <QVector>

namespace Logkeeper {

// A logrotate configuration as LogrotateParser read it, includes followed: its log file
// definitions in logrotate's order, what could not be read, and every file and folder read.
struct LogrotateConfig
{
    QVector<LogrotateStanza> stanzas;
    // Every directive read, global ones and those of definitions, in reading order.
    QVector<LogrotateDirective> directives;
    // Input that logrotate would refuse: the file (or the definition) is skipped, as logrotate
    // skips it, and the rest is still read.
    LogrotateDiagnostics errors;
    // Lines that logrotate ignores with a message (an unknown directive, text after "}").
    LogrotateDiagnostics warnings;
    // Every file and folder read or looked for, absolute, in reading order, each once (so that
    // a live include can watch them; a missing one may appear later).
    QStringList inputs;
};

} // namespace Logkeeper
