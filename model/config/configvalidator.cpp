// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "config/configvalidator.h"

#include "compression/compressionbackend.h"
#include "core/codecs.h"

#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>
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

const QStringList setKeys{QStringLiteral("name"),        QStringLiteral("log_dir"),
                          QStringLiteral("archive_dir"), QStringLiteral("active_log"),
                          QStringLiteral("patterns"),    QStringLiteral("rotation"),
                          QStringLiteral("archival"),    QStringLiteral("hooks")};
const QStringList globalKeys{QStringLiteral("log_sets"), QStringLiteral("debounce_time"),
                             QStringLiteral("max_wait"), QStringLiteral("poll_interval"),
                             QStringLiteral("logging"),  QStringLiteral("state_file")};

// Keys only a log set has: at the top level without log_sets, the single-set format with its
// log_dir missing (or misspelt) rather than an empty config with unknown keys.
const QStringList setOnlyKeys{QStringLiteral("log_dir"),    QStringLiteral("archive_dir"),
                              QStringLiteral("active_log"), QStringLiteral("patterns"),
                              QStringLiteral("rotation"),   QStringLiteral("archival"),
                              QStringLiteral("hooks")};

constexpr double maxMegabytes = 1e9; // a petabyte: beyond it, a typo
constexpr double maxDays = 36500;
constexpr double maxSeconds = 86400 * 7;

void levelRange(Codec codec, int *min, int *max)
{
    *min = codec == Codec::Xz ? 0 : 1;
    *max = codec == Codec::Zstd ? 19 : 9;
}

void parseSet(Checker &c, const QJsonObject &o, const QString &path, int index, LogSetConfig *set)
{
    set->name = ConfigValidator::defaultSetName(index, false);
    c.string(o, QStringLiteral("name"), path, &set->name, false);

    if (!o.contains(QStringLiteral("log_dir")))
        c.error(join(path, QStringLiteral("log_dir")), ConfigValidator::tr("missing (required)"));
    c.path(o, QStringLiteral("log_dir"), path, &set->logDir);
    set->archiveDir = set->logDir.isEmpty() ? QString() : set->logDir + QStringLiteral("/archive");
    c.path(o, QStringLiteral("archive_dir"), path, &set->archiveDir);

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
                else if (a.at(i).toString().contains(QLatin1Char('/')) ||
                         a.at(i).toString().contains(QChar(0)))
                    c.error(pi, ConfigValidator::tr("must match file names, without '/': \"%1\"")
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

    QJsonObject rotation;
    const QString rp = join(path, QStringLiteral("rotation"));
    if (c.object(o, QStringLiteral("rotation"), path, &rotation)) {
        c.unknownKeys(rotation, rp,
                      {QStringLiteral("max_size_mb"), QStringLiteral("max_age_days"),
                       QStringLiteral("strategy")});
        c.number(rotation, QStringLiteral("max_size_mb"), rp, &set->maxSizeMb, 0, true,
                 maxMegabytes);
        c.number(rotation, QStringLiteral("max_age_days"), rp, &set->maxAgeDays, 0, true, maxDays);
        QString strategy;
        if (c.string(rotation, QStringLiteral("strategy"), rp, &strategy)) {
            if (strategy == QLatin1String("rename"))
                set->strategy = RotationStrategy::Rename;
            else if (strategy == QLatin1String("copytruncate"))
                set->strategy = RotationStrategy::CopyTruncate;
            else
                c.error(join(rp, QStringLiteral("strategy")),
                        ConfigValidator::tr("unknown strategy \"%1\" (use \"rename\" or "
                                            "\"copytruncate\")")
                            .arg(strategy));
        }
    }

    QJsonObject archival;
    const QString ap = join(path, QStringLiteral("archival"));
    if (c.object(o, QStringLiteral("archival"), path, &archival)) {
        c.unknownKeys(archival, ap,
                      {QStringLiteral("compress"), QStringLiteral("codec"), QStringLiteral("level"),
                       QStringLiteral("retention_days"), QStringLiteral("max_archives"),
                       QStringLiteral("max_total_mb")});
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
        c.number(archival, QStringLiteral("retention_days"), ap, &set->retentionDays, 0, false,
                 maxDays);
        c.integer(archival, QStringLiteral("max_archives"), ap, &set->maxArchives, 0, 10000000);
        c.number(archival, QStringLiteral("max_total_mb"), ap, &set->maxTotalMb, 0, false,
                 maxMegabytes);
    }

    QJsonObject hooks;
    const QString hp = join(path, QStringLiteral("hooks"));
    if (c.object(o, QStringLiteral("hooks"), path, &hooks)) {
        c.unknownKeys(hooks, hp, {QStringLiteral("post_rotate"), QStringLiteral("timeout")});
        c.string(hooks, QStringLiteral("post_rotate"), hp, &set->postRotateHook);
        c.number(hooks, QStringLiteral("timeout"), hp, &set->hookTimeoutSeconds, 0, true,
                 maxSeconds);
    }
}

// Two sets that would both rotate one file would fight over it: in the same folder, the same
// active_log, an active_log one of the other's globs matches, or globs that are equal or where
// one matches the other taken literally ("*.log" and "app*.log").
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
    // Only sets sharing a folder can clash; each glob is compiled once. Sets are visited in
    // document order so the issues are too.
    QHash<QString, QVector<int>> earlierInDir;
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
            if (!clash.isEmpty())
                c.error(key(j), ConfigValidator::tr("claims the same file as %1 in %2: %3")
                                    .arg(key(i), s.logDir, clash));
        }
        earlier.append(j);
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

    result.issues = c.issues;
    return result;
}

} // namespace Logkeeper
