// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "config/logrotatesettings.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <limits>

namespace Logkeeper {

namespace {

using Kind = LogrotateSettings::Kind;

// logrotate 3.21's readConfigFile(): which keyword reads its argument how.
const QHash<QString, Kind> &kinds()
{
    static const QHash<QString, Kind> table = [] {
        QHash<QString, Kind> t;
        for (const char *flag :
             {"compress",      "nocompress",      "delaycompress", "nodelaycompress",
              "shred",         "noshred",         "allowhardlink", "noallowhardlink",
              "sharedscripts", "nosharedscripts", "copytruncate",  "nocopytruncate",
              "renamecopy",    "norenamecopy",    "copy",          "nocopy",
              "ifempty",       "notifempty",      "dateext",       "nodateext",
              "dateyesterday", "datehourago",     "noolddir",      "mailfirst",
              "maillast",      "nocreateolddir",  "nocreate",      "hourly",
              "daily",         "monthly",         "yearly",        "errors",
              "nomail",        "missingok",       "nomissingok",   "ignoreduplicates"})
            t.insert(QLatin1String(flag), Kind::Flag);
        for (const char *value :
             {"dateformat", "size", "minsize", "maxsize", "shredcycles", "rotate", "start",
              "minage", "maxage", "mail", "olddir", "extension", "addextension", "compresscmd",
              "uncompresscmd", "compressext"})
            t.insert(QLatin1String(value), Kind::Value);
        for (const char *line : {"su", "create", "createolddir", "weekly", "compressoptions"})
            t.insert(QLatin1String(line), Kind::Line);
        for (const char *script :
             {"prerotate", "postrotate", "firstaction", "lastaction", "preremove"})
            t.insert(QLatin1String(script), Kind::Script);
        for (const char *parser : {"include", "tabooext", "taboopat"})
            t.insert(QLatin1String(parser), Kind::ParserOnly);
        return t;
    }();
    return table;
}

template <typename T>
void set(LogrotateSettings::Value<T> *target, const T &value, const LogrotateDirective &d)
{
    target->value = value;
    target->from = d;
}

// size, minsize, maxsize: a number (C syntax: 0x.., 0..) with an optional unit k, K, M or G.
bool parseSize(const QString &text, qint64 *bytes, QString *error)
{
    QString number = text;
    qint64 multiplier = 1;
    const QChar unit = text.isEmpty() ? QChar() : text.back();
    if (unit == QLatin1Char('k') || unit == QLatin1Char('K'))
        multiplier = 1024;
    else if (unit == QLatin1Char('M'))
        multiplier = 1024 * 1024;
    else if (unit == QLatin1Char('G'))
        multiplier = 1024 * 1024 * 1024;
    else if (!unit.isDigit()) {
        *error = LogrotateSettings::tr("unknown unit '%1'").arg(unit);
        return false;
    }
    if (multiplier != 1)
        number.chop(1);
    bool ok = false;
    const qulonglong n = number.toULongLong(&ok, 0);
    if (!ok || number.isEmpty() ||
        n > qulonglong(std::numeric_limits<qint64>::max() / multiplier)) {
        *error = LogrotateSettings::tr("bad size '%1'").arg(text);
        return false;
    }
    *bytes = qint64(n) * multiplier;
    return true;
}

bool parseCount(const QString &text, int minimum, int *count)
{
    bool ok = false;
    const int n = text.toInt(&ok, 0);
    if (!ok || n < minimum)
        return false;
    *count = n;
    return true;
}

// logrotate's readPath(): printable, no blanks.
bool isPathLike(const QString &text)
{
    for (const QChar c : text) {
        if (!c.isPrint() || c.isSpace())
            return false;
    }
    return true;
}

// A user or group as Debian spells them (or a numeric id): logrotate looks them up at once,
// the import keeps the names for the machine the config will run on.
bool isAccountName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.-]*\\$?$"));
    return pattern.match(name).hasMatch();
}

} // namespace

LogrotateSettings::Kind LogrotateSettings::kindOf(const QString &directive)
{
    return kinds().value(directive, Kind::Unknown);
}

QStringList LogrotateSettings::knownDirectives()
{
    QStringList names = kinds().keys();
    names.sort();
    return names;
}

bool LogrotateSettings::splitArguments(const QString &text, QStringList *arguments)
{
    arguments->clear();
    QString current;
    bool inWord = false;
    QChar quote;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!quote.isNull()) {
            if (c == quote) {
                quote = QChar();
            } else {
                if (c == QLatin1Char('\\')) {
                    if (++i == text.size())
                        return false;
                    if (text.at(i) != quote)
                        current += QLatin1Char('\\');
                }
                current += text.at(i);
            }
        } else if (c.isSpace()) {
            if (inWord)
                arguments->append(current);
            current.clear();
            inWord = false;
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quote = c;
            inWord = true;
        } else {
            if (c == QLatin1Char('\\') && ++i == text.size())
                return false;
            current += text.at(i);
            inWord = true;
        }
    }
    if (!quote.isNull())
        return false;
    if (inWord)
        arguments->append(current);
    return true;
}

bool LogrotateSettings::apply(const LogrotateDirective &d, QString *error)
{
    const QString &name = d.name;
    const QString &v = d.value;
    switch (kindOf(name)) {
    case Kind::Flag:
        return applyFlag(d);
    case Kind::Script:
        if (name == QLatin1String("prerotate"))
            set(&preRotate, v, d);
        else if (name == QLatin1String("postrotate"))
            set(&postRotate, v, d);
        else if (name == QLatin1String("firstaction"))
            set(&firstAction, v, d);
        else if (name == QLatin1String("lastaction"))
            set(&lastAction, v, d);
        else
            set(&preRemove, v, d);
        return true;
    case Kind::Unknown:
    case Kind::ParserOnly:
        *error = tr("not a directive of a log file definition");
        return false;
    case Kind::Value:
    case Kind::Line:
        break;
    }

    if (name == QLatin1String("size") || name == QLatin1String("minsize") ||
        name == QLatin1String("maxsize")) {
        qint64 bytes = 0;
        if (!parseSize(v, &bytes, error))
            return false;
        if (name == QLatin1String("size")) {
            set(&criterium, Criterium::Size, d);
            set(&sizeThreshold, bytes, d);
        } else if (name == QLatin1String("minsize")) {
            set(&minSize, bytes, d);
        } else {
            set(&maxSize, bytes, d);
        }
        return true;
    }
    if (name == QLatin1String("rotate")) {
        int n = 0;
        if (!parseCount(v, -1, &n)) {
            *error = tr("bad rotation count '%1'").arg(v);
            return false;
        }
        set(&rotate, n, d);
        return true;
    }
    if (name == QLatin1String("start") || name == QLatin1String("minage") ||
        name == QLatin1String("maxage") || name == QLatin1String("shredcycles")) {
        int n = 0;
        if (!parseCount(v, 0, &n)) {
            *error = tr("bad number '%1'").arg(v);
            return false;
        }
        set(name == QLatin1String("start")    ? &start
            : name == QLatin1String("minage") ? &minAge
            : name == QLatin1String("maxage") ? &maxAge
                                              : &shredCycles,
            n, d);
        return true;
    }
    if (name == QLatin1String("weekly")) {
        int day = 0;
        if (!v.isEmpty() && (!parseCount(v, 0, &day) || day > 7)) {
            *error = tr("bad weekday '%1' (0 to 7)").arg(v);
            return false;
        }
        set(&criterium, Criterium::Weekly, d);
        set(&weekday, day, d);
        return true;
    }
    if (name == QLatin1String("mail")) {
        if (!isPathLike(v)) {
            *error = tr("bad mail address '%1'").arg(v);
            return false;
        }
        set(&mail, v, d);
        return true;
    }
    if (name == QLatin1String("olddir") || name == QLatin1String("compresscmd") ||
        name == QLatin1String("uncompresscmd") || name == QLatin1String("compressext")) {
        if (!isPathLike(v)) {
            *error = tr("bad path '%1'").arg(v);
            return false;
        }
        if (name == QLatin1String("olddir")) {
            // logrotate replaces a leading "~/" with $HOME, as for include
            set(&oldDir,
                v.startsWith(QLatin1String("~/")) ? QDir::homePath() + v.mid(1) : QString(v), d);
        } else if (name == QLatin1String("compresscmd")) {
            set(&compressCmd, v, d);
            // logrotate takes the extension of the programs it knows from their name
            static const QHash<QString, QString> extensions = {
                {QStringLiteral("gzip"), QStringLiteral(".gz")},
                {QStringLiteral("bzip2"), QStringLiteral(".bz2")},
                {QStringLiteral("xz"), QStringLiteral(".xz")},
                {QStringLiteral("zstd"), QStringLiteral(".zst")},
                {QStringLiteral("compress"), QStringLiteral(".Z")},
                {QStringLiteral("zip"), QStringLiteral("zip")}};
            const auto it = extensions.constFind(QFileInfo(v).fileName());
            if (it != extensions.constEnd())
                set(&compressExt, it.value(), d);
        } else {
            set(name == QLatin1String("uncompresscmd") ? &uncompressCmd : &compressExt, v, d);
        }
        return true;
    }
    if (name == QLatin1String("dateformat")) {
        set(&dateFormat, v, d);
        return true;
    }
    if (name == QLatin1String("extension") || name == QLatin1String("addextension")) {
        set(name == QLatin1String("extension") ? &extension : &addExtension, v, d);
        return true;
    }
    if (name == QLatin1String("compressoptions")) {
        QStringList options;
        if (!splitArguments(v, &options)) {
            *error = tr("invalid compression options '%1'").arg(v);
            return false;
        }
        set(&compressOptions, options, d);
        return true;
    }
    if (name == QLatin1String("create")) {
        if (!applyOwnership(d, &createMode, &createOwner, &createGroup, error))
            return false;
        set(&create, true, d);
        return true;
    }
    if (name == QLatin1String("createolddir")) {
        if (!applyOwnership(d, &oldDirMode, &oldDirOwner, &oldDirGroup, error))
            return false;
        set(&createOldDir, true, d);
        return true;
    }
    // su user group: both needed (an earlier su may have given them), no mode
    const QStringList parts =
        v.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    if (parts.size() > 2) {
        *error = tr("extra arguments for su");
        return false;
    }
    for (const QString &account : parts) {
        if (!isAccountName(account)) {
            *error = tr("bad user or group name '%1'").arg(account);
            return false;
        }
    }
    const QString user = parts.isEmpty() ? suUser.value : parts.at(0);
    const QString group = parts.size() < 2 ? suGroup.value : parts.at(1);
    if (user.isEmpty()) {
        *error = tr("no user for su");
        return false;
    }
    if (group.isEmpty()) {
        *error = tr("no group for su");
        return false;
    }
    if (!parts.isEmpty())
        set(&suUser, user, d);
    if (parts.size() > 1)
        set(&suGroup, group, d);
    set(&su, true, d);
    return true;
}

// create / createolddir [mode] [owner [group]]: logrotate's readModeUidGid(). A first word in
// octal is the mode; otherwise the words are owner and group and the mode stays as it was.
bool LogrotateSettings::applyOwnership(const LogrotateDirective &d, Value<int> *mode,
                                       Value<QString> *owner, Value<QString> *group, QString *error)
{
    QStringList parts =
        d.value.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    static const QRegularExpression octal(QStringLiteral("^[0-7]+$"));
    int newMode = -1;
    if (!parts.isEmpty() && octal.match(parts.constFirst()).hasMatch()) {
        bool ok = false;
        newMode = parts.takeFirst().toInt(&ok, 8);
        if (!ok || newMode > 07777) {
            *error = tr("bad mode '%1'").arg(d.value);
            return false;
        }
    }
    if (parts.size() > 2) {
        *error = tr("extra arguments for %1").arg(d.name);
        return false;
    }
    for (const QString &account : std::as_const(parts)) {
        if (!isAccountName(account)) {
            *error = tr("bad user or group name '%1'").arg(account);
            return false;
        }
    }
    if (newMode >= 0)
        set(mode, newMode, d);
    if (!parts.isEmpty())
        set(owner, parts.at(0), d);
    if (parts.size() > 1)
        set(group, parts.at(1), d);
    return true;
}

bool LogrotateSettings::applyFlag(const LogrotateDirective &d)
{
    const QString &n = d.name;
    const bool no = n.startsWith(QLatin1String("no")) && n != QLatin1String("notifempty");
    const QString base = no ? n.mid(2) : n;
    struct Flag
    {
        const char *name;
        Value<bool> LogrotateSettings::*member;
    };
    static const Flag flags[] = {{"compress", &LogrotateSettings::compress},
                                 {"delaycompress", &LogrotateSettings::delayCompress},
                                 {"shred", &LogrotateSettings::shred},
                                 {"allowhardlink", &LogrotateSettings::allowHardlink},
                                 {"sharedscripts", &LogrotateSettings::sharedScripts},
                                 {"copy", &LogrotateSettings::copy},
                                 {"dateext", &LogrotateSettings::dateExt},
                                 {"dateyesterday", &LogrotateSettings::dateYesterday},
                                 {"datehourago", &LogrotateSettings::dateHourAgo},
                                 {"missingok", &LogrotateSettings::missingOk},
                                 {"ignoreduplicates", &LogrotateSettings::ignoreDuplicates},
                                 {"create", &LogrotateSettings::create},
                                 {"createolddir", &LogrotateSettings::createOldDir},
                                 {"errors", &LogrotateSettings::errors}};
    for (const Flag &flag : flags) {
        if (base == QLatin1String(flag.name)) {
            set(&(this->*flag.member), !no, d);
            return true;
        }
    }
    if (base == QLatin1String("copytruncate")) {
        set(&copyTruncate, !no, d);
        if (!no)
            set(&renameCopy, false, d);
    } else if (base == QLatin1String("renamecopy")) {
        set(&renameCopy, !no, d);
        if (!no)
            set(&copyTruncate, false, d);
    } else if (n == QLatin1String("ifempty") || n == QLatin1String("notifempty")) {
        set(&ifEmpty, n == QLatin1String("ifempty"), d);
    } else if (n == QLatin1String("mailfirst") || n == QLatin1String("maillast")) {
        set(&mailFirst, n == QLatin1String("mailfirst"), d);
    } else if (n == QLatin1String("noolddir")) {
        set(&oldDir, QString(), d);
    } else if (n == QLatin1String("nomail")) {
        set(&mail, QString(), d);
    } else if (n == QLatin1String("hourly")) {
        set(&criterium, Criterium::Hourly, d);
    } else if (n == QLatin1String("daily")) {
        set(&criterium, Criterium::Daily, d);
    } else if (n == QLatin1String("monthly")) {
        set(&criterium, Criterium::Monthly, d);
    } else if (n == QLatin1String("yearly")) {
        set(&criterium, Criterium::Yearly, d);
    } else {
        return false; // not reached: kindOf() said Flag
    }
    return true;
}

} // namespace Logkeeper
