// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "app/demomode.h"

#include "engine/statestore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QTimer>

namespace Logkeeper {

namespace {

// Appends plausible access-log lines to the demo logs; runs on a WorkPool thread.
void writeSome(const QString &logDir)
{
    static const char *const paths[] = {"/",           "/index.html",    "/api/items",
                                        "/api/login",  "/static/app.js", "/static/style.css",
                                        "/favicon.ico"};
    static const int statuses[] = {200, 200, 200, 200, 304, 404, 500};
    auto *rng = QRandomGenerator::global();
    QByteArray lines;
    for (int i = 0; i < 20; ++i) {
        lines +=
            QStringLiteral("192.0.2.%1 - - [%2] \"GET %3 HTTP/1.1\" %4 %5 \"-\" "
                           "\"Mozilla/5.0 (X11; Linux x86_64)\"\n")
                .arg(rng->bounded(1, 255))
                .arg(QDateTime::currentDateTime().toString(QStringLiteral("dd/MMM/yyyy:HH:mm:ss")))
                .arg(QLatin1String(paths[rng->bounded(7)]))
                .arg(statuses[rng->bounded(7)])
                .arg(rng->bounded(200, 50000))
                .toUtf8();
    }
    QFile access(logDir + QStringLiteral("/access.log"));
    if (access.open(QIODevice::WriteOnly | QIODevice::Append))
        access.write(lines);
    if (rng->bounded(10) == 0) {
        QFile app(logDir + QStringLiteral("/app.log"));
        if (app.open(QIODevice::WriteOnly | QIODevice::Append))
            app.write(QDateTime::currentDateTime().toString(Qt::ISODate).toUtf8() +
                      " INFO worker: processed a batch of demo jobs\n");
    }
}

} // namespace

DemoMode::DemoMode(QObject *parent) : QObject(parent)
{
    m_writerTimer.setInterval(200);
    connect(&m_writerTimer, &QTimer::timeout, this, [this] {
        if (!m_write.isFinished())
            return; // a slow disk: this round is skipped, not queued up
        m_write = WorkPool::start([logDir = demoDir() + QStringLiteral("/logs")](
                                      const CancelToken &) { writeSome(logDir); });
    });
}

DemoMode::~DemoMode()
{
    stopWriter();
}

QString DemoMode::demoDir() const
{
    return QFileInfo(StateStore::defaultPath()).absolutePath() + QStringLiteral("/demo");
}

QString DemoMode::prepare(QString *error)
{
    const QString dir = demoDir();
    if (!QDir().mkpath(dir + QStringLiteral("/logs"))) {
        *error = tr("%1: cannot create the demo folder").arg(dir);
        return {};
    }
    const QString configPath = dir + QStringLiteral("/config.json");
    const QJsonObject config{
        {QStringLiteral("log_sets"),
         QJsonArray{QJsonObject{
             {QStringLiteral("name"), QStringLiteral("demo")},
             {QStringLiteral("log_dir"), dir + QStringLiteral("/logs")},
             {QStringLiteral("archive_dir"), dir + QStringLiteral("/archive")},
             {QStringLiteral("patterns"), QJsonArray{QStringLiteral("*.log")}},
             {QStringLiteral("rotation"),
              // The default strategy, rename: the demo writer opens the log for every write, as
              // shell redirections and many loggers do, so whole lines end up in each archive.
              QJsonObject{{QStringLiteral("max_size_mb"), 0.1},
                          {QStringLiteral("max_age_days"), 1}}},
             {QStringLiteral("archival"),
              QJsonObject{{QStringLiteral("compress"), true},
                          {QStringLiteral("codec"), QStringLiteral("gzip")},
                          {QStringLiteral("retention_days"), 1},
                          {QStringLiteral("max_archives"), 12}}},
         }}},
        {QStringLiteral("debounce_time"), 1},
        {QStringLiteral("max_wait"), 5},
        {QStringLiteral("poll_interval"), 10},
        {QStringLiteral("state_file"), dir + QStringLiteral("/state.json")},
        {QStringLiteral("logging"),
         QJsonObject{{QStringLiteral("log_file"), dir + QStringLiteral("/logkeeper.log")},
                     {QStringLiteral("log_level"), QStringLiteral("INFO")}}},
    };
    QSaveFile file(configPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(config).toJson()) < 0 ||
        !file.commit()) {
        *error = tr("%1: cannot write the demo config: %2").arg(configPath, file.errorString());
        return {};
    }
    return configPath;
}

void DemoMode::startWriter()
{
    m_writerTimer.start();
}

void DemoMode::stopWriter()
{
    m_writerTimer.stop();
    m_write.cancelAndWait();
}

} // namespace Logkeeper
