// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "config/logrotateconfig.h"
#include "config/logrotateimport.h"
#include "config/orderedjson.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QStringList>

namespace Logkeeper {

// Turns logrotate configs into Logkeeper log sets (the log_sets format with the keys of the
// logrotate rules: schedule, numbered or dateext names, create, hooks, run_as, ...). Every
// directive in force whose effect a set cannot carry is reported once, at its FILE:LINE; a
// directive that a stanza overrides, or that has no effect in logrotate either, is not.
class LogrotateImporter
{
    Q_DECLARE_TR_FUNCTIONS(LogrotateImporter)

public:
    // Reads the paths (config files, or folders read as `include` reads them) in order, as
    // `logrotate PATH...` does, and converts them: --import-logrotate, and the live include
    // ("logrotate_include"), which watches result.inputs. Set names are the drop-in file names
    // ("nginx", then "nginx-2", ...), never one of takenNames.
    static LogrotateImport importPaths(const QStringList &paths,
                                       const QStringList &takenNames = {});
    // The conversion of what LogrotateParser read.
    static LogrotateImport convert(const LogrotateConfig &config,
                                   const QStringList &takenNames = {});

private:
    LogrotateImporter(const LogrotateConfig &config, const QStringList &takenNames);
    LogrotateImport run();
    void convertStanza(const LogrotateStanza &stanza);
    OrderedJson rotation(const LogrotateStanza &stanza, bool copies);
    OrderedJson archival(const LogrotateStanza &stanza);
    OrderedJson hooks(const LogrotateStanza &stanza) const;
    // A directive in force whose effect is not carried over: reported once at its FILE:LINE,
    // or, for a logrotate default, at the definition's, named `directive`.
    void report(const LogrotateStanza &stanza, const LogrotateDirective &from,
                const QString &directive, const QString &reason);
    QString uniqueName(const QString &base);

    const LogrotateConfig &m_config;
    LogrotateImport m_result;
    OrderedJson m_sets = OrderedJson::array();
    QSet<QString> m_names;
    QHash<QString, int> m_nextSuffix;
    QSet<QString> m_reported;
    QHash<QString, QString> m_pathSources; // path or glob -> FILE:LINE of its definition
};

} // namespace Logkeeper
