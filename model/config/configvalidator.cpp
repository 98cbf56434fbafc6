// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "config/configvalidator.h"

#include "config/jsonchecker.h"
#include "config/setoverlapcheck.h"

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
#include <unistd.h>
#include <utility>

namespace Logkeeper {

namespace {

QString typeName(const QJsonValue &v)
{
    return JsonChecker::typeName(v);
}

QString join(const QString &path, const QString &key)
{
    return JsonChecker::join(path, key);
}

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

void levelRange(Codec codec, int *min, int *max)
{
    *min = codec == Codec::Xz ? 0 : 1;
    *max = codec == Codec::Zstd ? 19 : 9;
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

void parseSet(JsonChecker &c, const QJsonObject &o, const QString &path, int index,
              LogSetConfig *set)
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
        c.account(runAs, QStringLiteral("user"), runAsPath, true, &set->runAs.user, &set->runAs.uid,
                  &set->runAs.gid);
        c.account(runAs, QStringLiteral("group"), runAsPath, false, &set->runAs.group,
                  &set->runAs.gid);
        // Only root (CAP_SETUID, CAP_SETGID) can act as another user: run by anyone else, the
        // engine refuses the set rather than rotating it as the wrong user. Said up front.
        if (!set->runAs.user.isEmpty() && ::geteuid() != 0 &&
            (set->runAs.uid != qint64(::geteuid()) || set->runAs.gid != qint64(::getegid())))
            c.warning(runAsPath,
                      ConfigValidator::tr("only root can rotate as another user: run as it is "
                                          "now, Logkeeper leaves this set alone instead of "
                                          "acting as \"%1\"")
                          .arg(set->runAs.user));
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
        if (c.oneOf(rotation, QStringLiteral("schedule"), rp,
                    {QStringLiteral("none"), QStringLiteral("hourly"), QStringLiteral("daily"),
                     QStringLiteral("weekly"), QStringLiteral("monthly"), QStringLiteral("yearly")},
                    ConfigValidator::tr("unknown schedule \"%1\" (use one of: %2)"), &schedule))
            set->schedule = RotationSchedule(schedule);
        c.number(rotation, QStringLiteral("min_size_mb"), rp, &set->minSizeMb, 0, false,
                 maxMegabytes);
        c.boolean(rotation, QStringLiteral("if_empty"), rp, &set->ifEmpty);
        int strategy = 0;
        if (c.oneOf(
                rotation, QStringLiteral("strategy"), rp,
                {QStringLiteral("rename"), QStringLiteral("copytruncate"), QStringLiteral("copy")},
                ConfigValidator::tr("unknown strategy \"%1\" (use one of: %2)"), &strategy))
            set->strategy = RotationStrategy(strategy);
        c.createSpec(rotation, QStringLiteral("create"), rp, &set->create);
        int naming = 0;
        if (c.oneOf(rotation, QStringLiteral("naming"), rp,
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
            const std::optional<Codec> known = Codecs::fromName(codec);
            if (known && *known != Codec::None) {
                set->codec = *known;
            } else {
                codecOk = false;
                c.error(join(ap, QStringLiteral("codec")),
                        ConfigValidator::tr("unknown codec \"%1\" (use one of: %2)")
                            .arg(codec, Codecs::knownNames().join(QStringLiteral(", "))));
            }
        }
        const CompressionBackend &backend = CompressionBackend::instance();
        if (codecOk && !backend.offers(set->codec)) {
            codecOk = false;
            c.error(
                join(ap, QStringLiteral("codec")),
                ConfigValidator::tr("codec \"%1\" is not available in this build (%2 offers: %3)")
                    .arg(Codecs::name(set->codec), backend.description(),
                         Codecs::names(backend.codecs()).join(QStringLiteral(", "))));
        }
        if (codecOk) {
            int min = 0, max = 0;
            levelRange(set->codec, &min, &max);
            c.integer(archival, QStringLiteral("level"), ap, &set->level, min, max,
                      ConfigValidator::tr("for %1").arg(Codecs::name(set->codec)));
            if (archival.contains(QStringLiteral("level")) && !backend.supportsLevel(set->codec)) {
                c.warning(
                    join(ap, QStringLiteral("level")),
                    ConfigValidator::tr("not supported by %1; %2 compresses at its default level")
                        .arg(backend.description(), Codecs::name(set->codec)));
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
        c.createSpec(archival, QStringLiteral("create_dir"), ap, &set->createDir);
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
    JsonChecker c(fileName, baseDir);
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
    for (const SetOverlapCheck::Clash &clash : SetOverlapCheck::check(config.logSets, setPaths))
        c.error(clash.keyPath, clash.message);

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
