// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "browser/archivecatalog.h"
#include "browser/archivesizeprobe.h"
#include "compression/archivecompressor.h"
#include "config/configloader.h"
#include "core/archivenaming.h"
#include "core/codecs.h"
#include "policy/retention.h"

#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTemporaryFile>
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
            dir + "/" + rotated + (codec == "none" ? QString() : TestUtil::extension(codec));
        const auto r = TestUtil::compress(source, target, codec, -1);
        QFile::remove(source);
        return r.ok ? target : QString();
    }
    // A real archive at path (any name, any scheme) of `lines` numbered lines; codec "none":
    // a plain rotated file.
    static bool writeArchive(const QString &path, const QString &codec, int lines = 100)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        if (codec == "none")
            return TestUtil::writeFile(path, TestUtil::numberedLines(path.toUtf8(), 0, lines));
        QTemporaryFile source;
        if (!source.open() || source.write(TestUtil::numberedLines(path.toUtf8(), 0, lines)) <= 0 ||
            !source.flush())
            return false;
        return TestUtil::compress(source.fileName(), path, codec, -1).ok;
    }
    // The config a JSON text describes, as the daemon reads it.
    static Config loaded(const QJsonObject &json, double pollSeconds = 3600)
    {
        QJsonObject root = json;
        root["poll_interval"] = pollSeconds;
        const ConfigLoader::Result r = ConfigLoader::parse(QJsonDocument(root).toJson());
        if (!r.ok()) {
            for (const ConfigIssue &issue : r.issues)
                qWarning() << issue.message;
        }
        return r.config;
    }
    static QStringList names(const QVector<ArchiveEntry> &entries)
    {
        QStringList list;
        for (const ArchiveEntry &e : entries)
            list.append(e.fileName);
        list.sort();
        return list;
    }
    // Names oldest rotation first, as ArchiveEntry::rotationOrder sorts them.
    static QStringList byRotation(QVector<ArchiveEntry> entries)
    {
        std::stable_sort(entries.begin(), entries.end(),
                         [](const ArchiveEntry &a, const ArchiveEntry &b) {
                             return a.rotationOrder < b.rotationOrder;
                         });
        QStringList list;
        for (const ArchiveEntry &e : entries)
            list.append(e.fileName);
        return list;
    }
    static ArchiveEntry named(ArchiveCatalog &catalog, const QString &fileName)
    {
        for (const ArchiveEntry &e : catalog.entries()) {
            if (e.fileName == fileName)
                return e;
        }
        return {};
    }
    static ArchiveExpiry::When when(ArchiveCatalog &catalog, const QString &fileName)
    {
        return named(catalog, fileName).expiry.when;
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
        for (const QString &codec : TestUtil::codecNames() + QStringList{"none"}) {
            const QString a = makeArchive(web, "access.log", t0.addDays(i), codec, 100 + i);
            const QString b = makeArchive(db, "query.log", t0.addDays(i), codec, 200 + i);
            QVERIFY(!a.isEmpty() && !b.isEmpty());
            expected << a << b;
            codecOf[a] = codecOf[b] = codec == "none" ? QString() : codec;
            ++i;
        }
        // The old script's archives of the set's log are in the same naming.
        const QString old = web + "/access_20240101_000000.log.gz";
        QVERIFY(QFile::copy(expected.first(), old));
        expected << old;
        codecOf[old] = "gzip";
        expected.sort();

        // Not archives of these sets: another log's archive in the same naming (another
        // program's, or one the set no longer names), another program's .gz, other files, a
        // live log, temporary files, a symlink and a folder in the rotated naming, a fifo in
        // the rotated naming.
        QVERIFY(QFile::copy(expected.first(), web + "/app_20240101_000000.log.gz"));
        QVERIFY(QFile::copy(expected.first(), web + "/backup.gz"));
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
            QCOMPARE(e.originalName, QString(path.startsWith(web) ? "access.log" : "query.log"));
            QCOMPARE(e.logPath, (path.startsWith(web) ? webSet.logDir + "/access.log"
                                                      : dbSet.logDir + "/query.log"));
            QVERIFY(!e.staged);
            QCOMPARE(e.rotatedAt, ArchiveNaming::rotatedAt(name));
            QCOMPARE(e.codec, TestUtil::codec(codecOf[path].isEmpty() ? "none" : codecOf[path]));
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

    // Issue 12 item 1 in the browser: a shared folder lists each set's own archives as that
    // set's, by the rule retention goes by, and nothing else: not another log's archive in the
    // same naming, not another program's .gz.
    void sharedFolderListsOnlyEachSetsOwnArchives()
    {
        QTemporaryDir dir;
        const QString shared = dir.filePath("archive");
        const QDateTime t0(QDate(2024, 7, 1), QTime(0, 0));
        const QString access = makeArchive(shared, "access.log", t0, "gzip");
        const QString api = makeArchive(shared, "api.log", t0, "gzip");
        const QString stray = makeArchive(shared, "other.txt", t0, "gzip");
        QVERIFY(!access.isEmpty() && !api.isEmpty() && !stray.isEmpty());
        QVERIFY(QFile::copy(access, shared + "/dump.gz"));
        ArchiveCatalog catalog;
        const LogSetConfig web = set("web", shared, "access.log"),
                           apiSet = set("api", shared, {}, {"api*.log"});
        catalog.setConfig(config({web, apiSet}));
        QVERIFY(waitIdle(catalog));
        const auto entries = byPath(catalog.entries());
        QCOMPARE(paths(catalog.entries()), QStringList({access, api}));
        QCOMPARE(entries[access].setName, QString("web"));
        QCOMPARE(entries[api].setName, QString("api"));
        // Exactly what retention takes for each set's.
        for (const QString &name : QDir(shared).entryList(QDir::Files)) {
            const bool listed = entries.contains(shared + "/" + name);
            QCOMPARE(listed,
                     Retention::isCandidate(name, web) || Retention::isCandidate(name, apiSet));
        }
        // The archive folder, and the log folders where rotated files may wait (not there yet:
        // left to the poll).
        QCOMPARE(catalog.directories(), QStringList({shared, web.logDir, apiSet.logDir}));
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

    // dateext and numbered names (with and without an extension kept last), as the set's
    // naming says; another naming's or another log's names in the folder are not the set's.
    void dateextAndNumberedNames()
    {
        QTemporaryDir dir;
        const QString dated = dir.filePath("dated"), ext = dir.filePath("ext"),
                      numbered = dir.filePath("numbered");
        for (const QString &name : QStringList{"app.log-20261205.gz", "app.log-20261205_1.gz",
                                               "web.log-20261205.gz", "app_20261205_000000.log.gz"})
            QVERIFY(writeArchive(dated + "/" + name, "gzip"));
        QVERIFY(writeArchive(dated + "/app.log-20261206", "none"));
        QVERIFY(writeArchive(ext + "/api-20261207.log.xz", "xz"));
        QVERIFY(writeArchive(ext + "/api.log-20261207.xz", "xz")); // not with extension ".log"
        for (const QString &name :
             QStringList{"app.log.2.gz", "app.log.3.gz", "db.log.1.zst", "notes.1.txt"})
            QVERIFY(writeArchive(numbered + "/" + name, name.endsWith("zst") ? "zstd" : "gzip"));
        QVERIFY(writeArchive(numbered + "/app.log.1", "none"));
        QVERIFY(writeArchive(numbered + "/app.log", "none")); // a live log's name, not rotated
        // mtimes that disagree with the numbers: the numbers decide the rotation order
        const QDateTime t(QDate(2026, 12, 1), QTime(8, 0));
        QVERIFY(TestUtil::setMtime(numbered + "/app.log.3.gz", t.addDays(2)));
        QVERIFY(TestUtil::setMtime(numbered + "/app.log.2.gz", t.addDays(1)));
        QVERIFY(TestUtil::setMtime(numbered + "/app.log.1", t));

        LogSetConfig d = set("dated", dated, "app.log"), x = set("ext", ext, "api.log"),
                     n = set("numbered", numbered, {}, {"*.log"});
        d.naming.kind = ArchiveNaming::Kind::DateExt;
        x.naming = {ArchiveNaming::Kind::DateExt, "-%Y%m%d", ".log"};
        n.naming.kind = ArchiveNaming::Kind::Numbered;
        ArchiveCatalog catalog(nullptr, m_home.filePath("schemes.json"));
        catalog.setConfig(config({d, x, n}));
        QVERIFY(waitIdle(catalog));
        QCOMPARE(names(catalog.entries()),
                 QStringList({"api-20261207.log.xz", "app.log-20261205.gz", "app.log-20261205_1.gz",
                              "app.log-20261206", "app.log.1", "app.log.2.gz", "app.log.3.gz",
                              "db.log.1.zst"}));
        for (const ArchiveEntry &e : catalog.entries()) {
            const LogSetConfig &s = e.setName == "dated" ? d : e.setName == "ext" ? x : n;
            QVERIFY2(ArchiveNaming::isArchiveOf(s.naming, e.fileName, s.activeLog, s.patterns),
                     qPrintable(e.fileName));
            QCOMPARE(e.pending, e.codec == Codec::None);
            QCOMPARE(e.logPath, s.logDir + "/" + e.originalName);
        }
        QCOMPARE(named(catalog, "app.log-20261205_1.gz").rotatedAt,
                 QDateTime(QDate(2026, 12, 5), QTime(0, 0)));
        QCOMPARE(named(catalog, "app.log-20261205_1.gz").originalName, QString("app.log"));
        QCOMPARE(named(catalog, "api-20261207.log.xz").originalName, QString("api.log"));
        QCOMPARE(named(catalog, "api-20261207.log.xz").codec, Codec::Xz);
        QCOMPARE(named(catalog, "db.log.1.zst").originalName, QString("db.log"));
        // numbered names carry no time: the file's is shown
        QCOMPARE(named(catalog, "app.log.3.gz").rotatedAt, t.addDays(2));
        QVERIFY(named(catalog, "app.log.1").pending);

        // Rotation order: dateext by date and _N, numbered by number whatever the mtimes say.
        QVector<ArchiveEntry> appDated, appNumbered;
        for (const ArchiveEntry &e : catalog.entries()) {
            if (e.setName == "dated")
                appDated.append(e);
            else if (e.originalName == "app.log")
                appNumbered.append(e);
        }
        QCOMPARE(byRotation(appDated),
                 QStringList({"app.log-20261205.gz", "app.log-20261205_1.gz", "app.log-20261206"}));
        QCOMPARE(byRotation(appNumbered),
                 QStringList({"app.log.3.gz", "app.log.2.gz", "app.log.1"}));
    }

    // archive_dir "." keeps the archives beside the logs: that folder lists the set's archives
    // and waiting rotated files, never its live logs, another program's files or other logs'.
    void archivesBesideTheLog()
    {
        QTemporaryDir dir;
        const QString logs = dir.filePath("logs");
        for (const QString &name :
             QStringList{"app.log", "db.log", "notes.txt", "app.log.old", "x.conf"})
            QVERIFY(TestUtil::writeFile(logs + "/" + name, "live\n"));
        QVERIFY(writeArchive(logs + "/app.log.1", "none"));
        QVERIFY(writeArchive(logs + "/app.log.2.gz", "gzip"));
        QVERIFY(writeArchive(logs + "/db.log.1.gz", "gzip"));
        QVERIFY(writeArchive(logs + "/other.gz", "gzip"));
        QVERIFY(writeArchive(logs + "/x.conf.1.gz", "gzip"));
        const Config c =
            loaded(QJsonObject{{"log_sets", QJsonArray{QJsonObject{
                                                {"name", "beside"},
                                                {"log_dir", logs},
                                                {"patterns", QJsonArray{"*.log"}},
                                                {"archive_dir", "."},
                                                {"rotation", QJsonObject{{"naming", "numbered"}}},
                                            }}}});
        QCOMPARE(c.logSets.size(), 1);
        ArchiveCatalog catalog(nullptr, m_home.filePath("beside.json"));
        catalog.setConfig(c);
        QVERIFY(waitIdle(catalog));
        QCOMPARE(names(catalog.entries()),
                 QStringList({"app.log.1", "app.log.2.gz", "db.log.1.gz"}));
        QVERIFY(named(catalog, "app.log.1").pending);
        QVERIFY(!named(catalog, "app.log.1").staged); // in its archive folder: only uncompressed
        QCOMPARE(named(catalog, "db.log.1.gz").logPath, logs + "/db.log");
        QCOMPARE(catalog.directories(), QStringList{logs});
        QCOMPARE(catalog.watcher()->watchedDirectories(), QStringList{logs});

        // Live: a new log is no archive; a new archive is.
        QSignalSpy added(&catalog, &ArchiveCatalog::added);
        QSignalSpy scanned(&catalog, &ArchiveCatalog::scanned);
        QVERIFY(TestUtil::writeFile(logs + "/new.log", "live\n"));
        QVERIFY(scanned.wait(30000));
        QVERIFY(waitIdle(catalog));
        QCOMPARE(added.size(), 0);
        QVERIFY(writeArchive(logs + "/new.log.1.gz", "gzip"));
        QTRY_COMPARE_WITH_TIMEOUT(addedPaths(added), QStringList{logs + "/new.log.1.gz"}, 30000);
    }

    // patterns spanning folders ("*/*.log") with a relative archive_dir: each log folder's
    // archives in its own archive folder, max_archives per log (nginx's access.log is not
    // apache's), and a log folder made later is found and followed.
    void patternsSpanningFolders()
    {
        QTemporaryDir dir;
        const QString logs = dir.filePath("logs");
        QVERIFY(TestUtil::writeFile(logs + "/nginx/access.log", "live\n"));
        QVERIFY(TestUtil::writeFile(logs + "/apache/access.log", "live\n"));
        QVERIFY(TestUtil::writeFile(logs + "/top.log", "live\n")); // not matched by */*.log
        QVERIFY(writeArchive(logs + "/nginx/archive/access.log.1.gz", "gzip"));
        QVERIFY(writeArchive(logs + "/nginx/archive/access.log.2.gz", "gzip"));
        QVERIFY(writeArchive(logs + "/apache/archive/access.log.1.gz", "gzip"));
        QVERIFY(writeArchive(logs + "/apache/archive/other.gz", "gzip"));
        QVERIFY(writeArchive(logs + "/archive/top.log.1.gz", "gzip"));
        QVERIFY(QFile::link(logs + "/nginx", logs + "/linked")); // never followed
        const Config c = loaded(QJsonObject{
            {"log_sets", QJsonArray{QJsonObject{
                             {"name", "web"},
                             {"log_dir", logs},
                             {"patterns", QJsonArray{"*/*.log"}},
                             {"archive_dir", "archive"},
                             {"rotation", QJsonObject{{"naming", "numbered"}}},
                             {"archival", QJsonObject{{"max_archives", 1}, {"retention_days", 0}}},
                         }}}});
        QCOMPARE(c.logSets.size(), 1);
        ArchiveCatalog catalog(nullptr, m_home.filePath("span.json"));
        catalog.setConfig(c);
        QTRY_COMPARE_WITH_TIMEOUT(catalog.entries().size(), 3, 30000);
        QVERIFY(waitIdle(catalog));
        QCOMPARE(paths(catalog.entries()), QStringList({logs + "/apache/archive/access.log.1.gz",
                                                        logs + "/nginx/archive/access.log.1.gz",
                                                        logs + "/nginx/archive/access.log.2.gz"}));
        for (const ArchiveEntry &e : catalog.entries()) {
            const QString folder = QFileInfo(QFileInfo(e.path).absolutePath()).absolutePath();
            QCOMPARE(e.logPath, folder + "/access.log");
            QCOMPARE(e.originalName, QFileInfo(folder).fileName() + "/access.log");
        }
        // max_archives 1 per log: nginx has one too many now; each log's newest goes with its
        // log's next rotation.
        QCOMPARE(named(catalog, "access.log.2.gz").expiry.when, ArchiveExpiry::When::NextCleanup);
        for (const ArchiveEntry &e : catalog.entries()) {
            if (e.fileName == "access.log.1.gz")
                QCOMPARE(e.expiry.when, ArchiveExpiry::When::NextRotation);
        }
        const QStringList watched = catalog.watcher()->watchedDirectories();
        for (const QString &folder : QStringList{logs, logs + "/nginx", logs + "/nginx/archive",
                                                 logs + "/apache", logs + "/apache/archive"})
            QVERIFY2(watched.contains(folder), qPrintable(folder));
        QVERIFY(!catalog.directories().contains(logs + "/linked"));
        QVERIFY(!catalog.directories().contains(logs + "/linked/archive"));

        // A new log folder: found through the watch on log_dir, its archive folder when made.
        QSignalSpy added(&catalog, &ArchiveCatalog::added);
        QVERIFY(TestUtil::writeFile(logs + "/php/app.log", "live\n"));
        QTRY_VERIFY_WITH_TIMEOUT(catalog.directories().contains(logs + "/php/archive"), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(catalog.watcher()->watchedDirectories().contains(logs + "/php"),
                                 30000);
        QVERIFY(QDir().mkpath(logs + "/php/archive"));
        QTRY_VERIFY_WITH_TIMEOUT(
            catalog.watcher()->watchedDirectories().contains(logs + "/php/archive"), 30000);
        QVERIFY(writeArchive(logs + "/php/archive/app.log.1.gz", "gzip"));
        QTRY_COMPARE_WITH_TIMEOUT(addedPaths(added),
                                  QStringList{logs + "/php/archive/app.log.1.gz"}, 30000);

        // A log folder that goes takes its archives along.
        QSignalSpy removed(&catalog, &ArchiveCatalog::removed);
        QVERIFY(QDir(logs + "/apache").removeRecursively());
        QTRY_COMPARE_WITH_TIMEOUT(removedPaths(removed),
                                  QStringList{logs + "/apache/archive/access.log.1.gz"}, 30000);
    }

    // A rename across filesystems stages the rotated file beside the log until it is archived:
    // it is listed there as pending (also when the set does not compress: it has not been
    // moved yet), and nothing else of that folder is.
    void stagedRotatedFilesWaitBesideTheLog()
    {
        QTemporaryDir dir;
        const QString archive = dir.filePath("archive");
        LogSetConfig s = set("web", archive, "access.log");
        const QString staged = s.logDir + "/access_20240101_000000.log";
        QVERIFY(TestUtil::writeFile(s.logDir + "/access.log", "live\n"));
        QVERIFY(writeArchive(staged, "none"));
        QVERIFY(writeArchive(s.logDir + "/access_20231231_000000.log.gz", "gzip"));
        QVERIFY(writeArchive(s.logDir + "/other_20240101_000000.log", "none"));
        const QString archived =
            makeArchive(archive, "access.log", QDateTime::currentDateTime(), "gzip");
        QVERIFY(!archived.isEmpty());
        ArchiveCatalog catalog(nullptr, m_home.filePath("staged.json"));
        catalog.setConfig(config({s}));
        QVERIFY(waitIdle(catalog));
        QCOMPARE(paths(catalog.entries()), QStringList({archived, staged}));
        const ArchiveEntry e = byPath(catalog.entries())[staged];
        QVERIFY(e.pending);
        QVERIFY(e.staged);
        QCOMPARE(e.logPath, s.logDir + "/access.log");
        QCOMPARE(e.expiry.when, ArchiveExpiry::When::Never);
        QVERIFY(e.expiry.reason.contains("beside its log"));
        QVERIFY(!byPath(catalog.entries())[archived].pending);
        QVERIFY(catalog.watcher()->watchedDirectories().contains(s.logDir));

        s.compress = false;
        catalog.setConfig(config({s}));
        QVERIFY(waitIdle(catalog));
        QVERIFY(byPath(catalog.entries())[staged].pending);

        // The next one staged appears live.
        QSignalSpy added(&catalog, &ArchiveCatalog::added);
        const QString next = s.logDir + "/access_20240102_000000.log";
        QVERIFY(writeArchive(next, "none"));
        QTRY_COMPARE_WITH_TIMEOUT(addedPaths(added), QStringList{next}, 30000);
    }

    // Expires follows the archives as they come and go, through a logrotate-like numbered
    // rotation with max_archives 2: the oldest is due at the next rotation, then, once a new
    // rotated file waits, at the next cleanup.
    void expiresFollowsTheArchivesAsTheyComeAndGo()
    {
        QTemporaryDir dir;
        const QString archive = dir.filePath("archive");
        LogSetConfig s = set("app", archive, "app.log");
        s.naming.kind = ArchiveNaming::Kind::Numbered;
        s.retentionDays = 0;
        s.maxArchives = 2;
        QVERIFY(writeArchive(archive + "/app.log.1.gz", "gzip"));
        QVERIFY(writeArchive(archive + "/app.log.2.gz", "gzip"));
        ArchiveCatalog catalog(nullptr, m_home.filePath("come-and-go.json"));
        catalog.setConfig(config({s}));
        QVERIFY(waitIdle(catalog));
        using W = ArchiveExpiry::When;
        QCOMPARE(when(catalog, "app.log.1.gz"), W::WithinLimits);
        QCOMPARE(when(catalog, "app.log.2.gz"), W::NextRotation);
        QVERIFY(named(catalog, "app.log.2.gz").expiry.reason.contains(s.logDir + "/app.log"));

        // A rotation: the shift, then the new rotated file waiting for compression.
        QSignalSpy updated(&catalog, &ArchiveCatalog::updated);
        QVERIFY(QFile::rename(archive + "/app.log.2.gz", archive + "/app.log.3.gz"));
        QVERIFY(QFile::rename(archive + "/app.log.1.gz", archive + "/app.log.2.gz"));
        QVERIFY(writeArchive(archive + "/app.log.1", "none"));
        QTRY_COMPARE_WITH_TIMEOUT(names(catalog.entries()),
                                  QStringList({"app.log.1", "app.log.2.gz", "app.log.3.gz"}),
                                  30000);
        QVERIFY(waitIdle(catalog));
        QCOMPARE(when(catalog, "app.log.1"), W::Never); // not archived yet
        QCOMPARE(when(catalog, "app.log.2.gz"), W::NextRotation);
        QCOMPARE(when(catalog, "app.log.3.gz"), W::NextCleanup);
        QVERIFY(named(catalog, "app.log.3.gz").expiry.reason.contains("waiting for compression"));

        // Compressed: still one too many, now by the count alone.
        QVERIFY(writeArchive(archive + "/app.log.1.gz", "gzip"));
        QVERIFY(QFile::remove(archive + "/app.log.1"));
        QTRY_COMPARE_WITH_TIMEOUT(names(catalog.entries()),
                                  QStringList({"app.log.1.gz", "app.log.2.gz", "app.log.3.gz"}),
                                  30000);
        QVERIFY(waitIdle(catalog));
        QCOMPARE(when(catalog, "app.log.1.gz"), W::WithinLimits);
        QCOMPARE(when(catalog, "app.log.2.gz"), W::NextRotation);
        QCOMPARE(when(catalog, "app.log.3.gz"), W::NextCleanup);
        QVERIFY(named(catalog, "app.log.3.gz").expiry.reason.contains("more than 2 archive"));

        // Retention removes it: the next oldest is the next rotation's.
        updated.clear();
        QVERIFY(QFile::remove(archive + "/app.log.3.gz"));
        QTRY_COMPARE_WITH_TIMEOUT(catalog.entries().size(), 2, 30000);
        QVERIFY(waitIdle(catalog));
        QCOMPARE(when(catalog, "app.log.2.gz"), W::NextRotation);
        QCOMPARE(when(catalog, "app.log.1.gz"), W::WithinLimits);

        // max_archives raised: nothing is due any more, and that is reported as updates.
        updated.clear();
        s.maxArchives = 5;
        catalog.setConfig(config({s}));
        QVERIFY(waitIdle(catalog));
        QCOMPARE(when(catalog, "app.log.2.gz"), W::WithinLimits);
        bool sawIt = false;
        for (const auto &args : std::as_const(updated)) {
            for (const ArchiveEntry &e : args.at(0).value<QVector<ArchiveEntry>>())
                sawIt = sawIt || (e.fileName == "app.log.2.gz" &&
                                  e.expiry.when == ArchiveExpiry::When::WithinLimits);
        }
        QVERIFY(sawIt);
    }

    // A retention_days date passing turns into "next cleanup" without any file changing.
    void expiryDatePassingIsReported()
    {
        QTemporaryDir dir;
        const QString archive = dir.filePath("archive");
        LogSetConfig s = set("app", archive, "app.log");
        s.retentionDays = 4.0 / 86400; // four seconds
        const QDateTime rotated = QDateTime::currentDateTime().addSecs(-1);
        const QString a = makeArchive(archive, "app.log", rotated, "gzip");
        QVERIFY(!a.isEmpty());
        ArchiveCatalog catalog(nullptr, m_home.filePath("passing.json"));
        QSignalSpy updated(&catalog, &ArchiveCatalog::updated);
        catalog.setConfig(config({s}));
        QVERIFY(waitIdle(catalog));
        const ArchiveEntry e = byPath(catalog.entries())[a];
        // (The name has whole seconds: the date is those plus four seconds.)
        const QDateTime named(rotated.date(), QTime(rotated.time().hour(), rotated.time().minute(),
                                                    rotated.time().second()));
        if (e.expiry.when == ArchiveExpiry::When::At) {
            QCOMPARE(e.expiry.at, named.addSecs(4));
            QTRY_COMPARE_WITH_TIMEOUT(byPath(catalog.entries())[a].expiry.when,
                                      ArchiveExpiry::When::NextCleanup, 30000);
            QVERIFY(!updated.isEmpty());
        } else {
            // This machine took longer than the four seconds to get here: already due.
            QCOMPARE(e.expiry.when, ArchiveExpiry::When::NextCleanup);
        }
        QCOMPARE(byPath(catalog.entries())[a].expiry.at, named.addSecs(4));
    }

    // The browser never disagrees with retention: what Expires says is due at the next cleanup
    // is exactly what the daemon's cleanup (logkeeper --once) removes, across every rule.
    void nextCleanupIsWhatTheDaemonRemoves()
    {
        QTemporaryDir dir;
        const QString logs = dir.filePath("logs"), archive = dir.filePath("archive");
        QVERIFY(TestUtil::writeFile(logs + "/app.log", "live\n"));
        QVERIFY(TestUtil::writeFile(logs + "/db.log", "live\n"));
        const QDateTime now = QDateTime::currentDateTime();
        // app.log: six archives over 40 days; db.log: three; some else's files between them.
        const QList<int> appDays{40, 20, 10, 5, 2, 1}, dbDays{35, 3, 1};
        for (const int days : appDays)
            QVERIFY(!makeArchive(archive, "app.log", now.addDays(-days), "gzip", 4000).isEmpty());
        for (const int days : dbDays)
            QVERIFY(!makeArchive(archive, "db.log", now.addDays(-days), "xz", 9000).isEmpty());
        QVERIFY(!makeArchive(archive, "other.txt", now.addDays(-90), "gzip").isEmpty());
        QVERIFY(writeArchive(archive + "/dump.gz", "gzip"));
        const QString waiting =
            archive + "/" + ArchiveNaming::rotatedName("app.log", now.addSecs(-5));
        QVERIFY(writeArchive(waiting, "none")); // waits for compression
        const QJsonObject json{
            {"state_file", dir.filePath("state.json")},
            {"log_sets",
             QJsonArray{QJsonObject{
                 {"name", "app"},
                 {"log_dir", logs},
                 {"patterns", QJsonArray{"*.log"}},
                 {"archive_dir", archive},
                 {"rotation", QJsonObject{{"max_size_mb", 100}, {"max_age_days", 365}}},
                 {"archival",
                  QJsonObject{{"retention_days", 30}, {"max_archives", 4}, {"max_total_mb", 0.02}}},
             }}}};
        QVERIFY(TestUtil::writeFile(dir.filePath("config.json"), QJsonDocument(json).toJson()));
        ArchiveCatalog catalog(nullptr, m_home.filePath("daemon.json"));
        catalog.setConfig(loaded(json));
        QVERIFY(waitIdle(catalog));
        QStringList due;
        QSet<ArchiveExpiry::When> seen;
        for (const ArchiveEntry &e : catalog.entries()) {
            seen.insert(e.expiry.when);
            if (e.expiry.when == ArchiveExpiry::When::NextCleanup)
                due.append(e.path);
        }
        due.sort();
        // Every rule is at work here: age (40, 35 days), count (app.log's beyond four), total
        // size.
        QString reasons;
        for (const ArchiveEntry &e : catalog.entries())
            reasons += e.expiry.reason + '\n';
        for (const QString &rule :
             QStringList{"older than 30 days", "more than 4 archive", "exceed 0.02 MiB"})
            QVERIFY2(reasons.contains(rule), qPrintable(reasons));
        QVERIFY(seen.contains(ArchiveExpiry::When::At));
        QVERIFY(seen.contains(ArchiveExpiry::When::Never)); // the rotated file waiting

        const QStringList before = QDir(archive).entryList(QDir::Files, QDir::Name);
        QProcess daemon;
        daemon.setProcessEnvironment(TestUtil::isolatedEnvironment(dir.filePath("home")));
        daemon.start(LOGKEEPER_BINARY, {"--once", "--config", dir.filePath("config.json")});
        QVERIFY(daemon.waitForFinished(120000));
        const QByteArray output = daemon.readAllStandardError();
        QVERIFY2(daemon.exitStatus() == QProcess::NormalExit && daemon.exitCode() == 0,
                 output.constData());
        // (The daemon archived the waiting file first: that counts, as Expires foresaw.)
        QVERIFY(QFileInfo::exists(waiting + ".gz"));
        QStringList removedByDaemon;
        for (const QString &name : before) {
            const QString path = archive + "/" + name;
            if (!QFileInfo::exists(path) && path != waiting)
                removedByDaemon.append(path);
        }
        removedByDaemon.sort();
        QCOMPARE(removedByDaemon, due);
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
