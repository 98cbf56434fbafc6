// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "engine/statestore.h"

#include "testutil.h"

#include <QJsonDocument>
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

    void corruptFileIsReportedAndReplaced()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("state.json");
        QVERIFY(TestUtil::writeFile(path, "{ not json"));
        StateStore s(path);
        QString error;
        QVERIFY(!s.load(&error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY(s.save(&error));
        QVERIFY(QJsonDocument::fromJson(TestUtil::readFile(path)).isObject());
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
