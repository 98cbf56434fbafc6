// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "engine/statestore.h"

#include "testutil.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Logkeeper;

class TestStateStore : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("sub/state.json");
        const QDateTime since = QDateTime::currentDateTime().addDays(-3);
        {
            StateStore s(path);
            QString error;
            QVERIFY(s.load(&error)); // missing = empty
            QVERIFY(!s.entry("/var/log/app.log"));
            s.setEntry("/var/log/app.log", {since, 66306, 0xFFFFFFFFFFFFFFF1ull});
            QVERIFY2(s.save(&error), qPrintable(error));
        }
        StateStore s(path);
        QString error;
        QVERIFY(s.load(&error));
        const auto e = s.entry("/var/log/app.log");
        QVERIFY(e);
        QCOMPARE(e->contentSince.toMSecsSinceEpoch(), since.toMSecsSinceEpoch());
        QCOMPARE(e->device, quint64(66306));
        QCOMPARE(e->inode, 0xFFFFFFFFFFFFFFF1ull); // 64-bit inodes survive JSON
        QCOMPARE(TestUtil::entries(dir.filePath("sub")), QStringList{"state.json"});
    }

    // Issue 12 item 5: a truly corrupt state is moved aside with a warning naming both files,
    // never silently overwritten; the next save starts a fresh one.
    void corruptFileIsMovedAside()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("state.json");
        QVERIFY(TestUtil::writeFile(path, "{ not json"));
        StateStore s(path);
        QString error;
        QVERIFY(!s.load(&error));
        QVERIFY2(error.contains(path), qPrintable(error));
        const QStringList files = TestUtil::entries(dir.path());
        QCOMPARE(files.size(), 1);
        QVERIFY2(files.first().startsWith("state.json.corrupt-"), qPrintable(files.first()));
        QVERIFY2(error.contains(dir.filePath(files.first())), qPrintable(error));
        QCOMPARE(TestUtil::readFile(dir.filePath(files.first())), QByteArray("{ not json"));
        s.setEntry("/l/a.log", {QDateTime::currentDateTime(), 1, 2});
        QVERIFY2(s.save(&error), qPrintable(error));
        QVERIFY(QJsonDocument::fromJson(TestUtil::readFile(path)).isObject());
        QCOMPARE(TestUtil::readFile(dir.filePath(files.first())), QByteArray("{ not json"));
    }

    // Valid JSON of the wrong shape is just as corrupt: moved aside too.
    void wrongShapeIsMovedAside()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("state.json");
        QVERIFY(TestUtil::writeFile(path, "[1, 2, 3]"));
        StateStore s(path);
        QString error;
        QVERIFY(!s.load(&error));
        QCOMPARE(TestUtil::entries(dir.path()).size(), 1);
        QVERIFY(!QFileInfo::exists(path));
    }

    // A state that cannot be read (permissions, a folder in its place) is not corrupt: it stays,
    // and saving refuses to replace it rather than lose it.
    void unreadableStateIsNeverOverwritten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("state.json");
        QVERIFY(QDir().mkpath(path + "/inside"));
        StateStore s(path);
        QString error;
        QVERIFY(!s.load(&error));
        QVERIFY2(error.contains(path), qPrintable(error));
        s.setEntry("/l/a.log", {QDateTime::currentDateTime(), 1, 2});
        error.clear();
        QVERIFY(!s.save(&error));
        QVERIFY2(error.contains(path) && error.contains("not saving"), qPrintable(error));
        QVERIFY(QFileInfo(path + "/inside").isDir());
    }

    // Issue 12 item 5: a valid state of 22 MiB (well over the old 16 MiB read) loads whole.
    void largeStateLoads()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("state.json");
        QJsonObject files;
        const QString since =
            QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5)).toString(Qt::ISODateWithMs);
        const QString padding(100, QLatin1Char('p'));
        int count = 0;
        QByteArray json;
        for (;; ++count) {
            files.insert(QStringLiteral("/var/log/churn/%1/%2.log").arg(padding).arg(count),
                         QJsonObject{{"content_since", since},
                                     {"device", "2049"},
                                     {"inode", QString::number(1000000 + count)}});
            if (count % 10000 == 9999) {
                json = QJsonDocument(QJsonObject{{"version", 1}, {"files", files}}).toJson();
                if (json.size() > 22 << 20)
                    break;
            }
        }
        QVERIFY(TestUtil::writeFile(path, json));
        QVERIFY(QFileInfo(path).size() > 22 << 20);
        StateStore s(path);
        QString error;
        QVERIFY2(s.load(&error), qPrintable(error));
        QCOMPARE(s.size(), count + 1);
        const auto last =
            s.entry(QStringLiteral("/var/log/churn/%1/%2.log").arg(padding).arg(count));
        QVERIFY(last);
        QCOMPARE(last->inode, quint64(1000000 + count));
        QCOMPARE(TestUtil::entries(dir.path()), QStringList{"state.json"});
    }

    // Issue 12 item 5: entries of logs that no longer exist are pruned, so churning names do
    // not grow the file forever.
    void pruneKeepsOnlyLiveLogs()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("state.json");
        const QDateTime now = QDateTime::currentDateTime();
        StateStore s(path);
        for (const char *file : {"/l/a.log", "/l/b.log", "/l/c.log"})
            s.setEntry(file, {now, 1, 2});
        QString error;
        QVERIFY(s.save(&error));
        QCOMPARE(s.prune({"/l/b.log", "/l/gone-before.log"}), 2);
        QVERIFY(s.save(&error));
        StateStore reloaded(path);
        QVERIFY(reloaded.load(&error));
        QCOMPARE(reloaded.size(), 1);
        QVERIFY(reloaded.entry("/l/b.log"));
        QVERIFY(!reloaded.entry("/l/a.log"));
        QCOMPARE(reloaded.prune({"/l/b.log"}), 0);
    }

    // Schedules count from the last rotation (issue 14): kept per log, across restarts, and
    // a state file written before it existed still loads.
    void lastRotationSurvivesAndOldFilesLoad()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("state.json");
        QVERIFY(TestUtil::writeFile(path, R"({"version": 1, "files": {"/l/a.log":
            {"content_since": "2026-11-01T10:00:00.000", "device": "7", "inode": "9"}}})"));
        StateStore s(path);
        QString error;
        QVERIFY2(s.load(&error), qPrintable(error));
        QVERIFY(s.entry("/l/a.log"));
        QVERIFY(!s.entry("/l/a.log")->lastRotation.isValid());
        const QDateTime rotatedAt(QDate(2026, 11, 20), QTime(0, 0, 1, 250));
        s.recordRotation("/l/a.log", rotatedAt, 7, 10);
        // A later setEntry() without one (a new inode under the same name) keeps it: the
        // schedule belongs to the log's path, as in logrotate's state.
        s.setEntry("/l/a.log", {rotatedAt.addSecs(5), 7, 11});
        QVERIFY(s.save(&error));
        StateStore reloaded(path);
        QVERIFY(reloaded.load(&error));
        const auto e = reloaded.entry("/l/a.log");
        QVERIFY(e);
        QCOMPARE(e->lastRotation, rotatedAt);
        QCOMPARE(e->contentSince, rotatedAt.addSecs(5));
        QCOMPARE(e->inode, quint64(11));
    }

    void lockIsExclusive()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("state.json");
        QString error;
        auto first = StateStore::lock(path, &error);
        QVERIFY(first);
        // QLockFile locks are per process; a second process is tested by the CLI tests.
        QVERIFY(QFile::exists(path + ".lock"));
        first.reset();
        QVERIFY(!QFile::exists(path + ".lock"));
    }
};

QTEST_GUILESS_MAIN(TestStateStore)
#include "tst_statestore.moc"
