#pragma once

// Small helpers shared by the tests: real files in real folders, nothing mocked.

#include "compressionbackend.h"

#include <QByteArray>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QString>

#include <sys/stat.h>
#include <sys/time.h>

namespace TestUtil {

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

inline QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

} // namespace TestUtil
