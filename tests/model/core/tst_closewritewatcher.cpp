// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "core/closewritewatcher.h"

#include "testutil.h"
#include "writerprocess.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Logkeeper;

// Events are delivered in order, so "nothing happened" is shown by a marker event that comes
// after it, never by waiting for a while.
class TestCloseWriteWatcher : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString makeFile(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        return TestUtil::writeFile(path, "first\n") ? path : QString();
    }
    static bool appendAndClose(const QString &path) { return TestUtil::appendFile(path, "more\n"); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void aWriterProcessWritesAndCloses()
    {
        const QString path = makeFile("child.log");
        CloseWriteWatcher watcher;
        QVERIFY2(watcher.isValid(), qPrintable(watcher.errorString()));
        WriterProcess writer(path);
        QVERIFY(writer.start());
        QVERIFY2(watcher.watch(path), qPrintable(watcher.errorString()));
        QSignalSpy modified(&watcher, &CloseWriteWatcher::modified);
        QSignalSpy closed(&watcher, &CloseWriteWatcher::closedAfterWrite);
        QVERIFY(writer.write());
        QVERIFY(modified.wait(60000));
        QCOMPARE(modified.first().first().toString(), path);
        QCOMPARE(closed.count(), 0);
        QVERIFY(writer.quit());
        QVERIFY(closed.wait(60000));
        QCOMPARE(closed.count(), 1);
        QCOMPARE(closed.first().first().toString(), path);
    }

    void aReadOnlyCloseIsNoCloseWrite()
    {
        const QString path = makeFile("read.log");
        CloseWriteWatcher watcher;
        QVERIFY(watcher.watch(path));
        QSignalSpy closed(&watcher, &CloseWriteWatcher::closedAfterWrite);
        QSignalSpy modified(&watcher, &CloseWriteWatcher::modified);
        {
            QFile reader(path);
            QVERIFY(reader.open(QIODevice::ReadOnly));
            QCOMPARE(reader.readAll(), QByteArray("first\n"));
        }
        QVERIFY(appendAndClose(path)); // the marker
        QVERIFY(closed.wait(60000));
        QCOMPARE(closed.count(), 1);
        QCOMPARE(modified.count(), 1);
    }

    void goneWhenDeletedMovedOrReplaced_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("deleted") << "deleted";
        QTest::newRow("deleted while a writer holds it") << "deleted held";
        QTest::newRow("moved away") << "moved";
        QTest::newRow("replaced") << "replaced";
    }
    void goneWhenDeletedMovedOrReplaced()
    {
        QFETCH(QString, how);
        const QString path = makeFile("gone.log");
        CloseWriteWatcher watcher;
        QVERIFY(watcher.watch(path));
        QSignalSpy gone(&watcher, &CloseWriteWatcher::gone);
        WriterProcess writer(path);
        if (how == "deleted held")
            QVERIFY(writer.start());
        if (how.startsWith("deleted")) {
            QVERIFY(QFile::remove(path));
        } else if (how == "moved") {
            QVERIFY(QFile::rename(path, path + ".old"));
        } else {
            QVERIFY(TestUtil::writeFile(path + ".new", "other\n"));
            QVERIFY(::rename(QFile::encodeName(path + ".new").constData(),
                             QFile::encodeName(path).constData()) == 0);
        }
        QVERIFY(gone.wait(60000));
        QCOMPARE(gone.count(), 1);
        QCOMPARE(gone.first().first().toString(), path);
        QVERIFY(!watcher.isWatching(path));
        QVERIFY(watcher.watched().isEmpty());
        QFile::remove(path);
        QFile::remove(path + ".old");
    }

    void unwatchStopsEvents()
    {
        const QString a = makeFile("a.log");
        const QString b = makeFile("b.log");
        CloseWriteWatcher watcher;
        QVERIFY(watcher.watch(a));
        QVERIFY(watcher.watch(b));
        QCOMPARE(watcher.watched().size(), 2);
        watcher.unwatch(a);
        QSignalSpy closed(&watcher, &CloseWriteWatcher::closedAfterWrite);
        QVERIFY(appendAndClose(a));
        QVERIFY(appendAndClose(b)); // the marker
        QVERIFY(closed.wait(60000));
        QCOMPARE(closed.count(), 1);
        QCOMPARE(closed.first().first().toString(), b);
    }

    void cannotWatch()
    {
        CloseWriteWatcher watcher;
        const QString missing = m_dir.filePath("missing.log");
        QVERIFY(!watcher.watch(missing));
        QVERIFY2(watcher.errorString().contains(missing), qPrintable(watcher.errorString()));
        QVERIFY(!watcher.watch(m_dir.path()));
        QVERIFY2(watcher.errorString().contains("not a regular file"),
                 qPrintable(watcher.errorString()));
        QVERIFY(watcher.watched().isEmpty());
    }

    void tmpfs()
    {
        if (!QFileInfo("/dev/shm").isDir())
            QSKIP("no /dev/shm");
        QTemporaryDir shm("/dev/shm/logkeeper-test-XXXXXX");
        const QString path = shm.filePath("shm.log");
        QVERIFY(TestUtil::writeFile(path, "x\n"));
        CloseWriteWatcher watcher;
        QVERIFY(watcher.watch(path));
        QSignalSpy closed(&watcher, &CloseWriteWatcher::closedAfterWrite);
        QVERIFY(appendAndClose(path));
        QVERIFY(closed.wait(60000));
    }
};

QTEST_GUILESS_MAIN(TestCloseWriteWatcher)
#include "tst_closewritewatcher.moc"
