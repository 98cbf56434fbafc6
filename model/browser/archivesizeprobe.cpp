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
    m_job.cancelAndWait(); // the job writes the cache on its way out
    bool dirty = false;
    {
        QMutexLocker lock(&m_mutex);
        dirty = m_cacheDirty;
    }
    if (dirty) // cancelled before it started: what was counted earlier is still worth keeping
        saveCache();
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
    bool startJob = false;
    {
        QMutexLocker lock(&m_mutex);
        m_queue.erase(std::remove_if(m_queue.begin(), m_queue.end(),
                                     [&](const ArchiveEntry &e) { return e.path == entry.path; }),
                      m_queue.end());
        m_queue.append(entry);
        m_requests.insert(entry.path, ++m_lastRequest);
        queued = m_queue.size() + (m_current.isEmpty() ? 0 : 1);
        startJob = !m_jobRunning;
        m_jobRunning = true;
    }
    // One job at a time drains the queue and ends when it is empty: no thread waits idle.
    if (startJob)
        m_job = WorkPool::start([this](const CancelToken &cancel) { run(cancel); });
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
        m_requests.remove(path);
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

qint64 ArchiveSizeProbe::countBytes(const ArchiveEntry &entry, const CancelToken &cancel,
                                    QString *error)
{
    ++m_decompressions;
    std::unique_ptr<ArchiveReader> reader =
        CompressionBackend::instance().openReader(entry.path, error);
    if (!reader)
        return -1;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    qint64 total = 0;
    for (;;) {
        if (cancel.isCancelled() || m_abandonCurrent)
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

// On a WorkPool thread: counts what is queued, smallest first, and ends when nothing is left (or
// when cancelled), writing the cache on its way out.
void ArchiveSizeProbe::run(const CancelToken &cancel)
{
    for (;;) {
        ArchiveEntry entry;
        quint64 request = 0;
        bool dirty = false;
        {
            QMutexLocker lock(&m_mutex);
            if (m_queue.isEmpty() || cancel.isCancelled()) {
                if (!m_cacheDirty || cancel.isCancelled()) {
                    dirty = m_cacheDirty;
                    m_jobRunning = false; // count() starts a new job from here on
                    lock.unlock();
                    if (dirty)
                        saveCache();
                    return;
                }
                dirty = true;
            } else {
                const auto smallest =
                    std::min_element(m_queue.begin(), m_queue.end(),
                                     [](const ArchiveEntry &a, const ArchiveEntry &b) {
                                         return a.compressedSize < b.compressedSize;
                                     });
                entry = *smallest;
                request = m_requests.value(entry.path);
                m_queue.erase(smallest);
                m_current = entry.path;
                m_abandonCurrent = false;
            }
        }
        if (dirty) { // idle: a good moment to write down what was counted; then look again
            saveCache();
            continue;
        }

        QString error;
        const qint64 size = countBytes(entry, cancel, &error);
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
        if (cancel.isCancelled())
            continue; // to the way out above, which writes the cache
        if (!abandoned) {
            entry.size = size;
            QMetaObject::invokeMethod(
                this, [this, entry, request, error] { deliver(entry, request, error); },
                Qt::QueuedConnection);
        } else {
            emit pendingChanged(queued);
        }
    }
}

// In this object's thread, where forget() is called: a result for a forgotten (or since
// re-queued) request is dropped.
void ArchiveSizeProbe::deliver(const ArchiveEntry &entry, quint64 request, const QString &error)
{
    int queued = 0;
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_requests.constFind(entry.path);
        if (it == m_requests.cend() || *it != request)
            return;
        m_requests.erase(it);
        queued = m_queue.size() + (m_current.isEmpty() ? 0 : 1);
    }
    if (entry.size >= 0)
        emit sizeCounted(entry);
    else
        emit sizeFailed(entry, error);
    emit pendingChanged(queued);
}

} // namespace Logkeeper
