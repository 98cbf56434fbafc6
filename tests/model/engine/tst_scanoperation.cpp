// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "engine/scanoperation.h"

#include "testutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Logkeeper;

// Which files of a set are live and whether one is due, on real files.
class TestScanOperation : public QObject
{
    Q_OBJECT

    static LogSetConfig set(const QString &dir)
    {
        LogSetConfig s;
        s.name = "scan";
        s.logDir = dir;
        s.archiveDir = dir + "/archive";
        s.activeLog = "app.log";
        s.maxSizeMb = 0.01; // 10 KiB
        return s;
    }

private slots:
    void liveFiles()
    {
        QTemporaryDir dir;
        LogSetConfig s = set(dir.path());
        // One active log: named whether or not it exists yet.
        QCOMPARE(ScanOperation::liveFiles(s), QStringList{dir.filePath("app.log")});
        // Patterns: matching files only, sorted, never our own rotated, compressed or
        // temporary files.
        s.activeLog.clear();
        s.patterns = {"*.log"};
        for (const char *name : {"b.log", "a.log", "c.txt", "a_20260101_101010.log",
                                 "a_20260101_101010.log.gz", ".logkeeper-tmp-a.log-1"})
            QVERIFY(TestUtil::writeFile(dir.filePath(name), "x"));
        QCOMPARE(ScanOperation::liveFiles(s),
                 (QStringList{dir.filePath("a.log"), dir.filePath("b.log")}));
    }

    void existing()
    {
        QTemporaryDir dir;
        QVERIFY(TestUtil::writeFile(dir.filePath("file"), "x"));
        QVERIFY(QFile::link(dir.filePath("file"), dir.filePath("link")));
        QCOMPARE(ScanOperation::existing(
                     {dir.filePath("file"), dir.filePath("link"), dir.filePath("missing")}),
                 QStringList{dir.filePath("file")});
    }

    void dueBySizeAndForce()
    {
        QTemporaryDir dir;
        StateStore state(dir.filePath("state.json"));
        ScanOperation scan(state);
        const QString log = dir.filePath("app.log");
        QVERIFY(TestUtil::writeFile(log, "small\n"));
        auto v = scan.check(set(dir.path()), log, false);
        QVERIFY(!v.due && !v.failure);
        QVERIFY(state.entry(log)); // first sight recorded, in memory
        v = scan.check(set(dir.path()), log, true);
        QVERIFY(v.due);
        QCOMPARE(v.reason, QString("forced"));
        QVERIFY(TestUtil::writeFile(log, QByteArray(20000, 'x')));
        v = scan.check(set(dir.path()), log, false);
        QVERIFY2(v.due && v.reason.startsWith("size"), qPrintable(v.reason));
        QVERIFY(!QFile::exists(dir.filePath("state.json"))); // a scan never writes
    }

    void emptyLogIsNotDueEvenForced()
    {
        QTemporaryDir dir;
        StateStore state;
        QVERIFY(TestUtil::writeFile(dir.filePath("app.log"), ""));
        QVERIFY(!ScanOperation(state).check(set(dir.path()), dir.filePath("app.log"), true).due);
    }

    // logrotate's nomissingok: a missing active_log is an error naming the log and the set...
    void missingActiveLogIsAFailure()
    {
        QTemporaryDir dir;
        StateStore state;
        const auto v = ScanOperation(state).check(set(dir.path()), dir.filePath("app.log"), true);
        QVERIFY(!v.due);
        QVERIFY(v.failure);
        QCOMPARE(v.failure->kind, Failure::Kind::LogMissing);
        QCOMPARE(v.failure->path, dir.filePath("app.log"));
        QVERIFY(v.failure->text().contains("'scan'"));
    }

    // ... and with missing_ok (missingok) it is fine.
    void missingActiveLogWithMissingOk()
    {
        QTemporaryDir dir;
        StateStore state;
        LogSetConfig s = set(dir.path());
        s.missingOk = true;
        const auto v = ScanOperation(state).check(s, dir.filePath("app.log"), true);
        QVERIFY(!v.due);
        QVERIFY(!v.failure);
    }

    // A pattern's file that went between the listing and the check is no failure.
    void vanishedPatternFileIsNoFailure()
    {
        QTemporaryDir dir;
        StateStore state;
        LogSetConfig s = set(dir.path());
        s.activeLog.clear();
        s.patterns = {"*.log"};
        const auto v = ScanOperation(state).check(s, dir.filePath("gone.log"), false);
        QVERIFY(!v.due);
        QVERIFY(!v.failure);
    }

    // The schedule counts from the last rotation in the state (issue 14), with size and age
    // off.
    void scheduleCountsFromLastRotation()
    {
        QTemporaryDir dir;
        StateStore state;
        LogSetConfig s = set(dir.path());
        s.maxSizeMb = 0;
        s.maxAgeDays = 0;
        s.schedule = RotationSchedule::Daily;
        const QString log = dir.filePath("app.log");
        QVERIFY(TestUtil::writeFile(log, "line\n"));
        const QDateTime now = QDateTime::currentDateTime();
        ScanOperation scan(state);
        QVERIFY(!scan.check(s, log, false, now).due); // first sight: counts from now
        const auto entry = *state.entry(log);
        state.recordRotation(log, now.addDays(-1), entry.device, entry.inode);
        const auto v = scan.check(s, log, false, now);
        QVERIFY2(v.due && v.reason.startsWith("daily"), qPrintable(v.reason));
        state.recordRotation(log, now, entry.device, entry.inode);
        QVERIFY(!scan.check(s, log, false, now).due);
        // min_size holds the schedule back while the log is smaller
        state.recordRotation(log, now.addDays(-1), entry.device, entry.inode);
        s.minSizeMb = 1;
        QVERIFY(!scan.check(s, log, false, now).due);
    }

    // if_empty: an empty log is rotated by --force (and the schedule) only with it.
    void ifEmptyRotatesEmptyLogs()
    {
        QTemporaryDir dir;
        StateStore state;
        LogSetConfig s = set(dir.path());
        s.ifEmpty = true;
        QVERIFY(TestUtil::writeFile(dir.filePath("app.log"), ""));
        QVERIFY(ScanOperation(state).check(s, dir.filePath("app.log"), true).due);
        QVERIFY(!ScanOperation(state).check(s, dir.filePath("app.log"), false).due);
    }

    // Patterns with "/" reach folders below log_dir; each log's archives go to its own folder's
    // archive_dir.
    void patternsSpanFolders()
    {
        QTemporaryDir dir;
        LogSetConfig s = set(dir.path());
        s.activeLog.clear();
        s.patterns = {"*/*.log"};
        s.archiveDirRelative = "archive";
        for (const char *name : {"top.log", "a/x.log", "b/y.log", "b/y.txt", "a/archive/z.log",
                                 "a/x_20260101_101010.log", "c/d/deep.log"})
            QVERIFY(TestUtil::writeFile(dir.filePath(name), "x"));
        QCOMPARE(ScanOperation::liveFiles(s),
                 (QStringList{dir.filePath("a/x.log"), dir.filePath("b/y.log")}));
        QStringList folders;
        ScanOperation::liveFiles(s, &folders);
        QVERIFY(folders.contains(dir.path()));
        QVERIFY(folders.contains(dir.filePath("a")));
        QVERIFY(folders.contains(dir.filePath("c")));
        const LogSetConfig a = ScanOperation::forLog(s, dir.filePath("a/x.log"));
        QCOMPARE(a.logDir, dir.filePath("a"));
        QCOMPARE(a.archiveDir, dir.filePath("a/archive"));
        QCOMPARE(a.name, s.name);
        // A set within one folder is its own view.
        const LogSetConfig plain = set(dir.path());
        QCOMPARE(ScanOperation::forLog(plain, dir.filePath("app.log")).archiveDir,
                 plain.archiveDir);
    }

    void symlinkIsAFailure()
    {
        QTemporaryDir dir;
        StateStore state;
        QVERIFY(TestUtil::writeFile(dir.filePath("target"), QByteArray(20000, 'x')));
        QVERIFY(QFile::link(dir.filePath("target"), dir.filePath("app.log")));
        const auto v = ScanOperation(state).check(set(dir.path()), dir.filePath("app.log"), true);
        QVERIFY(!v.due);
        QVERIFY(v.failure);
        QCOMPARE(v.failure->kind, Failure::Kind::Symlink);
        QCOMPARE(v.failure->setName, QString("scan"));
        QCOMPARE(v.failure->path, dir.filePath("app.log"));
        QVERIFY(v.failure->text().contains("is a symlink; refused"));
    }
};

QTEST_GUILESS_MAIN(TestScanOperation)
#include "tst_scanoperation.moc"
