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

    void missingLogIsNoFailure()
    {
        QTemporaryDir dir;
        StateStore state;
        const auto v = ScanOperation(state).check(set(dir.path()), dir.filePath("app.log"), true);
        QVERIFY(!v.due);
        QVERIFY(!v.failure);
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
