// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
// The running daemon (the real binary, headless) when things change under it: its config file
// replaced by garbage, its archive folder removed, its active log deleted, replaced or turned
// into a symlink. Whatever happens: it keeps running, says what is wrong, loses nothing, and
// carries on as soon as it can.

#include "core/codecs.h"
#include "testutil.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <memory>
#include <unistd.h>

using namespace Logkeeper;

namespace {

// The headless daemon on its own folders, its stderr collected as it comes.
class Daemon : public QObject
{
public:
    explicit Daemon(const QTemporaryDir &dir)
    {
        m_process.setProcessEnvironment(TestUtil::isolatedEnvironment(dir.path()));
        m_process.setStandardOutputFile(QProcess::nullDevice());
        connect(&m_process, &QProcess::readyReadStandardError, this,
                [this] { m_err += QString::fromUtf8(m_process.readAllStandardError()); });
        m_process.start(LOGKEEPER_BINARY, {"--headless", "--config", dir.filePath("config.json")});
    }
    ~Daemon() override
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    bool running() const { return m_process.state() == QProcess::Running; }
    QString err() const { return m_err; }
    // SIGTERM; the exit code of a clean stop.
    int stop()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(30000))
            return -1;
        m_err += QString::fromUtf8(m_process.readAllStandardError());
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }

private:
    QProcess m_process;
    QString m_err;
};

QByteArray configFor(const QTemporaryDir &dir, double maxSizeMb)
{
    return QJsonDocument(QJsonObject{
                             {"log_sets", QJsonArray{QJsonObject{
                                              {"name", "app"},
                                              {"log_dir", dir.filePath("logs")},
                                              {"active_log", "app.log"},
                                              {"rotation", QJsonObject{{"max_size_mb", maxSizeMb}}},
                                          }}},
                             {"debounce_time", 0.2},
                             {"max_wait", 1},
                             {"poll_interval", 1},
                             {"state_file", dir.filePath("state.json")},
                         })
        .toJson();
}

QStringList archivesIn(const QString &dir)
{
    QStringList out;
    for (const QString &name : TestUtil::entries(dir)) {
        if (Codecs::isCompressedName(name))
            out.append(name);
    }
    return out;
}

// Over 10 KiB: due at a limit of 0.01 MB.
QByteArray big(const QByteArray &tag)
{
    return TestUtil::numberedLines(tag, 0, 400);
}

} // namespace

class TestDaemonFaults : public QObject
{
    Q_OBJECT

    // Starts the daemon on logs/app.log holding `initial`; returns once it has looked at it.
    static bool start(QTemporaryDir &dir, std::unique_ptr<Daemon> *daemon,
                      const QByteArray &initial = "a line\n")
    {
        if (!QDir().mkpath(dir.filePath("logs")) ||
            !TestUtil::writeFile(dir.filePath("logs/app.log"), initial) ||
            !TestUtil::writeFile(dir.filePath("config.json"), configFor(dir, 0.01)))
            return false;
        *daemon = std::make_unique<Daemon>(dir);
        // The first check writes the state file (where the log's content began).
        QElapsedTimer t;
        t.start();
        while (!QFile::exists(dir.filePath("state.json")) && t.elapsed() < 30000)
            QTest::qWait(20);
        return QFile::exists(dir.filePath("state.json")) && (*daemon)->running();
    }

private slots:
    // The config file replaced by garbage while the daemon runs: the change is rejected with
    // a message naming the file, the last good config stays in force (logs still rotate by
    // it), and a good config applies again.
    void configReplacedByGarbage_data()
    {
        QTest::addColumn<QByteArray>("garbage");
        QTest::addColumn<bool>("byRename");
        QByteArray noise(1 << 20, Qt::Uninitialized);
        for (int i = 0; i < noise.size(); ++i)
            noise[i] = char((i * 2654435761u) >> 13);
        QTest::newRow("binary noise, written in place") << noise << false;
        QTest::newRow("truncated JSON, renamed over it")
            << QByteArray("{\"log_sets\": [{\"log_dir\": \"/tmp\", \"acti") << true;
        QTest::newRow("wrong types, written in place")
            << QByteArray(R"({"log_sets": [{"log_dir": 5, "rotation": "big"}]})") << false;
    }
    void configReplacedByGarbage()
    {
        QFETCH(QByteArray, garbage);
        QFETCH(bool, byRename);
        QTemporaryDir dir;
        std::unique_ptr<Daemon> daemon;
        QVERIFY(start(dir, &daemon));

        const QString config = dir.filePath("config.json");
        if (byRename) {
            QVERIFY(TestUtil::writeFile(config + ".new", garbage));
            QVERIFY(::rename(qPrintable(config + ".new"), qPrintable(config)) == 0);
        } else {
            QVERIFY(TestUtil::writeFile(config, garbage));
        }
        QTRY_VERIFY_WITH_TIMEOUT(daemon->err().contains("config change rejected"), 30000);
        QVERIFY2(daemon->err().contains(config), qPrintable(daemon->err().right(2000)));
        QVERIFY(daemon->running());

        // The last good config still rotates the log.
        const QByteArray content = big("kept");
        QVERIFY(TestUtil::writeFile(dir.filePath("logs/app.log"), content));
        QTRY_COMPARE_WITH_TIMEOUT(archivesIn(dir.filePath("logs/archive")).size(), 1, 30000);
        const QString archive =
            dir.filePath("logs/archive/") + archivesIn(dir.filePath("logs/archive")).first();
        QCOMPARE(TestUtil::readArchive(archive) + TestUtil::readFile(dir.filePath("logs/app.log")),
                 content);

        // A good config again: applied (a limit of 1 MB leaves the next 20 KiB alone).
        QVERIFY(TestUtil::writeFile(config, configFor(dir, 1)));
        QTRY_VERIFY_WITH_TIMEOUT(daemon->err().contains("reloaded"), 30000);
        QVERIFY(TestUtil::writeFile(dir.filePath("logs/app.log"), big("small now")));
        QTest::qWait(2500); // past debounce and a poll: nothing may happen, so nothing to wait for
        QCOMPARE(archivesIn(dir.filePath("logs/archive")).size(), 1);
        QCOMPARE(daemon->stop(), 0);
    }

    // The archive folder removed while the daemon runs: the next rotation recreates it.
    void archiveFolderRemovedWhileRunning()
    {
        QTemporaryDir dir;
        std::unique_ptr<Daemon> daemon;
        QVERIFY(start(dir, &daemon));
        const QString archiveDir = dir.filePath("logs/archive");
        QVERIFY(TestUtil::writeFile(dir.filePath("logs/app.log"), big("one")));
        QTRY_COMPARE_WITH_TIMEOUT(archivesIn(archiveDir).size(), 1, 30000);

        QVERIFY(QDir(archiveDir).removeRecursively());
        const QByteArray two = big("two");
        QVERIFY(TestUtil::writeFile(dir.filePath("logs/app.log"), two));
        QTRY_COMPARE_WITH_TIMEOUT(archivesIn(archiveDir).size(), 1, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(TestUtil::entries(archiveDir).size(), 1, 30000);
        QCOMPARE(TestUtil::readArchive(archiveDir + "/" + archivesIn(archiveDir).first()) +
                     TestUtil::readFile(dir.filePath("logs/app.log")),
                 two);
        QVERIFY(daemon->running());
        QCOMPARE(daemon->stop(), 0);
    }

    // The active log deleted, replaced by another file, or replaced by a symlink while the
    // daemon watches it.
    void activeLogDeleted()
    {
        QTemporaryDir dir;
        std::unique_ptr<Daemon> daemon;
        QVERIFY(start(dir, &daemon));
        QVERIFY(QFile::remove(dir.filePath("logs/app.log")));
        QTest::qWait(2500); // past debounce and a poll: nothing may happen, so nothing to wait for
        QVERIFY(daemon->running());
        // The only error: the log is missing (no missing_ok, logrotate's nomissingok).
        for (const QString &line : daemon->err().split('\n')) {
            if (line.contains("ERROR") || line.contains("CRITICAL"))
                QVERIFY2(line.contains("the log of set 'app' does not exist"), qPrintable(line));
        }
        QVERIFY(archivesIn(dir.filePath("logs/archive")).isEmpty());

        // Written again (by a writer that recreates it): watched and rotated as before.
        const QByteArray content = big("again");
        QVERIFY(TestUtil::writeFile(dir.filePath("logs/app.log"), content));
        QTRY_COMPARE_WITH_TIMEOUT(archivesIn(dir.filePath("logs/archive")).size(), 1, 30000);
        QCOMPARE(TestUtil::readArchive(dir.filePath("logs/archive/") +
                                       archivesIn(dir.filePath("logs/archive")).first()) +
                     TestUtil::readFile(dir.filePath("logs/app.log")),
                 content);
        QCOMPARE(daemon->stop(), 0);
    }

    void activeLogReplaced()
    {
        QTemporaryDir dir;
        std::unique_ptr<Daemon> daemon;
        QVERIFY(start(dir, &daemon));
        // Another file renamed over the log: a new inode under the old name.
        const QByteArray content = big("new file");
        QVERIFY(TestUtil::writeFile(dir.filePath("logs/app.log.new"), content));
        QVERIFY(::rename(qPrintable(dir.filePath("logs/app.log.new")),
                         qPrintable(dir.filePath("logs/app.log"))) == 0);
        QTRY_COMPARE_WITH_TIMEOUT(archivesIn(dir.filePath("logs/archive")).size(), 1, 30000);
        QCOMPARE(TestUtil::readArchive(dir.filePath("logs/archive/") +
                                       archivesIn(dir.filePath("logs/archive")).first()) +
                     TestUtil::readFile(dir.filePath("logs/app.log")),
                 content);
        QVERIFY(daemon->running());
        QCOMPARE(daemon->stop(), 0);
    }

    void activeLogBecomesASymlink()
    {
        QTemporaryDir dir;
        std::unique_ptr<Daemon> daemon;
        QVERIFY(start(dir, &daemon));
        const QByteArray outside = big("not ours");
        QVERIFY(TestUtil::writeFile(dir.filePath("outside.log"), outside));
        QVERIFY(QFile::remove(dir.filePath("logs/app.log")));
        QVERIFY(QFile::link(dir.filePath("outside.log"), dir.filePath("logs/app.log")));
        QTRY_VERIFY_WITH_TIMEOUT(daemon->err().contains("symlink"), 30000);
        QVERIFY2(daemon->err().contains(dir.filePath("logs/app.log")), qPrintable(daemon->err()));
        QVERIFY(daemon->running());
        QCOMPARE(TestUtil::readFile(dir.filePath("outside.log")), outside);
        QVERIFY(TestUtil::entries(dir.filePath("logs/archive")).isEmpty());
        QCOMPARE(daemon->stop(), 0);
        QCOMPARE(TestUtil::readFile(dir.filePath("outside.log")), outside);
    }
};

QTEST_GUILESS_MAIN(TestDaemonFaults)
#include "tst_daemonfaults.moc"
