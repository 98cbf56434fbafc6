// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
// Drives the real logkeeper binary on the rotate-side rules of issues 12 and 14: naming schemes
// with retention, create/nocreate, the "copy" strategy, delay_compress, and the hooks around a
// rotation in logrotate's order.

#include "binaryrun.h"
#include "testutil.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Logkeeper;

namespace {

using Run = TestUtil::BinaryRun;

Run run(const QString &home, const QStringList &args)
{
    return TestUtil::runLogkeeper(home, args);
}

// A config of one set over logDir's *.log with the given "rotation", "archival" and "hooks"
// members (JSON object bodies).
QByteArray config(const QString &logDir, const QString &archiveDir, const QString &rotation,
                  const QString &archival, const QString &hooks = QString())
{
    return QStringLiteral(R"({"debounce_time": 0.1, "log_sets": [{"name": "S",
        "log_dir": "%1", "patterns": ["*.log"], "archive_dir": "%2",
        "rotation": {%3}, "archival": {%4}, "hooks": {%5}}]})")
        .arg(logDir, archiveDir, rotation, archival, hooks)
        .toUtf8();
}

} // namespace

class TestRotateRules : public QObject
{
    Q_OBJECT
private slots:
    // Numbered naming: every rotation shifts app.log.1.gz, app.log.2.gz ... up; max_archives
    // keeps the newest per log.
    void numberedWithRetention()
    {
        QTemporaryDir dir;
        const QString logs = dir.filePath("logs"), archive = dir.filePath("archive");
        const QString c = dir.filePath("c.json");
        QVERIFY(TestUtil::writeFile(
            c, config(logs, archive, R"("naming": "numbered")", R"("max_archives": 2)")));
        for (int i = 1; i <= 3; ++i) {
            QVERIFY(TestUtil::writeFile(logs + "/app.log", "run " + QByteArray::number(i) + "\n"));
            const Run r = run(dir.path(), {"--once", "--force", "-c", c});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
        QCOMPARE(TestUtil::entries(archive), (QStringList{"app.log.1.gz", "app.log.2.gz"}));
        QCOMPARE(TestUtil::readArchive(archive + "/app.log.1.gz"), QByteArray("run 3\n"));
        QCOMPARE(TestUtil::readArchive(archive + "/app.log.2.gz"), QByteArray("run 2\n"));
    }

    // dateext with an extension: app-YYYYMMDD.log.gz, a second rotation the same day _1.
    void dateextNames()
    {
        QTemporaryDir dir;
        const QString logs = dir.filePath("logs"), archive = dir.filePath("archive");
        const QString c = dir.filePath("c.json");
        QVERIFY(TestUtil::writeFile(
            c, config(logs, archive, R"("naming": "dateext", "extension": ".log")", "")));
        for (int i = 1; i <= 2; ++i) {
            QVERIFY(TestUtil::writeFile(logs + "/app.log", "x\n"));
            QCOMPARE(run(dir.path(), {"--once", "--force", "-c", c}).exitCode, 0);
        }
        const QStringList names = TestUtil::entries(archive);
        QCOMPARE(names.size(), 2);
        const QRegularExpression re(R"(^app-\d{8}(_1)?\.log\.gz$)");
        for (const QString &name : names)
            QVERIFY2(re.match(name).hasMatch(), qPrintable(name));
    }

    // "copy": the rotated copy holds the content and the log stays exactly as it was.
    void copyLeavesTheLog()
    {
        QTemporaryDir dir;
        const QString logs = dir.filePath("logs"), archive = dir.filePath("archive");
        const QString c = dir.filePath("c.json");
        QVERIFY(TestUtil::writeFile(c, config(logs, archive, R"("strategy": "copy")", "")));
        const QByteArray content = TestUtil::numberedLines("line", 0, 1000);
        QVERIFY(TestUtil::writeFile(logs + "/app.log", content));
        const Run r = run(dir.path(), {"--once", "--force", "-c", c});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(TestUtil::readFile(logs + "/app.log"), content);
        const QStringList archives = TestUtil::entries(archive);
        QCOMPARE(archives.size(), 1);
        QCOMPARE(TestUtil::readArchive(archive + '/' + archives.first()), content);
    }

    // create with a mode, and nocreate.
    void createAndNocreate()
    {
        QTemporaryDir dir;
        const QString logs = dir.filePath("logs"), archive = dir.filePath("archive");
        const QString c = dir.filePath("c.json");
        QVERIFY(TestUtil::writeFile(c, config(logs, archive, R"("create": {"mode": "0600"})",
                                              R"("create_dir": {"mode": "0700"})")));
        QVERIFY(TestUtil::writeFile(logs + "/app.log", "x\n"));
        QCOMPARE(run(dir.path(), {"--once", "--force", "-c", c}).exitCode, 0);
        QCOMPARE(QFile::permissions(logs + "/app.log"),
                 QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
        QCOMPARE(QFile::permissions(archive) & (QFile::ReadOther | QFile::ReadGroup),
                 QFile::Permissions());

        QVERIFY(TestUtil::writeFile(c, config(logs, archive, R"("create": false)", "")));
        QVERIFY(TestUtil::writeFile(logs + "/app.log", "y\n"));
        QCOMPARE(run(dir.path(), {"--once", "--force", "-c", c}).exitCode, 0);
        QVERIFY(!QFileInfo::exists(logs + "/app.log"));
    }

    // create_dir false: a missing archive folder is an error naming it, exit 1, the log kept.
    void createDirFalse()
    {
        QTemporaryDir dir;
        const QString logs = dir.filePath("logs"), archive = dir.filePath("archive");
        const QString c = dir.filePath("c.json");
        QVERIFY(TestUtil::writeFile(c, config(logs, archive, "", R"("create_dir": false)")));
        QVERIFY(TestUtil::writeFile(logs + "/app.log", "x\n"));
        const Run r = run(dir.path(), {"--once", "--force", "-c", c});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(archive) && r.err.contains("create_dir"), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(archive));
        QCOMPARE(TestUtil::readFile(logs + "/app.log"), QByteArray("x\n"));
    }

    // delay_compress: the newest rotated file stays uncompressed; the next rotation compresses it.
    void delayCompress()
    {
        QTemporaryDir dir;
        const QString logs = dir.filePath("logs"), archive = dir.filePath("archive");
        const QString c = dir.filePath("c.json");
        QVERIFY(TestUtil::writeFile(
            c, config(logs, archive, R"("naming": "numbered")", R"("delay_compress": true)")));
        QVERIFY(TestUtil::writeFile(logs + "/app.log", "first\n"));
        QCOMPARE(run(dir.path(), {"--once", "--force", "-c", c}).exitCode, 0);
        QCOMPARE(TestUtil::entries(archive), QStringList{"app.log.1"});
        // A pass that rotates nothing leaves it as it is.
        QCOMPARE(run(dir.path(), {"--once", "-c", c}).exitCode, 0);
        QCOMPARE(TestUtil::entries(archive), QStringList{"app.log.1"});
        QVERIFY(TestUtil::writeFile(logs + "/app.log", "second\n"));
        QCOMPARE(run(dir.path(), {"--once", "--force", "-c", c}).exitCode, 0);
        QCOMPARE(TestUtil::entries(archive), (QStringList{"app.log.1", "app.log.2.gz"}));
        QCOMPARE(TestUtil::readFile(archive + "/app.log.1"), QByteArray("second\n"));
        QCOMPARE(TestUtil::readArchive(archive + "/app.log.2.gz"), QByteArray("first\n"));
    }

    // The hooks in logrotate's order: first_action, pre_rotate, (rotation), post_rotate,
    // last_action; per log, or once with every log (shared_scripts).
    void hookOrder_data()
    {
        QTest::addColumn<bool>("shared");
        QTest::newRow("per log") << false;
        QTest::newRow("shared") << true;
    }
    void hookOrder()
    {
        QFETCH(bool, shared);
        QTemporaryDir dir;
        const QString logs = dir.filePath("logs"), archive = dir.filePath("archive");
        const QString trace = dir.filePath("trace");
        const QString c = dir.filePath("c.json");
        // Each hook notes its name, $1, and the size of the first log: its content before the
        // rotation, empty after.
        const auto hook = [&](const QString &name) {
            return QStringLiteral("\"%1\": \"echo %1 \\\"$1\\\" $(wc -c < ${1%% *}) >> %2\"")
                .arg(name, trace);
        };
        QVERIFY(TestUtil::writeFile(
            c, config(logs, archive, "", "",
                      QStringList{
                          hook("first_action"), hook("pre_rotate"), hook("post_rotate"),
                          hook("last_action"),
                          QStringLiteral(R"("shared_scripts": %1)").arg(shared ? "true" : "false")}
                          .join(", "))));
        QVERIFY(QDir().mkpath(archive));
        QVERIFY(TestUtil::writeFile(logs + "/a.log", "a\n"));
        QVERIFY(TestUtil::writeFile(logs + "/b.log", "b\n"));
        const Run r = run(dir.path(), {"--once", "--force", "-c", c});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString a = logs + "/a.log", b = logs + "/b.log";
        const QStringList expected = shared ? QStringList{"first_action " + a + ' ' + b + " 2",
                                                          "pre_rotate " + a + ' ' + b + " 2",
                                                          "post_rotate " + a + ' ' + b + " 0",
                                                          "last_action " + a + ' ' + b + " 0"}
                                            : QStringList{"first_action " + a + ' ' + b + " 2",
                                                          "pre_rotate " + a + " 2",
                                                          "pre_rotate " + b + " 2",
                                                          "post_rotate " + a + " 0",
                                                          "post_rotate " + b + " 0",
                                                          "last_action " + a + ' ' + b + " 0"};
        QCOMPARE(QString::fromUtf8(TestUtil::readFile(trace)).split('\n', Qt::SkipEmptyParts),
                 expected);
    }

    // LOGKEEPER_FILES lists every log, one a line, for shared and first/last hooks.
    void sharedHookEnvironment()
    {
        QTemporaryDir dir;
        const QString logs = dir.filePath("logs"), archive = dir.filePath("archive");
        const QString out = dir.filePath("files");
        const QString c = dir.filePath("c.json");
        QVERIFY(TestUtil::writeFile(
            c,
            config(logs, archive, "", "",
                   QStringLiteral("\"post_rotate\": \"printf %s \\\"$LOGKEEPER_FILES\\\" > %1\", "
                                  "\"shared_scripts\": true")
                       .arg(out))));
        QVERIFY(TestUtil::writeFile(logs + "/a.log", "a\n"));
        QVERIFY(TestUtil::writeFile(logs + "/b.log", "b\n"));
        QCOMPARE(run(dir.path(), {"--once", "--force", "-c", c}).exitCode, 0);
        QCOMPARE(TestUtil::readFile(out), (logs + "/a.log\n" + logs + "/b.log").toUtf8());
    }

    // A failing pre_rotate skips that log's rotation (like logrotate); the others rotate.
    void failingPreRotateSkipsTheLog()
    {
        QTemporaryDir dir;
        const QString logs = dir.filePath("logs"), archive = dir.filePath("archive");
        const QString c = dir.filePath("c.json");
        QVERIFY(TestUtil::writeFile(
            c,
            config(logs, archive, "", "",
                   QStringLiteral("\"pre_rotate\": \"test \\\"$1\\\" != %1/b.log\"").arg(logs))));
        QVERIFY(TestUtil::writeFile(logs + "/a.log", "a\n"));
        QVERIFY(TestUtil::writeFile(logs + "/b.log", "b\n"));
        const Run r = run(dir.path(), {"--once", "--force", "-c", c});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(logs + "/b.log: not rotated because the pre_rotate hook of set 'S' "
                                       "failed"),
                 qPrintable(r.err));
        QCOMPARE(TestUtil::readFile(logs + "/b.log"), QByteArray("b\n"));
        QCOMPARE(TestUtil::readFile(logs + "/a.log"), QByteArray());
        QCOMPARE(TestUtil::entries(archive).size(), 1);
    }

    // A dry run only says which hooks would run, in their order.
    void dryRunReportsHooks()
    {
        QTemporaryDir dir;
        const QString logs = dir.filePath("logs"), archive = dir.filePath("archive");
        const QString marker = dir.filePath("ran");
        const QString c = dir.filePath("c.json");
        QVERIFY(TestUtil::writeFile(
            c, config(logs, archive, "", "",
                      QStringLiteral(R"("pre_rotate": "touch %1", "post_rotate": "touch %1")")
                          .arg(marker))));
        QVERIFY(TestUtil::writeFile(logs + "/a.log", "a\n"));
        const Run r = run(dir.path(), {"--once", "--force", "--dry-run", "-c", c});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines[0].startsWith("run pre_rotate hook of set S for " + logs + "/a.log"),
                 qPrintable(r.out));
        QVERIFY2(lines[1].startsWith("rotate " + logs + "/a.log"), qPrintable(r.out));
        QVERIFY2(lines[2].startsWith("run post_rotate hook of set S for " + logs + "/a.log"),
                 qPrintable(r.out));
        QVERIFY(!QFileInfo::exists(marker));
    }
};

QTEST_GUILESS_MAIN(TestRotateRules)
#include "tst_rotaterules.moc"
