// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
// The worker and the engine with an injected fake compression backend (tests/fakes) that fails
// mid-stream, writes corrupt output or crawls: the rotated file and its content always stay,
// no archive is left half made, the error says what happened, and a later pass with a working
// backend finishes the job.

#include "engine/engine.h"
#include "engine/rotationworker.h"

#include "core/archivenaming.h"
#include "fakes/fakecompressionbackend.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Logkeeper;

class TestBackendFaults : public QObject
{
    Q_OBJECT

    static Config config(const QTemporaryDir &dir, Codec codec)
    {
        LogSetConfig set;
        set.name = "fake";
        set.logDir = dir.filePath("logs");
        set.archiveDir = dir.filePath("logs/archive");
        set.activeLog = "app.log";
        set.codec = codec;
        Config c;
        c.logSets = {set};
        c.debounceSeconds = 0.1;
        c.maxWaitSeconds = 2;
        c.stateFile = dir.filePath("state.json");
        return c;
    }

    // What is in the archive folder: only rotated files of app.log, none compressed, no
    // temporary files.
    static QStringList rotatedOnly(const QString &archiveDir)
    {
        QStringList out;
        for (const QString &name : TestUtil::entries(archiveDir)) {
            if (!ArchiveNaming::isRotatedNameOf(name, "app.log", false))
                return {"unexpected: " + name};
            out << name;
        }
        return out;
    }

private slots:
    void failureOrCorruption_data()
    {
        QTest::addColumn<Codec>("codec");
        QTest::addColumn<QString>("cause");
        QTest::newRow("fails mid-stream") << Codec::Zstd << "fake zstd failed after 3000000 bytes";
        QTest::newRow("fails in a block") << Codec::Gzip << "fake gzip failed after 1048576 bytes";
        QTest::newRow("corrupt output") << Codec::Xz << "verification failed";
        QTest::newRow("corrupt blocks") << Codec::Bzip2 << "verification failed";
    }
    void failureOrCorruption()
    {
        QFETCH(Codec, codec);
        QFETCH(QString, cause);
        QTemporaryDir dir;
        const QByteArray content = TestUtil::numberedLines("f", 0, 70000); // 5.6 MB
        QVERIFY(TestUtil::writeFile(dir.filePath("logs/app.log"), content));
        const Config c = config(dir, codec);
        const auto faulty = FakeCompressionBackend::fromFixture("faulty.json");
        {
            RotationWorker worker(*faulty);
            QSignalSpy failed(&worker, &RotationWorker::failed);
            const auto s = worker.runOnce(c, true, false);
            QCOMPARE(s.rotations, 1);
            QCOMPARE(s.archives, 0);
            QCOMPARE(s.failures, 1);
            const Failure f = failed.at(0).at(0).value<Failure>();
            QCOMPARE(f.kind, Failure::Kind::Archiving);
            QCOMPARE(f.setName, QString("fake"));
            QVERIFY2(f.text().contains(cause) &&
                         f.text().endsWith("; the rotated file is kept and retried"),
                     qPrintable(f.text()));
            const QStringList kept = rotatedOnly(dir.filePath("logs/archive"));
            QCOMPARE(kept.size(), 1);
            QCOMPARE(f.path, dir.filePath("logs/archive/" + kept.first()));
            QCOMPARE(TestUtil::readFile(f.path), content);
        }
        // A working backend: the next pass archives what was kept.
        const auto working = FakeCompressionBackend::fromFixture("working.json");
        RotationWorker worker(*working);
        const auto s = worker.runOnce(c, false, false);
        QCOMPARE(s.failures, 0);
        QCOMPARE(s.archives, 1);
        const QStringList files = TestUtil::entries(dir.filePath("logs/archive"));
        QCOMPARE(files.size(), 1);
        QVERIFY(files.first().endsWith(Codecs::extension(codec)));
        QCOMPARE(
            TestUtil::readArchive(dir.filePath("logs/archive/" + files.first()), nullptr, *working),
            content);
    }

    // Stopped in the middle of a slow compression (deterministically: from the codec's own
    // progress): nothing half made, no failure, the rotated file kept for the next pass.
    void stopMidCompression()
    {
        QTemporaryDir dir;
        const QByteArray content = TestUtil::numberedLines("s", 0, 100000); // 8 MB
        QVERIFY(TestUtil::writeFile(dir.filePath("logs/app.log"), content));
        const auto slow = FakeCompressionBackend::fromFixture("slow.json");
        RotationWorker worker(*slow);
        slow->setChunkCallback([&worker](int) { worker.requestStop(); });
        const auto s = worker.runOnce(config(dir, Codec::Gzip), true, false);
        QCOMPARE(s.rotations, 1);
        QCOMPARE(s.archives, 0);
        QCOMPARE(s.failures, 0);
        QCOMPARE(slow->chunksCompressed(), 1);
        const QStringList kept = rotatedOnly(dir.filePath("logs/archive"));
        QCOMPARE(kept.size(), 1);
        QCOMPARE(TestUtil::readFile(dir.filePath("logs/archive/" + kept.first())), content);
    }

    // The daemon: Engine::stop() while its worker compresses through a slow backend; a restart
    // with a working one archives the rotated file.
    void engineStopsMidCompression()
    {
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath("logs")));
        const QJsonObject json{
            {"log_sets", QJsonArray{QJsonObject{
                             {"name", "fake"},
                             {"log_dir", dir.filePath("logs")},
                             {"active_log", "app.log"},
                             {"rotation", QJsonObject{{"max_size_mb", 1}}},
                         }}},
            {"debounce_time", 0.1},
            {"poll_interval", 3600},
            {"state_file", dir.filePath("state.json")},
        };
        QVERIFY(TestUtil::writeFile(dir.filePath("config.json"), QJsonDocument(json).toJson()));
        const QByteArray content = TestUtil::numberedLines("e", 0, 300000); // 24 MB: 24 chunks
        QVERIFY(TestUtil::writeFile(dir.filePath("logs/app.log"), content));
        const auto slow = FakeCompressionBackend::fromFixture("slow.json");
        {
            Engine engine;
            engine.setCompressionBackend(*slow);
            QSignalSpy archived(&engine, &Engine::archived);
            QSignalSpy failed(&engine, &Engine::failed);
            QString error;
            QVERIFY2(engine.start(dir.filePath("config.json"), &error), qPrintable(error));
            QTRY_VERIFY_WITH_TIMEOUT(slow->chunksCompressed() > 0, 30000);
            engine.stop();
            QVERIFY(slow->chunksCompressed() < 24);
            QVERIFY(archived.isEmpty());
            QVERIFY(failed.isEmpty());
        }
        const QStringList kept = rotatedOnly(dir.filePath("logs/archive"));
        QCOMPARE(kept.size(), 1);
        QCOMPARE(TestUtil::readFile(dir.filePath("logs/archive/" + kept.first())), content);

        const auto working = FakeCompressionBackend::fromFixture("working.json");
        Engine engine;
        engine.setCompressionBackend(*working);
        QSignalSpy archived(&engine, &Engine::archived);
        QString error;
        QVERIFY2(engine.start(dir.filePath("config.json"), &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(archived.size(), 1, 30000);
        QCOMPARE(archived.at(0).at(2).toString(), dir.filePath("logs/archive/" + kept.first()));
        QCOMPARE(TestUtil::readArchive(archived.at(0).at(1).toString(), nullptr, *working),
                 content);
        engine.stop();
    }
};

QTEST_GUILESS_MAIN(TestBackendFaults)
#include "tst_backendfaults.moc"
