// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "config/configloader.h"
#include "config/logrotateinclude.h"

#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Logkeeper;

// logrotate_include: the sets of the included logrotate configs beside the config's own, read by
// ConfigLoader::loadFile; their problems at FILE:LINE, never fatal to the config's own sets.
class TestLogrotateInclude : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &text)
    {
        const QString path = m_dir.filePath(name);
        return TestUtil::writeFile(path, text) ? path : QString();
    }

    // A config with one set of its own ("own", /logs/app.log in dir) and the include.
    QString writeConfig(const QString &name, const QJsonArray &include,
                        const QString &ownName = QStringLiteral("own"))
    {
        const QJsonObject own{
            {"name", ownName}, {"log_dir", m_dir.filePath("logs")}, {"active_log", "app.log"}};
        return write(name, QJsonDocument(QJsonObject{{"log_sets", QJsonArray{own}},
                                                     {"logrotate_include", include}})
                               .toJson());
    }

    static QStringList names(const Config &config)
    {
        QStringList out;
        for (const LogSetConfig &set : config.logSets)
            out.append(set.name);
        return out;
    }

    static QStringList texts(const ConfigIssues &issues)
    {
        QStringList out;
        for (const ConfigIssue &issue : issues)
            out.append(issue.toString());
        return out;
    }

private slots:
    void includedSetsFollowTheOwnWithSourceAndUniqueNames()
    {
        const QString dropIn = write("d1/web", "/var/log/web/*.log {\n"
                                               "    daily\n"
                                               "    rotate 3\n"
                                               "    create 0640\n"
                                               "}\n"
                                               "/var/log/db.log {\n"
                                               "    weekly\n"
                                               "    rotate 1\n"
                                               "}\n");
        // The config's own set is called "web" too: the included one gives way.
        const QString config =
            writeConfig("c1.json", {m_dir.filePath("d1")}, QStringLiteral("web"));
        const ConfigLoader::Result loaded = ConfigLoader::loadFile(config);
        QVERIFY2(loaded.ok(), qPrintable(texts(loaded.issues).join('\n')));
        QVERIFY2(loaded.includeIssues.isEmpty(),
                 qPrintable(texts(loaded.includeIssues).join('\n')));
        QCOMPARE(names(loaded.config), QStringList({"web", "web-2", "web-3"}));
        QCOMPARE(loaded.includedSets, 2);
        const LogSetConfig &web = loaded.config.logSets.at(1);
        QCOMPARE(web.source, dropIn + ":1");
        QCOMPARE(web.logDir, QString("/var/log/web"));
        QCOMPARE(web.patterns, QStringList{"*.log"});
        QCOMPARE(web.schedule, RotationSchedule::Daily);
        QCOMPARE(web.maxArchives, 3);
        QCOMPARE(web.create.mode, 0640);
        QCOMPARE(web.archiveDir, QString("/var/log/web")); // "." : beside the logs
        QCOMPARE(loaded.config.logSets.at(2).source, dropIn + ":6");
        QCOMPARE(loaded.config.logSets.at(2).schedule, RotationSchedule::Weekly);
        // What to watch: the folder and the file read.
        QVERIFY(loaded.includeInputs.contains(m_dir.filePath("d1")));
        QVERIFY(loaded.includeInputs.contains(dropIn));
    }

    void aDirectiveNotCarriedOverIsAWarningAtItsLine()
    {
        const QString conf = write("warn.conf", "/var/log/w.log {\n"
                                                "    rotate 2\n"
                                                "    shred\n"
                                                "}\n");
        const ConfigLoader::Result loaded = ConfigLoader::loadFile(writeConfig("c2.json", {conf}));
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.includeIssues.size(), 1);
        const ConfigIssue &issue = loaded.includeIssues.first();
        QVERIFY(!issue.isError());
        QCOMPARE(issue.file, conf);
        QCOMPARE(issue.line, 3);
        QVERIFY2(issue.message.startsWith("shred: "), qPrintable(issue.message));
        QCOMPARE(loaded.config.logSets.size(), 2);
    }

    // A broken include takes nothing of the config's own down, and keeps what it can.
    void aBrokenIncludeIsAnErrorAtItsLineAndTheRestStays()
    {
        const QString conf = write("broken.conf", "/var/log/good.log {\n"
                                                  "    rotate 2\n"
                                                  "}\n"
                                                  "/var/log/bad.log {\n"
                                                  "    size 10x\n"
                                                  "}\n");
        const QString missing = m_dir.filePath("nowhere.conf");
        const ConfigLoader::Result loaded =
            ConfigLoader::loadFile(writeConfig("c3.json", {conf, missing}));
        QVERIFY(loaded.ok()); // the config itself is fine
        QCOMPARE(names(loaded.config), QStringList({"own", "broken.conf"}));
        QCOMPARE(loaded.config.logSets.at(1).activeLog, QString("good.log"));
        const QStringList problems = texts(loaded.includeIssues);
        QCOMPARE(problems.size(), 2);
        QVERIFY2(problems.at(0).startsWith(conf + ":5: error: "), qPrintable(problems.at(0)));
        QVERIFY2(problems.at(1).startsWith(missing + ": error: "), qPrintable(problems.at(1)));
        // The missing file is watched for: it may come.
        QVERIFY(loaded.includeInputs.contains(missing));
    }

    // The validator's rules hold for included sets too: one that breaks them is left out alone.
    void anInvalidIncludedSetIsLeftOutNamingItsSource()
    {
        const QString conf = write("owner.conf", "/var/log/a.log {\n"
                                                 "    create 0640 no-such-user-here adm\n"
                                                 "    rotate 1\n"
                                                 "}\n"
                                                 "/var/log/b.log {\n"
                                                 "    rotate 1\n"
                                                 "}\n");
        const ConfigLoader::Result loaded = ConfigLoader::loadFile(writeConfig("c4.json", {conf}));
        QVERIFY(loaded.ok());
        QCOMPARE(names(loaded.config), QStringList({"own", "owner.conf-2"}));
        QCOMPARE(loaded.includeIssues.size(), 1);
        const ConfigIssue &issue = loaded.includeIssues.first();
        QVERIFY(issue.isError());
        QCOMPARE(issue.file, conf);
        QCOMPARE(issue.line, 1);
        QVERIFY2(issue.message.contains("\"owner.conf\"") &&
                     issue.message.contains("rotation.create.owner") &&
                     issue.message.contains("no-such-user-here"),
                 qPrintable(issue.message));
    }

    // Two sets must not rotate one log: the config's own set wins over an included one.
    void anIncludedSetClaimingAnOwnLogIsLeftOut()
    {
        const QString conf = write("clash.conf", "/var/log/other.log {\n"
                                                 "    rotate 1\n"
                                                 "}\n" +
                                                     m_dir.filePath("logs").toUtf8() +
                                                     "/*.log {\n    rotate 1\n}\n");
        const ConfigLoader::Result loaded = ConfigLoader::loadFile(writeConfig("c5.json", {conf}));
        QVERIFY(loaded.ok());
        QCOMPARE(names(loaded.config), QStringList({"own", "clash.conf"}));
        QCOMPARE(loaded.includeIssues.size(), 1);
        const ConfigIssue &issue = loaded.includeIssues.first();
        QVERIFY(issue.isError());
        QCOMPARE(issue.file, conf);
        QCOMPARE(issue.line, 4);
        QVERIFY2(issue.message.contains("\"clash.conf-2\"") && issue.message.contains("app.log"),
                 qPrintable(issue.message));
    }

    void parseAloneReadsNoInclude()
    {
        const QString conf = write("p.conf", "/var/log/p.log {\n}\n");
        const QByteArray json = QJsonDocument(QJsonObject{{"log_sets", QJsonArray{}},
                                                          {"logrotate_include", QJsonArray{conf}}})
                                    .toJson();
        const ConfigLoader::Result parsed = ConfigLoader::parse(json, "x.json", m_dir.path());
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.config.logSets.size(), 0);
        QCOMPARE(parsed.config.logrotateInclude, QStringList{conf});
    }

    void fingerprintChangesWithContentAndFolderListing()
    {
        const QString folder = m_dir.filePath("fp");
        const QString file = write("fp/one", "/var/log/one.log {\n}\n");
        const QStringList inputs{folder, file};
        const QByteArray before = LogrotateInclude::fingerprint(inputs);
        QCOMPARE(LogrotateInclude::fingerprint(inputs), before);
        // Same size, other content.
        QVERIFY(TestUtil::writeFile(file, "/var/log/two.log {\n}\n"));
        const QByteArray edited = LogrotateInclude::fingerprint(inputs);
        QVERIFY(edited != before);
        // A drop-in added to the folder.
        QVERIFY(!write("fp/new", "/var/log/new.log {\n}\n").isEmpty());
        const QByteArray added = LogrotateInclude::fingerprint(inputs);
        QVERIFY(added != edited);
        // A file that goes away.
        QVERIFY(QFile::remove(file));
        QVERIFY(LogrotateInclude::fingerprint(inputs) != added);
    }

    void theSetsAsJsonForTheEditor()
    {
        const QString conf = write("json.conf", "/var/log/j.log {\n    rotate 5\n}\n");
        Config config;
        config.logrotateInclude = {conf};
        const LogrotateInclude::Result result = LogrotateInclude::read(config);
        QCOMPARE(result.sets.size(), 1);
        QCOMPARE(result.json.size(), 1);
        const QJsonObject set = result.json.at(0).toObject();
        QCOMPARE(set.value("name").toString(), QString("json.conf"));
        QCOMPARE(set.value("source").toString(), conf + ":1");
        QCOMPARE(set.value("archival").toObject().value("max_archives").toInt(), 5);
    }
};

QTEST_GUILESS_MAIN(TestLogrotateInclude)
#include "tst_logrotateinclude.moc"
