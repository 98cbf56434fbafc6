#include "configloader.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>

namespace {
constexpr qint64 maxConfigBytes = 16 << 20;

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
            fileError(fileName, QStringLiteral("larger than 16 MiB; not a config")));
        return result;
    }
    if (data.trimmed().isEmpty()) {
        result.issues.append(fileError(fileName, QStringLiteral("the file is empty"), 1, 1));
        return result;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError) {
        // Qt reports a byte offset; people look for a line and a column.
        const int offset = qBound(0, error.offset, int(data.size()));
        const QByteArray before = data.left(offset);
        const int line = int(before.count('\n')) + 1;
        const int column = offset - int(before.lastIndexOf('\n'));
        result.issues.append(
            fileError(fileName, QStringLiteral("JSON syntax error: %1").arg(error.errorString()),
                      line, column));
        return result;
    }
    if (!doc.isObject()) {
        result.issues.append(fileError(
            fileName, QStringLiteral("the configuration must be a JSON object ({ … })"), 1, 1));
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
        result.issues.append(
            fileError(path, QStringLiteral("cannot read: %1")
                                .arg(info.isDir()     ? QStringLiteral("is a folder")
                                     : !info.exists() ? QStringLiteral("No such file or directory")
                                                      : file.errorString())));
        return result;
    }
    const QByteArray data = file.read(maxConfigBytes + 1);
    return parse(data, path, info.absolutePath());
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
