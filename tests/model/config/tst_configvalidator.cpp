// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "compression/compressionbackend.h"
#include "config/configvalidator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <unistd.h>

using namespace Logkeeper;

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
        QCOMPARE(s.codec, Codec::Gzip);
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
        const bool levels = CompressionBackend::instance().supportsLevel(Codec::Zstd);
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
        QCOMPARE(a.codec, Codec::Zstd);
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
        QTest::newRow("size and age off, no schedule")
            << set(R"(, "rotation": {"max_size_mb": 0, "max_age_days": 0})")
            << "log_sets[0].rotation.max_size_mb"
            << "nothing would ever be rotated";
        QTest::newRow("size negative")
            << set(R"(, "rotation": {"max_size_mb": -3})") << "log_sets[0].rotation.max_size_mb"
            << "-3";
        QTest::newRow("size string")
            << set(R"(, "rotation": {"max_size_mb": "10"})") << "log_sets[0].rotation.max_size_mb"
            << "a string";
        QTest::newRow("size huge")
            << set(R"(, "rotation": {"max_size_mb": 1e308})") << "log_sets[0].rotation.max_size_mb"
            << "too large";
        QTest::newRow("age negative")
            << set(R"(, "rotation": {"max_age_days": -1})") << "log_sets[0].rotation.max_age_days"
            << "at least 0";
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
            << QByteArray(
                   R"({"log_dir": "/l", "active_log": "a", "rotation": {"max_size_mb": -1}})")
            << "rotation.max_size_mb"
            << "at least 0";

        // The keys of issues 12 and 14.
        QTest::newRow("schedule") << set(R"(, "rotation": {"schedule": "fortnightly"})")
                                  << "log_sets[0].rotation.schedule"
                                  << "\"fortnightly\"";
        QTest::newRow("schedule type")
            << set(R"(, "rotation": {"schedule": 7})") << "log_sets[0].rotation.schedule"
            << "a number";
        QTest::newRow("min size negative")
            << set(R"(, "rotation": {"min_size_mb": -1})") << "log_sets[0].rotation.min_size_mb"
            << "-1";
        QTest::newRow("if_empty type")
            << set(R"(, "rotation": {"if_empty": "yes"})") << "log_sets[0].rotation.if_empty"
            << "true or false";
        QTest::newRow("strategy lists copy")
            << set(R"(, "rotation": {"strategy": "move"})") << "log_sets[0].rotation.strategy"
            << "\"copy\"";
        QTest::newRow("create type")
            << set(R"(, "rotation": {"create": "0640"})") << "log_sets[0].rotation.create"
            << "must be false or an object";
        QTest::newRow("create mode number") << set(R"(, "rotation": {"create": {"mode": 640}})")
                                            << "log_sets[0].rotation.create.mode"
                                            << "\"0640\", got 640";
        QTest::newRow("create mode not octal")
            << set(R"(, "rotation": {"create": {"mode": "0980"}})")
            << "log_sets[0].rotation.create.mode"
            << "\"0980\"";
        QTest::newRow("create unknown owner")
            << set(R"(, "rotation": {"create": {"owner": "no-such-user-lk"}})")
            << "log_sets[0].rotation.create.owner"
            << "unknown user \"no-such-user-lk\"";
        QTest::newRow("create unknown group")
            << set(R"(, "rotation": {"create": {"group": "no-such-group-lk"}})")
            << "log_sets[0].rotation.create.group"
            << "unknown group \"no-such-group-lk\"";
        QTest::newRow("create negative owner") << set(R"(, "rotation": {"create": {"owner": -5}})")
                                               << "log_sets[0].rotation.create.owner"
                                               << "-5";
        QTest::newRow("naming") << set(R"(, "rotation": {"naming": "date"})")
                                << "log_sets[0].rotation.naming"
                                << "\"dateext\"";
        QTest::newRow("date_format")
            << set(R"(, "rotation": {"naming": "dateext", "date_format": "-%Y%b"})")
            << "log_sets[0].rotation.date_format"
            << "%b";
        QTest::newRow("date_format without a date")
            << set(R"(, "rotation": {"date_format": "-old"})") << "log_sets[0].rotation.date_format"
            << "no date";
        QTest::newRow("extension with slash")
            << set(R"(, "rotation": {"extension": "/x"})") << "log_sets[0].rotation.extension"
            << "'/'";
        QTest::newRow("delay_compress type") << set(R"(, "archival": {"delay_compress": 1})")
                                             << "log_sets[0].archival.delay_compress"
                                             << "a number";
        QTest::newRow("create_dir type")
            << set(R"(, "archival": {"create_dir": "0750"})") << "log_sets[0].archival.create_dir"
            << "must be false or an object";
        QTest::newRow("create_dir unknown owner")
            << set(R"(, "archival": {"create_dir": {"owner": "no-such-user-lk", "mode": "0750"}})")
            << "log_sets[0].archival.create_dir.owner"
            << "no-such-user-lk";
        QTest::newRow("hook timeout zero")
            << set(R"(, "hooks": {"timeout": 0})") << "log_sets[0].hooks.timeout"
            << "greater than 0";
        QTest::newRow("pre_rotate type")
            << set(R"(, "hooks": {"pre_rotate": false})") << "log_sets[0].hooks.pre_rotate"
            << "a boolean";
        QTest::newRow("shared_scripts type")
            << set(R"(, "hooks": {"shared_scripts": "yes"})") << "log_sets[0].hooks.shared_scripts"
            << "a string";
        QTest::newRow("missing_ok type")
            << set(R"(, "missing_ok": "true")") << "log_sets[0].missing_ok"
            << "a string";
        QTest::newRow("source") << set(R"(, "source": "/etc/logrotate.d/x")")
                                << "log_sets[0].source"
                                << "FILE:LINE";
        QTest::newRow("run_as type") << set(R"(, "run_as": "www-data")") << "log_sets[0].run_as"
                                     << "must be an object";
        QTest::newRow("run_as without user")
            << set(R"(, "run_as": {"group": "root"})") << "log_sets[0].run_as.user"
            << "missing";
        QTest::newRow("run_as unknown user")
            << set(R"(, "run_as": {"user": "no-such-user-lk"})") << "log_sets[0].run_as.user"
            << "unknown user \"no-such-user-lk\"";
        QTest::newRow("run_as unknown group")
            << set(R"(, "run_as": {"user": "root", "group": "no-such-group-lk"})")
            << "log_sets[0].run_as.group"
            << "unknown group";
        QTest::newRow("logrotate_include type")
            << QByteArray(R"({"log_sets": [], "logrotate_include": "/etc/logrotate.conf"})")
            << "logrotate_include"
            << "list of paths";
        QTest::newRow("logrotate_include element")
            << QByteArray(R"({"log_sets": [], "logrotate_include": ["/etc/logrotate.conf", 3]})")
            << "logrotate_include[1]"
            << "a number";
        QTest::newRow("seed format logrotate_include")
            << QByteArray(R"({"log_dir": "/l", "active_log": "a", "logrotate_include": [""]})")
            << "logrotate_include[0]"
            << "non-empty";
        QTest::newRow("seed format unknown owner")
            << QByteArray(R"({"log_dir": "/l", "active_log": "a",
                              "rotation": {"create": {"owner": "no-such-user-lk"}}})")
            << "rotation.create.owner"
            << "no-such-user-lk";
        // Issue 12 item 1: archives of two sets that retention could not tell apart.
        QTest::newRow("archives confused: same folder, same log name")
            << QByteArray(R"({"log_sets": [{"log_dir": "/a", "active_log": "app.log",
                                            "archive_dir": "/arch"},
                                           {"log_dir": "/b", "patterns": ["*.log"],
                                            "archive_dir": "/arch"}]})")
            << "log_sets[1].patterns"
            << "log_sets[0].active_log";
        QTest::newRow("archives confused: globs that can meet")
            << QByteArray(R"({"log_sets": [{"log_dir": "/a", "patterns": ["t*.log"],
                                            "archive_dir": "/arch"},
                                           {"log_dir": "/b", "patterns": ["*t.log"],
                                            "archive_dir": "/arch/"}]})")
            << "log_sets[1].patterns"
            << "log_sets[0].patterns";
        QTest::newRow("archives confused: beside the logs")
            << QByteArray(R"({"log_sets": [{"log_dir": "/l", "patterns": ["t*.log"],
                                            "archive_dir": "."},
                                           {"log_dir": "/l", "patterns": ["*t.log"],
                                            "archive_dir": "/l"}]})")
            << "log_sets[1].patterns"
            << "log_sets[0].patterns";

        // Types: the expected and the actual JSON type.
        QTest::newRow("name type") << QByteArray(R"({"log_sets": [{"name": 1, "log_dir": "/l",
                                                   "active_log": "a"}]})")
                                   << "log_sets[0].name"
                                   << "must be a string, got a number";
        QTest::newRow("name empty") << set(R"(, "name": "")") << "log_sets[0].name"
                                    << "must not be empty";
        QTest::newRow("log_dir type")
            << QByteArray(R"({"log_sets": [{"log_dir": ["/l"], "active_log": "a"}]})")
            << "log_sets[0].log_dir"
            << "must be a string, got an array";
        QTest::newRow("log_dir empty")
            << QByteArray(R"({"log_sets": [{"log_dir": "", "active_log": "a"}]})")
            << "log_sets[0].log_dir"
            << "must not be empty";
        QTest::newRow("log_dir NUL")
            << QByteArray(R"({"log_sets": [{"log_dir": "/l\u0000x", "active_log": "a"}]})")
            << "log_sets[0].log_dir"
            << "NUL";
        QTest::newRow("archive_dir type")
            << set(R"(, "archive_dir": null)") << "log_sets[0].archive_dir"
            << "must be a string, got null";
        QTest::newRow("active_log type")
            << QByteArray(R"({"log_sets": [{"log_dir": "/l", "active_log": true}]})")
            << "log_sets[0].active_log"
            << "must be a string, got a boolean";
        QTest::newRow("active_log empty")
            << QByteArray(R"({"log_sets": [{"log_dir": "/l", "active_log": ""}]})")
            << "log_sets[0].active_log"
            << "must not be empty";
        QTest::newRow("active_log dot-dot")
            << QByteArray(R"({"log_sets": [{"log_dir": "/l", "active_log": ".."}]})")
            << "log_sets[0].active_log"
            << "\"..\"";
        QTest::newRow("patterns type")
            << QByteArray(R"({"log_sets": [{"log_dir": "/l", "patterns": "*.log"}]})")
            << "log_sets[0].patterns"
            << "got a string";
        QTest::newRow("pattern empty")
            << QByteArray(R"({"log_sets": [{"log_dir": "/l", "patterns": ["*.log", ""]}]})")
            << "log_sets[0].patterns[1]"
            << "non-empty";
        QTest::newRow("pattern with slash needs a relative archive_dir")
            << QByteArray(R"({"log_sets": [{"log_dir": "/l", "patterns": ["sub/app.log"]}]})")
            << "log_sets[0].archive_dir"
            << "\"sub/app.log\"";
        QTest::newRow("pattern with slash, absolute archive_dir")
            << QByteArray("{\"log_sets\": [{\"log_dir\": \"/l\", \"patterns\": [\"*/*.log\"],\n"
                          "                                          \"archive_dir\": \"/arch\"}]}")
            << "log_sets[0].archive_dir"
            << "relative archive_dir";
        QTest::newRow("pattern leaving log_dir")
            << QByteArray("{\"log_sets\": [{\"log_dir\": \"/l\", \"patterns\": [\"../*.log\"],\n"
                          "                                          \"archive_dir\": \".\"}]}")
            << "log_sets[0].patterns[0]"
            << "\"../*.log\"";
        QTest::newRow("pattern absolute")
            << QByteArray(
                   "{\"log_sets\": [{\"log_dir\": \"/l\", \"patterns\": [\"/var/log/*.log\"],\n"
                   "                                          \"archive_dir\": \".\"}]}")
            << "log_sets[0].patterns[0]"
            << "no leading '/'";
        QTest::newRow("pattern empty part")
            << QByteArray("{\"log_sets\": [{\"log_dir\": \"/l\", \"patterns\": [\"a//*.log\"],\n"
                          "                                          \"archive_dir\": \".\"}]}")
            << "log_sets[0].patterns[0]"
            << "\"a//*.log\"";
        QTest::newRow("pattern not a glob")
            // (not a raw string: moc trips over the unbalanced '[' in one)
            << QByteArray("{\"log_sets\": [{\"log_dir\": \"/l\", \"patterns\": [\"app[.log\"]}]}")
            << "log_sets[0].patterns[0]"
            << "app[.log";
        QTest::newRow("archival type") << set(R"(, "archival": [])") << "log_sets[0].archival"
                                       << "must be an object, got an array";
        QTest::newRow("hooks type") << set(R"(, "hooks": "true")") << "log_sets[0].hooks"
                                    << "must be an object, got a string";
        QTest::newRow("strategy type")
            << set(R"(, "rotation": {"strategy": 1})") << "log_sets[0].rotation.strategy"
            << "got a number";
        QTest::newRow("codec type")
            << set(R"(, "archival": {"codec": false})") << "log_sets[0].archival.codec"
            << "got a boolean";
        QTest::newRow("level type")
            << set(R"(, "archival": {"level": "9"})") << "log_sets[0].archival.level"
            << "got a string";
        QTest::newRow("level type with a bad codec")
            << set(R"(, "archival": {"codec": "lz4", "level": "9"})")
            << "log_sets[0].archival.level"
            << "got a string";
        QTest::newRow("retention type") << set(R"(, "archival": {"retention_days": "30"})")
                                        << "log_sets[0].archival.retention_days"
                                        << "must be a number, got a string";
        QTest::newRow("max_total_mb type")
            << set(R"(, "archival": {"max_total_mb": {}})") << "log_sets[0].archival.max_total_mb"
            << "got an object";
        QTest::newRow("logging type")
            << QByteArray(R"({"log_sets": [], "logging": "INFO"})") << "logging"
            << "must be an object, got a string";
        QTest::newRow("log_level type")
            << QByteArray(R"({"log_sets": [], "logging": {"log_level": 20}})")
            << "logging.log_level"
            << "got a number";
        QTest::newRow("log_file type")
            << QByteArray(R"({"log_sets": [], "logging": {"log_file": false}})")
            << "logging.log_file"
            << "got a boolean";
        QTest::newRow("state_file type")
            << QByteArray(R"({"log_sets": [], "state_file": 1})") << "state_file"
            << "got a number";
        QTest::newRow("debounce string")
            << QByteArray(R"({"log_sets": [], "debounce_time": "5"})") << "debounce_time"
            << "must be a number, got a string";

        // Ranges, and numbers far out of them.
        QTest::newRow("size 1e308 negative")
            << set(R"(, "rotation": {"max_size_mb": -1e308})") << "log_sets[0].rotation.max_size_mb"
            << "at least 0";
        QTest::newRow("age huge") << set(R"(, "rotation": {"max_age_days": 1e308})")
                                  << "log_sets[0].rotation.max_age_days"
                                  << "too large";
        QTest::newRow("retention huge") << set(R"(, "archival": {"retention_days": 1e308})")
                                        << "log_sets[0].archival.retention_days"
                                        << "too large";
        QTest::newRow("max_total_mb negative")
            << set(R"(, "archival": {"max_total_mb": -0.5})") << "log_sets[0].archival.max_total_mb"
            << "-0.5";
        QTest::newRow("max_total_mb huge") << set(R"(, "archival": {"max_total_mb": 1e308})")
                                           << "log_sets[0].archival.max_total_mb"
                                           << "too large";
        QTest::newRow("max archives fraction")
            << set(R"(, "archival": {"max_archives": 2.5})") << "log_sets[0].archival.max_archives"
            << "whole number";
        QTest::newRow("max archives huge") << set(R"(, "archival": {"max_archives": 1e308})")
                                           << "log_sets[0].archival.max_archives"
                                           << "between 0 and";
        QTest::newRow("level huge")
            << set(R"(, "archival": {"level": 1e308})") << "log_sets[0].archival.level"
            << "between 1 and 9";
        QTest::newRow("level negative huge")
            << set(R"(, "archival": {"level": -1e308})") << "log_sets[0].archival.level"
            << "between 1 and 9";
        QTest::newRow("level gzip 0")
            << set(R"(, "archival": {"level": 0})") << "log_sets[0].archival.level"
            << "between 1 and 9 for gzip, got 0";
        QTest::newRow("level explicit -1")
            << set(R"(, "archival": {"level": -1})") << "log_sets[0].archival.level"
            << "got -1";
        QTest::newRow("level bzip2 0") << set(R"(, "archival": {"codec": "bzip2", "level": 0})")
                                       << "log_sets[0].archival.level"
                                       << "between 1 and 9 for bzip2, got 0";
        QTest::newRow("level xz 10")
            << set(R"(, "archival": {"codec": "xz", "level": 10})") << "log_sets[0].archival.level"
            << "between 0 and 9 for xz, got 10";
        QTest::newRow("level zstd 20") << set(R"(, "archival": {"codec": "zstd", "level": 20})")
                                       << "log_sets[0].archival.level"
                                       << "between 1 and 19 for zstd, got 20";
        QTest::newRow("level zstd 0")
            << set(R"(, "archival": {"codec": "zstd", "level": 0})") << "log_sets[0].archival.level"
            << "got 0";
        QTest::newRow("debounce huge")
            << QByteArray(R"({"log_sets": [], "debounce_time": 1e308})") << "debounce_time"
            << "too large";
        QTest::newRow("max_wait zero")
            << QByteArray(R"({"log_sets": [], "max_wait": 0})") << "max_wait"
            << "greater than 0";
        QTest::newRow("poll huge")
            << QByteArray(R"({"log_sets": [], "poll_interval": 1e100})") << "poll_interval"
            << "too large";

        // Unknown names: the message names the bad value and what would do.
        QTest::newRow("strategy lists the valid ones")
            << set(R"(, "rotation": {"strategy": "Rename"})") << "log_sets[0].rotation.strategy"
            << "\"Rename\" (use one of: \"rename\", \"copytruncate\", \"copy\")";
        QTest::newRow("codec lists the known ones")
            << set(R"(, "archival": {"codec": "gz"})") << "log_sets[0].archival.codec"
            << "\"gz\" (use one of: gzip, bzip2, xz, zstd)";
        QTest::newRow("log level lists the known ones")
            << QByteArray(R"({"log_sets": [], "logging": {"log_level": "warn"}})")
            << "logging.log_level"
            << "\"warn\" (use one of: DEBUG, INFO, WARNING, ERROR, CRITICAL)";

        // Two sets claiming one file: the message names the other set's key.
        QTest::newRow("same file names both keys")
            << QByteArray(R"({"log_sets": [{"log_dir": "/l", "active_log": "a.log"},
                                          {"log_dir": "/l", "active_log": "a.log"}]})")
            << "log_sets[1].active_log"
            << "log_sets[0].active_log in /l: both name \"a.log\"";
        QTest::newRow("pattern matches earlier file")
            << QByteArray(R"({"log_sets": [{"log_dir": "/l", "active_log": "a.log"},
                                          {"log_dir": "/l", "patterns": ["x", "?.log"]}]})")
            << "log_sets[1].patterns"
            << "log_sets[0].active_log in /l: \"a.log\" and \"?.log\" overlap";
        QTest::newRow("identical patterns")
            << QByteArray(R"({"log_sets": [{"log_dir": "/l", "patterns": ["*.log"]},
                                          {"log_dir": "/l", "patterns": ["*.log"]}]})")
            << "log_sets[1].patterns"
            << "log_sets[0].patterns";
        QTest::newRow("same file, folder spelt differently")
            << QByteArray(R"({"log_sets": [{"log_dir": "/l/x/..", "active_log": "a.log"},
                                          {"log_dir": "/l/./", "active_log": "a.log"}]})")
            << "log_sets[1].active_log"
            << "log_sets[0].active_log";
        QTest::newRow("third set clashes with the first")
            << QByteArray(R"({"log_sets": [{"log_dir": "/l", "active_log": "a.log"},
                                          {"log_dir": "/m", "active_log": "a.log"},
                                          {"log_dir": "/l", "patterns": ["a.*"]}]})")
            << "log_sets[2].patterns"
            << "log_sets[0].active_log";
        QTest::newRow("duplicate name names both")
            << QByteArray(R"({"log_sets": [{"name": "x", "log_dir": "/a", "active_log": "a"},
                                          {"name": "x", "log_dir": "/b", "active_log": "b"}]})")
            << "log_sets[1].name"
            << "\"x\" is already the name of log_sets[0].name";
        QTest::newRow("default name taken")
            << QByteArray(R"({"log_sets": [{"log_dir": "/a", "active_log": "a"},
                                          {"name": "set1", "log_dir": "/b", "active_log": "b"}]})")
            << "log_sets[1].name"
            << "\"set1\"";

        // The single-set format.
        QTest::newRow("seed format missing log_dir")
            << QByteArray(R"({"logdir": "/l", "active_log": "a.log"})") << "log_dir"
            << "missing (required)";
        QTest::newRow("seed format without a file")
            << QByteArray(R"({"log_dir": "/l"})") << "active_log"
            << "missing";
        QTest::newRow("seed format bad codec")
            << QByteArray(R"({"log_dir": "/l", "active_log": "a", "archival": {"codec": "rar"}})")
            << "archival.codec"
            << "\"rar\"";
        QTest::newRow("both formats, message names both keys")
            << QByteArray(R"({"log_dir": "/l", "active_log": "a", "log_sets": []})") << "log_sets"
            << "log_dir at the top level (the single-set format) and log_sets";
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
            {"log_dir": "/a", "active_log": "a", "rotation": {"max_size_mb": -1}},
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

    // run_as of another user works for root only: validated by anyone else, it is a warning
    // naming the key (tst_runas checks it from an unprivileged process too).
    void runAsOfAnotherUserIsAWarningUnlessRoot()
    {
        const bool root = ::geteuid() == 0;
        const QString other = root ? "nobody" : "root";
        const auto r = ConfigValidator::validate(json(QString(R"({"log_sets": [{"log_dir": "/a",
            "active_log": "a", "run_as": {"user": "%1"}}]})")
                                                          .arg(other)
                                                          .toUtf8()));
        QVERIFY(r.ok());
        if (root) {
            QVERIFY(r.issues.isEmpty());
            return;
        }
        QCOMPARE(r.issues.size(), 1);
        QCOMPARE(r.issues.first().severity, ConfigIssue::Severity::Warning);
        QCOMPARE(r.issues.first().keyPath, QString("log_sets[0].run_as"));
        QVERIFY2(r.issues.first().message.contains("only root can rotate as another user"),
                 qPrintable(r.issues.first().message));
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

    // The seed's example exactly as the task quotes it, one-line objects and all.
    void seedFormatAsQuoted()
    {
        const auto r = ConfigValidator::validate(json(R"({
    "log_dir": "/var/log/myapp/",
    "archive_dir": "/var/log/myapp/archive/",
    "active_log": "app.log",
    "rotation": { "max_size_mb": 10, "max_age_days": 7 },
    "archival": { "compress": true, "retention_days": 30 },
    "logging": { "log_file": "/etc/log_management/log_management.log", "log_level": "INFO" },
    "debounce_time": 5
})"));
        QVERIFY2(r.issues.isEmpty(), qPrintable(render(r.issues).join('\n')));
        QVERIFY(r.config.legacyFormat);
        QCOMPARE(r.config.logSets.size(), 1);
        const LogSetConfig &s = r.config.logSets.first();
        QCOMPARE(s.name, QString("default"));
        QCOMPARE(s.logDir, QString("/var/log/myapp"));
        QCOMPARE(s.archiveDir, QString("/var/log/myapp/archive"));
        QCOMPARE(s.activeLog, QString("app.log"));
        QVERIFY(s.patterns.isEmpty());
        QCOMPARE(s.maxSizeMb, 10.0);
        QCOMPARE(s.maxSizeBytes(), qint64(10 * 1024 * 1024));
        QCOMPARE(s.maxAgeDays, 7.0);
        QVERIFY(s.compress);
        QCOMPARE(s.retentionDays, 30.0);
        QCOMPARE(r.config.logFile, QString("/etc/log_management/log_management.log"));
        QCOMPARE(r.config.logLevel, QString("INFO"));
        QCOMPARE(r.config.debounceSeconds, 5.0);
    }

    // The single-set format is the same set object: the full format's set keys work at the top.
    void seedFormatTakesEverySetKey()
    {
        const auto r = ConfigValidator::validate(json(R"({
            "name": "web", "log_dir": "/srv/web/logs", "patterns": ["*.log", "access-*"],
            "rotation": {"max_size_mb": 2.5, "max_age_days": 0.5, "strategy": "copytruncate"},
            "archival": {"compress": true, "codec": "xz", "level": 0, "retention_days": 0,
                         "max_archives": 12, "max_total_mb": 100},
            "hooks": {"post_rotate": "nginx -s reopen"},
            "max_wait": 20, "poll_interval": 15, "state_file": "/var/lib/lk/state.json"
        })"));
        QVERIFY2(r.ok(), qPrintable(render(r.issues).join('\n')));
        QVERIFY(r.config.legacyFormat);
        QCOMPARE(r.config.logSets.size(), 1);
        const LogSetConfig &s = r.config.logSets.first();
        QCOMPARE(s.name, QString("web"));
        QCOMPARE(s.archiveDir, QString("/srv/web/logs/archive"));
        QVERIFY(s.activeLog.isEmpty());
        QCOMPARE(s.patterns, (QStringList{"*.log", "access-*"}));
        QCOMPARE(s.maxSizeMb, 2.5);
        QCOMPARE(s.maxAgeDays, 0.5);
        QCOMPARE(s.strategy, RotationStrategy::CopyTruncate);
        QCOMPARE(s.codec, Codec::Xz);
        if (CompressionBackend::instance().supportsLevel(Codec::Xz))
            QCOMPARE(s.level, 0);
        QCOMPARE(s.retentionDays, 0.0);
        QCOMPARE(s.maxArchives, 12);
        QCOMPARE(s.maxTotalMb, 100.0);
        QCOMPARE(s.postRotateHook, QString("nginx -s reopen"));
        QCOMPARE(r.config.maxWaitSeconds, 20.0);
        QCOMPARE(r.config.pollIntervalSeconds, 15.0);
        QCOMPARE(r.config.stateFile, QString("/var/lib/lk/state.json"));
    }

    void defaults()
    {
        const auto r = ConfigValidator::validate(
            json(R"({"log_sets": [{"log_dir": "/l", "active_log": "a.log"}]})"));
        QVERIFY2(r.issues.isEmpty(), qPrintable(render(r.issues).join('\n')));
        QVERIFY(!r.config.legacyFormat);
        const LogSetConfig &s = r.config.logSets.first();
        QCOMPARE(s.name, QString("set1"));
        QCOMPARE(s.logDir, QString("/l"));
        QCOMPARE(s.archiveDir, QString("/l/archive"));
        QCOMPARE(s.maxSizeMb, 10.0);
        QCOMPARE(s.maxAgeDays, 7.0);
        QCOMPARE(s.strategy, RotationStrategy::Rename);
        QVERIFY(s.compress);
        QCOMPARE(s.codec, Codec::Gzip);
        QCOMPARE(s.level, -1);
        QCOMPARE(s.retentionDays, 30.0);
        QCOMPARE(s.maxArchives, 0);
        QCOMPARE(s.maxTotalMb, 0.0);
        QVERIFY(s.postRotateHook.isEmpty());
        QCOMPARE(r.config.debounceSeconds, 5.0);
        QCOMPARE(r.config.maxWaitSeconds, 30.0);
        QCOMPARE(r.config.pollIntervalSeconds, 60.0);
        QVERIFY(r.config.logFile.isEmpty());
        QCOMPARE(r.config.logLevel, QString("INFO"));
        QVERIFY(r.config.stateFile.isEmpty());

        // An empty object is a config with nothing to do, not an error.
        const auto empty = ConfigValidator::validate(QJsonObject());
        QVERIFY(empty.ok());
        QVERIFY(!empty.config.legacyFormat);
        QVERIFY(empty.config.logSets.isEmpty());
        QCOMPARE(empty.issues.size(), 1);
        QCOMPARE(empty.issues.first().keyPath, QString("log_sets"));
    }

    void exactMessages()
    {
        const auto r = ConfigValidator::validate(json(R"({"log_sets": [{"active_log": "a"}]})"),
                                                 "config.json");
        QCOMPARE(render(r.issues),
                 QStringList{"config.json: error: log_sets[0].log_dir: missing (required)"});
    }

    void limitsAndEdgeValues()
    {
        const auto r = ConfigValidator::validate(json(R"({"log_sets": [
            {"log_dir": "/a", "active_log": "a", "rotation": {"max_size_mb": 1e9,
             "max_age_days": 1e-3}, "archival": {"level": 9, "retention_days": 0,
             "max_archives": 0, "max_total_mb": 0}},
            {"log_dir": "/b", "active_log": "b", "archival": {"codec": "bzip2", "level": 1}},
            {"log_dir": "/c", "active_log": "c", "archival": {"codec": "zstd", "level": 19.0}}
        ], "debounce_time": 0.25, "logging": {"log_level": "critical"}})"));
        QVERIFY2(r.ok(), qPrintable(render(r.issues).join('\n')));
        QCOMPARE(r.config.logSets[0].maxSizeMb, 1e9);
        QCOMPARE(r.config.logSets[0].maxSizeBytes(), qint64(1e9 * 1024 * 1024));
        QCOMPARE(r.config.logSets[0].maxAgeDays, 1e-3);
        QCOMPARE(r.config.debounceSeconds, 0.25);
        QCOMPARE(r.config.logLevel, QString("CRITICAL"));
        if (CompressionBackend::instance().supportsLevel(Codec::Zstd))
            QCOMPARE(r.config.logSets[2].level, 19);
    }

    void setsThatDoNotClash()
    {
        const auto r = ConfigValidator::validate(json(R"({"log_sets": [
            {"log_dir": "/l", "active_log": "a.log"},
            {"log_dir": "/l", "active_log": "b.log"},
            {"log_dir": "/l", "patterns": ["*.txt", "c?.out"]},
            {"log_dir": "/m", "active_log": "a.log"},
            {"log_dir": "/m", "patterns": ["*.txt"]},
            {"log_dir": "/l/sub", "patterns": ["*.log"], "archive_dir": "/l"}
        ]})"));
        QVERIFY2(r.issues.isEmpty(), qPrintable(render(r.issues).join('\n')));
        QCOMPARE(r.config.logSets.size(), 6);
        QCOMPARE(r.config.logSets[5].name, QString("set6"));
    }

    void archiveDirMayBeTheLogDir()
    {
        const auto r = ConfigValidator::validate(
            json(R"({"log_sets": [{"log_dir": "/l", "archive_dir": "/l/", "active_log": "a"}]})"));
        QVERIFY2(r.issues.isEmpty(), qPrintable(render(r.issues).join('\n')));
        QCOMPARE(r.config.logSets.first().archiveDir, QString("/l"));
    }

    void maxWaitShorterThanDebounceIsAWarning()
    {
        const auto r = ConfigValidator::validate(
            json(R"({"log_sets": [], "debounce_time": 10, "max_wait": 4})"));
        QVERIFY(r.ok());
        QCOMPARE(r.config.maxWaitSeconds, 4.0); // kept as given
        QCOMPARE(r.config.debounceSeconds, 10.0);
        bool warned = false;
        for (const ConfigIssue &i : r.issues)
            warned = warned || (i.keyPath == "max_wait" && !i.isError());
        QVERIFY2(warned, qPrintable(render(r.issues).join('\n')));

        // An invalid max_wait is an error, and no warning about the default it fell back to.
        const auto bad = ConfigValidator::validate(
            json(R"({"log_sets": [], "debounce_time": 60, "max_wait": -1})"));
        QStringList maxWaitIssues;
        for (const ConfigIssue &i : bad.issues) {
            if (i.keyPath == "max_wait")
                maxWaitIssues.append(i.toString());
        }
        QCOMPARE(maxWaitIssues.size(), 1);
        QVERIFY(maxWaitIssues.first().contains("error"));

        // A long debounce with max_wait left out needs no warning either.
        const auto longDebounce =
            ConfigValidator::validate(json(R"({"log_sets": [], "debounce_time": 60})"));
        QCOMPARE(longDebounce.issues.size(), 1); // only "no log sets"
    }

    void unknownKeysEverywhere()
    {
        const auto full = ConfigValidator::validate(json(R"({"log_sets": [
            {"log_dir": "/a", "active_log": "a", "hooks": {"pre_rotation": "x"},
             "rotation": {"max_lines": 5}}],
            "logging": {"format": "json"}})"));
        QVERIFY(full.ok());
        QStringList paths;
        for (const ConfigIssue &i : full.issues) {
            QVERIFY(!i.isError());
            QCOMPARE(i.message, QString("unknown key, ignored"));
            paths.append(i.keyPath);
        }
        paths.sort();
        QCOMPARE(paths, (QStringList{"log_sets[0].hooks.pre_rotation",
                                     "log_sets[0].rotation.max_lines", "logging.format"}));

        const auto seed = ConfigValidator::validate(
            json(R"({"log_dir": "/a", "active_log": "a", "compresion": true,
                     "archival": {"keep": 3}})"),
            "seed.json");
        QVERIFY(seed.ok());
        QStringList seedIssues = render(seed.issues);
        seedIssues.sort();
        QCOMPARE(seedIssues, (QStringList{"seed.json: warning: archival.keep: unknown key, ignored",
                                          "seed.json: warning: compresion: unknown key, ignored"}));
    }

    void manySetsStayFast()
    {
        // Overlap checks are pairwise within a folder: thousands of sets must still be quick.
        QJsonArray sets;
        for (int i = 0; i < 1000; ++i) {
            sets.append(QJsonObject{{"log_dir", "/l"},
                                    {"patterns", QJsonArray{QString("app%1-*.log").arg(i)}}});
        }
        QElapsedTimer timer;
        timer.start();
        const auto r = ConfigValidator::validate(QJsonObject{{"log_sets", sets}});
        QVERIFY2(r.ok(), qPrintable(render(r.issues).mid(0, 5).join('\n')));
        QCOMPARE(r.config.logSets.size(), 1000);
        QVERIFY2(timer.elapsed() < 30000, qPrintable(QString::number(timer.elapsed())));
    }

    void tildeAndRelativePaths()
    {
        const QByteArray oldHome = qgetenv("HOME");
        qputenv("HOME", "/home/tester");
        const auto r = ConfigValidator::validate(json(R"({"log_sets": [
                {"log_dir": "~", "active_log": "a"},
                {"log_dir": "~/logs/./x/../", "archive_dir": "old", "active_log": "b"},
                {"log_dir": "~other/logs", "active_log": "c"},
                {"log_dir": "/abs/./logs/", "active_log": "d"}],
                "logging": {"log_file": "~/lk.log"}, "state_file": "../state.json"})"),
                                                 {}, "/etc/logkeeper");
        qputenv("HOME", oldHome);
        QVERIFY2(r.ok(), qPrintable(render(r.issues).join('\n')));
        QCOMPARE(r.config.logSets[0].logDir, QString("/home/tester"));
        QCOMPARE(r.config.logSets[0].archiveDir, QString("/home/tester/archive"));
        QCOMPARE(r.config.logSets[1].logDir, QString("/home/tester/logs"));
        // a relative archive_dir belongs to the log's folder, not the config's
        QCOMPARE(r.config.logSets[1].archiveDir, QString("/home/tester/logs/old"));
        QCOMPARE(r.config.logSets[1].archiveDirRelative, QString("old"));
        QCOMPARE(r.config.logSets[2].logDir, QString("/etc/logkeeper/~other/logs")); // not ~user
        QCOMPARE(r.config.logSets[3].logDir, QString("/abs/logs"));
        QCOMPARE(r.config.logFile, QString("/home/tester/lk.log"));
        QCOMPARE(r.config.stateFile, QString("/etc/state.json"));

        // Without a base folder relative paths stay as given, cleaned.
        const auto noBase = ConfigValidator::validate(
            json(R"({"log_sets": [{"log_dir": "logs/./", "active_log": "a"}]})"));
        QVERIFY(noBase.ok());
        QCOMPARE(noBase.config.logSets[0].logDir, QString("logs"));
        QCOMPARE(noBase.config.logSets[0].archiveDir, QString("logs/archive"));
    }

    // Every key of issues 12 and 14 (schema.md), read into the set.
    void newKeysEveryKey()
    {
        const auto r = ConfigValidator::validate(
            json("{\n"
                 "            \"log_sets\": [\n"
                 "                {\"name\": \"web\", \"log_dir\": \"/srv/www/logs\", "
                 "\"patterns\": [\"*/*.log\", \"*.log\"],\n"
                 "                 \"archive_dir\": \"old\", \"missing_ok\": true, \"source\": "
                 "\"/etc/logrotate.d/web:3\",\n"
                 "                 \"run_as\": {\"user\": \"root\", \"group\": \"root\"},\n"
                 "                 \"rotation\": {\"max_size_mb\": 0, \"max_age_days\": 0, "
                 "\"schedule\": \"weekly\",\n"
                 "                              \"min_size_mb\": 1.5, \"if_empty\": true, "
                 "\"strategy\": \"copy\",\n"
                 "                              \"create\": {\"mode\": \"0640\", \"owner\": "
                 "\"nobody\", \"group\": 0},\n"
                 "                              \"naming\": \"dateext\", \"date_format\": "
                 "\"-%Y%m%d-%s\",\n"
                 "                              \"extension\": \".log\"},\n"
                 "                 \"archival\": {\"delay_compress\": true, \"max_archives\": 4, "
                 "\"max_total_mb\": 0,\n"
                 "                              \"retention_days\": 0,\n"
                 "                              \"create_dir\": {\"mode\": \"750\", \"owner\": "
                 "\"0\", \"group\": \"root\"}},\n"
                 "                 \"hooks\": {\"pre_rotate\": \"a\", \"post_rotate\": \"b\", "
                 "\"first_action\": \"c\",\n"
                 "                           \"last_action\": \"d\", \"shared_scripts\": true, "
                 "\"timeout\": 2.5}},\n"
                 "                {\"log_dir\": \"/l\", \"active_log\": \"x.log\",\n"
                 "                 \"rotation\": {\"create\": false, \"naming\": \"numbered\", "
                 "\"schedule\": \"none\"},\n"
                 "                 \"archival\": {\"create_dir\": false}, \"run_as\": {\"user\": "
                 "0}}\n"
                 "            ],\n"
                 "            \"logrotate_include\": [\"/etc/logrotate.conf\", \"drop-ins/\", "
                 "\"~/lr.conf\"]\n"
                 "        }"),
            {}, "/etc/logkeeper");
        QVERIFY2(r.issues.isEmpty(), qPrintable(render(r.issues).join('\n')));
        const LogSetConfig &w = r.config.logSets[0];
        QVERIFY(w.missingOk);
        QCOMPARE(w.source, QString("/etc/logrotate.d/web:3"));
        QCOMPARE(w.runAs.user, QString("root"));
        QCOMPARE(w.runAs.uid, 0);
        QCOMPARE(w.runAs.gid, 0);
        QCOMPARE(w.patterns, (QStringList{"*/*.log", "*.log"}));
        QVERIFY(w.spansFolders());
        QCOMPARE(w.archiveDirRelative, QString("old"));
        QCOMPARE(w.archiveDirFor("/srv/www/logs/site"), QString("/srv/www/logs/site/old"));
        QCOMPARE(w.maxSizeMb, 0.0);
        QCOMPARE(w.maxAgeDays, 0.0);
        QCOMPARE(w.schedule, RotationSchedule::Weekly);
        QCOMPARE(w.minSizeMb, 1.5);
        QCOMPARE(w.minSizeBytes(), qint64(1.5 * 1024 * 1024));
        QVERIFY(w.ifEmpty);
        QCOMPARE(w.strategy, RotationStrategy::Copy);
        QVERIFY(w.create.enabled);
        QCOMPARE(w.create.mode, 0640);
        QCOMPARE(w.create.owner, QString("nobody"));
        QCOMPARE(w.create.uid, 65534);
        QCOMPARE(w.create.group, QString("0"));
        QCOMPARE(w.create.gid, 0);
        QCOMPARE(w.naming.kind, ArchiveNaming::Kind::DateExt);
        QCOMPARE(w.naming.dateFormat, QString("-%Y%m%d-%s"));
        QCOMPARE(w.naming.extension, QString(".log"));
        QVERIFY(w.delayCompress);
        QCOMPARE(w.maxArchives, 4);
        QVERIFY(w.createDir.enabled);
        QCOMPARE(w.createDir.mode, 0750);
        QCOMPARE(w.createDir.uid, 0);
        QCOMPARE(w.createDir.gid, 0);
        QCOMPARE(w.preRotateHook, QString("a"));
        QCOMPARE(w.postRotateHook, QString("b"));
        QCOMPARE(w.firstActionHook, QString("c"));
        QCOMPARE(w.lastActionHook, QString("d"));
        QVERIFY(w.sharedScripts);
        QCOMPARE(w.hookTimeoutSeconds, 2.5);
        const LogSetConfig &x = r.config.logSets[1];
        QVERIFY(!x.create.enabled);
        QVERIFY(!x.createDir.enabled);
        QCOMPARE(x.naming.kind, ArchiveNaming::Kind::Numbered);
        QCOMPARE(x.schedule, RotationSchedule::None);
        QCOMPARE(x.runAs.uid, 0);
        QCOMPARE(x.runAs.gid, 0); // root's primary group
        QCOMPARE(r.config.logrotateInclude,
                 (QStringList{"/etc/logrotate.conf", "/etc/logkeeper/drop-ins",
                              QDir::homePath() + "/lr.conf"}));
    }

    // The new keys' defaults: what the seed script did.
    void newKeysDefaults()
    {
        const auto r = ConfigValidator::validate(
            json(R"({"log_sets": [{"log_dir": "/l", "active_log": "a.log"}]})"));
        QVERIFY(r.issues.isEmpty());
        const LogSetConfig &s = r.config.logSets.first();
        QVERIFY(!s.missingOk);
        QVERIFY(s.source.isEmpty());
        QVERIFY(s.runAs.user.isEmpty());
        QCOMPARE(s.schedule, RotationSchedule::None);
        QCOMPARE(s.minSizeMb, 0.0);
        QVERIFY(!s.ifEmpty);
        QVERIFY(s.create.enabled);
        QCOMPARE(s.create.mode, -1);
        QCOMPARE(s.create.uid, -1);
        QCOMPARE(s.create.gid, -1);
        QCOMPARE(s.naming.kind, ArchiveNaming::Kind::Timestamp);
        QCOMPARE(s.naming.dateFormat, QString("-%Y%m%d"));
        QVERIFY(s.naming.extension.isEmpty());
        QVERIFY(!s.delayCompress);
        QVERIFY(s.createDir.enabled);
        QCOMPARE(s.createDir.mode, -1);
        QVERIFY(s.archiveDirRelative.isEmpty());
        QVERIFY(!s.spansFolders());
        QVERIFY(s.preRotateHook.isEmpty() && s.firstActionHook.isEmpty() &&
                s.lastActionHook.isEmpty());
        QVERIFY(!s.sharedScripts);
        QCOMPARE(s.hookTimeoutSeconds, 60.0);
        QVERIFY(r.config.logrotateInclude.isEmpty());
    }

    // Either trigger can be off (0), as long as something can still fire.
    void triggersCanBeSwitchedOff()
    {
        for (const char *rotation :
             {R"({"max_size_mb": 0})", R"({"max_age_days": 0})",
              R"({"max_size_mb": 0, "max_age_days": 0, "schedule": "daily"})"}) {
            const auto r = ConfigValidator::validate(
                json(QByteArray("{\"log_sets\": [{\"log_dir\": \"/l\", \"active_log\": \"a\", "
                                "\"rotation\": ") +
                     rotation + "}]}"));
            QVERIFY2(r.issues.isEmpty(), qPrintable(render(r.issues).join('\n')));
        }
        // The seed format: all three off is an error there too, at its key path.
        const auto seed = ConfigValidator::validate(json(R"({"log_dir": "/l", "active_log": "a",
            "rotation": {"max_size_mb": 0, "max_age_days": 0, "schedule": "none"}})"),
                                                    "seed.json");
        QCOMPARE(
            render(seed.issues),
            QStringList{
                "seed.json: error: rotation.max_size_mb: max_size_mb and max_age_days are both 0 "
                "and there is no schedule: nothing would ever be rotated (switch one "
                "of them on)"});
    }

    // archive_dir relative: against each log's folder (logrotate's olddir); "." beside the log.
    void relativeArchiveDirs()
    {
        const auto r =
            ConfigValidator::validate(json("{\"log_sets\": [\n"
                                           "            {\"log_dir\": \"/l/a\", \"active_log\": "
                                           "\"a\", \"archive_dir\": \".\"},\n"
                                           "            {\"log_dir\": \"/l/b\", \"active_log\": "
                                           "\"b\", \"archive_dir\": \"old/\"},\n"
                                           "            {\"log_dir\": \"/l/c\", \"active_log\": "
                                           "\"c\", \"archive_dir\": \"../arch-c\"},\n"
                                           "            {\"log_dir\": \"/l/d\", \"patterns\": "
                                           "[\"*/*.log\"], \"archive_dir\": \".\"}\n"
                                           "        ]}"),
                                      {}, "/etc/logkeeper");
        QVERIFY2(r.issues.isEmpty(), qPrintable(render(r.issues).join('\n')));
        QCOMPARE(r.config.logSets[0].archiveDir, QString("/l/a"));
        QCOMPARE(r.config.logSets[0].archiveDirRelative, QString("."));
        QCOMPARE(r.config.logSets[1].archiveDir, QString("/l/b/old"));
        QCOMPARE(r.config.logSets[2].archiveDir, QString("/l/arch-c"));
        QCOMPARE(r.config.logSets[3].archiveDirFor("/l/d/nginx"), QString("/l/d/nginx"));
        QCOMPARE(r.config.logSets[1].archiveDirFor("/l/b/x"), QString("/l/b/x/old"));
    }

    // Sets sharing an archive folder are fine while their logs' names cannot meet.
    void sharedArchiveFolderWithoutConfusion()
    {
        const auto r = ConfigValidator::validate(json(R"({"log_sets": [
            {"log_dir": "/a", "active_log": "app.log", "archive_dir": "/arch"},
            {"log_dir": "/b", "patterns": ["*.txt", "db-[0-9].log"], "archive_dir": "/arch"},
            {"log_dir": "/c", "patterns": ["web?.out"], "archive_dir": "/arch"},
            {"log_dir": "/d", "active_log": "app.log", "archive_dir": "/arch2"}
        ]})"));
        QVERIFY2(r.issues.isEmpty(), qPrintable(render(r.issues).join('\n')));
        // "db-[0-9].log" meets "db-7.log" but not "db-x.log"
        const auto meets = ConfigValidator::validate(json(R"({"log_sets": [
            {"log_dir": "/a", "patterns": ["db-[0-9].log"], "archive_dir": "/arch"},
            {"log_dir": "/b", "active_log": "db-7.log", "archive_dir": "/arch"},
            {"log_dir": "/c", "active_log": "db-x.log", "archive_dir": "/arch"}]})"));
        QStringList errors;
        for (const ConfigIssue &i : meets.issues)
            errors.append(i.keyPath + ": " + i.message);
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().startsWith("log_sets[1].active_log: ") &&
                     errors.first().contains("log_sets[0].patterns"),
                 qPrintable(errors.first()));
    }

    // Owners and groups by name or number; a number need not exist (as with chown).
    void ownersByNameOrNumber()
    {
        const auto r = ConfigValidator::validate(json(R"({"log_sets": [
            {"log_dir": "/a", "active_log": "a",
             "rotation": {"create": {"owner": "root", "group": "nogroup"}}},
            {"log_dir": "/b", "active_log": "b",
             "rotation": {"create": {"owner": 123456, "group": "654321"}}}]})"));
        QVERIFY2(r.issues.isEmpty(), qPrintable(render(r.issues).join('\n')));
        QCOMPARE(r.config.logSets[0].create.uid, 0);
        QCOMPARE(r.config.logSets[0].create.gid, 65534);
        QCOMPARE(r.config.logSets[1].create.uid, 123456);
        QCOMPARE(r.config.logSets[1].create.gid, 654321);
    }

    void toStringForms()
    {
        ConfigIssue syntax{
            ConfigIssue::Severity::Error, {}, "JSON syntax error: x", "c.json", 3, 14};
        QCOMPARE(syntax.toString(), QString("c.json:3:14: error: JSON syntax error: x"));
        syntax.file.clear();
        QCOMPARE(syntax.toString(), QString("3:14: error: JSON syntax error: x"));
        syntax.column = 0;
        QCOMPARE(syntax.toString(), QString("3: error: JSON syntax error: x"));
        syntax.line = 0;
        QCOMPARE(syntax.toString(), QString("error: JSON syntax error: x"));
        ConfigIssue key{ConfigIssue::Severity::Warning,
                        "log_sets[0].x",
                        "unknown key, ignored",
                        "c.json",
                        0,
                        0};
        QCOMPARE(key.toString(), QString("c.json: warning: log_sets[0].x: unknown key, ignored"));
        key.file.clear();
        QCOMPARE(key.toString(), QString("warning: log_sets[0].x: unknown key, ignored"));
    }
};

QTEST_GUILESS_MAIN(TestConfigValidator)
#include "tst_configvalidator.moc"
