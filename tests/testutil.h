// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

// Small helpers shared by the tests: real files in real folders, nothing mocked.

#include "compression/archivecompressor.h"
#include "compression/compressionbackend.h"
#include "core/archivenaming.h"
#include "core/codecs.h"

#include <QByteArray>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcessEnvironment>
#include <QString>

#include <sys/stat.h>
#include <sys/time.h>
#include <sys/vfs.h>

namespace TestUtil {
using namespace Logkeeper;

inline bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

inline bool appendFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Append) && f.write(data) == data.size();
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The decompressed content of an archive (or a plain file), through a backend (the build's by
// default).
inline QByteArray readArchive(const QString &path, QString *error = nullptr,
                              const CompressionBackend &backend = CompressionBackend::instance())
{
    QString err;
    auto reader = backend.openReader(path, &err);
    QByteArray out;
    if (!reader) {
        if (error)
            *error = err;
        return out;
    }
    char buffer[65536];
    for (;;) {
        const qint64 n = reader->read(buffer, sizeof buffer);
        if (n < 0) {
            if (error)
                *error = reader->errorString();
            return out;
        }
        if (n == 0)
            break;
        out.append(buffer, int(n));
    }
    return out;
}

// Codecs by name, as tests put them in their data rows ("none": a plain copy).
inline Codec codec(const QString &name)
{
    const std::optional<Codec> c = Codecs::fromName(name);
    Q_ASSERT_X(c, "TestUtil::codec", qPrintable(name));
    return c.value_or(Codec::None);
}
// The names of the codecs the build offers.
inline QStringList codecNames()
{
    return Codecs::names(CompressionBackend::instance().codecs());
}
inline QString extension(const QString &codecName)
{
    return Codecs::extension(codec(codecName));
}
// TestUtil::compress() through the build's backend, the codec by name.
inline ArchiveCompressor::Result compress(const QString &source, const QString &target,
                                          const QString &codecName, int level = -1)
{
    return ArchiveCompressor().compress(source, target, codec(codecName), level);
}

inline bool setMtime(const QString &path, const QDateTime &when)
{
    struct timeval times[2];
    times[0].tv_sec = times[1].tv_sec = when.toSecsSinceEpoch();
    times[0].tv_usec = times[1].tv_usec = 0;
    return ::utimes(QFile::encodeName(path).constData(), times) == 0;
}

// Numbered lines "<prefix> 000042 ...\n" so every line can be accounted for afterwards.
inline QByteArray numberedLines(const QByteArray &prefix, int first, int count, int width = 80)
{
    QByteArray out;
    for (int i = first; i < first + count; ++i) {
        QByteArray line = prefix + ' ' + QByteArray::number(i).rightJustified(8, '0') + ' ';
        line += QByteArray(qMax(0, width - 1 - line.size()), 'x');
        out += line + '\n';
    }
    return out;
}

// Whether the filesystem holding dir has FALLOC_FL_COLLAPSE_RANGE (ext4, XFS): only there can
// copytruncate guarantee that nothing written during the copy is lost.
inline bool supportsCollapse(const QString &dir)
{
    struct statfs fs;
    if (::statfs(QFile::encodeName(dir).constData(), &fs) != 0)
        return false;
    return fs.f_type == 0xEF53 /* ext2/3/4 */ || fs.f_type == 0x58465342 /* XFS */;
}

// For the truncate fallback: the numbered lines (numberedLines(prefix, ..., width)) in `text`
// are strictly increasing — nothing doubled, nothing reordered. Returns the number of torn
// lines (a write caught between the last read and the truncate), or -1 when a line repeats or
// goes backwards.
inline int tornLinesIfOrdered(const QByteArray &text, int prefixLength, int width)
{
    int previous = -1, torn = 0;
    for (const QByteArray &line : text.split('\n')) {
        bool ok = false;
        const int number = line.size() == width - 1 ? line.mid(prefixLength + 1, 8).toInt(&ok) : -1;
        if (!ok) {
            ++torn;
            continue;
        }
        if (number <= previous)
            return -1;
        previous = number;
    }
    return torn;
}

// The environment for running the logkeeper binary on a test's own folders: its config and
// state under `home`, and no display, so it runs headless.
inline QProcessEnvironment isolatedEnvironment(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("XDG_CONFIG_HOME", home + "/config");
    env.insert("XDG_STATE_HOME", home + "/state");
    env.insert("HOME", home);
    env.remove("DISPLAY");
    env.remove("WAYLAND_DISPLAY");
    return env;
}

// Makes XDG_CONFIG_HOME, XDG_STATE_HOME, XDG_CACHE_HOME and XDG_RUNTIME_DIR (private, as the
// spec wants) folders under home and points them there: in `env` for a child process, or in
// this process when env is null (before anything used QStandardPaths).
inline bool makeXdgFolders(const QString &home, QProcessEnvironment *env = nullptr)
{
    for (const char *var :
         {"XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"}) {
        const QString dir = home + '/' + var;
        if (!QDir().mkpath(dir))
            return false;
        if (env)
            env->insert(var, dir);
        else
            qputenv(var, QFile::encodeName(dir));
    }
    return QFile::setPermissions(home + "/XDG_RUNTIME_DIR",
                                 QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

inline QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

// The compressed archives in a folder, in rotation order.
inline QStringList compressedIn(const QString &dir)
{
    QStringList out;
    for (const QString &name : entries(dir)) {
        if (Codecs::isCompressedName(name))
            out.append(name);
    }
    ArchiveNaming::sortByRotation(out);
    return out;
}

} // namespace TestUtil
