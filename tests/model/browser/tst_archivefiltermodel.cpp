// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "browser/archivecatalog.h"
#include "browser/archivefiltermodel.h"
#include "browser/archivetablemodel.h"
#include "compression/archivecompressor.h"
#include "core/archivenaming.h"
#include "core/codecs.h"

#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Logkeeper;

// Filtering a real catalog's table by text, set and date range, also while archives come.
class TestArchiveFilterModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    std::unique_ptr<ArchiveCatalog> m_catalog;
    std::unique_ptr<ArchiveTableModel> m_model;
    QString m_web, m_db;

    static LogSetConfig set(const QString &name, const QString &archiveDir,
                            const QString &activeLog)
    {
        LogSetConfig s;
        s.name = name;
        s.logDir = archiveDir + "-logs";
        s.archiveDir = archiveDir;
        s.activeLog = activeLog;
        return s;
    }
    static QString makeArchive(const QString &dir, const QString &activeLog, const QDateTime &at,
                               const QString &codec)
    {
        QDir().mkpath(dir);
        const QString rotated = ArchiveNaming::rotatedName(activeLog, at);
        const QString source = dir + "-" + rotated + ".src";
        if (!TestUtil::writeFile(source, TestUtil::numberedLines(rotated.toUtf8(), 0, 20)))
            return {};
        const QString target =
            dir + "/" + rotated + (codec == "none" ? QString() : TestUtil::extension(codec));
        const auto r = TestUtil::compress(source, target, codec, -1);
        QFile::remove(source);
        return r.ok ? target : QString();
    }
    // The file names the proxy shows, sorted.
    static QStringList shown(const ArchiveFilterModel &proxy)
    {
        QStringList names;
        for (int row = 0; row < proxy.rowCount(); ++row)
            names.append(QFileInfo(proxy.index(row, 0).data(ArchiveTableModel::PathRole).toString())
                             .fileName());
        names.sort();
        return names;
    }
    static QString codec(int i)
    {
        const QStringList codecs = TestUtil::codecNames();
        return codecs.at(i % codecs.size());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid() && m_dir.isValid());
        qputenv("XDG_CACHE_HOME", QFile::encodeName(m_home.filePath("cache")));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath("config")));
        qputenv("XDG_STATE_HOME", QFile::encodeName(m_home.filePath("state")));
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_home.filePath("runtime")));

        m_web = m_dir.filePath("web");
        m_db = m_dir.filePath("db");
        // web: access.log on 1, 2 and 3 March; db: query.log on 2 and 4 March (one plain).
        const QDate march(2024, 3, 1);
        QVERIFY(!makeArchive(m_web, "access.log", QDateTime(march, QTime(0, 0, 0)), codec(0))
                     .isEmpty());
        QVERIFY(
            !makeArchive(m_web, "access.log", QDateTime(march.addDays(1), QTime(12, 0)), codec(1))
                 .isEmpty());
        QVERIFY(!makeArchive(m_web, "access.log", QDateTime(march.addDays(2), QTime(23, 59, 59)),
                             codec(2))
                     .isEmpty());
        QVERIFY(!makeArchive(m_db, "query.log", QDateTime(march.addDays(1), QTime(6, 0)), codec(3))
                     .isEmpty());
        QVERIFY(!makeArchive(m_db, "query.log", QDateTime(march.addDays(3), QTime(6, 0)), "none")
                     .isEmpty());

        Config c;
        c.pollIntervalSeconds = 3600;
        c.logSets = {set("web", m_web, "access.log"), set("db", m_db, "query.log")};
        c.logSets[1].compress = false; // keeps rotated files as they are: the plain one is one
        m_catalog = std::make_unique<ArchiveCatalog>();
        m_catalog->setConfig(c);
        m_model = std::make_unique<ArchiveTableModel>(m_catalog.get());
        QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 5, 30000);
    }
    void cleanupTestCase()
    {
        m_model.reset();
        m_catalog.reset();
    }

    void showsEverythingUnfiltered()
    {
        ArchiveFilterModel proxy;
        proxy.setSourceModel(m_model.get());
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(proxy.rowCount(), 5);
        QVERIFY(!proxy.isFiltering());
    }

    void filtersByText()
    {
        ArchiveFilterModel proxy;
        proxy.setSourceModel(m_model.get());
        proxy.setText("QUERY");
        QCOMPARE(shown(proxy),
                 QStringList({"query_20240302_060000.log" + TestUtil::extension(codec(3)),
                              "query_20240304_060000.log"}));
        QVERIFY(proxy.isFiltering());
        // Every word must match: the set and part of the date in the name.
        proxy.setText("web 0302");
        QCOMPARE(shown(proxy),
                 QStringList{"access_20240302_120000.log" + TestUtil::extension(codec(1))});
        // The codec column's text.
        proxy.setText("none");
        QCOMPARE(shown(proxy), QStringList{"query_20240304_060000.log"});
        proxy.setText("nothing-like-this");
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setText("  ");
        QCOMPARE(proxy.rowCount(), 5);
        QVERIFY(!proxy.isFiltering());
    }

    // The date as the table shows it finds the archive, in German too (where the file name's
    // digits are in another order).
    void filtersByTheDateAsShown()
    {
        ArchiveFilterModel proxy;
        proxy.setSourceModel(m_model.get());
        const QString name = "access_20240303_235959.log" + TestUtil::extension(codec(2));
        const QDateTime when(QDate(2024, 3, 3), QTime(23, 59, 59));
        proxy.setText(ArchiveTableModel::dateText(when));
        QCOMPARE(shown(proxy), QStringList{name});

        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        proxy.setText("03.03.24 23:59:59");
        const QStringList german = shown(proxy);
        proxy.setText("03.03.24");
        const int day = proxy.rowCount();
        QLocale::setDefault(before);
        QCOMPARE(german, QStringList{name});
        QCOMPARE(day, 1);
    }

    void filtersBySet()
    {
        ArchiveFilterModel proxy;
        proxy.setSourceModel(m_model.get());
        proxy.setSetName("web");
        QCOMPARE(proxy.rowCount(), 3);
        for (int row = 0; row < proxy.rowCount(); ++row)
            QCOMPARE(proxy.index(row, ArchiveTableModel::SetColumn).data().toString(),
                     QString("web"));
        proxy.setSetName("db");
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setSetName("no-such-set");
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setSetName({});
        QCOMPARE(proxy.rowCount(), 5);
    }

    void filtersByDateRange()
    {
        ArchiveFilterModel proxy;
        proxy.setSourceModel(m_model.get());
        const QDate march(2024, 3, 1);
        // Both ends inclusive, whole days: 00:00:00 on the first and 23:59:59 on the last count.
        proxy.setDateRange(march, march.addDays(2));
        QCOMPARE(proxy.rowCount(), 4);
        proxy.setDateRange(march.addDays(1), march.addDays(1));
        QCOMPARE(shown(proxy),
                 QStringList({"access_20240302_120000.log" + TestUtil::extension(codec(1)),
                              "query_20240302_060000.log" + TestUtil::extension(codec(3))}));
        // Open ends.
        proxy.setDateRange(march.addDays(2), {});
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setDateRange({}, march);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setDateRange({}, {});
        QCOMPARE(proxy.rowCount(), 5);
        // Combined with set and text.
        proxy.setDateRange(march.addDays(1), march.addDays(3));
        proxy.setSetName("db");
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setText(".log" + TestUtil::extension(codec(3)));
        QCOMPARE(shown(proxy),
                 QStringList{"query_20240302_060000.log" + TestUtil::extension(codec(3))});
    }

    // An archive that appears while a filter is set shows only if it matches.
    void newArchivesAreFilteredToo()
    {
        ArchiveFilterModel proxy;
        proxy.setSourceModel(m_model.get());
        proxy.setSetName("db");
        proxy.setDateRange(QDate(2024, 4, 1), QDate(2024, 4, 30));
        QCOMPARE(proxy.rowCount(), 0);
        QSignalSpy inserted(&proxy, &QAbstractItemModel::rowsInserted);
        QSignalSpy sourceInserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        const QString outside =
            makeArchive(m_web, "access.log", QDateTime(QDate(2024, 4, 2), QTime(1, 0)), "gzip");
        QTRY_COMPARE_WITH_TIMEOUT(sourceInserted.size(), 1, 30000);
        QCOMPARE(proxy.rowCount(), 0);
        const QString inside =
            makeArchive(m_db, "query.log", QDateTime(QDate(2024, 4, 2), QTime(1, 0)), "gzip");
        QTRY_COMPARE_WITH_TIMEOUT(inserted.size(), 1, 30000);
        QCOMPARE(shown(proxy), QStringList{QFileInfo(inside).fileName()});
        QVERIFY(QFile::remove(outside) && QFile::remove(inside));
        QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 5, 30000);
        QCOMPARE(proxy.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestArchiveFilterModel)
#include "tst_archivefiltermodel.moc"
