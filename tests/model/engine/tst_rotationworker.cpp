// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "engine/rotationworker.h"
#include "engine/statestore.h"

#include "compression/archivecompressor.h"
#include "compression/compressionbackend.h"
#include "core/archivenaming.h"
#include "core/codecs.h"
#include "testutil.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Logkeeper;

// The worker on real files in temporary folders, through its --once entry point (the daemon
// path through the worker thread is covered by tst_engine and the CLI tests).
class TestRotationWorker : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    Config config(const QString &logDir, const QString &archiveDir = {})
    {
        LogSetConfig set;
        set.name = "test";
        set.logDir = logDir;
        set.archiveDir = archiveDir.isEmpty() ? logDir + "/archive" : archiveDir;
        set.activeLog = "app.log";
        set.maxSizeMb = 0.01; // 10 KiB
        Config c;
        c.logSets = {set};
        c.debounceSeconds = 0.2;
        c.maxWaitSeconds = 2;
        c.stateFile = m_dir.filePath("state.json");
        return c;
    }

    static QStringList archivesIn(const QString &dir)
    {
        QStringList out;
        for (const QString &name : TestUtil::entries(dir)) {
            if (Codecs::isCompressedName(name))
                out.append(name);
        }
        return out;
    }

private slots:
    void init() { QFile::remove(m_dir.filePath("state.json")); }

    // The seed's §6.1/§6.2: grow the log past the limit; it is rotated, recreated, and the
    // rotated file is compressed to .gz with exactly the original content.
    void rotatesAndCompressesBySize()
    {
        QTemporaryDir dir;
        const QString active = dir.filePath("app.log");
        const QByteArray content = TestUtil::numberedLines("Log entry", 1, 1000, 40);
        QVERIFY(TestUtil::writeFile(active, content));
        RotationWorker worker;
        QSignalSpy rotated(&worker, &RotationWorker::rotated);
        const auto s = worker.runOnce(config(dir.path()), false, false);
        QCOMPARE(s.failures, 0);
        QCOMPARE(s.rotations, 1);
        QCOMPARE(s.archives, 1);
        QCOMPARE(rotated.count(), 1);
        QCOMPARE(QFileInfo(active).size(), 0); // recreated empty
        const QStringList archives = archivesIn(dir.filePath("archive"));
        QCOMPARE(archives.size(), 1);
        QVERIFY2(ArchiveNaming::isRotatedNameOf(archives.first(), "app.log", true),
                 qPrintable(archives.first()));
        QVERIFY(archives.first().endsWith(".log.gz"));
        QCOMPARE(TestUtil::entries(dir.filePath("archive")), archives); // nothing else left
        QCOMPARE(TestUtil::readArchive(dir.filePath("archive/" + archives.first())), content);
    }

    void smallFileIsLeftAlone()
    {
        QTemporaryDir dir;
        QVERIFY(TestUtil::writeFile(dir.filePath("app.log"), "a few bytes\n"));
        RotationWorker worker;
        const auto s = worker.runOnce(config(dir.path()), false, false);
        QCOMPARE(s.rotations, 0);
        QCOMPARE(TestUtil::readFile(dir.filePath("app.log")), QByteArray("a few bytes\n"));
    }

    void emptyFileIsNeverRotated()
    {
        QTemporaryDir dir;
        QVERIFY(TestUtil::writeFile(dir.filePath("app.log"), ""));
        RotationWorker worker;
        QCOMPARE(worker.runOnce(config(dir.path()), true, false).rotations, 0);
    }

    void forceRotatesNonEmpty()
    {
        QTemporaryDir dir;
        QVERIFY(TestUtil::writeFile(dir.filePath("app.log"), "x\n"));
        RotationWorker worker;
        QCOMPARE(worker.runOnce(config(dir.path()), true, false).rotations, 1);
    }

    // Age counts from the recorded start of the content, even though mtime is fresh.
    void ageFromStateNotMtime()
    {
        QTemporaryDir dir;
        const QString active = dir.filePath("app.log");
        QVERIFY(TestUtil::writeFile(active, "line\n"));
        Config c = config(dir.path());
        c.logSets[0].maxAgeDays = 1;
        RotationWorker worker;
        QCOMPARE(worker.runOnce(c, false, false).rotations, 0); // first sight: counts from now
        // Pretend the content began two days ago, as a state file from earlier runs would say.
        StateStore state(c.stateFile);
        QString error;
        QVERIFY(state.load(&error));
        auto e = state.entry(active);
        QVERIFY(e);
        e->contentSince = QDateTime::currentDateTime().addDays(-2);
        state.setEntry(active, *e);
        QVERIFY(state.save(&error));
        QVERIFY(TestUtil::appendFile(active, "fresh write\n")); // mtime: now
        QCOMPARE(worker.runOnce(c, false, false).rotations, 1);
    }

    void untouchedOldFileRotatesByMtime()
    {
        QTemporaryDir dir;
        const QString active = dir.filePath("app.log");
        QVERIFY(TestUtil::writeFile(active, "old line\n"));
        QVERIFY(TestUtil::setMtime(active, QDateTime::currentDateTime().addDays(-8)));
        RotationWorker worker;
        QCOMPARE(worker.runOnce(config(dir.path()), false, false).rotations, 1);
    }

    // Two rotations within one second get distinct names; nothing is overwritten.
    void sameSecondGetsDistinctNames()
    {
        QTemporaryDir dir;
        RotationWorker worker;
        QByteArray all;
        for (int i = 0; i < 3; ++i) {
            const QByteArray part = TestUtil::numberedLines("r" + QByteArray::number(i), 0, 10);
            all += part;
            QVERIFY(TestUtil::writeFile(dir.filePath("app.log"), part));
            QCOMPARE(worker.runOnce(config(dir.path()), true, false).archives, 1);
        }
        QStringList archives = archivesIn(dir.filePath("archive"));
        ArchiveNaming::sortByRotation(archives);
        QCOMPARE(archives.size(), 3);
        QByteArray joined;
        for (const QString &name : archives)
            joined += TestUtil::readArchive(dir.filePath("archive/" + name));
        QCOMPARE(joined, all);
    }

    void everyCodec_data()
    {
        QTest::addColumn<QString>("codec");
        for (const QString &codec : TestUtil::codecNames())
            QTest::newRow(qPrintable(codec)) << codec;
    }
    void everyCodec()
    {
        QFETCH(QString, codec);
        QTemporaryDir dir;
        const QByteArray content = TestUtil::numberedLines("c", 0, 500);
        QVERIFY(TestUtil::writeFile(dir.filePath("app.log"), content));
        Config c = config(dir.path());
        c.logSets[0].codec = TestUtil::codec(codec);
        c.logSets[0].strategy = RotationStrategy::CopyTruncate;
        RotationWorker worker;
        QCOMPARE(worker.runOnce(c, false, false).archives, 1);
        const QStringList archives = archivesIn(dir.filePath("archive"));
        QCOMPARE(archives.size(), 1);
        QCOMPARE(Codecs::fromFileName(archives.first()), TestUtil::codec(codec));
        QCOMPARE(TestUtil::readArchive(dir.filePath("archive/" + archives.first())) +
                     TestUtil::readFile(dir.filePath("app.log")),
                 content);
    }

    void noCompressionKeepsPlainRotatedFile()
    {
        QTemporaryDir dir;
        const QByteArray content = TestUtil::numberedLines("p", 0, 300);
        QVERIFY(TestUtil::writeFile(dir.filePath("app.log"), content));
        Config c = config(dir.path());
        c.logSets[0].compress = false;
        RotationWorker worker;
        QCOMPARE(worker.runOnce(c, false, false).rotations, 1);
        const QStringList files = TestUtil::entries(dir.filePath("archive"));
        QCOMPARE(files.size(), 1);
        QVERIFY(ArchiveNaming::isRotatedNameOf(files.first(), "app.log", false));
        QCOMPARE(TestUtil::readFile(dir.filePath("archive/" + files.first())), content);
    }

    // The seed's §6.3 with an archive the set made (the script named them app_<time>.log.gz):
    // 40 days old, it is removed. Anything else stays: a recent archive, and another program's
    // old_log.log.gz of the same age (the script's folder-wide *.gz sweep took that too).
    void retentionRemovesOldArchivesOnly()
    {
        QTemporaryDir dir;
        const QString archive = dir.filePath("archive");
        const QDateTime fortyDaysAgo = QDateTime::currentDateTime().addDays(-40);
        const QString old = ArchiveNaming::rotatedName("app.log", fortyDaysAgo) + ".gz";
        QVERIFY(TestUtil::writeFile(archive + "/" + old, "x"));
        QVERIFY(TestUtil::setMtime(archive + "/" + old, fortyDaysAgo));
        QVERIFY(TestUtil::writeFile(archive + "/old_log.log.gz", "x"));
        QVERIFY(TestUtil::setMtime(archive + "/old_log.log.gz", fortyDaysAgo));
        const QString recent =
            ArchiveNaming::rotatedName("app.log", QDateTime::currentDateTime().addDays(-1)) + ".gz";
        QVERIFY(TestUtil::writeFile(archive + "/" + recent, "x"));
        QVERIFY(TestUtil::writeFile(archive + "/notes.txt", "x"));
        QVERIFY(
            TestUtil::setMtime(archive + "/notes.txt", QDateTime::currentDateTime().addDays(-400)));
        QVERIFY(TestUtil::writeFile(dir.filePath("outside.gz"), "x"));
        QVERIFY(TestUtil::setMtime(dir.filePath("outside.gz"),
                                   QDateTime::currentDateTime().addDays(-400)));
        // A symlink to an old archive elsewhere, named as one of ours: neither it nor its target
        // may go.
        const QString link = ArchiveNaming::rotatedName("app.log", fortyDaysAgo, 1) + ".gz";
        QVERIFY(QFile::link(dir.filePath("outside.gz"), archive + "/" + link));
        RotationWorker worker;
        QSignalSpy removed(&worker, &RotationWorker::archiveRemoved);
        const auto s = worker.runOnce(config(dir.path()), false, false);
        QCOMPARE(s.removals, 1);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(1).toString(), archive + "/" + old);
        QStringList left{link, "notes.txt", "old_log.log.gz", recent};
        left.sort();
        QCOMPARE(TestUtil::entries(archive), left);
        QVERIFY(QFileInfo::exists(dir.filePath("outside.gz")));
    }

    void retentionByCount()
    {
        QTemporaryDir dir;
        const QString archive = dir.filePath("archive");
        QStringList names;
        for (int i = 0; i < 5; ++i) {
            const QDateTime at = QDateTime::currentDateTime().addDays(-5 + i);
            names.append(ArchiveNaming::rotatedName("app.log", at) + ".gz");
            QVERIFY(TestUtil::writeFile(archive + "/" + names.last(), "x"));
            QVERIFY(TestUtil::setMtime(archive + "/" + names.last(), at));
        }
        QVERIFY(TestUtil::writeFile(archive + "/a-foreign.log.gz", "x")); // not counted
        Config c = config(dir.path());
        c.logSets[0].maxArchives = 2;
        RotationWorker worker;
        QCOMPARE(worker.runOnce(c, false, false).removals, 3);
        QCOMPARE(TestUtil::entries(archive), (QStringList{"a-foreign.log.gz", names[3], names[4]}));
    }

    void symlinkActiveLogIsRefused()
    {
        QTemporaryDir dir;
        const QByteArray content(20000, 'z');
        QVERIFY(TestUtil::writeFile(dir.filePath("real/target.log"), content));
        QVERIFY(QFile::link(dir.filePath("real/target.log"), dir.filePath("app.log")));
        RotationWorker worker;
        QSignalSpy failed(&worker, &RotationWorker::failed);
        const auto s = worker.runOnce(config(dir.path()), true, false);
        QCOMPARE(s.rotations, 0);
        QCOMPARE(s.failures, 1);
        QCOMPARE(failed.count(), 1);
        const QString error = failed.at(0).at(0).value<Failure>().text();
        QVERIFY2(error.contains(dir.filePath("app.log")) && error.contains("symlink"),
                 qPrintable(error));
        QCOMPARE(TestUtil::readFile(dir.filePath("real/target.log")), content);
        QVERIFY(QFileInfo(dir.filePath("app.log")).isSymLink());
    }

    void patternsRotateEachMatchingFile()
    {
        QTemporaryDir dir;
        Config c = config(dir.path(), dir.path()); // archives beside the logs
        c.logSets[0].activeLog.clear();
        c.logSets[0].patterns = {"*.log"};
        const QByteArray big = TestUtil::numberedLines("b", 0, 300);
        QVERIFY(TestUtil::writeFile(dir.filePath("a.log"), big));
        QVERIFY(TestUtil::writeFile(dir.filePath("b.log"), big));
        QVERIFY(TestUtil::writeFile(dir.filePath("c.txt"), big));
        RotationWorker worker;
        QCOMPARE(worker.runOnce(c, false, false).rotations, 2);
        QCOMPARE(archivesIn(dir.path()).size(), 2);
        // A second pass finds nothing: its own archives are never matched by "*.log".
        QCOMPARE(worker.runOnce(c, true, false).rotations, 0);
        QCOMPARE(TestUtil::readFile(dir.filePath("c.txt")), big);
    }

    // Many files due at once are archived in batches (staged side by side, made durable by one
    // syncfs, committed, folders fsynced, then the sources removed), small and large mixed: each
    // archive holds exactly its log's content, nothing is left over.
    void manyFilesInBatches_data()
    {
        QTest::addColumn<RotationStrategy>("strategy");
        QTest::addColumn<QString>("codec");
        QTest::newRow("rename, gzip") << RotationStrategy::Rename << "gzip";
        QTest::newRow("copytruncate, zstd") << RotationStrategy::CopyTruncate << "zstd";
    }
    void manyFilesInBatches()
    {
        QFETCH(RotationStrategy, strategy);
        QFETCH(QString, codec);
        QTemporaryDir dir;
        Config c = config(dir.path());
        c.logSets[0].activeLog.clear();
        c.logSets[0].patterns = {"*.log"};
        c.logSets[0].strategy = strategy;
        c.logSets[0].codec = TestUtil::codec(codec);
        c.debounceSeconds = 0.05;
        const int files = 600; // more than one chunk of staged archives
        QHash<QString, QByteArray> contents;
        for (int i = 0; i < files; ++i) {
            // Two of them larger than a "small" file: compressed on all cores, in the same batch.
            const int lines = i % 300 == 7 ? 30000 : 20 + i % 50;
            contents.insert(QStringLiteral("f%1.log").arg(i),
                            TestUtil::numberedLines("f" + QByteArray::number(i), 0, lines));
        }
        for (auto it = contents.cbegin(); it != contents.cend(); ++it)
            QVERIFY(TestUtil::writeFile(dir.filePath(it.key()), it.value()));
        RotationWorker worker;
        QSignalSpy archived(&worker, &RotationWorker::archived);
        const auto s = worker.runOnce(c, true, false);
        QCOMPARE(s.failures, 0);
        QCOMPARE(s.rotations, files);
        QCOMPARE(s.archives, files);
        QCOMPARE(archived.size(), files);
        const QStringList archives = archivesIn(dir.filePath("archive"));
        QCOMPARE(archives.size(), files);
        QCOMPARE(TestUtil::entries(dir.filePath("archive")).size(), files); // nothing else
        for (const QString &name : archives) {
            const QString original = ArchiveNaming::originalName(name);
            QVERIFY2(contents.contains(original), qPrintable(name));
            QCOMPARE(TestUtil::readArchive(dir.filePath("archive/" + name)) +
                         TestUtil::readFile(dir.filePath(original)),
                     contents.value(original));
        }
    }

    // A crash can leave a temporary file and a rotated file not yet compressed: the next
    // start removes the first and compresses the second.
    void recoversFromACrash()
    {
        QTemporaryDir dir;
        const QString archive = dir.filePath("archive");
        const QByteArray content = TestUtil::numberedLines("rotated", 0, 100);
        QVERIFY(TestUtil::writeFile(archive + "/app_20261101_101010.log", content));
        QVERIFY(
            TestUtil::writeFile(archive + "/.logkeeper-tmp-app_20261101_101010.log.gz-x1", "half"));
        QVERIFY(TestUtil::writeFile(dir.filePath("app.log"), "live\n"));
        // Retention counts an archive's age from the time in its name: keep this fixed one.
        Config c = config(dir.path());
        c.logSets[0].retentionDays = 0;
        RotationWorker worker;
        const auto s = worker.runOnce(c, false, false);
        QCOMPARE(s.failures, 0);
        QCOMPARE(s.archives, 1);
        QCOMPARE(TestUtil::entries(archive), QStringList{"app_20261101_101010.log.gz"});
        QCOMPARE(TestUtil::readArchive(archive + "/app_20261101_101010.log.gz"), content);
        QCOMPARE(TestUtil::readFile(dir.filePath("app.log")), QByteArray("live\n"));
    }

    // Killed after the copy was in place but before its content left the log: the copy is
    // dropped (the log still has every byte), so nothing is archived twice.
    void recoversFromAnInterruptedCopyTruncate()
    {
        QTemporaryDir dir;
        const QByteArray content = TestUtil::numberedLines("ct", 0, 100);
        QVERIFY(TestUtil::writeFile(dir.filePath("app.log"), content + "written after the copy\n"));
        QVERIFY(TestUtil::writeFile(dir.filePath("archive/app_20261101_101010.log"), content));
        Config c = config(dir.path());
        c.logSets[0].strategy = RotationStrategy::CopyTruncate;
        c.logSets[0].maxSizeMb = 100;
        RotationWorker worker;
        const auto s = worker.runOnce(c, false, false);
        QCOMPARE(s.failures, 0);
        QCOMPARE(s.archives, 0);
        QCOMPARE(TestUtil::entries(dir.filePath("archive")), QStringList());
        QCOMPARE(TestUtil::readFile(dir.filePath("app.log")), content + "written after the copy\n");
    }

    // Killed after the archive was renamed into place but before its source was removed: the
    // restart sees both, recognises the archive as complete and only removes the source.
    void recoversWhenArchiveAndSourceBothExist()
    {
        QTemporaryDir dir;
        const QString archive = dir.filePath("archive");
        const QByteArray content = TestUtil::numberedLines("both", 0, 200);
        QVERIFY(TestUtil::writeFile(archive + "/app_20261101_101010.log", content));
        const auto made = TestUtil::compress(archive + "/app_20261101_101010.log",
                                             archive + "/app_20261101_101010.log.gz", "gzip", -1);
        QVERIFY2(made.ok, qPrintable(made.error));
        Config c = config(dir.path());
        c.logSets[0].retentionDays = 0; // the name's fixed date is older than 30 days
        c.logSets[0].missingOk = true;  // app.log is not there
        RotationWorker worker;
        const auto s = worker.runOnce(c, false, false);
        QCOMPARE(s.failures, 0);
        QCOMPARE(TestUtil::entries(archive), QStringList{"app_20261101_101010.log.gz"});
        QCOMPARE(TestUtil::readArchive(archive + "/app_20261101_101010.log.gz"), content);
    }

    // Issue 12.3: a log_dir that does not exist is a failure of that set, naming the set and
    // the folder; nothing is created for it, and the other sets still run.
    void missingLogFolderIsAFailureOfItsSet()
    {
        QTemporaryDir dir;
        Config c = config(dir.filePath("good"));
        QVERIFY(TestUtil::writeFile(dir.filePath("good/app.log"), QByteArray(20000, 'x')));
        LogSetConfig typo = c.logSets[0];
        typo.name = "typo";
        typo.logDir = dir.filePath("tpyo");
        typo.archiveDir = typo.logDir + "/archive";
        c.logSets.prepend(typo);
        RotationWorker worker;
        QList<Failure> failures;
        connect(&worker, &RotationWorker::failed, this,
                [&](const Failure &f) { failures.append(f); });
        const auto s = worker.runOnce(c, false, false);
        QCOMPARE(s.failures, 1);
        QCOMPARE(failures.size(), 1);
        QCOMPARE(failures[0].kind, Failure::Kind::LogFolderMissing);
        QCOMPARE(failures[0].setName, QString("typo"));
        QCOMPARE(failures[0].path, dir.filePath("tpyo"));
        QVERIFY(failures[0].text().contains("'typo'"));
        QVERIFY(failures[0].text().contains(dir.filePath("tpyo")));
        QVERIFY(!QFileInfo::exists(dir.filePath("tpyo"))); // not created
        QCOMPARE(s.rotations, 1);                          // the good set ran
        QCOMPARE(archivesIn(dir.filePath("good/archive")).size(), 1);

        // With missing_ok the folder may be missing: no failure, still nothing created.
        c.logSets[0].missingOk = true;
        RotationWorker quiet;
        QCOMPARE(quiet.runOnce(c, false, false).failures, 0);
        QVERIFY(!QFileInfo::exists(dir.filePath("tpyo")));
    }

    // The daemon: the failure is reported once, and resolved when the folder appears.
    void missingLogFolderIsResolvedWhenItAppears()
    {
        QTemporaryDir dir;
        Config c = config(dir.filePath("later"));
        RotationWorker worker;
        QStringList failed, resolved;
        connect(&worker, &RotationWorker::failed, this,
                [&](const Failure &f) { failed.append(f.path); });
        connect(&worker, &RotationWorker::resolved, this,
                [&](const QString &, const QString &path) { resolved.append(path); });
        worker.applyConfig(c);
        worker.checkAll(false);
        QCOMPARE(failed, QStringList{dir.filePath("later")});
        QVERIFY(resolved.isEmpty());
        QVERIFY(TestUtil::writeFile(dir.filePath("later/app.log"), "x\n"));
        worker.checkAll(false);
        QCOMPARE(resolved, QStringList{dir.filePath("later")});
        QCOMPARE(failed.size(), 1);
    }

    // Issue 12.2: two sets claiming one existing file: neither rotates it, both are named.
    void globClashRotatesNeither()
    {
        QTemporaryDir dir;
        Config c = config(dir.path());
        c.logSets[0].name = "t-star";
        c.logSets[0].activeLog.clear();
        c.logSets[0].patterns = {"t*.log"};
        LogSetConfig other = c.logSets[0];
        other.name = "star-t";
        other.patterns = {"*t.log"};
        c.logSets.append(other);
        const QByteArray big(20000, 'x');
        for (const char *name : {"test.log", "top.log", "cat.log"})
            QVERIFY(TestUtil::writeFile(dir.filePath(name), big));
        RotationWorker worker;
        QList<Failure> failures;
        connect(&worker, &RotationWorker::failed, this,
                [&](const Failure &f) { failures.append(f); });
        const auto s = worker.runOnce(c, false, false);
        QVERIFY(s.failures > 0);
        QVERIFY(!failures.isEmpty());
        for (const Failure &f : failures) {
            QCOMPARE(f.kind, Failure::Kind::GlobClash);
            QCOMPARE(f.path, dir.filePath("test.log"));
            QVERIFY(f.text().contains("'t-star'") && f.text().contains("'star-t'"));
        }
        QCOMPARE(TestUtil::readFile(dir.filePath("test.log")), big); // untouched
        QCOMPARE(s.rotations, 2);                                    // top.log and cat.log
    }

    // Issue 14: a rotation is recorded as the log's last rotation, which the schedule counts
    // from; issue 12.5: entries of logs that no longer exist are pruned.
    void stateRecordsLastRotationAndPrunes()
    {
        QTemporaryDir dir;
        Config c = config(dir.path());
        c.logSets[0].activeLog.clear();
        c.logSets[0].patterns = {"*.log"};
        c.logSets[0].maxSizeMb = 0;
        c.logSets[0].maxAgeDays = 0;
        c.logSets[0].schedule = RotationSchedule::Daily;
        QVERIFY(TestUtil::writeFile(dir.filePath("app.log"), "one\n"));
        QVERIFY(TestUtil::writeFile(dir.filePath("gone.log"), "two\n"));
        RotationWorker worker;
        QCOMPARE(worker.runOnce(c, false, false).rotations, 0); // first sight: today
        QCOMPARE(worker.runOnce(c, true, false).rotations, 2);
        StateStore state(c.stateFile);
        QString error;
        QVERIFY2(state.load(&error), qPrintable(error));
        QVERIFY(state.entry(dir.filePath("app.log"))->lastRotation.isValid());
        // Rotated today: the daily schedule is not due again today.
        QVERIFY(TestUtil::writeFile(dir.filePath("app.log"), "more\n"));
        QCOMPARE(worker.runOnce(c, false, false).rotations, 0);
        // As if the last rotation had been yesterday: due.
        const auto entry = *state.entry(dir.filePath("app.log"));
        state.recordRotation(dir.filePath("app.log"), entry.lastRotation.addDays(-1), entry.device,
                             entry.inode);
        QVERIFY(state.save(&error));
        QVERIFY(QFile::remove(dir.filePath("gone.log")));
        QCOMPARE(worker.runOnce(c, false, false).rotations, 1);
        StateStore after(c.stateFile);
        QVERIFY(after.load(&error));
        QVERIFY(after.entry(dir.filePath("app.log")));
        QVERIFY(!after.entry(dir.filePath("gone.log"))); // pruned
    }

    // Patterns across folders: each log's archive goes to its own folder's archive_dir.
    void patternsAcrossFoldersArchiveBesideEachLog()
    {
        QTemporaryDir dir;
        Config c = config(dir.path());
        c.logSets[0].activeLog.clear();
        c.logSets[0].patterns = {"*/*.log"};
        c.logSets[0].archiveDirRelative = "old";
        c.logSets[0].archiveDir = dir.filePath("old");
        const QByteArray a = TestUtil::numberedLines("a", 0, 2000);
        const QByteArray b = TestUtil::numberedLines("b", 0, 2000);
        QVERIFY(TestUtil::writeFile(dir.filePath("web/access.log"), a));
        QVERIFY(TestUtil::writeFile(dir.filePath("db/access.log"), b));
        QVERIFY(TestUtil::writeFile(dir.filePath("top.log"), a)); // not matched
        RotationWorker worker;
        const auto s = worker.runOnce(c, false, false);
        QCOMPARE(s.failures, 0);
        QCOMPARE(s.rotations, 2);
        const QStringList web = archivesIn(dir.filePath("web/old"));
        const QStringList db = archivesIn(dir.filePath("db/old"));
        QCOMPARE(web.size(), 1);
        QCOMPARE(db.size(), 1);
        QCOMPARE(TestUtil::readArchive(dir.filePath("web/old/") + web[0]), a);
        QCOMPARE(TestUtil::readArchive(dir.filePath("db/old/") + db[0]), b);
        QVERIFY(!QFileInfo::exists(dir.filePath("old")));
        QCOMPARE(TestUtil::readFile(dir.filePath("top.log")), a);
    }

    void dryRunChangesNothing()
    {
        QTemporaryDir dir;
        const QByteArray content = TestUtil::numberedLines("d", 0, 300);
        QVERIFY(TestUtil::writeFile(dir.filePath("app.log"), content));
        const QDateTime fortyDaysAgo = QDateTime::currentDateTime().addDays(-40);
        const QString old = ArchiveNaming::rotatedName("app.log", fortyDaysAgo) + ".gz";
        QVERIFY(TestUtil::writeFile(dir.filePath("archive/" + old), "x"));
        QVERIFY(TestUtil::setMtime(dir.filePath("archive/" + old), fortyDaysAgo));
        RotationWorker worker;
        QSignalSpy planned(&worker, &RotationWorker::actionPlanned);
        const auto s = worker.runOnce(config(dir.path()), false, true);
        QCOMPARE(s.rotations + s.archives + s.removals, 0);
        QCOMPARE(planned.count(), 2);
        QVERIFY(planned.at(0).at(0).toString().startsWith("rotate " + dir.filePath("app.log")));
        QVERIFY(
            planned.at(1).at(0).toString().startsWith("remove " + dir.filePath("archive/" + old)));
        QCOMPARE(TestUtil::readFile(dir.filePath("app.log")), content);
        QCOMPARE(TestUtil::entries(dir.filePath("archive")), QStringList{old});
        QVERIFY(!QFileInfo::exists(m_dir.filePath("state.json")));
    }

    void hookGetsPaths()
    {
        QTemporaryDir dir;
        QVERIFY(TestUtil::writeFile(dir.filePath("app.log"), "x\n"));
        Config c = config(dir.path());
        c.logSets[0].postRotateHook =
            "printf '%s\\n%s\\n' \"$LOGKEEPER_ACTIVE\" \"$LOGKEEPER_ARCHIVE\" > " +
            dir.filePath("hook.out");
        RotationWorker worker;
        QCOMPARE(worker.runOnce(c, true, false).failures, 0);
        const QList<QByteArray> lines = TestUtil::readFile(dir.filePath("hook.out")).split('\n');
        QCOMPARE(lines.value(0), QFile::encodeName(dir.filePath("app.log")));
        const QStringList archives = archivesIn(dir.filePath("archive"));
        QCOMPARE(archives.size(), 1);
        QCOMPARE(lines.value(1), QFile::encodeName(dir.filePath("archive/" + archives.first())));
    }

    // A dry run changes nothing anywhere, whatever there is to do: due logs, every kind of
    // leftover, archives past retention, a hook, a missing archive folder, a state file.
    void dryRunChangesNothingAnywhere()
    {
        QTemporaryDir dir;
        Config c = config(dir.path());
        c.logSets[0].strategy = RotationStrategy::CopyTruncate;
        c.logSets[0].postRotateHook = "touch " + dir.filePath("hook-ran");
        LogSetConfig other = c.logSets[0];
        other.name = "other";
        other.activeLog = "other.log";
        other.archiveDir = dir.filePath("missing/archive");
        other.strategy = RotationStrategy::Rename;
        c.logSets.append(other);
        const QByteArray copied = TestUtil::numberedLines("ct", 0, 100);
        QVERIFY(TestUtil::writeFile(dir.filePath("app.log"),
                                    copied + TestUtil::numberedLines("n", 0, 300)));
        QVERIFY(
            TestUtil::writeFile(dir.filePath("other.log"), TestUtil::numberedLines("o", 0, 300)));
        QVERIFY(TestUtil::writeFile(dir.filePath("archive/app_20261101_101010.log"), copied));
        QVERIFY(TestUtil::writeFile(dir.filePath("archive/app_20261102_101010.log"), "rotated\n"));
        QVERIFY(TestUtil::writeFile(dir.filePath("archive/.logkeeper-tmp-app.log.gz-1"), "half"));
        // Retention's age comes from the name: an archive of app.log made 40 days ago.
        const QString old =
            "archive/" +
            ArchiveNaming::rotatedName("app.log", QDateTime::currentDateTime().addDays(-40)) +
            ".gz";
        QVERIFY(TestUtil::writeFile(dir.filePath(old), "x"));
        QVERIFY(TestUtil::setMtime(dir.filePath(old), QDateTime::currentDateTime().addDays(-40)));
        {
            StateStore state(c.stateFile); // a state file from an earlier pass
            state.setEntry(dir.filePath("gone.log"), {QDateTime::currentDateTime(), 1, 2});
            QString error;
            QVERIFY2(state.save(&error), qPrintable(error));
        }

        const auto snapshot = [](const QString &root) {
            QStringList out;
            QDirIterator it(root,
                            QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QFileInfo info(it.next());
                out << QStringLiteral("%1 %2 %3 %4")
                           .arg(info.filePath())
                           .arg(info.size())
                           .arg(info.lastModified().toMSecsSinceEpoch())
                           .arg(QString::fromLatin1(
                               QCryptographicHash::hash(TestUtil::readFile(info.filePath()),
                                                        QCryptographicHash::Sha1)
                                   .toHex()));
            }
            out.sort();
            return out;
        };
        const QStringList before = snapshot(dir.path()) + snapshot(m_dir.path());
        RotationWorker worker;
        QSignalSpy planned(&worker, &RotationWorker::actionPlanned);
        const auto s = worker.runOnce(c, true, true);
        QCOMPARE(s.rotations + s.archives + s.removals, 0);
        QCOMPARE(snapshot(dir.path()) + snapshot(m_dir.path()), before);
        QStringList lines;
        for (const QList<QVariant> &args : planned)
            lines << args.at(0).toString();
        const QString all = lines.join('\n');
        for (const QString &expected :
             {"remove leftover temporary file " +
                  dir.filePath("archive/.logkeeper-tmp-app.log.gz-1"),
              "remove " + dir.filePath("archive/app_20261101_101010.log") +
                  " (an interrupted copytruncate",
              "compress " + dir.filePath("archive/app_20261102_101010.log") + " -> ",
              "rotate " + dir.filePath("app.log") + " -> ",
              "rotate " + dir.filePath("other.log") + " -> " + dir.filePath("missing/archive/"),
              "remove " + dir.filePath(old) + " (older than 30 days)"})
            QVERIFY2(all.contains(expected), qPrintable(expected + "\nnot in:\n" + all));
    }

    // The hook's environment (as agreed in the config schema), and logrotate's order: the
    // rotated file is there when the hook runs, its archive is made after the hook finished.
    void hookRunsBeforeArchiving()
    {
        QTemporaryDir dir;
        QVERIFY(TestUtil::writeFile(dir.filePath("app.log"), "x\n"));
        Config c = config(dir.path());
        c.logSets[0].postRotateHook =
            "{ echo \"$1\"; echo \"$LOGKEEPER_SET\"; echo \"$LOGKEEPER_FILES\"; "
            "test -f \"$LOGKEEPER_ROTATED\" && echo rotated-there; "
            "test -e \"$LOGKEEPER_ARCHIVE\" || echo archive-not-yet; echo \"$LOGKEEPER_ARCHIVE\"; "
            "} > " +
            dir.filePath("hook.out");
        RotationWorker worker;
        QSignalSpy archived(&worker, &RotationWorker::archived);
        QCOMPARE(worker.runOnce(c, true, false).failures, 0);
        QCOMPARE(archived.size(), 1);
        const QString archive = archived.at(0).at(1).toString();
        const QList<QByteArray> lines = TestUtil::readFile(dir.filePath("hook.out")).split('\n');
        QCOMPARE(lines.value(0), QFile::encodeName(dir.filePath("app.log")));
        QCOMPARE(lines.value(1), QByteArray("test"));
        QCOMPARE(lines.value(2), QFile::encodeName(dir.filePath("app.log")));
        QCOMPARE(lines.value(3), QByteArray("rotated-there"));
        QCOMPARE(lines.value(4), QByteArray("archive-not-yet"));
        QCOMPARE(lines.value(5), QFile::encodeName(archive));
        QCOMPARE(archived.at(0).at(2).toString() + ".gz", archive); // from the rotated file
        QVERIFY(QFile::exists(archive));
    }

    // pre_rotate runs through the hook queue: checkAll() returns while it runs (the worker
    // thread is never blocked), and the log is rotated once the hook has finished, then
    // post_rotate and last_action follow.
    void preRotateDoesNotBlockTheWorker()
    {
        QTemporaryDir dir;
        QVERIFY(TestUtil::writeFile(dir.filePath("app.log"), "x\n"));
        const QString go = dir.filePath("go"), trace = dir.filePath("trace");
        Config c = config(dir.path());
        c.logSets[0].preRotateHook = QStringLiteral("echo pre >> %1; i=0; while [ ! -e %2 ] && "
                                                    "[ $i -lt 600 ]; do sleep 0.1; i=$((i+1)); "
                                                    "done")
                                         .arg(trace, go);
        c.logSets[0].postRotateHook = "echo post >> " + trace;
        c.logSets[0].lastActionHook = "echo last >> " + trace;
        RotationWorker worker;
        QSignalSpy rotated(&worker, &RotationWorker::rotated);
        worker.applyConfig(c); // not due yet: too small
        worker.checkAll(true);
        // Returned while pre_rotate waits for "go": nothing rotated yet.
        QCOMPARE(rotated.size(), 0);
        QCOMPARE(TestUtil::readFile(dir.filePath("app.log")), QByteArray("x\n"));
        QVERIFY(TestUtil::writeFile(go, ""));
        QTRY_COMPARE_WITH_TIMEOUT(rotated.size(), 1, 30000);
        QCOMPARE(TestUtil::readFile(dir.filePath("app.log")), QByteArray());
        QTRY_COMPARE_WITH_TIMEOUT(TestUtil::readFile(trace), QByteArray("pre\npost\nlast\n"),
                                  30000);
    }

    // hooks.timeout: the hook and what it started are killed, the failure says so, and the
    // rotated file is archived all the same.
    void hookTimeout()
    {
        QTemporaryDir dir;
        QVERIFY(TestUtil::writeFile(dir.filePath("app.log"), "x\n"));
        Config c = config(dir.path());
        c.logSets[0].postRotateHook = "sleep 300 & echo $! > " + dir.filePath("pid") + "; wait";
        c.logSets[0].hookTimeoutSeconds = 0.5;
        RotationWorker worker;
        QSignalSpy failed(&worker, &RotationWorker::failed);
        const auto s = worker.runOnce(c, true, false);
        QCOMPARE(s.failures, 1);
        QCOMPARE(s.archives, 1);
        const Failure f = failed.at(0).at(0).value<Failure>();
        QCOMPARE(f.kind, Failure::Kind::HookTimedOut);
        QCOMPARE(f.text(), QString("post_rotate hook of set 'test' did not finish within 0.5 s; "
                                   "killed"));
        QCOMPARE(f.path, dir.filePath("app.log"));
        const QString pid = QString::fromLatin1(TestUtil::readFile(dir.filePath("pid")).trimmed());
        QVERIFY(!pid.isEmpty());
        // Gone, or a zombie (an empty command line) nobody has reaped yet.
        QTRY_VERIFY_WITH_TIMEOUT(TestUtil::readFile("/proc/" + pid + "/cmdline").isEmpty(), 10000);
    }

    void failingHookIsReported()
    {
        QTemporaryDir dir;
        QVERIFY(TestUtil::writeFile(dir.filePath("app.log"), "x\n"));
        Config c = config(dir.path());
        c.logSets[0].postRotateHook = "echo nope >&2; exit 3";
        RotationWorker worker;
        QSignalSpy failed(&worker, &RotationWorker::failed);
        const auto s = worker.runOnce(c, true, false);
        QCOMPARE(s.failures, 1);
        QCOMPARE(s.archives, 1); // the rotation itself went through
        QVERIFY(failed.at(0).at(0).value<Failure>().text().contains("exit code 3"));
        QVERIFY(failed.at(0).at(0).value<Failure>().text().contains("nope"));
    }

    // Archive folder on another filesystem (tmpfs): rename stays on the log's filesystem,
    // compression copies across.
    void archiveOnAnotherFilesystem_data()
    {
        QTest::addColumn<bool>("compress");
        QTest::newRow("compressed") << true;
        QTest::newRow("plain") << false;
    }
    void archiveOnAnotherFilesystem()
    {
        QFETCH(bool, compress);
        struct stat a, b;
        QTemporaryDir dir;
        if (::stat("/dev/shm", &b) != 0 || ::stat(QFile::encodeName(dir.path()), &a) != 0 ||
            a.st_dev == b.st_dev)
            QFAIL("this test needs /dev/shm on a filesystem other than the temp folder");
        QTemporaryDir other(QStringLiteral("/dev/shm/lk-archive-XXXXXX"));
        QVERIFY(other.isValid());
        const QByteArray content = TestUtil::numberedLines("x", 0, 300);
        QVERIFY(TestUtil::writeFile(dir.filePath("app.log"), content));
        Config c = config(dir.path(), other.path());
        c.logSets[0].compress = compress;
        RotationWorker worker;
        const auto s = worker.runOnce(c, false, false);
        QCOMPARE(s.failures, 0);
        QCOMPARE(s.archives, 1);
        QCOMPARE(TestUtil::entries(dir.path()), QStringList{"app.log"}); // nothing left behind
        const QStringList files = TestUtil::entries(other.path());
        QCOMPARE(files.size(), 1);
        QCOMPARE(TestUtil::readArchive(other.filePath(files.first())), content);
    }
};

QTEST_GUILESS_MAIN(TestRotationWorker)
#include "tst_rotationworker.moc"
