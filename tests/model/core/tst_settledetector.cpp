// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "core/settledetector.h"

#include "testutil.h"
#include "writerprocess.h"

#include <QEventLoop>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <linux/capability.h>
#include <pwd.h>
#include <sys/syscall.h>
#include <unistd.h>

using namespace Logkeeper;

namespace {

// Drops CAP_LEASE from this thread's effective capabilities while it lives (root only): with a
// file owned by someone else, the detector's probes on this thread then cannot tell, as for a
// Logkeeper running as a user next to another user's logs.
class ScopedNoLeaseCapability
{
public:
    ScopedNoLeaseCapability()
    {
        m_header.version = _LINUX_CAPABILITY_VERSION_3;
        m_header.pid = 0;
        if (::syscall(SYS_capget, &m_header, m_data) != 0)
            return;
        m_saved = m_data[0].effective;
        m_data[0].effective &= ~(1u << CAP_LEASE);
        m_ok = ::syscall(SYS_capset, &m_header, m_data) == 0;
    }
    ~ScopedNoLeaseCapability()
    {
        if (!m_ok)
            return;
        m_data[0].effective = m_saved;
        ::syscall(SYS_capset, &m_header, m_data);
    }
    bool ok() const { return m_ok; }

private:
    __user_cap_header_struct m_header{};
    __user_cap_data_struct m_data[2]{};
    quint32 m_saved = 0;
    bool m_ok = false;
};

QStringList g_fallbackLines;
QtMessageHandler g_previousHandler = nullptr;
void collectFallbackLines(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    if (text.contains("have not grown"))
        g_fallbackLines.append(text);
    g_previousHandler(type, context, text);
}

} // namespace

class TestSettleDetector : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    qint64 m_now = 0; // the fake clock

    QString makeFile(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        return TestUtil::writeFile(path, "before the rotation\n") ? path : QString();
    }
    // Time stands still unless the test moves it: only events can make a file ready.
    void useFakeClock(SettleDetector &detector)
    {
        m_now = 0;
        detector.setClock([this] { return m_now; });
    }
    using Reason = SettleDetector::Reason;
    static Reason reasonOf(const QSignalSpy &spy, int i = 0)
    {
        return spy.at(i).at(1).value<Reason>();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qRegisterMetaType<SettleDetector::Reason>();
    }

    void readyAtOnceWhenNobodyHoldsIt()
    {
        const QString path = makeFile("free.log");
        SettleDetector detector;
        QSignalSpy ready(&detector, &SettleDetector::ready);
        QCOMPARE(detector.watch(path), SettleDetector::Start::Ready);
        QVERIFY(!detector.isWaiting(path));
        QCOMPARE(detector.waitingCount(), 0);
        QCOMPARE(ready.count(), 0); // the answer was the return value
        // A reader is no writer.
        WriterProcess reader(path, WriterProcess::ReadOnly);
        QVERIFY(reader.start());
        QCOMPARE(detector.watch(path), SettleDetector::Start::Ready);
        QVERIFY(reader.quit());
    }

    void goneWhenThereIsNoFile()
    {
        SettleDetector detector;
        QCOMPARE(detector.watch(m_dir.filePath("missing.log")), SettleDetector::Start::Gone);
        QCOMPARE(detector.watch(m_dir.path()), SettleDetector::Start::Gone);
        QCOMPARE(detector.waitingCount(), 0);
    }

    void readyWhenTheWriterCloses()
    {
        const QString path = makeFile("held.log");
        SettleDetector detector;
        useFakeClock(detector);
        QSignalSpy ready(&detector, &SettleDetector::ready);
        QSignalSpy active(&detector, &SettleDetector::writerActive);
        WriterProcess writer(path);
        QVERIFY(writer.start());
        QCOMPARE(detector.watch(path), SettleDetector::Start::Waiting);
        QVERIFY(!detector.isFallback(path));
        QVERIFY(writer.write()); // a late line, written to the rotated file
        QVERIFY(active.wait(60000));
        QCOMPARE(ready.count(), 0);
        QVERIFY(writer.quit());
        QVERIFY(ready.wait(60000));
        QCOMPARE(ready.count(), 1);
        QCOMPARE(ready.first().first().toString(), path);
        QCOMPARE(reasonOf(ready), Reason::WriterClosed);
        QVERIFY(!detector.isWaiting(path));
        // Nothing is lost: the late line is in the file that is now ready to compress.
        QCOMPARE(TestUtil::readFile(path), QByteArray("before the rotation\nlate 1\n"));
    }

    void waitsForTheLastOfTwoWriters()
    {
        const QString path = makeFile("two.log");
        SettleDetector detector;
        useFakeClock(detector);
        QSignalSpy ready(&detector, &SettleDetector::ready);
        QSignalSpy active(&detector, &SettleDetector::writerActive);
        WriterProcess first(path);
        WriterProcess second(path);
        QVERIFY(first.start());
        QVERIFY(second.start());
        QCOMPARE(detector.watch(path), SettleDetector::Start::Waiting);
        QVERIFY(first.quit());
        QVERIFY(active.wait(60000)); // the first close: another writer still holds it
        QVERIFY(detector.isWaiting(path));
        QCOMPARE(ready.count(), 0);
        QVERIFY(second.quit());
        QVERIFY(ready.wait(60000));
        QCOMPARE(reasonOf(ready), Reason::WriterClosed);
    }

    void readyWhenTheWriterIsQuiet()
    {
        // The default config: debounce_time 5 s, max_wait 30 s.
        const QString path = makeFile("quiet.log");
        SettleDetector detector;
        useFakeClock(detector);
        QSignalSpy ready(&detector, &SettleDetector::ready);
        QSignalSpy active(&detector, &SettleDetector::writerActive);
        WriterProcess writer(path);
        QVERIFY(writer.start());
        QCOMPARE(detector.watch(path), SettleDetector::Start::Waiting);
        m_now = 1000;
        QVERIFY(writer.write());
        QVERIFY(active.wait(60000));
        m_now = 5999; // 5 s after the watch, but not after the last write
        detector.checkDue();
        QCOMPARE(ready.count(), 0);
        m_now = 6000;
        detector.checkDue();
        QCOMPARE(ready.count(), 1);
        QCOMPARE(reasonOf(ready), Reason::WriterQuiet);
        QVERIFY(writer.quit());
    }

    void givesUpOnAWriterThatKeepsWriting()
    {
        const QString path = makeFile("busy.log");
        SettleDetector detector;
        useFakeClock(detector);
        QSignalSpy ready(&detector, &SettleDetector::ready);
        QSignalSpy gaveUp(&detector, &SettleDetector::gaveUp);
        QSignalSpy active(&detector, &SettleDetector::writerActive);
        WriterProcess writer(path);
        QVERIFY(writer.start());
        QCOMPARE(detector.watch(path), SettleDetector::Start::Waiting);
        for (m_now = 4000; m_now < 30000; m_now += 4000) {
            QVERIFY(writer.write());
            QVERIFY(active.wait(60000));
            detector.checkDue();
            QCOMPARE(ready.count() + gaveUp.count(), 0);
        }
        m_now = 30000;
        detector.checkDue();
        QCOMPARE(ready.count(), 0);
        QCOMPARE(gaveUp.count(), 1);
        QCOMPARE(gaveUp.first().first().toString(), path);
        QVERIFY(!detector.isWaiting(path));
        QVERIFY(writer.quit());
    }

    void maxWaitShorterThanDebounceStillLetsAQuietWriterThrough()
    {
        const QString path = makeFile("short-max.log");
        SettleDetector detector;
        detector.setTiming(5000, 1000);
        useFakeClock(detector);
        QSignalSpy ready(&detector, &SettleDetector::ready);
        QSignalSpy gaveUp(&detector, &SettleDetector::gaveUp);
        WriterProcess writer(path);
        QVERIFY(writer.start());
        QCOMPARE(detector.watch(path), SettleDetector::Start::Waiting);
        m_now = 1000;
        detector.checkDue();
        QCOMPARE(ready.count() + gaveUp.count(), 0);
        m_now = 5000;
        detector.checkDue();
        QCOMPARE(ready.count(), 1);
        QCOMPARE(reasonOf(ready), Reason::WriterQuiet);
        QVERIFY(writer.quit());
    }

    void goneWhileWaiting()
    {
        const QString path = makeFile("deleted.log");
        SettleDetector detector;
        useFakeClock(detector);
        QSignalSpy gone(&detector, &SettleDetector::gone);
        WriterProcess writer(path);
        QVERIFY(writer.start());
        QCOMPARE(detector.watch(path), SettleDetector::Start::Waiting);
        QVERIFY(QFile::remove(path));
        QVERIFY(gone.wait(60000));
        QCOMPARE(gone.first().first().toString(), path);
        QCOMPARE(detector.waitingCount(), 0);
        QVERIFY(writer.quit());
    }

    void fallsBackWhereItCannotTell()
    {
        if (::geteuid() != 0)
            QSKIP("needs root: a file of another user's, and CAP_LEASE to drop");
        const struct passwd *nobody = ::getpwnam("nobody");
        QVERIFY(nobody);
        const QString path = makeFile("not-mine.log");
        const QString other = makeFile("not-mine-either.log");
        for (const QString &p : {path, other})
            QVERIFY(::chown(QFile::encodeName(p).constData(), nobody->pw_uid, nobody->pw_gid) == 0);
        QLoggingCategory::setFilterRules("logkeeper.rotation.debug=true");
        g_fallbackLines.clear();
        g_previousHandler = qInstallMessageHandler(collectFallbackLines);

        SettleDetector detector;
        useFakeClock(detector);
        QSignalSpy ready(&detector, &SettleDetector::ready);
        QSignalSpy active(&detector, &SettleDetector::writerActive);
        WriterProcess writer(path);
        QVERIFY(writer.start());
        SettleDetector::Start started, startedOther;
        {
            ScopedNoLeaseCapability noLease;
            QVERIFY(noLease.ok());
            started = detector.watch(path);
            startedOther = detector.watch(other); // nobody writes it, but that cannot be seen
        }
        qInstallMessageHandler(g_previousHandler);
        QLoggingCategory::setFilterRules("logkeeper.rotation.debug=false");
        QCOMPARE(started, SettleDetector::Start::Waiting);
        QCOMPARE(startedOther, SettleDetector::Start::Waiting);
        QVERIFY(detector.isFallback(path));
        // Said once, at debug level, for both files on this filesystem.
        QCOMPARE(g_fallbackLines.size(), 1);
        QVERIFY2(g_fallbackLines.first().contains(path) &&
                     g_fallbackLines.first().contains("CAP_LEASE"),
                 qPrintable(g_fallbackLines.first()));
        detector.forget(other);

        m_now = 1000;
        QVERIFY(writer.write());
        QVERIFY(active.wait(60000));
        // The writer closes, but whether it was the last one cannot be seen: the old rule holds.
        QVERIFY(writer.quit());
        QVERIFY(active.wait(60000));
        QCOMPARE(ready.count(), 0);
        m_now = 5999;
        detector.checkDue();
        QCOMPARE(ready.count(), 0);
        m_now = 6000;
        detector.checkDue();
        QCOMPARE(ready.count(), 1);
        QCOMPARE(reasonOf(ready), Reason::NotGrown);
    }

    void timersFireOnTheirOwn()
    {
        // The real clock: a quiet writer is let through after debounce_time without anyone
        // calling checkDue().
        const QString path = makeFile("timer.log");
        SettleDetector detector;
        detector.setTiming(200, 60000);
        QSignalSpy ready(&detector, &SettleDetector::ready);
        WriterProcess writer(path);
        QVERIFY(writer.start());
        QCOMPARE(detector.watch(path), SettleDetector::Start::Waiting);
        QVERIFY(ready.wait(60000));
        QCOMPARE(reasonOf(ready), Reason::WriterQuiet);
        QVERIFY(writer.quit());
    }

    void onceDrivesItWithALocalEventLoop()
    {
        // How --once uses it: answers at once where it can, then a local event loop until every
        // waiting file is decided. Nothing sleeps.
        const QString free = makeFile("once-free.log");
        const QString held = makeFile("once-held.log");
        WriterProcess writer(held);
        QVERIFY(writer.start());
        SettleDetector detector; // the default config's timing; only the close can end this
        QStringList compressNow;
        for (const QString &path : {free, held}) {
            if (detector.watch(path) == SettleDetector::Start::Ready)
                compressNow.append(path);
        }
        QCOMPARE(compressNow, QStringList{free});
        QEventLoop loop;
        QStringList decided;
        connect(&detector, &SettleDetector::ready, &loop, [&](const QString &path, Reason r) {
            QCOMPARE(r, Reason::WriterClosed);
            decided.append(path);
            if (detector.waitingCount() == 0)
                loop.quit();
        });
        QTimer::singleShot(0, &loop, [&] { QVERIFY(writer.quit()); });
        loop.exec();
        QCOMPARE(decided, QStringList{held});
    }

    void worksInAWorkerThread()
    {
        // As the engine's worker uses it: created in, and answering from, its own thread.
        const QString path = makeFile("thread.log");
        WriterProcess writer(path);
        QVERIFY(writer.start());
        QThread thread;
        thread.start();
        QObject context;
        context.moveToThread(&thread);
        SettleDetector *detector = nullptr;
        SettleDetector::Start started = SettleDetector::Start::Gone;
        QStringList decided;
        QMetaObject::invokeMethod(
            &context,
            [&] {
                detector = new SettleDetector;
                connect(detector, &SettleDetector::ready, this, [&](const QString &p, Reason r) {
                    QVERIFY(QThread::currentThread() == qApp->thread());
                    if (r == Reason::WriterClosed)
                        decided.append(p);
                });
                started = detector->watch(path);
            },
            Qt::BlockingQueuedConnection);
        QCOMPARE(started, SettleDetector::Start::Waiting);
        QVERIFY(writer.quit());
        QTRY_COMPARE_WITH_TIMEOUT(decided, QStringList{path}, 60000);
        QMetaObject::invokeMethod(
            &context, [&] { delete detector; }, Qt::BlockingQueuedConnection);
        thread.quit();
        QVERIFY(thread.wait(60000));
    }
};

QTEST_GUILESS_MAIN(TestSettleDetector)
#include "tst_settledetector.moc"
