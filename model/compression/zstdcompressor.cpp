// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "compression/zstdcompressor.h"

#include "compression/zstdverifier.h"
#include "core/posixfile.h"
#include "core/readahead.h"

#include <QByteArray>
#include <QFile>
#include <QThread>

#include <cstring>
#include <fcntl.h>
#include <memory>
#include <sys/stat.h>
#include <zstd.h>

namespace Logkeeper {

namespace {

// Input per step, zstd's own recommendation (ZSTD_CStreamInSize()); cancellation is checked
// between them.
constexpr qint64 blockSize = 128 << 10;
constexpr qint64 outputSize = 1 << 20;
// Below this the whole frame comes out at the end (zstd's jobs are 8 MiB at level 3): a thread
// beside would only wait, so the verification runs afterwards on the caller's thread, and the
// input is read there too. (Thousands of small files are compressed side by side anyway.)
constexpr qint64 besideFrom = 8 << 20;

QString sysError(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

QString zstdError(size_t code)
{
    return QString::fromLatin1(ZSTD_getErrorName(code));
}

} // namespace

int ZstdCompressor::defaultLevel()
{
    return ZSTD_CLEVEL_DEFAULT;
}

int ZstdCompressor::maxLevel()
{
    return ZSTD_maxCLevel();
}

ZstdCompressor::Result ZstdCompressor::compress(const QString &sourcePath, int outFd,
                                                const QString &outName, const Options &options,
                                                const CancelToken &cancel)
{
    PosixFile::UniqueFd in(
        ::open(QFile::encodeName(sourcePath).constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC));
    struct stat st;
    if (!in.valid() || ::fstat(in.get(), &st) != 0) {
        Result r;
        r.error = QStringLiteral("%1: %2").arg(sourcePath, sysError(errno));
        return r;
    }
    if (!S_ISREG(st.st_mode)) {
        Result r;
        r.error = QStringLiteral("%1: not a regular file").arg(sourcePath);
        return r;
    }
    return compress(in.get(), sourcePath, st.st_size, outFd, outName, options, cancel);
}

ZstdCompressor::Result ZstdCompressor::compress(int sourceFd, const QString &sourceName,
                                                qint64 size, int outFd, const QString &outName,
                                                const Options &options, const CancelToken &cancel)
{
    Result r;
    r.sourceBytes = size;
    const int level = options.level <= 0 ? defaultLevel() : options.level;
    if (level > maxLevel()) {
        r.error = QStringLiteral("cannot compress %1: zstd level %2 is out of range (1 to %3)")
                      .arg(sourceName)
                      .arg(options.level)
                      .arg(maxLevel());
        return r;
    }
    struct stat st;
    if (::fstat(outFd, &st) != 0 || !S_ISREG(st.st_mode)) {
        r.error = QStringLiteral("cannot write %1: %2")
                      .arg(outName, errno ? sysError(errno) : QStringLiteral("not a regular file"));
        return r;
    }
    if ((::fcntl(outFd, F_GETFL) & O_ACCMODE) != O_RDWR) {
        r.error = QStringLiteral("cannot verify %1: not open for reading (the verification reads "
                                 "the archive back)")
                      .arg(outName);
        return r;
    }
    const off_t start = ::lseek(outFd, 0, SEEK_CUR);
    if (start < 0) {
        r.error = QStringLiteral("cannot write %1: %2").arg(outName, sysError(errno));
        return r;
    }

    std::unique_ptr<ZSTD_CCtx, size_t (*)(ZSTD_CCtx *)> cctx(ZSTD_createCCtx(), ZSTD_freeCCtx);
    if (!cctx) {
        r.error = QStringLiteral("cannot compress %1: out of memory").arg(sourceName);
        return r;
    }
    ZSTD_CCtx_setParameter(cctx.get(), ZSTD_c_compressionLevel, level);
    ZSTD_CCtx_setParameter(cctx.get(), ZSTD_c_checksumFlag, 1);
    ZSTD_CCtx_setParameter(cctx.get(), ZSTD_c_contentSizeFlag, 1);
    const int workers = options.workers > 0    ? options.workers
                        : options.workers == 0 ? QThread::idealThreadCount()
                                               : 0;
    // A libzstd built without threads refuses workers: it compresses on this thread then.
    if (workers > 0)
        (void)ZSTD_CCtx_setParameter(cctx.get(), ZSTD_c_nbWorkers, workers);
    ZSTD_CCtx_setPledgedSrcSize(cctx.get(), quint64(size));

    // The verifier rereads the source and reads the archive back through these descriptors;
    // it is done (or abandoned and waited for) before this function returns.
    ZstdVerifier verifier(outFd, start, outName, sourceFd, sourceName, size);
    if (size > besideFrom)
        verifier.startBeside();

    auto fail = [&](const QString &message, bool cancelled = false) {
        verifier.abandon();
        QString ignored;
        verifier.wait(&ignored);
        cctx.reset(); // waits for zstd's workers
        if (::ftruncate(outFd, start) != 0 || ::lseek(outFd, start, SEEK_SET) < 0) {
            // The caller removes its temporary file anyway; the error that matters is above.
        }
        r.ok = false;
        r.cancelled = cancelled;
        r.archiveBytes = 0;
        r.error = message;
        return r;
    };

    // The input is read ahead on a pool thread: this thread only feeds zstd's workers, and a
    // read never makes it lose its turn on a busy machine while they wait for their next job.
    ReadAhead reader(sourceFd, size, blockSize);
    if (size > besideFrom)
        reader.startBeside();
    QByteArray output(int(qMin(outputSize, qint64(ZSTD_compressBound(size_t(size))) + 64)),
                      Qt::Uninitialized);
    ZSTD_outBuffer out{output.data(), size_t(output.size()), 0};
    qint64 offset = 0;
    qint64 written = 0;
    bool last = false;
    while (!last) {
        if (cancel.isCancelled())
            return fail(QStringLiteral("%1: cancelled").arg(sourceName), true);
        if (verifier.hasFailed())
            break; // its message is the one to report
        const char *data = nullptr;
        qint64 n = 0;
        int err = 0;
        if (!reader.next(&data, &n, &err))
            return fail(
                QStringLiteral("cannot read %1: %2")
                    .arg(sourceName, err ? sysError(err) : QStringLiteral("the file shrank")));
        offset += n;
        last = offset == size;
        ZSTD_inBuffer in{data, size_t(n), 0};
        const ZSTD_EndDirective mode = last ? ZSTD_e_end : ZSTD_e_continue;
        for (;;) {
            const size_t remaining = ZSTD_compressStream2(cctx.get(), &out, &in, mode);
            if (ZSTD_isError(remaining))
                return fail(
                    QStringLiteral("cannot compress %1: %2").arg(sourceName, zstdError(remaining)));
            const bool done = last && remaining == 0;
            // Written in large pieces: zstd hands out a little after every step, and a write and
            // a wake-up of the verifier for each would cost more than the verification itself.
            if (out.pos >= out.size / 2 || (done && out.pos > 0)) {
                if (options.outputTap)
                    options.outputTap(output.data(), qint64(out.pos), written);
                if (!PosixFile::writeFully(outFd, output.constData(), qint64(out.pos)))
                    return fail(
                        QStringLiteral("cannot write %1: %2").arg(outName, sysError(errno)));
                written += qint64(out.pos);
                verifier.written(written);
                out.pos = 0;
            }
            // Done with this block when zstd has taken all of it (and, at the end, flushed all).
            if (last ? done : in.pos == in.size)
                break;
        }
    }
    if (verifier.hasFailed()) {
        QString error;
        verifier.abandon();
        verifier.wait(&error);
        return fail(error);
    }
    verifier.finish(written);
    QString error;
    if (!verifier.wait(&error))
        return fail(error);
    r.ok = true;
    r.archiveBytes = written;
    return r;
}

} // namespace Logkeeper
