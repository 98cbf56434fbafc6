// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
// ArchiveBatch on real files: through the build's backend, and through the fake one to make it
// fail mid-stream, write corrupt output, or crawl while the source grows or a stop comes.

#include "engine/archivebatch.h"

#include "core/archivenaming.h"
#include "fakes/fakecompressionbackend.h"
#include "testutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Logkeeper;

namespace {

struct Recorder
{
    QVector<ArchiveBatch::Job> archived;
    QVector<Failure> failures;
    QVector<ArchiveBatch::Job> grew;
    ArchiveBatch::Events events()
    {
        ArchiveBatch::Events e;
        e.archived = [this](const ArchiveBatch::Job &job, const ArchiveCompressor::Result &r) {
            QVERIFY(r.ok);
            QCOMPARE(r.archivePath, job.archivePath);
            archived.append(job);
        };
        e.failed = [this](const Failure &f) {
            failures.append(f);
        };
        e.grew = [this](const ArchiveBatch::Job &job) {
            grew.append(job);
        };
        return e;
    }
};

ArchiveBatch::Job job(const QString &dir, const QString &name, Codec codec)
{
    return {"batch", dir + "/" + name, dir + "/archive/" + name + Codecs::extension(codec), codec,
            -1,      FsIdentity()};
}

bool noTemporaryIn(const QString &dir)
{
    for (const QString &name : TestUtil::entries(dir)) {
        if (name.startsWith(ArchiveNaming::temporaryPrefix()))
            return false;
    }
    return true;
}

} // namespace

class TestArchiveBatch : public QObject
{
    Q_OBJECT

private slots:
    // More files than a chunk and past the syncfs threshold, small and large, compressed and
    // plain: every archive holds its file, every source is gone, nothing else is left.
    void archivesManyFiles()
    {
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath("archive")));
        QVector<ArchiveBatch::Job> jobs;
        QHash<QString, QByteArray> contents;
        for (int i = 0; i < 300; ++i) {
            const QString name = QStringLiteral("f%1_20260101_101010.log").arg(i);
            const QByteArray data = TestUtil::numberedLines("f" + QByteArray::number(i), 0,
                                                            i == 5 ? 40000 : 10 + i % 30);
            QVERIFY(TestUtil::writeFile(dir.filePath(name), data));
            contents.insert(name, data);
            jobs.append(job(dir.path(), name, i % 10 == 0 ? Codec::None : Codec::Gzip));
        }
        Recorder recorder;
        ArchiveBatch(ArchiveCompressor(), CancelToken()).run(jobs, recorder.events());
        QVERIFY(recorder.failures.isEmpty());
        QCOMPARE(recorder.archived.size(), jobs.size());
        for (const ArchiveBatch::Job &j : jobs) {
            QVERIFY2(!QFile::exists(j.rotatedPath), qPrintable(j.rotatedPath));
            QCOMPARE(TestUtil::readArchive(j.archivePath),
                     contents.value(QFileInfo(j.rotatedPath).fileName()));
        }
        QCOMPARE(TestUtil::entries(dir.filePath("archive")).size(), jobs.size());
        QCOMPARE(TestUtil::entries(dir.path()), QStringList());
    }

    // A crash between the archive's rename and the source's removal: the archive is
    // recognised as complete and only the source goes.
    void archiveAlreadyThere()
    {
        QTemporaryDir dir;
        const ArchiveBatch::Job j = job(dir.path(), "a_20260101_101010.log", Codec::Gzip);
        QVERIFY(TestUtil::writeFile(j.rotatedPath, "content\n"));
        QVERIFY(QDir().mkpath(dir.filePath("archive")));
        QVERIFY(ArchiveCompressor().compress(j.rotatedPath, j.archivePath, Codec::Gzip, -1).ok);
        Recorder recorder;
        ArchiveBatch(ArchiveCompressor(), CancelToken()).run({j}, recorder.events());
        QVERIFY(recorder.failures.isEmpty());
        QVERIFY(recorder.archived.isEmpty()); // archived before, not now
        QVERIFY(!QFile::exists(j.rotatedPath));
        QCOMPARE(TestUtil::readArchive(j.archivePath), QByteArray("content\n"));
    }

    // A backend failing mid-stream, or writing what does not decompress to the source: a clear
    // error naming the rotated file, which stays; no archive, no temporary file.
    void backendFaults_data()
    {
        QTest::addColumn<Codec>("codec");
        QTest::addColumn<QString>("cause");
        QTest::newRow("fails mid-stream") << Codec::Zstd << "fake zstd failed after";
        QTest::newRow("fails in a block") << Codec::Gzip << "fake gzip failed after";
        QTest::newRow("corrupt output") << Codec::Xz << "verification failed";
        QTest::newRow("corrupt blocks") << Codec::Bzip2 << "verification failed";
    }
    void backendFaults()
    {
        QFETCH(Codec, codec);
        QFETCH(QString, cause);
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath("archive")));
        const QByteArray data = TestUtil::numberedLines("x", 0, 70000); // 5.6 MB
        const ArchiveBatch::Job j = job(dir.path(), "a_20260101_101010.log", codec);
        QVERIFY(TestUtil::writeFile(j.rotatedPath, data));
        const auto fake = FakeCompressionBackend::fromFixture("faulty.json");
        Recorder recorder;
        ArchiveBatch(ArchiveCompressor(*fake), CancelToken()).run({j}, recorder.events());
        QVERIFY(recorder.archived.isEmpty());
        QCOMPARE(recorder.failures.size(), 1);
        const Failure &f = recorder.failures.first();
        QCOMPARE(f.kind, Failure::Kind::Archiving);
        QCOMPARE(f.path, j.rotatedPath);
        QVERIFY2(f.text().startsWith("archiving " + j.rotatedPath + " failed: ") &&
                     f.text().contains(cause) &&
                     f.text().endsWith("; the rotated file is kept and retried"),
                 qPrintable(f.text()));
        QCOMPARE(TestUtil::readFile(j.rotatedPath), data);
        QCOMPARE(TestUtil::entries(dir.filePath("archive")), QStringList());
    }

    // A writer appends to the rotated file while it is being compressed (the slow codec gives
    // it time): the incomplete archive goes, the file stays whole and is handed back.
    void sourceGrowsMeanwhile()
    {
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath("archive")));
        const QByteArray data = TestUtil::numberedLines("g", 0, 40000); // 3.2 MB: 4 chunks
        const ArchiveBatch::Job j = job(dir.path(), "a_20260101_101010.log", Codec::Gzip);
        QVERIFY(TestUtil::writeFile(j.rotatedPath, data));
        const auto fake = FakeCompressionBackend::fromFixture("slow.json");
        fake->setChunkCallback([&](int chunk) {
            if (chunk == 1)
                QVERIFY(TestUtil::appendFile(j.rotatedPath, "a late line\n"));
        });
        Recorder recorder;
        ArchiveBatch(ArchiveCompressor(*fake), CancelToken()).run({j}, recorder.events());
        QVERIFY(recorder.failures.isEmpty());
        QVERIFY(recorder.archived.isEmpty());
        QCOMPARE(recorder.grew.size(), 1);
        QCOMPARE(recorder.grew.first().rotatedPath, j.rotatedPath);
        QCOMPARE(TestUtil::readFile(j.rotatedPath), data + "a late line\n");
        QCOMPARE(TestUtil::entries(dir.filePath("archive")), QStringList());
    }

    // Stopped in the middle of a slow compression: no archive, no temporary file, no failure
    // reported (a stop is not one), the rotated file as it was.
    void stopMidCompression_data()
    {
        QTest::addColumn<Codec>("codec");
        QTest::newRow("stream") << Codec::Gzip;
        QTest::newRow("blocks") << Codec::Zstd;
    }
    void stopMidCompression()
    {
        QFETCH(Codec, codec);
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath("archive")));
        const QByteArray data = TestUtil::numberedLines("s", 0, 300000); // 24 MB
        const ArchiveBatch::Job j = job(dir.path(), "a_20260101_101010.log", codec);
        QVERIFY(TestUtil::writeFile(j.rotatedPath, data));
        const auto fake = FakeCompressionBackend::fromFixture("slow.json");
        const CancelToken cancel;
        fake->setChunkCallback([&](int) { cancel.cancel(); }); // a stop while it compresses
        Recorder recorder;
        ArchiveBatch(ArchiveCompressor(*fake), cancel).run({j}, recorder.events());
        QVERIFY(fake->chunksCompressed() < 6); // it stopped before the end
        QVERIFY(recorder.archived.isEmpty());
        QVERIFY(recorder.failures.isEmpty());
        QCOMPARE(TestUtil::entries(dir.filePath("archive")), QStringList());
        QVERIFY(noTemporaryIn(dir.filePath("archive")));
        QCOMPARE(TestUtil::readFile(j.rotatedPath), data);
    }
};

QTEST_GUILESS_MAIN(TestArchiveBatch)
#include "tst_archivebatch.moc"
