// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "compression/compressionbackend.h"
#include "core/workpool.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace Logkeeper {

// Decompresses one archive (any codec the backend reads, or a plain file; a custom opener reads
// e.g. one member of a tar or zip) into a file on a WorkPool thread: the viewer's temporary
// copy, "open with the default application" and "save a decompressed copy as".
//
// Atomic targets go through QSaveFile: the file appears complete or not at all. Streaming
// targets are written as the data comes (unbuffered, so a reader of the file sees every chunk
// as soon as chunkWritten() says so); on failure they keep what could be read.
class DecompressJob : public QObject
{
    Q_OBJECT
public:
    enum class Target
    {
        Atomic,
        Streaming
    };
    using Opener = std::function<std::unique_ptr<ArchiveReader>(QString *error)>;
    // Called on the worker thread with each chunk right after it was written at `offset`.
    using ChunkObserver = std::function<void(const char *data, qint64 size, qint64 offset)>;

    DecompressJob(const QString &sourcePath, const QString &targetPath, Target target,
                  QObject *parent = nullptr);
    ~DecompressJob() override; // cancels and waits for the worker

    // Before start(): how to open the source (default: the backend's reader of sourcePath).
    void setOpener(Opener opener);
    void setChunkObserver(ChunkObserver observer);
    // Before start(): the most asked of the reader at once (default 1 MiB). Readers drop the
    // part of a chunk they were filling when they hit damage, so a viewer that should show
    // everything before it asks for smaller chunks.
    void setChunkSize(qint64 bytes);
    // Before start(), Streaming targets only: write (and observe) the chunks on a second pool
    // thread while the worker reads (decompresses) on, so both overlap on two cores. The
    // observer is then called on either thread (the reader writes itself while no second thread
    // is free), one call at a time, in order and right after each write.
    void setPipelined(bool pipelined);
    // Before start(): the size progress() reports reading against (default: the source's size;
    // an opener that reads several files knows better).
    void setSourceSize(qint64 bytes);

    void start();
    void cancel(); // thread-safe; finished() follows with the error "cancelled"
    // From start() until finished() has been emitted.
    bool isRunning() const { return m_running; }
    bool isCancelled() const { return m_cancel.isCancelled(); }
    // The token cancel() cancels: for an opener that should stop with the job.
    CancelToken cancelToken() const { return m_cancel; }

    QString sourcePath() const { return m_sourcePath; }
    QString targetPath() const { return m_targetPath; }
    // Thread-safe: decompressed bytes written so far.
    qint64 bytesWritten() const { return m_written; }

    static QString cancelledMessage();

signals:
    // At most about ten times a second: bytes written, and how far into the source reading has
    // got of its size (sourceRead is -1 when the reader cannot tell).
    void progress(qint64 bytesWritten, qint64 sourceRead, qint64 sourceSize);
    // Once, in the thread that owns the job. error names the source and the cause.
    void finished(bool ok, const QString &error);

private:
    QString run();

    QString m_sourcePath;
    QString m_targetPath;
    Target m_target;
    Opener m_opener;
    ChunkObserver m_observer;
    qint64 m_chunkSize = 1 << 20;
    qint64 m_sourceSize = -1;
    bool m_pipelined = false;
    WorkPool::Handle m_worker;
    bool m_started = false;
    CancelToken m_cancel;
    bool m_running = false;
    std::atomic<qint64> m_written{0};
};

} // namespace Logkeeper
