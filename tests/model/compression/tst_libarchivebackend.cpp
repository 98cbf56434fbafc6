// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "compression/libarchivebackend.h"
#include "core/codecs.h"

#include "testutil.h"

#include <QBuffer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Logkeeper;

namespace {
// Tested directly, whichever backend the build chose for backend.
const LibArchiveBackend backend;

const char *toolFor(const QString &codec)
{
    if (codec == "gzip")
        return "gzip";
    if (codec == "bzip2")
        return "bzip2";
    if (codec == "xz")
        return "xz";
    return "zstd";
}

QByteArray toolDecompress(const QString &codec, const QString &path, int *exitCode)
{
    QProcess p;
    p.start(toolFor(codec), {"-dc", path});
    p.waitForFinished(60000);
    *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return p.readAllStandardOutput();
}

QByteArray sample(qint64 size)
{
    QByteArray text;
    for (int i = 0; text.size() < size; ++i)
        text +=
            TestUtil::numberedLines("GET /api/items?id=" + QByteArray::number(i % 977), i, 1, 70);
    text.truncate(size);
    return text;
}

QByteArray randomBytes(qint64 size)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator generator(quint32(size) + 7);
    for (char &c : data)
        c = char(generator.bounded(256));
    return data;
}

QByteArray compress(const QString &codec, const QByteArray &data, int level = -1)
{
    QByteArray out;
    QString error;
    if (!backend.compressBlock(data, TestUtil::codec(codec), level, &out, &error))
        qFatal("compressBlock: %s", qPrintable(error));
    return out;
}
} // namespace

class TestLibArchiveBackend : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void describesItself()
    {
        const QString d = backend.description();
        QVERIFY2(d.startsWith("libarchive 3."), qPrintable(d));
        // Debian 12's libarchive has all four in-process.
        QCOMPARE(backend.codecs(), Codecs::known());
    }

    // Sizes cover the empty stream, every tail length of zstd's XXH64 checksum (45 = 32 + 8 +
    // 4 + 1) and several MiB (many internal blocks); text and incompressible data.
    void roundTrip_data()
    {
        QTest::addColumn<QString>("codec");
        QTest::addColumn<qint64>("size");
        QTest::addColumn<bool>("random");
        for (const QString &codec : Codecs::names(backend.codecs())) {
            for (qint64 size :
                 {qint64(0), qint64(1), qint64(45), qint64(100007), qint64((5 << 20) + 13)}) {
                QTest::addRow("%s %lld text", qPrintable(codec), size) << codec << size << false;
                QTest::addRow("%s %lld random", qPrintable(codec), size) << codec << size << true;
            }
        }
    }
    void roundTrip()
    {
        QFETCH(QString, codec);
        QFETCH(qint64, size);
        QFETCH(bool, random);
        const QByteArray data = random ? randomBytes(size) : sample(size);
        const QString path = m_dir.filePath(QStringLiteral("rt-%1-%2-%3%4")
                                                .arg(codec)
                                                .arg(size)
                                                .arg(random ? "random" : "text")
                                                .arg(TestUtil::extension(codec)));
        QVERIFY(TestUtil::writeFile(path, compress(codec, data)));
        QString error;
        QCOMPARE(TestUtil::readArchive(path, &error, backend), data);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        int exitCode = -1;
        QCOMPARE(toolDecompress(codec, path, &exitCode), data);
        QCOMPARE(exitCode, 0);
    }

    // Blocks compressed independently concatenate into one valid file for every codec, read
    // completely by us and by the standard tool.
    void concatenatedBlocks_data()
    {
        QTest::addColumn<QString>("codec");
        for (const QString &codec : Codecs::names(backend.codecs()))
            QTest::newRow(qPrintable(codec)) << codec;
    }
    void concatenatedBlocks()
    {
        QFETCH(QString, codec);
        QByteArray whole, file;
        for (int i = 0; i < 4; ++i) {
            const QByteArray part = sample(200000 + i * 1000).replace("GET", QByteArray::number(i));
            whole += part;
            file += compress(codec, part);
        }
        const QString path = m_dir.filePath("multi" + TestUtil::extension(codec));
        QVERIFY(TestUtil::writeFile(path, file));
        QString error;
        QCOMPARE(TestUtil::readArchive(path, &error, backend), whole);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        int exitCode = -1;
        QCOMPARE(toolDecompress(codec, path, &exitCode), whole);
        QCOMPARE(exitCode, 0);
    }

    void levels()
    {
        const QByteArray data = sample(500000);
        for (const QString &codec : Codecs::names(backend.codecs())) {
            const auto &b = backend;
            const Codec c = TestUtil::codec(codec);
            QVERIFY(b.supportsLevel(c));
            const QByteArray fast = compress(codec, data, b.minLevel(c));
            const QByteArray small = compress(codec, data, b.maxLevel(c));
            QVERIFY2(small.size() <= fast.size(), qPrintable(codec));
            QByteArray out;
            QString error;
            QVERIFY(!b.compressBlock(data, c, b.maxLevel(c) + 1, &out, &error));
            QVERIFY2(error.contains("level"), qPrintable(error));
            error.clear();
            // Out of range is an error, never clamped (-1 is "default", so below 0 try -2).
            const int belowMin = b.minLevel(c) - 1 == -1 ? -2 : b.minLevel(c) - 1;
            QVERIFY(!b.compressBlock(data, c, belowMin, &out, &error));
            QVERIFY2(error.contains("level"), qPrintable(error));
            QCOMPARE(compress(codec, data, -1), compress(codec, data)); // -1: the default
        }
        QCOMPARE(backend.minLevel(Codec::Gzip), 1);
        QCOMPARE(backend.maxLevel(Codec::Gzip), 9);
        QCOMPARE(backend.minLevel(Codec::Bzip2), 1);
        QCOMPARE(backend.maxLevel(Codec::Bzip2), 9);
        QCOMPARE(backend.minLevel(Codec::Xz), 0);
        QCOMPARE(backend.maxLevel(Codec::Xz), 9);
        QCOMPARE(backend.minLevel(Codec::Zstd), 1);
        QCOMPARE(backend.maxLevel(Codec::Zstd), 19);
    }

    // Same input, same bytes: gzip's header carries no timestamp and no name.
    void gzipIsDeterministic()
    {
        const QByteArray data = sample(300000);
        const QByteArray first = compress("gzip", data);
        QTest::qSleep(1100);
        QCOMPARE(compress("gzip", data), first);
        QVERIFY(first.startsWith("\x1f\x8b\x08"));
        QCOMPARE(first.at(3), '\0');                    // FLG: no name, comment, extra field
        QCOMPARE(first.mid(4, 4), QByteArray(4, '\0')); // MTIME
    }

    // libarchive 3.6 writes zstd frames without a content checksum; the backend adds it, so a
    // flipped byte anywhere is caught by every reader (ours, `zstd -t`, KArchive).
    void zstdFramesCarryTheirChecksum()
    {
        if (!backend.offers(Codec::Zstd))
            QSKIP("no zstd in this libarchive");
        for (qint64 size : {qint64(0), qint64(31), qint64(1 << 20)}) {
            const QByteArray frame = compress("zstd", sample(size));
            QCOMPARE(frame.at(4) & 0x04, 0x04); // Content_Checksum_flag
            const QString path = m_dir.filePath(QStringLiteral("checksum-%1.zst").arg(size));
            QVERIFY(TestUtil::writeFile(path, frame));
            QProcess p;
            p.start("zstd", {"-lv", path});
            QVERIFY(p.waitForFinished(60000));
            const QByteArray listing = p.readAll();
            QVERIFY2(listing.contains("XXH64"), listing.constData());
            // A wrong checksum is an error: the checksum is really checked.
            QByteArray wrong = frame;
            wrong[wrong.size() - 1] = char(wrong.at(wrong.size() - 1) ^ 0x01);
            QVERIFY(TestUtil::writeFile(path, wrong));
            QString error;
            TestUtil::readArchive(path, &error, backend);
            QVERIFY2(error.contains(path), qPrintable(error));
        }
    }

    // compressStream(): one stream on the library's threads; the same reading guarantees.
    void compressStream_data()
    {
        QTest::addColumn<QString>("codec");
        for (const QString &codec : Codecs::names(backend.codecs()))
            QTest::newRow(qPrintable(codec)) << codec;
    }
    void compressStream()
    {
        QFETCH(QString, codec);
        const QByteArray data = sample((3 << 20) + 5) + randomBytes(100000);
        QBuffer in, out;
        in.setData(data + "not to be compressed");
        QVERIFY(in.open(QIODevice::ReadOnly));
        QVERIFY(out.open(QIODevice::WriteOnly));
        QString error;
        QVERIFY2(backend.compressStream(&in, data.size(), TestUtil::codec(codec), -1, &out,
                                        CancelToken(), &error),
                 qPrintable(error));
        const QString path = m_dir.filePath("stream" + TestUtil::extension(codec));
        QVERIFY(TestUtil::writeFile(path, out.data()));
        QCOMPARE(TestUtil::readArchive(path, &error, backend), data);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        int exitCode = -1;
        QCOMPARE(toolDecompress(codec, path, &exitCode), data);
        QCOMPARE(exitCode, 0);
        if (codec == "zstd")
            QCOMPARE(out.data().at(4) & 0x04, 0x04);

        // A short input and a cancel are errors.
        QBuffer shortIn, sink;
        shortIn.setData(data.left(1000));
        QVERIFY(shortIn.open(QIODevice::ReadOnly));
        QVERIFY(sink.open(QIODevice::WriteOnly));
        QVERIFY(!backend.compressStream(&shortIn, 5000, TestUtil::codec(codec), -1, &sink,
                                        CancelToken(), &error));
        QVERIFY2(error.contains("shrank"), qPrintable(error));
        const CancelToken cancel;
        cancel.cancel();
        QVERIFY(shortIn.seek(0));
        QVERIFY(!backend.compressStream(&shortIn, 1000, TestUtil::codec(codec), -1, &sink, cancel,
                                        &error));
        QCOMPARE(error, QString("cancelled"));
    }

    // Truncated or corrupt archives are errors naming the file, never a silent short read.
    void damagedArchives_data()
    {
        QTest::addColumn<QString>("codec");
        QTest::addColumn<QString>("damage");
        // Damage in the one stream, and in the second of two concatenated streams/members.
        // gzip is read through zlib (each member's CRC32 and length checked); libarchive checks
        // bzip2's and xz's CRCs, and zstd's since the backend writes zstd frames with checksums.
        for (const QString &codec : Codecs::names(backend.codecs())) {
            for (const char *damage :
                 {"half", "tail1", "tail4", "tail8", "flip25", "flip50", "flip75", "flipLast",
                  "second-half", "second-tail8", "second-flip50", "second-magic", "garbage-after"})
                QTest::addRow("%s %s", qPrintable(codec), damage) << codec << QString(damage);
        }
    }
    void damagedArchives()
    {
        QFETCH(QString, codec);
        QFETCH(QString, damage);
        // Random data in the middle makes zstd store raw literals there: no entropy coding that
        // would notice a flipped byte by itself; only a checksum can.
        QByteArray compressed =
            compress(codec, sample(1 << 20) + randomBytes(200000) + sample(1 << 20));
        QByteArray prefix;
        if (damage.startsWith("second-")) {
            prefix = compressed;
            compressed = compress(codec, sample(300000));
            damage = damage.mid(7);
        }
        const qsizetype size = compressed.size();
        if (damage == "half")
            compressed.truncate(size / 2);
        else if (damage.startsWith("tail"))
            compressed.chop(damage.mid(4).toInt()); // 8: exactly gzip's CRC32 + ISIZE trailer
        else if (damage == "garbage-after")
            compressed += "trailing text\n";
        else if (damage == "magic") // the second stream's first byte: no longer a stream
            compressed[0] = char(compressed.at(0) ^ 0x01);
        else {
            const qsizetype at =
                damage == "flipLast" ? size - 1 : size * damage.mid(4).toInt() / 100;
            compressed[at] = char(compressed.at(at) ^ 0x10);
        }
        const QString path =
            m_dir.filePath("damaged-" + QString(QTest::currentDataTag()).replace(' ', '-') +
                           TestUtil::extension(codec));
        QVERIFY(TestUtil::writeFile(path, prefix + compressed));
        QString error;
        const QByteArray got = TestUtil::readArchive(path, &error, backend);
        QVERIFY2(!error.isEmpty(),
                 qPrintable(QStringLiteral("%1 bytes read, no error").arg(got.size())));
        QVERIFY2(error.contains(path), qPrintable(error));
    }

    void plainFileReadsAsItself()
    {
        const QByteArray data = sample(70000);
        QVERIFY(TestUtil::writeFile(m_dir.filePath("plain.log"), data));
        QString plainError;
        QCOMPARE(TestUtil::readArchive(m_dir.filePath("plain.log"), &plainError, backend), data);
        QVERIFY(TestUtil::writeFile(m_dir.filePath("empty.log"), QByteArray()));
        QString error;
        QCOMPARE(TestUtil::readArchive(m_dir.filePath("empty.log"), &error, backend), QByteArray());
        QVERIFY(error.isEmpty());
    }

    // Only in-process filters take part: a plain file starting with the magic bytes of a format
    // libarchive would hand to an external program (lrzip, lzop, grzip) or of uuencode still
    // reads as itself.
    void plainFileWithForeignMagicReadsAsItself_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("lrzip") << QByteArray("LRZI\x00\x06 first line of a log\n");
        QTest::newRow("lzop") << QByteArray("\x89LZO\x00\r\n\x1a\n then text\n");
        QTest::newRow("grzip") << QByteArray("GRZipII\x00\x02\x04:)\n then text\n");
        QTest::newRow("uuencode") << QByteArray(
            "begin 644 app.log\nM86)C9&5F9PH`\n`\nend\nmore log lines\n");
    }
    void plainFileWithForeignMagicReadsAsItself()
    {
        QFETCH(QByteArray, data);
        const QString path =
            m_dir.filePath(QStringLiteral("foreign-%1.log").arg(QTest::currentDataTag()));
        QVERIFY(TestUtil::writeFile(path, data));
        QString error;
        QCOMPARE(TestUtil::readArchive(path, &error, backend), data);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void missingFile()
    {
        QString error;
        QVERIFY(!backend.openReader(m_dir.filePath("nope.gz"), &error));
        QVERIFY(error.contains(m_dir.filePath("nope.gz")));
    }
};

QTEST_GUILESS_MAIN(TestLibArchiveBackend)
#include "tst_libarchivebackend.moc"
