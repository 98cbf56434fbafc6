// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "browser/archivecatalog.h"
#include "browser/archivesizeprobe.h"
#include "compression/archivecompressor.h"
#include "core/archivenaming.h"
#include "core/codecs.h"

#include "testutil.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <sys/xattr.h>

using namespace Logkeeper;

// The catalog on real archive folders with real archives of every codec, watched live.
class TestArchiveCatalog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    static LogSetConfig set(const QString &name, const QString &archiveDir,
                            const QString &activeLog, const QStringList &patterns = {})
    {
        LogSetConfig s;
        s.name = name;
        s.logDir = QFileInfo(archiveDir).absolutePath() + "/logs-" + name;
        s.archiveDir = archiveDir;
        s.activeLog = activeLog;
        s.patterns = patterns;
        return s;
    }
    static Config config(const QVector<LogSetConfig> &sets, double pollSeconds = 3600)
    {
        Config c;
        c.logSets = sets;
        c.pollIntervalSeconds = pollSeconds; // events only, unless a test wants the poll
        return c;
    }
    // A real archive of `lines` numbered lines, made by Logkeeper's compressor in `dir` under
    // the rotated name of `activeLog` at `at` ("none": an uncompressed rotated file).
    static QString makeArchive(const QString &dir, const QString &activeLog, const QDateTime &at,
                               const QString &codec, int lines = 100, int sequence = 0)
    {
        QDir().mkpath(dir);
        const QString rotated = ArchiveNaming::rotatedName(activeLog, at, sequence);
        const QString source = QFileInfo(dir).absolutePath() + "/" + rotated + ".src";
        if (!TestUtil::writeFile(source, TestUtil::numberedLines(rotated.toUtf8(), 0, lines)))
            return {};
        const QString target =
            dir + "/" + rotated + (codec == "none" ? QString() : Codecs::extension(codec));
        const auto r = ArchiveCompressor::compress(source, target, codec, -1);
        QFile::remove(source);
        return r.ok ? target : QString();
    }
    static bool waitIdle(ArchiveCatalog &catalog)
    {
        return QTest::qWaitFor([&] { return !catalog.isScanning(); }, 60000);
    }
    static QHash<QString, ArchiveEntry> byPath(const QVector<ArchiveEntry> &entries)
    {
        QHash<QString, ArchiveEntry> map;
        for (const ArchiveEntry &e : entries)
            map.insert(e.path, e);
        return map;
    }
    static QStringList paths(const QVector<ArchiveEntry> &entries)
    {
        QStringList list;
        for (const ArchiveEntry &e : entries)
            list.append(e.path);
        list.sort();
        return list;
    }
    static QStringList addedPaths(const QSignalSpy &spy)
    {
        QStringList list;
        for (const auto &args : spy)
            list += paths(args.at(0).value<QVector<ArchiveEntry>>());
        list.sort();
        return list;
    }
    static QStringList removedPaths(const QSignalSpy &spy)
    {
        QStringList list;
        for (const auto &args : spy)
            list += args.at(0).toStringList();
        list.sort();
        return list;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("XDG_CACHE_HOME", QFile::encodeName(m_home.filePath("cache")));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath("config")));
        qputenv("XDG_STATE_HOME", QFile::encodeName(m_home.filePath("state")));
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_home.filePath("runtime")));
    }

    void listsEveryArchiveOfEverySet()
    {
        QTemporaryDir dir;
        const QString web = dir.filePath("web-archive"), db = dir.filePath("db-archive");
        const QDateTime t0(QDate(2024, 3, 1), QTime(10, 20, 30));
        QStringList expected;
        QHash<QString, QString> codecOf;
        int i = 0;
        for (const QString &codec : CompressionBackend::instance().codecs() + QStringList{"none"}) {
            const QString a = makeArchive(web, "access.log", t0.addDays(i), codec, 100 + i);
            const QString b = makeArchive(db, "query.log", t0.addDays(i), codec, 200 + i);
            QVERIFY(!a.isEmpty() && !b.isEmpty());
            expected << a << b;
            codecOf[a] = codecOf[b] = codec == "none" ? QString() : codec;
            ++i;
        }
        // The old script's archives are in the same naming.
        const QString old = web + "/app_20240101_000000.log.gz";
        QVERIFY(QFile::copy(expected.first(), old));
        expected << old;
        codecOf[old] = "gzip";
        expected.sort();

        // Not archives: other files, a live log, temporary files, a symlink and a folder in the
        // rotated naming, a fifo in the rotated naming.
        QVERIFY(TestUtil::writeFile(web + "/notes.txt", "x"));
        QVERIFY(TestUtil::writeFile(web + "/access.log", "live"));
        QVERIFY(TestUtil::writeFile(web + "/" + ArchiveNaming::temporaryPrefix() +
                                        "access_20240301_102030.log.gz-k3",
                                    "partial"));
        QVERIFY(QFile::link(expected.first(), web + "/access_20250101_000000.log.gz"));
        QVERIFY(QFile::link(dir.filePath("nowhere"), web + "/access_20250102_000000.log.gz"));
        QVERIFY(QDir().mkpath(db + "/query_20240101_000000.log.gz"));
        QCOMPARE(::mkfifo(QFile::encodeName(db + "/query_20240102_000000.log").constData(), 0600),
                 0);

        ArchiveCatalog catalog;
        QSignalSpy added(&catalog, &ArchiveCatalog::added);
        // Sets that keep rotated files as they are: an uncompressed one is an archive there.
        LogSetConfig webSet = set("web", web, "access.log"), dbSet = set("db", db, {}, {"*.log"});
        webSet.compress = dbSet.compress = false;
        catalog.setConfig(config({webSet, dbSet}));
        QCOMPARE(catalog.setNames(), QStringList({"web", "db"}));
        QVERIFY(waitIdle(catalog));
        QCOMPARE(paths(catalog.entries()), expected);
        QCOMPARE(addedPaths(added), expected);

        const auto entries = byPath(catalog.entries());
        for (const QString &path : std::as_const(expected)) {
            const ArchiveEntry &e = entries[path];
            const QString name = QFileInfo(path).fileName();
            QCOMPARE(e.fileName, name);
            QCOMPARE(e.setName, QString(path.startsWith(web) ? "web" : "db"));
            QCOMPARE(e.originalName, path == old            ? QString("app.log")
                                     : path.startsWith(web) ? QString("access.log")
                                                            : QString("query.log"));
            QCOMPARE(e.rotatedAt, ArchiveNaming::rotatedAt(name));
            QCOMPARE(e.codec, codecOf[path]);
            QVERIFY(!e.pending);
            QCOMPARE(e.compressedSize, QFileInfo(path).size());
        }
        QCOMPARE(entries[old].rotatedAt, QDateTime(QDate(2024, 1, 1), QTime(0, 0)));

        // Sizes: recorded by the compressor, or counted (the copy has no attribute everywhere).
        auto allSizesKnown = [&] {
            for (const ArchiveEntry &e : catalog.entries()) {
                if (!e.sizeKnown())
                    return false;
            }
            return true;
        };
        QTRY_VERIFY_WITH_TIMEOUT(allSizesKnown(), 60000);
        for (const ArchiveEntry &e : catalog.entries()) {
            QCOMPARE(e.size, qint64(TestUtil::readArchive(e.path).size()));
            QVERIFY(e.sizeError.isEmpty());
        }
    }

    void archivesAppearAndGoLive()
    {
        QTemporaryDir dir;
        const QString web = dir.filePath("web");
        const QDateTime t0(QDate(2024, 5, 1), QTime(8, 0));
        const QString first = makeArchive(web, "access.log", t0, "gzip");
        QVERIFY(!first.isEmpty());

        ArchiveCatalog catalog;
        catalog.setConfig(config({set("web", web, "access.log")}));
        QVERIFY(waitIdle(catalog));
        QCOMPARE(paths(catalog.entries()), QStringList{first});
        QVERIFY(catalog.watcher()->watchedDirectories().contains(web));

        QSignalSpy added(&catalog, &ArchiveCatalog::added);
        QSignalSpy removed(&catalog, &ArchiveCatalog::removed);
        // Written the way the daemon writes it: a temporary file, then a rename into place.
        const QString second = makeArchive(web, "access.log", t0.addSecs(60), "zstd", 30000);
        QVERIFY(!second.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(addedPaths(added), QStringList{second}, 30000);
        QVERIFY(!addedPaths(added).join('\n').contains(ArchiveNaming::temporaryPrefix()));
        QCOMPARE(removed.size(), 0);

        QVERIFY(QFile::remove(first));
        QTRY_COMPARE_WITH_TIMEOUT(removedPaths(removed), QStringList{first}, 30000);
        QCOMPARE(paths(catalog.entries()), QStringList{second});
        QCOMPARE(addedPaths(added), QStringList{second});

        // A non-archive appearing changes nothing.
        QSignalSpy scanned(&catalog, &ArchiveCatalog::scanned);
        QVERIFY(TestUtil::writeFile(web + "/readme.txt", "x"));
        QVERIFY(scanned.wait(30000));
        QVERIFY(waitIdle(catalog));
        QCOMPARE(addedPaths(added), QStringList{second});
        QCOMPARE(removed.size(), 1);
    }

    void setsComeAndGoWithTheConfig()
    {
        QTemporaryDir dir;
        const QString web = dir.filePath("web"), db = dir.filePath("db");
        const QDateTime t0(QDate(2024, 6, 1), QTime(0, 0));
        const QString a = makeArchive(web, "access.log", t0, "gzip");
        const QString b = makeArchive(db, "query.log", t0, "xz");
        QVERIFY(!a.isEmpty() && !b.isEmpty());

        ArchiveCatalog catalog;
        QSignalSpy names(&catalog, &ArchiveCatalog::setNamesChanged);
        catalog.setConfig(config({set("web", web, "access.log")}));
        QVERIFY(waitIdle(catalog));
        QCOMPARE(paths(catalog.entries()), QStringList{a});

        QSignalSpy added(&catalog, &ArchiveCatalog::added);
        QSignalSpy removed(&catalog, &ArchiveCatalog::removed);
        QSignalSpy updated(&catalog, &ArchiveCatalog::updated);
        catalog.setConfig(config({set("web", web, "access.log"), set("db", db, "query.log")}));
        QVERIFY(waitIdle(catalog));
        QCOMPARE(addedPaths(added), QStringList{b});
        QCOMPARE(paths(catalog.entries()), QStringList({b, a}));
        QCOMPARE(names.last().at(0).toStringList(), QStringList({"web", "db"}));
        QVERIFY(catalog.watcher()->watchedDirectories().contains(db));

        // Renamed set: same archives, new set name, reported as updates.
        updated.clear();
        catalog.setConfig(config({set("www", web, "access.log"), set("db", db, "query.log")}));
        QVERIFY(waitIdle(catalog));
        QCOMPARE(byPath(catalog.entries())[a].setName, QString("www"));
        bool sawRename = false;
        for (const auto &args : std::as_const(updated)) {
            for (const ArchiveEntry &e : args.at(0).value<QVector<ArchiveEntry>>())
                sawRename = sawRename || (e.path == a && e.setName == "www");
        }
        QVERIFY(sawRename);

        // A set dropped from the config takes its archives along at once.
        catalog.setConfig(config({set("db", db, "query.log")}));
        QCOMPARE(removedPaths(removed), QStringList{a});
        QVERIFY(waitIdle(catalog));
        QCOMPARE(paths(catalog.entries()), QStringList{b});
        QVERIFY(!catalog.watcher()->watchedDirectories().contains(web));
    }

    void sharedFolderGoesToTheSetOfTheLog()
    {
        QTemporaryDir dir;
        const QString shared = dir.filePath("archive");
        const QDateTime t0(QDate(2024, 7, 1), QTime(0, 0));
        const QString access = makeArchive(shared, "access.log", t0, "gzip");
        const QString api = makeArchive(shared, "api.log", t0, "gzip");
        const QString stray = makeArchive(shared, "other.txt", t0, "gzip");
        QVERIFY(!access.isEmpty() && !api.isEmpty() && !stray.isEmpty());
        ArchiveCatalog catalog;
        catalog.setConfig(
            config({set("web", shared, "access.log"), set("api", shared, {}, {"api*.log"})}));
        QVERIFY(waitIdle(catalog));
        const auto entries = byPath(catalog.entries());
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries[access].setName, QString("web"));
        QCOMPARE(entries[api].setName, QString("api"));
        QCOMPARE(entries[stray].setName, QString("web")); // the folder's first set
        QCOMPARE(catalog.watcher()->watchedDirectories(), QStringList{shared});
    }

    // A folder that does not exist yet cannot be watched: the poll (the LogWatcher's safety
    // net, at the config's poll_interval) finds it and its archives once it is there.
    void folderCreatedLaterIsFoundByThePoll()
    {
        QTemporaryDir dir;
        const QString later = dir.filePath("later");
        ArchiveCatalog catalog;
        catalog.setConfig(config({set("later", later, "app.log")}, 0.3));
        QVERIFY(waitIdle(catalog));
        QVERIFY(catalog.entries().isEmpty());
        QSignalSpy added(&catalog, &ArchiveCatalog::added);
        const QString a = makeArchive(later, "app.log", QDateTime::currentDateTime(), "bzip2");
        QVERIFY(!a.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(addedPaths(added), QStringList{a}, 30000);
        // ...and from then on it is watched, so events report the next one.
        QTRY_VERIFY_WITH_TIMEOUT(catalog.watcher()->watchedDirectories().contains(later), 30000);
    }

    // Without the recorded attribute the size is unknown at first and arrives as an update.
    void countedSizesArriveAsUpdates()
    {
        QTemporaryDir dir;
        const QString web = dir.filePath("web");
        const QString a =
            makeArchive(web, "access.log", QDateTime(QDate(2024, 8, 1), QTime(0, 0)), "xz", 5000);
        QVERIFY(!a.isEmpty());
        ::lremovexattr(QFile::encodeName(a).constData(), ArchiveSizeProbe::sizeAttribute());
        ArchiveCatalog catalog(nullptr, m_home.filePath("updates-cache.json"));
        QSignalSpy added(&catalog, &ArchiveCatalog::added);
        QSignalSpy updated(&catalog, &ArchiveCatalog::updated);
        catalog.setConfig(config({set("web", web, "access.log")}));
        QTRY_COMPARE_WITH_TIMEOUT(added.size(), 1, 30000);
        QCOMPARE(added.at(0).at(0).value<QVector<ArchiveEntry>>().at(0).size, qint64(-1));
        QTRY_VERIFY_WITH_TIMEOUT(!updated.isEmpty(), 60000);
        const ArchiveEntry e = updated.last().at(0).value<QVector<ArchiveEntry>>().at(0);
        QCOMPARE(e.path, a);
        QCOMPARE(e.size, qint64(5000 * 80));
        QCOMPARE(catalog.entries().at(0).size, qint64(5000 * 80));
        QCOMPARE(catalog.sizeProbe()->decompressions(), 1);

        // A rescan of the unchanged folder counts nothing again.
        catalog.rescan();
        QVERIFY(waitIdle(catalog));
        QCOMPARE(catalog.entries().at(0).size, qint64(5000 * 80));
        QCOMPARE(catalog.sizeProbe()->decompressions(), 1);
    }

    void damagedArchiveSaysWhy()
    {
        QTemporaryDir dir;
        const QString web = dir.filePath("web");
        const QString bad = web + "/access_20240101_000000.log.xz";
        QVERIFY(TestUtil::writeFile(bad, QByteArray("\xfd"
                                                    "7zXZ\0 not really",
                                                    17)));
        ArchiveCatalog catalog(nullptr, m_home.filePath("damaged-cache.json"));
        catalog.setConfig(config({set("web", web, "access.log")}));
        QTRY_VERIFY_WITH_TIMEOUT(
            !catalog.entries().isEmpty() && !catalog.entries().at(0).sizeError.isEmpty(), 30000);
        QCOMPARE(catalog.entries().at(0).size, qint64(-1));
    }

    // An uncompressed rotated file in a set that compresses still waits for compression: it is
    // pending, not an archive. In a set that keeps rotated files as they are, it is an archive.
    // The flag follows the config.
    void uncompressedFileOfACompressingSetIsPending()
    {
        QTemporaryDir dir;
        const QString web = dir.filePath("web");
        const QDateTime t(QDate(2024, 5, 6), QTime(7, 8, 9));
        const QString plain = makeArchive(web, "access.log", t, "none");
        const QString packed = makeArchive(web, "access.log", t.addSecs(60), "gzip");
        QVERIFY(!plain.isEmpty() && !packed.isEmpty());
        ArchiveCatalog catalog(nullptr, m_home.filePath("pending-cache.json"));
        LogSetConfig s = set("web", web, "access.log");
        s.compress = true;
        catalog.setConfig(config({s}));
        QVERIFY(waitIdle(catalog));
        QCOMPARE(catalog.entries().size(), 2);
        QVERIFY(byPath(catalog.entries())[plain].pending);
        QVERIFY(!byPath(catalog.entries())[packed].pending);

        QSignalSpy updated(&catalog, &ArchiveCatalog::updated);
        s.compress = false;
        catalog.setConfig(config({s}));
        QVERIFY(waitIdle(catalog));
        QVERIFY(!byPath(catalog.entries())[plain].pending);
        QCOMPARE(updated.size(), 1);
        QCOMPARE(updated.at(0).at(0).value<QVector<ArchiveEntry>>().at(0).path, plain);
    }

    // Folders are listed by WorkPool jobs: a catalog starts no thread of its own.
    void startsNoThreadOfItsOwn()
    {
        const auto threads = [] {
            return QDir("/proc/self/task").entryList(QDir::Dirs | QDir::NoDotAndDotDot).size();
        };
        const int before = threads();
        QTemporaryDir dir;
        {
            ArchiveCatalog catalog(nullptr, m_home.filePath("threads-cache.json"));
            QCOMPARE(threads(), before);
            QVERIFY(!makeArchive(dir.filePath("web"), "access.log",
                                 QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5)), "gzip")
                         .isEmpty());
            catalog.setConfig(config({set("web", dir.filePath("web"), "access.log")}));
            QVERIFY(waitIdle(catalog));
            QCOMPARE(catalog.entries().size(), 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestArchiveCatalog)
#include "tst_archivecatalog.moc"
