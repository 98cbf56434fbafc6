// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
// LogrotateImporter turns logrotate configs into log sets: Debian 12's own drop-ins (checked in
// under tests/fixtures/logrotate/debian12, never downloaded here) read with their
// logrotate.conf, each expected set compared whole, and every directive without a counterpart
// reported once at its FILE:LINE.

#include "config/logrotateimporter.h"
#include "testutil.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <tuple>

using namespace Logkeeper;

namespace {

const QString fixtures = QStringLiteral(LOGKEEPER_SOURCE_DIR "/tests/fixtures/logrotate/debian12");

// Every drop-in of the fixtures, as "package/file".
QStringList dropIns()
{
    QStringList found;
    QDirIterator it(fixtures, {"*"}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains("/etc/logrotate.d/"))
            found.append(QDir(fixtures).relativeFilePath(path));
    }
    found.sort();
    return found;
}

// A Debian root in `root`: every drop-in in etc/logrotate.d and logrotate.conf in etc, its
// include pointed there. Returns the path of that logrotate.conf.
QString makeDebianRoot(const QTemporaryDir &root)
{
    for (const QString &dropIn : dropIns()) {
        const QString target = root.filePath("etc/logrotate.d/" + QFileInfo(dropIn).fileName());
        if (!TestUtil::writeFile(target, TestUtil::readFile(fixtures + '/' + dropIn)))
            return QString();
    }
    QByteArray conf = TestUtil::readFile(fixtures + "/logrotate/etc/logrotate.conf");
    if (!conf.contains("include /etc/logrotate.d\n"))
        return QString();
    conf.replace("include /etc/logrotate.d\n",
                 "include " + root.filePath("etc/logrotate.d").toUtf8() + '\n');
    const QString path = root.filePath("etc/logrotate.conf");
    return TestUtil::writeFile(path, conf) ? path : QString();
}

QStringList diagnosticPlaces(const LogrotateImport &imported)
{
    QStringList places;
    for (const LogrotateDiagnostic &d : imported.diagnostics)
        places.append(QFileInfo(d.file).fileName() + ':' + QString::number(d.line) + ": " +
                      d.directive);
    return places;
}

QString allText(const LogrotateDiagnostics &list)
{
    QStringList lines;
    for (const LogrotateDiagnostic &d : list)
        lines.append(d.toString());
    return lines.join('\n');
}

QJsonArray sets(const LogrotateImport &imported)
{
    return imported.document.object().value("log_sets").toArray();
}

QJsonObject setNamed(const LogrotateImport &imported, const QString &name)
{
    for (const QJsonValue &set : sets(imported)) {
        if (set.toObject().value("name").toString() == name)
            return set.toObject();
    }
    return {};
}

QJsonObject object(const QString &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (doc.isNull())
        qFatal("bad expected JSON: %s", qPrintable(error.errorString()));
    return doc.object();
}

// Equal, or the difference printed.
bool same(const QJsonObject &actual, const QJsonObject &expected)
{
    if (actual == expected)
        return true;
    qWarning().noquote() << "actual:  " << QJsonDocument(actual).toJson(QJsonDocument::Compact);
    qWarning().noquote() << "expected:" << QJsonDocument(expected).toJson(QJsonDocument::Compact);
    return false;
}

// The texts (moc cannot read a raw string with \" in it: none here).
const char *const expectedRsyslog = R"({
            "name": "rsyslog",
            "source": "%1/etc/logrotate.d/rsyslog:1",
            "log_dir": "/var/log",
            "patterns": ["syslog", "mail.log", "kern.log", "auth.log", "user.log", "cron.log"],
            "archive_dir": ".",
            "missing_ok": true,
            "rotation": {"schedule": "weekly", "max_size_mb": 0, "max_age_days": 0,
                         "if_empty": false, "strategy": "rename", "create": {},
                         "naming": "numbered"},
            "archival": {"compress": true, "codec": "gzip", "delay_compress": true,
                         "max_archives": 4, "retention_days": 0},
            "hooks": {"post_rotate": "\t\t/usr/lib/rsyslog/rsyslog-rotate\n",
                      "shared_scripts": true}
        })";

const char *const expectedNginx = R"({
            "name": "nginx",
            "source": "%1/etc/logrotate.d/nginx:1",
            "log_dir": "/var/log/nginx",
            "patterns": ["*.log"],
            "archive_dir": ".",
            "missing_ok": true,
            "rotation": {"schedule": "daily", "max_size_mb": 0, "max_age_days": 0,
                         "if_empty": false, "strategy": "rename",
                         "create": {"mode": "0640", "owner": "www-data", "group": "adm"},
                         "naming": "numbered"},
            "archival": {"compress": true, "codec": "gzip", "delay_compress": true,
                         "max_archives": 14, "retention_days": 0},
            "hooks": {"pre_rotate": "\t\tif [ -d /etc/logrotate.d/httpd-prerotate ]; then \\\n\t\t\trun-parts /etc/logrotate.d/httpd-prerotate; \\\n\t\tfi \\\n",
                      "post_rotate": "\t\tinvoke-rc.d nginx rotate >/dev/null 2>&1\n",
                      "shared_scripts": true}
        })";

const char *const expectedApt = R"({
                "name": "%2",
                "source": "%1/etc/logrotate.d/apt:%3",
                "log_dir": "/var/log/apt",
                "active_log": "%4",
                "archive_dir": ".",
                "missing_ok": true,
                "rotation": {"schedule": "monthly", "max_size_mb": 0, "max_age_days": 0,
                             "if_empty": false, "strategy": "rename", "create": {},
                             "naming": "numbered"},
                "archival": {"compress": true, "codec": "gzip", "delay_compress": false,
                             "max_archives": 12, "retention_days": 0}
            })";

const char *const dpkgCreate = R"({"mode": "0644", "owner": "root", "group": "root"})";

const char *const expectedPostgresql = R"({
            "name": "postgresql-common",
            "source": "%1/etc/logrotate.d/postgresql-common:1",
            "log_dir": "/var/log/postgresql",
            "patterns": ["*.log"],
            "archive_dir": ".",
            "missing_ok": true,
            "run_as": {"user": "root", "group": "root"},
            "rotation": {"schedule": "weekly", "max_size_mb": 0, "max_age_days": 0,
                         "if_empty": false, "strategy": "copytruncate", "naming": "numbered"},
            "archival": {"compress": true, "codec": "gzip", "delay_compress": true,
                         "max_archives": 10, "retention_days": 0}
        })";

const char *const expectedWtmp = R"({
            "name": "wtmp",
            "source": "%1/etc/logrotate.d/wtmp:2",
            "log_dir": "/var/log",
            "active_log": "wtmp",
            "archive_dir": ".",
            "missing_ok": true,
            "rotation": {"schedule": "monthly", "max_size_mb": 0, "min_size_mb": 1,
                         "max_age_days": 0, "if_empty": true, "strategy": "rename",
                         "create": {"mode": "0664", "owner": "root", "group": "utmp"},
                         "naming": "numbered"},
            "archival": {"compress": false, "max_archives": 1, "retention_days": 0}
        })";

const char *const btmpCreate = R"({"mode": "0660", "owner": "root", "group": "utmp"})";

const char *const paniclogRotation = R"({"schedule": "none", "max_size_mb": 10, "max_age_days": 0,
                            "if_empty": false, "strategy": "rename", "create": false,
                            "naming": "numbered"})";

const char *const chronyArchival = R"({"compress": false, "max_archives": 4, "retention_days": 0})";

const char *const mappingConf = R"(mail admin@example.org
mailfirst
compress
compresscmd /usr/bin/xz
compressoptions -9 -T0
/var/log/app/*.log {
    hourly
    dateext
    extension .log
    olddir archive
    createolddir 0750 root adm
    create 0640 app adm
    maxsize 100M
    minsize 1k
    maxage 30
    rotate 10
    su app adm
    missingok
    notifempty
    delaycompress
    prerotate
        echo pre $1
    endscript
    postrotate
        echo post $1
    endscript
    firstaction
        echo first
    endscript
    lastaction
        echo last
    endscript
    sharedscripts
}
)";

const char *const expectedMapping = R"({
            "name": "mapping.conf",
            "source": "%1:6",
            "log_dir": "/var/log/app",
            "patterns": ["*.log"],
            "archive_dir": "archive",
            "missing_ok": true,
            "run_as": {"user": "app", "group": "adm"},
            "rotation": {"schedule": "hourly", "max_size_mb": 100, "min_size_mb": 0.0009765625,
                         "max_age_days": 0, "if_empty": false, "strategy": "rename",
                         "create": {"mode": "0640", "owner": "app", "group": "adm"},
                         "naming": "dateext", "date_format": "-%Y%m%d%H", "extension": ".log"},
            "archival": {"compress": true, "codec": "xz", "level": 9, "delay_compress": true,
                         "max_archives": 10, "retention_days": 30,
                         "create_dir": {"mode": "0750", "owner": "root", "group": "adm"}},
            "hooks": {"pre_rotate": "        echo pre $1\n",
                      "post_rotate": "        echo post $1\n",
                      "first_action": "        echo first\n",
                      "last_action": "        echo last\n",
                      "shared_scripts": true}
        })";

const char *const unmappedConf = R"(/var/log/a.log {
    shred
    shredcycles 3
    allowhardlink
    ignoreduplicates
    errors
    preremove
        rm -f "$1"
    endscript
    dateext
    dateyesterday
    datehourago
    dateformat -%Y%m%d-%j
    addextension .txt
    minage 2
    weekly 3
    rotate 0
    compress
    compresscmd /usr/bin/lzop
    compressoptions -9 --rsyncable
    compressext .lzo
}
/var/log/b.log {
    start 5
    size 0
    rotate 3
}
/var/log/c.log {
    uncompresscmd /usr/bin/gunzip
    shredcycles 2
    rotate -1
    dateformat %j
    start 0
    dateext
}
)";

const char *const unmappedArchival = R"({"compress": true, "codec": "gzip", "level": 9,
                            "delay_compress": false, "max_archives": 1, "retention_days": 0})";

const char *const inheritConf = R"(mail root
rotate 2
/var/log/a.log {
    nomail
}
/var/log/b.log {
}
/var/log/c.log {
    mail other@example.org
    nomail
}
/var/log/d.log {
    shred
    noshred
    renamecopy
    copy
    copytruncate
}
)";

const char *const uncompressedArchival =
    R"({"compress": false, "max_archives": 1, "retention_days": 0})";

const char *const globsConf = R"(rotate 2
/var/log/*/*.log {
}
/var/log/*/x.log {
    olddir /var/log/old
}
/srv/app/logs/* /srv/app/other/*.txt {
    sharedscripts
    postrotate
        true
    endscript
}
"relative.log" /var/log/abs.log {
}
/var/log/web/current/*.log {
    olddir ../archive
}
)";

const char *const emptyConfig = R"({"log_sets": []})";

} // namespace

class TestLogrotateImporter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_root;
    QTemporaryDir m_dir;
    LogrotateImport m_debian;

    LogrotateImport import(const QString &name, const QByteArray &text)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        if (!TestUtil::writeFile(path, text))
            qFatal("cannot write %s", qPrintable(path));
        return LogrotateImporter::importPaths({path});
    }

private slots:
    void initTestCase()
    {
        const QString conf = makeDebianRoot(m_root);
        QVERIFY(!conf.isEmpty());
        m_debian = LogrotateImporter::importPaths({conf});
    }

    void debianDropInsImportWithoutAnError()
    {
        QCOMPARE(dropIns().size(), 22);
        QVERIFY2(m_debian.ok(), qPrintable(allText(m_debian.errors)));
        QStringList names;
        for (const QJsonValue &set : sets(m_debian))
            names.append(set.toObject().value("name").toString());
        // logrotate's order: logrotate.conf's include reads the folder sorted.
        QCOMPARE(names, QStringList({"alternatives",
                                     "apache2",
                                     "apt",
                                     "apt-2",
                                     "btmp",
                                     "chrony",
                                     "cups-daemon",
                                     "dpkg",
                                     "exim4-base",
                                     "exim4-base-2",
                                     "exim4-paniclog",
                                     "fail2ban",
                                     "mariadb",
                                     "mariadb-2",
                                     "nginx",
                                     "php8.2-fpm",
                                     "postgresql-common",
                                     "redis-server",
                                     "rsyslog",
                                     "samba",
                                     "samba-2",
                                     "samba-3",
                                     "speech-dispatcher",
                                     "speech-dispatcher-2",
                                     "squid",
                                     "ufw",
                                     "unattended-upgrades",
                                     "unattended-upgrades-2",
                                     "unattended-upgrades-3",
                                     "wtmp"}));
        // What Debian's drop-ins use maps, but for one thing: mariadb's shared postrotate
        // for logs in two folders.
        QCOMPARE(diagnosticPlaces(m_debian), QStringList({"mariadb:41: sharedscripts"}));
        QVERIFY(m_debian.diagnostics[0].message.contains("2"));
        // Every drop-in, the folder and logrotate.conf are inputs to watch.
        QCOMPARE(m_debian.inputs.size(), 22 + 2);
        QVERIFY(m_debian.inputs.contains(m_root.filePath("etc/logrotate.d")));
        qInfo("Debian 12 fixtures: %d directives read, %d sets, %d directive(s) reported",
              m_debian.directivesRead, int(sets(m_debian).size()),
              int(m_debian.diagnostics.size()));
    }

    void rsyslogSharedScriptsMakeOneSet()
    {
        QVERIFY(same(setNamed(m_debian, "rsyslog"),
                     object(QString(expectedRsyslog).arg(m_root.path()))));
    }

    void nginxCreateAndScriptsWithContinuations()
    {
        QVERIFY(
            same(setNamed(m_debian, "nginx"), object(QString(expectedNginx).arg(m_root.path()))));
    }

    void aptTwoDefinitionsTwoSets()
    {
        for (const auto &[name, line, log] :
             {std::make_tuple("apt", 1, "term.log"), std::make_tuple("apt-2", 9, "history.log")}) {
            QVERIFY(same(setNamed(m_debian, name),
                         object(QString(expectedApt).arg(m_root.path(), name).arg(line).arg(log))));
        }
    }

    void dpkgCreatesWithModeAndOwner()
    {
        const QJsonObject dpkg = setNamed(m_debian, "dpkg");
        QCOMPARE(dpkg.value("log_dir").toString(), QString("/var/log"));
        QCOMPARE(dpkg.value("active_log").toString(), QString("dpkg.log"));
        QCOMPARE(dpkg.value("rotation").toObject().value("create").toObject(), object(dpkgCreate));
        QCOMPARE(dpkg.value("rotation").toObject().value("schedule").toString(),
                 QString("monthly"));
        QCOMPARE(dpkg.value("archival").toObject().value("max_archives").toInt(), 12);
        QCOMPARE(setNamed(m_debian, "alternatives").value("active_log").toString(),
                 QString("alternatives.log"));
    }

    void postgresqlSuAndCopytruncate()
    {
        QVERIFY(same(setNamed(m_debian, "postgresql-common"),
                     object(QString(expectedPostgresql).arg(m_root.path()))));
    }

    void wtmpAndBtmpFromLogrotateItself()
    {
        QVERIFY(same(setNamed(m_debian, "wtmp"), object(QString(expectedWtmp).arg(m_root.path()))));
        const QJsonObject btmp = setNamed(m_debian, "btmp");
        QCOMPARE(btmp.value("rotation").toObject().value("create").toObject(), object(btmpCreate));
        QVERIFY(!btmp.value("rotation").toObject().contains("min_size_mb"));
    }

    void sizeNocreateAndTheOthers()
    {
        const QJsonObject panic = setNamed(m_debian, "exim4-paniclog");
        QCOMPARE(panic.value("rotation").toObject(), object(paniclogRotation));
        // Two paths without shared scripts: a set each, from the same definition.
        QCOMPARE(setNamed(m_debian, "exim4-base").value("active_log").toString(),
                 QString("mainlog"));
        QCOMPARE(setNamed(m_debian, "exim4-base-2").value("active_log").toString(),
                 QString("rejectlog"));
        QCOMPARE(setNamed(m_debian, "exim4-base-2").value("source").toString(),
                 m_root.filePath("etc/logrotate.d/exim4-base") + ":1");
        // chrony has neither rotate nor compress: logrotate.conf's "rotate 4" holds.
        const QJsonObject chrony = setNamed(m_debian, "chrony");
        QCOMPARE(chrony.value("archival").toObject(), object(chronyArchival));
        QCOMPARE(chrony.value("rotation").toObject().value("create"), QJsonValue(false));
        // mariadb: min and max size beside the schedule; logs in two folders.
        const QJsonObject mariadb = setNamed(m_debian, "mariadb");
        QCOMPARE(mariadb.value("log_dir").toString(), QString("/var/lib/mysql"));
        QCOMPARE(mariadb.value("patterns").toArray(), QJsonArray({"mysqld.log", "mariadb.log"}));
        QCOMPARE(mariadb.value("rotation").toObject().value("max_size_mb").toDouble(), 500.0);
        QCOMPARE(mariadb.value("rotation").toObject().value("min_size_mb").toDouble(), 50.0);
        QCOMPARE(setNamed(m_debian, "mariadb-2").value("patterns").toArray(),
                 QJsonArray({"*.log"}));
        QVERIFY(mariadb.value("hooks")
                    .toObject()
                    .value("post_rotate")
                    .toString()
                    .contains("flush-error-log \\\n        flush-engine-log"));
        // squid: nocreate, two shared scripts
        const QJsonObject squid = setNamed(m_debian, "squid");
        QCOMPARE(squid.value("source").toString(), m_root.filePath("etc/logrotate.d/squid") + ":4");
        QCOMPARE(squid.value("hooks").toObject().keys(),
                 QStringList({"post_rotate", "pre_rotate", "shared_scripts"}));
        // ufw: one path, shared scripts: an active log
        QCOMPARE(setNamed(m_debian, "ufw").value("active_log").toString(), QString("ufw.log"));
        // without sharedscripts a per-log hook
        QVERIFY(
            !setNamed(m_debian, "php8.2-fpm").value("hooks").toObject().contains("shared_scripts"));
    }

    void eachDropInAlone_data()
    {
        QTest::addColumn<QString>("dropIn");
        for (const QString &dropIn : dropIns())
            QTest::newRow(qPrintable(dropIn)) << dropIn;
    }

    void eachDropInAlone()
    {
        // Without logrotate.conf: logrotate's built-in defaults (no rotate count, size 1M when
        // no schedule is given, no create).
        QFETCH(QString, dropIn);
        const LogrotateImport imported = LogrotateImporter::importPaths({fixtures + '/' + dropIn});
        QVERIFY2(imported.ok(), qPrintable(allText(imported.errors)));
        QVERIFY(!sets(imported).isEmpty());
        QStringList expected;
        if (dropIn.endsWith("/chrony"))
            expected = QStringList({"chrony:1: rotate"});
        else if (dropIn.endsWith("/mariadb"))
            expected = QStringList({"mariadb:41: sharedscripts"});
        QCOMPARE(diagnosticPlaces(imported), expected);
        for (const QJsonValue &set : sets(imported)) {
            const QJsonObject rotation = set.toObject().value("rotation").toObject();
            if (dropIn.endsWith("/chrony")) {
                QCOMPARE(rotation.value("schedule").toString(), QString("none"));
                QCOMPARE(rotation.value("max_size_mb").toDouble(), 1.0);
                QCOMPARE(set.toObject().value("archival").toObject().value("max_archives"),
                         QJsonValue(1));
            }
        }
    }

    void directivesInForceAreMapped()
    {
        const LogrotateImport imported = import("mapping.conf", mappingConf);
        QVERIFY2(imported.ok(), qPrintable(allText(imported.errors)));
        QCOMPARE(diagnosticPlaces(imported),
                 QStringList({"mapping.conf:1: mail", "mapping.conf:2: mailfirst"}));
        QVERIFY(same(sets(imported).at(0).toObject(),
                     object(QString(expectedMapping).arg(m_dir.filePath("mapping.conf")))));
        // The text keeps a readable key order.
        const QByteArray json = imported.json;
        QVERIFY(json.indexOf("\"name\"") < json.indexOf("\"source\""));
        QVERIFY(json.indexOf("\"source\"") < json.indexOf("\"log_dir\""));
        QVERIFY(json.indexOf("\"log_dir\"") < json.indexOf("\"rotation\""));
        QVERIFY(json.indexOf("\"schedule\"") < json.indexOf("\"max_size_mb\""));
        QVERIFY(json.indexOf("\"rotation\"") < json.indexOf("\"archival\""));
        QVERIFY(json.indexOf("\"archival\"") < json.indexOf("\"hooks\""));
        QVERIFY(json.contains("\"patterns\": [\"*.log\"]"));
    }

    void directivesWithoutCounterpartAreReported()
    {
        const LogrotateImport imported = import("unmapped.conf", unmappedConf);
        QVERIFY2(imported.ok(), qPrintable(allText(imported.errors)));
        QCOMPARE(diagnosticPlaces(imported),
                 QStringList({"unmapped.conf:2: shred", "unmapped.conf:3: shredcycles",
                              "unmapped.conf:4: allowhardlink", "unmapped.conf:5: ignoreduplicates",
                              "unmapped.conf:6: errors", "unmapped.conf:7: preremove",
                              "unmapped.conf:11: dateyesterday", "unmapped.conf:12: datehourago",
                              "unmapped.conf:13: dateformat", "unmapped.conf:14: addextension",
                              "unmapped.conf:15: minage", "unmapped.conf:16: weekly",
                              "unmapped.conf:17: rotate", "unmapped.conf:19: compresscmd",
                              "unmapped.conf:20: compressoptions", "unmapped.conf:21: compressext",
                              "unmapped.conf:24: start", "unmapped.conf:25: size",
                              "unmapped.conf:32: dateformat"}));
        for (const LogrotateDiagnostic &d : imported.diagnostics) {
            QVERIFY2(!d.message.isEmpty(), qPrintable(d.toString()));
            QVERIFY(d.toString().startsWith(m_dir.filePath("unmapped.conf") + ':'));
        }
        QVERIFY(imported.diagnostics[13].message.contains("/usr/bin/lzop"));
        QVERIFY(imported.diagnostics[14].message.contains("--rsyncable"));
        QVERIFY(!imported.diagnostics[14].message.contains("-9 "));

        // What is carried over next to them.
        const QJsonObject a = setNamed(imported, "unmapped.conf");
        QCOMPARE(a.value("rotation").toObject().value("date_format").toString(),
                 QString("-%Y%m%d"));
        QCOMPARE(a.value("rotation").toObject().value("schedule").toString(), QString("weekly"));
        QCOMPARE(a.value("archival").toObject(), object(unmappedArchival));
        const QJsonObject b = setNamed(imported, "unmapped.conf-2");
        QCOMPARE(b.value("rotation").toObject().value("max_size_mb").toDouble(),
                 1.0 / (1024 * 1024));
        QCOMPARE(b.value("rotation").toObject().value("schedule").toString(), QString("none"));
        const QJsonObject c = setNamed(imported, "unmapped.conf-3");
        QCOMPARE(c.value("archival").toObject().value("max_archives"), QJsonValue(0));
        QCOMPARE(c.value("rotation").toObject().value("naming").toString(), QString("dateext"));
    }

    void onlyWhatIsInForceIsReportedAndOnce()
    {
        const LogrotateImport imported = import("inherit.conf", inheritConf);
        QVERIFY2(imported.ok(), qPrintable(allText(imported.errors)));
        // b and d inherit the global mail: one line for it.
        QCOMPARE(diagnosticPlaces(imported), QStringList({"inherit.conf:1: mail"}));
        const QJsonObject d = setNamed(imported, "inherit.conf-4");
        QCOMPARE(d.value("rotation").toObject().value("strategy").toString(),
                 QString("copytruncate"));
        QVERIFY(!d.value("rotation").toObject().contains("create"));
    }

    void copyStrategiesAndRenamecopy_data()
    {
        QTest::addColumn<QByteArray>("directives");
        QTest::addColumn<QString>("strategy");
        QTest::newRow("default") << QByteArray() << "rename";
        QTest::newRow("copy") << QByteArray("copy") << "copy";
        QTest::newRow("copytruncate") << QByteArray("copytruncate") << "copytruncate";
        QTest::newRow("copy and copytruncate") << QByteArray("copy copytruncate") << "copytruncate";
        QTest::newRow("renamecopy overrides copytruncate")
            << QByteArray("copytruncate renamecopy") << "rename";
        QTest::newRow("nocopytruncate") << QByteArray("copytruncate nocopytruncate") << "rename";
    }

    void copyStrategiesAndRenamecopy()
    {
        QFETCH(QByteArray, directives);
        QFETCH(QString, strategy);
        const LogrotateImport imported =
            import("strategy.conf", "/var/log/x.log {\n rotate 1\n " + directives + "\n}\n");
        QVERIFY2(imported.ok(), qPrintable(allText(imported.errors)));
        QCOMPARE(diagnosticPlaces(imported), QStringList());
        QCOMPARE(sets(imported)
                     .at(0)
                     .toObject()
                     .value("rotation")
                     .toObject()
                     .value("strategy")
                     .toString(),
                 strategy);
    }

    void compression_data()
    {
        QTest::addColumn<QByteArray>("directives");
        QTest::addColumn<QString>("codec");
        QTest::addColumn<int>("level"); // -1: none given
        QTest::addColumn<QStringList>("reported");
        QTest::newRow("logrotate's default gzip") << QByteArray() << "gzip" << -1 << QStringList();
        QTest::newRow("gzip -9") << QByteArray("compressoptions -9") << "gzip" << 9
                                 << QStringList();
        QTest::newRow("bzip2 with its path") << QByteArray("compresscmd /bin/bzip2\n"
                                                           "compressext .bz2")
                                             << "bzip2" << -1 << QStringList();
        QTest::newRow("xz -6 -T0")
            << QByteArray("compresscmd xz\ncompressoptions -6 -T0") << "xz" << 6 << QStringList();
        QTest::newRow("zstd -19 --threads=2")
            << QByteArray("compresscmd /usr/bin/zstd\ncompressoptions -19 --threads=2") << "zstd"
            << 19 << QStringList();
        QTest::newRow("pigz is gzip")
            << QByteArray("compresscmd /usr/bin/pigz") << "gzip" << -1 << QStringList();
        QTest::newRow("gzip --best")
            << QByteArray("compressoptions --best") << "gzip" << 9 << QStringList();
        QTest::newRow("gzip level out of range") << QByteArray("compressoptions -12") << "gzip"
                                                 << -1 << QStringList({"compressoptions"});
        QTest::newRow("xz extreme") << QByteArray("compresscmd xz\ncompressoptions -9e") << "xz"
                                    << -1 << QStringList({"compressoptions"});
        QTest::newRow("unknown program")
            << QByteArray("compresscmd /usr/bin/lz4\ncompressext .lz4") << "gzip" << -1
            << QStringList({"compresscmd", "compressext"});
        QTest::newRow("compress(1) and its .Z")
            << QByteArray("compresscmd compress") << "gzip" << -1 << QStringList({"compresscmd"});
    }

    void compression()
    {
        QFETCH(QByteArray, directives);
        QFETCH(QString, codec);
        QFETCH(int, level);
        QFETCH(QStringList, reported);
        const LogrotateImport imported = import(
            "compress.conf", "/var/log/x.log {\nrotate 1\ncompress\n" + directives + "\n}\n");
        QVERIFY2(imported.ok(), qPrintable(allText(imported.errors)));
        QStringList got;
        for (const LogrotateDiagnostic &d : imported.diagnostics)
            got.append(d.directive);
        QCOMPARE(got, reported);
        const QJsonObject archival = sets(imported).at(0).toObject().value("archival").toObject();
        QCOMPARE(archival.value("codec").toString(), codec);
        QCOMPARE(archival.value("level").toInt(-1), level);

        // Without compress none of it has an effect, in logrotate either.
        const LogrotateImport off =
            import("compress.conf", "/var/log/x.log {\nrotate 1\n" + directives + "\n}\n");
        QCOMPARE(off.diagnostics.size(), 0);
        QCOMPARE(sets(off).at(0).toObject().value("archival").toObject(),
                 object(uncompressedArchival));
    }

    void globsSpanningFolders()
    {
        const LogrotateImport imported = import("globs.conf", globsConf);
        QVERIFY2(imported.ok(), qPrintable(allText(imported.errors)));
        QCOMPARE(diagnosticPlaces(imported),
                 QStringList({"globs.conf:5: olddir", "globs.conf:8: sharedscripts",
                              "globs.conf:13: relative.log"}));
        const QJsonArray all = sets(imported);
        QCOMPARE(all.size(), 6);
        const auto check = [&](int i, const QString &logDir, const QString &pattern,
                               const QString &archiveDir) {
            const QJsonObject set = all.at(i).toObject();
            QCOMPARE(set.value("log_dir").toString(), logDir);
            QCOMPARE(set.value("patterns").toArray(), QJsonArray({pattern}));
            QCOMPARE(set.value("archive_dir").toString(), archiveDir);
        };
        check(0, "/var/log", "*/*.log", ".");
        check(1, "/var/log", "*/x.log", "."); // one folder for several cannot be kept
        check(2, "/srv/app/logs", "*", ".");
        check(3, "/srv/app/other", "*.txt", ".");
        QCOMPARE(all.at(4).toObject().value("active_log").toString(), QString("abs.log"));
        check(5, "/var/log/web/current", "*.log", "../archive");
        QCOMPARE(all.at(2).toObject().value("source"), all.at(3).toObject().value("source"));
    }

    void aLogInTwoDefinitionsGoesToTheFirst()
    {
        const LogrotateImport imported = import("dup.conf", "rotate 1\n"
                                                            "/var/log/a.log /var/log/b.log {\n}\n"
                                                            "/var/log//a.log {\n}\n"
                                                            "/var/log/b.log /var/log/c.log {\n"
                                                            "    ignoreduplicates\n"
                                                            "}\n");
        QVERIFY2(imported.ok(), qPrintable(allText(imported.errors)));
        QCOMPARE(diagnosticPlaces(imported),
                 QStringList({"dup.conf:4: /var/log//a.log", "dup.conf:7: ignoreduplicates"}));
        QVERIFY(imported.diagnostics[0].message.contains(m_dir.filePath("dup.conf") + ":2"));
        QStringList logs;
        for (const QJsonValue &set : sets(imported))
            logs.append(set.toObject().value("active_log").toString());
        QCOMPARE(logs, QStringList({"a.log", "b.log", "c.log"}));
    }

    void namesAreUniqueAndAvoidTakenOnes()
    {
        QTemporaryDir dir;
        QVERIFY(TestUtil::writeFile(dir.filePath("web"), "rotate 1\n"
                                                         "/var/log/a.log /var/log/b.log {\n}\n"
                                                         "/var/log/c.log {\n}\n"));
        QVERIFY(TestUtil::writeFile(dir.filePath("web-2"), "/var/log/d.log {\nrotate 1\n}\n"));
        const LogrotateImport imported =
            LogrotateImporter::importPaths({dir.path()}, {"web", "web-3"});
        QVERIFY2(imported.ok(), qPrintable(allText(imported.errors)));
        QStringList names;
        for (const QJsonValue &set : sets(imported))
            names.append(set.toObject().value("name").toString());
        QCOMPARE(names, QStringList({"web-2", "web-4", "web-5", "web-2-2"}));
    }

    void liveIncludeApiReportsErrorsAndKeepsTheRest()
    {
        // What "logrotate_include" will call: paths of files or folders; the sets of what
        // could be read, the errors, and every input to watch.
        QTemporaryDir dir;
        const QString d = dir.filePath("logrotate.d");
        QVERIFY(TestUtil::writeFile(d + "/good", "/var/log/good.log {\n    rotate 3\n}\n"));
        QVERIFY(TestUtil::writeFile(d + "/broken", "/var/log/broken.log {\n    rotate 3\n"));
        QVERIFY(TestUtil::writeFile(dir.filePath("extra.conf"),
                                    "/var/log/extra.log {\n    rotate 3\n}\n"));
        const LogrotateImport imported =
            LogrotateImporter::importPaths({d, dir.filePath("extra.conf"), dir.filePath("gone")});
        QVERIFY(!imported.ok());
        QStringList errors;
        for (const LogrotateDiagnostic &e : imported.errors)
            errors.append(e.toString());
        QCOMPARE(errors.size(), 2);
        QVERIFY2(errors[0].startsWith(d + "/broken:1: "), qPrintable(errors[0]));
        QVERIFY2(errors[1].startsWith(dir.filePath("gone") + ": "), qPrintable(errors[1]));
        QStringList names;
        for (const QJsonValue &set : sets(imported))
            names.append(set.toObject().value("name").toString());
        QCOMPARE(names, QStringList({"good", "extra.conf"}));
        QCOMPARE(imported.inputs, QStringList({d, d + "/broken", d + "/good",
                                               dir.filePath("extra.conf"), dir.filePath("gone")}));
    }

    void noSetsIsAnEmptyConfig()
    {
        const LogrotateImport imported = import("empty.conf", "# nothing\nweekly\n");
        QVERIFY(imported.ok());
        QCOMPARE(imported.document.object(), object(emptyConfig));
    }
};

QTEST_GUILESS_MAIN(TestLogrotateImporter)
#include "tst_logrotateimporter.moc"
