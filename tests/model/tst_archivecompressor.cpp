#include "archivecompressor.h"

#include "codecs.h"
#include "compressionbackend.h"
#include "testutil.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

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
    static bool noTemporaryLeft(const QString &dir)
    {
        for (const QString &name : TestUtil::entries(dir)) {
            if (name.startsWith(ArchiveCompressor::temporaryPrefix()))
                return false;
        }
        return true;
    }

private slots:
    void compressesExactly_data()
    {
        QTest::addColumn<QString>("codec");
        QTest::addColumn<qint64>("size");
        for (const QString &codec : CompressionBackend::instance().codecs() + QStringList{"none"}) {
            for (qint64 size : {qint64(0), qint64(5000), qint64(20 << 20)}) // 20 MiB: 5 blocks
                QTest::addRow("%s %lld", qPrintable(codec), size) << codec << size;
        }
    }
    void compressesExactly()
    {
        QFETCH(QString, codec);
        QFETCH(qint64, size);
        QTemporaryDir dir;
        const QByteArray data = text(size);
        QVERIFY(TestUtil::writeFile(dir.filePath("src.log"), data));
        QFile::setPermissions(dir.filePath("src.log"),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QString target = dir.filePath("out/src.log" + Codecs::extension(codec));
        QVERIFY(QDir().mkpath(dir.filePath("out")));
        const auto r = ArchiveCompressor::compress(dir.filePath("src.log"), target, codec, -1);
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
        QCOMPARE(TestUtil::readArchive(target), data);
        const char *tool = codec == "gzip"    ? "gzip"
                           : codec == "bzip2" ? "bzip2"
                           : codec == "xz"    ? "xz"
                                              : "zstd";
        QProcess p;
        p.start(tool, {"-t", target});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        if (size > 0)
            QVERIFY(r.archiveBytes < size / 3);
    }

    void neverOverwrites()
    {
        QTemporaryDir dir;
        QVERIFY(TestUtil::writeFile(dir.filePath("src.log"), text(10000)));
        QVERIFY(TestUtil::writeFile(dir.filePath("src.log.gz"), "precious"));
        const auto r = ArchiveCompressor::compress(dir.filePath("src.log"),
                                                   dir.filePath("src.log.gz"), "gzip", -1);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(dir.filePath("src.log.gz")) && r.error.contains("exists"),
                 qPrintable(r.error));
        QCOMPARE(TestUtil::readFile(dir.filePath("src.log.gz")), QByteArray("precious"));
        QVERIFY(noTemporaryLeft(dir.path()));
    }

    void unwritableDestination()
    {
        QTemporaryDir dir;
        QVERIFY(TestUtil::writeFile(dir.filePath("src.log"), text(10000)));
        QVERIFY(TestUtil::writeFile(dir.filePath("file"), "not a folder"));
        for (const QString &target :
             {dir.filePath("missing/src.log.gz"), dir.filePath("file/src.log.gz")}) {
            const auto r = ArchiveCompressor::compress(dir.filePath("src.log"), target, "gzip", -1);
            QVERIFY(!r.ok);
            QVERIFY2(r.error.contains(QFileInfo(target).absolutePath()), qPrintable(r.error));
        }
        QCOMPARE(TestUtil::entries(dir.path()), (QStringList{"file", "src.log"}));
    }

    void cancelledLeavesNothing()
    {
        QTemporaryDir dir;
        QVERIFY(TestUtil::writeFile(dir.filePath("src.log"), text(9 << 20)));
        const std::atomic_bool cancel{true};
        const auto r = ArchiveCompressor::compress(dir.filePath("src.log"), dir.filePath("a.gz"),
                                                   "gzip", -1, &cancel);
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains("cancelled"));
        QCOMPARE(TestUtil::entries(dir.path()), QStringList{"src.log"});
    }

    void unknownCodec()
    {
        QTemporaryDir dir;
        QVERIFY(TestUtil::writeFile(dir.filePath("src.log"), "x"));
        const auto r =
            ArchiveCompressor::compress(dir.filePath("src.log"), dir.filePath("a.lz4"), "lz4", -1);
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains("lz4"));
        QCOMPARE(TestUtil::entries(dir.path()), QStringList{"src.log"});
    }

    void symlinkSourceRefused()
    {
        QTemporaryDir dir;
        QVERIFY(TestUtil::writeFile(dir.filePath("real.log"), "x"));
        QVERIFY(QFile::link(dir.filePath("real.log"), dir.filePath("link.log")));
        const auto r =
            ArchiveCompressor::compress(dir.filePath("link.log"), dir.filePath("a.gz"), "gzip", -1);
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains(dir.filePath("link.log")));
    }
};

QTEST_GUILESS_MAIN(TestArchiveCompressor)
#include "tst_archivecompressor.moc"
