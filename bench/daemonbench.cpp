// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
// The daemon under load, measured through the real binary: idle cost with 2000 watched files,
// reaction time from the write that crosses the limit to the finished archive, `--once` on a
// 20 MB log beside logrotate, 5000 small files rotated at once beside logrotate, and 10 000
// watched files (start-up, memory, inotify watches, and what happens at the inotify limit).
// The single-write reaction, --once and the small files run with the default config
// (rename, debounce_time 5 s, max_wait 30 s): nothing shortened. Prints figures; asserts nothing.
// Usage: logkeeper-bench-daemon [idle|reaction|once|smallfiles|scale]... (default: all)
// Environment: LOGKEEPER_BENCH_BINARY (another build's logkeeper, to compare builds),
// LOGKEEPER_BENCH_ROUNDS (small files on a fresh ext4, default 3), LOGKEEPER_BENCH_SETTLE
// (seconds of pause before each small-files run on the machine's disk, default 65).

#include "core/codecs.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

using namespace Logkeeper;

namespace {

// The binary under test: this build's, or another build's (LOGKEEPER_BENCH_BINARY) to compare.
QString binary()
{
    return qEnvironmentVariableIsSet("LOGKEEPER_BENCH_BINARY")
               ? qEnvironmentVariable("LOGKEEPER_BENCH_BINARY")
               : QStringLiteral(LOGKEEPER_BINARY);
}

QProcessEnvironment environment(const QTemporaryDir &dir)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_STATE_HOME"), dir.filePath(QStringLiteral("state")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.remove(QStringLiteral("DISPLAY"));
    return env;
}

void writeJson(const QString &path, const QJsonObject &o)
{
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(QJsonDocument(o).toJson());
}

void writeBytes(const QString &path, const QByteArray &data, bool append = false)
{
    QFile f(path);
    f.open(append ? QIODevice::Append : QIODevice::WriteOnly);
    f.write(data);
}

// CPU seconds (user + system) and peak RSS (MiB) of a running process.
void usage(qint64 pid, double *cpu, double *peakMib)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    stat.open(QIODevice::ReadOnly);
    const QList<QByteArray> fields = stat.readAll().split(')').value(1).split(' ');
    const double ticks = double(sysconf(_SC_CLK_TCK));
    *cpu = (fields.value(12).toLongLong() + fields.value(13).toLongLong()) / ticks;
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    status.open(QIODevice::ReadOnly);
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            *peakMib = line.mid(6).trimmed().split(' ').value(0).toLongLong() / 1024.0;
    }
}

int inotifyWatches(qint64 pid)
{
    int watches = 0;
    const QDir fds(QStringLiteral("/proc/%1/fdinfo").arg(pid));
    for (const QString &fd : fds.entryList(QDir::Files)) {
        QFile info(fds.filePath(fd));
        if (!info.open(QIODevice::ReadOnly))
            continue; // closed meanwhile
        watches += int(info.readAll().count("inotify wd:"));
    }
    return watches;
}

// Sets of `filesPerSet` small files, each set in its own folder.
QJsonObject manySets(const QTemporaryDir &dir, int sets, int filesPerSet, double pollSeconds)
{
    QJsonArray list;
    for (int s = 0; s < sets; ++s) {
        const QString logDir = dir.filePath(QStringLiteral("logs/%1").arg(s));
        QDir().mkpath(logDir);
        for (int f = 0; f < filesPerSet; ++f)
            writeBytes(logDir + QStringLiteral("/f%1.log").arg(f), "a line\n");
        list.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("set%1").arg(s)},
                                {QStringLiteral("log_dir"), logDir},
                                {QStringLiteral("patterns"), QJsonArray{QStringLiteral("*.log")}}});
    }
    return QJsonObject{{QStringLiteral("log_sets"), list},
                       {QStringLiteral("poll_interval"), pollSeconds},
                       {QStringLiteral("state_file"), dir.filePath(QStringLiteral("state.json"))}};
}

bool waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!condition()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QThread::msleep(5);
    }
    return true;
}

void idle()
{
    QTemporaryDir dir;
    writeJson(dir.filePath(QStringLiteral("config.json")), manySets(dir, 100, 20, 60));
    QProcess daemon;
    daemon.setProcessEnvironment(environment(dir));
    daemon.start(binary(), {QStringLiteral("--headless"), QStringLiteral("--config"),
                            dir.filePath(QStringLiteral("config.json"))});
    daemon.waitForStarted();
    const qint64 pid = daemon.processId();
    waitFor([&] { return inotifyWatches(pid) >= 2100; }, 30000);
    double cpuStart = 0, cpuEnd = 0, peak = 0;
    usage(pid, &cpuStart, &peak);
    const int seconds = qEnvironmentVariableIntValue("LOGKEEPER_BENCH_IDLE_SECONDS") > 0
                            ? qEnvironmentVariableIntValue("LOGKEEPER_BENCH_IDLE_SECONDS")
                            : 30;
    QThread::sleep(seconds);
    usage(pid, &cpuEnd, &peak);
    std::printf("idle: 2000 files in 100 sets, %d s  | CPU %.2f s while idle (+%.2f s start-up) | "
                "peak RSS %.1f MiB | %d inotify watches   [aim: <= 0.3 s, <= 80 MB]\n",
                seconds, cpuEnd - cpuStart, cpuStart, peak, inotifyWatches(pid));
    daemon.terminate();
    daemon.waitForFinished();
}

int compressedFiles(const QString &dir)
{
    int n = 0;
    for (const QString &name : QDir(dir).entryList(QDir::Files))
        n += Codecs::isCompressedName(name) ? 1 : 0;
    return n;
}

// The default config for one log: only where it is (and a state file of the bench's own).
QJsonObject defaultConfig(const QTemporaryDir &dir, const QJsonObject &set)
{
    return QJsonObject{{QStringLiteral("log_sets"), QJsonArray{set}},
                       {QStringLiteral("state_file"), dir.filePath(QStringLiteral("state.json"))}};
}

// The default config (rename, max_size_mb 10, debounce_time 5): a log just below the limit, one
// write crosses it; the time until its verified archive is in place. The daemon coalesces a
// log's changes for debounce_time before it looks; the rotated file, which nobody holds, is
// compressed at once.
void reactionDefault()
{
    QTemporaryDir dir;
    const QString logs = dir.filePath(QStringLiteral("logs"));
    QDir().mkpath(logs);
    writeJson(
        dir.filePath(QStringLiteral("config.json")),
        defaultConfig(dir, QJsonObject{{QStringLiteral("log_dir"), logs},
                                       {QStringLiteral("active_log"), QStringLiteral("app.log")}}));
    QByteArray line = "192.0.2.7 - - [24/Nov/2026:10:00:00 +0000] \"GET /x HTTP/1.1\" 200 512\n";
    QByteArray below;
    while (below.size() < (10 << 20) - (64 << 10))
        below += line;
    writeBytes(logs + QStringLiteral("/app.log"), below);
    QProcess daemon;
    daemon.setProcessEnvironment(environment(dir));
    daemon.start(binary(), {QStringLiteral("--headless"), QStringLiteral("--config"),
                            dir.filePath(QStringLiteral("config.json"))});
    daemon.waitForStarted();
    waitFor([&] { return inotifyWatches(daemon.processId()) >= 2; }, 10000);
    QThread::msleep(1500); // let the start-up check pass
    QByteArray crossing;
    while (crossing.size() < (128 << 10))
        crossing += line;
    QElapsedTimer sinceCrossing;
    writeBytes(logs + QStringLiteral("/app.log"), crossing, true);
    sinceCrossing.start();
    const bool done =
        waitFor([&] { return compressedFiles(logs + QStringLiteral("/archive")) > 0; }, 60000);
    std::printf("reaction (single write, default config: rename, debounce 5 s): %.2f s from the "
                "crossing write to the verified archive%s   [aim: <= debounce + 0.5 s = 5.5 s]\n",
                sinceCrossing.elapsed() / 1000.0, done ? "" : " (NO ARCHIVE)");
    daemon.terminate();
    daemon.waitForFinished();
}

// `logkeeper --once` with the default config on a 20 MB log nobody holds (rename, recreate, gzip
// verified and fsynced) beside `logrotate -f` (create, compress) on the same content.
void once()
{
    const qint64 size = 20 * 1000 * 1000;
    QByteArray content;
    for (int i = 0; content.size() < size; ++i)
        content += QStringLiteral("192.0.2.%1 - - [24/Nov/2026:10:%2:%3 +0000] \"GET /item/%4 "
                                  "HTTP/1.1\" 200 %5\n")
                       .arg(i % 251)
                       .arg(i / 60 % 60, 2, 10, QLatin1Char('0'))
                       .arg(i % 60, 2, 10, QLatin1Char('0'))
                       .arg(i * 7919 % 100000)
                       .arg(i % 9000 + 200)
                       .toLatin1();
    content.truncate(size);

    QTemporaryDir ours;
    const QString logs = ours.filePath(QStringLiteral("logs"));
    QDir().mkpath(logs);
    writeBytes(logs + QStringLiteral("/app.log"), content);
    writeJson(ours.filePath(QStringLiteral("config.json")),
              defaultConfig(
                  ours, QJsonObject{{QStringLiteral("log_dir"), logs},
                                    {QStringLiteral("active_log"), QStringLiteral("app.log")}}));
    QTemporaryDir theirs;
    const QString theirLogs = theirs.filePath(QStringLiteral("logs"));
    QDir().mkpath(theirLogs);
    writeBytes(theirLogs + QStringLiteral("/app.log"), content);
    writeBytes(theirs.filePath(QStringLiteral("logrotate.conf")),
               (theirLogs + QStringLiteral("/app.log {\n  rotate 10\n  create\n  compress\n  "
                                           "nodelaycompress\n}\n"))
                   .toUtf8());
    ::sync();

    QProcess lk;
    lk.setProcessEnvironment(environment(ours));
    lk.setStandardErrorFile(QProcess::nullDevice());
    QElapsedTimer t;
    t.start();
    lk.start(binary(), {QStringLiteral("--once"), QStringLiteral("--config"),
                        ours.filePath(QStringLiteral("config.json"))});
    lk.waitForFinished(-1);
    const double oursSeconds = t.nsecsElapsed() / 1e9;
    const bool oursOk =
        lk.exitCode() == 0 && compressedFiles(logs + QStringLiteral("/archive")) == 1;

    QProcess lr;
    t.restart();
    lr.start(QStringLiteral("logrotate"),
             {QStringLiteral("-f"), QStringLiteral("-s"), theirs.filePath(QStringLiteral("state")),
              theirs.filePath(QStringLiteral("logrotate.conf"))});
    const bool started = lr.waitForStarted();
    lr.waitForFinished(-1);
    const double theirsSeconds = t.nsecsElapsed() / 1e9;
    std::printf("--once, default config, a 20 MB log nobody holds: logkeeper %.2f s wall%s | "
                "logrotate -f (create, compress; no fsync, no verification) %s   [aim: < 1.5 s]\n",
                oursSeconds, oursOk ? "" : " (FAILED)",
                started ? qPrintable(QStringLiteral("%1 s").arg(theirsSeconds, 0, 'f', 2))
                        : "not installed");
}

void reaction()
{
    reactionDefault();
    for (const bool steady : {false, true}) {
        QTemporaryDir dir;
        const QString logs = dir.filePath(QStringLiteral("logs"));
        QDir().mkpath(logs);
        const double maxWait = 5;
        writeJson(
            dir.filePath(QStringLiteral("config.json")),
            QJsonObject{
                {QStringLiteral("log_sets"),
                 QJsonArray{QJsonObject{
                     {QStringLiteral("log_dir"), logs},
                     {QStringLiteral("active_log"), QStringLiteral("app.log")},
                     {QStringLiteral("rotation"),
                      QJsonObject{{QStringLiteral("max_size_mb"), 1},
                                  {QStringLiteral("strategy"), QStringLiteral("copytruncate")}}}}}},
                {QStringLiteral("debounce_time"), 1},
                {QStringLiteral("max_wait"), maxWait},
                {QStringLiteral("state_file"), dir.filePath(QStringLiteral("state.json"))}});
        writeBytes(logs + QStringLiteral("/app.log"), QByteArray(900 * 1024, 'x'));
        QProcess daemon;
        daemon.setProcessEnvironment(environment(dir));
        daemon.start(binary(), {QStringLiteral("--headless"), QStringLiteral("--config"),
                                dir.filePath(QStringLiteral("config.json"))});
        daemon.waitForStarted();
        waitFor([&] { return inotifyWatches(daemon.processId()) >= 2; }, 10000);
        QThread::msleep(1500); // let the start-up check pass
        auto archived = [&] {
            for (const QString &name :
                 QDir(logs + QStringLiteral("/archive")).entryList(QDir::Files))
                if (Codecs::isCompressedName(name))
                    return true;
            return false;
        };
        QElapsedTimer sinceCrossing;
        if (!steady) {
            writeBytes(logs + QStringLiteral("/app.log"), QByteArray(200 * 1024, 'y') + '\n', true);
            sinceCrossing.start();
            waitFor(archived, 60000);
        } else {
            bool crossed = false;
            QElapsedTimer lastWrite;
            lastWrite.start();
            while (!archived() && (!crossed || sinceCrossing.elapsed() < 60000)) {
                if (lastWrite.elapsed() >= 100) {
                    writeBytes(logs + QStringLiteral("/app.log"), QByteArray(20 * 1024, 'z') + '\n',
                               true);
                    lastWrite.restart();
                    if (!crossed &&
                        QFileInfo(logs + QStringLiteral("/app.log")).size() >= 1 << 20) {
                        crossed = true;
                        sinceCrossing.start();
                    }
                }
                QThread::msleep(2);
            }
        }
        std::printf("reaction (%s): %.2f s from the crossing write to the archive   [aim: <= %s]\n",
                    steady ? "writer every 100 ms, debounce 1 s, max_wait 5 s"
                           : "single write, debounce 1 s",
                    sinceCrossing.elapsed() / 1000.0,
                    steady ? "max_wait + 1 s = 6 s" : "debounce + 1 s = 2 s");
        daemon.terminate();
        daemon.waitForFinished();
    }
}

// Archives (compressed files) in a folder.
double median(QVector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

// The filesystem a folder is on, as /proc/self/mounts names it: "ext4 (rw,relatime,discard)".
QString fileSystemOf(const QString &path)
{
    QFile mounts(QStringLiteral("/proc/self/mounts"));
    mounts.open(QIODevice::ReadOnly);
    QString best, description;
    for (const QByteArray &line : mounts.readAll().split('\n')) {
        const QList<QByteArray> f = line.split(' ');
        const QString point = QString::fromUtf8(f.value(1));
        if (f.size() < 4 || !(path + QLatin1Char('/')).startsWith(point) ||
            point.size() < best.size())
            continue;
        best = point;
        description = QStringLiteral("%1 (%2)").arg(QString::fromUtf8(f.value(2)),
                                                    QString::fromUtf8(f.value(3)));
    }
    return description;
}

// Calls fn with a folder on an ext4 filesystem made afresh (with its journal, as installed
// systems have it) on a loop device on this machine's disk. False when that cannot be had (it
// needs root and mkfs.ext4).
bool onFreshExt4(const std::function<void(const QString &)> &fn)
{
    if (::geteuid() != 0)
        return false;
    QTemporaryDir holder;
    const QString image = holder.filePath(QStringLiteral("fs.img"));
    const QString mountPoint = holder.filePath(QStringLiteral("mnt"));
    QFile file(image);
    if (!file.open(QIODevice::WriteOnly) || !file.resize(qint64(1) << 30))
        return false;
    file.close();
    QDir().mkpath(mountPoint);
    QProcess mkfs;
    mkfs.start(QStringLiteral("mkfs.ext4"), {QStringLiteral("-q"), QStringLiteral("-F"), image});
    if (!mkfs.waitForFinished(120000) || mkfs.exitCode() != 0 ||
        QProcess::execute(QStringLiteral("mount"),
                          {QStringLiteral("-o"), QStringLiteral("loop"), image, mountPoint}) != 0)
        return false;
    fn(mountPoint);
    QProcess::execute(QStringLiteral("umount"), {mountPoint});
    return true;
}

// 5000 files of 12 KiB, all due: `logkeeper --once` (rename, recreate, gzip, with its fsyncs and
// verification) against `logrotate -f` with `create` and `compress` (rename, recreate, gzip;
// logrotate fsyncs nothing). Every run on its own files, synced to disk first so that neither
// pays for writing them.
//  - On a fresh journaled ext4 per run (as root): several rounds in alternating order, medians.
//  - On this machine's temporary folder: one run each, after a pause. Its root filesystem is
//    ext4 without a journal, where creating a file skips inodes freed in the last minute (or
//    five, while unwritten): the files earlier runs removed would slow the next run down.
void smallFiles()
{
    const int count = 5000;
    const int rounds = qEnvironmentVariableIntValue("LOGKEEPER_BENCH_ROUNDS") > 0
                           ? qEnvironmentVariableIntValue("LOGKEEPER_BENCH_ROUNDS")
                           : 3;
    const int settleSeconds = qEnvironmentVariableIsSet("LOGKEEPER_BENCH_SETTLE")
                                  ? qEnvironmentVariableIntValue("LOGKEEPER_BENCH_SETTLE")
                                  : 65;
    QByteArray content;
    while (content.size() < 12 * 1024)
        content += "192.0.2.7 - - [24/Nov/2026:10:00:00 +0000] \"GET /x HTTP/1.1\" 200 512\n";
    content.truncate(12 * 1024);
    auto makeFiles = [&](const QString &dir, int settle) {
        QDir().mkpath(dir);
        for (int i = 0; i < count; ++i)
            writeBytes(dir + QStringLiteral("/f%1.log").arg(i), content);
        ::sync();
        QThread::sleep(settle);
    };

    auto runOurs = [&](const QString &base, int settle) -> double {
        QTemporaryDir dir(base + QStringLiteral("/logkeeper-bench-XXXXXX"));
        const QString logs = dir.filePath(QStringLiteral("logs"));
        makeFiles(logs, settle);
        writeJson(dir.filePath(QStringLiteral("config.json")),
                  QJsonObject{
                      {QStringLiteral("log_sets"),
                       QJsonArray{QJsonObject{
                           {QStringLiteral("log_dir"), logs},
                           {QStringLiteral("patterns"), QJsonArray{QStringLiteral("*.log")}}}}},
                      {QStringLiteral("state_file"), dir.filePath(QStringLiteral("state.json"))}});
        QProcess lk;
        lk.setProcessEnvironment(environment(dir));
        lk.setStandardErrorFile(QProcess::nullDevice());
        QElapsedTimer t;
        t.start();
        // The default config, due as logrotate -f makes them.
        lk.start(binary(),
                 {QStringLiteral("--once"), QStringLiteral("--force"), QStringLiteral("--config"),
                  dir.filePath(QStringLiteral("config.json"))});
        lk.waitForFinished(-1);
        const double seconds = t.nsecsElapsed() / 1e9;
        const int archives = compressedFiles(logs + QStringLiteral("/archive"));
        if (lk.exitCode() != 0 || archives != count)
            std::printf("  logkeeper: exit %d, %d of %d archives!\n", lk.exitCode(), archives,
                        count);
        return seconds;
    };
    auto runTheirs = [&](const QString &base, int settle) -> double {
        QTemporaryDir dir(base + QStringLiteral("/logrotate-bench-XXXXXX"));
        const QString logs = dir.filePath(QStringLiteral("logs"));
        makeFiles(logs, settle);
        writeBytes(dir.filePath(QStringLiteral("logrotate.conf")),
                   (logs + QStringLiteral("/*.log {\n  rotate 10\n  create\n  compress\n  "
                                          "missingok\n  nodelaycompress\n}\n"))
                       .toUtf8());
        QProcess lr;
        QElapsedTimer t;
        t.start();
        lr.start(QStringLiteral("logrotate"),
                 {QStringLiteral("-f"), QStringLiteral("-s"), dir.filePath(QStringLiteral("state")),
                  dir.filePath(QStringLiteral("logrotate.conf"))});
        if (!lr.waitForStarted())
            return -1;
        lr.waitForFinished(-1);
        const double seconds = t.nsecsElapsed() / 1e9;
        const int archives = compressedFiles(logs);
        if (lr.exitCode() != 0 || archives != count)
            std::printf("  logrotate: exit %d, %d of %d archives!\n", lr.exitCode(), archives,
                        count);
        return seconds;
    };
    if (QStandardPaths::findExecutable(QStringLiteral("logrotate")).isEmpty() &&
        QStandardPaths::findExecutable(QStringLiteral("logrotate"), {QStringLiteral("/usr/sbin")})
            .isEmpty()) {
        std::printf("small files: logrotate is not installed (apt-get install logrotate)\n");
        return;
    }

    QVector<double> ours, theirs;
    for (int round = 0; round < rounds; ++round) {
        const bool oursFirst = round % 2 == 0;
        const bool fresh = onFreshExt4([&](const QString &dir) {
            (oursFirst ? ours : theirs).append(oursFirst ? runOurs(dir, 0) : runTheirs(dir, 0));
        });
        if (!fresh) {
            std::printf("small files on a fresh ext4: needs root and mkfs.ext4\n");
            break;
        }
        onFreshExt4([&](const QString &dir) {
            (oursFirst ? theirs : ours).append(oursFirst ? runTheirs(dir, 0) : runOurs(dir, 0));
        });
        std::printf("  small files on a fresh ext4, round %d: logkeeper %.2f s, logrotate %.2f s "
                    "(ratio %.2f)\n",
                    round + 1, ours.last(), theirs.last(), ours.last() / theirs.last());
        std::fflush(stdout);
    }
    if (!ours.isEmpty())
        std::printf("small files: %d x 12 KiB due at once, on a fresh ext4 (journal) each run, "
                    "median of %d | logkeeper --once %.2f s | logrotate -f (create, compress; "
                    "no fsync) %.2f s | ratio %.2f   [aim: <= 0.2]\n",
                    count, int(ours.size()), median(ours), median(theirs),
                    median(ours) / median(theirs));
    std::fflush(stdout);

    const double oursHere = runOurs(QDir::tempPath(), settleSeconds);
    const double theirsHere = runTheirs(QDir::tempPath(), settleSeconds);
    std::printf("small files: the same in %s, %s, after %d s pauses | logkeeper --once %.2f s | "
                "logrotate -f %.2f s | ratio %.2f   [aim: <= 0.2]\n",
                qPrintable(QDir::tempPath()), qPrintable(fileSystemOf(QDir::tempPath())),
                settleSeconds, oursHere, theirsHere, oursHere / theirsHere);
}

void scale()
{
    QTemporaryDir dir;
    writeJson(dir.filePath(QStringLiteral("config.json")), manySets(dir, 500, 20, 60));
    QProcess daemon;
    daemon.setProcessEnvironment(environment(dir));
    QElapsedTimer t;
    t.start();
    daemon.start(binary(), {QStringLiteral("--headless"), QStringLiteral("--config"),
                            dir.filePath(QStringLiteral("config.json"))});
    daemon.waitForStarted();
    const qint64 pid = daemon.processId();
    const bool ready = waitFor([&] { return inotifyWatches(pid) >= 10500; }, 120000);
    const double startup = t.nsecsElapsed() / 1e9;
    double cpu = 0, peak = 0;
    usage(pid, &cpu, &peak);
    std::printf("scale: 10 000 files in 500 sets | all watched after %.2f s%s | peak RSS %.1f MiB "
                "| %d inotify "
                "watches | CPU %.2f s\n",
                startup, ready ? "" : " (not all)", peak, inotifyWatches(pid), cpu);
    daemon.terminate();
    daemon.waitForFinished();

    // At the inotify limit: a clear warning, and polling for the rest.
    QFile limit(QStringLiteral("/proc/sys/fs/inotify/max_user_watches"));
    if (!limit.open(QIODevice::ReadWrite)) {
        std::printf(
            "scale at the inotify limit: needs root to lower fs.inotify.max_user_watches\n");
        return;
    }
    const QByteArray previous = limit.readAll().trimmed();
    limit.seek(0);
    limit.write("4000\n");
    limit.close();
    QProcess limited;
    limited.setProcessEnvironment(environment(dir));
    limited.setProcessChannelMode(QProcess::MergedChannels);
    limited.start(binary(), {QStringLiteral("--headless"), QStringLiteral("--config"),
                             dir.filePath(QStringLiteral("config.json"))});
    limited.waitForStarted();
    QThread::sleep(5);
    const qint64 watches = inotifyWatches(limited.processId());
    limited.terminate();
    limited.waitForFinished();
    QFile restore(QStringLiteral("/proc/sys/fs/inotify/max_user_watches"));
    restore.open(QIODevice::WriteOnly);
    restore.write(previous + '\n');
    QByteArray warning;
    int warnings = 0;
    for (const QByteArray &line : limited.readAll().split('\n')) {
        if (line.contains("cannot watch")) {
            warning = line.left(220);
            ++warnings;
        }
    }
    std::printf("scale at a limit of 4000 watches: %lld watches used, the rest polled; %d warning "
                "line(s), the last:\n  %s\n",
                watches, warnings, warning.isEmpty() ? "(nothing)" : warning.constData());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList which = app.arguments().mid(1);
    if (which.isEmpty())
        which = {QStringLiteral("idle"), QStringLiteral("reaction"), QStringLiteral("once"),
                 QStringLiteral("smallfiles"), QStringLiteral("scale")};
    for (const QString &bench : which) {
        if (bench == QLatin1String("idle"))
            idle();
        else if (bench == QLatin1String("reaction"))
            reaction();
        else if (bench == QLatin1String("once"))
            once();
        else if (bench == QLatin1String("smallfiles"))
            smallFiles();
        else if (bench == QLatin1String("scale"))
            scale();
        std::fflush(stdout);
    }
    return 0;
}
