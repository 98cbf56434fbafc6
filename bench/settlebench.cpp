// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
// When is a rotated file ready to compress? SettleDetector beside the old settle wait, with the
// default config (debounce_time 5 s, max_wait 30 s), on real files and real writer processes.
// Prints figures; asserts nothing. Usage: logkeeper-bench-settle [MiB] (default 20).

#include "compression/archivecompressor.h"
#include "compression/zstdcompressor.h"
#include "core/posixfile.h"
#include "core/settledetector.h"
#include "loggenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <fcntl.h>
#include <linux/capability.h>
#include <pwd.h>
#include <sys/syscall.h>
#include <unistd.h>

using namespace Logkeeper;

namespace {

constexpr qint64 debounceMs = 5000; // the default config
constexpr qint64 maxWaitMs = 30000;

// A daemon's descriptor left on the rotated file: a shell holding it on fd 3 until told to quit.
class Writer
{
public:
    explicit Writer(const QString &path)
    {
        m_process.start("/bin/sh", {"-c", "exec 3>>\"$1\"; echo opened; read x", "writer", path});
        m_process.waitForReadyRead(60000);
        m_process.readAll();
    }
    ~Writer()
    {
        m_process.kill();
        m_process.waitForFinished(10000);
    }
    void quit()
    {
        m_process.write("q\n");
        m_process.closeWriteChannel();
    }

private:
    QProcess m_process;
};

// Runs the event loop until the detector decides about path; the time it took and how.
double waitFor(SettleDetector &detector, const QString &path, const QElapsedTimer &since,
               QString *how)
{
    QEventLoop loop;
    double seconds = -1;
    auto done = [&](const QString &p, const QString &what) {
        if (p != path)
            return;
        seconds = since.nsecsElapsed() / 1e9;
        *how = what;
        loop.quit();
    };
    QObject::connect(&detector, &SettleDetector::ready, &loop,
                     [&](const QString &p, SettleDetector::Reason r) {
                         done(p, r == SettleDetector::Reason::WriterClosed ? "writer closed"
                                 : r == SettleDetector::Reason::WriterQuiet
                                     ? "writer quiet for debounce_time"
                                     : "not grown for debounce_time (fallback)");
                     });
    QObject::connect(&detector, &SettleDetector::gaveUp, &loop,
                     [&](const QString &p) { done(p, "gave up after max_wait"); });
    loop.exec();
    return seconds;
}

// Drops CAP_LEASE from this thread (root): a file of another user's then cannot be checked.
bool dropLeaseCapability(bool drop)
{
    __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct data[2]{};
    if (::syscall(SYS_capget, &header, data) != 0)
        return false;
    if (drop)
        data[0].effective &= ~(1u << CAP_LEASE);
    else
        data[0].effective |= data[0].permitted & (1u << CAP_LEASE);
    return ::syscall(SYS_capset, &header, data) == 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 mib = argc > 1 ? QByteArray(argv[1]).toLongLong() : 20;
    QTemporaryDir dir;
    std::printf("Config: the defaults, debounce_time %.0f s, max_wait %.0f s.\n",
                debounceMs / 1000.0, maxWaitMs / 1000.0);
    std::printf("Old rule (the engine before issue 13): every rotated file waited until it has not "
                "grown for "
                "debounce_time: %.1f to %.1f s in --once (checked every 0.1 s), %.0f to %.0f s "
                "in the daemon (every 1 s).\n\n",
                debounceMs / 1000.0, debounceMs / 1000.0 + 0.1, debounceMs / 1000.0,
                debounceMs / 1000.0 + 1);

    SettleDetector detector;
    detector.setTiming(debounceMs, maxWaitMs);

    // 1. Nobody holds it: the common case after a rename whose writer reopened its log.
    const QString log = dir.filePath("app.log");
    LogGenerator::writeFile(log, mib << 20);
    QFile(log).open(QIODevice::ReadOnly); // warm, as a log just written is
    {
        QElapsedTimer t;
        t.start();
        const SettleDetector::Start s = detector.watch(log);
        const double decided = t.nsecsElapsed() / 1e9;
        std::printf("%-58s %9.6f s (%s)\n", "nobody holds it: ready after", decided,
                    s == SettleDetector::Start::Ready ? "at once" : "NOT READY");
        const QString gz = dir.filePath("app.log.gz");
        const auto r = ArchiveCompressor().compress(log, gz, Codec::Gzip, -1);
        const double gzip = t.nsecsElapsed() / 1e9;
        std::printf("%-58s %9.2f s (%s)\n",
                    qPrintable(QStringLiteral("  + %1 MiB to a verified, durable .gz (default "
                                              "codec)")
                                   .arg(mib)),
                    gzip, r.ok ? "ok" : qPrintable(r.error));
        t.restart();
        const QString zst = dir.filePath("app.log.zst");
        PosixFile::UniqueFd fd(::open(QFile::encodeName(zst).constData(),
                                      O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600));
        detector.watch(log);
        const auto z = ZstdCompressor::compress(log, fd.get(), zst, {});
        ::fsync(fd.get());
        std::printf("%-58s %9.2f s (%s)\n",
                    qPrintable(QStringLiteral("  or to a verified, fsynced .zst (ZstdCompressor)")),
                    t.nsecsElapsed() / 1e9, z.ok ? "ok" : qPrintable(z.error));
        std::printf("%-58s %9.2f s\n", "  the same with the old rule would start after at least",
                    debounceMs / 1000.0);
    }

    // 2. Many small rotated files, nobody holding them.
    {
        const int count = 5000;
        QStringList paths;
        for (int i = 0; i < count; ++i) {
            paths.append(dir.filePath(QStringLiteral("small-%1.log").arg(i)));
            QFile f(paths.last());
            f.open(QIODevice::WriteOnly);
            f.write(QByteArray(12 << 10, 'x'));
        }
        QElapsedTimer t;
        t.start();
        int ready = 0;
        for (const QString &p : std::as_const(paths))
            ready += detector.watch(p) == SettleDetector::Start::Ready;
        std::printf("%-58s %9.3f s (%d of %d ready at once)\n",
                    "5000 x 12 KiB, nobody holds them: all decided after", t.nsecsElapsed() / 1e9,
                    ready, count);
        for (const QString &p : std::as_const(paths))
            QFile::remove(p);
    }

    // 3. A writer still holds it and closes it (reopening its log after the hook's signal).
    {
        const QString held = dir.filePath("held.log");
        QFile(held).open(QIODevice::WriteOnly);
        Writer writer(held);
        QElapsedTimer t;
        t.start();
        detector.watch(held);
        QString how;
        QTimer::singleShot(0, [&] {
            t.restart();
            writer.quit();
        });
        const double s = waitFor(detector, held, t, &how);
        std::printf("%-58s %9.3f s (%s)\n", "held, the writer closes it: ready after its close", s,
                    qPrintable(how));
    }

    // 4. A writer holds it and writes nothing more.
    {
        const QString idle = dir.filePath("idle.log");
        QFile(idle).open(QIODevice::WriteOnly);
        Writer writer(idle);
        QElapsedTimer t;
        t.start();
        detector.watch(idle);
        QString how;
        const double s = waitFor(detector, idle, t, &how);
        std::printf("%-58s %9.3f s (%s)\n", "held, nothing written: ready after", s,
                    qPrintable(how));
    }

    // 5. Where writers cannot be seen (another user's file, no CAP_LEASE): the old rule.
    const struct passwd *nobody = ::getpwnam("nobody");
    if (::geteuid() == 0 && nobody) {
        const QString other = dir.filePath("other-user.log");
        QFile(other).open(QIODevice::WriteOnly);
        if (::chown(QFile::encodeName(other).constData(), nobody->pw_uid, nobody->pw_gid) != 0)
            std::printf("cannot chown %s\n", qPrintable(other));
        dropLeaseCapability(true);
        QElapsedTimer t;
        t.start();
        detector.watch(other);
        dropLeaseCapability(false);
        QString how;
        const double s = waitFor(detector, other, t, &how);
        std::printf("%-58s %9.3f s (%s)\n", "cannot tell (not the owner): ready after", s,
                    qPrintable(how));
    } else {
        std::printf("cannot tell (not the owner): not measured (needs root)\n");
    }
    return 0;
}
