// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "config/logrotateimporter.h"

#include "config/logrotateparser.h"
#include "config/orderedjson.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonValue>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <map>

namespace Logkeeper {

namespace {

using Criterium = LogrotateSettings::Criterium;

constexpr double mib = 1024.0 * 1024.0;

OrderedJson json(const QJsonValue &value)
{
    return OrderedJson::fromJsonValue(value);
}

// Where the logs of one path or glob are: /var/log/nginx/*.log is log_dir /var/log/nginx with
// the pattern *.log; /var/log/*/*.log is /var/log with */*.log (a glob spanning folders).
struct LogLocation
{
    QString logDir;
    QString name; // a file name or a glob below logDir
    bool isGlob = false;
};

LogLocation locate(const QString &path)
{
    static const QRegularExpression globChars(QStringLiteral("[*?\\[]"));
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    int firstGlob = -1;
    for (int i = 0; i < parts.size() && firstGlob < 0; ++i) {
        if (parts.at(i).contains(globChars))
            firstGlob = i;
    }
    LogLocation location;
    const int split = firstGlob < 0 ? int(parts.size()) - 1 : firstGlob;
    location.logDir = QLatin1Char('/') + parts.mid(0, split).join(QLatin1Char('/'));
    location.name = parts.mid(split).join(QLatin1Char('/'));
    location.isGlob = firstGlob >= 0;
    return location;
}

QString modeText(int mode)
{
    return QStringLiteral("0%1").arg(mode, 3, 8, QLatin1Char('0'));
}

// {"mode": "0640", "owner": "root", "group": "adm"}, each part only when given.
OrderedJson ownership(int mode, const QString &owner, const QString &group)
{
    OrderedJson object = OrderedJson::object();
    if (mode >= 0)
        object.insert(QStringLiteral("mode"), json(modeText(mode)));
    if (!owner.isEmpty())
        object.insert(QStringLiteral("owner"), json(owner));
    if (!group.isEmpty())
        object.insert(QStringLiteral("group"), json(group));
    return object;
}

// The codec a compresscmd writes; empty for a program Logkeeper cannot stand in for.
QString codecOf(const QString &command)
{
    static const QHash<QString, QString> codecs = {
        {QStringLiteral("gzip"), QStringLiteral("gzip")},
        {QStringLiteral("pigz"), QStringLiteral("gzip")},
        {QStringLiteral("bzip2"), QStringLiteral("bzip2")},
        {QStringLiteral("pbzip2"), QStringLiteral("bzip2")},
        {QStringLiteral("lbzip2"), QStringLiteral("bzip2")},
        {QStringLiteral("xz"), QStringLiteral("xz")},
        {QStringLiteral("pxz"), QStringLiteral("xz")},
        {QStringLiteral("zstd"), QStringLiteral("zstd")},
        {QStringLiteral("pzstd"), QStringLiteral("zstd")}};
    return command.isEmpty() ? QStringLiteral("gzip") : codecs.value(QFileInfo(command).fileName());
}

QString extensionOf(const QString &codec)
{
    static const QHash<QString, QString> extensions = {
        {QStringLiteral("gzip"), QStringLiteral(".gz")},
        {QStringLiteral("bzip2"), QStringLiteral(".bz2")},
        {QStringLiteral("xz"), QStringLiteral(".xz")},
        {QStringLiteral("zstd"), QStringLiteral(".zst")}};
    return extensions.value(codec);
}

// The levels each codec's program takes as -N.
bool levelInRange(const QString &codec, int level)
{
    if (codec == QLatin1String("xz"))
        return level >= 0 && level <= 9;
    if (codec == QLatin1String("zstd"))
        return level >= 1 && level <= 19;
    return level >= 1 && level <= 9;
}

} // namespace

LogrotateImporter::LogrotateImporter(const LogrotateConfig &config, const QStringList &takenNames)
    : m_config(config)
{
    for (const QString &name : takenNames)
        m_names.insert(name);
}

void LogrotateImporter::report(const LogrotateStanza &stanza, const LogrotateDirective &from,
                               const QString &directive, const QString &reason)
{
    LogrotateDiagnostic diagnostic =
        from.isWritten() ? LogrotateDiagnostic{from.file, from.line, from.name, reason}
                         : LogrotateDiagnostic{stanza.file, stanza.line, directive, reason};
    const QString key = diagnostic.toString();
    if (m_reported.contains(key))
        return;
    m_reported.insert(key);
    m_result.diagnostics.append(diagnostic);
}

QString LogrotateImporter::uniqueName(const QString &base)
{
    int &suffix = m_nextSuffix[base];
    for (;;) {
        const QString name = suffix < 2 ? base : base + QLatin1Char('-') + QString::number(suffix);
        suffix = std::max(suffix, 1) + 1;
        if (!m_names.contains(name)) {
            m_names.insert(name);
            return name;
        }
    }
}

OrderedJson LogrotateImporter::rotation(const LogrotateStanza &stanza, bool copies)
{
    const LogrotateSettings &s = stanza.settings;
    OrderedJson r = OrderedJson::object();
    static const char *const schedules[] = {"none",   "hourly",  "daily",
                                            "weekly", "monthly", "yearly"};
    const Criterium criterium = s.criterium.value;
    r.insert(QStringLiteral("schedule"), json(QLatin1String(schedules[int(criterium)])));
    double maxSizeMb = s.maxSize.value / mib;
    if (criterium == Criterium::Size) {
        qint64 threshold = s.sizeThreshold.value;
        if (s.maxSize.value > 0)
            threshold = std::min(threshold, s.maxSize.value);
        if (threshold == 0) {
            report(stanza, s.sizeThreshold.from, QStringLiteral("size"),
                   tr("size 0 rotates at every run; Logkeeper rotates a log "
                      "from 1 byte on"));
            threshold = 1;
        }
        maxSizeMb = threshold / mib;
    }
    if (criterium == Criterium::Weekly && s.weekday.value >= 1 && s.weekday.value <= 6)
        report(stanza, s.weekday.from, QStringLiteral("weekly"),
               tr("the weekday is not carried over: Logkeeper rotates a week "
                  "after the last rotation"));
    r.insert(QStringLiteral("max_size_mb"), json(maxSizeMb));
    // minsize holds back the schedule only; a size trigger ignores it, as in logrotate
    if (criterium != Criterium::Size && s.minSize.value > 0)
        r.insert(QStringLiteral("min_size_mb"), json(s.minSize.value / mib));
    r.insert(QStringLiteral("max_age_days"), json(0));
    r.insert(QStringLiteral("if_empty"), json(s.ifEmpty.value));
    r.insert(QStringLiteral("strategy"), json(s.copyTruncate.value ? QStringLiteral("copytruncate")
                                              : s.copy.value       ? QStringLiteral("copy")
                                                                   : QStringLiteral("rename")));
    if (!copies) {
        if (s.create.value)
            r.insert(QStringLiteral("create"),
                     ownership(s.createMode.value, s.createOwner.value, s.createGroup.value));
        else
            r.insert(QStringLiteral("create"), json(false));
    }
    if (s.dateExt.value) {
        r.insert(QStringLiteral("naming"), json(QStringLiteral("dateext")));
        QString format = s.dateFormat.value;
        if (format.isEmpty()) {
            format = criterium == Criterium::Hourly ? QStringLiteral("-%Y%m%d%H")
                                                    : QStringLiteral("-%Y%m%d");
        } else {
            static const QRegularExpression unsupported(QStringLiteral("%[^YmdHMSsV]"));
            const QRegularExpressionMatch match = unsupported.match(format);
            if (match.hasMatch() || format.endsWith(QLatin1Char('%'))) {
                report(stanza, s.dateFormat.from, QStringLiteral("dateformat"),
                       tr("only %Y %m %d %H %M %S %s %V are carried over; the "
                          "default -%Y%m%d is used"));
                format = QStringLiteral("-%Y%m%d");
            }
        }
        r.insert(QStringLiteral("date_format"), json(format));
        if (s.dateYesterday.value)
            report(stanza, s.dateYesterday.from, QStringLiteral("dateyesterday"),
                   tr("no counterpart: Logkeeper names archives with the "
                      "date of the rotation"));
        if (s.dateHourAgo.value)
            report(stanza, s.dateHourAgo.from, QStringLiteral("datehourago"),
                   tr("no counterpart: Logkeeper names archives with the "
                      "time of the rotation"));
    } else {
        r.insert(QStringLiteral("naming"), json(QStringLiteral("numbered")));
        if (s.start.value != 1)
            report(stanza, s.start.from, QStringLiteral("start"),
                   tr("no counterpart: numbered archives start at 1"));
    }
    if (!s.extension.value.isEmpty())
        r.insert(QStringLiteral("extension"), json(s.extension.value));
    if (!s.addExtension.value.isEmpty())
        report(stanza, s.addExtension.from, QStringLiteral("addextension"),
               tr("no counterpart; the archives keep the log's name"));
    if (s.minAge.value > 0)
        report(stanza, s.minAge.from, QStringLiteral("minage"),
               tr("no counterpart: a log is rotated whatever its age"));
    return r;
}

OrderedJson LogrotateImporter::archival(const LogrotateStanza &stanza)
{
    const LogrotateSettings &s = stanza.settings;
    OrderedJson a = OrderedJson::object();
    a.insert(QStringLiteral("compress"), json(s.compress.value));
    if (s.compress.value) {
        QString codec = codecOf(s.compressCmd.value);
        if (codec.isEmpty()) {
            report(stanza, s.compressCmd.from, QStringLiteral("compresscmd"),
                   tr("%1 is not a program Logkeeper can stand in for (gzip, "
                      "bzip2, xz, zstd); gzip is used")
                       .arg(s.compressCmd.value));
            codec = QStringLiteral("gzip");
        }
        a.insert(QStringLiteral("codec"), json(codec));
        int level = -1;
        QStringList dropped;
        static const QRegularExpression levelOption(QStringLiteral("^-(\\d+)$"));
        static const QRegularExpression threadOption(QStringLiteral("^(-T\\d+|--threads=\\d+)$"));
        for (const QString &option : s.compressOptions.value) {
            const QRegularExpressionMatch match = levelOption.match(option);
            if (match.hasMatch() && levelInRange(codec, match.captured(1).toInt()))
                level = match.captured(1).toInt();
            else if (option == QLatin1String("--fast") && codec != QLatin1String("zstd"))
                level = 1;
            else if (option == QLatin1String("--best") && codec != QLatin1String("zstd"))
                level = 9;
            else if (!((codec == QLatin1String("xz") || codec == QLatin1String("zstd")) &&
                       threadOption.match(option).hasMatch()))
                dropped.append(option); // Logkeeper uses every core by itself
        }
        if (!dropped.isEmpty())
            report(stanza, s.compressOptions.from, QStringLiteral("compressoptions"),
                   tr("only a level (-1 ... -9) is carried over, not %1")
                       .arg(dropped.join(QLatin1Char(' '))));
        if (level >= 0)
            a.insert(QStringLiteral("level"), json(level));
        // (an extension that compresscmd implies goes with the report on compresscmd)
        if (s.compressExt.from.name == QLatin1String("compressext") &&
            s.compressExt.value != extensionOf(codec))
            report(stanza, s.compressExt.from, QStringLiteral("compressext"),
                   tr("archives are named after their codec (%1)").arg(extensionOf(codec)));
        a.insert(QStringLiteral("delay_compress"), json(s.delayCompress.value));
    }
    int archives = s.rotate.value;
    if (archives == 0) {
        report(stanza, s.rotate.from, QStringLiteral("rotate"),
               s.rotate.from.isWritten() ? tr("rotate 0 deletes a rotated log at once; Logkeeper "
                                              "keeps at least one archive (max_archives 1)")
                                         : tr("no rotate count: logrotate deletes a rotated log at "
                                              "once; Logkeeper keeps at least one archive "
                                              "(max_archives 1)"));
        archives = 1;
    } else if (archives < 0) {
        archives = 0; // rotate -1: all of them
    }
    a.insert(QStringLiteral("max_archives"), json(archives));
    a.insert(QStringLiteral("retention_days"), json(s.maxAge.value));
    if (!s.oldDir.value.isEmpty()) {
        if (s.createOldDir.value)
            a.insert(QStringLiteral("create_dir"),
                     ownership(s.oldDirMode.value, s.oldDirOwner.value, s.oldDirGroup.value));
        else
            a.insert(QStringLiteral("create_dir"), json(false));
    }
    return a;
}

OrderedJson LogrotateImporter::hooks(const LogrotateStanza &stanza) const
{
    const LogrotateSettings &s = stanza.settings;
    OrderedJson h = OrderedJson::object();
    const std::pair<const char *, const LogrotateSettings::Value<QString> *> scripts[] = {
        {"pre_rotate", &s.preRotate},
        {"post_rotate", &s.postRotate},
        {"first_action", &s.firstAction},
        {"last_action", &s.lastAction}};
    for (const auto &[key, script] : scripts) {
        if (!script->value.isEmpty())
            h.insert(QLatin1String(key), json(script->value));
    }
    if (s.sharedScripts.value && (!s.preRotate.value.isEmpty() || !s.postRotate.value.isEmpty()))
        h.insert(QStringLiteral("shared_scripts"), json(true));
    return h;
}

void LogrotateImporter::convertStanza(const LogrotateStanza &stanza)
{
    const LogrotateSettings &s = stanza.settings;
    // Directives of the whole definition whose effect no set has.
    if (!s.mail.value.isEmpty()) {
        report(stanza, s.mail.from, QStringLiteral("mail"),
               tr("no counterpart: Logkeeper mails no logs"));
        for (const LogrotateDirective *d : {&s.mailFirst.from, &s.uncompressCmd.from}) {
            if (d->isWritten())
                report(stanza, *d, d->name, tr("no counterpart: Logkeeper mails no logs"));
        }
    }
    if (s.shred.value) {
        report(stanza, s.shred.from, QStringLiteral("shred"),
               tr("no counterpart: Logkeeper deletes old archives without "
                  "overwriting them"));
        if (s.shredCycles.from.isWritten())
            report(stanza, s.shredCycles.from, QStringLiteral("shredcycles"),
                   tr("no counterpart: Logkeeper deletes old archives "
                      "without overwriting them"));
    }
    if (!s.preRemove.value.isEmpty())
        report(stanza, s.preRemove.from, QStringLiteral("preremove"),
               tr("no counterpart: Logkeeper runs no script before it "
                  "deletes an archive"));
    if (s.allowHardlink.value)
        report(stanza, s.allowHardlink.from, QStringLiteral("allowhardlink"), tr("no counterpart"));
    if (s.ignoreDuplicates.value)
        report(stanza, s.ignoreDuplicates.from, QStringLiteral("ignoreduplicates"),
               tr("no counterpart: the import does not expand globs, so it "
                  "cannot leave out files that another definition matches"));
    if (s.errors.value)
        report(stanza, s.errors.from, QStringLiteral("errors"),
               tr("deprecated, and ignored by logrotate too"));

    // The logs, grouped: a definition whose scripts run once for all its logs (sharedscripts,
    // firstaction, lastaction) becomes one set per folder, so they run once per pass as in
    // logrotate; any other becomes one set per path or glob.
    const bool runsOnce = (s.sharedScripts.value &&
                           (!s.preRotate.value.isEmpty() || !s.postRotate.value.isEmpty())) ||
                          !s.firstAction.value.isEmpty() || !s.lastAction.value.isEmpty();
    std::vector<std::pair<QString, QVector<LogLocation>>> groups;
    for (const QString &path : stanza.paths) {
        if (!path.startsWith(QLatin1Char('/'))) {
            report(stanza, LogrotateDirective(), path, tr("not an absolute path; left out"));
            continue;
        }
        // logrotate refuses a log that an earlier definition has (unless ignoreduplicates);
        // two sets must not rotate one file either
        const QString cleanPath = QDir::cleanPath(path);
        if (m_pathSources.contains(cleanPath)) {
            if (!s.ignoreDuplicates.value)
                report(stanza, LogrotateDirective(), path,
                       tr("already in the definition at %1; left out")
                           .arg(m_pathSources.value(cleanPath)));
            continue;
        }
        m_pathSources.insert(cleanPath, stanza.where());
        const LogLocation location = locate(path);
        auto group = std::find_if(groups.begin(), groups.end(), [&](const auto &g) {
            return runsOnce && g.first == location.logDir;
        });
        if (group == groups.end())
            groups.push_back({location.logDir, {location}});
        else
            group->second.append(location);
    }
    if (runsOnce && groups.size() > 1) {
        const LogrotateDirective &from = !s.firstAction.value.isEmpty()  ? s.firstAction.from
                                         : !s.lastAction.value.isEmpty() ? s.lastAction.from
                                                                         : s.sharedScripts.from;
        report(stanza, from, from.name,
               tr("the logs are in %1 folders: one set per folder, so the "
                  "scripts run once per folder")
                   .arg(groups.size()));
    }

    const QString baseName = QFileInfo(stanza.file).fileName();
    for (const auto &[logDir, locations] : groups) {
        OrderedJson set = OrderedJson::object();
        set.insert(QStringLiteral("name"), json(uniqueName(baseName)));
        set.insert(QStringLiteral("source"), json(stanza.where()));
        set.insert(QStringLiteral("log_dir"), json(logDir));
        bool spansFolders = false;
        if (locations.size() == 1 && !locations.constFirst().isGlob) {
            set.insert(QStringLiteral("active_log"), json(locations.constFirst().name));
        } else {
            OrderedJson patterns = OrderedJson::array();
            for (const LogLocation &location : locations) {
                patterns.insertItem(patterns.size(), json(location.name));
                spansFolders = spansFolders || location.name.contains(QLatin1Char('/'));
            }
            set.insert(QStringLiteral("patterns"), patterns);
        }
        QString archiveDir = s.oldDir.value.isEmpty() ? QStringLiteral(".") : s.oldDir.value;
        if (spansFolders && archiveDir.startsWith(QLatin1Char('/'))) {
            report(stanza, s.oldDir.from, QStringLiteral("olddir"),
                   tr("one archive folder for logs in several folders has no "
                      "counterpart; the archives stay beside each log"));
            archiveDir = QStringLiteral(".");
        }
        set.insert(QStringLiteral("archive_dir"), json(archiveDir));
        set.insert(QStringLiteral("missing_ok"), json(s.missingOk.value));
        if (s.su.value) {
            OrderedJson runAs = OrderedJson::object();
            runAs.insert(QStringLiteral("user"), json(s.suUser.value));
            runAs.insert(QStringLiteral("group"), json(s.suGroup.value));
            set.insert(QStringLiteral("run_as"), runAs);
        }
        const bool copies = s.copyTruncate.value || s.copy.value;
        set.insert(QStringLiteral("rotation"), rotation(stanza, copies));
        set.insert(QStringLiteral("archival"), archival(stanza));
        const OrderedJson h = hooks(stanza);
        if (h.memberCount() > 0)
            set.insert(QStringLiteral("hooks"), h);
        m_sets.insertItem(m_sets.size(), set);
    }
}

LogrotateImport LogrotateImporter::run()
{
    for (const LogrotateStanza &stanza : m_config.stanzas)
        convertStanza(stanza);
    m_result.errors = m_config.errors;
    m_result.inputs = m_config.inputs;
    m_result.directivesRead = int(m_config.directives.size());
    m_result.diagnostics += m_config.warnings;
    // In reading order: by file as first read, then line.
    QHash<QString, int> fileOrder;
    for (int i = 0; i < m_config.inputs.size(); ++i)
        fileOrder.insert(m_config.inputs.at(i), i);
    std::stable_sort(m_result.diagnostics.begin(), m_result.diagnostics.end(),
                     [&](const LogrotateDiagnostic &a, const LogrotateDiagnostic &b) {
                         const int fa = fileOrder.value(a.file, -1);
                         const int fb = fileOrder.value(b.file, -1);
                         return fa != fb ? fa < fb : a.line < b.line;
                     });
    OrderedJson top = OrderedJson::object();
    top.insert(QStringLiteral("log_sets"), m_sets);
    m_result.json = top.toJson(OrderedJson::Layout());
    m_result.document = QJsonDocument::fromJson(m_result.json);
    return m_result;
}

LogrotateImport LogrotateImporter::convert(const LogrotateConfig &config,
                                           const QStringList &takenNames)
{
    return LogrotateImporter(config, takenNames).run();
}

LogrotateImport LogrotateImporter::importPaths(const QStringList &paths,
                                               const QStringList &takenNames)
{
    return convert(LogrotateParser::parse(paths), takenNames);
}

} // namespace Logkeeper
