// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
// Rotation of a generated access log per codec through Logkeeper's verified compressor, side by
// side with the standard tools on the same file in the same run. Prints figures; asserts
// nothing. Usage: logkeeper-bench-compression [MiB] (default 128).

#include "compression/archivecompressor.h"
#include "compression/compressionbackend.h"
#include "core/codecs.h"
#include "loggenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

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
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 mib = argc > 1 ? QByteArray(argv[1]).toLongLong() : 128;
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
                "this machine, in this run.\n");
    return 0;
}
