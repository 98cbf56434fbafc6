// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
// Faults during rotation on real filesystems: a full archive filesystem (a small tmpfs this
// test mounts, so it needs root: CI runs as root), and files that vanish or change under us.
// Whatever happens: an error naming the file and the cause, the data intact, and the next
// check succeeds once the cause is gone.

#include "engine/rotationworker.h"

#include "core/codecs.h"
#include "testutil.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Logkeeper;

class TestRotationFaults : public QObject
{
    Q_OBJECT

    QTemporaryDir m_state;

    Config config(const QString &logDir, const QString &archiveDir, RotationStrategy strategy)
    {
        LogSetConfig set;
        set.name = "faults";
        set.logDir = logDir;
        set.archiveDir = archiveDir;
        set.activeLog = "app.log";
        set.strategy = strategy;
        Config c;
        c.logSets = {set};
        c.debounceSeconds = 0.1;
        c.maxWaitSeconds = 1;
        c.stateFile = m_state.filePath("state.json");
        return c;
    }

    static QByteArray incompressible(int size)
    {
        QByteArray data(size, Qt::Uninitialized);
        QRandomGenerator generator(42);
        generator.fillRange(reinterpret_cast<quint32 *>(data.data()), size / 4);
        return data;
    }

private slots:
    void fullArchiveFilesystem_data()
    {
        QTest::addColumn<RotationStrategy>("strategy");
        QTest::newRow("rename") << RotationStrategy::Rename;
        QTest::newRow("copytruncate") << RotationStrategy::CopyTruncate;
    }
    void fullArchiveFilesystem()
    {
        QFETCH(RotationStrategy, strategy);
        if (::geteuid() != 0)
            QSKIP("mounting a small tmpfs needs root (CI runs this as root)");
        QTemporaryDir logs;
        QTemporaryDir mountPoint;
        QCOMPARE(QProcess::execute("mount",
                                   {"-t", "tmpfs", "-o", "size=256k", "tmpfs", mountPoint.path()}),
                 0);
        auto unmount = qScopeGuard([&] { QProcess::execute("umount", {mountPoint.path()}); });

        const QByteArray content = incompressible(1 << 20); // cannot fit, compressed or not
        QVERIFY(TestUtil::writeFile(logs.filePath("app.log"), content));
        const Config c = config(logs.path(), mountPoint.path(), strategy);
        RotationWorker worker;
        QSignalSpy failed(&worker, &RotationWorker::failed);
        const auto s = worker.runOnce(c, true, false);
        QCOMPARE(s.failures, 1);
        QCOMPARE(s.archives, 0);
        const QString error = failed.at(0).at(0).value<Failure>().text();
        QVERIFY2(error.contains("No space left on device"), qPrintable(error));
        QVERIFY2(error.contains(logs.path()) || error.contains(mountPoint.path()),
                 qPrintable(error));
        QCOMPARE(TestUtil::entries(mountPoint.path()), QStringList()); // no temporary left

        // Every byte is still on the log's filesystem: in the active log (copytruncate), or in
        // the rotated file waiting beside it for space (rename).
        QByteArray kept;
        for (const QString &name : TestUtil::entries(logs.path()))
            kept += TestUtil::readFile(logs.filePath(name));
        QCOMPARE(kept, content);

        // Space comes back: the next pass finishes the job.
        unmount.dismiss();
        QCOMPARE(QProcess::execute("umount", {mountPoint.path()}), 0);
        QCOMPARE(QProcess::execute("mount",
                                   {"-t", "tmpfs", "-o", "size=8m", "tmpfs", mountPoint.path()}),
                 0);
        auto unmountAgain = qScopeGuard([&] { QProcess::execute("umount", {mountPoint.path()}); });
        const auto retry = worker.runOnce(c, true, false);
        QCOMPARE(retry.failures, 0);
        QCOMPARE(retry.archives, 1);
        const QStringList archives = TestUtil::entries(mountPoint.path());
        QCOMPARE(archives.size(), 1);
        QCOMPARE(TestUtil::readArchive(mountPoint.filePath(archives.first())) +
                     TestUtil::readFile(logs.filePath("app.log")),
                 content);
    }

    // The log disappears between two checks: nothing to rotate; an error naming the log
    // without missing_ok (logrotate's nomissingok), none with it.
    void activeLogVanishes()
    {
        QTemporaryDir dir;
        QVERIFY(TestUtil::writeFile(dir.filePath("app.log"), "x\n"));
        Config c = config(dir.path(), dir.filePath("archive"), RotationStrategy::Rename);
        RotationWorker worker;
        QCOMPARE(worker.runOnce(c, true, false).rotations, 1);
        QVERIFY(QFile::remove(dir.filePath("app.log")));
        auto s = worker.runOnce(c, true, false);
        QCOMPARE(s.failures, 1);
        QCOMPARE(s.rotations, 0);
        c.logSets[0].missingOk = true;
        s = worker.runOnce(c, true, false);
        QCOMPARE(s.failures, 0); // missing_ok: a log that does not exist (yet) is fine
        QCOMPARE(s.rotations, 0);
    }

    void activeLogBecomesASymlink()
    {
        QTemporaryDir dir;
        QVERIFY(TestUtil::writeFile(dir.filePath("app.log"), "x\n"));
        QVERIFY(TestUtil::writeFile(dir.filePath("elsewhere.log"), "not ours\n"));
        Config c = config(dir.path(), dir.filePath("archive"), RotationStrategy::CopyTruncate);
        RotationWorker worker;
        QCOMPARE(worker.runOnce(c, true, false).rotations, 1);
        QVERIFY(QFile::remove(dir.filePath("app.log")));
        QVERIFY(QFile::link(dir.filePath("elsewhere.log"), dir.filePath("app.log")));
        QSignalSpy failed(&worker, &RotationWorker::failed);
        QCOMPARE(worker.runOnce(c, true, false).failures, 1);
        QVERIFY(failed.at(0).at(0).value<Failure>().text().contains("symlink"));
        QCOMPARE(TestUtil::readFile(dir.filePath("elsewhere.log")), QByteArray("not ours\n"));
    }

    void archiveFolderRemovedWhileRunning()
    {
        QTemporaryDir dir;
        QVERIFY(TestUtil::writeFile(dir.filePath("app.log"), "one\n"));
        Config c = config(dir.path(), dir.filePath("archive"), RotationStrategy::Rename);
        RotationWorker worker;
        QCOMPARE(worker.runOnce(c, true, false).archives, 1);
        QVERIFY(QDir(dir.filePath("archive")).removeRecursively());
        QVERIFY(TestUtil::writeFile(dir.filePath("app.log"), "two\n"));
        const auto s = worker.runOnce(c, true, false);
        QCOMPARE(s.failures, 0);
        QCOMPARE(s.archives, 1); // recreated and used
        const QStringList files = TestUtil::entries(dir.filePath("archive"));
        QCOMPARE(files.size(), 1);
        QCOMPARE(TestUtil::readArchive(dir.filePath("archive/" + files.first())),
                 QByteArray("two\n"));
    }
};

QTEST_GUILESS_MAIN(TestRotationFaults)
#include "tst_rotationfaults.moc"
