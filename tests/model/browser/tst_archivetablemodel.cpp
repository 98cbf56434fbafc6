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
            dir + "/" + rotated + (codec == "none" ? QString() : Codecs::extension(codec));
        const auto r = ArchiveCompressor::compress(source, target, codec, -1);
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
        const QStringList codecs = CompressionBackend::instance().codecs();
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
        QCOMPARE(m.columnCount(), 8);
        QCOMPARE(m.rowCount(), f.archives.size());
        const QStringList headers{"Set",        "Original file", "Rotated at", "Size",
                                  "Compressed", "Ratio",         "Codec",      "File name"};
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
            const QString codec = Codecs::fromFileName(name);
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
            QCOMPARE(cell(ArchiveTableModel::CodecColumn).toString(),
                     codec.isEmpty() ? QString("none") : codec);

            // Raw values for sorting and filtering.
            QCOMPARE(cell(ArchiveTableModel::SizeColumn, ArchiveTableModel::SortRole), size);
            QCOMPARE(cell(ArchiveTableModel::CompressedColumn, ArchiveTableModel::SortRole),
                     onDisk);
            QCOMPARE(cell(ArchiveTableModel::RatioColumn, ArchiveTableModel::SortRole).toDouble(),
                     double(onDisk) / size);
            QCOMPARE(cell(ArchiveTableModel::RotatedAtColumn, ArchiveTableModel::SortRole),
                     QVariant(ArchiveNaming::rotatedAt(name)));
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
