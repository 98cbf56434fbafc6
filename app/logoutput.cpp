// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "app/logoutput.h"

#include "core/fsidentity.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutex>

#include <cstdio>

namespace Logkeeper {

namespace {

QMutex mutex;
QString logFilePath;
bool reportedOpenFailure = false;

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "DEBUG";
    case QtInfoMsg:
        return "INFO";
    case QtWarningMsg:
        return "WARNING";
    case QtCriticalMsg:
        return "ERROR";
    case QtFatalMsg:
        return "CRITICAL";
    }
    return "INFO";
}

void handler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    const QByteArray text = message.toLocal8Bit();
    QMutexLocker lock(&mutex);
    std::fprintf(stderr, "%s: %s\n", levelName(type), text.constData());
    std::fflush(stderr);
    if (logFilePath.isEmpty())
        return;
    // Logkeeper's own file, also when the message comes from a thread acting as a set's
    // run_as user (who must not create it, nor be refused it).
    const Logkeeper::FsIdentity::OwnScope own;
    // Opened per message: messages are few, and a log file rotated away under us (by
    // ourselves or anyone) is simply recreated.
    QFile file(logFilePath);
    // Its folder is made when there is something to write, not when the config is read.
    if (!file.exists())
        QDir().mkpath(QFileInfo(logFilePath).absolutePath());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        if (!reportedOpenFailure) {
            reportedOpenFailure = true;
            std::fprintf(stderr, "WARNING: cannot write log file %s: %s\n", qPrintable(logFilePath),
                         qPrintable(file.errorString()));
        }
        return;
    }
    reportedOpenFailure = false;
    const QByteArray stamp =
        QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss,zzz")).toUtf8();
    file.write(stamp + " - " + levelName(type) + " - " + message.toUtf8() + '\n');
}

} // namespace

namespace LogOutput {

void install()
{
    qInstallMessageHandler(handler);
}

void configure(const QString &logFile, const QString &level)
{
    {
        QMutexLocker lock(&mutex);
        logFilePath = logFile;
        reportedOpenFailure = false;
    }
    const QString l = level.toUpper();
    QString rules = l == QLatin1String("DEBUG") ? QStringLiteral("logkeeper.*.debug=true\n")
                                                : QStringLiteral("logkeeper.*.debug=false\n");
    if (l == QLatin1String("WARNING") || l == QLatin1String("ERROR") ||
        l == QLatin1String("CRITICAL"))
        rules += QStringLiteral("logkeeper.*.info=false\n");
    if (l == QLatin1String("ERROR") || l == QLatin1String("CRITICAL"))
        rules += QStringLiteral("logkeeper.*.warning=false\n");
    QLoggingCategory::setFilterRules(rules);
}

} // namespace LogOutput

} // namespace Logkeeper
