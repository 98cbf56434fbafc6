// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "desktop/autostartentry.h"

#include "config/configloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace Logkeeper {

namespace {
// The application id the desktop file, the icon and the AppStream metadata are named after
// (AppIcon::applicationId() in widgets/, which model/ cannot reach).
const QString applicationId = QStringLiteral("io.github.logkeeper.Logkeeper");

// One Exec= argument, quoted when it holds a reserved character. Inside quotes the characters
// " ` $ and the backslash take a backslash, and the string-value escape then doubles every
// backslash: a literal backslash is written as four, a dollar as \\$ (Desktop Entry Specification,
// "Exec key").
QString execArgument(const QString &argument)
{
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    bool needsQuotes = argument.isEmpty();
    for (const QChar c : argument)
        needsQuotes = needsQuotes || reserved.contains(c);
    QString out;
    for (const QChar c : argument) {
        if (c == QLatin1Char('%'))
            out += QStringLiteral("%%");
        else if (c == QLatin1Char('\\'))
            out += QStringLiteral("\\\\\\\\");
        else if (needsQuotes &&
                 (c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('$')))
            out += QStringLiteral("\\\\") + c;
        else
            out += c;
    }
    return needsQuotes ? QLatin1Char('"') + out + QLatin1Char('"') : out;
}

QString canonical(const QString &path)
{
    const QString c = QFileInfo(path).canonicalFilePath();
    return c.isEmpty() ? QDir::cleanPath(QFileInfo(path).absoluteFilePath()) : c;
}
} // namespace

AutostartEntry::AutostartEntry(const QString &configPath) : m_configPath(configPath)
{}

QString AutostartEntry::path()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/autostart/") + applicationId + QStringLiteral(".desktop");
}

bool AutostartEntry::isEnabled() const
{
    QFile file(path());
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = file.read(1 << 20);
    for (QByteArray line : text.split('\n')) {
        line = line.trimmed();
        if (line.replace(' ', QByteArray()) == "Hidden=true" ||
            line == "X-GNOME-Autostart-enabled=false")
            return false;
    }
    return true;
}

QString AutostartEntry::command(const QString &program)
{
    const QString binary = program.isEmpty() ? QCoreApplication::applicationFilePath() : program;
    const QString inPath = QStandardPaths::findExecutable(QStringLiteral("logkeeper"));
    if (!inPath.isEmpty() && canonical(inPath) == canonical(binary))
        return QStringLiteral("logkeeper");
    return QFileInfo(binary).absoluteFilePath();
}

QString AutostartEntry::execLine() const
{
    QString line = execArgument(command());
    if (!m_configPath.isEmpty() &&
        canonical(m_configPath) != canonical(ConfigLoader::defaultConfigPath()))
        line +=
            QStringLiteral(" --config ") + execArgument(QFileInfo(m_configPath).absoluteFilePath());
    return line;
}

bool AutostartEntry::setEnabled(bool enabled, QString *error)
{
    const QString file = path();
    if (!enabled) {
        if (!QFile::exists(file) || QFile::remove(file))
            return true;
        if (error)
            *error = QCoreApplication::translate("AutostartEntry", "Cannot remove %1").arg(file);
        return false;
    }
    if (!QDir().mkpath(QFileInfo(file).absolutePath())) {
        if (error)
            *error = QCoreApplication::translate("AutostartEntry", "Cannot create the folder %1")
                         .arg(QFileInfo(file).absolutePath());
        return false;
    }
    const QByteArray content = "[Desktop Entry]\n"
                               "Type=Application\n"
                               "Name=Logkeeper\n"
                               "Comment=Keeps log files in check\n"
                               "Exec=" +
                               execLine().toUtf8() +
                               "\n"
                               "Icon=" +
                               applicationId.toUtf8() +
                               "\n"
                               "Terminal=false\n"
                               "X-GNOME-Autostart-enabled=true\n";
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(content) != content.size() || !out.commit()) {
        if (error)
            *error = QCoreApplication::translate("AutostartEntry", "Cannot write %1: %2")
                         .arg(file, out.errorString());
        return false;
    }
    return true;
}

} // namespace Logkeeper
