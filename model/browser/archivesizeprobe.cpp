// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "browser/archivesizeprobe.h"

#include "compression/compressionbackend.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>
#include <sys/stat.h>
#include <sys/xattr.h>

namespace Logkeeper {

namespace {

constexpr int cacheVersion = 1;

bool sameFile(const struct stat &st, qint64 compressedSize, qint64 mtimeNs, quint64 inode)
{
    return qint64(st.st_size) == compressedSize &&
           qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec == mtimeNs &&
           quint64(st.st_ino) == inode;
}

} // namespace

ArchiveSizeProbe::ArchiveSizeProbe(const QString &cacheFile, QObject *parent)
    : QObject(parent), m_cacheFile(cacheFile.isEmpty() ? defaultCachePath() : cacheFile)
{}

ArchiveSizeProbe::~ArchiveSizeProbe()
{
    if (m_thread) {
        {
            QMutexLocker lock(&m_mutex);
            m_stop = true;
            m_wake.wakeAll();
        }
        m_thread->wait(); // the worker writes the cache on its way out
    }
}

QString ArchiveSizeProbe::defaultCachePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) +
           QStringLiteral("/logkeeper/sizes.json");
}

qint64 ArchiveSizeProbe::cheapSize(const ArchiveEntry &entry) const
{
    if (entry.codec == Codec::None)
        return entry.compressedSize; // an uncompressed rotated file is its own content

    char value[32];
    const ssize_t n = ::lgetxattr(QFile::encodeName(entry.path).constData(), sizeAttribute(), value,
                                  sizeof value);
    if (n > 0) {
        bool ok = false;
        const qint64 recorded = QByteArray(value, int(n)).toLongLong(&ok);
        if (ok && recorded >= 0)
            return recorded;
    }

    QMutexLocker lock(&m_mutex);
    ensureLoaded();
    const auto it = m_cache.constFind(entry.path);
    if (it != m_cache.cend() && it->compressedSize == entry.compressedSize &&
        it->mtimeNs == entry.mtimeNs && it->inode == entry.inode)
        return it->size;
    return -1;
}

void ArchiveSizeProbe::count(const ArchiveEntry &entry)
{
    int queued = 0;
    {
        QMutexLocker lock(&m_mutex);
        m_queue.erase(std::remove_if(m_queue.begin(), m_queue.end(),
                                     [&](const ArchiveEntry &e) { return e.path == entry.path; }),
                      m_queue.end());
        m_queue.append(entry);
        queued = m_queue.size() + (m_current.isEmpty() ? 0 : 1);
        m_wake.wakeAll();
    }
    if (!m_thread) {
        m_thread.reset(QThread::create([this] { run(); }));
        m_thread->setObjectName(QStringLiteral("ArchiveSizeProbe"));
        m_thread->start(QThread::LowPriority);
    }
    emit pendingChanged(queued);
}

void ArchiveSizeProbe::forget(const QString &path)
{
    int queued = 0;
    {
        QMutexLocker lock(&m_mutex);
        m_queue.erase(std::remove_if(m_queue.begin(), m_queue.end(),
                                     [&](const ArchiveEntry &e) { return e.path == path; }),
                      m_queue.end());
        if (m_current == path)
            m_abandonCurrent = true;
        queued = m_queue.size() + (m_current.isEmpty() ? 0 : 1);
    }
    emit pendingChanged(queued);
}

int ArchiveSizeProbe::pending() const
{
    QMutexLocker lock(&m_mutex);
    return m_queue.size() + (m_current.isEmpty() ? 0 : 1);
}

void ArchiveSizeProbe::ensureLoaded() const
{
    if (m_loaded)
        return;
    m_loaded = true;
    m_cache = readCache(m_cacheFile);
}

QHash<QString, ArchiveSizeProbe::Cached> ArchiveSizeProbe::readCache(const QString &file)
{
    QHash<QString, Cached> cache;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return cache; // none yet: every size is counted once more
    // A damaged or foreign cache is only a cache: what cannot be read is counted again.
    const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    if (root.value(QLatin1String("version")).toInt() != cacheVersion)
        return cache;
    const QJsonArray sizes = root.value(QLatin1String("sizes")).toArray();
    for (const QJsonValue &value : sizes) {
        const QJsonObject o = value.toObject();
        Cached c;
        bool ok[4] = {false, false, false, false};
        c.compressedSize = o.value(QLatin1String("bytes")).toString().toLongLong(&ok[0]);
        c.mtimeNs = o.value(QLatin1String("mtime_ns")).toString().toLongLong(&ok[1]);
        c.inode = o.value(QLatin1String("inode")).toString().toULongLong(&ok[2]);
        c.size = o.value(QLatin1String("size")).toString().toLongLong(&ok[3]);
        const QString path = o.value(QLatin1String("path")).toString();
        if (ok[0] && ok[1] && ok[2] && ok[3] && c.size >= 0 && !path.isEmpty())
            cache.insert(path, c);
    }
    return cache;
}

void ArchiveSizeProbe::saveCache()
{
    QHash<QString, Cached> ours;
    {
        QMutexLocker lock(&m_mutex);
        ensureLoaded();
        ours = m_cache;
        m_cacheDirty = false;
    }
    // Another Logkeeper window may have counted other archives meanwhile: keep its work too.
    QHash<QString, Cached> merged = readCache(m_cacheFile);
    for (auto it = ours.cbegin(); it != ours.cend(); ++it)
        merged.insert(it.key(), it.value());

    QJsonArray sizes;
    for (auto it = merged.cbegin(); it != merged.cend(); ++it) {
        // Archives that are gone or changed since they were counted are dropped, so the cache
        // never outgrows the archives that exist.
        struct stat st;
        if (::lstat(QFile::encodeName(it.key()).constData(), &st) != 0 ||
            !sameFile(st, it->compressedSize, it->mtimeNs, it->inode))
            continue;
        sizes.append(QJsonObject{
            {QLatin1String("path"), it.key()},
            {QLatin1String("bytes"), QString::number(it->compressedSize)},
            {QLatin1String("mtime_ns"), QString::number(it->mtimeNs)},
            {QLatin1String("inode"), QString::number(it->inode)},
            {QLatin1String("size"), QString::number(it->size)},
        });
    }
    QDir().mkpath(QFileInfo(m_cacheFile).absolutePath());
    QSaveFile out(m_cacheFile);
    if (out.open(QIODevice::WriteOnly)) {
        out.write(QJsonDocument(QJsonObject{{QLatin1String("version"), cacheVersion},
                                            {QLatin1String("sizes"), sizes}})
                      .toJson(QJsonDocument::Compact));
        out.commit(); // a cache that cannot be written only costs counting again next time
    }
}

qint64 ArchiveSizeProbe::countBytes(const ArchiveEntry &entry, QString *error)
{
    ++m_decompressions;
    std::unique_ptr<ArchiveReader> reader =
        CompressionBackend::instance().openReader(entry.path, error);
    if (!reader)
        return -1;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    qint64 total = 0;
    for (;;) {
        if (m_stop || m_abandonCurrent)
            return -1;
        const qint64 n = reader->read(buffer.data(), buffer.size());
        if (n < 0) {
            *error = reader->errorString();
            return -1;
        }
        if (n == 0)
            return total;
        total += n;
    }
}

void ArchiveSizeProbe::run()
{
    for (;;) {
        ArchiveEntry entry;
        {
            QMutexLocker lock(&m_mutex);
            while (m_queue.isEmpty() && !m_stop) {
                if (m_cacheDirty) { // idle: a good moment to write down what was counted
                    lock.unlock();
                    saveCache();
                    lock.relock();
                    continue;
                }
                m_wake.wait(&m_mutex);
            }
            if (m_stop)
                break;
            const auto smallest = std::min_element(
                m_queue.begin(), m_queue.end(), [](const ArchiveEntry &a, const ArchiveEntry &b) {
                    return a.compressedSize < b.compressedSize;
                });
            entry = *smallest;
            m_queue.erase(smallest);
            m_current = entry.path;
            m_abandonCurrent = false;
        }

        QString error;
        const qint64 size = countBytes(entry, &error);
        const bool abandoned = m_abandonCurrent;
        int queued = 0;
        {
            QMutexLocker lock(&m_mutex);
            m_current.clear();
            queued = m_queue.size();
            if (size >= 0) {
                ensureLoaded();
                m_cache.insert(entry.path,
                               {entry.compressedSize, entry.mtimeNs, entry.inode, size});
                m_cacheDirty = true;
            }
        }
        if (m_stop)
            break;
        if (!abandoned) {
            entry.size = size;
            if (size >= 0)
                emit sizeCounted(entry);
            else
                emit sizeFailed(entry, error);
        }
        emit pendingChanged(queued);
    }
    bool dirty = false;
    {
        QMutexLocker lock(&m_mutex);
        dirty = m_cacheDirty;
    }
    if (dirty)
        saveCache();
}

} // namespace Logkeeper
