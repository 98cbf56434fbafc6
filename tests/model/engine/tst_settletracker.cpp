// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "engine/settletracker.h"

#include "core/writeleaseprobe.h"
#include "testutil.h"
#include "writerprocess.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Logkeeper;

// When a rotated file is ready to compress, on real files.
class TestSettleTracker : public QObject
{
    Q_OBJECT

private slots:
    void copyWithoutWritersIsReadyAtOnce()
    {
        QTemporaryDir dir;
        QVERIFY(TestUtil::writeFile(dir.filePath("copy"), "x\n"));
        SettleTracker tracker;
        tracker.setTiming(60000, 120000);
        tracker.track(dir.filePath("copy"), true);
        QCOMPARE(tracker.takeReady(), QStringList{dir.filePath("copy")});
        QVERIFY(tracker.isEmpty());
    }

    // Nobody holds the rotated file open (the writer closed it before the rename, or reopened
    // at once): ready at once, however long the quiet period is.
    void nobodyWritesReadyAtOnce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("renamed");
        QVERIFY(TestUtil::writeFile(path, "a\n"));
        SettleTracker tracker;
        tracker.setTiming(60000, 120000);
        tracker.track(path);
        QCOMPARE(tracker.takeReady(), QStringList{path});
        QVERIFY(tracker.isEmpty());
    }

    // A real process holds the renamed file open for writing: not ready while it writes late
    // lines, ready as soon as it closes it (long before the quiet period), and the file then
    // holds every late line.
    void writerHoldingIsWaitedForUntilItCloses()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("renamed");
        QVERIFY(TestUtil::writeFile(path, "a\n"));
        WriterProcess writer(path);
        QVERIFY(writer.start());
        if (WriteLeaseProbe::probe(path).state != WriteLeaseProbe::State::WriterHolds)
            QSKIP("write leases are not to be had here (filesystem, or not the owner)");
        SettleTracker tracker;
        tracker.setTiming(600000, 1200000);
        QSignalSpy ready(&tracker, &SettleTracker::readyAvailable);
        tracker.track(path);
        QCOMPARE(tracker.tracked(), QStringList{path});
        QCOMPARE(tracker.takeReady(), QStringList());
        for (int i = 0; i < 3; ++i) {
            QVERIFY(writer.write());
            QCoreApplication::processEvents();
            QCOMPARE(tracker.takeReady(), QStringList());
        }
        QVERIFY(writer.quit());
        QVERIFY(ready.wait(60000));
        QCOMPARE(tracker.takeReady(), QStringList{path});
        QVERIFY(tracker.isEmpty());
        QCOMPARE(TestUtil::readFile(path), QByteArray("a\nlate 1\nlate 2\nlate 3\n"));
    }

    // A writer that keeps the file open but has written nothing for the quiet period: ready.
    void quietWriterIsReadyAfterTheQuietPeriod()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("renamed");
        QVERIFY(TestUtil::writeFile(path, "a\n"));
        WriterProcess writer(path);
        QVERIFY(writer.start());
        SettleTracker tracker;
        tracker.setTiming(200, 600000);
        QSignalSpy ready(&tracker, &SettleTracker::readyAvailable);
        tracker.track(path);
        QCOMPARE(tracker.takeReady(), QStringList());
        QVERIFY(ready.wait(60000));
        QCOMPARE(tracker.takeReady(), QStringList{path});
        QVERIFY(writer.quit());
    }

    // A writer that never stops: given up after max_wait, listed as such, tracked no more.
    void givenUpAfterMaxWait()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("renamed");
        QVERIFY(TestUtil::writeFile(path, "a\n"));
        WriterProcess writer(path);
        QVERIFY(writer.start());
        SettleTracker tracker;
        tracker.setTiming(1000, 1000);
        QSignalSpy ready(&tracker, &SettleTracker::readyAvailable);
        tracker.track(path);
        QStringList gone, gaveUp;
        // Writes far more often than the quiet period until the tracker speaks.
        while (ready.isEmpty()) {
            QVERIFY(writer.write());
            ready.wait(100);
        }
        QCOMPARE(tracker.takeReady(&gone, &gaveUp), QStringList());
        QCOMPARE(gaveUp, QStringList{path});
        QCOMPARE(gone, QStringList());
        QVERIFY(tracker.isEmpty());
        QVERIFY(writer.quit());
    }

    void vanishedFilesAreDropped()
    {
        QTemporaryDir dir;
        QVERIFY(TestUtil::writeFile(dir.filePath("a"), "a\n"));
        QVERIFY(TestUtil::writeFile(dir.filePath("b"), "b\n"));
        SettleTracker tracker;
        tracker.setTiming(60000, 120000);
        tracker.track(dir.filePath("a"));
        tracker.track(dir.filePath("b"));
        QVERIFY(QFile::remove(dir.filePath("a")));
        QVERIFY(QFile::link(dir.filePath("b"), dir.filePath("c")));
        QVERIFY(QFile::remove(dir.filePath("b")));
        QVERIFY(QFile::rename(dir.filePath("c"), dir.filePath("b"))); // now a symlink
        QStringList gone;
        QCOMPARE(tracker.takeReady(&gone), QStringList());
        gone.sort();
        QCOMPARE(gone, (QStringList{dir.filePath("a"), dir.filePath("b")}));
        QVERIFY(tracker.isEmpty());
    }

    void forgetStopsTracking()
    {
        QTemporaryDir dir;
        QVERIFY(TestUtil::writeFile(dir.filePath("a"), "a\n"));
        SettleTracker tracker;
        tracker.setTiming(0, 0);
        tracker.track(dir.filePath("a"));
        tracker.forget(dir.filePath("a"));
        QVERIFY(tracker.isEmpty());
        QCOMPARE(tracker.takeReady(), QStringList());
    }

    // With no quiet period (a dry run: nothing is compressed), a file nobody writes is ready at
    // once.
    void noQuietPeriod()
    {
        QTemporaryDir dir;
        QVERIFY(TestUtil::writeFile(dir.filePath("a"), "a\n"));
        SettleTracker tracker;
        tracker.setTiming(0, 0);
        tracker.track(dir.filePath("a"));
        QCOMPARE(tracker.takeReady(), QStringList{dir.filePath("a")});
    }
};

QTEST_GUILESS_MAIN(TestSettleTracker)
#include "tst_settletracker.moc"
