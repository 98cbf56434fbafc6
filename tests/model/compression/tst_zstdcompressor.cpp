// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "compression/zstdcompressor.h"

#include "core/posixfile.h"
#include "core/workpool.h"
#include "loggenerator.h"
#include "testutil.h"

#include <QProcess>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <csignal>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>

using namespace Logkeeper;

class TestZstdCompressor : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_big; // 64 MiB of generated access log, made once

    PosixFile::UniqueFd createOutput(const QString &path, int flags = O_RDWR)
    {
        return PosixFile::UniqueFd(::open(QFile::encodeName(path).constData(),
                                          flags | O_CREAT | O_EXCL | O_CLOEXEC, 0600));
    }
    static qint64 fileSize(const QString &path) { return QFileInfo(path).size(); }
    // The standard tool's view: `zstd -t` passes and zstdcat prints the content.
    static QByteArray zstdcat(const QString &path, bool *ok)
    {
        QProcess t;
        t.start("zstd", {"-q", "-t", path});
        QProcess p;
        p.start("zstdcat", {path});
        *ok = t.waitForFinished(120000) && t.exitStatus() == QProcess::NormalExit &&
              t.exitCode() == 0 && p.waitForFinished(120000) &&
              p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
        return p.readAllStandardOutput();
    }
    ZstdCompressor::Result compressFile(const QString &source, const QString &out,
                                        const ZstdCompressor::Options &options = {},
                                        const CancelToken &cancel = CancelToken())
    {
        PosixFile::UniqueFd fd = createOutput(out);
        if (!fd.valid())
            return {};
        return ZstdCompressor::compress(source, fd.get(), out, options, cancel);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_big = m_dir.filePath("big.log");
        QVERIFY(LogGenerator::writeFile(m_big, qint64(64) << 20));
    }

    void roundTrip_data()
    {
        QTest::addColumn<qint64>("size");
        QTest::newRow("0 B") << qint64(0);
        QTest::newRow("1 B") << qint64(1);
        QTest::newRow("1 MiB") << (qint64(1) << 20);
        // Just above the size from which the verification runs beside the compression.
        QTest::newRow("8 MiB + 1") << (qint64(8) << 20) + 1;
        QTest::newRow("64 MiB") << (qint64(64) << 20);
    }
    void roundTrip()
    {
        QFETCH(qint64, size);
        QString source = m_dir.filePath(QStringLiteral("source-%1.log").arg(size));
        if (size == qint64(64) << 20)
            source = m_big;
        else
            QVERIFY(LogGenerator::writeFile(source, size, quint32(size)));
        QCOMPARE(fileSize(source), size);
        const QString out = m_dir.filePath(QStringLiteral("roundtrip-%1.zst").arg(size));
        const ZstdCompressor::Result r = compressFile(source, out);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.sourceBytes, size);
        QCOMPARE(r.archiveBytes, fileSize(out));
        QVERIFY(r.archiveBytes > 0);
        if (size > 1 << 20)
            QVERIFY(r.archiveBytes < size / 4); // really compressed
        bool ok = false;
        const QByteArray content = zstdcat(out, &ok);
        QVERIFY(ok);
        QVERIFY(content == TestUtil::readFile(source)); // QCOMPARE would print 64 MiB
        QFile::remove(out);
    }

    void frameHasChecksumAndSize()
    {
        const QString source = m_dir.filePath("frame.log");
        QVERIFY(LogGenerator::writeFile(source, 300000));
        const QString out = m_dir.filePath("frame.zst");
        const ZstdCompressor::Result r = compressFile(source, out);
        QVERIFY2(r.ok, qPrintable(r.error));
        const QByteArray data = TestUtil::readFile(out);
        QVERIFY(data.size() > 8);
        QCOMPARE(quint8(data[0]), quint8(0x28)); // magic 0xFD2FB528, little endian
        QCOMPARE(quint8(data[3]), quint8(0xFD));
        const quint8 descriptor = quint8(data[4]);
        QVERIFY2(descriptor & 0x04, "content checksum flag");
        QVERIFY2((descriptor >> 6) != 0 || (descriptor & 0x20), "content size in the header");
        QProcess list;
        list.start("zstd", {"-lv", out});
        QVERIFY(list.waitForFinished(60000));
        const QByteArray info = list.readAllStandardOutput();
        QVERIFY2(info.contains("XXH64"), info.constData());
        QVERIFY2(info.contains("(300000 B)") || info.contains("300000"), info.constData());
    }

    void levelIsApplied()
    {
        const QString source = m_dir.filePath("levels.log");
        QVERIFY(LogGenerator::writeFile(source, qint64(1) << 20));
        ZstdCompressor::Options fast;
        fast.level = 1;
        ZstdCompressor::Options strong;
        strong.level = 19;
        const ZstdCompressor::Result a = compressFile(source, m_dir.filePath("l1.zst"), fast);
        const ZstdCompressor::Result b = compressFile(source, m_dir.filePath("l19.zst"), strong);
        const ZstdCompressor::Result c = compressFile(source, m_dir.filePath("ldef.zst"));
        QVERIFY2(a.ok && b.ok && c.ok, qPrintable(a.error + b.error + c.error));
        QVERIFY(b.archiveBytes < c.archiveBytes);
        QVERIFY(b.archiveBytes < a.archiveBytes);
        QVERIFY(a.archiveBytes != c.archiveBytes);
        // The default is zstd's own level 3 with the checksum and the size, on threads: the
        // very frame `zstd -3 -T<n>` writes for the same file.
        for (int level : {-1, 1, 19}) {
            const QString ours = m_dir.filePath(level == 1    ? "l1.zst"
                                                : level == 19 ? "l19.zst"
                                                              : "ldef.zst");
            QProcess tool;
            tool.start("zstd", {"-q", "-c", QStringLiteral("-%1").arg(level < 0 ? 3 : level),
                                QStringLiteral("-T%1").arg(QThread::idealThreadCount()), source});
            QVERIFY(tool.waitForFinished(120000));
            QCOMPARE(tool.exitCode(), 0);
            QVERIFY2(tool.readAllStandardOutput() == TestUtil::readFile(ours), qPrintable(ours));
        }

        ZstdCompressor::Options wrong;
        wrong.level = ZstdCompressor::maxLevel() + 1;
        const QString out = m_dir.filePath("lbad.zst");
        const ZstdCompressor::Result bad = compressFile(source, out, wrong);
        QVERIFY(!bad.ok);
        QVERIFY2(bad.error.contains(source) && bad.error.contains("level"), qPrintable(bad.error));
        QCOMPARE(fileSize(out), qint64(0));
    }

    void onlyTheGivenSizeGoesIn()
    {
        // A rotated file may still grow while it is compressed: exactly `size` bytes go in.
        const QString source = m_dir.filePath("growing.log");
        QVERIFY(LogGenerator::writeFile(source, qint64(3) << 20));
        PosixFile::UniqueFd in(::open(QFile::encodeName(source).constData(), O_RDONLY));
        const QString out = m_dir.filePath("growing.zst");
        PosixFile::UniqueFd fd = createOutput(out);
        const qint64 size = (qint64(2) << 20) + 7;
        const ZstdCompressor::Result r =
            ZstdCompressor::compress(in.get(), source, size, fd.get(), out, {});
        QVERIFY2(r.ok, qPrintable(r.error));
        bool ok = false;
        QVERIFY(zstdcat(out, &ok) == TestUtil::readFile(source).left(size));
        QVERIFY(ok);
    }

    void writesFromTheCurrentPosition()
    {
        const QString source = m_dir.filePath("offset.log");
        QVERIFY(LogGenerator::writeFile(source, 100000));
        const QString out = m_dir.filePath("offset.zst");
        PosixFile::UniqueFd fd = createOutput(out);
        QVERIFY(PosixFile::writeFully(fd.get(), "HEAD", 4));
        const ZstdCompressor::Result r = ZstdCompressor::compress(source, fd.get(), out, {});
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(fileSize(out), 4 + r.archiveBytes);
        const QByteArray data = TestUtil::readFile(out);
        QVERIFY(data.startsWith("HEAD"));
        const QString stripped = m_dir.filePath("offset-stripped.zst");
        QVERIFY(TestUtil::writeFile(stripped, data.mid(4)));
        bool ok = false;
        QVERIFY(zstdcat(stripped, &ok) == TestUtil::readFile(source));
        QVERIFY(ok);
    }

    void verificationCatchesCorruption_data()
    {
        QTest::addColumn<qint64>("size");
        QTest::addColumn<QString>("where");
        for (qint64 size : {qint64(1) << 20, qint64(64) << 20}) {
            for (const char *where : {"header", "middle", "checksum"})
                QTest::addRow("%lld MiB, %s", size >> 20, where) << size << QString(where);
        }
    }
    void verificationCatchesCorruption()
    {
        QFETCH(qint64, size);
        QFETCH(QString, where);
        QString source = m_big;
        if (size != qint64(64) << 20) {
            source = m_dir.filePath("corrupt-source.log");
            if (!QFile::exists(source))
                QVERIFY(LogGenerator::writeFile(source, size));
        }
        // zstd's output is the same for the same input and settings, threads or not: a clean
        // run tells where the bytes to damage are.
        static QHash<qint64, qint64> cleanSizes;
        if (!cleanSizes.contains(size)) {
            const QString clean = m_dir.filePath("clean.zst");
            QFile::remove(clean);
            const ZstdCompressor::Result good = compressFile(source, clean);
            QVERIFY2(good.ok, qPrintable(good.error));
            cleanSizes.insert(size, good.archiveBytes);
        }
        const qint64 archiveBytes = cleanSizes.value(size);
        const qint64 target = where == "header"   ? 5
                              : where == "middle" ? archiveBytes / 2
                                                  : archiveBytes - 2;
        ZstdCompressor::Options options;
        bool flipped = false;
        options.outputTap = [&](char *data, qint64 n, qint64 offset) {
            if (target >= offset && target < offset + n) {
                data[target - offset] = char(data[target - offset] ^ 0x10);
                flipped = true;
            }
        };
        const QString out = m_dir.filePath("corrupt.zst");
        QFile::remove(out);
        const ZstdCompressor::Result r = compressFile(source, out, options);
        QVERIFY(flipped);
        QVERIFY(!r.ok);
        QVERIFY(!r.cancelled);
        QVERIFY2(r.error.contains(out) && r.error.contains("verification failed"),
                 qPrintable(r.error));
        QCOMPARE(r.archiveBytes, qint64(0));
        QCOMPARE(fileSize(out), qint64(0)); // nothing partial left in the caller's file
    }

    void cancelBeforeStart()
    {
        const QString out = m_dir.filePath("cancel-before.zst");
        CancelToken cancel;
        cancel.cancel();
        const ZstdCompressor::Result r = compressFile(m_big, out, {}, cancel);
        QVERIFY(!r.ok);
        QVERIFY(r.cancelled);
        QVERIFY2(r.error.contains(m_big) && r.error.contains("cancelled"), qPrintable(r.error));
        QCOMPARE(fileSize(out), qint64(0));
    }

    void cancelWhileCompressing()
    {
        const QString out = m_dir.filePath("cancel-during.zst");
        CancelToken cancel;
        ZstdCompressor::Options options;
        qint64 seen = 0;
        options.outputTap = [&](char *, qint64 n, qint64) {
            seen += n;
            cancel.cancel(); // the first output: the compression is well under way
        };
        const ZstdCompressor::Result r = compressFile(m_big, out, options, cancel);
        QVERIFY(seen > 0);
        QVERIFY(!r.ok);
        QVERIFY2(r.cancelled, qPrintable(r.error));
        QVERIFY2(r.error.contains("cancelled"), qPrintable(r.error));
        QCOMPARE(fileSize(out), qint64(0));
        QCOMPARE(fileSize(m_big), qint64(64) << 20); // the source untouched
    }

    void errorsNameTheFileAndCause()
    {
        const QString source = m_dir.filePath("errors.log");
        QVERIFY(LogGenerator::writeFile(source, 200000));

        // A source shorter than promised (truncated by someone meanwhile).
        {
            PosixFile::UniqueFd in(::open(QFile::encodeName(source).constData(), O_RDONLY));
            const QString out = m_dir.filePath("short.zst");
            PosixFile::UniqueFd fd = createOutput(out);
            const ZstdCompressor::Result r =
                ZstdCompressor::compress(in.get(), source, 300000, fd.get(), out, {});
            QVERIFY(!r.ok);
            QVERIFY2(r.error == QStringLiteral("cannot read %1: the file shrank").arg(source),
                     qPrintable(r.error));
            QCOMPARE(fileSize(out), qint64(0));
        }
        // An output the verification cannot read back.
        {
            const QString out = m_dir.filePath("writeonly.zst");
            PosixFile::UniqueFd fd = createOutput(out, O_WRONLY);
            const ZstdCompressor::Result r = ZstdCompressor::compress(source, fd.get(), out, {});
            QVERIFY(!r.ok);
            QVERIFY2(r.error.contains(out) && r.error.contains("not open for reading"),
                     qPrintable(r.error));
        }
        // No source, or not a file.
        {
            const QString out = m_dir.filePath("missing.zst");
            PosixFile::UniqueFd fd = createOutput(out);
            const QString missing = m_dir.filePath("missing.log");
            ZstdCompressor::Result r = ZstdCompressor::compress(missing, fd.get(), out, {});
            QVERIFY2(!r.ok && r.error.contains(missing) && r.error.contains("No such file"),
                     qPrintable(r.error));
            r = ZstdCompressor::compress(m_dir.path(), fd.get(), out, {});
            QVERIFY2(!r.ok && r.error == m_dir.path() + ": not a regular file",
                     qPrintable(r.error));
        }
        // A write that fails (the file size limit stands in for a full disk).
        {
            const QString out = m_dir.filePath("limited.zst");
            PosixFile::UniqueFd fd = createOutput(out);
            QVERIFY(LogGenerator::writeFile(source, qint64(16) << 20));
            struct rlimit old;
            QVERIFY(::getrlimit(RLIMIT_FSIZE, &old) == 0);
            auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
            struct rlimit limited = old;
            limited.rlim_cur = 100000;
            QVERIFY(::setrlimit(RLIMIT_FSIZE, &limited) == 0);
            const ZstdCompressor::Result r = ZstdCompressor::compress(source, fd.get(), out, {});
            ::setrlimit(RLIMIT_FSIZE, &old);
            std::signal(SIGXFSZ, oldHandler);
            QVERIFY(!r.ok);
            QVERIFY2(r.error == QStringLiteral("cannot write %1: %2")
                                    .arg(out, QString::fromLocal8Bit(std::strerror(EFBIG))),
                     qPrintable(r.error));
            QCOMPARE(fileSize(out), qint64(0));
        }
    }

    void verifiesWhenNoPoolThreadIsFree()
    {
        // Every pool thread busy (compressions side by side fill them): the verification that
        // would run beside cannot start, and must then run on the compressing thread.
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
        const QString out = m_dir.filePath("pool-full.zst");
        const ZstdCompressor::Result r = compressFile(m_big, out);
        release.release(threads);
        for (const WorkPool::Handle &h : blockers)
            h.wait();
        QVERIFY2(r.ok, qPrintable(r.error));
        bool ok = false;
        QVERIFY(zstdcat(out, &ok) == TestUtil::readFile(m_big));
        QVERIFY(ok);
    }

    void sideBySide()
    {
        // Several at once on the pool, each with its own verification beside it.
        const int n = 6;
        std::vector<ZstdCompressor::Result> results(n);
        std::vector<std::function<void()>> tasks;
        for (int i = 0; i < n; ++i) {
            tasks.push_back([this, i, &results] {
                const QString out = m_dir.filePath(QStringLiteral("side-%1.zst").arg(i));
                PosixFile::UniqueFd fd(::open(QFile::encodeName(out).constData(),
                                              O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600));
                ZstdCompressor::Options options;
                options.workers = 1;
                results[size_t(i)] = ZstdCompressor::compress(m_big, fd.get(), out, options);
            });
        }
        WorkPool::runSideBySide(std::move(tasks));
        for (const ZstdCompressor::Result &r : results)
            QVERIFY2(r.ok, qPrintable(r.error));
        bool ok = false;
        QVERIFY(zstdcat(m_dir.filePath("side-5.zst"), &ok) == TestUtil::readFile(m_big));
        QVERIFY(ok);
    }
};

QTEST_GUILESS_MAIN(TestZstdCompressor)
#include "tst_zstdcompressor.moc"
