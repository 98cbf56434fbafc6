// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
// A writer holding one O_APPEND descriptor at several MB/s through ten and more rotations of
// the real daemon: every byte exactly once across the archives (in order) and the active file,
// with copytruncate and with rename plus a post_rotate hook that tells the writer to reopen.

#include "core/archivenaming.h"
#include "core/codecs.h"
#include "testutil.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

using namespace Logkeeper;

namespace {

// Set by SIGHUP, which the post_rotate hook sends to this test process.
std::atomic_bool reopenRequested{false};

// Writes numbered lines through one O_APPEND descriptor at several MB/s, and reopens the file
// by name on SIGHUP, as a daemon's logger does.
class Writer : public QThread
{
public:
    explicit Writer(const QString &path) : m_path(path) {}
    std::atomic_bool stop{false};
    std::atomic_int written{0};
    int reopens = 0;
    qint64 elapsedMs = 1;

protected:
    void run() override
    {
        QElapsedTimer timer;
        timer.start();
        int fd = open();
        while (!stop) {
            if (reopenRequested.exchange(false)) {
                ::close(fd);
                fd = open();
                ++reopens;
            }
            const QByteArray lines = TestUtil::numberedLines("w", written, 50, 100);
            if (::write(fd, lines.constData(), size_t(lines.size())) != lines.size())
                break;
            written += 50;
            QThread::usleep(1000); // several MB/s
        }
        ::close(fd);
        elapsedMs = qMax<qint64>(1, timer.elapsed());
    }

private:
    int open()
    {
        return ::open(QFile::encodeName(m_path).constData(),
                      O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
    }
    QString m_path;
};

} // namespace

class TestWriterFaults : public QObject
{
    Q_OBJECT
private slots:
    // A writer appending through many rotations: every line exactly once, across the archives
    // (in order) and the active file, for both strategies.
    void writerThroughManyRotations_data()
    {
        QTest::addColumn<QString>("strategy");
        QTest::newRow("copytruncate") << "copytruncate";
        QTest::newRow("rename + SIGHUP hook") << "rename";
    }
    void writerThroughManyRotations()
    {
        QFETCH(QString, strategy);
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath("logs")));
        QJsonObject set{
            {"name", "busy"},
            {"log_dir", dir.filePath("logs")},
            {"active_log", "app.log"},
            {"rotation", QJsonObject{{"max_size_mb", 0.2}, {"strategy", strategy}}},
            {"archival", QJsonObject{{"codec", "gzip"}}},
        };
        if (strategy == "rename")
            set.insert("hooks", QJsonObject{{"post_rotate",
                                             QStringLiteral("kill -HUP %1").arg(::getpid())}});
        const QJsonObject config{
            {"log_sets", QJsonArray{set}},
            {"debounce_time", 0.2},
            {"max_wait", 0.5},
            {"state_file", dir.filePath("state.json")},
        };
        QVERIFY(TestUtil::writeFile(dir.filePath("config.json"), QJsonDocument(config).toJson()));
        QProcess daemon;
        daemon.setProcessEnvironment(TestUtil::isolatedEnvironment(dir.path()));
        daemon.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        daemon.start(LOGKEEPER_BINARY, {"--headless", "--config", dir.filePath("config.json")});
        QVERIFY(daemon.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(dir.filePath("logs/archive")), 10000);

        struct sigaction onHup = {};
        onHup.sa_handler = [](int) {
            reopenRequested = true;
        };
        ::sigaction(SIGHUP, &onHup, nullptr);
        reopenRequested = false;
        Writer writer(dir.filePath("logs/app.log"));
        writer.start();
        QTRY_VERIFY_WITH_TIMEOUT(TestUtil::compressedIn(dir.filePath("logs/archive")).size() >= 10,
                                 120000);
        writer.stop = true;
        writer.wait();
        // Let the last rotated file settle and be compressed, then stop the daemon.
        auto uncompressedLeft = [&] {
            for (const QString &name : TestUtil::entries(dir.filePath("logs/archive")))
                if (!Codecs::isCompressedName(name))
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(!uncompressedLeft(), 30000);
        daemon.terminate();
        QVERIFY(daemon.waitForFinished(20000));

        QByteArray all;
        const QStringList archives = TestUtil::compressedIn(dir.filePath("logs/archive"));
        for (const QString &name : archives)
            all += TestUtil::readArchive(dir.filePath("logs/archive/" + name));
        all += TestUtil::readFile(dir.filePath("logs/app.log"));
        const QByteArray expected = TestUtil::numberedLines("w", 0, writer.written, 100);
        qInfo(
            "%s: %d lines (%.1f MB at %.1f MB/s) through %lld archives; %lld bytes lost or doubled",
            qPrintable(strategy), int(writer.written), expected.size() / 1e6,
            expected.size() / 1e6 / (writer.elapsedMs / 1000.0), qint64(archives.size()),
            qint64(expected.size() - all.size()));
        if (strategy == "copytruncate" && !TestUtil::supportsCollapse(dir.path())) {
            // No FALLOC_FL_COLLAPSE_RANGE here (tmpfs, ...): the truncate window can lose the
            // lines written in it, never double or reorder any. Reported above; ext4/XFS are exact.
            QVERIFY(all.size() <= expected.size());
            const int torn = TestUtil::tornLinesIfOrdered(all, 1, 100);
            QVERIFY2(torn >= 0, "a line was doubled or reordered");
            QVERIFY(torn <= archives.size() + 1);
        } else {
            QCOMPARE(all.size(), expected.size());
            QVERIFY(all == expected);
        }
        if (strategy == "rename")
            QVERIFY(writer.reopens >= 10);
    }
};

QTEST_GUILESS_MAIN(TestWriterFaults)
#include "tst_writerfaults.moc"
