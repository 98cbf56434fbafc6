// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
// A --once pass with real writer processes holding the log through its rotation (issue 13):
// nobody holds it → archived without waiting for debounce_time; a writer holding it → archived
// once it closes, with its late lines; a writer that never stops → nothing lost, the rotated
// file left for the next pass, which archives all of it.

#include "engine/rotationworker.h"

#include "core/codecs.h"
#include "core/writeleaseprobe.h"
#include "testutil.h"
#include "writerprocess.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Logkeeper;

class TestRotationWriters : public QObject
{
    Q_OBJECT

    // debounce_time and max_wait far longer than any test may take: only what the writers do
    // (or a stop after a minute, failing the test) can end the pass.
    static Config config(const QTemporaryDir &dir, double debounce = 600, double maxWait = 600)
    {
        LogSetConfig set;
        set.name = "w";
        set.logDir = dir.filePath("logs");
        set.archiveDir = dir.filePath("logs/archive");
        set.activeLog = "app.log";
        Config c;
        c.logSets = {set};
        c.debounceSeconds = debounce;
        c.maxWaitSeconds = maxWait;
        c.stateFile = dir.filePath("state.json");
        return c;
    }
    static QStringList archives(const QTemporaryDir &dir)
    {
        QStringList out;
        for (const QString &name : TestUtil::entries(dir.filePath("logs/archive"))) {
            if (Codecs::isCompressedName(name))
                out.append(name);
        }
        return out;
    }
    // A pass that has not ended after a minute is stopped: the test then fails on its counts.
    static void stopAfterAMinute(RotationWorker &worker)
    {
        QTimer::singleShot(60000, &worker, [&worker] { worker.requestStop(); });
    }

private slots:
    void nobodyHoldsItArchivedWithoutWaiting()
    {
        QTemporaryDir dir;
        const QByteArray content = TestUtil::numberedLines("n", 0, 2000);
        QVERIFY(TestUtil::writeFile(dir.filePath("logs/app.log"), content));
        RotationWorker worker;
        stopAfterAMinute(worker);
        const auto s = worker.runOnce(config(dir), true, false);
        QCOMPARE(s.failures, 0);
        QCOMPARE(s.rotations, 1);
        QCOMPARE(s.archives, 1);
        const QStringList names = archives(dir);
        QCOMPARE(names.size(), 1);
        QCOMPARE(TestUtil::readArchive(dir.filePath("logs/archive/" + names.first())), content);
    }

    // The writer opened the log before the rotation and writes late lines to the rotated file:
    // the pass waits until it closes it, and the archive holds every line.
    void writerHoldingItIsWaitedForAndLosesNothing()
    {
        QTemporaryDir dir;
        const QString log = dir.filePath("logs/app.log");
        const QByteArray content = TestUtil::numberedLines("h", 0, 2000);
        QVERIFY(TestUtil::writeFile(log, content));
        WriterProcess writer(log);
        QVERIFY(writer.start());
        if (WriteLeaseProbe::probe(log).state != WriteLeaseProbe::State::WriterHolds)
            QSKIP("write leases are not to be had here (filesystem, or not the owner)");
        RotationWorker worker;
        stopAfterAMinute(worker);
        bool wrote = false;
        // Runs inside the pass's event loop, once the log has been rotated.
        QTimer::singleShot(0, &worker,
                           [&] { wrote = writer.write() && writer.write() && writer.quit(); });
        const auto s = worker.runOnce(config(dir), true, false);
        QVERIFY(wrote);
        QCOMPARE(s.failures, 0);
        QCOMPARE(s.rotations, 1);
        QCOMPARE(s.archives, 1);
        const QStringList names = archives(dir);
        QCOMPARE(names.size(), 1);
        QCOMPARE(TestUtil::readArchive(dir.filePath("logs/archive/" + names.first())),
                 content + "late 1\nlate 2\n");
        QCOMPARE(TestUtil::readFile(log), QByteArray()); // the late lines went to the old file
    }

    // A writer that keeps writing past max_wait: the rotated file is left as it is (no
    // archive), with every line; once the writer is done, the next pass archives all of it.
    void writerThatNeverStopsLeavesItForTheNextPass()
    {
        QTemporaryDir dir;
        const QString log = dir.filePath("logs/app.log");
        const QByteArray content = TestUtil::numberedLines("s", 0, 2000);
        QVERIFY(TestUtil::writeFile(log, content));
        WriterProcess writer(log);
        QVERIFY(writer.start());
        const Config c = config(dir, 1, 1);
        int lines = 0;
        {
            RotationWorker worker;
            stopAfterAMinute(worker);
            // Far more often than debounce_time, for as long as the pass waits.
            QTimer steady;
            connect(&steady, &QTimer::timeout, this, [&] {
                if (writer.write())
                    ++lines;
            });
            steady.start(100);
            const auto s = worker.runOnce(c, true, false);
            steady.stop();
            QCOMPARE(s.failures, 0);
            QCOMPARE(s.rotations, 1);
            QCOMPARE(s.archives, 0);
        }
        QVERIFY(lines > 0);
        QCOMPARE(archives(dir), QStringList());
        QVERIFY(writer.write());
        ++lines;
        QVERIFY(writer.quit());
        QByteArray expected = content;
        for (int i = 1; i <= lines; ++i)
            expected += "late " + QByteArray::number(i) + "\n";

        RotationWorker worker;
        stopAfterAMinute(worker);
        const auto s = worker.runOnce(c, false, false);
        QCOMPARE(s.failures, 0);
        QCOMPARE(s.archives, 1);
        const QStringList names = archives(dir);
        QCOMPARE(names.size(), 1);
        QCOMPARE(TestUtil::readArchive(dir.filePath("logs/archive/" + names.first())), expected);
        QCOMPARE(TestUtil::entries(dir.filePath("logs/archive")), names); // nothing else left
    }
};

QTEST_GUILESS_MAIN(TestRotationWriters)
#include "tst_rotationwriters.moc"
