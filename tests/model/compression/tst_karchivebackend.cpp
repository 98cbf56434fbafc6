// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
// Built only when KF6Archive is found (Debian 13): KArchive is then the backend, and what it
// writes must be read by libarchive and the standard tools, and the other way round.

#include "compression/archivecompressor.h"
#include "compression/karchivebackend.h"
#include "compression/libarchivebackend.h"
#include "core/codecs.h"

#include "testutil.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Logkeeper;

namespace {
const KArchiveBackend karchive;
const LibArchiveBackend libarchive;

QByteArray tool(const QString &codec, const QString &path, int *exitCode)
{
    const char *program = codec == "gzip"    ? "gzip"
                          : codec == "bzip2" ? "bzip2"
                          : codec == "xz"    ? "xz"
                                             : "zstd";
    QProcess p;
    p.start(program, {"-dc", path});
    p.waitForFinished(60000);
    *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return p.readAllStandardOutput();
}

QByteArray sample(qint64 size)
{
    QByteArray out;
    for (int i = 0; out.size() < size; ++i)
        out += TestUtil::numberedLines("GET /k?" + QByteArray::number(i % 313), i, 1, 80);
    out.truncate(size);
    return out;
}

QByteArray compressWith(const CompressionBackend &backend, const QString &codec,
                        const QByteArray &data)
{
    QByteArray out;
    QString error;
    if (!backend.compressBlock(data, TestUtil::codec(codec), -1, &out, &error))
        qFatal("%s", qPrintable(error));
    return out;
}
} // namespace

class TestKArchiveBackend : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void isTheBackend()
    {
        QVERIFY2(CompressionBackend::instance().description().startsWith("KArchive 6."),
                 qPrintable(CompressionBackend::instance().description()));
        QCOMPARE(karchive.codecs(), Codecs::known());
        for (Codec codec : Codecs::known())
            QVERIFY(!karchive.supportsLevel(codec)); // KArchive has no level setting
    }

    void interoperates_data()
    {
        QTest::addColumn<QString>("codec");
        for (const QString &codec : Codecs::knownNames())
            QTest::newRow(qPrintable(codec)) << codec;
    }
    void interoperates()
    {
        QFETCH(QString, codec);
        const QByteArray a = sample(300000);
        // Blocks are concatenated only where every reader copes (gzip); one stream otherwise.
        const Codec c = TestUtil::codec(codec);
        const QByteArray b = karchive.concatenatesBlocks(c) ? sample(123457) : QByteArray();
        QCOMPARE(karchive.concatenatesBlocks(c), codec == "gzip");
        QCOMPARE(libarchive.concatenatesBlocks(c), codec == "gzip");
        // KArchive writes; libarchive, KArchive and the tool read the whole file.
        const QString kPath = m_dir.filePath("k" + TestUtil::extension(codec));
        QVERIFY(TestUtil::writeFile(kPath, compressWith(karchive, codec, a) +
                                               compressWith(karchive, codec, b)));
        QString error;
        QCOMPARE(TestUtil::readArchive(kPath, &error, libarchive), a + b);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(TestUtil::readArchive(kPath, &error, karchive), a + b);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        int exitCode = -1;
        QCOMPARE(tool(codec, kPath, &exitCode), a + b);
        QCOMPARE(exitCode, 0);
        // libarchive writes; KArchive reads.
        const QString lPath = m_dir.filePath("l" + TestUtil::extension(codec));
        QVERIFY(TestUtil::writeFile(lPath, compressWith(libarchive, codec, a) +
                                               compressWith(libarchive, codec, b)));
        QCOMPARE(TestUtil::readArchive(lPath, &error, karchive), a + b);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void compressorThroughKArchive_data() { interoperates_data(); }
    void compressorThroughKArchive()
    {
        QFETCH(QString, codec);
        const QByteArray data = sample(13 << 20); // several parallel blocks
        QVERIFY(TestUtil::writeFile(m_dir.filePath("src.log"), data));
        const QString target = m_dir.filePath("src.log" + TestUtil::extension(codec));
        QFile::remove(target);
        const auto r = TestUtil::compress(m_dir.filePath("src.log"), target, codec, -1);
        QVERIFY2(r.ok, qPrintable(r.error));
        int exitCode = -1;
        QCOMPARE(tool(codec, target, &exitCode), data);
        QCOMPARE(exitCode, 0);
        QString error;
        QCOMPARE(TestUtil::readArchive(target, &error, libarchive), data); // the other backend too
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    // KCompressionDevice's traps: truncation reads 0 forever with atEnd() false, corruption
    // reads -1 with no error set. Both must come out as errors naming the archive.
    void damaged_data()
    {
        QTest::addColumn<QString>("codec");
        QTest::addColumn<QString>("damage");
        for (const QString &codec : Codecs::knownNames()) {
            QTest::addRow("%s truncated", qPrintable(codec)) << codec << "truncate";
            QTest::addRow("%s corrupt", qPrintable(codec)) << codec << "corrupt";
        }
    }
    void damaged()
    {
        QFETCH(QString, codec);
        QFETCH(QString, damage);
        QByteArray bytes = compressWith(karchive, codec, sample(1 << 20));
        if (damage == "truncate") {
            bytes.truncate(bytes.size() / 2);
        } else {
            for (int i = bytes.size() / 3; i < bytes.size() / 3 + 64; ++i)
                bytes[i] = char(bytes.at(i) ^ 0x5a);
        }
        const QString path = m_dir.filePath("bad-" + damage + TestUtil::extension(codec));
        QVERIFY(TestUtil::writeFile(path, bytes));
        QString error;
        TestUtil::readArchive(path, &error, karchive);
        QVERIFY2(!error.isEmpty(), "damage went unnoticed");
        QVERIFY2(error.contains(path), qPrintable(error));
    }

    void plainAndEmptyFiles()
    {
        QVERIFY(TestUtil::writeFile(m_dir.filePath("plain.log"), "plain text\n"));
        QVERIFY(TestUtil::writeFile(m_dir.filePath("empty.log"), ""));
        QString error;
        QCOMPARE(TestUtil::readArchive(m_dir.filePath("plain.log"), &error, karchive),
                 QByteArray("plain text\n"));
        QCOMPARE(TestUtil::readArchive(m_dir.filePath("empty.log"), &error, karchive),
                 QByteArray());
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestKArchiveBackend)
#include "tst_karchivebackend.moc"
