// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "compression/zstdverifier.h"

#include "core/posixfile.h"
#include "testutil.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>

using namespace Logkeeper;

// The verifier on archives made by the zstd tool, whole and damaged in the ways a disk, a
// crash or a mix-up damages them.
class TestZstdVerifier : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_source;
    QByteArray m_content;
    QByteArray m_archive; // `zstd -3` of m_source

    static QByteArray zstd(const QStringList &args, const QByteArray &input)
    {
        QProcess p;
        p.start("zstd", args);
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            return {};
        return p.readAllStandardOutput();
    }
    static PosixFile::UniqueFd openRead(const QString &path)
    {
        return PosixFile::UniqueFd(::open(QFile::encodeName(path).constData(), O_RDONLY));
    }
    // Verifies `archive` (written to a file) against `source` (written to another).
    bool check(const QByteArray &archive, const QByteArray &source, QString *error)
    {
        const QString a = m_dir.filePath("check.zst");
        const QString s = m_dir.filePath("check.log");
        if (!TestUtil::writeFile(a, archive) || !TestUtil::writeFile(s, source))
            return false;
        PosixFile::UniqueFd af = openRead(a);
        PosixFile::UniqueFd sf = openRead(s);
        return ZstdVerifier::verify(af.get(), a, sf.get(), s, source.size(), error);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (int i = 0; m_content.size() < 3 << 20; ++i)
            m_content += TestUtil::numberedLines(
                "10.1.2." + QByteArray::number(i % 200) + " GET /index.html", i, 1, 80);
        m_source = m_dir.filePath("source.log");
        QVERIFY(TestUtil::writeFile(m_source, m_content));
        m_archive = zstd({"-3", "-c", "-q"}, m_content);
        QVERIFY(!m_archive.isEmpty());
    }

    void acceptsWhatZstdWrote()
    {
        QString error;
        QVERIFY2(check(m_archive, m_content, &error), qPrintable(error));
        // Without a checksum the content is still compared.
        QVERIFY2(check(zstd({"-3", "-c", "-q", "--no-check"}, m_content), m_content, &error),
                 qPrintable(error));
        QVERIFY2(check(zstd({"-c", "-q"}, {}), {}, &error), qPrintable(error));
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("archive");
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<QString>("expected");
        QByteArray other = m_content;
        other[other.size() / 2] = 'X';
        QTest::newRow("another source") << m_archive << other << "does not match";
        QTest::newRow("source longer") << m_archive << m_content + "more\n"
                                       << "bytes instead of";
        QTest::newRow("source shorter")
            << m_archive << m_content.left(m_content.size() - 1) << "holds more than";
        QTest::newRow("truncated")
            << m_archive.left(m_archive.size() - 10) << m_content << "truncated";
        QTest::newRow("trailing bytes") << m_archive + "garbage" << m_content << "after the end";
        QTest::newRow("two frames")
            << m_archive + zstd({"-c", "-q"}, "x\n") << m_content << "after the end";
        QByteArray checksum = m_archive;
        checksum[checksum.size() - 1] = char(checksum.at(checksum.size() - 1) ^ 1);
        QTest::newRow("checksum") << checksum << m_content << "checksum";
        QTest::newRow("not zstd") << m_content << m_content << "Unknown frame descriptor";
        QTest::newRow("empty file") << QByteArray() << QByteArray() << "truncated";
    }
    void rejects()
    {
        QFETCH(QByteArray, archive);
        QFETCH(QByteArray, source);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!check(archive, source, &error));
        QVERIFY2(error.contains(m_dir.filePath("check.zst")) && error.contains(expected),
                 qPrintable(error));
    }

    void followsAGrowingArchive()
    {
        // Written in pieces, each announced as it lands; the verification runs beside.
        const QString a = m_dir.filePath("growing.zst");
        PosixFile::UniqueFd out(
            ::open(QFile::encodeName(a).constData(), O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0600));
        PosixFile::UniqueFd in = openRead(m_source);
        ZstdVerifier verifier(out.get(), 0, a, in.get(), m_source, m_content.size());
        verifier.startBeside();
        qint64 written = 0;
        for (qint64 step = 4096; written < m_archive.size(); step *= 2) {
            const qint64 n = qMin(step, m_archive.size() - written);
            QVERIFY(PosixFile::writeFully(out.get(), m_archive.constData() + written, n));
            written += n;
            verifier.written(written);
        }
        verifier.finish(written);
        QString error;
        QVERIFY2(verifier.wait(&error), qPrintable(error));
    }

    void abandonedStopsAndFails()
    {
        const QString a = m_dir.filePath("abandoned.zst");
        PosixFile::UniqueFd out(
            ::open(QFile::encodeName(a).constData(), O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0600));
        PosixFile::UniqueFd in = openRead(m_source);
        QVERIFY(PosixFile::writeFully(out.get(), m_archive.constData(), 1000));
        {
            ZstdVerifier verifier(out.get(), 0, a, in.get(), m_source, m_content.size());
            verifier.startBeside();
            verifier.written(1000);
            verifier.abandon();
            QString error;
            QVERIFY(!verifier.wait(&error));
            QVERIFY2(error.contains(a) && error.contains("abandoned"), qPrintable(error));
        }
        {
            // Gone without wait(): its destructor waits for a verification in flight.
            ZstdVerifier verifier(out.get(), 0, a, in.get(), m_source, m_content.size());
            verifier.startBeside();
            verifier.written(1000);
        }
    }
};

QTEST_GUILESS_MAIN(TestZstdVerifier)
#include "tst_zstdverifier.moc"
