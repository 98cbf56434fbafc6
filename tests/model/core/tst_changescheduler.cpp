// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "core/changescheduler.h"

#include <QSignalSpy>
#include <QTest>

using namespace Logkeeper;

// The scheduler is driven by a test clock: no sleeps, no timing assertions.
class TestChangeScheduler : public QObject
{
    Q_OBJECT
    qint64 m_now = 0;

    void setUp(ChangeScheduler &s, qint64 debounce, qint64 maxWait)
    {
        m_now = 1000;
        s.setClock([this] { return m_now; });
        s.setIntervals(debounce, maxWait);
    }

private slots:
    void singleChangeFiresAfterDebounce()
    {
        ChangeScheduler s;
        setUp(s, 5000, 30000);
        QSignalSpy spy(&s, &ChangeScheduler::due);
        s.notify("a");
        QCOMPARE(s.dueAt("a"), 6000);
        m_now = 5999;
        s.fireDue();
        QCOMPARE(spy.count(), 0);
        m_now = 6000;
        s.fireDue();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QString("a"));
        QVERIFY(!s.isPending("a"));
    }

    void furtherChangesPushBack()
    {
        ChangeScheduler s;
        setUp(s, 5000, 30000);
        s.notify("a");
        m_now = 3000;
        s.notify("a");
        QCOMPARE(s.dueAt("a"), 8000);
    }

    // The seed script's debounce restarted on every write and never fired under steady writes:
    // here a change every second still fires no later than max_wait after the first.
    void steadyWritesStillFireAtMaxWait()
    {
        ChangeScheduler s;
        setUp(s, 5000, 30000);
        QSignalSpy spy(&s, &ChangeScheduler::due);
        const qint64 first = m_now;
        QList<qint64> firedAt;
        connect(&s, &ChangeScheduler::due, this, [&] { firedAt.append(m_now); });
        for (int second = 0; second < 90; ++second) {
            s.notify("app.log");
            m_now += 1000;
            s.fireDue();
        }
        QCOMPARE(spy.count(), 3); // 30 s, 60 s and 90 s after the first change
        QCOMPARE(firedAt.first(), first + 30000);
        for (int i = 1; i < firedAt.size(); ++i)
            QVERIFY(firedAt[i] - firedAt[i - 1] <= 31000);
    }

    void keysAreIndependent()
    {
        ChangeScheduler s;
        setUp(s, 1000, 5000);
        QSignalSpy spy(&s, &ChangeScheduler::due);
        s.notify("a");
        m_now += 500;
        s.notify("b");
        m_now += 500;
        s.fireDue();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QString("a"));
        QVERIFY(s.isPending("b"));
        s.cancel("b");
        m_now += 10000;
        s.fireDue();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(s.pendingCount(), 0);
    }

    void maxWaitBelowDebounceIsRaised()
    {
        ChangeScheduler s;
        setUp(s, 5000, 1000);
        s.notify("a");
        QCOMPARE(s.dueAt("a"), 6000);
    }

    // With the real clock the internal timer fires by itself (short intervals; QTRY waits).
    void realTimerFires()
    {
        ChangeScheduler s;
        s.setIntervals(20, 100);
        QSignalSpy spy(&s, &ChangeScheduler::due);
        s.notify("a");
        s.notify("b");
        QTRY_COMPARE(spy.count(), 2);
        QCOMPARE(s.pendingCount(), 0);
    }

    void realTimerUnderSteadyNotificationsFires()
    {
        ChangeScheduler s;
        s.setIntervals(50, 200);
        QSignalSpy spy(&s, &ChangeScheduler::due);
        QTimer writer;
        connect(&writer, &QTimer::timeout, &s, [&] { s.notify("a"); });
        writer.start(10); // always inside the debounce window
        s.notify("a");
        QTRY_VERIFY(spy.count() >= 2);
    }
};

QTEST_GUILESS_MAIN(TestChangeScheduler)
#include "tst_changescheduler.moc"
