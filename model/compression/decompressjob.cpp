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
// that decompressing and writing overlap.
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
        m_thread.reset(QThread::create([this] { drain(); }));
        m_thread->setObjectName(QStringLiteral("DecompressJob writer"));
        m_thread->start();
    }
    ~ChunkPipe() { close(); }

    // An empty buffer to fill; none (data null) once the consumer failed.
    Chunk take()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_free.empty() || m_failed; });
        if (m_failed)
            return {};
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
    // No more chunks: waits until every chunk pushed is consumed. False if the consumer failed.
    bool close()
    {
        {
            std::lock_guard lock(m_mutex);
            m_closed = true;
            m_changed.notify_all();
        }
        m_thread->wait();
        return !m_failed;
    }

private:
    void drain()
    {
        for (;;) {
            Chunk chunk;
            {
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [this] { return !m_full.empty() || m_closed; });
                if (m_full.empty())
                    return;
                chunk = std::move(m_full.front());
                m_full.pop_front();
            }
            const bool ok = !m_failed && m_consume(chunk.data.get(), chunk.size);
            std::lock_guard lock(m_mutex);
            if (!ok)
                m_failed = true;
            m_free.push_back(std::move(chunk));
            m_changed.notify_all();
        }
    }

    Consumer m_consume;
    std::unique_ptr<QThread> m_thread;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Chunk> m_free;
    std::deque<Chunk> m_full;
    bool m_closed = false;
    bool m_failed = false; // guarded by m_mutex once the writer runs
};
} // namespace

DecompressJob::DecompressJob(const QString &sourcePath, const QString &targetPath, Target target,
                             QObject *parent)
    : QObject(parent), m_sourcePath(sourcePath), m_targetPath(targetPath), m_target(target)
{}

DecompressJob::~DecompressJob()
{
    cancel();
    if (m_thread)
        m_thread->wait();
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

QString DecompressJob::cancelledMessage()
{
    return tr("cancelled");
}

void DecompressJob::start()
{
    if (m_thread)
        return;
    m_thread.reset(QThread::create([this] {
        const QString error = run();
        // Queued to this object's thread, so receivers never run on the worker; the worker is
        // joined first (it is only returning), so isRunning() is false for them.
        QMetaObject::invokeMethod(
            this,
            [this, error] {
                m_thread->wait();
                m_running = false;
                emit finished(error.isEmpty(), error);
            },
            Qt::QueuedConnection);
    }));
    m_thread->setObjectName(QStringLiteral("DecompressJob"));
    m_running = true;
    m_thread->start();
}

void DecompressJob::cancel()
{
    m_cancel = true;
}

QString DecompressJob::run()
{
    QString error;
    std::unique_ptr<ArchiveReader> reader =
        m_opener ? m_opener(&error)
                 : CompressionBackend::instance().openReader(m_sourcePath, &error);
    if (!reader)
        return error.isEmpty() ? tr("%1: cannot be opened").arg(m_sourcePath) : error;
    const qint64 sourceSize = QFileInfo(m_sourcePath).size();

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
            if (m_cancel) {
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
        if (m_cancel)
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
