// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "compression/compressionbackend.h"
#include "config/configloader.h"

#include "testutil.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Logkeeper;

class TestConfigLoader : public QObject
{
    Q_OBJECT

    static ConfigIssue onlyError(const ConfigLoader::Result &r)
    {
        for (const ConfigIssue &i : r.issues) {
            if (i.isError())
                return i;
        }
        return {};
    }

    static int errorCount(const ConfigIssues &issues)
    {
        int n = 0;
        for (const ConfigIssue &i : issues)
            n += i.isError();
        return n;
    }

    static QString render(const ConfigIssues &issues)
    {
        QStringList out;
        for (const ConfigIssue &i : issues)
            out.append(i.toString());
        return out.join('\n');
    }

    // Every key of an object tree, as key paths with array indices dropped ("log_sets.name").
    static void collectKeys(const QJsonValue &v, const QString &path, QSet<QString> *keys)
    {
        if (v.isObject()) {
            const QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end(); ++it) {
                const QString p = path.isEmpty() ? it.key() : path + '.' + it.key();
                keys->insert(p);
                collectKeys(it.value(), p, keys);
            }
        } else if (v.isArray()) {
            for (const QJsonValue &e : v.toArray())
                collectKeys(e, path, keys);
        }
    }

private slots:
    void syntaxErrorHasLineAndColumn()
    {
        // line 3 lacks the comma: the parser stops in line 4's key, just past its opening quote
        const QByteArray text =
            "{\n  \"log_sets\": [],\n  \"debounce_time\": 5\n  \"max_wait\": 3\n}\n";
        const auto r = ConfigLoader::parse(text, "conf.json");
        QVERIFY(!r.ok());
        QCOMPARE(r.issues.size(), 1);
        const ConfigIssue e = onlyError(r);
        QCOMPARE(e.line, 4);
        QCOMPARE(e.column, 4);
        QVERIFY(e.keyPath.isEmpty());
        QVERIFY(e.message.startsWith("JSON syntax error: "));
        QCOMPARE(e.toString(), "conf.json:4:4: error: " + e.message);
        QVERIFY(r.json.isEmpty());
        QVERIFY(r.config.logSets.isEmpty());

        // Without a file name the position still leads.
        const auto anonymous = ConfigLoader::parse(text);
        QCOMPARE(onlyError(anonymous).toString(), "4:4: error: " + e.message);
    }

    // Where Qt's parser stops, as 1-based line and column; columns count characters.
    void syntaxErrorPositions_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("first line") << QByteArray("{\"a\" 1}") << 1 << 7 << "separator";
        QTest::newRow("after two-byte characters")
            << QByteArray("{\"\xc3\xbc\xc3\xbc\": [1 2]}") << 1 << 12 << "separator";
        QTest::newRow("CRLF line ends")
            << QByteArray("{\r\n  \"a\": 1,\r\n  \"b\": x\r\n}") << 3 << 8 << "illegal";
        QTest::newRow("trailing comma") << QByteArray("{\"a\": 1,}") << 1 << 10 << "comma";
        QTest::newRow("number out of range")
            << QByteArray("{\n\"a\": 1e400}") << 2 << 11 << "illegal number";
        QTest::newRow("invalid utf-8")
            << QByteArray("{\"log_sets\": [],\n  \"a\": \"x\xff\"}") << 2 << 10 << "UTF";
        QTest::newRow("deep nesting") << QByteArray(10000, '[') << 1 << 1026 << "nested";
    }
    void syntaxErrorPositions()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, messagePart);
        const auto r = ConfigLoader::parse(data, "c.json");
        QCOMPARE(r.issues.size(), 1);
        const ConfigIssue e = r.issues.first();
        QVERIFY(e.isError());
        QVERIFY2(e.message.startsWith("JSON syntax error: ") && e.message.contains(messagePart),
                 qPrintable(e.message));
        QCOMPARE(e.line, line);
        QCOMPARE(e.column, column);
    }

    void badInputNeverCrashes_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("empty") << QByteArray() << "empty";
        QTest::newRow("whitespace") << QByteArray("  \n ") << "empty";
        QTest::newRow("truncated")
            << QByteArray("{\"log_sets\": [{\"log_dir\": \"/x\", \"act") << "JSON syntax error";
        QTest::newRow("array") << QByteArray("[1, 2]") << "must be a JSON object";
        QTest::newRow("scalar") << QByteArray("42") << "must be a JSON object";
        QTest::newRow("string") << QByteArray("\"log_sets\"") << "must be a JSON object";
        QTest::newRow("null") << QByteArray("null") << "must be a JSON object";
        QTest::newRow("invalid utf-8")
            << QByteArray("{\"log_sets\": [], \"x\": \"\xff\xfe\"}") << "JSON syntax error";
        QTest::newRow("invalid utf-8 in a key")
            << QByteArray("{\"log_sets\": [], \"\xc3\x28\": 1}") << "JSON syntax error";
        QTest::newRow("NUL bytes") << QByteArray(64, '\0') << "JSON syntax error";
        QTest::newRow("deep nesting 10000")
            << (QByteArray(10000, '[') + QByteArray(10000, ']')) << "JSON syntax error";
        QTest::newRow("deep nesting 100000")
            << (QByteArray(100000, '[') + QByteArray(100000, ']')) << "JSON syntax error";
        QByteArray objects = "{\"log_sets\": [], \"x\": ";
        for (int i = 0; i < 5000; ++i)
            objects += "{\"a\": [";
        for (int i = 0; i < 5000; ++i)
            objects += "]}";
        objects += '}';
        QTest::newRow("deep objects") << objects << "JSON syntax error";
        QByteArray garbage(10 << 20, '\0');
        for (int i = 0; i < garbage.size(); ++i)
            garbage[i] = char((i * 2654435761u) >> 13);
        QTest::newRow("10 MB garbage") << garbage << "JSON syntax error";
        QTest::newRow("10 MB garbage after a brace") << ('{' + garbage) << "JSON syntax error";
        QTest::newRow("17 MB") << QByteArray(17 << 20, ' ') << "16 MiB";
    }
    void badInputNeverCrashes()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, messagePart);
        const auto r = ConfigLoader::parse(data, "bad.json");
        QVERIFY(!r.ok());
        QCOMPARE(errorCount(r.issues), 1);
        const ConfigIssue e = onlyError(r);
        QVERIFY2(e.message.contains(messagePart), qPrintable(e.toString()));
        QCOMPARE(e.file, QString("bad.json"));
        QVERIFY(e.toString().startsWith("bad.json"));
    }

    void byteOrderMarkIsAccepted()
    {
        const auto r = ConfigLoader::parse(
            "\xef\xbb\xbf{\"log_sets\": [{\"log_dir\": \"/l\", \"active_log\": \"a\"}]}");
        QVERIFY2(r.ok(), qPrintable(render(r.issues)));
        QCOMPARE(r.config.logSets.size(), 1);
    }

    // Validation issues come through with the file name, and the parsed object with them.
    void validationIssuesCarryTheFile()
    {
        const auto r = ConfigLoader::parse(
            R"({"log_sets": [{"log_dir": "/l", "active_log": "a", "colour": 1,
                "rotation": {"max_size_mb": -1}}]})",
            "/etc/logkeeper/config.json");
        QVERIFY(!r.ok());
        QCOMPARE(render(r.issues),
                 QString("/etc/logkeeper/config.json: error: log_sets[0].rotation.max_size_mb: "
                         "must be at least 0, got -1\n"
                         "/etc/logkeeper/config.json: warning: log_sets[0].colour: unknown key, "
                         "ignored"));
        QVERIFY(r.json.value("log_sets").toArray().first().toObject().contains("colour"));
    }

    void missingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("none.json");
        const auto r = ConfigLoader::loadFile(path);
        QVERIFY(!r.ok());
        QCOMPARE(r.issues.size(), 1);
        QCOMPARE(onlyError(r).toString(), path + ": error: cannot read: No such file or directory");
    }

    void folderInsteadOfAFile()
    {
        QTemporaryDir dir;
        const auto r = ConfigLoader::loadFile(dir.path());
        QVERIFY(!r.ok());
        QVERIFY2(onlyError(r).toString().startsWith(dir.path() + ": error: cannot read"),
                 qPrintable(onlyError(r).toString()));
    }

    // A huge file is refused after reading no more than the limit.
    void hugeFileIsRefusedUnread()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("huge.json");
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            if (!f.resize(qint64(8) << 30)) // sparse: takes no space
                QSKIP("no sparse files here");
        }
        QElapsedTimer timer;
        timer.start();
        const auto r = ConfigLoader::loadFile(path);
        QVERIFY(!r.ok());
        QVERIFY2(onlyError(r).toString().startsWith(path + ": error: ") &&
                     onlyError(r).message.contains("16 MiB"),
                 qPrintable(onlyError(r).toString()));
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
    }

    void relativePathsResolveAgainstTheFilesFolder()
    {
        QTemporaryDir dir;
        QVERIFY(TestUtil::writeFile(dir.filePath("c/config.json"), R"({"log_sets": [
            {"log_dir": "../logs", "active_log": "a", "archive_dir": "arch"},
            {"log_dir": "~/x", "active_log": "b"}],
            "state_file": "state.json", "logging": {"log_file": "./lk.log"}})"));
        const auto r = ConfigLoader::loadFile(dir.filePath("c/config.json"));
        QVERIFY2(r.ok(), qPrintable(render(r.issues)));
        QCOMPARE(r.config.logSets[0].logDir, dir.filePath("logs"));
        // archive_dir relative: against the log's folder (logrotate's olddir), not the config's
        QCOMPARE(r.config.logSets[0].archiveDir, dir.filePath("logs/arch"));
        QCOMPARE(r.config.logSets[1].logDir, QDir::homePath() + "/x");
        QCOMPARE(r.config.stateFile, dir.filePath("c/state.json"));
        QCOMPARE(r.config.logFile, dir.filePath("c/lk.log"));
        QVERIFY(r.json.contains("log_sets"));

        // A relative path to the file itself still gives an absolute base folder.
        const QString old = QDir::currentPath();
        QVERIFY(QDir::setCurrent(dir.path()));
        const auto relative = ConfigLoader::loadFile("c/config.json");
        QVERIFY(QDir::setCurrent(old));
        QVERIFY(relative.ok());
        QCOMPARE(relative.config.logSets[0].logDir, dir.filePath("logs"));
    }

    void defaultConfigIsValid()
    {
        const QByteArray json = ConfigLoader::defaultConfigJson();
        const auto r = ConfigLoader::parse(json);
        QVERIFY(r.ok());
        QCOMPARE(r.issues.size(), 1); // "no log sets configured"
        QVERIFY(r.issues.first().message.contains("no log sets configured"));
        QVERIFY(!r.issues.first().isError());
        QVERIFY(!r.config.legacyFormat);
        QVERIFY(r.config.logSets.isEmpty());
        QCOMPARE(r.config.debounceSeconds, 5.0);
        QCOMPARE(r.config.maxWaitSeconds, 30.0);
        QCOMPARE(r.config.pollIntervalSeconds, 60.0);
        QCOMPARE(r.config.logLevel, QString("INFO"));
        QVERIFY(r.json.value("log_sets").isArray());
        QVERIFY(r.json.value("log_sets").toArray().isEmpty());
        QCOMPARE(r.json.value("logging").toObject().value("log_level").toString(), QString("INFO"));
        QVERIFY(json.contains("\n    \"")); // pretty-printed, one key a line
    }

    void defaultPathFollowsXdg()
    {
        const QByteArray old = qgetenv("XDG_CONFIG_HOME");
        qputenv("XDG_CONFIG_HOME", "/tmp/xdg-test-config");
        const QString path = ConfigLoader::defaultConfigPath();
        qputenv("XDG_CONFIG_HOME", old);
        QCOMPARE(path, QString("/tmp/xdg-test-config/logkeeper/config.json"));
    }

    void shippedExamplesAreValid_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("seed") << "seed-config.json";
        QTest::newRow("full") << "config.json";
    }
    void shippedExamplesAreValid()
    {
        QFETCH(QString, file);
        const auto r = ConfigLoader::loadFile(LOGKEEPER_SOURCE_DIR "/packaging/examples/" + file);
        QVERIFY2(r.ok(), qPrintable(render(r.issues)));
        for (const ConfigIssue &issue : r.issues) // only "level not supported" under KArchive
            QVERIFY2(issue.keyPath.endsWith("archival.level") &&
                         !CompressionBackend::instance().supportsLevel(Codec::Gzip),
                     qPrintable(issue.toString()));
    }

    // The seed example is the seed's own config, the full one spells out every key there is.
    void shippedExamplesContent()
    {
        const auto seed =
            ConfigLoader::loadFile(LOGKEEPER_SOURCE_DIR "/packaging/examples/seed-config.json");
        QVERIFY(seed.config.legacyFormat);
        const QJsonObject quoted = QJsonDocument::fromJson(R"({
    "log_dir": "/var/log/myapp/",
    "archive_dir": "/var/log/myapp/archive/",
    "active_log": "app.log",
    "rotation": { "max_size_mb": 10, "max_age_days": 7 },
    "archival": { "compress": true, "retention_days": 30 },
    "logging": { "log_file": "/etc/log_management/log_management.log", "log_level": "INFO" },
    "debounce_time": 5
})")
                                       .object();
        QVERIFY(!quoted.isEmpty());
        QCOMPARE(seed.json, quoted);

        const auto full =
            ConfigLoader::loadFile(LOGKEEPER_SOURCE_DIR "/packaging/examples/config.json");
        QVERIFY(!full.config.legacyFormat);
        QCOMPARE(full.config.logSets.size(), 2);
        QSet<QString> keys;
        collectKeys(full.json, {}, &keys);
        const QStringList every{"log_sets",
                                "log_sets.name",
                                "log_sets.log_dir",
                                "log_sets.archive_dir",
                                "log_sets.active_log",
                                "log_sets.patterns",
                                "log_sets.rotation",
                                "log_sets.rotation.max_size_mb",
                                "log_sets.rotation.max_age_days",
                                "log_sets.rotation.strategy",
                                "log_sets.archival",
                                "log_sets.archival.compress",
                                "log_sets.archival.codec",
                                "log_sets.archival.level",
                                "log_sets.archival.retention_days",
                                "log_sets.archival.max_archives",
                                "log_sets.archival.max_total_mb",
                                "log_sets.hooks",
                                "log_sets.hooks.post_rotate",
                                "debounce_time",
                                "max_wait",
                                "poll_interval",
                                "logging",
                                "logging.log_file",
                                "logging.log_level",
                                "state_file"};
        QCOMPARE(keys, QSet<QString>(every.begin(), every.end()));
    }
};

QTEST_GUILESS_MAIN(TestConfigLoader)
#include "tst_configloader.moc"
