// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "browser/archivesizeprobe.h"
#include "compression/archivecompressor.h"
#include "core/codecs.h"
#include "core/workpool.h"

#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/xattr.h>

using namespace Logkeeper;

// Decompressed sizes: from the attribute ArchiveCompressor records, else counted once by
// decompressing real archives and cached on disk.
class TestArchiveSizeProbe : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QTemporaryDir m_dir;

    // A real archive made by Logkeeper's compressor.
    QString makeArchive(const QByteArray &data, const QString &codec, const QString &name)
    {
        const QString source = m_dir.filePath(name + ".src");
        if (!TestUtil::writeFile(source, data))
            return {};
        const QString target =
            m_dir.filePath(name + (codec == "none" ? QString() : TestUtil::extension(codec)));
        const auto r = TestUtil::compress(source, target, codec, -1);
        QFile::remove(source);
        return r.ok ? target : QString();
    }
    static ArchiveEntry entryOf(const QString &path)
    {
        struct stat st;
        ArchiveEntry e;
        e.path = path;
        e.fileName = QFileInfo(path).fileName();
        e.codec = Codecs::fromFileName(path);
        if (::lstat(QFile::encodeName(path).constData(), &st) == 0) {
            e.compressedSize = st.st_size;
            e.mtimeNs = qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
            e.inode = st.st_ino;
        }
        return e;
    }
    static void dropAttribute(const QString &path)
    {
        ::lremovexattr(QFile::encodeName(path).constData(), ArchiveSizeProbe::sizeAttribute());
    }
    // Counts one archive and returns (size or -1, error).
    static std::pair<qint64, QString> countNow(ArchiveSizeProbe &probe, const ArchiveEntry &e)
    {
        QSignalSpy counted(&probe, &ArchiveSizeProbe::sizeCounted);
        QSignalSpy failed(&probe, &ArchiveSizeProbe::sizeFailed);
        probe.count(e);
        if (!QTest::qWaitFor([&] { return !counted.isEmpty() || !failed.isEmpty(); }, 120000))
            return {-1, "timed out"};
        if (!counted.isEmpty())
            return {counted.at(0).at(0).value<ArchiveEntry>().size, QString()};
        return {-1, failed.at(0).at(1).toString()};
    }
    // Overwrites bytes in the middle of a file in place and puts its mtime back: same path,
    // size, mtime and inode, different content.
    static bool corruptKeepingIdentity(const QString &path)
    {
        struct stat before;
        const QByteArray name = QFile::encodeName(path);
        if (::lstat(name.constData(), &before) != 0)
            return false;
        {
            QFile f(path);
            if (!f.open(QIODevice::ReadWrite) || !f.seek(f.size() / 2))
                return false;
            if (f.write(QByteArray(64, '\x5a')) != 64)
                return false;
        }
        const struct timespec times[2] = {before.st_atim, before.st_mtim};
        if (::utimensat(AT_FDCWD, name.constData(), times, AT_SYMLINK_NOFOLLOW) != 0)
            return false;
        struct stat after;
        return ::lstat(name.constData(), &after) == 0 && after.st_size == before.st_size &&
               after.st_mtim.tv_sec == before.st_mtim.tv_sec &&
               after.st_mtim.tv_nsec == before.st_mtim.tv_nsec && after.st_ino == before.st_ino;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid() && m_dir.isValid());
        qputenv("XDG_CACHE_HOME", QFile::encodeName(m_home.filePath("cache")));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath("config")));
        qputenv("XDG_STATE_HOME", QFile::encodeName(m_home.filePath("state")));
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_home.filePath("runtime")));
    }

    void cacheLivesUnderXdgCacheHome()
    {
        QCOMPARE(ArchiveSizeProbe::defaultCachePath(),
                 m_home.filePath("cache") + "/logkeeper/sizes.json");
        ArchiveSizeProbe probe;
        QCOMPARE(probe.cacheFile(), ArchiveSizeProbe::defaultCachePath());
    }

    void readsTheSizeTheCompressorRecorded_data()
    {
        QTest::addColumn<QString>("codec");
        for (const QString &codec : TestUtil::codecNames())
            QTest::newRow(qPrintable(codec)) << codec;
    }
    void readsTheSizeTheCompressorRecorded()
    {
        QFETCH(QString, codec);
        const QByteArray data = TestUtil::numberedLines("recorded", 0, 3000);
        const QString archive = makeArchive(data, codec, "recorded-" + codec);
        QVERIFY(!archive.isEmpty());
        char value[32];
        const ssize_t n = ::lgetxattr(QFile::encodeName(archive).constData(),
                                      ArchiveSizeProbe::sizeAttribute(), value, sizeof value);
        if (n < 0 && errno == ENOTSUP)
            QSKIP("the test folder's filesystem has no user extended attributes, so the "
                  "compressor cannot record sizes there (the counting path is tested below)");
        QCOMPARE(QByteArray(value, int(n)), QByteArray::number(data.size()));

        ArchiveSizeProbe probe(m_home.filePath("recorded.json"));
        QCOMPARE(probe.cheapSize(entryOf(archive)), qint64(data.size()));
        QCOMPARE(probe.decompressions(), 0);
    }

    void uncompressedArchiveIsItsOwnSize()
    {
        const QByteArray data = TestUtil::numberedLines("plain", 0, 100);
        const QString archive = makeArchive(data, "none", "plain_20240101_000000.log");
        QVERIFY(!archive.isEmpty());
        dropAttribute(archive);
        ArchiveSizeProbe probe(m_home.filePath("plain.json"));
        QCOMPARE(probe.cheapSize(entryOf(archive)), qint64(data.size()));
    }

    // Counted once by decompressing; the second probe (a later run) reads the cache and does
    // not decompress: the archive is damaged in between without changing its size, mtime or
    // inode, and the cached size is still what it reports.
    void countsOnceThenReadsTheCache_data()
    {
        QTest::addColumn<QString>("codec");
        for (const QString &codec : TestUtil::codecNames())
            QTest::newRow(qPrintable(codec)) << codec;
    }
    void countsOnceThenReadsTheCache()
    {
        QFETCH(QString, codec);
        // Over 4 MiB: Logkeeper's gzip has several members, so no trailer tells the size.
        const QByteArray data = TestUtil::numberedLines("count", 0, 70000);
        QVERIFY(data.size() > (5 << 20));
        const QString archive = makeArchive(data, codec, "counted-" + codec);
        QVERIFY(!archive.isEmpty());
        dropAttribute(archive); // as if written by another tool
        const QString cache = m_home.filePath("counted-" + codec + ".json");
        const ArchiveEntry entry = entryOf(archive);
        {
            ArchiveSizeProbe probe(cache);
            QCOMPARE(probe.cheapSize(entry), qint64(-1));
            QSignalSpy pending(&probe, &ArchiveSizeProbe::pendingChanged);
            const auto [size, error] = countNow(probe, entry);
            QVERIFY2(size >= 0, qPrintable(error));
            QCOMPARE(size, qint64(data.size()));
            QCOMPARE(probe.decompressions(), 1);
            QCOMPARE(probe.cheapSize(entry), qint64(data.size())); // at once, from memory
            QTRY_COMPARE(probe.pending(), 0);
            QVERIFY(!pending.isEmpty());
        } // the probe writes its cache on the way out
        QVERIFY(QFileInfo::exists(cache));

        QVERIFY(corruptKeepingIdentity(archive));
        {
            ArchiveSizeProbe probe(cache);
            QCOMPARE(probe.cheapSize(entryOf(archive)), qint64(data.size()));
            QCOMPARE(probe.decompressions(), 0);
            // The damage is real: counting now fails, and says which archive.
            const auto [size, error] = countNow(probe, entryOf(archive));
            QCOMPARE(size, qint64(-1));
            QVERIFY2(error.contains(QFileInfo(archive).fileName()), qPrintable(error));
            QCOMPARE(probe.decompressions(), 1);
        }

        // A changed mtime is another file as far as the cache knows.
        QVERIFY(TestUtil::setMtime(archive, QDateTime::currentDateTime().addSecs(-3600)));
        ArchiveSizeProbe probe(cache);
        QCOMPARE(probe.cheapSize(entryOf(archive)), qint64(-1));
    }

    void damagedArchiveIsReportedNotCounted()
    {
        const QString archive = m_dir.filePath("app_20240101_000000.log.gz");
        QVERIFY(TestUtil::writeFile(archive, QByteArray("\x1f\x8b\x08\x00garbage", 12)));
        ArchiveSizeProbe probe(m_home.filePath("damaged.json"));
        const auto [size, error] = countNow(probe, entryOf(archive));
        QCOMPARE(size, qint64(-1));
        QVERIFY(!error.isEmpty());
    }

    void forgottenArchiveIsNeverReported()
    {
        const QString big = makeArchive(TestUtil::numberedLines("big", 0, 40000), "xz", "big");
        const QString small = makeArchive(TestUtil::numberedLines("small", 0, 10), "gzip", "small");
        QVERIFY(!big.isEmpty() && !small.isEmpty());
        dropAttribute(big);
        dropAttribute(small);
        ArchiveSizeProbe probe(m_home.filePath("forget.json"));
        QSignalSpy counted(&probe, &ArchiveSizeProbe::sizeCounted);
        QSignalSpy failed(&probe, &ArchiveSizeProbe::sizeFailed);
        probe.count(entryOf(big));
        probe.forget(big); // queued or already being counted: either way it is dropped
        const auto [size, error] = countNow(probe, entryOf(small));
        QVERIFY2(size > 0, qPrintable(error));
        QTRY_COMPARE(probe.pending(), 0);
        QCOMPARE(counted.size(), 1);
        QCOMPARE(counted.at(0).at(0).value<ArchiveEntry>().path, small);
        QCOMPARE(failed.size(), 0);
    }

    // forget() after the count has finished but before its result reached this thread: still
    // never reported (the result waits in the event queue, checked against forget() there).
    void archiveForgottenAfterItsCountIsNeverReported()
    {
        const QString a = makeArchive(TestUtil::numberedLines("late", 0, 300), "gzip", "late");
        QVERIFY(!a.isEmpty());
        dropAttribute(a);
        ArchiveSizeProbe probe(m_home.filePath("late.json"));
        QSignalSpy counted(&probe, &ArchiveSizeProbe::sizeCounted);
        probe.count(entryOf(a));
        QDeadlineTimer deadline(120000);
        while (probe.pending() != 0 && !deadline.hasExpired())
            QThread::msleep(1); // no events processed: the result cannot be delivered yet
        QCOMPARE(probe.pending(), 0);
        probe.forget(a);
        QTest::qWait(200);
        QCOMPARE(counted.size(), 0);
        // Counted again, it is reported: forgetting concerns the request, not the archive.
        QVERIFY(countNow(probe, entryOf(a)).first > 0);
    }

    // The cache keeps only archives that still exist as they were counted, and keeps what
    // another window counted meanwhile.
    void cacheIsPrunedAndMerged()
    {
        const QString a = makeArchive(TestUtil::numberedLines("a", 0, 50), "gzip", "prune-a");
        const QString b = makeArchive(TestUtil::numberedLines("b", 0, 60), "gzip", "prune-b");
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        dropAttribute(a);
        dropAttribute(b);
        const QString cache = m_home.filePath("prune.json");
        {
            ArchiveSizeProbe second(cache);
            QCOMPARE(second.cheapSize(entryOf(b)), qint64(-1)); // has read the (empty) cache
            {
                ArchiveSizeProbe first(cache);
                QVERIFY(countNow(first, entryOf(a)).first > 0);
            } // first has written {a}; second knows nothing of it
            QVERIFY(countNow(second, entryOf(b)).first > 0);
        }
        auto cachedPaths = [&] {
            QStringList paths;
            const QJsonArray sizes =
                QJsonDocument::fromJson(TestUtil::readFile(cache)).object()["sizes"].toArray();
            for (const QJsonValue &v : sizes)
                paths.append(v.toObject()["path"].toString());
            paths.sort();
            return paths;
        };
        QCOMPARE(cachedPaths(), QStringList({a, b}));

        QVERIFY(QFile::remove(a));
        const QString c = makeArchive(TestUtil::numberedLines("c", 0, 70), "gzip", "prune-c");
        dropAttribute(c);
        {
            ArchiveSizeProbe probe(cache);
            QVERIFY(countNow(probe, entryOf(c)).first > 0);
        }
        QCOMPARE(cachedPaths(), QStringList({b, c}));
    }

    void damagedCacheIsOnlyACache()
    {
        const QString archive = makeArchive(TestUtil::numberedLines("d", 0, 50), "zstd", "dc");
        QVERIFY(!archive.isEmpty());
        dropAttribute(archive);
        const QString cache = m_home.filePath("damaged-cache.json");
        QVERIFY(TestUtil::writeFile(cache, "{ not json"));
        ArchiveSizeProbe probe(cache);
        QCOMPARE(probe.cheapSize(entryOf(archive)), qint64(-1));
        QCOMPARE(countNow(probe, entryOf(archive)).first, qint64(50 * 80));
    }

    // Counting runs as a WorkPool job (the project's one threading style), not on a thread of
    // the probe's own; the job ends once the queue is empty, and a later count starts another.
    void countsOnTheWorkPool()
    {
        const QString a = makeArchive(TestUtil::numberedLines("wp", 0, 500), "gzip", "pool-a");
        const QString b = makeArchive(TestUtil::numberedLines("wp", 0, 700), "xz", "pool-b");
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        dropAttribute(a);
        dropAttribute(b);
        ArchiveSizeProbe probe(m_home.filePath("pool.json"));
        QList<QThread *> threads;
        connect(
            &probe, &ArchiveSizeProbe::sizeCounted, this,
            [&threads](const ArchiveEntry &) { threads.append(QThread::currentThread()); },
            Qt::DirectConnection);
        QCOMPARE(countNow(probe, entryOf(a)).first, qint64(500 * 80));
        QTRY_COMPARE(probe.pending(), 0);
        QCOMPARE(countNow(probe, entryOf(b)).first, qint64(700 * 80));
        QCOMPARE(threads.size(), 2);
        // Counted on the pool, reported in the probe's own thread (where forget() is called,
        // so that nothing is reported after it).
        for (QThread *thread : std::as_const(threads))
            QCOMPARE(thread, probe.thread());
    }

    // Destroyed with archives queued: the count in progress stops, nothing more is reported,
    // and what was counted is in the cache.
    void destroyedWhileCounting()
    {
        QStringList archives;
        for (int i = 0; i < 6; ++i) {
            archives << makeArchive(TestUtil::numberedLines("q", 0, 2000 * (i + 1)), "xz",
                                    QString("queued-%1").arg(i));
            QVERIFY(!archives.last().isEmpty());
            dropAttribute(archives.last());
        }
        const QString cache = m_home.filePath("destroyed.json");
        int reported = 0;
        {
            ArchiveSizeProbe probe(cache);
            connect(&probe, &ArchiveSizeProbe::sizeCounted, this, [&] { ++reported; });
            QSignalSpy counted(&probe, &ArchiveSizeProbe::sizeCounted);
            for (const QString &archive : std::as_const(archives))
                probe.count(entryOf(archive));
            QVERIFY(counted.wait(60000)); // the smallest is in
        }
        const int seen = reported;
        QCoreApplication::processEvents();
        QCOMPARE(reported, seen);
        const QJsonArray sizes =
            QJsonDocument::fromJson(TestUtil::readFile(cache)).object()["sizes"].toArray();
        QVERIFY(sizes.size() >= 1);
    }
};

QTEST_GUILESS_MAIN(TestArchiveSizeProbe)
#include "tst_archivesizeprobe.moc"
