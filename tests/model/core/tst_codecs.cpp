// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "core/codecs.h"

#include <QTest>

using namespace Logkeeper;

class TestCodecs : public QObject
{
    Q_OBJECT
private slots:
    void known()
    {
        QCOMPARE(Codecs::known(), (QStringList{"gzip", "bzip2", "xz", "zstd"}));
        for (const QString &codec : Codecs::known())
            QVERIFY(Codecs::isKnown(codec));
        for (const char *unknown : {"", "none", "GZIP", "gz", "lz4", "zst", " gzip"})
            QVERIFY2(!Codecs::isKnown(unknown), unknown);
    }

    void names_data()
    {
        QTest::addColumn<QString>("codec");
        QTest::addColumn<QString>("extension");
        QTest::newRow("gzip") << "gzip"
                              << ".gz";
        QTest::newRow("bzip2") << "bzip2"
                               << ".bz2";
        QTest::newRow("xz") << "xz"
                            << ".xz";
        QTest::newRow("zstd") << "zstd"
                              << ".zst";
    }
    void names()
    {
        QFETCH(QString, codec);
        QFETCH(QString, extension);
        QCOMPARE(Codecs::extension(codec), extension);
        QCOMPARE(Codecs::fromFileName("app.log" + extension), codec);
        QCOMPARE(Codecs::fromFileName("/var/log/app/app_20240101T000000.log" + extension), codec);
        QCOMPARE(Codecs::fromFileName(extension), codec);
        QVERIFY(Codecs::isCompressedName("old_log.log" + extension));
        // The extension must end the name.
        QVERIFY(!Codecs::isCompressedName("app" + extension + ".log"));
        QCOMPARE(Codecs::fromFileName("app" + extension + ".1"), QString());
    }

    void notCompressed()
    {
        QCOMPARE(Codecs::extension("lz4"), QString());
        QCOMPARE(Codecs::extension("none"), QString());
        QCOMPARE(Codecs::extension(""), QString());
        for (const char *name :
             {"app.log", "x.gzip", "x.bz", "x.zstd", "x.lz4", "x.tgz", "", "gz", "x.GZ", "x.ZST"}) {
            QVERIFY2(!Codecs::isCompressedName(name), name);
            QCOMPARE(Codecs::fromFileName(name), QString());
        }
    }
};

QTEST_GUILESS_MAIN(TestCodecs)
#include "tst_codecs.moc"
