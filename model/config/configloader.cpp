// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "config/configloader.h"

#include "config/logrotateinclude.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>

#include <climits>

namespace Logkeeper {

namespace {
constexpr qint64 maxConfigBytes = 16 << 20;

// 1-based line and column of a byte offset; the column counts characters (UTF-8 sequences), not
// bytes, as editors do.
void lineAndColumn(const QByteArray &data, qsizetype offset, int *line, int *column)
{
    offset = qBound(qsizetype(0), offset, data.size());
    const qsizetype lineStart = data.lastIndexOf('\n', offset - 1) + 1; // 0 when there is none
    *line = int(qMin(data.left(offset).count('\n'), qsizetype(INT_MAX - 1))) + 1;
    qsizetype characters = 0;
    for (qsizetype i = lineStart; i < offset; ++i)
        characters += (uchar(data.at(i)) & 0xC0) != 0x80; // skip continuation bytes
    *column = int(qMin(characters, qsizetype(INT_MAX - 1))) + 1;
}

ConfigIssue fileError(const QString &file, const QString &message, int line = 0, int column = 0)
{
    return {ConfigIssue::Severity::Error, QString(), message, file, line, column};
}
} // namespace

bool ConfigLoader::Result::ok() const
{
    for (const ConfigIssue &issue : issues) {
        if (issue.isError())
            return false;
    }
    return true;
}

ConfigLoader::Result ConfigLoader::parse(const QByteArray &data, const QString &fileName,
                                         const QString &baseDir)
{
    Result result;
    if (data.size() > maxConfigBytes) {
        result.issues.append(
            fileError(fileName, ConfigLoader::tr("larger than 16 MiB; not a config")));
        return result;
    }
    if (data.trimmed().isEmpty()) {
        result.issues.append(fileError(fileName, ConfigLoader::tr("the file is empty"), 1, 1));
        return result;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError) {
        // Qt reports a byte offset; people look for a line and a column.
        int line = 0, column = 0;
        lineAndColumn(data, error.offset, &line, &column);
        // Qt takes only an object or an array as a document: "42" or a bare "key": value list is
        // an "illegal value" at 1:2, so say what is expected.
        QByteArray start = data.trimmed();
        if (start.startsWith("\xef\xbb\xbf")) // a UTF-8 byte order mark
            start = start.mid(3).trimmed();
        const QString message =
            (!start.startsWith('{') && !start.startsWith('[')
                 ? ConfigLoader::tr("JSON syntax error: %1 (the configuration must be a JSON "
                                    "object: { … })")
                 : ConfigLoader::tr("JSON syntax error: %1"))
                .arg(error.errorString());
        result.issues.append(fileError(fileName, message, line, column));
        return result;
    }
    if (!doc.isObject()) {
        result.issues.append(fileError(
            fileName, ConfigLoader::tr("the configuration must be a JSON object ({ … })"), 1, 1));
        return result;
    }
    result.json = doc.object();
    const ConfigValidator::Result validated =
        ConfigValidator::validate(result.json, fileName, baseDir);
    result.config = validated.config;
    result.issues = validated.issues;
    return result;
}

ConfigLoader::Result ConfigLoader::loadFile(const QString &path)
{
    QFile file(path);
    const QFileInfo info(path);
    if (info.isDir() || !file.open(QIODevice::ReadOnly)) {
        Result result;
        result.issues.append(fileError(
            path, ConfigLoader::tr("cannot read: %1")
                      .arg(info.isDir()     ? ConfigLoader::tr("is a folder")
                           : !info.exists() ? ConfigLoader::tr("No such file or directory")
                                            : file.errorString())));
        return result;
    }
    // At most one byte more than a config may have: enough to refuse a huge file unread.
    const QByteArray data = file.read(maxConfigBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        Result result;
        result.issues.append(
            fileError(path, ConfigLoader::tr("cannot read: %1").arg(file.errorString())));
        return result;
    }
    Result result = parse(data, path, info.absolutePath());
    if (result.ok() && !result.config.logrotateInclude.isEmpty()) {
        const LogrotateInclude::Result included = LogrotateInclude::read(result.config);
        result.config.logSets += included.sets;
        result.includedSets = int(included.sets.size());
        result.includeIssues = included.issues;
        result.includeInputs = included.inputs;
    }
    return result;
}

QString ConfigLoader::defaultConfigPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/logkeeper/config.json");
}

QByteArray ConfigLoader::defaultConfigJson()
{
    return QByteArrayLiteral(R"({
    "log_sets": [],
    "debounce_time": 5,
    "max_wait": 30,
    "poll_interval": 60,
    "logging": {
        "log_level": "INFO"
    }
}
)");
}

} // namespace Logkeeper
