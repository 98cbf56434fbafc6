// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "core/readahead.h"

#include "core/posixfile.h"
#include "core/workpool.h"
#include "testutil.h"

#include <QRandomGenerator>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <fcntl.h>

using namespace Logkeeper;

class TestReadAhead : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QByteArray randomBytes(qint64 size)
    {
        QByteArray data(size, Qt::Uninitialized);
        QRandomGenerator generator(7);
        for (char &c : data)
            c = char(generator.bounded(256));
        return data;
    }
    // Everything next() hands out, joined; false on an error (*error set).
    static bool readAll(ReadAhead &reader, QByteArray *out, int *error, qint64 *blocks = nullptr)
    {
        for (;;) {
            const char *data = nullptr;
            qint64 n = 0;
            if (!reader.next(&data, &n, error))
                return false;
            if (n == 0)
                return true;
            out->append(data, n);
            if (blocks)
                ++*blocks;
        }
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void readsEverythingInOrder_data()
    {
        QTest::addColumn<qint64>("size");
        QTest::addColumn<bool>("beside");
        const qint64 block = 4096;
        for (qint64 size : {qint64(0), qint64(1), block - 1, block, block + 1, 100 * block + 17}) {
            QTest::addRow("%lld bytes, this thread", size) << size << false;
            QTest::addRow("%lld bytes, read ahead", size) << size << true;
        }
    }
    void readsEverythingInOrder()
    {
        QFETCH(qint64, size);
        QFETCH(bool, beside);
        const QString path = m_dir.filePath("data");
        const QByteArray content = randomBytes(size);
        QVERIFY(TestUtil::writeFile(path, content));
        PosixFile::UniqueFd fd(::open(QFile::encodeName(path).constData(), O_RDONLY));
        ReadAhead reader(fd.get(), size, 4096, 4); // a ring smaller than the file
        if (beside)
            reader.startBeside();
        QByteArray out;
        int error = -1;
        qint64 blocks = 0;
        QVERIFY(readAll(reader, &out, &error, &blocks));
        QVERIFY(out == content);
        QCOMPARE(blocks, (size + 4095) / 4096);
        // At the end it stays at the end.
        const char *data = nullptr;
        qint64 n = -1;
        QVERIFY(reader.next(&data, &n, &error));
        QCOMPARE(n, qint64(0));
    }

    void onlyTheGivenSize()
    {
        const QString path = m_dir.filePath("longer");
        const QByteArray content = randomBytes(50000);
        QVERIFY(TestUtil::writeFile(path, content));
        PosixFile::UniqueFd fd(::open(QFile::encodeName(path).constData(), O_RDONLY));
        ReadAhead reader(fd.get(), 30000, 4096, 3);
        reader.startBeside();
        QByteArray out;
        int error = -1;
        QVERIFY(readAll(reader, &out, &error));
        QVERIFY(out == content.left(30000));
    }

    void aShrunkFileIsAnError()
    {
        const QString path = m_dir.filePath("shrunk");
        QVERIFY(TestUtil::writeFile(path, randomBytes(10000)));
        PosixFile::UniqueFd fd(::open(QFile::encodeName(path).constData(), O_RDONLY));
        ReadAhead reader(fd.get(), 20000, 4096, 8);
        reader.startBeside();
        QByteArray out;
        int error = -1;
        QVERIFY(!readAll(reader, &out, &error));
        QCOMPARE(error, 0);         // ended early, no errno
        QCOMPARE(out.size(), 8192); // the two whole blocks before it
    }

    void readsItselfWhenNoPoolThreadIsFree()
    {
        const int threads = WorkPool::pool().maxThreadCount();
        QSemaphore started;
        QSemaphore release;
        std::vector<WorkPool::Handle> blockers;
        for (int i = 0; i < threads; ++i)
            blockers.push_back(WorkPool::start([&](const CancelToken &) {
                started.release();
                release.acquire();
            }));
        QVERIFY(started.tryAcquire(threads, 60000));
        const QString path = m_dir.filePath("pool-full");
        const QByteArray content = randomBytes(64 * 4096 + 5);
        QVERIFY(TestUtil::writeFile(path, content));
        QByteArray out;
        bool ok = false;
        {
            PosixFile::UniqueFd fd(::open(QFile::encodeName(path).constData(), O_RDONLY));
            ReadAhead reader(fd.get(), content.size(), 4096, 4);
            reader.startBeside(); // queued behind the blockers
            int error = -1;
            ok = readAll(reader, &out, &error);
        } // gone before its job ever ran: the job must find nothing to do
        release.release(threads);
        for (const WorkPool::Handle &h : blockers)
            h.wait();
        QVERIFY(ok);
        QVERIFY(out == content);
    }

    void stoppingEarlyWaitsForTheReader()
    {
        const QString path = m_dir.filePath("early");
        const QByteArray content = randomBytes(1000 * 4096);
        QVERIFY(TestUtil::writeFile(path, content));
        for (int round = 0; round < 20; ++round) {
            PosixFile::UniqueFd fd(::open(QFile::encodeName(path).constData(), O_RDONLY));
            ReadAhead reader(fd.get(), content.size(), 4096, 4);
            reader.startBeside();
            const char *data = nullptr;
            qint64 n = 0;
            int error = -1;
            QVERIFY(reader.next(&data, &n, &error));
            QCOMPARE(QByteArray(data, n), content.left(4096));
        } // the reader, perhaps mid-read, is stopped and waited for before the descriptor closes
    }
};

QTEST_GUILESS_MAIN(TestReadAhead)
#include "tst_readahead.moc"
