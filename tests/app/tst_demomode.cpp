// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "app/demomode.h"

#include "testutil.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Logkeeper;

// The demo's writer, for real, in a temporary XDG state folder.
class TestDemoMode : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;

private slots:
    void initTestCase() { QVERIFY(TestUtil::makeXdgFolders(m_home.path())); }

    // The writer appends whole lines while it runs and not a byte once stopped, and starts no
    // thread of its own (its writes are WorkPool jobs).
    void writerAppendsUntilStopped()
    {
        DemoMode demo;
        QString error;
        const QString config = demo.prepare(&error);
        QVERIFY2(!config.isEmpty(), qPrintable(error));
        const QString access = demo.demoDir() + "/logs/access.log";
        const qint64 before = QFileInfo(access).size();
        const auto threads = [] {
            return QDir("/proc/self/task").entryList(QDir::Dirs | QDir::NoDotAndDotDot).size();
        };
        const int threadsBefore = threads();
        demo.startWriter();
        QCOMPARE(threads(), threadsBefore); // nothing started yet: the first write is a timer away
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(access).size() > before, 10000);
        demo.stopWriter();
        const QByteArray written = TestUtil::readFile(access);
        QVERIFY(written.endsWith('\n'));
        QVERIFY(written.mid(before).startsWith("192.0.2."));
        QTest::qWait(600); // three writer periods: a writer still running would have written
        QCOMPARE(TestUtil::readFile(access), written);
    }
};

QTEST_GUILESS_MAIN(TestDemoMode)
#include "tst_demomode.moc"
