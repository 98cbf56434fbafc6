// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "core/readahead.h"

#include "core/posixfile.h"
#include "core/workpool.h"

#include <QByteArray>
#include <QVector>

#include <cerrno>
#include <condition_variable>
#include <mutex>

namespace Logkeeper {

struct ReadAhead::Shared
{
    enum class Slot
    {
        Free,    // nobody's: the next block may be read into it
        Reading, // a block is being read into it
        Ready,   // holds block `block` (or its error)
    };
    struct Buffer
    {
        QByteArray data;
        Slot slot = Slot::Free;
        qint64 bytes = 0;
        int error = -1; // -1: read fine; otherwise errno, 0 = the file ended early
    };

    int fd;
    qint64 size;
    qint64 blockSize;
    qint64 blocks;
    QVector<Buffer> ring;

    std::mutex mutex;
    std::condition_variable changed;
    qint64 nextToRead = 0;  // the first block nobody has started to read
    qint64 consumed = 0;    // blocks handed out and given back
    bool handedOut = false; // the consumer still holds block consumed - 1
    bool stop = false;
    bool jobStarted = false;
    bool jobRunning = false;
    bool jobCancelled = false;

    Buffer &bufferFor(qint64 block) { return ring[int(block % ring.size())]; }

    // Reads block into its buffer (with the lock released while reading).
    void read(qint64 block, std::unique_lock<std::mutex> &lock)
    {
        Buffer &b = bufferFor(block);
        b.slot = Slot::Reading;
        const qint64 n = qMin(blockSize, size - block * blockSize);
        lock.unlock();
        const bool ok = PosixFile::preadFully(fd, b.data.data(), n, block * blockSize);
        const int err = ok ? -1 : errno;
        lock.lock();
        b.bytes = n;
        b.error = err;
        b.slot = Slot::Ready;
        changed.notify_all();
    }

    void runAhead()
    {
        std::unique_lock<std::mutex> lock(mutex);
        if (jobCancelled)
            return;
        jobStarted = jobRunning = true;
        for (;;) {
            // Its buffer is free once the block `depth` before it has been given back.
            changed.wait(lock, [&] {
                return stop || nextToRead >= blocks ||
                       (nextToRead < consumed + ring.size() &&
                        bufferFor(nextToRead).slot == Slot::Free);
            });
            if (stop || nextToRead >= blocks)
                break;
            read(nextToRead++, lock);
        }
        jobRunning = false;
        changed.notify_all();
    }
};

ReadAhead::ReadAhead(int fd, qint64 size, qint64 blockSize, int depth)
    : d(std::make_shared<Shared>())
{
    d->fd = fd;
    d->size = qMax<qint64>(0, size);
    d->blockSize = qMax<qint64>(1, blockSize);
    d->blocks = (d->size + d->blockSize - 1) / d->blockSize;
    // No more buffers than blocks: a small file gets one small buffer.
    const int buffers = int(qBound(qint64(1), d->blocks, qint64(qMax(1, depth))));
    d->ring.resize(buffers);
    for (Shared::Buffer &b : d->ring)
        b.data = QByteArray(int(qMin(d->blockSize, qMax<qint64>(1, d->size))), Qt::Uninitialized);
}

ReadAhead::~ReadAhead()
{
    std::unique_lock<std::mutex> lock(d->mutex);
    d->stop = true;
    if (!d->jobStarted)
        d->jobCancelled = true; // a job that starts later does nothing
    d->changed.notify_all();
    d->changed.wait(lock, [this] { return !d->jobRunning; });
}

void ReadAhead::startBeside()
{
    if (d->blocks < 2)
        return; // nothing to read ahead of
    const std::shared_ptr<Shared> shared = d;
    WorkPool::start([shared](const CancelToken &) { shared->runAhead(); });
}

bool ReadAhead::next(const char **data, qint64 *bytes, int *error)
{
    std::unique_lock<std::mutex> lock(d->mutex);
    if (d->handedOut) { // the previous block is given back: its buffer is free again
        d->bufferFor(d->consumed - 1).slot = Shared::Slot::Free;
        d->handedOut = false;
        d->changed.notify_all();
    }
    const qint64 block = d->consumed;
    if (block >= d->blocks) {
        *data = nullptr;
        *bytes = 0;
        return true;
    }
    if (d->nextToRead <= block) // nobody has started on it: read it here
        d->read(d->nextToRead++, lock);
    Shared::Buffer &b = d->bufferFor(block);
    d->changed.wait(lock, [&] { return b.slot == Shared::Slot::Ready; });
    d->consumed = block + 1;
    d->handedOut = true;
    if (b.error >= 0) {
        *error = b.error;
        return false;
    }
    *data = b.data.constData();
    *bytes = b.bytes;
    return true;
}

} // namespace Logkeeper
