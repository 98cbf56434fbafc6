// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "engine/rotator.h"

#include "testutil.h"

#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <fcntl.h>
#include <sys/vfs.h>
#include <unistd.h>

using namespace Logkeeper;

namespace {
// Appends numbered lines through one O_APPEND descriptor, as a daemon's logger would.
class AppendWriter : public QThread
{
public:
    explicit AppendWriter(const QString &path) : m_path(path) {}
    std::atomic_bool stop{false};
    int written = 0;

protected:
    void run() override
    {
        const int fd = ::open(QFile::encodeName(m_path).constData(),
                              O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
        while (!stop) {
            const QByteArray line = TestUtil::numberedLines("line", written, 1, 100);
            if (::write(fd, line.constData(), size_t(line.size())) != line.size())
                break;
            ++written;
        }
        ::close(fd);
    }

private:
    QString m_path;
};
} // namespace

class TestRotator : public QObject
{
    Q_OBJECT
private slots:
    void renameRecreatesWithSameMode()
    {
        QTemporaryDir dir;
        const QString active = dir.filePath("app.log");
        QVERIFY(TestUtil::writeFile(active, "hello\n"));
        QFile::setPermissions(active, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ReadGroup);
        const Rotator::Result r = Rotator::renameAndRecreate(active, dir.filePath("rotated.log"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.bytes, 6);
        QCOMPARE(TestUtil::readFile(dir.filePath("rotated.log")), QByteArray("hello\n"));
        QVERIFY(QFileInfo::exists(active));
        QCOMPARE(QFileInfo(active).size(), 0);
        QCOMPARE(QFile::permissions(active), QFile::permissions(dir.filePath("rotated.log")));
    }

    void neverOverwrites()
    {
        QTemporaryDir dir;
        QVERIFY(TestUtil::writeFile(dir.filePath("app.log"), "new\n"));
        QVERIFY(TestUtil::writeFile(dir.filePath("taken.log"), "old\n"));
        const auto r =
            Rotator::renameAndRecreate(dir.filePath("app.log"), dir.filePath("taken.log"));
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains("taken.log"));
        QCOMPARE(TestUtil::readFile(dir.filePath("taken.log")), QByteArray("old\n"));
        QCOMPARE(TestUtil::readFile(dir.filePath("app.log")), QByteArray("new\n"));
        const auto c = Rotator::copyTruncate(dir.filePath("app.log"), dir.filePath("taken.log"));
        QVERIFY(!c.ok);
        QCOMPARE(TestUtil::readFile(dir.filePath("taken.log")), QByteArray("old\n"));
        QCOMPARE(TestUtil::readFile(dir.filePath("app.log")), QByteArray("new\n"));
        QCOMPARE(TestUtil::entries(dir.path()), (QStringList{"app.log", "taken.log"}));
    }

    void symlinksAreRefused()
    {
        QTemporaryDir dir;
        QVERIFY(TestUtil::writeFile(dir.filePath("target.log"), "precious\n"));
        QVERIFY(QFile::link(dir.filePath("target.log"), dir.filePath("app.log")));
        for (bool copy : {false, true}) {
            const auto r =
                copy ? Rotator::copyTruncate(dir.filePath("app.log"), dir.filePath("r"))
                     : Rotator::renameAndRecreate(dir.filePath("app.log"), dir.filePath("r"));
            QVERIFY(!r.ok);
            QVERIFY2(r.error.contains(dir.filePath("app.log")) && r.error.contains("symlink"),
                     qPrintable(r.error));
            QCOMPARE(TestUtil::readFile(dir.filePath("target.log")), QByteArray("precious\n"));
            QVERIFY(QFileInfo(dir.filePath("app.log")).isSymLink());
            QVERIFY(!QFileInfo::exists(dir.filePath("r")));
        }
    }

    void copyTruncateSmallFileTruncates()
    {
        QTemporaryDir dir;
        const QString active = dir.filePath("app.log");
        QVERIFY(TestUtil::writeFile(active, "short\n"));
        const auto r = Rotator::copyTruncate(active, dir.filePath("rot.log"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(!r.collapsed); // less than one block: nothing to collapse
        QCOMPARE(TestUtil::readFile(dir.filePath("rot.log")), QByteArray("short\n"));
        QCOMPARE(QFileInfo(active).size(), 0);
        QCOMPARE(TestUtil::entries(dir.path()), (QStringList{"app.log", "rot.log"}));
    }

    void copyTruncateCollapsesAlignedPrefix()
    {
        QTemporaryDir dir;
        const QString active = dir.filePath("app.log");
        const QByteArray content = TestUtil::numberedLines("l", 0, 1000, 100); // 100 000 bytes
        QVERIFY(TestUtil::writeFile(active, content));
        const auto r = Rotator::copyTruncate(active, dir.filePath("rot.log"));
        QVERIFY2(r.ok, qPrintable(r.error));
        const QByteArray rotated = TestUtil::readFile(dir.filePath("rot.log"));
        const QByteArray left = TestUtil::readFile(active);
        QCOMPARE(rotated + left, content); // every byte exactly once
        if (TestUtil::supportsCollapse(dir.path())) {
            QVERIFY(r.collapsed);
            QCOMPARE(rotated.size() % 4096, 0);
            QVERIFY(left.size() > 0 && left.size() <= 4096);
        } else {
            QVERIFY(left.isEmpty());
        }
    }

    // A writer appending as fast as it can through many copytruncate rotations: the rotated
    // pieces in order plus what is left equal exactly what was written.
    void copyTruncateLosesNothingUnderWrites_data()
    {
        QTest::addColumn<QString>("base");
        QTest::newRow("temp dir") << QDir::tempPath();
        if (QFileInfo(QStringLiteral("/dev/shm")).isWritable())
            QTest::newRow("tmpfs (no collapse)") << QStringLiteral("/dev/shm");
    }
    void copyTruncateLosesNothingUnderWrites()
    {
        QFETCH(QString, base);
        QTemporaryDir dir(base + QStringLiteral("/lk-rotator-XXXXXX"));
        QVERIFY(dir.isValid());
        const QString active = dir.filePath("app.log");
        AppendWriter writer(active);
        writer.start();
        QTRY_VERIFY(QFileInfo(active).size() > 0);
        QByteArray pieces;
        for (int i = 0; i < 20; ++i) {
            QTRY_VERIFY(QFileInfo(active).size() > 8192);
            const QString rot = dir.filePath(QStringLiteral("rot-%1.log").arg(i));
            const auto r = Rotator::copyTruncate(active, rot);
            QVERIFY2(r.ok, qPrintable(r.error));
            pieces += TestUtil::readFile(rot);
        }
        writer.stop = true;
        writer.wait();
        pieces += TestUtil::readFile(active);
        const QByteArray expected = TestUtil::numberedLines("line", 0, writer.written, 100);
        // With the truncate fallback a handful of bytes may fall into the truncate window;
        // with collapse nothing can. Report the figure either way.
        const qint64 lost = expected.size() - pieces.size();
        qInfo("%s: %d lines written, %lld bytes lost", qPrintable(base), writer.written, lost);
        if (TestUtil::supportsCollapse(dir.path())) {
            QCOMPARE(pieces, expected);
            return;
        }
        // Truncate fallback: nothing doubled, nothing reordered; at most one torn line per
        // rotation (a write caught between the last read and the truncate).
        const int torn = TestUtil::tornLinesIfOrdered(pieces, 4, 100);
        QVERIFY2(torn >= 0, "a line was doubled or reordered");
        QVERIFY(torn <= 21);
    }
};

QTEST_GUILESS_MAIN(TestRotator)
#include "tst_rotator.moc"
