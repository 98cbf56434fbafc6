// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "compression/archivecompressor.h"
#include "compression/decompressjob.h"
#include "core/codecs.h"

#include "testutil.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Logkeeper;

class TestDecompressJob : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString archiveOf(const QByteArray &data, const QString &codec, const QString &name)
    {
        const QString source = m_dir.filePath(name + ".src");
        if (!TestUtil::writeFile(source, data))
            return {};
        const QString target = m_dir.filePath(name + TestUtil::extension(codec));
        const auto r = TestUtil::compress(source, target, codec, -1);
        QFile::remove(source);
        return r.ok ? target : QString();
    }

    // Runs the job to its end; returns (ok, error).
    static std::pair<bool, QString> finish(DecompressJob &job)
    {
        QSignalSpy done(&job, &DecompressJob::finished);
        job.start();
        if (!done.wait(120000))
            return {false, "timed out"};
        return {done.at(0).at(0).toBool(), done.at(0).at(1).toString()};
    }

private slots:
    void decompressesEveryCodec_data()
    {
        QTest::addColumn<QString>("codec");
        QTest::addColumn<bool>("atomic");
        for (const QString &codec : TestUtil::codecNames()) {
            QTest::addRow("%s atomic", qPrintable(codec)) << codec << true;
            QTest::addRow("%s streaming", qPrintable(codec)) << codec << false;
        }
    }
    void decompressesEveryCodec()
    {
        QFETCH(QString, codec);
        QFETCH(bool, atomic);
        const QByteArray data = TestUtil::numberedLines("line", 0, 60000); // 4.8 MB
        const QString archive =
            archiveOf(data, codec, QString("every-%1-%2").arg(codec).arg(atomic));
        QVERIFY(!archive.isEmpty());
        const QString target = m_dir.filePath(QString("out-%1-%2.log").arg(codec).arg(atomic));
        DecompressJob job(archive, target,
                          atomic ? DecompressJob::Target::Atomic
                                 : DecompressJob::Target::Streaming);
        QByteArray observed;
        qint64 expectedOffset = 0;
        bool offsetsInOrder = true;
        job.setChunkObserver([&](const char *chunk, qint64 size, qint64 offset) {
            offsetsInOrder = offsetsInOrder && offset == expectedOffset;
            expectedOffset += size;
            observed.append(chunk, size);
        });
        QSignalSpy progress(&job, &DecompressJob::progress);
        const auto [ok, error] = finish(job);
        QVERIFY2(ok, qPrintable(error));
        QVERIFY(offsetsInOrder);
        QCOMPARE(observed, data);
        QCOMPARE(TestUtil::readFile(target), data);
        QCOMPARE(job.bytesWritten(), qint64(data.size()));
        QVERIFY(!progress.isEmpty());
        const QList<QVariant> last = progress.last();
        QCOMPARE(last.at(0).toLongLong(), qint64(data.size()));
        QCOMPARE(last.at(1).toLongLong(), QFileInfo(archive).size());
    }

    void plainFileReadsAsItself()
    {
        const QByteArray data = "not compressed\nat all\n";
        QVERIFY(TestUtil::writeFile(m_dir.filePath("plain.log"), data));
        DecompressJob job(m_dir.filePath("plain.log"), m_dir.filePath("plain.out"),
                          DecompressJob::Target::Atomic);
        const auto [ok, error] = finish(job);
        QVERIFY2(ok, qPrintable(error));
        QCOMPARE(TestUtil::readFile(m_dir.filePath("plain.out")), data);
    }

    // A truncated archive: the streaming target keeps what could be read, the atomic one is
    // never created; the error names the archive.
    void truncatedArchive_data()
    {
        QTest::addColumn<bool>("atomic");
        QTest::newRow("atomic") << true;
        QTest::newRow("streaming") << false;
    }
    void truncatedArchive()
    {
        QFETCH(bool, atomic);
        const QByteArray data = TestUtil::numberedLines("cut", 0, 100000);
        const QString archive = archiveOf(data, "gzip", QString("cut-%1").arg(atomic));
        QVERIFY(!archive.isEmpty());
        QFile f(archive);
        QVERIFY(f.resize(f.size() / 2));
        const QString target = m_dir.filePath(QString("cut-%1.out").arg(atomic));
        DecompressJob job(archive, target,
                          atomic ? DecompressJob::Target::Atomic
                                 : DecompressJob::Target::Streaming);
        const auto [ok, error] = finish(job);
        QVERIFY(!ok);
        QVERIFY2(error.contains(archive) && error.contains("truncated"), qPrintable(error));
        if (atomic) {
            QVERIFY(!QFile::exists(target));
        } else {
            const QByteArray partial = TestUtil::readFile(target);
            QVERIFY(partial.size() > 0 && partial.size() < data.size());
            QVERIFY(data.startsWith(partial));
        }
    }

    void cancelStopsTheWorker()
    {
        const QByteArray data = TestUtil::numberedLines("big", 0, 400000); // 32 MB
        const QString archive = archiveOf(data, "xz", "cancel");
        QVERIFY(!archive.isEmpty());
        const QString target = m_dir.filePath("cancel.out");
        DecompressJob job(archive, target, DecompressJob::Target::Atomic);
        // Cancel from the worker itself after the first chunk: deterministic, no timing.
        job.setChunkObserver([&](const char *, qint64, qint64) { job.cancel(); });
        const auto [ok, error] = finish(job);
        QVERIFY(!ok);
        QCOMPARE(error, DecompressJob::cancelledMessage());
        QVERIFY(job.bytesWritten() < data.size());
        QVERIFY(!QFile::exists(target));
        QVERIFY(!job.isRunning());
    }

    void missingSourceNamesIt()
    {
        DecompressJob job(m_dir.filePath("gone.gz"), m_dir.filePath("gone.out"),
                          DecompressJob::Target::Atomic);
        const auto [ok, error] = finish(job);
        QVERIFY(!ok);
        QVERIFY2(error.contains(m_dir.filePath("gone.gz")), qPrintable(error));
        QVERIFY(!QFile::exists(m_dir.filePath("gone.out")));
    }

    void unwritableTargetNamesIt()
    {
        QVERIFY(TestUtil::writeFile(m_dir.filePath("src.log"), "x\n"));
        const QString target = m_dir.filePath("no/such/folder/out.log");
        DecompressJob job(m_dir.filePath("src.log"), target, DecompressJob::Target::Atomic);
        const auto [ok, error] = finish(job);
        QVERIFY(!ok);
        QVERIFY2(error.contains(target), qPrintable(error));
    }

    // Destroying a running job cancels and joins its worker.
    void destroyWhileRunning()
    {
        const QByteArray data = TestUtil::numberedLines("d", 0, 200000);
        const QString archive = archiveOf(data, "bzip2", "destroy");
        QVERIFY(!archive.isEmpty());
        {
            DecompressJob job(archive, m_dir.filePath("destroy.out"),
                              DecompressJob::Target::Atomic);
            job.start();
        }
        QVERIFY(!QFile::exists(m_dir.filePath("destroy.out")));
    }
};

QTEST_GUILESS_MAIN(TestDecompressJob)
#include "tst_decompressjob.moc"
