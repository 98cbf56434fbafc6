// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "engine/settletracker.h"

#include "testutil.h"

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
        tracker.setQuietPeriod(60000);
        tracker.track(dir.filePath("copy"), true);
        QCOMPARE(tracker.takeReady(), QStringList{dir.filePath("copy")});
        QVERIFY(tracker.isEmpty());
    }

    // A renamed file a writer still appends to is ready only once it stopped growing for the
    // quiet period; the tracker says so by itself (readyAvailable), from its thread's loop.
    void readyOnceItStopsGrowing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("renamed");
        QVERIFY(TestUtil::writeFile(path, "a\n"));
        SettleTracker tracker;
        tracker.setQuietPeriod(300);
        QSignalSpy ready(&tracker, &SettleTracker::readyAvailable);
        tracker.track(path);
        QCOMPARE(tracker.tracked(), QStringList{path});
        QCOMPARE(tracker.takeReady(), QStringList()); // just seen: not quiet for long enough
        for (int i = 0; i < 3; ++i) {
            QVERIFY(TestUtil::appendFile(path, "more\n"));
            QCOMPARE(tracker.takeReady(), QStringList()); // it grew: the quiet period restarts
        }
        QVERIFY(ready.wait(10000));
        QCOMPARE(tracker.takeReady(), QStringList{path});
        QVERIFY(tracker.isEmpty());
    }

    void vanishedFilesAreDropped()
    {
        QTemporaryDir dir;
        QVERIFY(TestUtil::writeFile(dir.filePath("a"), "a\n"));
        QVERIFY(TestUtil::writeFile(dir.filePath("b"), "b\n"));
        SettleTracker tracker;
        tracker.setQuietPeriod(60000);
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
        tracker.setQuietPeriod(0);
        tracker.track(dir.filePath("a"));
        tracker.forget(dir.filePath("a"));
        QVERIFY(tracker.isEmpty());
        QCOMPARE(tracker.takeReady(), QStringList());
    }

    // With no quiet period (a dry run: nothing is compressed), every file is ready at once.
    void noQuietPeriod()
    {
        QTemporaryDir dir;
        QVERIFY(TestUtil::writeFile(dir.filePath("a"), "a\n"));
        SettleTracker tracker;
        tracker.setQuietPeriod(0);
        tracker.track(dir.filePath("a"));
        QCOMPARE(tracker.takeReady(), QStringList{dir.filePath("a")});
    }
};

QTEST_GUILESS_MAIN(TestSettleTracker)
#include "tst_settletracker.moc"
