// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "engine/rotateoperation.h"

#include "engine/diskfileactions.h"
#include "engine/dryrunfileactions.h"
#include "engine/statestore.h"
#include "testutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Logkeeper;

// Rotating a batch of due logs on real files, through real and dry-run actions.
class TestRotateOperation : public QObject
{
    Q_OBJECT

    static LogSetConfig set(const QString &dir, RotationStrategy strategy)
    {
        LogSetConfig s;
        s.name = "rot";
        s.logDir = dir;
        s.archiveDir = dir + "/archive";
        s.patterns = {"*.log"};
        s.strategy = strategy;
        return s;
    }

private slots:
    void rotatesABatch_data()
    {
        QTest::addColumn<RotationStrategy>("strategy");
        QTest::newRow("rename") << RotationStrategy::Rename;
        QTest::newRow("copytruncate") << RotationStrategy::CopyTruncate;
    }
    void rotatesABatch()
    {
        QFETCH(RotationStrategy, strategy);
        QTemporaryDir dir;
        const LogSetConfig s = set(dir.path(), strategy);
        DiskFileActions actions{ArchiveCompressor(), CancelToken()};
        StateStore state;
        RotateOperation op(actions, state);
        for (const char *name : {"a.log", "b.log"}) {
            QVERIFY(TestUtil::writeFile(dir.filePath(name), QByteArray(name) + " content\n"));
            op.rotate(s, dir.filePath(name), "forced");
        }
        const RotateOperation::Outcome outcome = op.finish();
        QVERIFY(outcome.failures.isEmpty());
        QCOMPARE(outcome.rotations.size(), 2);
        for (const RotateOperation::Rotation &r : outcome.rotations) {
            QCOMPARE(r.setName, QString("rot"));
            QCOMPARE(QFileInfo(r.rotatedPath).absolutePath(), dir.filePath("archive"));
            QCOMPARE(r.archivePath, r.rotatedPath + ".gz");
            QVERIFY(r.needsArchiving);
            QCOMPARE(TestUtil::readFile(r.rotatedPath),
                     QFileInfo(r.activePath).fileName().toUtf8() + " content\n");
            QCOMPARE(QFileInfo(r.activePath).size(), 0); // recreated or truncated
            QVERIFY(state.entry(r.activePath));          // its content begins now
        }
        QVERIFY(op.finish().rotations.isEmpty()); // handed over once
    }

    // Two rotations in the same second: distinct names, nothing overwritten.
    void namesNeverCollide()
    {
        QTemporaryDir dir;
        LogSetConfig s = set(dir.path(), RotationStrategy::Rename);
        s.compress = false;
        s.archiveDir = dir.path(); // beside the log: archived where they are
        DiskFileActions actions{ArchiveCompressor(), CancelToken()};
        StateStore state;
        RotateOperation op(actions, state);
        for (int i = 0; i < 3; ++i) {
            QVERIFY(TestUtil::writeFile(dir.filePath("a.log"), QByteArray::number(i)));
            op.rotate(s, dir.filePath("a.log"), "forced");
        }
        const auto outcome = op.finish();
        QCOMPARE(outcome.rotations.size(), 3);
        QSet<QString> names;
        for (const auto &r : outcome.rotations) {
            names.insert(r.rotatedPath);
            QVERIFY(!r.needsArchiving); // not compressed, already in its archive folder
        }
        QCOMPARE(names.size(), 3);
    }

    void archiveFolderThatCannotBeMade()
    {
        QTemporaryDir dir;
        LogSetConfig s = set(dir.path(), RotationStrategy::Rename);
        QVERIFY(TestUtil::writeFile(dir.filePath("blocker"), "a file"));
        s.archiveDir = dir.filePath("blocker/archive");
        QVERIFY(TestUtil::writeFile(dir.filePath("a.log"), "content\n"));
        DiskFileActions actions{ArchiveCompressor(), CancelToken()};
        StateStore state;
        RotateOperation op(actions, state);
        op.rotate(s, dir.filePath("a.log"), "forced");
        const auto outcome = op.finish();
        QVERIFY(outcome.rotations.isEmpty());
        QCOMPARE(outcome.failures.size(), 1);
        QCOMPARE(outcome.failures.first().kind, Failure::Kind::ArchiveFolderForFile);
        QCOMPARE(outcome.failures.first().text(),
                 dir.filePath("a.log") + ": cannot create archive folder " + s.archiveDir);
        QCOMPARE(TestUtil::readFile(dir.filePath("a.log")), QByteArray("content\n"));
    }

    void dryRunOnlyDescribes()
    {
        QTemporaryDir dir;
        const LogSetConfig s = set(dir.path(), RotationStrategy::Rename);
        QVERIFY(TestUtil::writeFile(dir.filePath("a.log"), "content\n"));
        QStringList planned;
        DryRunFileActions actions([&planned](const QString &line) { planned << line; });
        StateStore state;
        RotateOperation op(actions, state);
        op.rotate(s, dir.filePath("a.log"), "size 1 MiB >= 1 MiB");
        const auto outcome = op.finish();
        QVERIFY(outcome.rotations.isEmpty());
        QVERIFY(outcome.failures.isEmpty());
        QCOMPARE(planned.size(), 1);
        QVERIFY2(planned.first().startsWith("rotate " + dir.filePath("a.log") + " -> " +
                                            dir.filePath("archive/a_")),
                 qPrintable(planned.first()));
        QVERIFY(planned.first().endsWith(".log.gz (size 1 MiB >= 1 MiB, rename)"));
        QCOMPARE(TestUtil::entries(dir.path()), QStringList{"a.log"}); // no archive folder
        QCOMPARE(TestUtil::readFile(dir.filePath("a.log")), QByteArray("content\n"));
    }
};

QTEST_GUILESS_MAIN(TestRotateOperation)
#include "tst_rotateoperation.moc"
