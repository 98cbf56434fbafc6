// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "compression/decompressjob.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <condition_variable>
#include <deque>
#include <mutex>

namespace Logkeeper {

namespace {
// Chunks handed from the reading thread to a writing one through a few recycled buffers, so
// that decompressing and writing overlap. The writer is a pool job; whichever thread finds
// chunks waiting and no one writing them writes the next one (one at a time, in order), so the
// pipe never depends on a second pool thread being free: a reader with no free buffer writes
// one itself, and close() writes what is left.
class ChunkPipe
{
public:
    struct Chunk
    {
        std::unique_ptr<char[]> data;
        qint64 size = 0;
    };
    // Writes one chunk; false stops the pipe.
    using Consumer = std::function<bool(const char *data, qint64 size)>;

    ChunkPipe(qint64 chunkSize, int depth, Consumer consume) : m_consume(std::move(consume))
    {
        for (int i = 0; i < depth; ++i)
            m_free.push_back({std::make_unique<char[]>(size_t(chunkSize)), 0});
        m_writer = WorkPool::start([this](const CancelToken &) { drain(); });
    }
    ~ChunkPipe() { close(); }

    // An empty buffer to fill; none (data null) once the consumer failed.
    Chunk take()
    {
        std::unique_lock lock(m_mutex);
        for (;;) {
            if (m_failed)
                return {};
            if (!m_free.empty())
                break;
            if (!consumeOne(lock)) // the writer is busy with a chunk: wait for it
                m_changed.wait(lock);
        }
        Chunk chunk = std::move(m_free.front());
        m_free.pop_front();
        return chunk;
    }
    void push(Chunk chunk)
    {
        std::lock_guard lock(m_mutex);
        m_full.push_back(std::move(chunk));
        m_changed.notify_all();
    }
    // No more chunks: writes or waits until every chunk pushed is consumed. False if the
    // consumer failed.
    bool close()
    {
        std::unique_lock lock(m_mutex);
        m_closed = true;
        m_changed.notify_all();
        while (!m_full.empty() || m_consuming) {
            if (!consumeOne(lock))
                m_changed.wait(lock);
        }
        lock.unlock();
        m_writer.cancelAndWait(); // a writer job not started yet never runs
        return !m_failed;
    }

private:
    // With the lock held: consumes the next chunk unless another thread is consuming or none
    // is waiting; returns whether it did. Unlocks while the consumer runs.
    bool consumeOne(std::unique_lock<std::mutex> &lock)
    {
        if (m_consuming || m_full.empty())
            return false;
        m_consuming = true;
        Chunk chunk = std::move(m_full.front());
        m_full.pop_front();
        const bool failed = m_failed;
        lock.unlock();
        const bool ok = !failed && m_consume(chunk.data.get(), chunk.size);
        lock.lock();
        m_consuming = false;
        if (!ok)
            m_failed = true;
        m_free.push_back(std::move(chunk));
        m_changed.notify_all();
        return true;
    }

    void drain()
    {
        std::unique_lock lock(m_mutex);
        for (;;) {
            if (consumeOne(lock))
                continue;
            if (m_closed && m_full.empty())
                return;
            m_changed.wait(lock);
        }
    }

    Consumer m_consume;
    WorkPool::Handle m_writer;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Chunk> m_free;
    std::deque<Chunk> m_full;
    bool m_closed = false;
    bool m_consuming = false; // a thread is in m_consume
    bool m_failed = false;
};
} // namespace

DecompressJob::DecompressJob(const QString &sourcePath, const QString &targetPath, Target target,
                             QObject *parent)
    : QObject(parent), m_sourcePath(sourcePath), m_targetPath(targetPath), m_target(target)
{}

DecompressJob::~DecompressJob()
{
    m_cancel.cancel();
    m_worker.cancelAndWait();
}

void DecompressJob::setOpener(Opener opener)
{
    m_opener = std::move(opener);
}

void DecompressJob::setChunkObserver(ChunkObserver observer)
{
    m_observer = std::move(observer);
}

void DecompressJob::setChunkSize(qint64 bytes)
{
    m_chunkSize = qBound(qint64(4096), bytes, qint64(1) << 30);
}

void DecompressJob::setPipelined(bool pipelined)
{
    m_pipelined = pipelined;
}

void DecompressJob::setSourceSize(qint64 bytes)
{
    m_sourceSize = bytes;
}

QString DecompressJob::cancelledMessage()
{
    return tr("cancelled");
}

void DecompressJob::start()
{
    if (m_started)
        return;
    m_started = true;
    m_running = true;
    // The job always runs, also when cancel() came first, so that finished() always follows;
    // only the destructor keeps an unstarted job from running (its own handle's token).
    m_worker = WorkPool::start([this](const CancelToken &) {
        const QString error = run();
        // Queued to this object's thread, so receivers never run on the worker; the worker is
        // waited for first (it is only returning), so isRunning() is false for them.
        QMetaObject::invokeMethod(
            this,
            [this, error] {
                m_worker.wait();
                m_running = false;
                emit finished(error.isEmpty(), error);
            },
            Qt::QueuedConnection);
    });
}

void DecompressJob::cancel()
{
    m_cancel.cancel();
}

QString DecompressJob::run()
{
    QString error;
    std::unique_ptr<ArchiveReader> reader =
        m_opener ? m_opener(&error)
                 : CompressionBackend::instance().openReader(m_sourcePath, &error);
    if (!reader)
        return error.isEmpty() ? tr("%1: cannot be opened").arg(m_sourcePath) : error;
    const qint64 sourceSize = m_sourceSize >= 0 ? m_sourceSize : QFileInfo(m_sourcePath).size();

    std::unique_ptr<QFileDevice> out;
    if (m_target == Target::Atomic)
        out = std::make_unique<QSaveFile>(m_targetPath);
    else
        out = std::make_unique<QFile>(m_targetPath);
    const QIODevice::OpenMode mode =
        m_target == Target::Atomic
            ? QIODevice::WriteOnly
            : QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered;
    if (!out->open(mode))
        return tr("%1: cannot write: %2").arg(m_targetPath, out->errorString());
    auto abandon = [&](const QString &why) {
        if (auto *save = qobject_cast<QSaveFile *>(out.get()))
            save->cancelWriting();
        return why;
    };

    QElapsedTimer sinceProgress;
    sinceProgress.start();
    if (m_pipelined && m_target == Target::Streaming) {
        QString writeError;
        qint64 writeOffset = 0;
        ChunkPipe pipe(m_chunkSize, 8, [&](const char *data, qint64 n) {
            if (out->write(data, n) != n) {
                writeError = tr("%1: cannot write: %2").arg(m_targetPath, out->errorString());
                return false;
            }
            if (m_observer)
                m_observer(data, n, writeOffset);
            writeOffset += n;
            m_written = writeOffset;
            return true;
        });
        QString readError;
        for (;;) {
            if (m_cancel.isCancelled()) {
                readError = cancelledMessage();
                break;
            }
            ChunkPipe::Chunk chunk = pipe.take();
            if (!chunk.data)
                break; // the writer failed
            chunk.size = reader->read(chunk.data.get(), m_chunkSize);
            if (chunk.size < 0)
                readError = reader->errorString();
            if (chunk.size <= 0)
                break;
            pipe.push(std::move(chunk));
            if (sinceProgress.elapsed() >= 100) {
                sinceProgress.restart();
                emit progress(m_written, reader->sourcePosition(), sourceSize);
            }
        }
        // What was read before an error or a cancel is written all the same.
        if (!pipe.close())
            return writeError;
        if (!readError.isEmpty())
            return readError;
        emit progress(m_written, sourceSize, sourceSize);
        return {};
    }

    QByteArray buffer(m_chunkSize, Qt::Uninitialized);
    qint64 offset = 0;
    for (;;) {
        if (m_cancel.isCancelled())
            return abandon(cancelledMessage());
        const qint64 n = reader->read(buffer.data(), buffer.size());
        if (n < 0)
            return abandon(reader->errorString());
        if (n == 0)
            break;
        if (out->write(buffer.constData(), n) != n)
            return abandon(tr("%1: cannot write: %2").arg(m_targetPath, out->errorString()));
        if (m_observer)
            m_observer(buffer.constData(), n, offset);
        offset += n;
        m_written = offset;
        if (sinceProgress.elapsed() >= 100) {
            sinceProgress.restart();
            emit progress(offset, reader->sourcePosition(), sourceSize);
        }
    }
    if (auto *save = qobject_cast<QSaveFile *>(out.get())) {
        if (!save->commit())
            return tr("%1: cannot write: %2").arg(m_targetPath, save->errorString());
    }
    emit progress(offset, sourceSize, sourceSize);
    return {};
}

} // namespace Logkeeper
