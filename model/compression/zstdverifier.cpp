// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "compression/zstdverifier.h"

#include "core/posixfile.h"
#include "core/workpool.h"

#include <QByteArray>

#include <atomic>
#include <condition_variable>
#include <cstring>
#include <mutex>
#include <sys/stat.h>
#include <zstd.h>

namespace Logkeeper {

namespace {
constexpr qint64 chunkSize = 1 << 20; // archive bytes read back at a time
} // namespace

struct ZstdVerifier::Shared
{
    int archiveFd;
    qint64 archiveStart;
    QString archiveName;
    int sourceFd;
    QString sourceName;
    qint64 sourceBytes;

    std::mutex mutex;
    std::condition_variable changed;
    qint64 writtenEnd = 0; // archive bytes the writer has written so far
    bool finished = false; // writtenEnd is the archive's length
    bool abandoned = false;
    std::atomic_bool stop{false}; // abandoned, read without the lock between chunks
    bool claimed = false;         // someone runs (or ran) the verification
    bool done = false;
    bool ok = false;
    QString error;
    std::atomic_bool failed{false};

    // Whoever comes first runs the verification: the pool thread, or the waiting writer.
    bool claim()
    {
        std::lock_guard<std::mutex> lock(mutex);
        if (claimed)
            return false;
        claimed = true;
        return true;
    }

    void run()
    {
        QString message;
        const bool result = check(&message);
        std::lock_guard<std::mutex> lock(mutex);
        ok = result;
        error = message;
        done = true;
        if (!result)
            failed = true;
        changed.notify_all();
    }

    // Waits until there is more of the archive to read; the end of the readable part, or -1
    // when abandoned.
    qint64 awaitMore(qint64 consumed, bool *last)
    {
        std::unique_lock<std::mutex> lock(mutex);
        changed.wait(lock, [&] { return abandoned || finished || writtenEnd > consumed; });
        *last = finished;
        return abandoned ? -1 : writtenEnd;
    }

    QString fail(const QString &what) const
    {
        return QStringLiteral("%1: verification failed: %2").arg(archiveName, what);
    }

    bool check(QString *message)
    {
        std::unique_ptr<ZSTD_DCtx, size_t (*)(ZSTD_DCtx *)> dctx(ZSTD_createDCtx(), ZSTD_freeDCtx);
        if (!dctx) {
            *message = fail(QStringLiteral("out of memory"));
            return false;
        }
        // A frame whose window exceeds what Logkeeper writes (level 19 at most needs 8 MiB;
        // --ultra levels 128 MiB) is not ours; the limit guards against a corrupted header.
        ZSTD_DCtx_setParameter(dctx.get(), ZSTD_d_windowLogMax, 27);
        // Small files get small buffers: thousands of them are verified in a pass.
        QByteArray in(qBound(qint64(4096), sourceBytes / 2 + 1024, chunkSize), Qt::Uninitialized);
        const qint64 outSize = qBound(qint64(4096), sourceBytes + 1, chunkSize);
        QByteArray out(outSize, Qt::Uninitialized);
        QByteArray original(outSize, Qt::Uninitialized);
        qint64 consumed = 0; // archive bytes decompressed
        qint64 compared = 0; // source bytes matched
        bool frameDone = false;
        for (;;) {
            bool last = false;
            const qint64 end = awaitMore(consumed, &last);
            if (end < 0) {
                *message = fail(QStringLiteral("abandoned"));
                return false;
            }
            while (consumed < end) {
                const qint64 n = qMin(qint64(in.size()), end - consumed);
                if (!PosixFile::preadFully(archiveFd, in.data(), n, archiveStart + consumed)) {
                    *message =
                        QStringLiteral("cannot read %1 back for verification: %2")
                            .arg(archiveName, errno ? QString::fromLocal8Bit(std::strerror(errno))
                                                    : QStringLiteral("the file shrank"));
                    return false;
                }
                consumed += n;
                if (frameDone) {
                    *message = fail(QStringLiteral("data after the end of the zstd frame"));
                    return false;
                }
                ZSTD_inBuffer input{in.constData(), size_t(n), 0};
                for (;;) {
                    ZSTD_outBuffer output{out.data(), size_t(out.size()), 0};
                    const size_t r = ZSTD_decompressStream(dctx.get(), &output, &input);
                    if (ZSTD_isError(r)) {
                        *message = fail(QString::fromLatin1(ZSTD_getErrorName(r)));
                        return false;
                    }
                    const qint64 produced = qint64(output.pos);
                    if (compared + produced > sourceBytes) {
                        *message = fail(QStringLiteral("it holds more than the %1 bytes of %2")
                                            .arg(sourceBytes)
                                            .arg(sourceName));
                        return false;
                    }
                    if (produced > 0) {
                        if (!PosixFile::preadFully(sourceFd, original.data(), produced, compared)) {
                            *message = QStringLiteral("cannot reread %1 for verification: %2")
                                           .arg(sourceName,
                                                errno ? QString::fromLocal8Bit(std::strerror(errno))
                                                      : QStringLiteral("the file shrank"));
                            return false;
                        }
                        if (std::memcmp(out.constData(), original.constData(), size_t(produced)) !=
                            0) {
                            *message = fail(QStringLiteral("the archive does not match %1 "
                                                           "(first difference within bytes %2 to "
                                                           "%3)")
                                                .arg(sourceName)
                                                .arg(compared)
                                                .arg(compared + produced));
                            return false;
                        }
                        compared += produced;
                    }
                    if (r == 0) { // the frame is complete and its checksum matched
                        frameDone = true;
                        if (input.pos < input.size) {
                            *message = fail(QStringLiteral("data after the end of the zstd frame"));
                            return false;
                        }
                        break;
                    }
                    // More output may be pending while the output buffer came back full.
                    if (input.pos == input.size && output.pos < output.size)
                        break;
                }
                if (stop.load(std::memory_order_relaxed)) {
                    *message = fail(QStringLiteral("abandoned"));
                    return false;
                }
            }
            if (last && consumed == end)
                break;
        }
        if (!frameDone) {
            *message = fail(QStringLiteral("the zstd frame is truncated"));
            return false;
        }
        if (compared != sourceBytes) {
            *message =
                fail(QStringLiteral("%1 bytes instead of %2").arg(compared).arg(sourceBytes));
            return false;
        }
        return true;
    }
};

ZstdVerifier::ZstdVerifier(int archiveFd, qint64 archiveStart, const QString &archiveName,
                           int sourceFd, const QString &sourceName, qint64 sourceBytes)
    : d(std::make_shared<Shared>())
{
    d->archiveFd = archiveFd;
    d->archiveStart = archiveStart;
    d->archiveName = archiveName;
    d->sourceFd = sourceFd;
    d->sourceName = sourceName;
    d->sourceBytes = sourceBytes;
}

ZstdVerifier::~ZstdVerifier()
{
    abandon();
    if (d->claim())
        return; // it never ran, and a pool job that starts later finds it claimed
    std::unique_lock<std::mutex> lock(d->mutex);
    d->changed.wait(lock, [this] { return d->done; });
}

void ZstdVerifier::startBeside()
{
    // The job holds the shared state: it may start after this object is gone.
    const std::shared_ptr<Shared> shared = d;
    WorkPool::start([shared](const CancelToken &) {
        if (shared->claim())
            shared->run();
    });
}

void ZstdVerifier::written(qint64 end)
{
    std::lock_guard<std::mutex> lock(d->mutex);
    d->writtenEnd = end;
    d->changed.notify_all();
}

void ZstdVerifier::finish(qint64 end)
{
    std::lock_guard<std::mutex> lock(d->mutex);
    d->writtenEnd = end;
    d->finished = true;
    d->changed.notify_all();
}

void ZstdVerifier::abandon()
{
    std::lock_guard<std::mutex> lock(d->mutex);
    d->abandoned = true;
    d->stop = true;
    d->changed.notify_all();
}

bool ZstdVerifier::hasFailed() const
{
    return d->failed.load(std::memory_order_relaxed);
}

bool ZstdVerifier::wait(QString *error)
{
    if (d->claim()) {
        // No pool thread took it: everything is written by now, so it runs to its end here.
        d->run();
    }
    std::unique_lock<std::mutex> lock(d->mutex);
    d->changed.wait(lock, [this] { return d->done; });
    if (!d->ok && error)
        *error = d->error;
    return d->ok;
}

bool ZstdVerifier::verify(int archiveFd, const QString &archiveName, int sourceFd,
                          const QString &sourceName, qint64 sourceBytes, QString *error)
{
    struct stat st;
    if (::fstat(archiveFd, &st) != 0) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(archiveName,
                                                  QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    ZstdVerifier verifier(archiveFd, 0, archiveName, sourceFd, sourceName, sourceBytes);
    verifier.finish(st.st_size);
    return verifier.wait(error);
}

} // namespace Logkeeper
