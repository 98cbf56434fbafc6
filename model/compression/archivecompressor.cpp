// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "compression/archivecompressor.h"

#include "compression/compressionbackend.h"
#include "compression/zstdcompressor.h"
#include "core/archivenaming.h"
#include "core/posixfile.h"
#include "core/workpool.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QThread>

#include <cerrno>
#include <cstring>
#include <deque>
#include <fcntl.h>
#include <memory>
#include <sys/stat.h>
#include <sys/xattr.h>
#include <unistd.h>

namespace Logkeeper {

namespace {

constexpr qint64 blockSize = 4 << 20; // big enough for a full compression ratio per block
constexpr qint64 smallForZstdWorkers = 1 << 20;

QString sysError(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

// Compares the archive's decompressed content with the source's first `size` bytes, reread
// through the descriptor the source was compressed from (the very file, even if its name has
// been taken by another meanwhile).
bool verify(const CompressionBackend &backend, const QString &archive, int sourceFd,
            const QString &source, qint64 size, bool plain, QString *error)
{
    std::unique_ptr<ArchiveReader> reader;
    QFile copy(archive);
    if (plain) {
        if (!copy.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("%1: %2").arg(archive, copy.errorString());
            return false;
        }
    } else {
        reader = backend.openReader(archive, error);
        if (!reader)
            return false;
    }
    // A small file needs small buffers (one more byte shows an archive longer than its source).
    const qint64 bufferSize = qBound(qint64(4096), size + 1, qint64(1) << 20);
    QByteArray a(bufferSize, Qt::Uninitialized);
    QByteArray b(bufferSize, Qt::Uninitialized);
    qint64 compared = 0;
    for (;;) {
        const qint64 n = plain ? copy.read(a.data(), a.size()) : reader->read(a.data(), a.size());
        if (n < 0) {
            *error = plain ? QStringLiteral("%1: %2").arg(archive, copy.errorString())
                           : reader->errorString();
            return false;
        }
        if (n == 0)
            break;
        if (compared + n > size) {
            compared += n; // longer than the source: reported below
            break;
        }
        if (!PosixFile::preadFully(sourceFd, b.data(), n, compared)) {
            *error = QStringLiteral("cannot reread %1 for verification: %2")
                         .arg(source, errno ? sysError(errno) : QStringLiteral("the file shrank"));
            return false;
        }
        if (std::memcmp(a.constData(), b.constData(), size_t(n)) != 0) {
            *error = QStringLiteral("%1: verification failed: the archive does not match %2")
                         .arg(archive, source);
            return false;
        }
        compared += n;
    }
    if (compared != size) {
        *error = QStringLiteral("%1: verification failed: %2 bytes instead of %3")
                     .arg(archive)
                     .arg(compared)
                     .arg(size);
        return false;
    }
    return true;
}

// One block of the source on its way into the archive. Whoever claims it first compresses it:
// a pool thread, or the writing thread when it needs the block before any pool thread took it
// (so the writer never waits for a queued job, even when the pool is busy with other work).
struct Block
{
    QByteArray data; // the input, then the compressed output
    QString error;
    std::atomic_bool claimed{false};
    WorkPool::Handle handle; // the pool job, if one was started

    bool claim() { return !claimed.exchange(true); }
    void compress(const CompressionBackend &backend, Codec codec, int level)
    {
        if (codec == Codec::None)
            return; // a plain copy is written as it is
        QByteArray compressed;
        backend.compressBlock(data, codec, level, &compressed, &error);
        data = std::move(compressed);
    }
    // The block's output is ready when this returns.
    void finish(const CompressionBackend &backend, Codec codec, int level)
    {
        if (claim())
            compress(backend, codec, level);
        else
            handle.wait();
    }
};

// Reads blocks on this thread while earlier blocks compress on the work pool, and writes them in
// order. Returns an error naming the file, or an empty string.
QString compressBlocks(const CompressionBackend &backend, int inFd, int outFd, qint64 size,
                       Codec codec, int level, const CancelToken &cancel, qint64 *written,
                       const QString &sourcePath, const QString &tmpPath)
{
    const size_t inFlight = size_t(qMax(2, QThread::idealThreadCount()));
    std::deque<std::shared_ptr<Block>> pending;
    auto writeOldest = [&]() -> QString {
        const std::shared_ptr<Block> block = std::move(pending.front());
        pending.pop_front();
        block->finish(backend, codec, level);
        if (!block->error.isEmpty())
            return sourcePath + QStringLiteral(": ") + block->error;
        if (!PosixFile::writeFully(outFd, block->data.constData(), block->data.size()))
            return QStringLiteral("cannot write %1: %2").arg(tmpPath, sysError(errno));
        *written += block->data.size();
        return {};
    };
    // Before returning early: no pool job may still use a block, or the backend.
    auto drain = [&] {
        for (const std::shared_ptr<Block> &block : pending) {
            if (!block->claim())
                block->handle.wait();
        }
        pending.clear();
    };
    qint64 offset = 0;
    do {
        if (cancel.isCancelled()) {
            drain();
            return QStringLiteral("%1: cancelled").arg(sourcePath);
        }
        const qint64 n = qMin(blockSize, size - offset);
        auto block = std::make_shared<Block>();
        block->data = QByteArray(n, Qt::Uninitialized);
        if (!PosixFile::readFully(inFd, block->data.data(), n)) {
            const int err = errno;
            drain();
            return QStringLiteral("cannot read %1: %2")
                .arg(sourcePath, err ? sysError(err) : QStringLiteral("the file shrank"));
        }
        offset += n;
        // A plain copy needs no thread: the block is written as it is; nor does a file of one
        // block: nothing could run beside it, and handing a small file to another thread costs
        // more than compressing it (many small files are compressed side by side by the caller).
        if (codec != Codec::None && n != size) {
            const CompressionBackend *b = &backend;
            block->handle = WorkPool::start([block, b, codec, level](const CancelToken &) {
                if (block->claim())
                    block->compress(*b, codec, level);
            });
        }
        pending.push_back(std::move(block));
        if (pending.size() >= inFlight) {
            const QString error = writeOldest();
            if (!error.isEmpty()) {
                drain();
                return error;
            }
        }
    } while (offset < size);
    while (!pending.empty()) {
        const QString error = writeOldest();
        if (!error.isEmpty()) {
            drain();
            return error;
        }
    }
    return {};
}

} // namespace

bool ArchiveCompressor::holds(const QString &archivePath, const QString &sourcePath,
                              Codec codec) const
{
    PosixFile::UniqueFd in(
        ::open(QFile::encodeName(sourcePath).constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC));
    struct stat st;
    if (!in.valid() || ::fstat(in.get(), &st) != 0 || !S_ISREG(st.st_mode))
        return false;
    QString error;
    return verify(*m_backend, archivePath, in.get(), sourcePath, st.st_size, codec == Codec::None,
                  &error);
}

ArchiveCompressor::Result ArchiveCompressor::compress(const QString &sourcePath,
                                                      const QString &archivePath, Codec codec,
                                                      int level, const CancelToken &cancel) const
{
    Staged staged = stage(sourcePath, archivePath, codec, level, cancel);
    if (!staged.ok())
        return staged.result();
    return commit(staged, PosixFile::FolderSync::Now);
}

ArchiveCompressor::Staged ArchiveCompressor::stage(const QString &sourcePath,
                                                   const QString &archivePath, Codec codec,
                                                   int level, const CancelToken &cancel) const
{
    Staged staged;
    Result &r = staged.m_result;
    const bool plain = codec == Codec::None;
    const CompressionBackend &backend = *m_backend;
    if (!plain && !backend.offers(codec)) {
        r.error = QStringLiteral("codec \"%1\" is not available in this build (%2 offers: %3)")
                      .arg(Codecs::name(codec), backend.description(),
                           Codecs::names(backend.codecs()).join(QStringLiteral(", ")));
        return staged;
    }

    PosixFile::UniqueFd in(
        ::open(QFile::encodeName(sourcePath).constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC));
    struct stat st;
    if (!in.valid() || ::fstat(in.get(), &st) != 0) {
        r.error = QStringLiteral("%1: %2").arg(sourcePath, sysError(errno));
        return staged;
    }
    if (!S_ISREG(st.st_mode)) {
        r.error = QStringLiteral("%1: not a regular file").arg(sourcePath);
        return staged;
    }
    r.sourceBytes = st.st_size; // exactly this much goes in, even if the file still grows

    // An archive of that name already there: say so now rather than after compressing the lot.
    // (Only a shortcut: the rename into place refuses an existing file all the same.)
    struct stat existing;
    if (::lstat(QFile::encodeName(archivePath).constData(), &existing) == 0) {
        r.error = QStringLiteral("cannot create %1: %2").arg(archivePath, sysError(EEXIST));
        return staged;
    }

    const QFileInfo target(archivePath);
    const QString tmpPath = target.absolutePath() + QLatin1Char('/') +
                            ArchiveNaming::temporaryPrefix() + target.fileName() +
                            QLatin1Char('-') +
                            QString::number(QRandomGenerator::global()->generate64(), 36);
    const QByteArray tmp = QFile::encodeName(tmpPath);
    // Read and write: zstd's verification reads the archive back while it is written.
    PosixFile::UniqueFd out(::open(tmp.constData(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600));
    if (!out.valid()) {
        r.error = QStringLiteral("cannot create %1: %2").arg(tmpPath, sysError(errno));
        return staged;
    }
    auto fail = [&](const QString &message) {
        r.error = message;
        out.reset();
        ::unlink(tmp.constData());
        return std::move(staged);
    };

    // zstd through libzstd itself (the build's backend only: a test's fake one is asked like any
    // other): zstd's worker threads, the content checksum, and the archive verified while it is
    // written, so it is not read back again below.
    const bool zstdDirect = codec == Codec::Zstd && m_backend == &CompressionBackend::instance();
    if (zstdDirect) {
        // The levels the backend declares are the ones a config may ask for, whoever writes.
        if (level != -1 && (level < backend.minLevel(codec) || level > backend.maxLevel(codec)))
            return fail(QStringLiteral("cannot compress %1: level %2 is outside %3..%4 for zstd")
                            .arg(sourcePath)
                            .arg(level)
                            .arg(backend.minLevel(codec))
                            .arg(backend.maxLevel(codec)));
        ZstdCompressor::Options options;
        options.level = level;
        // A file within one zstd job gains nothing from worker threads but their start-up; the
        // batch compresses such files side by side anyway.
        if (r.sourceBytes <= smallForZstdWorkers)
            options.workers = -1;
        const ZstdCompressor::Result z = ZstdCompressor::compress(
            in.get(), sourcePath, r.sourceBytes, out.get(), tmpPath, options, cancel);
        if (!z.ok)
            return fail(z.cancelled ? QStringLiteral("%1: cancelled").arg(sourcePath) : z.error);
        r.archiveBytes = z.archiveBytes;
    } else if (!plain && !backend.concatenatesBlocks(codec)) {
        // One stream, compressed by the library (on its own threads where it has them). The
        // QFile wrappers are gone before fail() closes the descriptor, so they never flush into
        // it (or into another file that took its number) afterwards; unbuffered, a failed write
        // is reported by the write itself.
        QString error;
        {
            QFile input, output;
            input.open(in.get(), QIODevice::ReadOnly, QFileDevice::DontCloseHandle);
            output.open(out.get(), QIODevice::WriteOnly | QIODevice::Unbuffered,
                        QFileDevice::DontCloseHandle);
            if (!backend.compressStream(&input, r.sourceBytes, codec, level, &output, cancel,
                                        &error) &&
                error.isEmpty())
                error = QStringLiteral("unknown error");
            r.archiveBytes = output.pos();
        }
        if (!error.isEmpty())
            return fail(
                QStringLiteral("cannot compress %1 into %2: %3").arg(sourcePath, tmpPath, error));
    } else if (const QString error =
                   compressBlocks(backend, in.get(), out.get(), r.sourceBytes, codec, level, cancel,
                                  &r.archiveBytes, sourcePath, tmpPath);
               !error.isEmpty()) {
        return fail(error);
    }
    // The source's owner (root can give it; anyone else keeps their own) and permissions.
    if (::geteuid() == 0 && ::fchown(out.get(), st.st_uid, st.st_gid) != 0) {
        // best effort: some filesystems have no owners; the permissions below still apply
    }
    if (::fchmod(out.get(), st.st_mode & 0777) != 0)
        return fail(QStringLiteral("cannot write %1: %2").arg(tmpPath, sysError(errno)));

    if (cancel.isCancelled())
        return fail(QStringLiteral("%1: cancelled").arg(sourcePath));
    // Read back through the page cache; commit() makes it durable before the rename.
    QString error;
    if (!zstdDirect &&
        !verify(backend, tmpPath, in.get(), sourcePath, r.sourceBytes, plain, &error))
        return fail(error);
    {
        // The decompressed size, for the archive browser: it need not decompress the archive to
        // know. Best effort: not every filesystem has user attributes (ENOTSUP), nothing relies
        // on it being there.
        const QByteArray size = QByteArray::number(r.sourceBytes);
        (void)::fsetxattr(out.get(), "user.logkeeper.size", size.constData(), size_t(size.size()),
                          0);
    }
    staged.m_tmpPath = tmpPath;
    staged.m_archivePath = archivePath;
    staged.m_out = std::move(out);
    r.ok = true;
    return staged;
}

ArchiveCompressor::Result ArchiveCompressor::commit(Staged &staged, PosixFile::FolderSync sync)
{
    Result r = staged.m_result;
    if (!r.ok)
        return r;
    const QString &tmpPath = staged.m_tmpPath;
    const QString &archivePath = staged.m_archivePath;
    PosixFile::UniqueFd &out = staged.m_out;
    auto fail = [&](const QString &message) {
        r.ok = false;
        r.error = message;
        discard(staged);
        return r;
    };
    if (::fsync(out.get()) != 0)
        return fail(QStringLiteral("cannot write %1: %2").arg(tmpPath, sysError(errno)));
    if (const int err = PosixFile::renameNoReplace(tmpPath, archivePath))
        return fail(QStringLiteral("cannot create %1: %2").arg(archivePath, sysError(err)));
    out.reset();
    staged.m_result.ok = false; // done: nothing left to commit or discard
    staged.m_tmpPath.clear();
    if (sync == PosixFile::FolderSync::Now)
        PosixFile::syncParentFolder(archivePath);
    r.archivePath = archivePath;
    return r;
}

void ArchiveCompressor::discard(Staged &staged)
{
    staged.m_out.reset();
    if (!staged.m_tmpPath.isEmpty())
        ::unlink(QFile::encodeName(staged.m_tmpPath).constData());
    staged.m_tmpPath.clear();
    staged.m_result.ok = false;
}

} // namespace Logkeeper
