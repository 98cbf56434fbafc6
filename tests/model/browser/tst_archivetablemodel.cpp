// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "browser/archivecatalog.h"
#include "browser/archivefiltermodel.h"
#include "browser/archivesizeprobe.h"
#include "browser/archivetablemodel.h"
#include "compression/archivecompressor.h"
#include "core/archivenaming.h"
#include "core/codecs.h"

#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/xattr.h>

using namespace Logkeeper;

// The table over a real catalog of real archives: what every column shows, that every column
// sorts by value, and that rows come and go as archive files do.
class TestArchiveTableModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

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
    static Config config(const QVector<LogSetConfig> &sets)
    {
        Config c;
        c.logSets = sets;
        c.pollIntervalSeconds = 3600;
        return c;
    }
    static QString makeArchive(const QString &dir, const QString &activeLog, const QDateTime &at,
                               const QString &codec, int lines)
    {
        QDir().mkpath(dir);
        const QString rotated = ArchiveNaming::rotatedName(activeLog, at);
        const QString source = dir + "-" + rotated + ".src";
        if (!TestUtil::writeFile(source, TestUtil::numberedLines(rotated.toUtf8(), 0, lines)))
            return {};
        const QString target =
            dir + "/" + rotated + (codec == "none" ? QString() : TestUtil::extension(codec));
        const auto r = TestUtil::compress(source, target, codec, -1);
        QFile::remove(source);
        return r.ok ? target : QString();
    }
    static bool waitIdle(ArchiveCatalog &catalog)
    {
        return QTest::qWaitFor(
            [&] {
                if (catalog.isScanning())
                    return false;
                for (const ArchiveEntry &e : catalog.entries()) {
                    if (!e.sizeKnown() && e.sizeError.isEmpty())
                        return false;
                }
                return true;
            },
            60000);
    }

    struct Fixture
    {
        QTemporaryDir dir;
        QStringList archives;
        std::unique_ptr<ArchiveCatalog> catalog;
        std::unique_ptr<ArchiveTableModel> model;
    };
    // Archives whose text order differs from their value order in every column: sizes of
    // 880 B, 10 KiB and 2 MiB ("10.00 KiB" < "2.00 MiB" < "880 bytes" as text), and dates
    // 15 Jan and 1 Feb ("1 Feb" < "15 Jan" as text).
    void makeFixture(Fixture &f)
    {
        const QString web = f.dir.filePath("web"), db = f.dir.filePath("db");
        const QDateTime jan15(QDate(2024, 1, 15), QTime(9, 30, 0));
        const QDateTime feb1(QDate(2024, 2, 1), QTime(23, 5, 0));
        const QDateTime dec3(QDate(2023, 12, 3), QTime(12, 0, 0));
        const QStringList codecs = TestUtil::codecNames();
        f.archives << makeArchive(web, "access.log", jan15, codecs.value(0), 11)
                   << makeArchive(web, "access.log", feb1, codecs.value(1, codecs.value(0)), 128)
                   << makeArchive(db, "query.log", dec3, codecs.value(2, codecs.value(0)), 26215)
                   << makeArchive(db, "query.log", feb1.addSecs(5), codecs.value(3, "none"), 500)
                   << makeArchive(db, "query.log", jan15.addSecs(5), "none", 40);
        f.catalog = std::make_unique<ArchiveCatalog>();
        LogSetConfig dbSet = set("db", db, "query.log");
        dbSet.compress = false; // keeps rotated files as they are: the plain ones are archives
        f.catalog->setConfig(config({set("web", web, "access.log"), dbSet}));
        f.model = std::make_unique<ArchiveTableModel>(f.catalog.get());
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

    void columnsShowEveryArchive()
    {
        Fixture f;
        makeFixture(f);
        QVERIFY(!f.archives.contains(QString()));
        QAbstractItemModelTester tester(f.model.get(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(waitIdle(*f.catalog));
        ArchiveTableModel &m = *f.model;
        QCOMPARE(m.columnCount(), 9);
        QCOMPARE(m.rowCount(), f.archives.size());
        const QStringList headers{"Set",   "Original file", "Rotated at", "Size",     "Compressed",
                                  "Ratio", "Codec",         "Expires",    "File name"};
        for (int c = 0; c < m.columnCount(); ++c)
            QCOMPARE(m.headerData(c, Qt::Horizontal).toString(), headers.at(c));

        const QLocale locale;
        for (const QString &path : std::as_const(f.archives)) {
            const int row = m.rowOf(path);
            QVERIFY(row >= 0);
            auto cell = [&](int column, int role = Qt::DisplayRole) {
                return m.data(m.index(row, column), role);
            };
            const QString name = QFileInfo(path).fileName();
            const qint64 size = TestUtil::readArchive(path).size();
            const qint64 onDisk = QFileInfo(path).size();
            const QString codec = Codecs::name(Codecs::fromFileName(name));
            QCOMPARE(cell(ArchiveTableModel::SetColumn).toString(),
                     QString(path.contains("/web/") ? "web" : "db"));
            QCOMPARE(cell(ArchiveTableModel::OriginalColumn).toString(),
                     ArchiveNaming::originalName(name));
            QCOMPARE(cell(ArchiveTableModel::RotatedAtColumn).toString(),
                     ArchiveTableModel::dateText(ArchiveNaming::rotatedAt(name)));
            QCOMPARE(cell(ArchiveTableModel::FileNameColumn).toString(), name);
            QCOMPARE(
                cell(ArchiveTableModel::FileNameColumn, ArchiveTableModel::SortRole).toString(),
                name);
            QCOMPARE(cell(ArchiveTableModel::SizeColumn).toString(),
                     locale.formattedDataSize(size));
            QCOMPARE(cell(ArchiveTableModel::CompressedColumn).toString(),
                     locale.formattedDataSize(onDisk));
            QCOMPARE(cell(ArchiveTableModel::RatioColumn).toString(),
                     locale.toString(100.0 * onDisk / size, 'f', onDisk * 100 < size ? 2 : 1) +
                         "%");
            QCOMPARE(cell(ArchiveTableModel::CodecColumn).toString(), codec);

            // Raw values for sorting and filtering.
            QCOMPARE(cell(ArchiveTableModel::SizeColumn, ArchiveTableModel::SortRole), size);
            QCOMPARE(cell(ArchiveTableModel::CompressedColumn, ArchiveTableModel::SortRole),
                     onDisk);
            QCOMPARE(cell(ArchiveTableModel::RatioColumn, ArchiveTableModel::SortRole).toDouble(),
                     double(onDisk) / size);
            // By rotation order: the name's time first.
            QCOMPARE(
                cell(ArchiveTableModel::RotatedAtColumn, ArchiveTableModel::SortRole).toLongLong() /
                    1024,
                ArchiveNaming::rotatedAt(name).toMSecsSinceEpoch());
            // Rotated in 2023 and 2024, kept 30 days (the default): due now.
            QCOMPARE(cell(ArchiveTableModel::ExpiresColumn).toString(), QString("next cleanup"));
            QVERIFY(cell(ArchiveTableModel::ExpiresColumn, Qt::ToolTipRole)
                        .toString()
                        .contains("older than 30 days"));
            for (int c = 0; c < m.columnCount(); ++c)
                QCOMPARE(cell(c, ArchiveTableModel::PathRole).toString(), path);
            QCOMPARE(cell(0, Qt::ToolTipRole).toString(), path);

            const auto align = [&](int column) {
                return cell(column, Qt::TextAlignmentRole).value<Qt::Alignment>() &
                       Qt::AlignHorizontal_Mask;
            };
            QCOMPARE(align(ArchiveTableModel::SizeColumn), Qt::AlignRight);
            QCOMPARE(align(ArchiveTableModel::CompressedColumn), Qt::AlignRight);
            QCOMPARE(align(ArchiveTableModel::RatioColumn), Qt::AlignRight);
            QCOMPARE(align(ArchiveTableModel::OriginalColumn), Qt::AlignLeft);
        }
    }

    // Two rotations within a minute look different: the time has seconds, in German too.
    void datesShowSeconds()
    {
        const QDateTime when(QDate(2024, 2, 1), QTime(23, 5, 7));
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const QString german = ArchiveTableModel::dateText(when);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const QString english = ArchiveTableModel::dateText(when);
        QLocale::setDefault(before);
        QCOMPARE(german, QString("01.02.24 23:05:07"));
        QVERIFY2(english.startsWith("2/1/24 11:05:07"), qPrintable(english));
        QVERIFY(english.endsWith("PM"));
    }

    // A rotated file that waits for compression is not an archive: "pending", no ratio, and
    // its tooltip says that its log data is not archived yet.
    void pendingFileIsShownAsPending()
    {
        QTemporaryDir dir;
        const QString web = dir.filePath("web");
        const QString plain = makeArchive(web, "access.log",
                                          QDateTime(QDate(2024, 4, 1), QTime(1, 2, 3)), "none", 50);
        QVERIFY(!plain.isEmpty());
        ArchiveCatalog catalog(nullptr, m_home.filePath("pending.json"));
        catalog.setConfig(config({set("web", web, "access.log")})); // compresses (the default)
        ArchiveTableModel model(&catalog);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 1, 30000);
        const auto cell = [&](int column, int role = Qt::DisplayRole) {
            return model.index(0, column).data(role);
        };
        QCOMPARE(cell(ArchiveTableModel::CodecColumn).toString(), QString("pending"));
        QCOMPARE(cell(ArchiveTableModel::RatioColumn).toString(), QString());
        QVERIFY(cell(0, ArchiveTableModel::PendingRole).toBool());
        QVERIFY(cell(ArchiveTableModel::SizeColumn, Qt::ToolTipRole)
                    .toString()
                    .contains("not archived yet"));
        QVERIFY(cell(0, ArchiveTableModel::SearchTextRole).toString().contains("pending"));
    }

    // Expires: what each case shows, its reason in the tooltip, soonest first when sorted.
    void expiresShowsWhenAndWhy()
    {
        QTemporaryDir dir;
        const QDateTime now = QDateTime::currentDateTime();
        const QString kept = dir.filePath("kept"), limited = dir.filePath("limited"),
                      unlimited = dir.filePath("forever");
        // kept: 30 days and 2 per log: 40 days old (due by age), 3 days (due once the one
        // waiting for compression is archived), 1 day (pushed out by the next rotation, or in
        // 29 days).
        const QString old = makeArchive(kept, "app.log", now.addDays(-40), "gzip", 10);
        const QString older = makeArchive(kept, "app.log", now.addDays(-3), "gzip", 10);
        const QString newer = makeArchive(kept, "app.log", now.addDays(-1), "gzip", 10);
        const QString waiting = makeArchive(kept, "app.log", now.addSecs(-60), "none", 10);
        // limited: only max_total_mb; forever: no limit at all.
        const QString withinLimits = makeArchive(limited, "db.log", now.addDays(-400), "gzip", 10);
        const QString never = makeArchive(unlimited, "x.log", now.addDays(-900), "gzip", 10);
        for (const QString &path : QStringList{old, older, newer, waiting, withinLimits, never})
            QVERIFY(!path.isEmpty());
        LogSetConfig k = set("kept", kept, "app.log"), l = set("limited", limited, "db.log"),
                     f = set("forever", unlimited, "x.log");
        k.maxArchives = 2; // the waiting one makes the third once archived
        l.retentionDays = 0;
        l.maxTotalMb = 100;
        f.retentionDays = 0;
        ArchiveCatalog catalog(nullptr, m_home.filePath("expires.json"));
        catalog.setConfig(config({k, l, f}));
        ArchiveTableModel model(&catalog);
        QVERIFY(waitIdle(catalog));
        QCOMPARE(model.rowCount(), 6);
        const auto cell = [&](const QString &path, int role = Qt::DisplayRole) {
            return model.index(model.rowOf(path), ArchiveTableModel::ExpiresColumn).data(role);
        };
        QCOMPARE(cell(old).toString(), QString("next cleanup"));
        QVERIFY(cell(old, Qt::ToolTipRole).toString().contains("older than 30 days"));
        QCOMPARE(cell(older).toString(), QString("next cleanup"));
        QVERIFY(cell(older, Qt::ToolTipRole).toString().contains("waiting for compression"));
        // 2 allowed: after the waiting one is archived, the next rotation pushes the 1-day one
        QCOMPARE(cell(newer).toString(), QString("next rotation"));
        const QString tip = cell(newer, Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(k.logDir + "/app.log") && tip.contains("max_archives"),
                 qPrintable(tip));
        const QDateTime newerAt = model.entryAt(model.rowOf(newer)).expiry.at;
        QVERIFY(tip.contains(ArchiveTableModel::dateText(newerAt)));
        QCOMPARE(cell(waiting).toString(), QString("never"));
        QVERIFY(cell(waiting, Qt::ToolTipRole).toString().contains("Waits for compression"));
        QCOMPARE(cell(withinLimits).toString(), QString("within limits"));
        QVERIFY(cell(withinLimits, Qt::ToolTipRole).toString().contains("100 MiB"));
        QCOMPARE(cell(never).toString(), QString("never"));
        QVERIFY(cell(never, Qt::ToolTipRole).toString().contains("no retention limit"));
        QVERIFY(model.index(model.rowOf(newer), 0)
                    .data(ArchiveTableModel::SearchTextRole)
                    .toString()
                    .contains("next rotation"));

        // Without max_archives the 1-day one goes by its date: shown as such.
        k.maxArchives = 0;
        catalog.setConfig(config({k, l, f}));
        QVERIFY(waitIdle(catalog));
        const QDateTime at = model.entryAt(model.rowOf(newer)).expiry.at;
        QVERIFY(qAbs(at.secsTo(now.addDays(29))) <= 2);
        QCOMPARE(cell(newer).toString(), ArchiveTableModel::dateText(at));
        QVERIFY(cell(newer, Qt::ToolTipRole).toString().contains("older than 30 days"));
        k.maxArchives = 2;
        catalog.setConfig(config({k, l, f}));
        QVERIFY(waitIdle(catalog));

        // Soonest first: due, next rotation, dates, within limits, never.
        ArchiveFilterModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(ArchiveTableModel::ExpiresColumn, Qt::AscendingOrder);
        QStringList order;
        for (int row = 0; row < proxy.rowCount(); ++row)
            order.append(proxy.index(row, ArchiveTableModel::ExpiresColumn).data().toString());
        QCOMPARE(order, QStringList({"next cleanup", "next cleanup", "next rotation",
                                     "within limits", "never", "never"}));
    }

    // Rotated at sorts in the naming's rotation order: numbered names by their numbers (the
    // higher the older), whatever the files' times say.
    void rotatedAtSortsInTheNamingsRotationOrder()
    {
        QTemporaryDir dir;
        const QString archive = dir.filePath("numbered");
        const QDateTime t(QDate(2026, 3, 1), QTime(12, 0));
        // app.log.3 is the oldest rotation, but was touched last.
        const QList<QPair<QString, QDateTime>> files{{"app.log.1.gz", t.addDays(1)},
                                                     {"app.log.2.gz", t},
                                                     {"app.log.3.gz", t.addDays(2)},
                                                     {"db.log.1.gz", t.addSecs(3600)}};
        for (const auto &[name, mtime] : files) {
            QVERIFY(QDir().mkpath(archive));
            const QString source = dir.filePath(name + ".src");
            QVERIFY(TestUtil::writeFile(source, "line\n"));
            QVERIFY(TestUtil::compress(source, archive + "/" + name, "gzip", -1).ok);
            QVERIFY(TestUtil::setMtime(archive + "/" + name, mtime));
        }
        LogSetConfig s = set("n", archive, {});
        s.activeLog.clear();
        s.patterns = {"*.log"};
        s.naming.kind = ArchiveNaming::Kind::Numbered;
        ArchiveCatalog catalog(nullptr, m_home.filePath("numbered.json"));
        catalog.setConfig(config({s}));
        ArchiveTableModel model(&catalog);
        QVERIFY(waitIdle(catalog));
        ArchiveFilterModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(ArchiveTableModel::RotatedAtColumn, Qt::AscendingOrder);
        QStringList order;
        for (int row = 0; row < proxy.rowCount(); ++row)
            order.append(proxy.index(row, ArchiveTableModel::FileNameColumn).data().toString());
        // app.log's in number order; db.log's one where its time puts it.
        QCOMPARE(order,
                 QStringList({"app.log.3.gz", "app.log.2.gz", "db.log.1.gz", "app.log.1.gz"}));
        // The times shown are the files' own.
        QCOMPARE(proxy.index(0, ArchiveTableModel::RotatedAtColumn).data().toString(),
                 ArchiveTableModel::dateText(t.addDays(2)));
    }

    // Rows drag out as file URLs (text/uri-list, one per row), to be copied, not moved.
    void rowsDragOutAsFileUrls()
    {
        Fixture f;
        makeFixture(f);
        QVERIFY(waitIdle(*f.catalog));
        ArchiveTableModel &m = *f.model;
        QVERIFY(m.flags(m.index(0, 0)) & Qt::ItemIsDragEnabled);
        QCOMPARE(m.mimeTypes(), QStringList{"text/uri-list"});
        QCOMPARE(m.supportedDragActions(), Qt::CopyAction);
        const int a = m.rowOf(f.archives.at(0)), b = m.rowOf(f.archives.at(3));
        QModelIndexList cells;
        for (int c = 0; c < m.columnCount(); ++c)
            cells << m.index(a, c) << m.index(b, c);
        std::unique_ptr<QMimeData> data(m.mimeData(cells));
        QVERIFY(data);
        QVERIFY(data->hasFormat("text/uri-list"));
        QCOMPARE(data->urls(), QList<QUrl>({QUrl::fromLocalFile(f.archives.at(0)),
                                            QUrl::fromLocalFile(f.archives.at(3))}));
    }

    void ratioKeepsSmallSharesApart()
    {
        QCOMPARE(ArchiveTableModel::ratioText(0.123), QLocale().toString(12.3, 'f', 1) + "%");
        QCOMPARE(ArchiveTableModel::ratioText(0.0031), QLocale().toString(0.31, 'f', 2) + "%");
        QCOMPARE(ArchiveTableModel::ratioText(0.00001),
                 "<" + QLocale().toString(0.01, 'f', 2) + "%");
        QCOMPARE(ArchiveTableModel::ratioText(-1), QString());
    }

    void unknownSizeShowsAnEllipsisUntilCounted()
    {
        QTemporaryDir dir;
        const QString web = dir.filePath("web");
        const QString a =
            makeArchive(web, "access.log", QDateTime(QDate(2024, 4, 1), QTime()), "bzip2", 3000);
        QVERIFY(!a.isEmpty());
        ::lremovexattr(QFile::encodeName(a).constData(), ArchiveSizeProbe::sizeAttribute());
        ArchiveCatalog catalog(nullptr, m_home.filePath("unknown-size.json"));
        ArchiveTableModel model(&catalog);
        QString sizeWhenInserted, ratioWhenInserted;
        QVariant sortWhenInserted;
        connect(&model, &QAbstractItemModel::rowsInserted, this, [&](const QModelIndex &, int row) {
            sizeWhenInserted = model.index(row, ArchiveTableModel::SizeColumn).data().toString();
            ratioWhenInserted = model.index(row, ArchiveTableModel::RatioColumn).data().toString();
            sortWhenInserted =
                model.index(row, ArchiveTableModel::SizeColumn).data(ArchiveTableModel::SortRole);
        });
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        catalog.setConfig(config({set("web", web, "access.log")}));
        QTRY_COMPARE_WITH_TIMEOUT(sizeWhenInserted, QString("…"), 30000);
        QCOMPARE(ratioWhenInserted, QString());
        QCOMPARE(sortWhenInserted, QVariant(qint64(-1)));
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 60000);
        QCOMPARE(model.index(0, ArchiveTableModel::SizeColumn).data().toString(),
                 QLocale().formattedDataSize(3000 * 80));
        QVERIFY(!model.index(0, ArchiveTableModel::RatioColumn).data().toString().isEmpty());
    }

    void everyColumnSortsByValue_data()
    {
        QTest::addColumn<int>("column");
        for (int c = 0; c < ArchiveTableModel::ColumnCount; ++c)
            QTest::addRow("column %d", c) << c;
    }
    void everyColumnSortsByValue()
    {
        QFETCH(int, column);
        Fixture f;
        makeFixture(f);
        QVERIFY(waitIdle(*f.catalog));
        ArchiveFilterModel proxy;
        proxy.setSourceModel(f.model.get());

        // The expected order, from the raw values.
        QVector<QVariant> values;
        for (int row = 0; row < f.model->rowCount(); ++row)
            values.append(f.model->index(row, column).data(ArchiveTableModel::SortRole));
        auto lessByValue = [](const QVariant &a, const QVariant &b) {
            return QVariant::compare(a, b) == QPartialOrdering::Less;
        };
        std::stable_sort(values.begin(), values.end(), lessByValue);

        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            proxy.sort(column, order);
            QVector<QVariant> shown;
            QStringList texts;
            for (int row = 0; row < proxy.rowCount(); ++row) {
                shown.append(proxy.index(row, column).data(ArchiveTableModel::SortRole));
                texts.append(proxy.index(row, column).data().toString());
            }
            QVector<QVariant> expected = values;
            if (order == Qt::DescendingOrder)
                std::reverse(expected.begin(), expected.end());
            // Equal values (two archives of the same set) may come in either order.
            for (int i = 0; i < shown.size(); ++i)
                QVERIFY2(QVariant::compare(shown.at(i), expected.at(i)) ==
                             QPartialOrdering::Equivalent,
                         qPrintable(texts.join(" | ")));
        }
        // The fixture is built so that these columns' text order is not their value order.
        if (column == ArchiveTableModel::SizeColumn ||
            column == ArchiveTableModel::RotatedAtColumn) {
            proxy.sort(column, Qt::AscendingOrder);
            QStringList texts, sortedTexts;
            for (int row = 0; row < proxy.rowCount(); ++row)
                texts.append(proxy.index(row, column).data().toString());
            sortedTexts = texts;
            sortedTexts.sort();
            QVERIFY2(texts != sortedTexts, qPrintable(texts.join(" | ")));
        }
    }

    // Rows follow the files; a row that stays keeps its persistent index (and so a view's
    // selection and scroll position).
    void rowsFollowTheFiles()
    {
        Fixture f;
        makeFixture(f);
        QVERIFY(waitIdle(*f.catalog));
        QAbstractItemModelTester tester(f.model.get(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        ArchiveTableModel &m = *f.model;
        const QString keep = f.archives.at(1);
        const QPersistentModelIndex kept(m.index(m.rowOf(keep), ArchiveTableModel::SizeColumn));
        QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&m, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&m, &QAbstractItemModel::modelReset);

        const QString web = f.dir.filePath("web");
        const QString added =
            makeArchive(web, "access.log", QDateTime(QDate(2024, 3, 3), QTime(3, 3)), "gzip", 77);
        QVERIFY(!added.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(inserted.size(), 1, 30000);
        QCOMPARE(m.rowCount(), f.archives.size() + 1);
        QCOMPARE(m.entryAt(m.rowOf(added)).path, added);

        // Several at once, in both folders, around the kept one.
        QVERIFY(QFile::remove(f.archives.at(0)));
        QVERIFY(QFile::remove(f.archives.at(2)));
        QVERIFY(QFile::remove(f.archives.at(4)));
        QTRY_COMPARE_WITH_TIMEOUT(m.rowCount(), f.archives.size() - 2, 30000);
        QVERIFY(removed.size() >= 1);
        QCOMPARE(reset.size(), 0);
        QVERIFY(kept.isValid());
        QCOMPARE(kept.data(ArchiveTableModel::PathRole).toString(), keep);
        QCOMPARE(m.rowOf(keep), kept.row());
        QStringList left;
        for (int row = 0; row < m.rowCount(); ++row) {
            left.append(m.entryAt(row).path);
            QCOMPARE(m.rowOf(m.entryAt(row).path), row);
        }
        left.sort();
        QStringList expected{f.archives.at(1), f.archives.at(3), added};
        expected.sort();
        QCOMPARE(left, expected);
    }
};

QTEST_GUILESS_MAIN(TestArchiveTableModel)
#include "tst_archivetablemodel.moc"
