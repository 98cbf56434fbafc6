// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "loggenerator.h"

#include <QDateTime>
#include <QFile>
#include <QRandomGenerator>

namespace LogGenerator {

QByteArray lines(qint64 bytes, quint32 seed)
{
    static const char *const paths[] = {"/",
                                        "/index.html",
                                        "/api/v1/items",
                                        "/api/v1/items/%d",
                                        "/api/v1/login",
                                        "/api/v1/search?q=%d",
                                        "/static/js/app.%d.js",
                                        "/static/css/site.css",
                                        "/images/%d.png",
                                        "/favicon.ico",
                                        "/healthz"};
    static const char *const agents[] = {
        "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
        "Chrome/131.0 Safari/537.36",
        "curl/7.88.1", "Prometheus/2.45.0", "Googlebot/2.1 (+http://www.google.com/bot.html)"};
    static const int statuses[] = {200, 200, 200, 200, 200, 304, 301, 404, 500, 201};
    QRandomGenerator rng(seed);
    QDateTime t = QDateTime::fromSecsSinceEpoch(1793491200); // 2026-11-01
    QByteArray out;
    out.reserve(bytes + 512);
    char path[128];
    while (out.size() < bytes) {
        t = t.addMSecs(rng.bounded(400));
        std::snprintf(path, sizeof path, paths[rng.bounded(int(std::size(paths)))],
                      rng.bounded(5000));
        out += QStringLiteral("%1.%2.%3.%4 - - [%5 +0000] \"%6 %7 HTTP/1.1\" %8 %9 \"-\" \"%10\"\n")
                   .arg(rng.bounded(1, 224))
                   .arg(rng.bounded(256))
                   .arg(rng.bounded(256))
                   .arg(rng.bounded(1, 255))
                   .arg(t.toString(QStringLiteral("dd/MMM/yyyy:HH:mm:ss")))
                   .arg(rng.bounded(10) < 8 ? QStringLiteral("GET") : QStringLiteral("POST"))
                   .arg(QLatin1String(path))
                   .arg(statuses[rng.bounded(int(std::size(statuses)))])
                   .arg(rng.bounded(120, 90000))
                   .arg(QLatin1String(agents[rng.bounded(int(std::size(agents)))]))
                   .toLatin1();
    }
    out.truncate(bytes);
    return out;
}

bool writeFile(const QString &path, qint64 bytes, quint32 seed)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    const qint64 chunk = 16 << 20;
    for (qint64 done = 0; done < bytes; done += chunk) {
        if (f.write(lines(qMin(chunk, bytes - done), seed + quint32(done / chunk))) < 0)
            return false;
    }
    return f.flush();
}

} // namespace LogGenerator
