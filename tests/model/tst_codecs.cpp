#include "codecs.h"

#include <QTest>

class TestCodecs : public QObject
{
    Q_OBJECT
private slots:
    void names()
    {
        QCOMPARE(Codecs::known(), (QStringList{"gzip", "bzip2", "xz", "zstd"}));
        QCOMPARE(Codecs::extension("gzip"), QString(".gz"));
        QCOMPARE(Codecs::extension("bzip2"), QString(".bz2"));
        QCOMPARE(Codecs::extension("xz"), QString(".xz"));
        QCOMPARE(Codecs::extension("zstd"), QString(".zst"));
        QCOMPARE(Codecs::extension("lz4"), QString());
        QVERIFY(Codecs::isKnown("zstd"));
        QVERIFY(!Codecs::isKnown("GZIP"));
        QCOMPARE(Codecs::fromFileName("app_1.log.zst"), QString("zstd"));
        QCOMPARE(Codecs::fromFileName("app.log"), QString());
        QVERIFY(Codecs::isCompressedName("old_log.log.gz"));
        QVERIFY(!Codecs::isCompressedName("x.gzip"));
    }
};

QTEST_GUILESS_MAIN(TestCodecs)
#include "tst_codecs.moc"
