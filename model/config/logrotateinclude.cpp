// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "config/logrotateinclude.h"

#include "config/configvalidator.h"
#include "config/logrotateimporter.h"
#include "config/setoverlapcheck.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace Logkeeper {

namespace {

// "FILE:LINE" (the importer's source) as a place for an issue.
ConfigIssue issueAt(ConfigIssue::Severity severity, const QString &source, const QString &message)
{
    const qsizetype colon = source.lastIndexOf(QLatin1Char(':'));
    ConfigIssue issue{severity, QString(), message, source, 0, 0};
    if (colon > 0) {
        bool ok = false;
        const int line = source.mid(colon + 1).toInt(&ok);
        if (ok) {
            issue.file = source.left(colon);
            issue.line = line;
        }
    }
    return issue;
}

ConfigIssue issueOf(ConfigIssue::Severity severity, const LogrotateDiagnostic &d)
{
    // "directive: reason", as --import-logrotate prints it
    return {severity,
            QString(),
            d.directive.isEmpty() ? d.message : d.directive + QStringLiteral(": ") + d.message,
            d.file,
            d.line,
            0};
}

} // namespace

bool LogrotateInclude::Result::hasErrors() const
{
    return std::any_of(issues.cbegin(), issues.cend(),
                       [](const ConfigIssue &issue) { return issue.isError(); });
}

LogrotateInclude::Result LogrotateInclude::read(const Config &config)
{
    Result result;
    if (config.logrotateInclude.isEmpty())
        return result;
    QStringList taken;
    QStringList keyPaths; // each set's, for the overlap messages
    for (int i = 0; i < config.logSets.size(); ++i) {
        taken.append(config.logSets.at(i).name);
        keyPaths.append(ConfigValidator::setKeyPath(i, config.legacyFormat));
    }
    const LogrotateImport imported = LogrotateImporter::importPaths(config.logrotateInclude, taken);
    result.inputs = imported.inputs;

    // The errors and the directives not carried over, in reading order as the importer's.
    QHash<QString, int> fileOrder;
    for (int i = 0; i < imported.inputs.size(); ++i)
        fileOrder.insert(imported.inputs.at(i), i);
    for (const LogrotateDiagnostic &d : imported.errors)
        result.issues.append(issueOf(ConfigIssue::Severity::Error, d));
    for (const LogrotateDiagnostic &d : imported.diagnostics)
        result.issues.append(issueOf(ConfigIssue::Severity::Warning, d));
    std::stable_sort(result.issues.begin(), result.issues.end(),
                     [&](const ConfigIssue &a, const ConfigIssue &b) {
                         const int fa = fileOrder.value(a.file, -1);
                         const int fb = fileOrder.value(b.file, -1);
                         return fa != fb ? fa < fb : a.line < b.line;
                     });

    // Each set on its own through the validator: one that fails (an owner this machine does
    // not know) is left out, not the others.
    const QJsonArray sets = imported.document.object().value(QStringLiteral("log_sets")).toArray();
    QVector<LogSetConfig> all = config.logSets;
    const int ownCount = int(all.size());
    QVector<QJsonObject> objects; // of the included sets in `all`
    for (const QJsonValue &value : sets) {
        const QJsonObject set = value.toObject();
        const QString source = set.value(QStringLiteral("source")).toString();
        const QString name = set.value(QStringLiteral("name")).toString();
        QJsonObject root;
        root.insert(QStringLiteral("log_sets"), QJsonArray{set});
        const ConfigValidator::Result validated = ConfigValidator::validate(root);
        if (validated.ok() && validated.config.logSets.size() == 1) {
            all.append(validated.config.logSets.constFirst());
            keyPaths.append(name);
            objects.append(set);
            continue;
        }
        const QString prefix = ConfigValidator::setKeyPath(0, false) + QLatin1Char('.');
        for (const ConfigIssue &issue : validated.issues) {
            if (!issue.isError())
                continue;
            QString key = issue.keyPath;
            if (key.startsWith(prefix))
                key = key.mid(prefix.size());
            result.issues.append(
                issueAt(ConfigIssue::Severity::Error, source,
                        tr("the log set \"%1\" is left out: %2")
                            .arg(name, key + QStringLiteral(": ") + issue.message)));
        }
    }

    // Two sets must not rotate one log: an included set that claims a log of an earlier set
    // is left out, one at a time (leaving one out may end the clash of a later one).
    for (;;) {
        const QVector<SetOverlapCheck::Clash> clashes = SetOverlapCheck::check(all, keyPaths);
        int drop = -1;
        QString message;
        for (const SetOverlapCheck::Clash &clash : clashes) {
            for (int j = ownCount; j < all.size() && drop < 0; ++j) {
                const QString &path = keyPaths.at(j);
                if (clash.keyPath == path + QStringLiteral(".active_log") ||
                    clash.keyPath == path + QStringLiteral(".patterns")) {
                    drop = j;
                    message = clash.message;
                }
            }
            if (drop >= 0)
                break;
        }
        if (drop < 0)
            break;
        result.issues.append(
            issueAt(ConfigIssue::Severity::Error, all.at(drop).source,
                    tr("the log set \"%1\" is left out: %2").arg(all.at(drop).name, message)));
        all.remove(drop);
        keyPaths.removeAt(drop);
        objects.remove(drop - ownCount);
    }
    result.sets = all.mid(ownCount);
    for (const QJsonObject &object : std::as_const(objects))
        result.json.append(object);
    return result;
}

QByteArray LogrotateInclude::fingerprint(const QStringList &inputs)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &input : inputs) {
        hash.addData(input.toUtf8());
        const QFileInfo info(input);
        if (info.isDir()) {
            const QStringList names = QDir(input).entryList(
                QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
            hash.addData(QByteArray("\0d", 2));
            for (const QString &name : names) {
                hash.addData(name.toUtf8());
                hash.addData(QByteArray("\0", 1));
            }
            continue;
        }
        QFile file(input);
        if (!file.open(QIODevice::ReadOnly)) {
            hash.addData(QByteArray("\0-", 2));
            continue;
        }
        hash.addData(QByteArray("\0f", 2));
        hash.addData(&file);
    }
    return hash.result();
}

} // namespace Logkeeper
