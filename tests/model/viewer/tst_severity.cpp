// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "viewer/severity.h"

#include <QTest>

using namespace Logkeeper;

Q_DECLARE_METATYPE(Logkeeper::Severity::Level)

class TestSeverity : public QObject
{
    Q_OBJECT

private slots:
    void recognisesCommonFormats_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<Severity::Level>("level");
        using S = Severity;
        // syslog priorities (kernel, journald's stream format), facility * 8 + severity
        QTest::newRow("syslog <3>") << "<3>sd-daemon: failed to start" << S::Error;
        QTest::newRow("syslog <4>") << "<4>low disk" << S::Warning;
        QTest::newRow("syslog <6>") << "<6>started" << S::Info;
        QTest::newRow("syslog <7>") << "<7>details" << S::Debug;
        QTest::newRow("syslog <30> daemon.info") << "<30>Jan  1 host app: ok" << S::Info;
        QTest::newRow("syslog <27> daemon.err") << "<27>Jan  1 host app: broke" << S::Error;
        // the journal: export format's field line, JSON output
        QTest::newRow("journal export") << "PRIORITY=4" << S::Warning;
        QTest::newRow("journal json")
            << R"({"__CURSOR":"s=1","PRIORITY":"3","MESSAGE":"boom"})" << S::Error;
        // journalctl's short output: the level only where the message has one
        QTest::newRow("journal short, error:")
            << "May 01 12:00:00 host sshd[123]: error: kex_exchange_identification" << S::Error;
        QTest::newRow("journal short, plain")
            << "May 01 12:00:00 host systemd[1]: Started Session 4 of user root." << S::None;
        // Python logging: the default format and the common dated one
        QTest::newRow("python default") << "WARNING:root:disk almost full" << S::Warning;
        QTest::newRow("python dated")
            << "2024-05-01 12:00:00,123 - myapp.db - ERROR - connection lost" << S::Error;
        QTest::newRow("python debug") << "DEBUG:urllib3:Starting new HTTPS connection" << S::Debug;
        QTest::newRow("python critical") << "CRITICAL:root:giving up" << S::Error;
        // nginx and Apache error logs
        QTest::newRow("nginx error")
            << "2024/05/01 12:00:00 [error] 1234#0: *5 open() failed" << S::Error;
        QTest::newRow("nginx warn")
            << "2024/05/01 12:00:00 [warn] 1#0: conflicting name" << S::Warning;
        QTest::newRow("nginx notice")
            << "2024/05/01 12:00:00 [notice] 1#0: signal process" << S::Info;
        QTest::newRow("apache core:error")
            << "[Wed May 01 12:00:00.123456 2024] [core:error] [pid 42] AH00037: Symbolic link"
            << S::Error;
        QTest::newRow("apache proxy:warn")
            << "[Wed May 01 12:00:00.1 2024] [proxy:warn] [pid 42] AH01144: No protocol handler"
            << S::Warning;
        QTest::newRow("apache trace3") << "[Wed May 01 2024] [http:trace3] [pid 1] x" << S::Debug;
        // JSON lines: string and numeric levels, the field anywhere in the line
        QTest::newRow("json level warn")
            << R"({"time":"12:00","level":"warn","msg":"slow"})" << S::Warning;
        QTest::newRow("json severity ERROR")
            << R"({"severity": "ERROR", "message": "x"})" << S::Error;
        QTest::newRow("json pino 50") << R"({"level":50,"time":1,"msg":"failed"})" << S::Error;
        QTest::newRow("json pino 30") << R"({"level":30,"time":1,"msg":"ok"})" << S::Info;
        QTest::newRow("json gelf 4") << R"({"version":"1.1","level":4})" << S::Warning;
        QTest::newRow("json no level") << R"({"msg":"an error happened"})" << S::None;
        // logfmt, log4j/logback, .NET
        QTest::newRow("logfmt") << "ts=2024-05-01T12:00:00Z level=error msg=\"boom\"" << S::Error;
        QTest::newRow("logback") << "12:00:00.123 [main] WARN  com.example.Foo - retrying"
                                 << S::Warning;
        QTest::newRow("dotnet fail") << "fail: Microsoft.AspNetCore[1]" << S::Error;
        QTest::newRow("bracketed INFO") << "2024-05-01 12:00:00 [INFO] started" << S::Info;
        // not levels: words inside messages, access logs
        QTest::newRow("access log")
            << "10.0.0.1 - - [01/Nov/2026:00:00:00 +0000] \"GET /error HTTP/1.1\" 404 12 \"-\""
            << S::None;
        QTest::newRow("word in a message") << "the errors were fixed" << S::None;
        QTest::newRow("ERR_ prefix") << "ERR_CONNECTION_RESET while fetching" << S::None;
        QTest::newRow("empty") << "" << S::None;
        QTest::newRow("stack trace line") << "    at com.example.Foo.bar(Foo.java:12)" << S::None;
    }
    void recognisesCommonFormats()
    {
        QFETCH(QString, line);
        QFETCH(Severity::Level, level);
        QCOMPARE(Severity::of(line), level);
        const QByteArray bytes = line.toUtf8();
        QCOMPARE(Severity::of(bytes.constData(), bytes.size()), level);
    }

    // Far into a long line a level word does not count; in JSON it does.
    void looksNearTheStartOnly()
    {
        const QString filler(400, QLatin1Char('x'));
        QCOMPARE(Severity::of(QStringLiteral("note ") + filler + QStringLiteral(" ERROR")),
                 Severity::None);
        QCOMPARE(Severity::of(QStringLiteral("{\"msg\":\"") + filler +
                              QStringLiteral("\",\"level\":\"error\"}")),
                 Severity::Error);
    }
};

QTEST_GUILESS_MAIN(TestSeverity)
#include "tst_severity.moc"
