// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
// Rotation of a generated access log per codec through Logkeeper's verified compressor, side by
// side with the standard tools on the same file in the same run. Prints figures; asserts
// nothing. Usage: logkeeper-bench-compression [MiB] [rounds] [zstd] (defaults 128, 5; "zstd":
// only the zstd comparison).
//
// Then zstd three ways, interleaved over several rounds on the same file (medians): the zstd
// tool (`zstd -3 -T0`), ZstdCompressor (libzstd directly, verified while it writes) and the
// engine's path (ArchiveCompressor::stage(), which writes zstd through ZstdCompressor). None of
// the three fsyncs, so the figures compare compression and verification alone. The level is
// the config's default (archival.level -1 = zstd's 3).

#include "compression/archivecompressor.h"
#include "compression/compressionbackend.h"
#include "compression/zstdcompressor.h"
#include "core/codecs.h"
#include "loggenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>
#include <vector>

using namespace Logkeeper;

namespace {
struct Tool
{
    const char *codec;
    const char *program;
    QStringList args;
};

double runTool(const Tool &tool, const QString &input, const QString &output, qint64 *size)
{
    QProcess p;
    p.setStandardInputFile(input);
    p.setStandardOutputFile(output);
    QElapsedTimer timer;
    timer.start();
    p.start(QString::fromLatin1(tool.program), tool.args);
    p.waitForFinished(-1);
    const double seconds = timer.nsecsElapsed() / 1e9;
    *size = QFileInfo(output).size();
    return p.exitCode() == 0 ? seconds : -1;
}

double cpuSeconds(int who)
{
    struct rusage u;
    ::getrusage(who, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

struct Runs
{
    std::vector<double> wall;
    std::vector<double> cpu;
    qint64 bytes = 0;
    bool failed = false;
    static double median(std::vector<double> v)
    {
        std::sort(v.begin(), v.end());
        return v.empty() ? 0 : v[v.size() / 2];
    }
};

// zstd three ways, interleaved round by round so that the machine's load hits all alike.
void compareZstd(const QString &source, qint64 mib, int rounds, QTemporaryDir &dir)
{
    const double mb = double(mib << 20) / 1e6;
    const QString out = dir.filePath("zstd-out");
    Runs tool, direct, today;
    const Tool zstdTool{"zstd", "zstd", {"-3", "-T0", "-c", "-q"}};
    for (int round = 0; round < rounds; ++round) {
        QFile(source).open(QIODevice::ReadOnly); // the same warm page cache for all
        for (int k = 0; k < 3; ++k) {
            const int which = (round + k) % 3; // each goes first in turn
            QFile::remove(out);
            QElapsedTimer timer;
            if (which == 0) {
                const double cpu0 = cpuSeconds(RUSAGE_CHILDREN);
                qint64 size = 0;
                const double s = runTool(zstdTool, source, out, &size);
                tool.failed |= s < 0;
                tool.wall.push_back(s);
                tool.cpu.push_back(cpuSeconds(RUSAGE_CHILDREN) - cpu0);
                tool.bytes = size;
            } else if (which == 1) {
                const double cpu0 = cpuSeconds(RUSAGE_SELF);
                timer.start();
                const int fd = ::open(QFile::encodeName(out).constData(),
                                      O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
                const ZstdCompressor::Result r =
                    ZstdCompressor::compress(source, fd, out, ZstdCompressor::Options());
                ::close(fd);
                direct.wall.push_back(timer.nsecsElapsed() / 1e9);
                direct.cpu.push_back(cpuSeconds(RUSAGE_SELF) - cpu0);
                if (!r.ok)
                    std::printf("ZstdCompressor failed: %s\n", qPrintable(r.error));
                direct.failed |= !r.ok;
                direct.bytes = r.archiveBytes;
            } else {
                const double cpu0 = cpuSeconds(RUSAGE_SELF);
                timer.start();
                ArchiveCompressor::Staged staged =
                    ArchiveCompressor().stage(source, out, Codec::Zstd, -1);
                today.wall.push_back(timer.nsecsElapsed() / 1e9);
                today.cpu.push_back(cpuSeconds(RUSAGE_SELF) - cpu0);
                if (!staged.ok())
                    std::printf("ArchiveCompressor failed: %s\n",
                                qPrintable(staged.result().error));
                today.failed |= !staged.ok();
                today.bytes = staged.result().archiveBytes;
                ArchiveCompressor::discard(staged);
            }
        }
    }
    QFile::remove(out);
    const double base = Runs::median(tool.wall);
    std::printf("%-40s | %8s %8s %8s %7s | %s\n", "zstd, level 3, median of rounds", "wall", "MB/s",
                "CPU", "ratio", "time vs zstd -3 -T0");
    auto row = [&](const char *name, const Runs &runs) {
        const double wall = Runs::median(runs.wall);
        std::printf("%-40s | %7.2fs %8.1f %7.2fs %6.1f%% | %.2fx%s\n", name, wall, mb / wall,
                    Runs::median(runs.cpu), 100.0 * runs.bytes / (mib << 20), wall / base,
                    runs.failed ? "  (FAILED)" : "");
    };
    row("zstd -3 -T0 (the tool, not verified)", tool);
    row("ZstdCompressor (libzstd, verified)", direct);
    row("ArchiveCompressor::stage (the engine)", today);
    std::printf("each of %d rounds runs all three in turn; walls: tool", rounds);
    for (double w : tool.wall)
        std::printf(" %.2f", w);
    std::printf(" / libzstd");
    for (double w : direct.wall)
        std::printf(" %.2f", w);
    std::printf(" / engine");
    for (double w : today.wall)
        std::printf(" %.2f", w);
    std::printf("\n");
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 mib = argc > 1 ? QByteArray(argv[1]).toLongLong() : 128;
    const int rounds = argc > 2 ? QByteArray(argv[2]).toInt() : 5;
    QTemporaryDir dir;
    const QString source = dir.filePath("access.log");
    std::printf("Generating %lld MiB of access log...\n", mib);
    LogGenerator::writeFile(source, mib << 20);
    const double mb = double(mib << 20) / 1e6;

    const Tool tools[] = {
        {"gzip", "gzip", {"-6", "-c"}},
        {"zstd", "zstd", {"-3", "-T0", "-c", "-q"}},
        {"xz", "xz", {"-6", "-T0", "-c"}},
        {"bzip2", "bzip2", {"-9", "-c"}},
    };
    std::printf("backend: %s\n\n", qPrintable(CompressionBackend::instance().description()));
    std::printf("%-6s | %-22s %8s %7s | %-18s %8s %7s | %s\n", "codec", "logkeeper (verified)",
                "MB/s", "ratio", "standard tool", "MB/s", "ratio", "time ratio");
    for (const Tool &tool : tools) {
        if (argc > 3 && QByteArray(argv[3]) == "zstd")
            break;
        const Codec codec = Codecs::fromName(QLatin1String(tool.codec)).value_or(Codec::None);
        if (!CompressionBackend::instance().offers(codec))
            continue;
        // Warm the page cache the same way for both.
        QFile(source).open(QIODevice::ReadOnly);
        const QString ours = dir.filePath("ours" + Codecs::extension(codec));
        QElapsedTimer timer;
        timer.start();
        const auto r = ArchiveCompressor().compress(source, ours, codec, -1);
        const double oursSeconds = timer.nsecsElapsed() / 1e9;
        if (!r.ok) {
            std::printf("%-6s | failed: %s\n", tool.codec, qPrintable(r.error));
            continue;
        }
        qint64 theirSize = 0;
        const double theirSeconds = runTool(tool, source, dir.filePath("theirs"), &theirSize);
        const QString toolName =
            QString::fromLatin1(tool.program) + QLatin1Char(' ') +
            tool.args.filter(QStringLiteral("-")).first() +
            (tool.args.contains(QStringLiteral("-T0")) ? QStringLiteral(" -T0") : QString());
        std::printf(
            "%-6s | %-22s %8.1f %6.1f%% | %-18s %8.1f %6.1f%% | %.2fx\n", tool.codec,
            qPrintable(QStringLiteral("%1 s").arg(oursSeconds, 0, 'f', 2)), mb / oursSeconds,
            100.0 * r.archiveBytes / (mib << 20),
            qPrintable(QStringLiteral("%1 (%2 s)").arg(toolName).arg(theirSeconds, 0, 'f', 2)),
            mb / theirSeconds, 100.0 * theirSize / (mib << 20), oursSeconds / theirSeconds);
        QFile::remove(ours);
        QFile::remove(dir.filePath("theirs"));
    }
    std::printf("\ntime ratio = logkeeper's time / the tool's time (lower is better); both on "
                "this machine, in this run.\n\n");
    compareZstd(source, mib, rounds, dir);
    return 0;
}
