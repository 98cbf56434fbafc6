// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "config/logrotatedirective.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Logkeeper {

// What logrotate (3.21, Debian 12) has in force for a stanza: its global defaults as it
// inherited them, changed by its own directives in order. Each value keeps the directive that
// set it last (none for logrotate's built-in defaults), so the importer can say which FILE:LINE
// a value it cannot carry over came from, and report only what is really in force.
class LogrotateSettings
{
    Q_DECLARE_TR_FUNCTIONS(LogrotateSettings)

public:
    // How the parser reads a directive's argument (logrotate's config.c).
    enum class Kind
    {
        Unknown,
        Flag,      // no argument; the rest of the line is read as further directives
        Value,     // required argument, the rest of the line, after blanks and an optional '='
        Line,      // optional argument, the rest of the line (create, su, weekly, ...)
        Script,    // the lines up to "endscript"
        ParserOnly // include, tabooext, taboopat: a Value that the parser itself handles
    };
    static Kind kindOf(const QString &directive);
    // Every directive logrotate 3.21 knows.
    static QStringList knownDirectives();
    // Splits an argument list as logrotate does (popt): blanks separate, '...' and "..." quote,
    // a backslash escapes the next character. False on an unterminated quote or escape.
    static bool splitArguments(const QString &text, QStringList *arguments);

    enum class Criterium
    {
        Size, // logrotate's default when no schedule is given: size 1M
        Hourly,
        Daily,
        Weekly,
        Monthly,
        Yearly
    };

    template <typename T> struct Value
    {
        T value{};
        LogrotateDirective from; // not written: logrotate's default
    };

    // Applies one directive (not a ParserOnly one). False with *error (translated, without
    // FILE:LINE) when its argument is not what logrotate accepts; the settings are then
    // unchanged.
    bool apply(const LogrotateDirective &directive, QString *error);

    Value<Criterium> criterium{Criterium::Size, {}};
    Value<qint64> sizeThreshold{1024 * 1024, {}}; // bytes; "size" (the Size criterium)
    Value<int> weekday{0, {}};                    // "weekly N": 0 = Sunday ... 6, 7 = any day
    Value<qint64> minSize;                        // bytes; 0 = none
    Value<qint64> maxSize;                        // bytes; 0 = none
    Value<int> rotate;                            // archives per log; -1 = all, 0 = none
    Value<int> start{1, {}};
    Value<int> minAge; // days
    Value<int> maxAge; // days; 0 = none
    Value<int> shredCycles;

    Value<bool> compress;
    Value<bool> delayCompress;
    Value<bool> shred;
    Value<bool> allowHardlink;
    Value<bool> sharedScripts;
    Value<bool> copyTruncate;
    Value<bool> renameCopy;
    Value<bool> copy;
    Value<bool> ifEmpty{true, {}};
    Value<bool> dateExt;
    Value<bool> dateYesterday;
    Value<bool> dateHourAgo;
    Value<bool> mailFirst; // false: maillast (the default)
    Value<bool> missingOk;
    Value<bool> ignoreDuplicates;
    Value<bool> create;
    Value<bool> createOldDir;
    Value<bool> su;
    Value<bool> errors; // the deprecated "errors" directive was given

    Value<QString> dateFormat;
    Value<QString> oldDir;
    Value<QString> extension;
    Value<QString> addExtension;
    Value<QString> compressCmd;
    Value<QString> uncompressCmd;
    Value<QString> compressExt;
    Value<QStringList> compressOptions;
    Value<QString> mail; // address; empty = nomail

    // create [mode] [owner [group]]: each part keeps its value from an earlier create
    Value<int> createMode{-1, {}}; // -1 = not given
    Value<QString> createOwner;
    Value<QString> createGroup;
    Value<int> oldDirMode{-1, {}};
    Value<QString> oldDirOwner;
    Value<QString> oldDirGroup;
    Value<QString> suUser;
    Value<QString> suGroup;

    Value<QString> preRotate;
    Value<QString> postRotate;
    Value<QString> firstAction;
    Value<QString> lastAction;
    Value<QString> preRemove;

private:
    bool applyFlag(const LogrotateDirective &d);
    bool applyOwnership(const LogrotateDirective &d, Value<int> *mode, Value<QString> *owner,
                        Value<QString> *group, QString *error);
};

} // namespace Logkeeper
