// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "engine/rotateoperation.h"

#include "engine/diskfileactions.h"
#include "engine/dryrunfileactions.h"
#include "engine/statestore.h"
#include "testutil.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

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

    // rotation.strategy "copy": the rotated file holds the content, the log is left as it is
    // (never handed to copytruncate, which would truncate it).
    void copyLeavesTheLogUntouched()
    {
        QTemporaryDir dir;
        const LogSetConfig s = set(dir.path(), RotationStrategy::Copy);
        QVERIFY(TestUtil::writeFile(dir.filePath("a.log"), "keep me\n"));
        DiskFileActions actions{ArchiveCompressor(), CancelToken()};
        StateStore state;
        RotateOperation op(actions, state);
        op.rotate(s, dir.filePath("a.log"), "forced");
        const auto outcome = op.finish();
        QVERIFY(outcome.failures.isEmpty());
        QCOMPARE(outcome.rotations.size(), 1);
        QCOMPARE(TestUtil::readFile(outcome.rotations.first().rotatedPath),
                 QByteArray("keep me\n"));
        QCOMPARE(TestUtil::readFile(dir.filePath("a.log")), QByteArray("keep me\n"));
    }

    // rotation.create: the new log gets the given mode; create false: no new log.
    void createsWithModeOrNot()
    {
        QTemporaryDir dir;
        LogSetConfig s = set(dir.path(), RotationStrategy::Rename);
        s.create.mode = 0640;
        QVERIFY(TestUtil::writeFile(dir.filePath("a.log"), "a\n"));
        QVERIFY(QFile::setPermissions(dir.filePath("a.log"),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
        DiskFileActions actions{ArchiveCompressor(), CancelToken()};
        StateStore state;
        RotateOperation op(actions, state);
        op.rotate(s, dir.filePath("a.log"), "forced");
        QVERIFY(op.finish().failures.isEmpty());
        struct stat st;
        QCOMPARE(::stat(QFile::encodeName(dir.filePath("a.log")).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 07777), 0640);

        s.create.enabled = false;
        op.rotate(s, dir.filePath("a.log"), "forced");
        QVERIFY(op.finish().failures.isEmpty());
        QVERIFY(!QFileInfo::exists(dir.filePath("a.log")));
    }

    // archival.create_dir: false makes a missing archive folder an error naming it; an object
    // creates it with its mode.
    void archiveFolderCreation()
    {
        QTemporaryDir dir;
        LogSetConfig s = set(dir.path(), RotationStrategy::Rename);
        s.createDir.enabled = false;
        QVERIFY(TestUtil::writeFile(dir.filePath("a.log"), "a\n"));
        DiskFileActions actions{ArchiveCompressor(), CancelToken()};
        StateStore state;
        RotateOperation op(actions, state);
        op.rotate(s, dir.filePath("a.log"), "forced");
        auto outcome = op.finish();
        QCOMPARE(outcome.failures.size(), 1);
        QCOMPARE(outcome.failures.first().kind, Failure::Kind::ArchiveFolderMissing);
        QVERIFY2(outcome.failures.first().text().contains(s.archiveDir),
                 qPrintable(outcome.failures.first().text()));
        QVERIFY(!QFileInfo::exists(s.archiveDir));
        QCOMPARE(TestUtil::readFile(dir.filePath("a.log")), QByteArray("a\n"));

        s.createDir = CreateSpec();
        s.createDir.mode = 0750;
        op.rotate(s, dir.filePath("a.log"), "forced");
        outcome = op.finish();
        QVERIFY(outcome.failures.isEmpty());
        QCOMPARE(outcome.rotations.size(), 1);
        struct stat st;
        QCOMPARE(::stat(QFile::encodeName(s.archiveDir).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 07777), 0750);
    }

    void dateextNames()
    {
        QTemporaryDir dir;
        LogSetConfig s = set(dir.path(), RotationStrategy::Rename);
        s.naming.kind = ArchiveNaming::Kind::DateExt;
        s.naming.dateFormat = "-%Y%m%d";
        s.naming.extension = ".log";
        DiskFileActions actions{ArchiveCompressor(), CancelToken()};
        StateStore state;
        RotateOperation op(actions, state);
        QStringList names;
        for (int i = 0; i < 3; ++i) {
            QVERIFY(TestUtil::writeFile(dir.filePath("app.log"), QByteArray::number(i)));
            op.rotate(s, dir.filePath("app.log"), "forced");
            const auto outcome = op.finish();
            QCOMPARE(outcome.rotations.size(), 1);
            names << QFileInfo(outcome.rotations.first().rotatedPath).fileName();
        }
        const QString day = QDate::currentDate().toString("yyyyMMdd");
        // (a rotation just past midnight would start a new day: accept either)
        QVERIFY2(names.first() == "app-" + day + ".log" || names.first().startsWith("app-"),
                 qPrintable(names.join(' ')));
        QStringList sorted = names;
        ArchiveNaming::sortByRotation(s.naming, sorted);
        QCOMPARE(sorted, names); // names sort in rotation order
        QCOMPARE(QSet<QString>(names.begin(), names.end()).size(), 3);
    }

    // Numbered: the existing ones shift up (compressed ones keep their extension), the new
    // rotation is .1.
    void numberedShift()
    {
        QTemporaryDir dir;
        LogSetConfig s = set(dir.path(), RotationStrategy::Rename);
        s.naming.kind = ArchiveNaming::Kind::Numbered;
        QVERIFY(QDir().mkpath(s.archiveDir));
        QVERIFY(TestUtil::writeFile(s.archiveDir + "/app.log.1.gz", "one"));
        QVERIFY(TestUtil::writeFile(s.archiveDir + "/app.log.2.gz", "two"));
        QVERIFY(TestUtil::writeFile(s.archiveDir + "/other.log.1.gz", "other"));
        QVERIFY(TestUtil::writeFile(dir.filePath("app.log"), "new\n"));
        DiskFileActions actions{ArchiveCompressor(), CancelToken()};
        StateStore state;
        RotateOperation op(actions, state);
        op.rotate(s, dir.filePath("app.log"), "forced");
        const auto outcome = op.finish();
        QVERIFY(outcome.failures.isEmpty());
        QCOMPARE(outcome.rotations.size(), 1);
        QCOMPARE(outcome.rotations.first().rotatedPath, s.archiveDir + "/app.log.1");
        QCOMPARE(TestUtil::readFile(s.archiveDir + "/app.log.1"), QByteArray("new\n"));
        QCOMPARE(TestUtil::readFile(s.archiveDir + "/app.log.2.gz"), QByteArray("one"));
        QCOMPARE(TestUtil::readFile(s.archiveDir + "/app.log.3.gz"), QByteArray("two"));
        QCOMPARE(TestUtil::readFile(s.archiveDir + "/other.log.1.gz"), QByteArray("other"));
    }

    // delay_compress: a rotation releases the log's earlier rotated (uncompressed) files for
    // compression; the new one waits.
    void delayCompressReleasesThePrevious()
    {
        QTemporaryDir dir;
        LogSetConfig s = set(dir.path(), RotationStrategy::Rename);
        s.delayCompress = true;
        DiskFileActions actions{ArchiveCompressor(), CancelToken()};
        StateStore state;
        RotateOperation op(actions, state);
        QVERIFY(TestUtil::writeFile(dir.filePath("app.log"), "first\n"));
        op.rotate(s, dir.filePath("app.log"), "forced");
        auto outcome = op.finish();
        QCOMPARE(outcome.rotations.size(), 1);
        QVERIFY(outcome.released.isEmpty());
        const QString first = outcome.rotations.first().rotatedPath;
        QVERIFY(TestUtil::writeFile(dir.filePath("app.log"), "second\n"));
        op.rotate(s, dir.filePath("app.log"), "forced");
        outcome = op.finish();
        QCOMPARE(outcome.rotations.size(), 1);
        QCOMPARE(outcome.released.size(), 1);
        QCOMPARE(outcome.released.first().rotatedPath, first);
        QCOMPARE(outcome.released.first().archivePath, first + ".gz");
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
