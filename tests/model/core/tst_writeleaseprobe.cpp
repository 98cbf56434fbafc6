// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "core/writeleaseprobe.h"

#include "core/posixfile.h"
#include "testutil.h"
#include "writerprocess.h"

#include <QCoreApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

using namespace Logkeeper;

namespace {
// Run as this program with LEASE_PROBE_CHILD=<path>: prints the probe's answer ("state errno
// reason") and exits. The not-owner test runs it as another user.
const char *childVariable = "LEASE_PROBE_CHILD";
} // namespace

class TestWriteLeaseProbe : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString makeFile(const QString &name, const QByteArray &content = "line\n")
    {
        const QString path = m_dir.filePath(name);
        return TestUtil::writeFile(path, content) ? path : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Readable for the other user the not-owner test runs as.
        QVERIFY(QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner |
                                                        QFile::ExeOwner | QFile::ReadOther |
                                                        QFile::ExeOther | QFile::ReadGroup |
                                                        QFile::ExeGroup));
    }

    void nobodyWrites()
    {
        const QString path = makeFile("quiet.log");
        const WriteLeaseProbe::Result r = WriteLeaseProbe::probe(path);
        QCOMPARE(r.state, WriteLeaseProbe::State::NoWriter);
        QCOMPARE(r.error, 0);
        PosixFile::UniqueFd fd(::open(QFile::encodeName(path).constData(), O_RDONLY));
        QCOMPARE(WriteLeaseProbe::probe(fd.get(), path).state, WriteLeaseProbe::State::NoWriter);
    }

    void theLeaseIsReleasedAtOnce()
    {
        const QString path = makeFile("released.log");
        PosixFile::UniqueFd fd(::open(QFile::encodeName(path).constData(), O_RDONLY));
        QCOMPARE(WriteLeaseProbe::probe(fd.get(), path).state, WriteLeaseProbe::State::NoWriter);
        // A lease still held would make this open fail (EWOULDBLOCK) instead of waiting for it.
        PosixFile::UniqueFd writer(
            ::open(QFile::encodeName(path).constData(), O_WRONLY | O_APPEND | O_NONBLOCK));
        QVERIFY2(writer.valid(), strerror(errno));
    }

    void aWriterProcessHoldsIt()
    {
        const QString path = makeFile("held.log");
        WriterProcess writer(path);
        QVERIFY(writer.start());
        QCOMPARE(WriteLeaseProbe::probe(path).state, WriteLeaseProbe::State::WriterHolds);
        QVERIFY(writer.write());
        QCOMPARE(WriteLeaseProbe::probe(path).state, WriteLeaseProbe::State::WriterHolds);
        QVERIFY(writer.quit());
        QCOMPARE(WriteLeaseProbe::probe(path).state, WriteLeaseProbe::State::NoWriter);
        QCOMPARE(TestUtil::readFile(path), QByteArray("line\nlate 1\n"));
    }

    void aReaderIsNoWriter()
    {
        // `tail -f` or a viewer on the rotated file is no reason to wait (a write lease would
        // have said "held" here).
        const QString path = makeFile("read.log");
        WriterProcess reader(path, WriterProcess::ReadOnly);
        QVERIFY(reader.start());
        QCOMPARE(WriteLeaseProbe::probe(path).state, WriteLeaseProbe::State::NoWriter);
        PosixFile::UniqueFd fd(::open(QFile::encodeName(path).constData(), O_RDONLY));
        QCOMPARE(::fcntl(fd.get(), F_SETLEASE, F_WRLCK), -1);
        QCOMPARE(errno, EAGAIN);
        QVERIFY(reader.quit());
    }

    void thisProcessCountsToo()
    {
        const QString path = makeFile("self.log");
        QFile own(path);
        QVERIFY(own.open(QIODevice::Append));
        QCOMPARE(WriteLeaseProbe::probe(path).state, WriteLeaseProbe::State::WriterHolds);
        own.close();
        QCOMPARE(WriteLeaseProbe::probe(path).state, WriteLeaseProbe::State::NoWriter);
    }

    void notTheOwner()
    {
        QString path;
        QString output;
        if (::geteuid() == 0) {
            // Root has CAP_LEASE: the probe runs as nobody, in a process of its own.
            const QString setpriv = QStandardPaths::findExecutable("setpriv");
            if (setpriv.isEmpty())
                QSKIP("setpriv (util-linux) is needed to run the probe as another user");
            path = makeFile("root-owned.log");
            QProcess child;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(childVariable, path);
            child.setProcessEnvironment(env);
            child.start(setpriv, {"--reuid=nobody", "--regid=nogroup", "--clear-groups",
                                  QCoreApplication::applicationFilePath()});
            QVERIFY(child.waitForFinished(60000));
            QCOMPARE(child.exitCode(), 0);
            output = QString::fromLocal8Bit(child.readAllStandardOutput()).trimmed();
        } else {
            // Not root: any file of root's will do.
            path = "/etc/passwd";
            const WriteLeaseProbe::Result r = WriteLeaseProbe::probe(path);
            output = QStringLiteral("%1 %2 %3").arg(int(r.state)).arg(r.error).arg(r.reason);
        }
        QVERIFY2(
            output.startsWith(
                QStringLiteral("%1 %2 ").arg(int(WriteLeaseProbe::State::Unknown)).arg(EACCES)),
            qPrintable(output));
        QVERIFY2(output.contains(path) && output.contains("owner") && output.contains("CAP_LEASE"),
                 qPrintable(output));
    }

    void tmpfs()
    {
        // Recorded: tmpfs has leases, so /dev/shm and /run behave like ext4.
        if (!QFileInfo("/dev/shm").isDir())
            QSKIP("no /dev/shm");
        QTemporaryDir shm("/dev/shm/logkeeper-test-XXXXXX");
        QVERIFY(shm.isValid());
        const QString path = shm.filePath("shm.log");
        QVERIFY(TestUtil::writeFile(path, "x\n"));
        const WriteLeaseProbe::Result idle = WriteLeaseProbe::probe(path);
        WriterProcess writer(path);
        QVERIFY(writer.start());
        const WriteLeaseProbe::Result held = WriteLeaseProbe::probe(path);
        QVERIFY(writer.quit());
        qInfo("tmpfs: idle %d, held %d (%s)", int(idle.state), int(held.state),
              qPrintable(held.reason));
        QCOMPARE(idle.state, WriteLeaseProbe::State::NoWriter);
        QCOMPARE(held.state, WriteLeaseProbe::State::WriterHolds);
    }

    void leasesDisabled()
    {
        // A machine-wide setting: not switched off here for the test's sake.
        if (TestUtil::readFile("/proc/sys/fs/leases-enable").trimmed() != "0")
            QSKIP("file leases are enabled on this machine (fs.leases-enable = 1)");
        const QString path = makeFile("disabled.log");
        const WriteLeaseProbe::Result r = WriteLeaseProbe::probe(path);
        QCOMPARE(r.state, WriteLeaseProbe::State::Unknown);
        QVERIFY2(r.reason.contains(path) && r.reason.contains("leases-enable"),
                 qPrintable(r.reason));
    }

    void notAFile()
    {
        const QString missing = m_dir.filePath("missing.log");
        WriteLeaseProbe::Result r = WriteLeaseProbe::probe(missing);
        QCOMPARE(r.state, WriteLeaseProbe::State::Unknown);
        QCOMPARE(r.error, ENOENT);
        QVERIFY2(r.reason.contains(missing), qPrintable(r.reason));
        r = WriteLeaseProbe::probe(m_dir.path());
        QCOMPARE(r.state, WriteLeaseProbe::State::Unknown);
        QVERIFY2(r.reason == m_dir.path() + ": not a regular file", qPrintable(r.reason));
    }
};

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsSet(childVariable)) {
        const WriteLeaseProbe::Result r =
            WriteLeaseProbe::probe(qEnvironmentVariable(childVariable));
        std::printf("%d %d %s\n", int(r.state), r.error, qPrintable(r.reason));
        return 0;
    }
    QCoreApplication app(argc, argv);
    TestWriteLeaseProbe test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_writeleaseprobe.moc"
