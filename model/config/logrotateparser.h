// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "config/logrotateconfig.h"
#include "config/logrotatesettings.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Logkeeper {

// Reads logrotate configs with logrotate's own grammar (config.c of logrotate 3.21, Debian 12):
// keywords and their arguments, "PATH... {" on one or several lines (quoted paths, globs, "{"
// on a line of its own), "}", comments, scripts up to "endscript" kept verbatim for the shell
// (backslash continuations included), "include" of files and folders (a folder's files sorted,
// without those tabooext/taboopat exclude), and global defaults that each later definition
// starts from. Where logrotate refuses input, it is an error naming FILE:LINE, and the same
// part is skipped as logrotate skips it: a definition with a bad directive, or the rest of a
// file with a syntax error (a file that fails leaves the global defaults as they were before
// it). Nothing is globbed and no user is looked up: the import may run on another machine.
class LogrotateParser
{
    Q_DECLARE_TR_FUNCTIONS(LogrotateParser)

public:
    // Reads each path (a config file, or a folder read as `include` reads one) in order with
    // one set of global defaults, as `logrotate PATH...` does. Relative paths are taken from
    // the current directory.
    static LogrotateConfig parse(const QStringList &paths);

private:
    LogrotateParser();
    bool readPath(const QString &path, LogrotateSettings *defaults,
                  const LogrotateDirective *includedBy);
    bool readFile(const QString &path, LogrotateSettings *defaults);
    bool readText(const QByteArray &text, const QString &file, LogrotateSettings *defaults);
    void setTaboo(const LogrotateDirective &directive);
    bool isTaboo(const QString &fileName) const;
    void addInput(const QString &path);
    void addError(const QString &file, int line, const QString &message);

    LogrotateConfig m_config;
    QSet<QString> m_inputSet;
    QStringList m_taboo; // fnmatch() patterns of file names an included folder skips
    QString m_cwd;       // logrotate changes into a folder while it reads its files
    int m_depth = 0;     // include nesting
};

} // namespace Logkeeper
