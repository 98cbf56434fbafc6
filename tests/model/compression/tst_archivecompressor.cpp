// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "compression/archivecompressor.h"
#include "core/archivenaming.h"
#include "core/posixfile.h"

#include "compression/compressionbackend.h"
#include "core/codecs.h"
#include "fakes/fakecompressionbackend.h"
#include "testutil.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Logkeeper;

class TestArchiveCompressor : public QObject
{
    Q_OBJECT

    static QByteArray text(qint64 size)
    {
        QByteArray out;
        for (int i = 0; out.size() < size; ++i)
            out += TestUtil::numberedLines("10.0.0." + QByteArray::number(i % 251) + " GET /x", i,
                                           1, 90);
        out.truncate(size);
        return out;
    }
    static QByteArray randomBytes(qint64 size)
    {
        QByteArray data(size, Qt::Uninitialized);
        QRandomGenerator generator(42);
        for (char &c : data)
            c = char(generator.bounded(256));
        return data;
    }
    static const char *toolFor(const QString &codec)
    {
        return codec == "gzip"    ? "gzip"
               : codec == "bzip2" ? "bzip2"
               : codec == "xz"    ? "xz"
                                  : "zstd";
    }
    // The standard tool's view of an archive: its decompressed content, and `-t` passing.
    static QByteArray toolDecompress(const QString &codec, const QString &path, bool *ok)
    {
        QProcess t;
        t.start(toolFor(codec), {"-t", path});
        QProcess p;
        p.start(toolFor(codec), {"-dc", path});
        *ok = t.waitForFinished(120000) && t.exitStatus() == QProcess::NormalExit &&
              t.exitCode() == 0 && p.waitForFinished(120000) &&
              p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
        return p.readAllStandardOutput();
    }
    static bool noTemporaryLeft(const QString &dir)
    {
        for (const QString &name : TestUtil::entries(dir)) {
            if (name.startsWith(ArchiveNaming::temporaryPrefix()))
                return false;
        }
        return true;
    }

private slots:
    void compressesExactly_data()
    {
        QTest::addColumn<QString>("codec");
        QTest::addColumn<qint64>("size");
        QTest::addColumn<bool>("random");
        for (const QString &codec : TestUtil::codecNames() + QStringList{"none"}) {
            // 20 MiB + 3: 6 blocks, the last one short
            for (qint64 size : {qint64(0), qint64(5000), qint64((20 << 20) + 3)})
                QTest::addRow("%s %lld", qPrintable(codec), size) << codec << size << false;
            QTest::addRow("%s random", qPrintable(codec)) << codec << qint64(9 << 20) << true;
        }
    }
    void compressesExactly()
    {
        QFETCH(QString, codec);
        QFETCH(qint64, size);
        QFETCH(bool, random);
        QTemporaryDir dir;
        const QByteArray data = random ? randomBytes(size) : text(size);
        QVERIFY(TestUtil::writeFile(dir.filePath("src.log"), data));
        QFile::setPermissions(dir.filePath("src.log"),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QString target = dir.filePath("out/src.log" + TestUtil::extension(codec));
        QVERIFY(QDir().mkpath(dir.filePath("out")));
        const auto r = TestUtil::compress(dir.filePath("src.log"), target, codec, -1);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.archivePath, target);
        QCOMPARE(r.sourceBytes, size);
        QCOMPARE(r.archiveBytes, QFileInfo(target).size());
        QCOMPARE(TestUtil::readFile(dir.filePath("src.log")), data); // source untouched
        QCOMPARE(QFile::permissions(target), QFile::permissions(dir.filePath("src.log")));
        QVERIFY(noTemporaryLeft(dir.filePath("out")));
        if (codec == "none") {
            QCOMPARE(TestUtil::readFile(target), data);
            return;
        }
        QString error;
        QCOMPARE(TestUtil::readArchive(target, &error), data);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        bool toolOk = false;
        QCOMPARE(toolDecompress(codec, target, &toolOk), data);
        QVERIFY(toolOk);
        if (size > 0 && !random)
            QVERIFY(r.archiveBytes < size / 3);
    }

    // The archive gets the source's permissions, whatever the umask.
    void keepsTheSourceMode_data()
    {
        QTest::addColumn<QString>("codec");
        QTest::addColumn<int>("mode");
        for (const QString &codec : TestUtil::codecNames() + QStringList{"none"}) {
            for (int mode : {0600, 0640, 0644, 0604})
                QTest::addRow("%s %o", qPrintable(codec), mode) << codec << mode;
        }
    }
    void keepsTheSourceMode()
    {
        QFETCH(QString, codec);
        QFETCH(int, mode);
        QTemporaryDir dir;
        const QString source = dir.filePath("src.log");
        QVERIFY(TestUtil::writeFile(source, text(3000)));
        QCOMPARE(::chmod(QFile::encodeName(source).constData(), mode_t(mode)), 0);
        QVERIFY(QDir().mkpath(dir.filePath("out")));
        const QString target = dir.filePath("out/src.log" + TestUtil::extension(codec));
        const auto r = TestUtil::compress(source, target, codec, -1);
        QVERIFY2(r.ok, qPrintable(r.error));
        struct stat st;
        QCOMPARE(::stat(QFile::encodeName(target).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 07777), mode);
    }

    void levels()
    {
        QTemporaryDir dir;
        const QByteArray data = text(2 << 20);
        QVERIFY(TestUtil::writeFile(dir.filePath("src.log"), data));
        const CompressionBackend &backend = CompressionBackend::instance();
        for (const QString &codec : TestUtil::codecNames()) {
            const Codec c = TestUtil::codec(codec);
            if (!backend.supportsLevel(c))
                continue;
            for (int level : {backend.minLevel(c), backend.maxLevel(c)}) {
                const QString target =
                    dir.filePath(QStringLiteral("l%1").arg(level) + TestUtil::extension(codec));
                const auto r = TestUtil::compress(dir.filePath("src.log"), target, codec, level);
                QVERIFY2(r.ok, qPrintable(r.error));
                QCOMPARE(TestUtil::readArchive(target), data);
            }
            const auto bad = TestUtil::compress(dir.filePath("src.log"),
                                                dir.filePath("bad" + TestUtil::extension(codec)),
                                                codec, backend.maxLevel(c) + 1);
            QVERIFY(!bad.ok);
            QVERIFY2(bad.error.contains("level"), qPrintable(bad.error));
            QVERIFY(noTemporaryLeft(dir.path()));
            QVERIFY(!QFile::exists(dir.filePath("bad" + TestUtil::extension(codec))));
        }
    }

    void neverOverwrites()
    {
        QTemporaryDir dir;
        QVERIFY(TestUtil::writeFile(dir.filePath("src.log"), text(10000)));
        QVERIFY(TestUtil::writeFile(dir.filePath("src.log.gz"), "precious"));
        const auto r =
            TestUtil::compress(dir.filePath("src.log"), dir.filePath("src.log.gz"), "gzip", -1);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(dir.filePath("src.log.gz")) && r.error.contains("exists"),
                 qPrintable(r.error));
        QCOMPARE(TestUtil::readFile(dir.filePath("src.log.gz")), QByteArray("precious"));
        QCOMPARE(TestUtil::readFile(dir.filePath("src.log")), text(10000));
        QVERIFY(noTemporaryLeft(dir.path()));
        // Every codec and the plain copy alike (the one-stream path too).
        for (const QString &codec : TestUtil::codecNames() + QStringList{"none"}) {
            QVERIFY(TestUtil::writeFile(dir.filePath("existing"), "precious"));
            const auto again =
                TestUtil::compress(dir.filePath("src.log"), dir.filePath("existing"), codec, -1);
            QVERIFY2(!again.ok, qPrintable(codec));
            QVERIFY2(again.error.contains("exists"), qPrintable(again.error));
            QCOMPARE(TestUtil::readFile(dir.filePath("existing")), QByteArray("precious"));
            QVERIFY(noTemporaryLeft(dir.path()));
        }
    }

    // The two halves a batch uses: nothing under the archive's name until commit(); discard()
    // and a failed commit() leave no temporary file.
    void stageThenCommit()
    {
        QTemporaryDir dir;
        const QByteArray data = text(50000);
        QVERIFY(TestUtil::writeFile(dir.filePath("src.log"), data));
        ArchiveCompressor::Staged staged = ArchiveCompressor().stage(
            dir.filePath("src.log"), dir.filePath("src.log.gz"), Codec::Gzip, -1);
        QVERIFY2(staged.ok(), qPrintable(staged.result().error));
        QVERIFY(!QFile::exists(dir.filePath("src.log.gz")));
        QVERIFY(QFileInfo(staged.temporaryPath())
                    .fileName()
                    .startsWith(ArchiveNaming::temporaryPrefix()));
        QVERIFY(QFile::exists(staged.temporaryPath()));
        QCOMPARE(TestUtil::readArchive(staged.temporaryPath()), data); // verified already
        const auto r = ArchiveCompressor::commit(staged, PosixFile::FolderSync::Deferred);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.archivePath, dir.filePath("src.log.gz"));
        QCOMPARE(r.sourceBytes, qint64(data.size()));
        QCOMPARE(TestUtil::readArchive(r.archivePath), data);
        QVERIFY(noTemporaryLeft(dir.path()));
        QCOMPARE(TestUtil::readFile(dir.filePath("src.log")), data); // the source is the caller's
    }

    void discardLeavesNothing()
    {
        QTemporaryDir dir;
        QVERIFY(TestUtil::writeFile(dir.filePath("src.log"), text(50000)));
        ArchiveCompressor::Staged staged = ArchiveCompressor().stage(
            dir.filePath("src.log"), dir.filePath("src.log.zst"), Codec::Zstd, -1);
        QVERIFY(staged.ok());
        ArchiveCompressor::discard(staged);
        QVERIFY(!staged.ok());
        QCOMPARE(TestUtil::entries(dir.path()), QStringList{"src.log"});
        const auto r = ArchiveCompressor::commit(staged); // nothing left to commit
        QVERIFY(!r.ok);
        QCOMPARE(TestUtil::entries(dir.path()), QStringList{"src.log"});
    }

    void commitNeverOverwritesWhatAppearedMeanwhile()
    {
        QTemporaryDir dir;
        QVERIFY(TestUtil::writeFile(dir.filePath("src.log"), text(50000)));
        ArchiveCompressor::Staged staged = ArchiveCompressor().stage(
            dir.filePath("src.log"), dir.filePath("src.log.gz"), Codec::Gzip, -1);
        QVERIFY(staged.ok());
        QVERIFY(TestUtil::writeFile(dir.filePath("src.log.gz"), "precious"));
        const auto r = ArchiveCompressor::commit(staged);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(dir.filePath("src.log.gz")) && r.error.contains("exists"),
                 qPrintable(r.error));
        QCOMPARE(TestUtil::readFile(dir.filePath("src.log.gz")), QByteArray("precious"));
        QVERIFY(noTemporaryLeft(dir.path()));
    }

    void missingSource()
    {
        QTemporaryDir dir;
        const auto r =
            TestUtil::compress(dir.filePath("gone.log"), dir.filePath("gone.log.gz"), "gzip", -1);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(dir.filePath("gone.log")) &&
                     r.error.contains("No such file or directory"),
                 qPrintable(r.error));
        QVERIFY(TestUtil::entries(dir.path()).isEmpty());
    }

    void unwritableDestination()
    {
        QTemporaryDir dir;
        QVERIFY(TestUtil::writeFile(dir.filePath("src.log"), text(10000)));
        QVERIFY(TestUtil::writeFile(dir.filePath("file"), "not a folder"));
        for (const QString &target :
             {dir.filePath("missing/src.log.gz"), dir.filePath("file/src.log.gz")}) {
            const auto r = TestUtil::compress(dir.filePath("src.log"), target, "gzip", -1);
            QVERIFY(!r.ok);
            QVERIFY2(r.error.contains(QFileInfo(target).absolutePath()), qPrintable(r.error));
        }
        QCOMPARE(TestUtil::entries(dir.path()), (QStringList{"file", "src.log"}));
    }

    void cancelledLeavesNothing_data()
    {
        QTest::addColumn<QString>("codec");
        for (const QString &codec : TestUtil::codecNames() + QStringList{"none"})
            QTest::newRow(qPrintable(codec)) << codec;
    }
    void cancelledLeavesNothing()
    {
        QFETCH(QString, codec);
        QTemporaryDir dir;
        const QByteArray data = text(9 << 20);
        QVERIFY(TestUtil::writeFile(dir.filePath("src.log"), data));
        const CancelToken cancel;
        cancel.cancel();
        const auto r = ArchiveCompressor().compress(dir.filePath("src.log"), dir.filePath("a.gz"),
                                                    TestUtil::codec(codec), -1, cancel);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains("cancelled"), qPrintable(r.error));
        QCOMPARE(TestUtil::entries(dir.path()), QStringList{"src.log"});
        QCOMPARE(TestUtil::readFile(dir.filePath("src.log")), data);
    }

    // zstd is written by libzstd itself (issue 13): one frame that carries the content size
    // and the content checksum in its header, which a streaming writer that does not know the
    // size (libarchive's) never sets; a small file and a large one (zstd's worker threads).
    void zstdThroughLibzstd_data()
    {
        QTest::addColumn<qint64>("size");
        QTest::newRow("small") << qint64(50000);
        QTest::newRow("large") << qint64(24 << 20);
    }
    void zstdThroughLibzstd()
    {
        QFETCH(qint64, size);
        QTemporaryDir dir;
        const QByteArray data = text(size);
        QVERIFY(TestUtil::writeFile(dir.filePath("src.log"), data));
        const auto r = ArchiveCompressor().compress(dir.filePath("src.log"),
                                                    dir.filePath("src.log.zst"), Codec::Zstd, -1);
        QVERIFY2(r.ok, qPrintable(r.error));
        const QByteArray archive = TestUtil::readFile(r.archivePath);
        QCOMPARE(archive.left(4), QByteArray("\x28\xb5\x2f\xfd", 4));
        const quint8 descriptor = quint8(archive.at(4));
        const bool singleSegment = descriptor & 0x20;
        QVERIFY2((descriptor >> 6) != 0 || singleSegment, "no content size in the frame header");
        QVERIFY2(descriptor & 0x04, "no content checksum");
        bool ok = false;
        QCOMPARE(toolDecompress("zstd", r.archivePath, &ok), data);
        QVERIFY(ok);
        QVERIFY(noTemporaryLeft(dir.path()));
    }

    // A codec the backend does not offer (the fake offers gzip only).
    void codecNotOffered()
    {
        QTemporaryDir dir;
        QVERIFY(TestUtil::writeFile(dir.filePath("src.log"), "x"));
        const auto fake = FakeCompressionBackend::fromFixture("gzip-only.json");
        const auto r = ArchiveCompressor(*fake).compress(dir.filePath("src.log"),
                                                         dir.filePath("a.zst"), Codec::Zstd, -1);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains("zstd") && r.error.contains("gzip"), qPrintable(r.error));
        QCOMPARE(TestUtil::entries(dir.path()), QStringList{"src.log"});
    }

    // The compressor writes and verifies through the backend it is given, in both of its ways
    // (parallel blocks and one stream).
    void usesTheInjectedBackend_data()
    {
        QTest::addColumn<Codec>("codec");
        QTest::newRow("blocks") << Codec::Gzip;
        QTest::newRow("stream") << Codec::Zstd;
    }
    void usesTheInjectedBackend()
    {
        QFETCH(Codec, codec);
        QTemporaryDir dir;
        const QByteArray data = text(9 << 20); // three blocks
        QVERIFY(TestUtil::writeFile(dir.filePath("src.log"), data));
        const auto fake = FakeCompressionBackend::fromFixture("working.json");
        const auto r = ArchiveCompressor(*fake).compress(dir.filePath("src.log"), dir.filePath("a"),
                                                         codec, -1);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(TestUtil::readFile(dir.filePath("a")).startsWith(FakeCompressionBackend::magic()));
        QCOMPARE(TestUtil::readArchive(dir.filePath("a"), nullptr, *fake), data);
    }

    // A backend that fails mid-stream, or writes output that does not match: an error naming
    // the file, no archive, no temporary file, the source untouched.
    void backendFaults_data()
    {
        QTest::addColumn<Codec>("codec");
        QTest::addColumn<QString>("expected");
        QTest::newRow("fails mid-stream") << Codec::Zstd << "failed after";
        QTest::newRow("fails in a block") << Codec::Gzip << "failed after";
        QTest::newRow("corrupt stream") << Codec::Xz << "verification failed";
        QTest::newRow("corrupt blocks") << Codec::Bzip2 << "verification failed";
    }
    void backendFaults()
    {
        QFETCH(Codec, codec);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QByteArray data = text(5 << 20);
        QVERIFY(TestUtil::writeFile(dir.filePath("src.log"), data));
        const auto fake = FakeCompressionBackend::fromFixture("faulty.json");
        const auto r = ArchiveCompressor(*fake).compress(dir.filePath("src.log"), dir.filePath("a"),
                                                         codec, -1);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(expected) && r.error.contains(dir.filePath("src.log")),
                 qPrintable(r.error));
        QCOMPARE(TestUtil::entries(dir.path()), QStringList{"src.log"});
        QCOMPARE(TestUtil::readFile(dir.filePath("src.log")), data);
    }

    void symlinkSourceRefused()
    {
        QTemporaryDir dir;
        QVERIFY(TestUtil::writeFile(dir.filePath("real.log"), "x"));
        QVERIFY(QFile::link(dir.filePath("real.log"), dir.filePath("link.log")));
        const auto r =
            TestUtil::compress(dir.filePath("link.log"), dir.filePath("a.gz"), "gzip", -1);
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains(dir.filePath("link.log")));
    }
};

QTEST_GUILESS_MAIN(TestArchiveCompressor)
#include "tst_archivecompressor.moc"
