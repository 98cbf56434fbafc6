// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "engine/recoveryoperation.h"

#include "engine/diskfileactions.h"
#include "engine/dryrunfileactions.h"
#include "testutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Logkeeper;

// What a crash leaves behind, found and dealt with from what is on disk.
class TestRecoveryOperation : public QObject
{
    Q_OBJECT

    static LogSetConfig set(const QString &dir, RotationStrategy strategy)
    {
        LogSetConfig s;
        s.name = "rec";
        s.logDir = dir;
        s.archiveDir = dir + "/archive";
        s.activeLog = "app.log";
        s.strategy = strategy;
        return s;
    }

    // Leftovers of every kind: a temporary archive, a temporary copytruncate copy beside the
    // log, a rotated file not yet archived, an archive (which stays).
    static void leaveLeftovers(const QTemporaryDir &dir)
    {
        QVERIFY(TestUtil::writeFile(dir.filePath("app.log"), "live\n"));
        QVERIFY(TestUtil::writeFile(dir.filePath("archive/.logkeeper-tmp-app_x.log.gz-1"), "half"));
        QVERIFY(TestUtil::writeFile(dir.filePath(".logkeeper-tmp-app_x.log-2"), "half"));
        QVERIFY(TestUtil::writeFile(dir.filePath("archive/app_20261101_101010.log"), "rotated\n"));
        QVERIFY(TestUtil::writeFile(dir.filePath("archive/app_20261001_101010.log.gz"), "gz"));
    }

private slots:
    void removesTemporariesAndFindsUnarchived()
    {
        QTemporaryDir dir;
        leaveLeftovers(dir);
        DiskFileActions actions{ArchiveCompressor(), CancelToken()};
        const auto outcome = RecoveryOperation(actions).run(
            set(dir.path(), RotationStrategy::Rename), [](const QString &) { return false; });
        QVERIFY(outcome.failures.isEmpty());
        QCOMPARE(outcome.unarchived.size(), 1);
        QCOMPARE(outcome.unarchived.first().rotatedPath,
                 dir.filePath("archive/app_20261101_101010.log"));
        QCOMPARE(outcome.unarchived.first().activePath, dir.filePath("app.log"));
        QCOMPARE(TestUtil::entries(dir.filePath("archive")),
                 (QStringList{"app_20261001_101010.log.gz", "app_20261101_101010.log"}));
        QCOMPARE(TestUtil::entries(dir.path()), QStringList{"app.log"});
    }

    void knownFilesAreNotHandedBackAgain()
    {
        QTemporaryDir dir;
        leaveLeftovers(dir);
        DiskFileActions actions{ArchiveCompressor(), CancelToken()};
        const auto outcome = RecoveryOperation(actions).run(
            set(dir.path(), RotationStrategy::Rename), [](const QString &) { return true; });
        QVERIFY(outcome.unarchived.isEmpty());
    }

    // Killed after the copy was in place but before its content left the log: the copy goes.
    void interruptedCopyTruncate()
    {
        QTemporaryDir dir;
        const QByteArray content = TestUtil::numberedLines("ct", 0, 100);
        QVERIFY(TestUtil::writeFile(dir.filePath("app.log"), content + "after the copy\n"));
        QVERIFY(TestUtil::writeFile(dir.filePath("archive/app_20261101_101010.log"), content));
        // A copy whose content the log no longer starts with is a real rotated file.
        QVERIFY(TestUtil::writeFile(dir.filePath("archive/app_20261102_101010.log"), "other\n"));
        DiskFileActions actions{ArchiveCompressor(), CancelToken()};
        const auto outcome = RecoveryOperation(actions).run(
            set(dir.path(), RotationStrategy::CopyTruncate), [](const QString &) { return false; });
        QCOMPARE(outcome.unarchived.size(), 1);
        QCOMPARE(outcome.unarchived.first().rotatedPath,
                 dir.filePath("archive/app_20261102_101010.log"));
        QCOMPARE(TestUtil::entries(dir.filePath("archive")),
                 QStringList{"app_20261102_101010.log"});
        QCOMPARE(TestUtil::readFile(dir.filePath("app.log")), content + "after the copy\n");
    }

    void makesTheArchiveFolder()
    {
        QTemporaryDir dir;
        DiskFileActions actions{ArchiveCompressor(), CancelToken()};
        LogSetConfig s = set(dir.path(), RotationStrategy::Rename);
        QVERIFY(RecoveryOperation(actions)
                    .run(s, [](const QString &) { return false; })
                    .failures.isEmpty());
        QVERIFY(QFileInfo(s.archiveDir).isDir());
        QVERIFY(TestUtil::writeFile(dir.filePath("blocker"), "a file"));
        s.archiveDir = dir.filePath("blocker/archive");
        const auto outcome =
            RecoveryOperation(actions).run(s, [](const QString &) { return false; });
        QCOMPARE(outcome.failures.size(), 1);
        QCOMPARE(outcome.failures.first().text(),
                 s.archiveDir + ": cannot create the archive folder");
    }

    void dryRunOnlyDescribes()
    {
        QTemporaryDir dir;
        leaveLeftovers(dir);
        QVERIFY(TestUtil::writeFile(dir.filePath("app.log"), "rotated\nand more\n"));
        QStringList planned;
        DryRunFileActions actions([&planned](const QString &line) { planned << line; });
        RecoveryOperation(actions).run(set(dir.path(), RotationStrategy::CopyTruncate),
                                       [](const QString &) { return false; });
        planned.sort();
        QCOMPARE(planned, (QStringList{"remove " + dir.filePath("archive/app_20261101_101010.log") +
                                           " (an interrupted copytruncate; " +
                                           dir.filePath("app.log") + " still holds its content)",
                                       "remove leftover temporary file " +
                                           dir.filePath(".logkeeper-tmp-app_x.log-2"),
                                       "remove leftover temporary file " +
                                           dir.filePath("archive/.logkeeper-tmp-app_x.log.gz-1")}));
        QCOMPARE(TestUtil::entries(dir.filePath("archive")).size(), 3); // all still there
        QCOMPARE(TestUtil::entries(dir.path()).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestRecoveryOperation)
#include "tst_recoveryoperation.moc"
