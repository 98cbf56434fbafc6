// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "config/configvalidator.h"

#include "compression/compressionbackend.h"
#include "core/codecs.h"

#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <grp.h>
#include <pwd.h>
#include <utility>

namespace Logkeeper {

namespace {

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        //: a JSON value's type, for "must be a number, got %1"
        return ConfigValidator::tr("null");
    case QJsonValue::Bool:
        return ConfigValidator::tr("a boolean");
    case QJsonValue::Double:
        return ConfigValidator::tr("a number");
    case QJsonValue::String:
        return ConfigValidator::tr("a string");
    case QJsonValue::Array:
        return ConfigValidator::tr("an array");
    case QJsonValue::Object:
        return ConfigValidator::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return ConfigValidator::tr("nothing");
}

QString join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

// Walks one JSON object tree, collecting every problem with its key path.
class Checker
{
public:
    Checker(const QString &file, const QString &baseDir) : m_file(file), m_baseDir(baseDir) {}

    ConfigIssues issues;

    void error(const QString &path, const QString &message)
    {
        issues.append({ConfigIssue::Severity::Error, path, message, m_file, 0, 0});
    }
    void warning(const QString &path, const QString &message)
    {
        issues.append({ConfigIssue::Severity::Warning, path, message, m_file, 0, 0});
    }

    void unknownKeys(const QJsonObject &o, const QString &path, const QStringList &known)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!known.contains(it.key()))
                warning(join(path, it.key()), ConfigValidator::tr("unknown key, ignored"));
        }
    }

    // A number within [min, max]; minExclusive makes 0 (or min) itself invalid. True when the
    // key was present and valid, i.e. *out was set.
    bool number(const QJsonObject &o, const QString &key, const QString &path, double *out,
                double min, bool minExclusive, double max)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return false;
        const QString p = join(path, key);
        if (!v.isDouble()) {
            error(p, ConfigValidator::tr("must be a number, got %1").arg(typeName(v)));
            return false;
        }
        const double d = v.toDouble();
        if (!std::isfinite(d) || d > max) {
            error(p, ConfigValidator::tr("%1 is too large (at most %2)").arg(d).arg(max));
        } else if (minExclusive ? d <= min : d < min) {
            error(p, minExclusive
                         ? ConfigValidator::tr("must be greater than %1, got %2").arg(min).arg(d)
                         : ConfigValidator::tr("must be at least %1, got %2").arg(min).arg(d));
        } else {
            *out = d;
            return true;
        }
        return false;
    }

    // A whole number within [min, max]; the range is checked on the double before any cast.
    // what names the range in the message ("for gzip"), if anything.
    void integer(const QJsonObject &o, const QString &key, const QString &path, int *out, int min,
                 int max, const QString &what = {})
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return;
        const QString p = join(path, key);
        if (!v.isDouble()) {
            error(p, ConfigValidator::tr("must be a whole number, got %1").arg(typeName(v)));
            return;
        }
        const double d = v.toDouble();
        if (!std::isfinite(d) || d != std::floor(d)) {
            error(p, ConfigValidator::tr("must be a whole number, got %1").arg(d));
        } else if (d < min || d > max) {
            //: %3 is empty or " for <codec>" (with its leading space)
            error(p, ConfigValidator::tr("must be between %1 and %2%3, got %4")
                         .arg(min)
                         .arg(max)
                         .arg(what.isEmpty() ? QString() : QLatin1Char(' ') + what)
                         .arg(d));
        } else {
            *out = int(d);
        }
    }

    void boolean(const QJsonObject &o, const QString &key, const QString &path, bool *out)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return;
        if (!v.isBool())
            error(join(path, key),
                  ConfigValidator::tr("must be true or false, got %1").arg(typeName(v)));
        else
            *out = v.toBool();
    }

    bool string(const QJsonObject &o, const QString &key, const QString &path, QString *out,
                bool allowEmpty = true)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return false;
        if (!v.isString()) {
            error(join(path, key),
                  ConfigValidator::tr("must be a string, got %1").arg(typeName(v)));
            return false;
        }
        if (!allowEmpty && v.toString().isEmpty()) {
            error(join(path, key), ConfigValidator::tr("must not be empty"));
            return false;
        }
        *out = v.toString();
        return true;
    }

    bool object(const QJsonObject &o, const QString &key, const QString &path, QJsonObject *out)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return false;
        if (!v.isObject()) {
            error(join(path, key),
                  ConfigValidator::tr("must be an object, got %1").arg(typeName(v)));
            return false;
        }
        *out = v.toObject();
        return true;
    }

    bool path(const QJsonObject &o, const QString &key, const QString &p, QString *out)
    {
        QString raw;
        if (!string(o, key, p, &raw, false))
            return false;
        if (raw.contains(QChar(0))) { // "\u0000" is valid JSON but no file system takes it
            error(join(p, key), ConfigValidator::tr("must not contain a NUL character"));
            return false;
        }
        *out = resolve(raw);
        return true;
    }

    QString resolve(QString raw) const
    {
        if (raw == QLatin1String("~") || raw.startsWith(QLatin1String("~/")))
            raw = QDir::homePath() + raw.mid(1);
        if (QDir::isRelativePath(raw) && !m_baseDir.isEmpty())
            raw = m_baseDir + QLatin1Char('/') + raw;
        return QDir::cleanPath(raw);
    }

private:
    QString m_file;
    QString m_baseDir;
};

const QStringList setKeys{
    QStringLiteral("name"),       QStringLiteral("log_dir"),  QStringLiteral("archive_dir"),
    QStringLiteral("active_log"), QStringLiteral("patterns"), QStringLiteral("missing_ok"),
    QStringLiteral("source"),     QStringLiteral("run_as"),   QStringLiteral("rotation"),
    QStringLiteral("archival"),   QStringLiteral("hooks")};
const QStringList globalKeys{QStringLiteral("log_sets"),         QStringLiteral("debounce_time"),
                             QStringLiteral("max_wait"),         QStringLiteral("poll_interval"),
                             QStringLiteral("logging"),          QStringLiteral("state_file"),
                             QStringLiteral("logrotate_include")};

// Keys only a log set has: at the top level without log_sets, the single-set format with its
// log_dir missing (or misspelt) rather than an empty config with unknown keys.
const QStringList setOnlyKeys{
    QStringLiteral("log_dir"),  QStringLiteral("archive_dir"), QStringLiteral("active_log"),
    QStringLiteral("patterns"), QStringLiteral("missing_ok"),  QStringLiteral("run_as"),
    QStringLiteral("rotation"), QStringLiteral("archival"),    QStringLiteral("hooks")};

constexpr double maxMegabytes = 1e9; // a petabyte: beyond it, a typo
constexpr double maxDays = 36500;
constexpr double maxSeconds = 86400 * 7;

void levelRange(const QString &codec, int *min, int *max)
{
    *min = codec == QLatin1String("xz") ? 0 : 1;
    *max = codec == QLatin1String("zstd") ? 19 : 9;
}

// One of a fixed set of words; *index is its position in `words`. unknown: the message for
// another word, with %1 the word and %2 the list of the valid ones.
bool oneOf(Checker &c, const QJsonObject &o, const QString &key, const QString &path,
           const QStringList &words, const QString &unknown, int *index)
{
    QString word;
    if (!c.string(o, key, path, &word))
        return false;
    const int i = int(words.indexOf(word));
    if (i < 0) {
        QStringList quoted;
        for (const QString &w : words)
            quoted.append(QLatin1Char('"') + w + QLatin1Char('"'));
        c.error(join(path, key), unknown.arg(word, quoted.join(QStringLiteral(", "))));
        return false;
    }
    *index = i;
    return true;
}

// A user or group, by name or number (a JSON number, or a string of digits). A number need not
// exist (as with chown); a name must. *primaryGroup: a user's primary group, if known.
bool account(Checker &c, const QJsonObject &o, const QString &key, const QString &path, bool user,
             QString *name, qint64 *id, qint64 *primaryGroup = nullptr)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return false;
    const QString p = join(path, key);
    QString text;
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d < 0 || d != std::floor(d) || d > 4294967294.0) {
            c.error(p, ConfigValidator::tr("must be a name or a number from 0 up, got %1").arg(d));
            return false;
        }
        text = QString::number(qint64(d));
    } else if (!v.isString() || v.toString().isEmpty()) {
        c.error(
            p,
            user ? ConfigValidator::tr("must be a user name or number, got %1").arg(typeName(v))
                 : ConfigValidator::tr("must be a group name or number, got %1").arg(typeName(v)));
        return false;
    } else {
        text = v.toString();
    }
    bool numeric = false;
    const qint64 number = text.toLongLong(&numeric);
    const QByteArray local = text.toLocal8Bit();
    char buffer[16384];
    if (user) {
        struct passwd pw, *found = nullptr;
        const bool known =
            numeric
                ? ::getpwuid_r(uid_t(number), &pw, buffer, sizeof buffer, &found) == 0 && found
                : ::getpwnam_r(local.constData(), &pw, buffer, sizeof buffer, &found) == 0 && found;
        if (!known && !numeric) {
            c.error(p, ConfigValidator::tr("unknown user \"%1\"").arg(text));
            return false;
        }
        *id = known ? qint64(found->pw_uid) : number;
        if (primaryGroup && known)
            *primaryGroup = qint64(found->pw_gid);
    } else {
        struct group gr, *found = nullptr;
        const bool known =
            numeric
                ? ::getgrgid_r(gid_t(number), &gr, buffer, sizeof buffer, &found) == 0 && found
                : ::getgrnam_r(local.constData(), &gr, buffer, sizeof buffer, &found) == 0 && found;
        if (!known && !numeric) {
            c.error(p, ConfigValidator::tr("unknown group \"%1\"").arg(text));
            return false;
        }
        *id = known ? qint64(found->gr_gid) : number;
    }
    *name = text;
    return true;
}

// A mode as the octal string people write ("0640", "640").
void mode(Checker &c, const QJsonObject &o, const QString &key, const QString &path, int *out)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return;
    static const QRegularExpression octal(QStringLiteral("^0?[0-7]{3,4}$"));
    bool ok = false;
    const int m = v.toString().toInt(&ok, 8);
    if (!v.isString() || !octal.match(v.toString()).hasMatch() || !ok || m > 07777) {
        c.error(join(path, key),
                ConfigValidator::tr("must be an octal mode in quotes, such as \"0640\", got %1")
                    .arg(v.isString()   ? QLatin1Char('"') + v.toString() + QLatin1Char('"')
                         : v.isDouble() ? QString::number(v.toDouble())
                                        : typeName(v)));
        return;
    }
    *out = m;
}

// rotation.create and archival.create_dir: false, or an object with mode, owner and group.
void createSpec(Checker &c, const QJsonObject &o, const QString &key, const QString &path,
                CreateSpec *spec)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return;
    const QString p = join(path, key);
    if (v.isBool()) { // true: the default, spelt out
        spec->enabled = v.toBool();
        return;
    }
    if (!v.isObject()) {
        c.error(p, ConfigValidator::tr("must be false or an object such as {\"mode\": \"0640\", "
                                       "\"owner\": \"root\", \"group\": \"adm\"}, got %1")
                       .arg(typeName(v)));
        return;
    }
    const QJsonObject spelt = v.toObject();
    c.unknownKeys(spelt, p,
                  {QStringLiteral("mode"), QStringLiteral("owner"), QStringLiteral("group")});
    mode(c, spelt, QStringLiteral("mode"), p, &spec->mode);
    account(c, spelt, QStringLiteral("owner"), p, true, &spec->owner, &spec->uid);
    account(c, spelt, QStringLiteral("group"), p, false, &spec->group, &spec->gid);
}

// A pattern: a glob of file names, or of paths below log_dir ("*/*.log") without empty, "." or
// ".." parts.
bool validPattern(const QString &pattern)
{
    if (pattern.contains(QChar(0)) || pattern.startsWith(QLatin1Char('/')))
        return false;
    for (const QString &part : pattern.split(QLatin1Char('/'))) {
        if (part.isEmpty() || part == QLatin1String(".") || part == QLatin1String(".."))
            return false;
    }
    return true;
}

void parseSet(Checker &c, const QJsonObject &o, const QString &path, int index, LogSetConfig *set)
{
    set->name = ConfigValidator::defaultSetName(index, false);
    c.string(o, QStringLiteral("name"), path, &set->name, false);

    if (!o.contains(QStringLiteral("log_dir")))
        c.error(join(path, QStringLiteral("log_dir")), ConfigValidator::tr("missing (required)"));
    c.path(o, QStringLiteral("log_dir"), path, &set->logDir);
    set->archiveDir = set->logDir.isEmpty() ? QString() : set->logDir + QStringLiteral("/archive");
    // A relative archive_dir belongs to each log's own folder (logrotate's relative olddir),
    // not to the config's folder.
    QString archiveDir;
    if (c.string(o, QStringLiteral("archive_dir"), path, &archiveDir, false)) {
        if (archiveDir.contains(QChar(0))) {
            c.error(join(path, QStringLiteral("archive_dir")),
                    ConfigValidator::tr("must not contain a NUL character"));
        } else if (archiveDir == QLatin1String("~") || archiveDir.startsWith(QLatin1String("~/")) ||
                   QDir::isAbsolutePath(archiveDir)) {
            set->archiveDir = c.resolve(archiveDir);
        } else {
            set->archiveDirRelative = QDir::cleanPath(archiveDir);
            set->archiveDir = set->logDir.isEmpty() ? QString() : set->archiveDirFor(set->logDir);
        }
    }

    const bool hasActive = o.contains(QStringLiteral("active_log"));
    const bool hasPatterns = o.contains(QStringLiteral("patterns"));
    if (hasActive && hasPatterns)
        c.error(join(path, QStringLiteral("patterns")),
                ConfigValidator::tr("give either active_log or patterns, not both"));
    else if (!hasActive && !hasPatterns)
        c.error(
            join(path, QStringLiteral("active_log")),
            ConfigValidator::tr("missing: give active_log (one file name) or patterns (a list of "
                                "globs)"));
    if (c.string(o, QStringLiteral("active_log"), path, &set->activeLog, false) &&
        (set->activeLog.contains(QLatin1Char('/')) || set->activeLog.contains(QChar(0)) ||
         set->activeLog == QLatin1String(".") || set->activeLog == QLatin1String(".."))) {
        c.error(
            join(path, QStringLiteral("active_log")),
            ConfigValidator::tr("must be a plain file name inside log_dir (no '/', not \".\" or "
                                "\"..\"): \"%1\"")
                .arg(set->activeLog));
    }
    if (hasPatterns) {
        const QJsonValue v = o.value(QStringLiteral("patterns"));
        const QString p = join(path, QStringLiteral("patterns"));
        if (!v.isArray()) {
            c.error(p, ConfigValidator::tr("must be a list of globs such as [\"*.log\"], got %1")
                           .arg(typeName(v)));
        } else if (v.toArray().isEmpty()) {
            c.error(p, ConfigValidator::tr("must not be empty"));
        } else {
            const QJsonArray a = v.toArray();
            for (int i = 0; i < a.size(); ++i) {
                const QString pi = p + QStringLiteral("[%1]").arg(i);
                if (!a.at(i).isString() || a.at(i).toString().isEmpty())
                    c.error(pi, ConfigValidator::tr("must be a non-empty string, got %1")
                                    .arg(typeName(a.at(i))));
                else if (!validPattern(a.at(i).toString()))
                    c.error(pi, ConfigValidator::tr("must match file names below log_dir, such as "
                                                    "\"*.log\" or \"*/*.log\" (no leading '/', no "
                                                    "empty, \".\" or \"..\" parts): \"%1\"")
                                    .arg(a.at(i).toString()));
                else if (!QRegularExpression::fromWildcard(a.at(i).toString(), Qt::CaseSensitive)
                              .isValid())
                    c.error(pi, ConfigValidator::tr("\"%1\" is not a valid glob (an unclosed '['?)")
                                    .arg(a.at(i).toString()));
                else
                    set->patterns.append(a.at(i).toString());
            }
        }
    }
    // Logs in several folders have an archive folder each: only a relative archive_dir says
    // where.
    if (set->spansFolders() && set->archiveDirRelative.isEmpty())
        c.error(join(path, QStringLiteral("archive_dir")),
                ConfigValidator::tr("patterns that span folders (\"%1\") need a relative "
                                    "archive_dir, such as \".\" (beside each log) or \"old\" "
                                    "(a folder in each log's folder)")
                    .arg(set->patterns.filter(QLatin1String("/")).join(QStringLiteral("\", \""))));

    c.boolean(o, QStringLiteral("missing_ok"), path, &set->missingOk);
    if (c.string(o, QStringLiteral("source"), path, &set->source)) {
        static const QRegularExpression fileLine(QStringLiteral("^.+:[0-9]+$"));
        if (!fileLine.match(set->source).hasMatch())
            c.error(join(path, QStringLiteral("source")),
                    ConfigValidator::tr("must be \"FILE:LINE\", got \"%1\"").arg(set->source));
    }
    QJsonObject runAs;
    const QString runAsPath = join(path, QStringLiteral("run_as"));
    if (o.contains(QStringLiteral("run_as")) && !o.value(QStringLiteral("run_as")).isObject()) {
        c.error(runAsPath, ConfigValidator::tr("must be an object such as {\"user\": \"www-data\", "
                                               "\"group\": \"adm\"}, got %1")
                               .arg(typeName(o.value(QStringLiteral("run_as")))));
    } else if (c.object(o, QStringLiteral("run_as"), path, &runAs)) {
        c.unknownKeys(runAs, runAsPath, {QStringLiteral("user"), QStringLiteral("group")});
        if (!runAs.contains(QStringLiteral("user")))
            c.error(join(runAsPath, QStringLiteral("user")),
                    ConfigValidator::tr("missing (required)"));
        account(c, runAs, QStringLiteral("user"), runAsPath, true, &set->runAs.user,
                &set->runAs.uid, &set->runAs.gid);
        account(c, runAs, QStringLiteral("group"), runAsPath, false, &set->runAs.group,
                &set->runAs.gid);
    }

    QJsonObject rotation;
    const QString rp = join(path, QStringLiteral("rotation"));
    if (c.object(o, QStringLiteral("rotation"), path, &rotation)) {
        c.unknownKeys(rotation, rp,
                      {QStringLiteral("max_size_mb"), QStringLiteral("max_age_days"),
                       QStringLiteral("schedule"), QStringLiteral("min_size_mb"),
                       QStringLiteral("if_empty"), QStringLiteral("strategy"),
                       QStringLiteral("create"), QStringLiteral("naming"),
                       QStringLiteral("date_format"), QStringLiteral("extension")});
        // 0 switches a trigger off.
        c.number(rotation, QStringLiteral("max_size_mb"), rp, &set->maxSizeMb, 0, false,
                 maxMegabytes);
        c.number(rotation, QStringLiteral("max_age_days"), rp, &set->maxAgeDays, 0, false, maxDays);
        int schedule = 0;
        if (oneOf(c, rotation, QStringLiteral("schedule"), rp,
                  {QStringLiteral("none"), QStringLiteral("hourly"), QStringLiteral("daily"),
                   QStringLiteral("weekly"), QStringLiteral("monthly"), QStringLiteral("yearly")},
                  ConfigValidator::tr("unknown schedule \"%1\" (use one of: %2)"), &schedule))
            set->schedule = RotationSchedule(schedule);
        c.number(rotation, QStringLiteral("min_size_mb"), rp, &set->minSizeMb, 0, false,
                 maxMegabytes);
        c.boolean(rotation, QStringLiteral("if_empty"), rp, &set->ifEmpty);
        int strategy = 0;
        if (oneOf(
                c, rotation, QStringLiteral("strategy"), rp,
                {QStringLiteral("rename"), QStringLiteral("copytruncate"), QStringLiteral("copy")},
                ConfigValidator::tr("unknown strategy \"%1\" (use one of: %2)"), &strategy))
            set->strategy = RotationStrategy(strategy);
        createSpec(c, rotation, QStringLiteral("create"), rp, &set->create);
        int naming = 0;
        if (oneOf(c, rotation, QStringLiteral("naming"), rp,
                  {QStringLiteral("timestamp"), QStringLiteral("dateext"),
                   QStringLiteral("numbered")},
                  ConfigValidator::tr("unknown naming \"%1\" (use one of: %2)"), &naming))
            set->naming.kind = ArchiveNaming::Kind(naming);
        if (c.string(rotation, QStringLiteral("date_format"), rp, &set->naming.dateFormat)) {
            const QString problem = ArchiveNaming::dateFormatProblem(set->naming.dateFormat);
            if (!problem.isEmpty())
                c.error(join(rp, QStringLiteral("date_format")), problem);
        }
        if (c.string(rotation, QStringLiteral("extension"), rp, &set->naming.extension) &&
            (set->naming.extension.contains(QLatin1Char('/')) ||
             set->naming.extension.contains(QChar(0))))
            c.error(join(rp, QStringLiteral("extension")),
                    ConfigValidator::tr("must not contain '/': \"%1\"").arg(set->naming.extension));
    }
    // Reported at the size, the trigger an editor shows first.
    if (set->maxSizeMb == 0 && set->maxAgeDays == 0 && set->schedule == RotationSchedule::None)
        c.error(join(rp, QStringLiteral("max_size_mb")),
                ConfigValidator::tr("max_size_mb and max_age_days are both 0 and there is no "
                                    "schedule: nothing would ever be rotated (switch one of "
                                    "them on)"));

    QJsonObject archival;
    const QString ap = join(path, QStringLiteral("archival"));
    if (c.object(o, QStringLiteral("archival"), path, &archival)) {
        c.unknownKeys(archival, ap,
                      {QStringLiteral("compress"), QStringLiteral("codec"), QStringLiteral("level"),
                       QStringLiteral("delay_compress"), QStringLiteral("retention_days"),
                       QStringLiteral("max_archives"), QStringLiteral("max_total_mb"),
                       QStringLiteral("create_dir")});
        c.boolean(archival, QStringLiteral("compress"), ap, &set->compress);
        QString codec;
        bool codecOk = true;
        if (c.string(archival, QStringLiteral("codec"), ap, &codec)) {
            if (Codecs::isKnown(codec)) {
                set->codec = codec;
            } else {
                codecOk = false;
                c.error(join(ap, QStringLiteral("codec")),
                        ConfigValidator::tr("unknown codec \"%1\" (use one of: %2)")
                            .arg(codec, Codecs::known().join(QStringLiteral(", "))));
            }
        }
        const CompressionBackend &backend = CompressionBackend::instance();
        if (codecOk && !backend.codecs().contains(set->codec)) {
            codecOk = false;
            c.error(
                join(ap, QStringLiteral("codec")),
                ConfigValidator::tr("codec \"%1\" is not available in this build (%2 offers: %3)")
                    .arg(set->codec, backend.description(),
                         backend.codecs().join(QStringLiteral(", "))));
        }
        if (codecOk) {
            int min = 0, max = 0;
            levelRange(set->codec, &min, &max);
            c.integer(archival, QStringLiteral("level"), ap, &set->level, min, max,
                      ConfigValidator::tr("for %1").arg(set->codec));
            if (archival.contains(QStringLiteral("level")) && !backend.supportsLevel(set->codec)) {
                c.warning(
                    join(ap, QStringLiteral("level")),
                    ConfigValidator::tr("not supported by %1; %2 compresses at its default level")
                        .arg(backend.description(), set->codec));
                set->level = -1;
            }
        } else {
            // The codec is wrong, so the range is unknown: still report a level of the wrong type.
            int ignored = -1;
            c.integer(archival, QStringLiteral("level"), ap, &ignored, 0, 19,
                      ConfigValidator::tr("for any codec"));
        }
        c.boolean(archival, QStringLiteral("delay_compress"), ap, &set->delayCompress);
        c.number(archival, QStringLiteral("retention_days"), ap, &set->retentionDays, 0, false,
                 maxDays);
        c.integer(archival, QStringLiteral("max_archives"), ap, &set->maxArchives, 0, 10000000);
        c.number(archival, QStringLiteral("max_total_mb"), ap, &set->maxTotalMb, 0, false,
                 maxMegabytes);
        createSpec(c, archival, QStringLiteral("create_dir"), ap, &set->createDir);
    }

    QJsonObject hooks;
    const QString hp = join(path, QStringLiteral("hooks"));
    if (c.object(o, QStringLiteral("hooks"), path, &hooks)) {
        c.unknownKeys(hooks, hp,
                      {QStringLiteral("pre_rotate"), QStringLiteral("post_rotate"),
                       QStringLiteral("first_action"), QStringLiteral("last_action"),
                       QStringLiteral("shared_scripts"), QStringLiteral("timeout")});
        c.string(hooks, QStringLiteral("pre_rotate"), hp, &set->preRotateHook);
        c.string(hooks, QStringLiteral("post_rotate"), hp, &set->postRotateHook);
        c.string(hooks, QStringLiteral("first_action"), hp, &set->firstActionHook);
        c.string(hooks, QStringLiteral("last_action"), hp, &set->lastActionHook);
        c.boolean(hooks, QStringLiteral("shared_scripts"), hp, &set->sharedScripts);
        c.number(hooks, QStringLiteral("timeout"), hp, &set->hookTimeoutSeconds, 0, true,
                 maxSeconds);
    }
}

// A glob's pieces, for globsOverlap(): one character class per position, or '*'.
struct GlobToken
{
    bool star = false;
    bool any = false;     // '?' or a class too complex to reason about
    bool negated = false; // [!...] / [^...]
    QString chars;        // literal: one character; class: its members (ranges expanded)
    bool accepts(QChar ch) const
    {
        if (any || star)
            return true;
        return chars.contains(ch) != negated;
    }
};

QVector<GlobToken> tokenize(const QString &glob)
{
    QVector<GlobToken> tokens;
    for (int i = 0; i < glob.size(); ++i) {
        GlobToken t;
        const QChar ch = glob.at(i);
        if (ch == QLatin1Char('*')) {
            t.star = true;
        } else if (ch == QLatin1Char('?')) {
            t.any = true;
        } else if (ch == QLatin1Char('[')) {
            int j = i + 1;
            if (j < glob.size() &&
                (glob.at(j) == QLatin1Char('!') || glob.at(j) == QLatin1Char('^'))) {
                t.negated = true;
                ++j;
            }
            const int start = j;
            while (j < glob.size() && (glob.at(j) != QLatin1Char(']') || j == start))
                ++j;
            if (j >= glob.size()) { // not a class after all: a literal '['
                t.chars = ch;
            } else {
                const QString body = glob.mid(start, j - start);
                for (int k = 0; k < body.size(); ++k) {
                    if (k + 2 < body.size() && body.at(k + 1) == QLatin1Char('-')) {
                        const ushort from = body.at(k).unicode(), to = body.at(k + 2).unicode();
                        if (to - from > 256) {
                            t.any = true;
                            break;
                        }
                        for (ushort u = from; u <= to; ++u)
                            t.chars += QChar(u);
                        k += 2;
                    } else {
                        t.chars += body.at(k);
                    }
                }
                i = j;
            }
        } else {
            t.chars = ch;
        }
        if (!(t.star && !tokens.isEmpty() && tokens.last().star))
            tokens.append(t);
    }
    return tokens;
}

// Whether two tokens can match one same character.
bool tokensMeet(const GlobToken &a, const GlobToken &b)
{
    if (a.star || b.star || (a.any && b.any))
        return true;
    if (a.any)
        return b.negated || !b.chars.isEmpty();
    if (b.any)
        return a.negated || !a.chars.isEmpty();
    if (a.negated && b.negated)
        return true; // both exclude finitely many characters
    const GlobToken &listed = a.negated ? b : a;
    const GlobToken &other = a.negated ? a : b;
    for (const QChar ch : listed.chars) {
        if (other.accepts(ch))
            return true;
    }
    return false;
}

// Whether some file name matches both globs ("t*.log" and "*t.log": "test.log"). Walks both
// patterns side by side, as two automata matching one name.
bool globsOverlap(const QString &x, const QString &y)
{
    const QVector<GlobToken> a = tokenize(x), b = tokenize(y);
    const int n = int(a.size()), m = int(b.size());
    QVector<char> seen((n + 1) * (m + 1), 0);
    QVector<QPair<int, int>> todo{{0, 0}};
    while (!todo.isEmpty()) {
        const auto [i, j] = todo.takeLast();
        char &s = seen[i * (m + 1) + j];
        if (s)
            continue;
        s = 1;
        if (i == n && j == m)
            return true;
        // A star may match nothing.
        if (i < n && a[i].star)
            todo.append({i + 1, j});
        if (j < m && b[j].star)
            todo.append({i, j + 1});
        // Or both take one character they can share; a star stays where it is.
        if (i < n && j < m && tokensMeet(a[i], b[j]))
            todo.append({a[i].star ? i : i + 1, b[j].star ? j : j + 1});
    }
    return false;
}

// The last part of a pattern: what the names of its logs (and so its archives) look like.
QString lastPart(const QString &pattern)
{
    return pattern.mid(pattern.lastIndexOf(QLatin1Char('/')) + 1);
}

// Two sets that would both rotate one file would fight over it: in the same folder, the same
// active_log, an active_log one of the other's globs matches, or globs that are equal or where
// one matches the other taken literally ("*.log" and "app*.log"). Two sets whose archives share
// a folder must not be able to make archives of logs with the same name, or retention could
// not tell them apart.
void checkOverlaps(Checker &c, const QVector<LogSetConfig> &sets, const QStringList &paths)
{
    struct Claim
    {
        QString name;            // an active_log or a glob
        QRegularExpression glob; // for globs only
        bool isGlob = false;
    };
    auto key = [&](int i) {
        return join(paths[i], sets[i].activeLog.isEmpty() ? QStringLiteral("patterns")
                                                          : QStringLiteral("active_log"));
    };
    auto matches = [](const Claim &glob, const Claim &literal) {
        return glob.isGlob && glob.glob.isValid() && glob.glob.match(literal.name).hasMatch();
    };
    // Where a set's archives go: the folder, or for a relative archive_dir below folders, the
    // tree and the relative part.
    auto archiveKey = [&](const LogSetConfig &s) {
        return s.spansFolders() ? s.logDir + QStringLiteral("/**/") + s.archiveDirRelative
                                : s.archiveDir;
    };
    // Only sets sharing a folder can clash; each glob is compiled once. Sets are visited in
    // document order so the issues are too.
    QHash<QString, QVector<int>> earlierInDir;
    QHash<QString, QVector<int>> earlierInArchive;
    QVector<QVector<Claim>> claims(sets.size());
    for (int j = 0; j < sets.size(); ++j) {
        const LogSetConfig &s = sets[j];
        if (s.logDir.isEmpty())
            continue;
        if (!s.activeLog.isEmpty()) {
            claims[j].append({s.activeLog, {}, false}); // a literal name, never a glob
        } else {
            for (const QString &p : s.patterns)
                claims[j].append({p, QRegularExpression::fromWildcard(p, Qt::CaseSensitive), true});
        }
        QVector<int> &earlier = earlierInDir[s.logDir];
        QSet<int> reported;
        for (const int i : std::as_const(earlier)) {
            QString clash;
            for (const Claim &x : std::as_const(claims[i])) {
                for (const Claim &y : std::as_const(claims[j])) {
                    if (x.name == y.name)
                        clash = ConfigValidator::tr("both name \"%1\"").arg(x.name);
                    else if (matches(x, y) || matches(y, x))
                        clash =
                            ConfigValidator::tr("\"%1\" and \"%2\" overlap").arg(x.name, y.name);
                    if (!clash.isEmpty())
                        break;
                }
                if (!clash.isEmpty())
                    break;
            }
            if (!clash.isEmpty()) {
                c.error(key(j), ConfigValidator::tr("claims the same file as %1 in %2: %3")
                                    .arg(key(i), s.logDir, clash));
                reported.insert(i);
            }
        }
        earlier.append(j);

        if (s.archiveDir.isEmpty())
            continue;
        QVector<int> &sharing = earlierInArchive[archiveKey(s)];
        for (const int i : std::as_const(sharing)) {
            if (reported.contains(i))
                continue; // one error per pair is enough
            QString clash;
            for (const Claim &x : std::as_const(claims[i])) {
                for (const Claim &y : std::as_const(claims[j])) {
                    const QString a = x.isGlob ? lastPart(x.name) : x.name;
                    const QString b = y.isGlob ? lastPart(y.name) : y.name;
                    if (a == b || globsOverlap(a, b)) {
                        clash = a == b ? ConfigValidator::tr("both name \"%1\"").arg(a)
                                       : ConfigValidator::tr("\"%1\" and \"%2\" can name the same "
                                                             "log")
                                             .arg(a, b);
                        break;
                    }
                }
                if (!clash.isEmpty())
                    break;
            }
            if (!clash.isEmpty())
                c.error(key(j),
                        ConfigValidator::tr("its archives would be confused with those of %1 in "
                                            "the same archive folder %2: %3; give one of them "
                                            "its own archive_dir")
                            .arg(key(i), s.spansFolders() ? s.archiveDirRelative : s.archiveDir,
                                 clash));
        }
        sharing.append(j);
    }
}

} // namespace

bool ConfigValidator::Result::ok() const
{
    for (const ConfigIssue &issue : issues) {
        if (issue.isError())
            return false;
    }
    return true;
}

bool ConfigValidator::isSingleSetFormat(const QJsonObject &root)
{
    // The seed's single-set format: log_dir at the top level. Without log_sets, any other key only
    // a set has means the same format with log_dir missing, which must not pass as "no sets".
    bool legacy = root.contains(QStringLiteral("log_dir"));
    if (!root.contains(QStringLiteral("log_sets"))) {
        for (const QString &key : setOnlyKeys)
            legacy = legacy || root.contains(key);
    }
    return legacy;
}

QStringList ConfigValidator::logSetKeys()
{
    return setKeys;
}

QStringList ConfigValidator::logLevels()
{
    return {QStringLiteral("DEBUG"), QStringLiteral("INFO"), QStringLiteral("WARNING"),
            QStringLiteral("ERROR"), QStringLiteral("CRITICAL")};
}

QString ConfigValidator::setKeyPath(int index, bool singleSetFormat)
{
    return singleSetFormat ? QString() : QStringLiteral("log_sets[%1]").arg(index);
}

QString ConfigValidator::defaultSetName(int index, bool singleSetFormat)
{
    return singleSetFormat ? QStringLiteral("default") : QStringLiteral("set%1").arg(index + 1);
}

ConfigValidator::Result ConfigValidator::validate(const QJsonObject &root, const QString &fileName,
                                                  const QString &baseDir)
{
    Checker c(fileName, baseDir);
    Result result;
    Config &config = result.config;

    const bool legacy = isSingleSetFormat(root);
    if (legacy && root.contains(QStringLiteral("log_sets")))
        c.error(QStringLiteral("log_sets"),
                ConfigValidator::tr("log_dir at the top level (the single-set format) and log_sets "
                                    "exclude each other"));

    QStringList known = globalKeys;
    QStringList setPaths;
    if (legacy) {
        config.legacyFormat = true;
        known += setKeys;
        LogSetConfig set;
        parseSet(c, root, QString(), 0, &set);
        if (!root.contains(QStringLiteral("name")))
            set.name = ConfigValidator::defaultSetName(0, true);
        config.logSets.append(set);
        setPaths.append(QString());
    } else if (root.contains(QStringLiteral("log_sets"))) {
        const QJsonValue v = root.value(QStringLiteral("log_sets"));
        if (!v.isArray()) {
            c.error(
                QStringLiteral("log_sets"),
                ConfigValidator::tr("must be a list of log set objects, got %1").arg(typeName(v)));
        } else {
            const QJsonArray sets = v.toArray();
            QHash<QString, int> names; // name -> index into setPaths
            for (int i = 0; i < sets.size(); ++i) {
                const QString path = QStringLiteral("log_sets[%1]").arg(i);
                if (!sets.at(i).isObject()) {
                    c.error(
                        path,
                        ConfigValidator::tr("must be an object, got %1").arg(typeName(sets.at(i))));
                    continue;
                }
                LogSetConfig set;
                parseSet(c, sets.at(i).toObject(), path, i, &set);
                c.unknownKeys(sets.at(i).toObject(), path, setKeys);
                const auto taken = names.constFind(set.name);
                if (taken != names.cend())
                    c.error(join(path, QStringLiteral("name")),
                            ConfigValidator::tr("\"%1\" is already the name of %2")
                                .arg(set.name, join(setPaths[*taken], QStringLiteral("name"))));
                else
                    names.insert(set.name, setPaths.size());
                config.logSets.append(set);
                setPaths.append(path);
            }
            if (sets.isEmpty())
                c.warning(QStringLiteral("log_sets"),
                          ConfigValidator::tr("no log sets configured: nothing will be rotated"));
        }
    } else {
        c.warning(QStringLiteral("log_sets"),
                  ConfigValidator::tr("no log sets configured: nothing will be rotated"));
    }
    c.unknownKeys(root, QString(), known);
    checkOverlaps(c, config.logSets, setPaths);

    c.number(root, QStringLiteral("debounce_time"), QString(), &config.debounceSeconds, 0, true,
             maxSeconds);
    const bool maxWaitGiven = c.number(root, QStringLiteral("max_wait"), QString(),
                                       &config.maxWaitSeconds, 0, true, maxSeconds);
    c.number(root, QStringLiteral("poll_interval"), QString(), &config.pollIntervalSeconds, 0, true,
             maxSeconds);
    // Kept as given: the scheduler never waits less than debounce_time anyway.
    if (maxWaitGiven && config.maxWaitSeconds < config.debounceSeconds)
        c.warning(QStringLiteral("max_wait"),
                  ConfigValidator::tr("is shorter than debounce_time (%1 s); checks wait %1 s")
                      .arg(config.debounceSeconds));

    QJsonObject logging;
    if (c.object(root, QStringLiteral("logging"), QString(), &logging)) {
        c.unknownKeys(logging, QStringLiteral("logging"),
                      {QStringLiteral("log_file"), QStringLiteral("log_level")});
        c.path(logging, QStringLiteral("log_file"), QStringLiteral("logging"), &config.logFile);
        QString level;
        if (c.string(logging, QStringLiteral("log_level"), QStringLiteral("logging"), &level)) {
            const QStringList levels = logLevels();
            if (levels.contains(level.toUpper()))
                config.logLevel = level.toUpper();
            else
                c.error(QStringLiteral("logging.log_level"),
                        ConfigValidator::tr("unknown log level \"%1\" (use one of: %2)")
                            .arg(level, levels.join(QStringLiteral(", "))));
        }
    }
    c.path(root, QStringLiteral("state_file"), QString(), &config.stateFile);

    // Only the list here: reading those logrotate files is the include reader's work.
    const QJsonValue include = root.value(QStringLiteral("logrotate_include"));
    if (!include.isUndefined()) {
        const QString ip = QStringLiteral("logrotate_include");
        if (!include.isArray()) {
            c.error(ip, ConfigValidator::tr("must be a list of paths such as "
                                            "[\"/etc/logrotate.conf\"], got %1")
                            .arg(typeName(include)));
        } else {
            const QJsonArray paths = include.toArray();
            for (int i = 0; i < paths.size(); ++i) {
                const QString pi = ip + QStringLiteral("[%1]").arg(i);
                const QString raw = paths.at(i).toString();
                if (!paths.at(i).isString() || raw.isEmpty())
                    c.error(pi, ConfigValidator::tr("must be a non-empty string, got %1")
                                    .arg(typeName(paths.at(i))));
                else if (raw.contains(QChar(0)))
                    c.error(pi, ConfigValidator::tr("must not contain a NUL character"));
                else
                    config.logrotateInclude.append(c.resolve(raw));
            }
        }
    }

    result.issues = c.issues;
    return result;
}

} // namespace Logkeeper
