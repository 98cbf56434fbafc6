#include "compressionbackend.h"
#include "configvalidator.h"

#include <QDir>
#include <QJsonDocument>
#include <QTest>

namespace {
QJsonObject json(const QByteArray &text)
{
    QJsonParseError e;
    const QJsonDocument d = QJsonDocument::fromJson(text, &e);
    if (e.error != QJsonParseError::NoError)
        qFatal("test JSON broken: %s", qPrintable(e.errorString()));
    return d.object();
}

QStringList render(const ConfigIssues &issues)
{
    QStringList out;
    for (const ConfigIssue &i : issues)
        out.append(i.toString());
    return out;
}
} // namespace

class TestConfigValidator : public QObject
{
    Q_OBJECT
private slots:
    // §4.2 of the seed, byte for byte.
    void seedFormatVerbatim()
    {
        const auto r = ConfigValidator::validate(json(R"({
    "log_dir": "/var/log/myapp/",
    "archive_dir": "/var/log/myapp/archive/",
    "active_log": "app.log",
    "rotation": {
        "max_size_mb": 10,
        "max_age_days": 7
    },
    "archival": {
        "compress": true,
        "retention_days": 30
    },
    "logging": {
        "log_file": "/etc/log_management/log_management.log",
        "log_level": "INFO"
    },
    "debounce_time": 5
})"));
        QVERIFY2(r.ok(), qPrintable(render(r.issues).join('\n')));
        QVERIFY(r.issues.isEmpty());
        QVERIFY(r.config.legacyFormat);
        QCOMPARE(r.config.logSets.size(), 1);
        const LogSetConfig &s = r.config.logSets.first();
        QCOMPARE(s.name, QString("default"));
        QCOMPARE(s.logDir, QString("/var/log/myapp"));
        QCOMPARE(s.archiveDir, QString("/var/log/myapp/archive"));
        QCOMPARE(s.activeLog, QString("app.log"));
        QCOMPARE(s.maxSizeMb, 10.0);
        QCOMPARE(s.maxAgeDays, 7.0);
        QVERIFY(s.compress);
        QCOMPARE(s.codec, QString("gzip"));
        QCOMPARE(s.retentionDays, 30.0);
        QCOMPARE(s.strategy, RotationStrategy::Rename);
        QCOMPARE(r.config.logFile, QString("/etc/log_management/log_management.log"));
        QCOMPARE(r.config.logLevel, QString("INFO"));
        QCOMPARE(r.config.debounceSeconds, 5.0);
        QCOMPARE(r.config.maxWaitSeconds, 30.0);
        QCOMPARE(r.config.pollIntervalSeconds, 60.0);
    }

    void fullFormatEveryKey()
    {
        const auto r = ConfigValidator::validate(json(R"({
            "log_sets": [
                {"name": "a", "log_dir": "/l/a", "archive_dir": "/arch/a", "active_log": "a.log",
                 "rotation": {"max_size_mb": 0.5, "max_age_days": 1.5, "strategy": "copytruncate"},
                 "archival": {"compress": false, "codec": "zstd", "level": 19,
                              "retention_days": 0, "max_archives": 7, "max_total_mb": 12.5},
                 "hooks": {"post_rotate": "kill -HUP 1"}},
                {"log_dir": "/l/b", "patterns": ["*.log", "*.txt"]}
            ],
            "debounce_time": 1, "max_wait": 10, "poll_interval": 30,
            "logging": {"log_file": "/x/lk.log", "log_level": "debug"},
            "state_file": "/x/state.json"
        })"));
        QVERIFY2(r.ok(), qPrintable(render(r.issues).join('\n')));
        const bool levels = CompressionBackend::instance().supportsLevel("zstd");
        // KArchive has no level setting: a warning, and the codec's default.
        QCOMPARE(r.issues.size(), levels ? 0 : 1);
        if (!levels)
            QCOMPARE(r.issues.first().keyPath, QString("log_sets[0].archival.level"));
        QVERIFY(!r.config.legacyFormat);
        QCOMPARE(r.config.logSets.size(), 2);
        const LogSetConfig &a = r.config.logSets[0];
        QCOMPARE(a.name, QString("a"));
        QCOMPARE(a.archiveDir, QString("/arch/a"));
        QCOMPARE(a.maxSizeMb, 0.5);
        QCOMPARE(a.maxSizeBytes(), qint64(512 * 1024));
        QCOMPARE(a.maxAgeDays, 1.5);
        QCOMPARE(a.strategy, RotationStrategy::CopyTruncate);
        QVERIFY(!a.compress);
        QCOMPARE(a.codec, QString("zstd"));
        QCOMPARE(a.level, levels ? 19 : -1);
        QCOMPARE(a.retentionDays, 0.0);
        QCOMPARE(a.maxArchives, 7);
        QCOMPARE(a.maxTotalMb, 12.5);
        QCOMPARE(a.postRotateHook, QString("kill -HUP 1"));
        const LogSetConfig &b = r.config.logSets[1];
        QCOMPARE(b.name, QString("set2"));
        QCOMPARE(b.archiveDir, QString("/l/b/archive"));
        QCOMPARE(b.patterns, (QStringList{"*.log", "*.txt"}));
        QVERIFY(b.activeLog.isEmpty());
        QCOMPARE(b.level, -1);
        QCOMPARE(r.config.debounceSeconds, 1.0);
        QCOMPARE(r.config.maxWaitSeconds, 10.0);
        QCOMPARE(r.config.pollIntervalSeconds, 30.0);
        QCOMPARE(r.config.logLevel, QString("DEBUG"));
        QCOMPARE(r.config.stateFile, QString("/x/state.json"));
    }

    // Every error: its key path and a message naming the bad value where there is one.
    void errors_data()
    {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<QString>("keyPath");
        QTest::addColumn<QString>("messagePart");
        const QByteArray ok = R"("log_dir": "/l", "active_log": "a.log")";
        auto set = [&](const QByteArray &extra) {
            return "{\"log_sets\": [{" + ok + extra + "}]}";
        };
        QTest::newRow("size zero")
            << set(R"(, "rotation": {"max_size_mb": 0})") << "log_sets[0].rotation.max_size_mb"
            << "greater than 0";
        QTest::newRow("size negative")
            << set(R"(, "rotation": {"max_size_mb": -3})") << "log_sets[0].rotation.max_size_mb"
            << "-3";
        QTest::newRow("size string")
            << set(R"(, "rotation": {"max_size_mb": "10"})") << "log_sets[0].rotation.max_size_mb"
            << "a string";
        QTest::newRow("size huge")
            << set(R"(, "rotation": {"max_size_mb": 1e308})") << "log_sets[0].rotation.max_size_mb"
            << "too large";
        QTest::newRow("age zero") << set(R"(, "rotation": {"max_age_days": 0})")
                                  << "log_sets[0].rotation.max_age_days"
                                  << "greater than 0";
        QTest::newRow("strategy") << set(R"(, "rotation": {"strategy": "move"})")
                                  << "log_sets[0].rotation.strategy"
                                  << "\"move\"";
        QTest::newRow("codec") << set(R"(, "archival": {"codec": "lz4"})")
                               << "log_sets[0].archival.codec"
                               << "\"lz4\"";
        QTest::newRow("level range")
            << set(R"(, "archival": {"level": 10})") << "log_sets[0].archival.level"
            << "10";
        QTest::newRow("level fraction")
            << set(R"(, "archival": {"level": 6.5})") << "log_sets[0].archival.level"
            << "whole number";
        QTest::newRow("compress type")
            << set(R"(, "archival": {"compress": "yes"})") << "log_sets[0].archival.compress"
            << "a string";
        QTest::newRow("retention negative") << set(R"(, "archival": {"retention_days": -1})")
                                            << "log_sets[0].archival.retention_days"
                                            << "-1";
        QTest::newRow("max archives")
            << set(R"(, "archival": {"max_archives": -2})") << "log_sets[0].archival.max_archives"
            << "-2";
        QTest::newRow("rotation type") << set(R"(, "rotation": 5)") << "log_sets[0].rotation"
                                       << "an object";
        QTest::newRow("hook type")
            << set(R"(, "hooks": {"post_rotate": 1})") << "log_sets[0].hooks.post_rotate"
            << "a number";
        QTest::newRow("missing log_dir")
            << QByteArray(R"({"log_sets": [{"active_log": "a"}]})") << "log_sets[0].log_dir"
            << "missing";
        QTest::newRow("neither file nor patterns")
            << QByteArray(R"({"log_sets": [{"log_dir": "/l"}]})") << "log_sets[0].active_log"
            << "missing";
        QTest::newRow("both file and patterns")
            << set(R"(, "patterns": ["*.log"])") << "log_sets[0].patterns"
            << "not both";
        QTest::newRow("active_log with slash")
            << QByteArray(R"({"log_sets": [{"log_dir": "/l", "active_log": "x/a.log"}]})")
            << "log_sets[0].active_log"
            << "x/a.log";
        QTest::newRow("empty patterns")
            << QByteArray(R"({"log_sets": [{"log_dir": "/l", "patterns": []}]})")
            << "log_sets[0].patterns"
            << "empty";
        QTest::newRow("pattern type")
            << QByteArray(R"({"log_sets": [{"log_dir": "/l", "patterns": ["*.log", 3]}]})")
            << "log_sets[0].patterns[1]"
            << "a number";
        QTest::newRow("log_sets type") << QByteArray(R"({"log_sets": {}})") << "log_sets"
                                       << "an object";
        QTest::newRow("set type") << QByteArray(R"({"log_sets": ["x"]})") << "log_sets[0]"
                                  << "a string";
        QTest::newRow("duplicate name")
            << QByteArray(R"({"log_sets": [{"name": "x", "log_dir": "/a", "active_log": "a"},
                                          {"name": "x", "log_dir": "/b", "active_log": "b"}]})")
            << "log_sets[1].name"
            << "\"x\"";
        QTest::newRow("same file")
            << QByteArray(R"({"log_sets": [{"log_dir": "/l", "active_log": "a.log"},
                                          {"log_dir": "/l/", "active_log": "a.log"}]})")
            << "log_sets[1].active_log"
            << "log_sets[0]";
        QTest::newRow("file matched by pattern")
            << QByteArray(R"({"log_sets": [{"log_dir": "/l", "patterns": ["*.log"]},
                                          {"log_dir": "/l", "active_log": "a.log"}]})")
            << "log_sets[1].active_log"
            << "log_sets[0]";
        QTest::newRow("overlapping patterns")
            << QByteArray(R"({"log_sets": [{"log_dir": "/l", "patterns": ["app*.log"]},
                                          {"log_dir": "/l", "patterns": ["*.txt", "app*.log"]}]})")
            << "log_sets[1].patterns"
            << "log_sets[0]";
        QTest::newRow("debounce") << QByteArray(R"({"log_sets": [], "debounce_time": 0})")
                                  << "debounce_time"
                                  << "greater than 0";
        QTest::newRow("max_wait") << QByteArray(R"({"log_sets": [], "max_wait": "later"})")
                                  << "max_wait"
                                  << "a string";
        QTest::newRow("poll") << QByteArray(R"({"log_sets": [], "poll_interval": -1})")
                              << "poll_interval"
                              << "-1";
        QTest::newRow("log level")
            << QByteArray(R"({"log_sets": [], "logging": {"log_level": "LOUD"}})")
            << "logging.log_level"
            << "\"LOUD\"";
        QTest::newRow("both formats")
            << QByteArray(R"({"log_dir": "/l", "active_log": "a", "log_sets": []})") << "log_sets"
            << "log_dir";
        QTest::newRow("seed format bad size")
            << QByteArray(R"({"log_dir": "/l", "active_log": "a", "rotation": {"max_size_mb": 0}})")
            << "rotation.max_size_mb"
            << "greater than 0";
    }
    void errors()
    {
        QFETCH(QByteArray, config);
        QFETCH(QString, keyPath);
        QFETCH(QString, messagePart);
        const auto r = ConfigValidator::validate(json(config), "c.json");
        QVERIFY(!r.ok());
        bool found = false;
        for (const ConfigIssue &i : r.issues) {
            if (i.isError() && i.keyPath == keyPath && i.message.contains(messagePart)) {
                found = true;
                QCOMPARE(i.toString(), "c.json: error: " + keyPath + ": " + i.message);
            }
        }
        QVERIFY2(found, qPrintable(render(r.issues).join('\n')));
    }

    void collectsAllProblems()
    {
        const auto r = ConfigValidator::validate(json(R"({"log_sets": [
            {"log_dir": "/a", "active_log": "a", "rotation": {"max_size_mb": 0}},
            {"log_dir": 3, "active_log": "b", "archival": {"codec": "rar"}}
        ], "debounce_time": -1})"));
        int errors = 0;
        for (const ConfigIssue &i : r.issues)
            errors += i.isError();
        QCOMPARE(errors, 4);
    }

    void unknownKeysAreWarnings()
    {
        const auto r = ConfigValidator::validate(json(R"({"colour": 1, "log_sets": [
            {"log_dir": "/a", "active_log": "a", "rotaton": {}, "archival": {"zip": true}}]})"));
        QVERIFY(r.ok());
        QStringList paths;
        for (const ConfigIssue &i : r.issues) {
            QCOMPARE(i.severity, ConfigIssue::Severity::Warning);
            QVERIFY(i.message.contains("unknown key"));
            paths.append(i.keyPath);
        }
        paths.sort();
        QCOMPARE(paths, (QStringList{"colour", "log_sets[0].archival.zip", "log_sets[0].rotaton"}));
    }

    void noSetsIsAWarning()
    {
        const auto r = ConfigValidator::validate(json(R"({"log_sets": []})"));
        QVERIFY(r.ok());
        QCOMPARE(r.issues.size(), 1);
        QVERIFY(r.issues.first().message.contains("no log sets"));
    }

    void pathsResolve()
    {
        const auto r = ConfigValidator::validate(
            json(R"({"log_sets": [{"log_dir": "logs/", "archive_dir": "~/arch", "active_log": "a"}],
                     "state_file": "st/../state.json"})"),
            {}, "/etc/logkeeper");
        QVERIFY(r.ok());
        QCOMPARE(r.config.logSets.first().logDir, QString("/etc/logkeeper/logs"));
        QCOMPARE(r.config.logSets.first().archiveDir, QDir::homePath() + "/arch");
        QCOMPARE(r.config.stateFile, QString("/etc/logkeeper/state.json"));
    }
};

QTEST_GUILESS_MAIN(TestConfigValidator)
#include "tst_configvalidator.moc"
