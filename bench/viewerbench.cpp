// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
// The log viewer on a big archive: how soon the first screen is readable and how fast the whole
// archive is indexed by LogDocument, side by side with `zcat FILE | wc -l` and
// `zstdcat FILE | wc -l` run on the same archives in the same run; how soon the viewer window
// appears and shows its first screen; how long counting a search with many matches takes; and
// the memory it takes. Prints figures; asserts nothing.
// Usage: logkeeper-bench-viewer [MiB] (default 1024). Without a display, on Qt's offscreen
// platform.

#include "compression/archivecompressor.h"
#include "loggenerator.h"
#include "viewer/lineindex.h"
#include "viewer/logdocument.h"
#include "viewer/textsearch.h"
#include "widgets/viewer/logview.h"
#include "widgets/viewer/logviewerwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QWindow>

#include <cstdio>
#include <sys/resource.h>

using namespace Logkeeper;

namespace {
constexpr qint64 screenLines = 60; // a tall window's worth
constexpr int runs = 3;

// Peak resident memory of this process so far (VmHWM), in MiB.
double peakRssMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    status.open(QIODevice::ReadOnly);
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

// Starts a new peak (Linux >= 4.0: "5" to clear_refs resets VmHWM).
bool resetPeakRss()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

// CPU seconds (user + system) used so far by this process's threads, or by its waited-for
// children (and theirs: sh waits for the pipeline).
double cpuSeconds(int who)
{
    struct rusage usage;
    getrusage(who, &usage);
    return usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 + usage.ru_stime.tv_sec +
           usage.ru_stime.tv_usec / 1e6;
}

// Reads a file once so that both contestants find it in the page cache.
void warm(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    while (!f.read(8 << 20).isEmpty()) {
    }
}

struct Ours
{
    double firstScreen = -1; // s until the first screenLines lines were read back
    double full = -1;        // s until finished()
    qint64 lines = 0;
    qint64 indexBytes = 0;
    double middleLine = -1; // ms to read a screen in the middle, then at the end
    double cpu = -1;        // CPU seconds of the whole open()
    QString error;
};

Ours measureOurs(const QString &archive)
{
    Ours r;
    LogDocument doc;
    QEventLoop loop;
    QElapsedTimer timer;
    QObject::connect(&doc, &LogDocument::linesAvailable, &loop, [&](qint64 count) {
        if (r.firstScreen < 0 && count >= screenLines &&
            doc.lines(0, screenLines).size() == screenLines)
            r.firstScreen = timer.nsecsElapsed() / 1e9;
    });
    QObject::connect(&doc, &LogDocument::finished, &loop, [&](bool ok, const QString &error) {
        r.full = timer.nsecsElapsed() / 1e9;
        if (!ok)
            r.error = error;
        loop.quit();
    });
    const double cpuBefore = cpuSeconds(RUSAGE_SELF);
    timer.start();
    doc.open(archive);
    loop.exec();
    r.cpu = cpuSeconds(RUSAGE_SELF) - cpuBefore;
    r.lines = doc.lineCount();
    r.indexBytes = doc.index() ? doc.index()->memoryUsage() : 0;
    QElapsedTimer jump;
    jump.start();
    doc.lines(r.lines / 2, screenLines);
    doc.lines(r.lines - screenLines, screenLines);
    r.middleLine = jump.nsecsElapsed() / 1e6;
    return r;
}

struct Window
{
    double appears = -1;     // s from the window's constructor until it is exposed
    double firstScreen = -1; // s until the view paints with a screenful of lines
};

Window measureWindow(const QString &archive)
{
    Window r;
    QElapsedTimer timer;
    timer.start();
    auto *window = new LogViewerWindow(archive);
    window->show();
    QWidget *viewport = window->view()->viewport();
    while (r.appears < 0 || r.firstScreen < 0) {
        if (r.appears < 0 && window->windowHandle() && window->windowHandle()->isExposed())
            r.appears = timer.nsecsElapsed() / 1e9;
        if (r.firstScreen < 0 && viewport->isVisible() &&
            window->document()->lineCount() >= screenLines) {
            viewport->repaint(); // what the next paint event shows, painted now
            r.firstScreen = timer.nsecsElapsed() / 1e9;
        }
        if (timer.elapsed() > 120000)
            break;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    delete window;
    return r;
}

struct Search
{
    double seconds = -1;
    qint64 matches = 0;
};

// Counts the matches of a pattern in a fully loaded document, as the find bar does.
Search measureSearch(LogDocument &doc, const SearchPattern &pattern)
{
    Search r;
    TextSearch search(&doc);
    QEventLoop loop;
    QObject::connect(&search, &TextSearch::countChanged, &loop,
                     [&](qint64 matches, qint64, bool complete) {
                         if (complete) {
                             r.matches = matches;
                             loop.quit();
                         }
                     });
    QElapsedTimer timer;
    timer.start();
    search.count(pattern);
    loop.exec();
    r.seconds = timer.nsecsElapsed() / 1e9;
    return r;
}

Search bestSearch(const QString &archive, const SearchPattern &pattern)
{
    LogDocument doc;
    QEventLoop loop;
    QObject::connect(&doc, &LogDocument::finished, &loop, &QEventLoop::quit);
    doc.open(archive);
    loop.exec();
    Search best;
    for (int run = 0; run < runs; ++run) {
        const Search s = measureSearch(doc, pattern);
        if (run == 0 || s.seconds < best.seconds)
            best = s;
    }
    return best;
}

// Runs `command` through sh; its time in s and the number it printed.
double measureTool(const QString &command, qint64 *count, double *cpu)
{
    const double cpuBefore = cpuSeconds(RUSAGE_CHILDREN);
    QProcess p;
    QElapsedTimer timer;
    timer.start();
    p.start(QStringLiteral("sh"), {QStringLiteral("-c"), command});
    p.waitForFinished(-1);
    const double seconds = timer.nsecsElapsed() / 1e9;
    *count = p.readAllStandardOutput().trimmed().toLongLong();
    *cpu = cpuSeconds(RUSAGE_CHILDREN) - cpuBefore;
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0 ? seconds : -1;
}
} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const qint64 mib = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1024;
    QTemporaryDir dir;
    qputenv("TMPDIR", dir.path().toLocal8Bit()); // the documents' temporary files go here too
    const QString source = dir.filePath(QStringLiteral("access.log"));
    std::printf("Generating %lld MiB of access log...\n", mib);
    std::fflush(stdout);
    LogGenerator::writeFile(source, mib << 20);

    struct Case
    {
        const char *codec;
        const char *tool;
    };
    const Case cases[] = {{"gzip", "zcat"}, {"zstd", "zstdcat"}};
    QStringList archives;
    for (const Case &c : cases) {
        const Codec codec = Codecs::fromName(QLatin1String(c.codec)).value_or(Codec::None);
        const QString archive = source + Codecs::extension(codec);
        const auto result = ArchiveCompressor().compress(source, archive, codec, -1);
        if (!result.ok) {
            std::printf("%s: %s\n", c.codec, qPrintable(result.error));
            return 1;
        }
        archives.append(archive);
    }
    QFile::remove(source);
    const double peakSetup = peakRssMiB();
    const bool peakReset = resetPeakRss();

    std::printf("\n%-5s | %-9s | %-12s | %-10s | %-24s | %-10s | %s\n", "codec", "archive",
                "first screen", "full index", "tool pipeline", "speed", "lines");
    for (int i = 0; i < 2; ++i) {
        const Case &c = cases[i];
        const QString archive = archives.at(i);
        // Alternating, best of three each: the machine may be shared.
        Ours ours;
        double toolSeconds = -1;
        double toolCpu = -1;
        qint64 toolCount = 0;
        const QString command =
            QStringLiteral("%1 '%2' | wc -l").arg(QLatin1String(c.tool), archive);
        for (int run = 0; run < runs; ++run) {
            warm(archive);
            const Ours o = measureOurs(archive);
            if (!o.error.isEmpty()) {
                std::printf("%s: %s\n", c.codec, qPrintable(o.error));
                return 1;
            }
            if (run == 0 || o.full < ours.full) {
                ours.full = o.full;
                ours.lines = o.lines;
                ours.indexBytes = o.indexBytes;
            }
            if (run == 0 || o.firstScreen < ours.firstScreen)
                ours.firstScreen = o.firstScreen;
            if (run == 0 || o.middleLine < ours.middleLine)
                ours.middleLine = o.middleLine;
            if (run == 0 || o.cpu < ours.cpu)
                ours.cpu = o.cpu;
            warm(archive);
            double cpu = 0;
            const double t = measureTool(command, &toolCount, &cpu);
            if (run == 0 || t < toolSeconds)
                toolSeconds = t;
            if (run == 0 || cpu < toolCpu)
                toolCpu = cpu;
        }
        const double mbs = (mib << 20) / 1e6;
        std::printf("%-5s | %6.1f MB | %9.3f s  | %6.2f s   | %-24s | %5.2fx     | %lld%s\n",
                    c.codec, QFileInfo(archive).size() / 1e6, ours.firstScreen, ours.full,
                    qPrintable(QStringLiteral("%1 | wc -l: %2 s")
                                   .arg(QLatin1String(c.tool))
                                   .arg(toolSeconds, 0, 'f', 2)),
                    toolSeconds / ours.full, ours.lines,
                    ours.lines == toolCount + 1 || ours.lines == toolCount ? "" : " (MISMATCH)");
        std::printf("      | %.0f MB/s indexed vs %.0f MB/s; CPU %.2f s vs %.2f s; index %.1f KiB; "
                    "a screen in the middle and at the end read in %.2f ms\n",
                    mbs / ours.full, mbs / toolSeconds, ours.cpu, toolCpu, ours.indexBytes / 1024.0,
                    ours.middleLine);
    }

    // The window and the search, on the gzip archive (the common case).
    Window window;
    for (int run = 0; run < runs; ++run) {
        warm(archives.first());
        const Window w = measureWindow(archives.first());
        if (run == 0 || w.appears < window.appears)
            window.appears = w.appears;
        if (run == 0 || w.firstScreen < window.firstScreen)
            window.firstScreen = w.firstScreen;
    }
    std::printf("\nwindow (%s platform, gzip): appears after %.3f s, first screen painted after "
                "%.3f s\n",
                qPrintable(QGuiApplication::platformName()), window.appears, window.firstScreen);
    const QString needle = QStringLiteral("\" 404 ");
    for (const bool caseSensitive : {false, true}) {
        const Search s = bestSearch(archives.first(), SearchPattern(needle, false, caseSensitive));
        std::printf("search for '%s' (%s, as the find bar counts): %lld matches in %.2f s\n",
                    qPrintable(needle), caseSensitive ? "match case" : "ignoring case", s.matches,
                    s.seconds);
    }
    std::printf("\nspeed = pipeline time / LogDocument time (1.0 = as fast; aim >= 0.8); best of "
                "%d runs each, alternating.\n",
                runs);
    std::printf("first screen = open() until the first %lld lines were read back.\n", screenLines);
    std::printf("peak RSS while viewing: %.1f MiB%s (generation and compression before: %.1f "
                "MiB)\n",
                peakRssMiB(), peakReset ? "" : " (whole run: VmHWM could not be reset)", peakSetup);
    return 0;
}
