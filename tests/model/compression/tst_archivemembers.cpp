// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "compression/archivecompressor.h"
#include "compression/archivemembers.h"
#include "viewer/logdocument.h"

#include "archivemaker.h"
#include "testutil.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Logkeeper;

namespace {
QList<ArchiveMaker::Entry> sampleEntries()
{
    QByteArray big;
    for (int i = 0; i < 60000; ++i)
        big += "app line " + QByteArray::number(i) + (i % 3 ? "\n" : "\r\n");
    return {
        {"logs", {}, true},
        {"logs/first.log", "first one\nfirst two\n"},
        {"logs/app.log", big + "unterminated tail"},
        {QString::fromUtf8("logs/caf\xc3\xa9.log"), "\n\nthird\n"},
    };
}

QStringList linesOf(const QByteArray &text)
{
    QList<QByteArray> raw = text.split('\n');
    if (text.endsWith('\n') || text.isEmpty())
        raw.removeLast();
    QStringList lines;
    for (QByteArray line : raw) {
        if (line.endsWith('\r'))
            line.chop(1);
        lines.append(QString::fromUtf8(line));
    }
    return lines;
}
} // namespace

class TestArchiveMembers : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QStringList names(const QList<ArchiveMembers::Member> &members)
    {
        QStringList out;
        for (const auto &m : members)
            out.append(m.name);
        return out;
    }

private slots:
    void initTestCase() { qputenv("TMPDIR", m_dir.path().toLocal8Bit()); }

    void listsAndReadsMembers_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("filter");
        QTest::newRow("tar") << "pax"
                             << "";
        QTest::newRow("tar.gz") << "pax"
                                << "gzip";
        QTest::newRow("tar.bz2") << "ustar"
                                 << "bzip2";
        QTest::newRow("tar.xz") << "pax"
                                << "xz";
        QTest::newRow("tar.zst") << "pax"
                                 << "zstd";
        QTest::newRow("zip") << "zip"
                             << "";
        QTest::newRow("7z") << "7zip"
                            << "";
        QTest::newRow("cpio") << "cpio"
                              << "";
    }
    void listsAndReadsMembers()
    {
        QFETCH(QString, format);
        QFETCH(QString, filter);
        const QString path = m_dir.filePath(QString("sample-%1-%2").arg(format, filter));
        const QList<ArchiveMaker::Entry> entries = sampleEntries();
        QString error;
        QVERIFY2(ArchiveMaker::write(path, format, filter, entries, &error), qPrintable(error));

        const ArchiveMembers::Listing listing = ArchiveMembers::listMembers(path);
        QVERIFY2(listing.error.isEmpty(), qPrintable(listing.error));
        QVERIFY(listing.isArchive);
        // Regular files only, in archive order, with their sizes.
        QCOMPARE(names(listing.members), (QStringList{"logs/first.log", "logs/app.log",
                                                      QString::fromUtf8("logs/café.log")}));
        QCOMPARE(listing.members.at(1).size, qint64(entries.at(2).data.size()));

        // Each member reads exactly, line by line.
        for (int i = 1; i < entries.size(); ++i) {
            LogDocument doc;
            QSignalSpy finished(&doc, &LogDocument::finished);
            doc.open(path, entries.at(i).name);
            QVERIFY(finished.wait(120000));
            QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
            const QStringList expected = linesOf(entries.at(i).data);
            QCOMPARE(doc.lineCount(), qint64(expected.size()));
            const QList<LogDocument::Line> lines = doc.lines(0, doc.lineCount());
            for (int l = 0; l < expected.size(); ++l)
                QCOMPARE(lines.at(l).text, expected.at(l));
        }
    }

    // An archive with no files in it is still an archive (with nothing to pick), never its raw
    // bytes shown as text.
    void emptyArchivesAreArchives_data() { listsAndReadsMembers_data(); }
    void emptyArchivesAreArchives()
    {
        QFETCH(QString, format);
        QFETCH(QString, filter);
        const QString path = m_dir.filePath(QString("empty-%1-%2").arg(format, filter));
        QString error;
        QVERIFY2(ArchiveMaker::write(path, format, filter, {}, &error), qPrintable(error));
        const ArchiveMembers::Listing listing = ArchiveMembers::listMembers(path);
        QVERIFY2(listing.error.isEmpty(), qPrintable(listing.error));
        QVERIFY(listing.isArchive);
        QVERIFY(listing.members.isEmpty());
    }

    // Files that are not archives of files are read as a whole.
    void singleStreamsAreNotArchives()
    {
        const QByteArray text = TestUtil::numberedLines("plain", 0, 1000);
        QVERIFY(TestUtil::writeFile(m_dir.filePath("plain.log"), text));
        for (const QString &codec : QStringList{"gzip", "zstd", "xz", "bzip2"}) {
            const QString archive = m_dir.filePath("plain.log." + codec);
            QVERIFY(TestUtil::compress(m_dir.filePath("plain.log"), archive, codec, -1).ok);
            const auto listing = ArchiveMembers::listMembers(archive);
            QVERIFY2(!listing.isArchive, qPrintable(codec));
            QVERIFY2(listing.error.isEmpty(), qPrintable(listing.error));
        }
        QVERIFY(!ArchiveMembers::listMembers(m_dir.filePath("plain.log")).isArchive);
        QVERIFY(TestUtil::writeFile(m_dir.filePath("empty.log"), {}));
        QVERIFY(!ArchiveMembers::listMembers(m_dir.filePath("empty.log")).isArchive);
        // Binary noise neither.
        QByteArray noise(100000, Qt::Uninitialized);
        QRandomGenerator random(1);
        for (char &c : noise)
            c = char(random.bounded(256));
        QVERIFY(TestUtil::writeFile(m_dir.filePath("noise.bin"), noise));
        QVERIFY(!ArchiveMembers::listMembers(m_dir.filePath("noise.bin")).isArchive);
    }

    // Plain text (what the viewer follows as it grows) is told from compressed files and
    // archives of files, short and odd texts included.
    void tellsPlainText()
    {
        const QByteArray text = TestUtil::numberedLines("plain", 0, 100);
        QVERIFY(TestUtil::writeFile(m_dir.filePath("text.log"), text));
        QVERIFY(ArchiveMembers::isPlainFile(m_dir.filePath("text.log")));
        for (const QByteArray &odd :
             {QByteArray("first\nsec"), QByteArray("x"), QByteArray(),
              QByteArray("/set type=file\n. type=dir\n"), QByteArray("\x00\x01binary\xff")}) {
            QVERIFY(TestUtil::writeFile(m_dir.filePath("odd.log"), odd));
            QVERIFY2(ArchiveMembers::isPlainFile(m_dir.filePath("odd.log")), odd.constData());
        }
        for (const QString &codec : QStringList{"gzip", "zstd", "xz", "bzip2"}) {
            const QString archive = m_dir.filePath("text.log." + codec);
            QVERIFY(TestUtil::compress(m_dir.filePath("text.log"), archive, codec, -1).ok);
            QVERIFY2(!ArchiveMembers::isPlainFile(archive), qPrintable(codec));
        }
        const QString tar = m_dir.filePath("some.tar");
        QString error;
        QVERIFY2(ArchiveMaker::write(tar, "pax", "", sampleEntries(), &error), qPrintable(error));
        QVERIFY(!ArchiveMembers::isPlainFile(tar));
        QVERIFY(!ArchiveMembers::isPlainFile(m_dir.filePath("gone.log"), &error));
        QVERIFY(error.contains("gone.log"));
    }

    void missingFileAndMemberAreNamed()
    {
        const auto listing = ArchiveMembers::listMembers(m_dir.filePath("gone.tar"));
        QVERIFY(!listing.isArchive);
        QVERIFY(listing.error.contains(m_dir.filePath("gone.tar")));

        const QString path = m_dir.filePath("named.tar.gz");
        QVERIFY(ArchiveMaker::write(path, "pax", "gzip", sampleEntries()));
        LogDocument doc;
        QSignalSpy finished(&doc, &LogDocument::finished);
        doc.open(path, "logs/none.log");
        QVERIFY(finished.wait(120000));
        QVERIFY(!finished.at(0).at(0).toBool());
        const QString error = finished.at(0).at(1).toString();
        QVERIFY2(error.contains(path) && error.contains("logs/none.log"), qPrintable(error));
    }

    // A truncated tar.gz: the listing keeps the members before the damage and names the
    // archive; a member cut by it shows its lines up to there, with an error.
    void truncatedArchive()
    {
        const QString path = m_dir.filePath("cut.tar.gz");
        QList<ArchiveMaker::Entry> entries = sampleEntries();
        QByteArray noisy; // incompressible enough that half the archive is half the member
        QRandomGenerator random(2);
        for (int i = 0; i < 100000; ++i)
            noisy += "line " + QByteArray::number(i) + ' ' +
                     QByteArray::number(random.generate64(), 36) + '\n';
        entries.append({"logs/last.log", noisy});
        QVERIFY(ArchiveMaker::write(path, "pax", "gzip", entries));
        QFile f(path);
        QVERIFY(f.resize(f.size() * 2 / 3));

        const auto listing = ArchiveMembers::listMembers(path);
        QVERIFY(listing.isArchive);
        QVERIFY2(listing.error.contains(path), qPrintable(listing.error));
        QVERIFY(names(listing.members).contains("logs/last.log"));

        LogDocument doc;
        QSignalSpy finished(&doc, &LogDocument::finished);
        doc.open(path, "logs/last.log");
        QVERIFY(finished.wait(120000));
        QVERIFY(!finished.at(0).at(0).toBool());
        const QString error = finished.at(0).at(1).toString();
        QVERIFY2(error.contains(path), qPrintable(error));
        const QStringList expected = linesOf(noisy);
        QVERIFY(doc.lineCount() > 1000);
        QVERIFY(doc.lineCount() < expected.size());
        const QList<LogDocument::Line> lines = doc.lines(0, doc.lineCount() - 1);
        for (int l = 0; l < lines.size(); ++l)
            QCOMPARE(lines.at(l).text, expected.at(l));
    }

    void listingCanBeCancelled()
    {
        const QString path = m_dir.filePath("long.tar.xz");
        QList<ArchiveMaker::Entry> entries;
        QRandomGenerator random(3);
        for (int i = 0; i < 20; ++i) { // varied lines: several MB of archive, many reads
            QByteArray part;
            for (int l = 0; l < 20000; ++l)
                part += QByteArray::number(random.generate64(), 36) + '\n';
            entries.append({QString("part%1.log").arg(i), part});
        }
        QVERIFY(ArchiveMaker::write(path, "pax", "xz", entries));
        int polls = 0;
        const auto listing = ArchiveMembers::listMembers(path, [&] { return ++polls > 3; });
        QCOMPARE(listing.error, DecompressJob::cancelledMessage());
        QVERIFY(listing.members.size() < 20);
        // Uncancelled, all of them; and the same through the worker.
        QCOMPARE(ArchiveMembers::listMembers(path).members.size(), 20);
        ArchiveMembers members;
        QSignalSpy listed(&members, &ArchiveMembers::listed);
        members.list(path);
        QVERIFY(members.isListing());
        QVERIFY(listed.wait(120000));
        QCOMPARE(listed.at(0).at(0).toString(), path);
        const auto async = listed.at(0).at(1).value<ArchiveMembers::Listing>();
        QCOMPARE(async.members.size(), 20);
        QVERIFY(!members.isListing());
    }
};

QTEST_GUILESS_MAIN(TestArchiveMembers)
#include "tst_archivemembers.moc"
