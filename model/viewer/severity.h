// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include <QString>
#include <QStringView>

namespace Logkeeper {

// The severity of a log line, recognised in the common formats:
// - a syslog priority "<3>" at the start (kernel, journald's stream format, raw syslog), and
//   the PRIORITY field of the journal's export ("PRIORITY=3") and JSON ("PRIORITY":"3") formats;
// - the level field of a JSON line ("level":"warn", "severity":"ERROR", pino/bunyan's numeric
//   "level":50) and of logfmt (level=warn);
// - a level in brackets: nginx's "[error]", Apache's "[core:error]" and "[proxy:warn]";
// - a level word in capitals as a word of its own near the start: Python logging
//   ("ERROR:root:…", "… - ERROR - …"), log4j/logback, systemd units ("WARN", "CRITICAL");
// - a lower-case level word followed by a colon: "sshd[12]: error: …", .NET's "fail: …".
// Only the first 256 bytes are looked at (JSON lines: the whole line), so a word far into a
// message does not count; a line with none of these is None (a continuation, such as a stack
// trace line, belongs to the line before it; see LineScan's level filter).
//
// Cheap enough for every line on screen; the view caches the result per line.
class Severity
{
public:
    enum Level : quint8
    {
        None = 0,
        Debug,
        Info,
        Warning,
        Error
    };

    // A line's UTF-8 bytes, without its '\n'.
    static Level of(const char *data, qint64 size);
    static Level of(QStringView text);

    // Syslog's numeric priority (0 emerg … 7 debug) as a level.
    static Level fromSyslogPriority(int priority);
    // A level's word ("error", "WARN", "notice", "crit", "trace1" …), case-insensitive; None
    // when it is none.
    static Level fromWord(const char *word, qint64 size);
};

} // namespace Logkeeper
