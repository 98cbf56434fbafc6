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
        QCOMPARE(Codecs::known(),
                 (QList<Codec>{Codec::Gzip, Codec::Bzip2, Codec::Xz, Codec::Zstd}));
        QCOMPARE(Codecs::knownNames(), (QStringList{"gzip", "bzip2", "xz", "zstd"}));
        for (Codec codec : Codecs::known())
            QCOMPARE(Codecs::fromName(Codecs::name(codec)), std::optional<Codec>(codec));
        QCOMPARE(Codecs::name(Codec::None), QString("none"));
        QCOMPARE(Codecs::fromName("none"), std::optional<Codec>(Codec::None));
        for (const char *unknown : {"", "GZIP", "gz", "lz4", "zst", " gzip", "None"})
            QVERIFY2(!Codecs::fromName(unknown), unknown);
    }

    void names_data()
    {
        QTest::addColumn<Codec>("codec");
        QTest::addColumn<QString>("extension");
        QTest::newRow("gzip") << Codec::Gzip << ".gz";
        QTest::newRow("bzip2") << Codec::Bzip2 << ".bz2";
        QTest::newRow("xz") << Codec::Xz << ".xz";
        QTest::newRow("zstd") << Codec::Zstd << ".zst";
    }
    void names()
    {
        QFETCH(Codec, codec);
        QFETCH(QString, extension);
        QCOMPARE(Codecs::extension(codec), extension);
        QCOMPARE(Codecs::fromFileName("app.log" + extension), codec);
        QCOMPARE(Codecs::fromFileName("/var/log/app/app_20240101T000000.log" + extension), codec);
        QCOMPARE(Codecs::fromFileName(extension), codec);
        QVERIFY(Codecs::isCompressedName("old_log.log" + extension));
        // The extension must end the name.
        QVERIFY(!Codecs::isCompressedName("app" + extension + ".log"));
        QCOMPARE(Codecs::fromFileName("app" + extension + ".1"), Codec::None);
    }

    void notCompressed()
    {
        QCOMPARE(Codecs::extension(Codec::None), QString());
        for (const char *name :
             {"app.log", "x.gzip", "x.bz", "x.zstd", "x.lz4", "x.tgz", "", "gz", "x.GZ", "x.ZST"}) {
            QVERIFY2(!Codecs::isCompressedName(name), name);
            QCOMPARE(Codecs::fromFileName(name), Codec::None);
        }
    }
};

QTEST_GUILESS_MAIN(TestCodecs)
#include "tst_codecs.moc"
