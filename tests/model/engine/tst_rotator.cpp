// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "engine/rotator.h"

#include "testutil.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <cstdio>
#include <fcntl.h>
#include <sys/stat.h>
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
// Bytes the file takes on disk.
qint64 diskUsage(const QString &path)
{
    struct stat st;
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? qint64(st.st_blocks) * 512 : -1;
}
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

    // Issue 12 item 14: the copy of a sparse 10 MiB log that uses 8 KiB on disk keeps its holes,
    // whether the log is truncated afterwards (copytruncate) or left alone (copy).
    void copiesKeepHoles_data()
    {
        QTest::addColumn<bool>("truncate");
        QTest::newRow("copytruncate") << true;
        QTest::newRow("copy") << false;
    }
    void copiesKeepHoles()
    {
        QFETCH(bool, truncate);
        QTemporaryDir dir;
        const QString active = dir.filePath("sparse.log");
        const qint64 size = 10 << 20;
        {
            QFile f(active);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.write(QByteArray(4096, 'a')) == 4096);
            QVERIFY(f.resize(size));
            QVERIFY(f.seek(size - 4096));
            QVERIFY(f.write(QByteArray(4096, 'z')) == 4096);
        }
        const qint64 used = diskUsage(active);
        if (used > 64 * 1024)
            QSKIP("this filesystem does not keep holes in files");
        const QByteArray original = TestUtil::readFile(active);
        const QString rotated = dir.filePath("rot.log");
        const auto r =
            truncate ? Rotator::copyTruncate(active, rotated) : Rotator::copy(active, rotated);
        QVERIFY2(r.ok, qPrintable(r.error));
        const qint64 copyUsed = diskUsage(rotated);
        qInfo("sparse log: %lld bytes, %lld on disk; its copy: %lld on disk", size, used, copyUsed);
        QVERIFY2(copyUsed <= used + 8192, qPrintable(QString::number(copyUsed)));
        if (truncate) {
            QCOMPARE(TestUtil::readFile(rotated) + TestUtil::readFile(active), original);
            QCOMPARE(r.bytes, QFileInfo(rotated).size());
        } else {
            QCOMPARE(TestUtil::readFile(rotated), original);
            QCOMPARE(TestUtil::readFile(active), original);
            QCOMPARE(r.bytes, size);
        }
        QCOMPARE(TestUtil::entries(dir.path()), (QStringList{"rot.log", "sparse.log"}));
    }

    // The strategy "copy": the content is copied out, the log stays exactly as it was.
    void copyLeavesTheLogAlone()
    {
        QTemporaryDir dir;
        const QString active = dir.filePath("app.log");
        const QByteArray content = TestUtil::numberedLines("c", 0, 2000, 100);
        QVERIFY(TestUtil::writeFile(active, content));
        struct stat before, after;
        QCOMPARE(::stat(QFile::encodeName(active).constData(), &before), 0);
        const auto r = Rotator::copy(active, dir.filePath("rot.log"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.bytes, content.size());
        QCOMPARE(r.rotatedPath, dir.filePath("rot.log"));
        QCOMPARE(TestUtil::readFile(dir.filePath("rot.log")), content);
        QCOMPARE(TestUtil::readFile(active), content);
        QCOMPARE(::stat(QFile::encodeName(active).constData(), &after), 0);
        QCOMPARE(after.st_ino, before.st_ino);
        // never over an existing file, never through a symlink
        QVERIFY(!Rotator::copy(active, dir.filePath("rot.log")).ok);
        QCOMPARE(TestUtil::readFile(dir.filePath("rot.log")), content);
        QVERIFY(QFile::link(active, dir.filePath("link.log")));
        QVERIFY(!Rotator::copy(dir.filePath("link.log"), dir.filePath("rot2.log")).ok);
        QCOMPARE(TestUtil::entries(dir.path()), (QStringList{"app.log", "link.log", "rot.log"}));
    }

    // rotation.create false (logrotate's nocreate): the log is renamed and not recreated.
    void noCreate()
    {
        QTemporaryDir dir;
        const QString active = dir.filePath("app.log");
        QVERIFY(TestUtil::writeFile(active, "x\n"));
        CreateSpec create;
        create.enabled = false;
        const auto r = Rotator::renameAndRecreate(active, dir.filePath("rot.log"), create);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.warning.isEmpty());
        QVERIFY(!QFileInfo::exists(active));
        QCOMPARE(TestUtil::entries(dir.path()), QStringList{"rot.log"});
    }

    // rotation.create with mode, owner and group; each member left out comes from the old log.
    void createWithModeAndOwner()
    {
        if (::geteuid() != 0)
            QSKIP("giving a file to another owner needs root (run the tests as root)");
        QTemporaryDir dir;
        const QString active = dir.filePath("app.log");
        QVERIFY(TestUtil::writeFile(active, "x\n"));
        QCOMPARE(::chmod(QFile::encodeName(active).constData(), 0600), 0);
        QCOMPARE(::chown(QFile::encodeName(active).constData(), 0, 0), 0);
        CreateSpec create;
        create.mode = 0640;
        create.uid = 65534; // nobody
        create.gid = 65534; // nogroup
        auto r = Rotator::renameAndRecreate(active, dir.filePath("r1.log"), create);
        QVERIFY2(r.ok && r.warning.isEmpty(), qPrintable(r.error));
        struct stat st;
        QCOMPARE(::stat(QFile::encodeName(active).constData(), &st), 0);
        QCOMPARE(st.st_mode & 07777, mode_t(0640));
        QCOMPARE(st.st_uid, uid_t(65534));
        QCOMPARE(st.st_gid, gid_t(65534));
        QCOMPARE(st.st_size, 0);

        // Only the mode: owner and group stay nobody:nogroup, the old log's.
        CreateSpec modeOnly;
        modeOnly.mode = 0604;
        r = Rotator::renameAndRecreate(active, dir.filePath("r2.log"), modeOnly);
        QVERIFY2(r.ok && r.warning.isEmpty(), qPrintable(r.error));
        QCOMPARE(::stat(QFile::encodeName(active).constData(), &st), 0);
        QCOMPARE(st.st_mode & 07777, mode_t(0604));
        QCOMPARE(st.st_uid, uid_t(65534));
        QCOMPARE(st.st_gid, gid_t(65534));
    }

    // Issue 12 item 6: run unprivileged on a log someone else owns, the new log cannot keep its
    // owner. Said in a warning naming the file and both owners, not silently given to the runner.
    void ownerPromiseWarnsWhenItCannotBeKept_data()
    {
        QTest::addColumn<bool>("explicitOwner");
        QTest::newRow("the old log's owner") << false;
        QTest::newRow("create.owner") << true;
    }
    void ownerPromiseWarnsWhenItCannotBeKept()
    {
        QFETCH(bool, explicitOwner);
        if (::geteuid() != 0)
            QSKIP("needs root to prepare a log owned by root and run the rotation as nobody");
        QTemporaryDir dir;
        QVERIFY(QFile::setPermissions(dir.path(), QFile::permissions(dir.path()) |
                                                      QFileDevice::ExeOther |
                                                      QFileDevice::ReadOther));
        const QString logs = dir.filePath("logs");
        QVERIFY(QDir().mkpath(logs));
        QCOMPARE(::chown(QFile::encodeName(logs).constData(), 65534, 65534), 0);
        const QString active = logs + "/app.log";
        QVERIFY(TestUtil::writeFile(active, "root's log\n"));
        QCOMPARE(::chmod(QFile::encodeName(active).constData(), 0644), 0);
        QCOMPARE(::chown(QFile::encodeName(active).constData(), 0, 0), 0);

        QProcess child;
        child.start("setpriv", {"--reuid=65534", "--regid=65534", "--clear-groups",
                                QCoreApplication::applicationFilePath(), "--rename-as-child",
                                active, logs + "/rot.log", explicitOwner ? "0" : "-1"});
        QVERIFY(child.waitForFinished(60000));
        const QString out = QString::fromLocal8Bit(child.readAllStandardOutput());
        QVERIFY2(child.exitCode() == 0, qPrintable(out + child.readAllStandardError()));
        const QStringList lines = out.split('\n');
        QCOMPARE(lines.value(0), QString("ok"));
        const QString warning = lines.value(1);
        QVERIFY2(warning.contains(active) && warning.contains("nobody:nogroup") &&
                     warning.contains("root:root"),
                 qPrintable(warning));
        QCOMPARE(TestUtil::readFile(logs + "/rot.log"), QByteArray("root's log\n"));
        struct stat st;
        QCOMPARE(::stat(QFile::encodeName(active).constData(), &st), 0);
        QCOMPARE(st.st_uid, uid_t(65534)); // what it could do: the file exists for the writer
    }

    // archival.create_dir: a missing archive folder is made with the mode and owner asked for;
    // an existing one is left as it is; with create_dir false a missing one is an error.
    void createFolder()
    {
        QTemporaryDir dir;
        const QString archive = dir.filePath("logs/archive");
        CreateSpec spec;
        spec.mode = 0750;
        if (::geteuid() == 0) {
            spec.uid = 65534;
            spec.gid = 65534;
        }
        const auto r = Rotator::createFolder(archive, spec);
        QVERIFY2(r.ok && r.warning.isEmpty(), qPrintable(r.error));
        struct stat st;
        QCOMPARE(::stat(QFile::encodeName(archive).constData(), &st), 0);
        QVERIFY(S_ISDIR(st.st_mode));
        QCOMPARE(st.st_mode & 07777, mode_t(0750));
        if (::geteuid() == 0) {
            QCOMPARE(st.st_uid, uid_t(65534));
            QCOMPARE(st.st_gid, gid_t(65534));
        }
        // existing: untouched
        spec.mode = 0700;
        QVERIFY(Rotator::createFolder(archive, spec).ok);
        QCOMPARE(::stat(QFile::encodeName(archive).constData(), &st), 0);
        QCOMPARE(st.st_mode & 07777, mode_t(0750));
        // disabled
        CreateSpec off;
        off.enabled = false;
        const auto refused = Rotator::createFolder(dir.filePath("other"), off);
        QVERIFY(!refused.ok);
        QVERIFY2(refused.error.contains(dir.filePath("other")) &&
                     refused.error.contains("create_dir"),
                 qPrintable(refused.error));
        QVERIFY(!QFileInfo::exists(dir.filePath("other")));
        // a file in the way
        QVERIFY(TestUtil::writeFile(dir.filePath("file"), "x"));
        QVERIFY(!Rotator::createFolder(dir.filePath("file"), CreateSpec()).ok);
        // the default: the process's own mode and owner
        const auto plain = Rotator::createFolder(dir.filePath("plain/deeper"), CreateSpec());
        QVERIFY2(plain.ok && plain.warning.isEmpty(), qPrintable(plain.error));
        QVERIFY(QFileInfo(dir.filePath("plain/deeper")).isDir());
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

// Re-run by ownerPromiseWarnsWhenItCannotBeKept as an unprivileged user: one rename and recreate
// (create.owner root when the last argument is 0), its outcome on stdout.
int main(int argc, char *argv[])
{
    if (argc == 5 && qstrcmp(argv[1], "--rename-as-child") == 0) {
        CreateSpec create;
        create.uid = QByteArray(argv[4]).toLongLong();
        const auto r = Rotator::renameAndRecreate(QFile::decodeName(argv[2]),
                                                  QFile::decodeName(argv[3]), create);
        std::printf("%s\n%s\n", r.ok ? "ok" : "failed", qPrintable(r.ok ? r.warning : r.error));
        return 0;
    }
    QCoreApplication app(argc, argv);
    TestRotator test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_rotator.moc"
