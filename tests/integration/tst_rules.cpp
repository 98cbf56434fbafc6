// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
// Drives the real logkeeper binary on the rules of issue 12: a dry run writes nothing anywhere,
// --check-config reports what only the file system shows, retention leaves other programs'
// archives alone, and an unprivileged run says when a log's owner could not be kept.

#include "binaryrun.h"
#include "testutil.h"

#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Logkeeper;

namespace {

using Run = TestUtil::BinaryRun;

Run run(const QString &home, const QStringList &args, const QString &program = LOGKEEPER_BINARY,
        const QStringList &prefix = {})
{
    return TestUtil::runBinary(program, prefix + args, TestUtil::isolatedEnvironment(home));
}

// Everything below dir, with what a change would alter: type, size, mode, owner, mtime.
QStringList tree(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        struct stat st;
        if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
            continue;
        out.append(QStringLiteral("%1 %2 %3 %4:%5 %6.%7")
                       .arg(path.mid(dir.size()))
                       .arg(qint64(st.st_size))
                       .arg(st.st_mode, 0, 8)
                       .arg(st.st_uid)
                       .arg(st.st_gid)
                       .arg(qint64(st.st_mtim.tv_sec))
                       .arg(qint64(st.st_mtim.tv_nsec)));
    }
    out.sort();
    return out;
}

} // namespace

class TestRules : public QObject
{
    Q_OBJECT
private slots:
    // Issue 12 item 4: --once --dry-run changes nothing anywhere: no folder (not the log file's,
    // not the archive folder), no state, no log file, no default config.
    void dryRunWritesNothing()
    {
        QTemporaryDir dir;
        const QString logs = dir.filePath("myapp");
        QVERIFY(TestUtil::writeFile(logs + "/app.log", TestUtil::numberedLines("d", 0, 500)));
        QVERIFY(TestUtil::writeFile(
            dir.filePath("config/lk.json"),
            QStringLiteral(R"({
            "log_dir": "%1",
            "archive_dir": "%2",
            "active_log": "app.log",
            "rotation": {"max_size_mb": 0.01, "max_age_days": 7},
            "archival": {"compress": true, "retention_days": 30},
            "logging": {"log_file": "%3", "log_level": "DEBUG"},
            "debounce_time": 1
        })")
                .arg(logs, logs + "/archive/deep", dir.filePath("lk-log/sub/lk.log"))
                .toUtf8()));
        const QStringList before = tree(dir.path());
        const Run r =
            run(dir.path(), {"--once", "--dry-run", "-c", dir.filePath("config/lk.json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith("rotate " + logs + "/app.log -> "), qPrintable(r.out + r.err));
        QCOMPARE(tree(dir.path()), before);

        // Without -c and without a config yet: the default config is not created either.
        const Run fresh = run(dir.path(), {"--once", "--dry-run"});
        QCOMPARE(fresh.exitCode, 0);
        QVERIFY2(fresh.out.isEmpty(), qPrintable(fresh.out));
        QCOMPARE(tree(dir.path()), before);
        // (A real run does create it, as before.)
        QCOMPARE(run(dir.path(), {"--once"}).exitCode, 0);
        QVERIFY(QFileInfo::exists(dir.filePath("config/logkeeper/config.json")));
    }

    // Issue 12 items 2 and 3 through --check-config: a missing log folder is a warning (exit 0),
    // two sets claiming one existing file an error naming both sets and the file (exit 2).
    void checkConfigLooksAtTheFiles()
    {
        QTemporaryDir dir;
        const QString logs = dir.filePath("logs");
        QVERIFY(TestUtil::writeFile(logs + "/tap.log", "x"));
        const QString config = dir.filePath("c.json");
        QVERIFY(TestUtil::writeFile(config, QStringLiteral(R"({"log_sets": [
            {"name": "tee", "log_dir": "%1", "patterns": ["t*.log"], "archive_dir": "%2/a1"},
            {"name": "ends", "log_dir": "%1", "patterns": ["*t.log"], "archive_dir": "%2/a2"},
            {"name": "typo", "log_dir": "%2/lgos", "active_log": "x.log"},
            {"name": "optional", "log_dir": "%2/opt", "active_log": "y.log", "missing_ok": true}
        ]})")
                                                .arg(logs, dir.path())
                                                .toUtf8()));
        Run r = run(dir.path(), {"--check-config", "-c", config});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed().split('\n'),
                 (QStringList{config + ": warning: log_sets[2].log_dir: the folder " +
                                  dir.filePath("lgos") +
                                  " does not exist: nothing of set \"typo\" can be rotated (a "
                                  "typo? set missing_ok if it may be missing)",
                              config + ": OK, 4 log sets"}));

        QVERIFY(TestUtil::writeFile(logs + "/test.log", "x"));
        r = run(dir.path(), {"--check-config", "-c", config});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.out.contains(config +
                                ": error: log_sets[1].patterns: sets \"tee\" "
                                "(log_sets[0].patterns) and \"ends\" both claim " +
                                logs + "/test.log"),
                 qPrintable(r.out));
        QVERIFY(!r.out.contains("OK"));
        QVERIFY(!QFileInfo::exists(dir.filePath("lgos"))); // a check creates nothing
    }

    // Issue 12 item 3 at run time: a set whose log_dir does not exist is an error of that set
    // (exit 1, naming the set and the folder), nothing is created for it, the other sets run;
    // with missing_ok it is fine.
    void onceReportsAMissingLogFolder()
    {
        QTemporaryDir dir;
        const QByteArray content = TestUtil::numberedLines("m", 0, 500);
        QVERIFY(TestUtil::writeFile(dir.filePath("good/app.log"), content));
        const QString config = dir.filePath("c.json");
        const auto write = [&](bool missingOk) {
            return TestUtil::writeFile(config, QStringLiteral(R"({"log_sets": [
            {"name": "typo", "log_dir": "%1/gdoo", "active_log": "app.log", "missing_ok": %2},
            {"name": "good", "log_dir": "%1/good", "active_log": "app.log",
             "rotation": {"max_size_mb": 0.01}}]})")
                                                   .arg(dir.path(), missingOk ? "true" : "false")
                                                   .toUtf8());
        };
        QVERIFY(write(false));
        Run r = run(dir.path(), {"--once", "-c", config});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("set 'typo': its log folder " + dir.filePath("gdoo") +
                                " does not exist"),
                 qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(dir.filePath("gdoo")));
        QCOMPARE(TestUtil::readFile(dir.filePath("good/app.log")), QByteArray()); // rotated
        QVERIFY(write(true));
        r = run(dir.path(), {"--once", "-c", config});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!QFileInfo::exists(dir.filePath("gdoo")));
    }

    // missing_ok for a missing active_log, as logrotate's missingok: without it the missing log
    // is an error (exit 1), with it nothing happens (exit 0).
    void onceMissingActiveLog()
    {
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath("logs")));
        const QString config = dir.filePath("c.json");
        QVERIFY(TestUtil::writeFile(config, QStringLiteral(R"({"log_sets": [
            {"name": "app", "log_dir": "%1", "active_log": "app.log"}]})")
                                                .arg(dir.filePath("logs"))
                                                .toUtf8()));
        Run r = run(dir.path(), {"--once", "--force", "-c", config});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(
            r.err.contains(dir.filePath("logs/app.log") + ": the log of set 'app' does not exist"),
            qPrintable(r.err));
        QVERIFY(TestUtil::writeFile(config, QStringLiteral(R"({"log_sets": [
            {"name": "app", "log_dir": "%1", "active_log": "app.log", "missing_ok": true}]})")
                                                .arg(dir.filePath("logs"))
                                                .toUtf8()));
        r = run(dir.path(), {"--once", "--force", "-c", config});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(!r.err.contains("does not exist"), qPrintable(r.err));
    }

    // Issue 12 item 2 at run time: two sets claiming one existing file: --once names both sets
    // and the file, rotates it for neither, and exits 1; their other files rotate.
    void onceReportsAGlobClash()
    {
        QTemporaryDir dir;
        const QString logs = dir.filePath("logs");
        const QByteArray content = TestUtil::numberedLines("c", 0, 500);
        QVERIFY(TestUtil::writeFile(logs + "/test.log", content));
        QVERIFY(TestUtil::writeFile(logs + "/tap.log", content));
        const QString config = dir.filePath("c.json");
        QVERIFY(TestUtil::writeFile(config, QStringLiteral(R"({"log_sets": [
            {"name": "tee", "log_dir": "%1", "patterns": ["t*.log"], "archive_dir": "%2/a1",
             "rotation": {"max_size_mb": 0.01}},
            {"name": "ends", "log_dir": "%1", "patterns": ["*t.log"], "archive_dir": "%2/a2",
             "rotation": {"max_size_mb": 0.01}}]})")
                                                .arg(logs, dir.path())
                                                .toUtf8()));
        const Run r = run(dir.path(), {"--once", "-c", config});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(logs + "/test.log is claimed by sets 'tee' and 'ends'"),
                 qPrintable(r.err));
        QCOMPARE(TestUtil::readFile(logs + "/test.log"), content);
        QCOMPARE(TestUtil::readFile(logs + "/tap.log"), QByteArray()); // tee's alone: rotated
    }

    // Patterns across folders ("*/*.log") with a relative archive_dir: every log is found and
    // archived into its own folder's archive folder.
    void onceNestedPatterns()
    {
        QTemporaryDir dir;
        const QString logs = dir.filePath("var-log");
        const QByteArray a = TestUtil::numberedLines("nginx", 0, 500);
        const QByteArray b = TestUtil::numberedLines("cups", 0, 500);
        QVERIFY(TestUtil::writeFile(logs + "/nginx/access.log", a));
        QVERIFY(TestUtil::writeFile(logs + "/cups/error.log", b));
        QVERIFY(TestUtil::writeFile(logs + "/syslog.log", a)); // not below a folder
        const QString config = dir.filePath("c.json");
        QVERIFY(TestUtil::writeFile(config, QStringLiteral(R"({"log_sets": [
            {"name": "nested", "log_dir": "%1", "patterns": ["%2"], "archive_dir": "old",
             "rotation": {"max_size_mb": 0.01}}]})")
                                                .arg(logs, "*/*.log") // no "/*" for moc
                                                .toUtf8()));
        const Run r = run(dir.path(), {"--once", "-c", config});
        QCOMPARE(r.exitCode, 0);
        const QStringList nginx = TestUtil::entries(logs + "/nginx/old");
        const QStringList cups = TestUtil::entries(logs + "/cups/old");
        QCOMPARE(nginx.size(), 1);
        QCOMPARE(cups.size(), 1);
        QVERIFY(nginx[0].startsWith("access_") && nginx[0].endsWith(".log.gz"));
        QCOMPARE(TestUtil::readArchive(logs + "/nginx/old/" + nginx[0]), a);
        QCOMPARE(TestUtil::readArchive(logs + "/cups/old/" + cups[0]), b);
        QCOMPARE(TestUtil::readFile(logs + "/syslog.log"), a);
        QVERIFY(!QFileInfo::exists(logs + "/old"));
    }

    // Issue 12 item 1: two sets share an archive folder and retention tells their archives
    // apart by name: with max_archives 1, A keeps its newest archive though B's are newer,
    // and another program's old .gz stays.
    void retentionActsOnlyOnItsOwnArchives()
    {
        QTemporaryDir dir;
        const QString archive = dir.filePath("archive");
        const QDateTime now = QDateTime::currentDateTime();
        auto archiveOf = [&](const QString &log, int daysAgo) {
            const QDateTime at = now.addDays(-daysAgo);
            const QString path = archive + '/' + ArchiveNaming::rotatedName(log, at) + ".gz";
            return TestUtil::writeFile(path, "x") && TestUtil::setMtime(path, at) ? path
                                                                                  : QString();
        };
        const QString a1 = archiveOf("a.log", 3), a2 = archiveOf("a.log", 2);
        const QString b1 = archiveOf("b.log", 1), b2 = archiveOf("b.log", 0);
        QVERIFY(!a1.isEmpty() && !a2.isEmpty() && !b1.isEmpty() && !b2.isEmpty());
        QVERIFY(TestUtil::writeFile(archive + "/other-program.log.gz", "x"));
        QVERIFY(TestUtil::setMtime(archive + "/other-program.log.gz", now.addDays(-400)));
        const QString config = dir.filePath("c.json");
        QVERIFY(TestUtil::writeFile(config, QStringLiteral(R"({"log_sets": [
            {"name": "A", "log_dir": "%1/a", "active_log": "a.log", "archive_dir": "%2",
             "archival": {"max_archives": 1}, "missing_ok": true},
            {"name": "B", "log_dir": "%1/b", "active_log": "b.log", "archive_dir": "%2",
             "archival": {"max_archives": 2}, "missing_ok": true}]})")
                                                .arg(dir.path(), archive)
                                                .toUtf8()));
        const Run r = run(dir.path(), {"--once", "-c", config});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(TestUtil::entries(archive),
                 (QStringList{QFileInfo(a2).fileName(), QFileInfo(b1).fileName(),
                              QFileInfo(b2).fileName(), "other-program.log.gz"}));
    }

    // Issue 12 item 6: run as an unprivileged user on a log owned by someone else, the new log
    // cannot keep its owner: a warning names the file and both owners, and --once exits 1.
    void ownerPromiseAsAnUnprivilegedUser()
    {
        if (::geteuid() != 0)
            QSKIP("needs root to prepare a log owned by root and run Logkeeper as nobody");
        QTemporaryDir dir;
        QVERIFY(QFile::setPermissions(dir.path(), QFile::permissions(dir.path()) |
                                                      QFileDevice::ExeOther |
                                                      QFileDevice::ReadOther));
        const QString home = dir.filePath("home");
        const QString logs = dir.filePath("logs");
        QVERIFY(QDir().mkpath(home) && QDir().mkpath(logs));
        const QString active = logs + "/app.log";
        QVERIFY(TestUtil::writeFile(active, "root's line\n"));
        QVERIFY(TestUtil::writeFile(home + "/c.json", QStringLiteral(R"({"log_sets": [
            {"log_dir": "%1", "active_log": "app.log", "archive_dir": "%1",
             "archival": {"compress": false}}], "state_file": "%2/state.json"})")
                                                          .arg(logs, home)
                                                          .toUtf8()));
        for (const QString &path : {home, logs})
            QCOMPARE(::chown(QFile::encodeName(path).constData(), 65534, 65534), 0);
        QCOMPARE(::chown(QFile::encodeName(active).constData(), 0, 0), 0);
        QCOMPARE(::chmod(QFile::encodeName(active).constData(), 0644), 0);

        const Run r = run(home, {"--once", "--force", "-c", home + "/c.json"}, "setpriv",
                          {"--reuid=65534", "--regid=65534", "--clear-groups", LOGKEEPER_BINARY});
        QVERIFY2(r.err.contains(active) && r.err.contains("owned by nobody:nogroup, not root:root"),
                 qPrintable(r.err));
        QCOMPARE(r.exitCode, 1); // a promise not kept is not a success
        struct stat st;
        QCOMPARE(::stat(QFile::encodeName(active).constData(), &st), 0);
        QCOMPARE(st.st_size, 0);
    }
};

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
