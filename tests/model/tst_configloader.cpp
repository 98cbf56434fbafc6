#include "compressionbackend.h"
#include "configloader.h"

#include "testutil.h"

#include <QTemporaryDir>
#include <QTest>

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

private slots:
    void syntaxErrorHasLineAndColumn()
    {
        // line 3 lacks the comma: the parser stops in line 4's key, just past its opening quote
        const QByteArray text =
            "{\n  \"log_sets\": [],\n  \"debounce_time\": 5\n  \"max_wait\": 3\n}\n";
        const auto r = ConfigLoader::parse(text, "conf.json");
        QVERIFY(!r.ok());
        const ConfigIssue e = onlyError(r);
        QCOMPARE(e.line, 4);
        QCOMPARE(e.column, 4);
        QVERIFY(e.message.startsWith("JSON syntax error"));
        QVERIFY2(e.toString().startsWith("conf.json:4:4: error: JSON syntax error"),
                 qPrintable(e.toString()));
    }

    void badInputNeverCrashes_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("whitespace") << QByteArray("  \n ");
        QTest::newRow("truncated") << QByteArray("{\"log_sets\": [{\"log_dir\": \"/x\", \"act");
        QTest::newRow("array") << QByteArray("[1, 2]");
        QTest::newRow("scalar") << QByteArray("42");
        QTest::newRow("invalid utf-8") << QByteArray("{\"log_sets\": [], \"x\": \"\xff\xfe\"}");
        QTest::newRow("deep nesting") << (QByteArray(100000, '[') + QByteArray(100000, ']'));
        QByteArray garbage(10 << 20, '\0');
        for (int i = 0; i < garbage.size(); ++i)
            garbage[i] = char((i * 2654435761u) >> 13);
        QTest::newRow("10 MB garbage") << garbage;
        QTest::newRow("17 MB") << QByteArray(17 << 20, ' ');
    }
    void badInputNeverCrashes()
    {
        QFETCH(QByteArray, data);
        const auto r = ConfigLoader::parse(data, "bad.json");
        QVERIFY(!r.ok());
        const ConfigIssue e = onlyError(r);
        QVERIFY(!e.message.isEmpty());
        QCOMPARE(e.file, QString("bad.json"));
    }

    void missingFile()
    {
        QTemporaryDir dir;
        const auto r = ConfigLoader::loadFile(dir.filePath("none.json"));
        QVERIFY(!r.ok());
        QVERIFY2(
            onlyError(r).toString().contains(dir.filePath("none.json") + ": error: cannot read"),
            qPrintable(onlyError(r).toString()));
    }

    void relativePathsResolveAgainstTheFilesFolder()
    {
        QTemporaryDir dir;
        QVERIFY(
            TestUtil::writeFile(dir.filePath("c/config.json"),
                                R"({"log_sets": [{"log_dir": "../logs", "active_log": "a"}]})"));
        const auto r = ConfigLoader::loadFile(dir.filePath("c/config.json"));
        QVERIFY(r.ok());
        QCOMPARE(r.config.logSets.first().logDir, dir.filePath("logs"));
        QVERIFY(r.json.contains("log_sets"));
    }

    void defaultConfigIsValid()
    {
        const auto r = ConfigLoader::parse(ConfigLoader::defaultConfigJson());
        QVERIFY(r.ok());
        QCOMPARE(r.issues.size(), 1); // "no log sets configured"
        QVERIFY(r.issues.first().message.contains("no log sets"));
    }

    void defaultPathFollowsXdg()
    {
        qputenv("XDG_CONFIG_HOME", "/tmp/xdg-test-config");
        QCOMPARE(ConfigLoader::defaultConfigPath(),
                 QString("/tmp/xdg-test-config/logkeeper/config.json"));
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
        QVERIFY(r.ok());
        for (const ConfigIssue &issue : r.issues) // only "level not supported" under KArchive
            QVERIFY2(issue.keyPath.endsWith("archival.level") &&
                         !CompressionBackend::instance().supportsLevel("gzip"),
                     qPrintable(issue.toString()));
    }
};

QTEST_GUILESS_MAIN(TestConfigLoader)
#include "tst_configloader.moc"
