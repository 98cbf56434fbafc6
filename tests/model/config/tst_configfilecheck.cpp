// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "config/configfilecheck.h"
#include "config/configvalidator.h"

#include "testutil.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Logkeeper;

namespace {
Config config(const QByteArray &text)
{
    const auto r = ConfigValidator::validate(QJsonDocument::fromJson(text).object());
    if (!r.ok())
        qFatal("test config invalid: %s", qPrintable(r.issues.first().toString()));
    return r.config;
}

QStringList render(const ConfigIssues &issues)
{
    QStringList out;
    for (const ConfigIssue &i : issues)
        out.append(i.toString());
    return out;
}
} // namespace

class TestConfigFileCheck : public QObject
{
    Q_OBJECT
private slots:
    // Issue 12 item 2: "t*.log" and "*t.log" both claim test.log once it exists. Their
    // archives go to separate folders, so the config itself is valid; the clash is in the files.
    void globClashNamesBothSetsAndTheFile()
    {
        const Config c = config(R"({"log_sets": [
            {"name": "tee", "log_dir": "/l", "patterns": ["t*.log"], "archive_dir": "/a1"},
            {"name": "other", "log_dir": "/l", "active_log": "other.log", "archive_dir": "/a3"},
            {"name": "ends", "log_dir": "/l", "patterns": ["*t.log"], "archive_dir": "/a2"}]})");
        ConfigFileCheck::Listing listing;
        listing.existingFolders = {"/l"};
        listing.files = {"/l/tap.log", "/l/cat.log", "/l/x.txt"};
        QVERIFY(ConfigFileCheck::check(c, listing).isEmpty());

        listing.files += {"/l/test.log", "/l/tent.log"};
        const ConfigIssues issues = ConfigFileCheck::check(c, listing, "c.json");
        QCOMPARE(render(issues),
                 QStringList{"c.json: error: log_sets[2].patterns: sets \"tee\" "
                             "(log_sets[0].patterns) and \"ends\" both claim /l/test.log: only "
                             "one set may rotate a file; make their active_log or patterns "
                             "exclude each other"});
    }

    // Sets in different folders, one reaching into the other's with a pattern spanning folders.
    void clashAcrossFolders()
    {
        const Config c = config("{\"log_sets\": [\n"
                                "            {\"name\": \"all\", \"log_dir\": \"/var/log\", "
                                "\"patterns\": [\"*/*.log\"], \"archive_dir\": \".\"},\n"
                                "            {\"name\": \"nginx\", \"log_dir\": "
                                "\"/var/log/nginx\", \"patterns\": [\"*.log\"],\n"
                                "             \"archive_dir\": \"/arch/nginx\"}]}");
        ConfigFileCheck::Listing listing;
        listing.existingFolders = {"/var/log", "/var/log/nginx"};
        listing.files = {"/var/log/syslog", "/var/log/nginx/access.log",
                         "/var/log/nginx/access_20261205_142501.log.gz"};
        const ConfigIssues issues = ConfigFileCheck::check(c, listing);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().keyPath, QString("log_sets[1].patterns"));
        QVERIFY2(issues.first().message.contains("/var/log/nginx/access.log") &&
                     issues.first().message.contains("\"all\"") &&
                     issues.first().message.contains("\"nginx\""),
                 qPrintable(issues.first().message));
        QCOMPARE(ConfigFileCheck::claimedFiles(c.logSets[0], listing.files),
                 QStringList{"/var/log/nginx/access.log"});
    }

    // Issue 12 item 3: a log_dir that does not exist (a typo) is reported at check time, unless
    // the set says a missing log is fine.
    void missingLogFolderIsAWarning()
    {
        const Config c = config(R"({"log_sets": [
            {"name": "typo", "log_dir": "/var/lgo/app", "active_log": "a.log"},
            {"name": "fine", "log_dir": "/var/log/app", "active_log": "a.log"},
            {"name": "optional", "log_dir": "/opt/x/logs", "active_log": "a.log",
             "missing_ok": true}]})");
        ConfigFileCheck::Listing listing;
        listing.existingFolders = {"/var/log/app"};
        const ConfigIssues issues = ConfigFileCheck::check(c, listing);
        QCOMPARE(issues.size(), 1);
        QVERIFY(!issues.first().isError());
        QCOMPARE(issues.first().keyPath, QString("log_sets[0].log_dir"));
        QVERIFY2(issues.first().message.contains("/var/lgo/app") &&
                     issues.first().message.contains("missing_ok"),
                 qPrintable(issues.first().message));
        // The seed format has its keys at the top.
        const Config seed = config(R"({"log_dir": "/var/lgo/app", "active_log": "app.log"})");
        QCOMPARE(ConfigFileCheck::check(seed, listing).first().keyPath, QString("log_dir"));
    }

    // list() on real folders: regular files only, as deep as the patterns reach, no symlinks.
    void listsWhatThePatternsReach()
    {
        QTemporaryDir dir;
        const QString logs = dir.filePath("logs");
        QVERIFY(TestUtil::writeFile(logs + "/a.log", "x"));
        QVERIFY(TestUtil::writeFile(logs + "/web/b.log", "x"));
        QVERIFY(TestUtil::writeFile(logs + "/web/deeper/c.log", "x"));
        QVERIFY(TestUtil::writeFile(dir.filePath("elsewhere/d.log"), "x"));
        QVERIFY(QFile::link(dir.filePath("elsewhere"), logs + "/linked"));
        Config c;
        LogSetConfig flat;
        flat.logDir = logs;
        flat.patterns = {"*.log"};
        c.logSets = {flat};
        ConfigFileCheck::Listing listing = ConfigFileCheck::list(c);
        QCOMPARE(listing.existingFolders, QSet<QString>{logs});
        QCOMPARE(listing.files, QStringList{logs + "/a.log"});
        LogSetConfig deep = flat;
        deep.patterns = {"*/*.log"};
        deep.archiveDirRelative = ".";
        c.logSets = {deep};
        listing = ConfigFileCheck::list(c);
        QCOMPARE(listing.files, (QStringList{logs + "/a.log", logs + "/web/b.log"}));
        QCOMPARE(ConfigFileCheck::claimedFiles(deep, listing.files),
                 QStringList{logs + "/web/b.log"});
        LogSetConfig missing = flat;
        missing.logDir = dir.filePath("nope");
        c.logSets = {missing};
        QVERIFY(ConfigFileCheck::list(c).existingFolders.isEmpty());
        QCOMPARE(ConfigFileCheck::run(c).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestConfigFileCheck)
#include "tst_configfilecheck.moc"
