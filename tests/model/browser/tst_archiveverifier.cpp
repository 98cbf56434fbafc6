// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "browser/archivesizeprobe.h"
#include "browser/archiveverifier.h"
#include "compression/archivecompressor.h"
#include "core/codecs.h"

#include "testutil.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/xattr.h>

using namespace Logkeeper;

// "Test Archive" on real archives of every codec: intact ones pass, damaged ones name the file.
class TestArchiveVerifier : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString makeArchive(const QString &codec, int lines, const QString &name)
    {
        const QString source = m_dir.filePath(name + ".src");
        if (!TestUtil::writeFile(source, TestUtil::numberedLines(name.toUtf8(), 0, lines)))
            return {};
        const QString target = m_dir.filePath(name + TestUtil::extension(codec));
        const auto r = TestUtil::compress(source, target, codec, -1);
        QFile::remove(source);
        return r.ok ? target : QString();
    }

private slots:
    void intactArchivesPass_data()
    {
        QTest::addColumn<QString>("codec");
        for (const QString &codec : TestUtil::codecNames())
            QTest::newRow(qPrintable(codec)) << codec;
    }
    void intactArchivesPass()
    {
        QFETCH(QString, codec);
        const QString archive = makeArchive(codec, 3000, "intact-" + codec);
        QVERIFY(!archive.isEmpty());
        const ArchiveVerifier::Result r = ArchiveVerifier::verifyNow(archive, CancelToken());
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.bytes, qint64(3000 * 80));
        QCOMPARE(r.path, archive);
    }

    void truncatedArchiveFailsNamingIt()
    {
        const QString archive = makeArchive("gzip", 3000, "truncated");
        QVERIFY(!archive.isEmpty());
        QVERIFY(QFile::resize(archive, QFileInfo(archive).size() / 2));
        const ArchiveVerifier::Result r = ArchiveVerifier::verifyNow(archive, CancelToken());
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains("truncated.gz"), qPrintable(r.error));
    }

    // An archive that decompresses cleanly but to another size than Logkeeper recorded when
    // it wrote it is not what was archived.
    void sizeOtherThanRecordedFails()
    {
        const QString archive = makeArchive("gzip", 100, "resized");
        QVERIFY(!archive.isEmpty());
        const QByteArray wrong = "12345";
        QCOMPARE(::lsetxattr(QFile::encodeName(archive).constData(),
                             ArchiveSizeProbe::sizeAttribute(), wrong.constData(),
                             size_t(wrong.size()), 0),
                 0);
        const ArchiveVerifier::Result r = ArchiveVerifier::verifyNow(archive, CancelToken());
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains("12345") && r.error.contains("resized.gz"), qPrintable(r.error));
    }

    // Several at once, as a WorkPool job: one result each, in order, progress up to the total.
    void verifiesSeveralInTheBackground()
    {
        const QString a = makeArchive("gzip", 2000, "bg-a");
        const QString b = makeArchive(TestUtil::codecNames().last(), 500, "bg-b");
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        ArchiveVerifier verifier;
        QSignalSpy finished(&verifier, &ArchiveVerifier::finished);
        QSignalSpy progress(&verifier, &ArchiveVerifier::progress);
        verifier.verify({a, b});
        QVERIFY(verifier.isRunning());
        QVERIFY(finished.wait(60000));
        QVERIFY(!verifier.isRunning());
        const auto results = finished.at(0).at(0).value<QVector<ArchiveVerifier::Result>>();
        QCOMPARE(finished.at(0).at(1).toBool(), false);
        QCOMPARE(results.size(), 2);
        QCOMPARE(results.at(0).path, a);
        QCOMPARE(results.at(1).path, b);
        QVERIFY(results.at(0).ok && results.at(1).ok);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toLongLong(), progress.last().at(1).toLongLong());
    }

    // Destroyed while verifying: it stops and reports nothing.
    void destroyedWhileVerifying()
    {
        QStringList many;
        for (int i = 0; i < 4; ++i) {
            many << makeArchive("xz", 20000, QString("many-%1").arg(i));
            QVERIFY(!many.last().isEmpty());
        }
        bool reported = false;
        {
            ArchiveVerifier verifier;
            connect(&verifier, &ArchiveVerifier::finished, this, [&] { reported = true; });
            verifier.verify(many);
        }
        QCoreApplication::processEvents();
        QVERIFY(!reported);
    }
};

QTEST_GUILESS_MAIN(TestArchiveVerifier)
#include "tst_archiveverifier.moc"
