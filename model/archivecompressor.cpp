#include "archivecompressor.h"

#include "compressionbackend.h"
#include "posixfile.h"
#include "rotator.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QThread>

#include <cerrno>
#include <cstring>
#include <deque>
#include <fcntl.h>
#include <future>
#include <sys/stat.h>
#include <unistd.h>

namespace {

constexpr qint64 blockSize = 4 << 20; // big enough for a full compression ratio per block

QString sysError(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

// Compares the archive's decompressed content with the source's first `size` bytes.
bool verify(const QString &archive, const QString &source, qint64 size, bool plain, QString *error)
{
    QFile original(source);
    if (!original.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot reread for verification: %2")
                     .arg(source, original.errorString());
        return false;
    }
    std::unique_ptr<ArchiveReader> reader;
    QFile copy(archive);
    if (plain) {
        if (!copy.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("%1: %2").arg(archive, copy.errorString());
            return false;
        }
    } else {
        reader = CompressionBackend::instance().openReader(archive, error);
        if (!reader)
            return false;
    }
    QByteArray a(1 << 20, Qt::Uninitialized);
    QByteArray b(1 << 20, Qt::Uninitialized);
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
        if (compared + n > size || original.read(b.data(), n) != n ||
            std::memcmp(a.constData(), b.constData(), size_t(n)) != 0) {
            *error = QStringLiteral("%1: verification failed: the archive does not match %2")
                         .arg(archive, source);
            return false;
        }
        compared += n;
    }
    if (compared != size) {
        *error = QStringLiteral("%1: verification failed: %2 of %3 bytes")
                     .arg(archive)
                     .arg(compared)
                     .arg(size);
        return false;
    }
    return true;
}

// Reads blocks on this thread while earlier blocks compress on others, and writes them in order.
// Returns an error naming the file, or an empty string.
QString compressBlocks(int inFd, int outFd, qint64 size, const QString &codec, int level,
                       bool plain, const std::atomic_bool *cancel, qint64 *written,
                       const QString &sourcePath, const QString &tmpPath)
{
    const CompressionBackend &backend = CompressionBackend::instance();
    const size_t inFlight = size_t(qMax(2, QThread::idealThreadCount()));
    std::deque<std::future<std::pair<QByteArray, QString>>> pending;
    auto writeOldest = [&]() -> QString {
        auto [data, error] = pending.front().get();
        pending.pop_front();
        if (!error.isEmpty())
            return sourcePath + QStringLiteral(": ") + error;
        if (!PosixFile::writeFully(outFd, data.constData(), data.size()))
            return QStringLiteral("cannot write %1: %2").arg(tmpPath, sysError(errno));
        *written += data.size();
        return {};
    };
    auto drain = [&] {
        while (!pending.empty()) {
            pending.front().wait();
            pending.pop_front();
        }
    };
    qint64 offset = 0;
    do {
        if (cancel && *cancel) {
            drain();
            return QStringLiteral("%1: cancelled").arg(sourcePath);
        }
        const qint64 n = qMin(blockSize, size - offset);
        QByteArray block(n, Qt::Uninitialized);
        if (!PosixFile::readFully(inFd, block.data(), n)) {
            const int err = errno;
            drain();
            return QStringLiteral("cannot read %1: %2")
                .arg(sourcePath, err ? sysError(err) : QStringLiteral("the file shrank"));
        }
        offset += n;
        pending.push_back(std::async(std::launch::async, [block, codec, level, plain, &backend] {
            if (plain)
                return std::make_pair(block, QString());
            QByteArray compressed;
            QString error;
            backend.compressBlock(block, codec, level, &compressed, &error);
            return std::make_pair(compressed, error);
        }));
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
                              const QString &codec)
{
    QString error;
    return verify(archivePath, sourcePath, QFileInfo(sourcePath).size(),
                  codec == QLatin1String("none"), &error);
}

QString ArchiveCompressor::temporaryPrefix()
{
    return QStringLiteral(".logkeeper-tmp-");
}

ArchiveCompressor::Result ArchiveCompressor::compress(const QString &sourcePath,
                                                      const QString &archivePath,
                                                      const QString &codec, int level,
                                                      const std::atomic_bool *cancel)
{
    Result r;
    const bool plain = codec == QLatin1String("none");
    const CompressionBackend &backend = CompressionBackend::instance();
    if (!plain && !backend.codecs().contains(codec)) {
        r.error =
            QStringLiteral("codec \"%1\" is not available in this build (%2 offers: %3)")
                .arg(codec, backend.description(), backend.codecs().join(QStringLiteral(", ")));
        return r;
    }

    PosixFile::UniqueFd in(
        ::open(QFile::encodeName(sourcePath).constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC));
    struct stat st;
    if (!in.valid() || ::fstat(in.get(), &st) != 0) {
        r.error = QStringLiteral("%1: %2").arg(sourcePath, sysError(errno));
        return r;
    }
    if (!S_ISREG(st.st_mode)) {
        r.error = QStringLiteral("%1: not a regular file").arg(sourcePath);
        return r;
    }
    r.sourceBytes = st.st_size; // exactly this much goes in, even if the file still grows

    const QFileInfo target(archivePath);
    const QString tmpPath = target.absolutePath() + QLatin1Char('/') + temporaryPrefix() +
                            target.fileName() + QLatin1Char('-') +
                            QString::number(QRandomGenerator::global()->generate64(), 36);
    const QByteArray tmp = QFile::encodeName(tmpPath);
    PosixFile::UniqueFd out(::open(tmp.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600));
    if (!out.valid()) {
        r.error = QStringLiteral("cannot create %1: %2").arg(tmpPath, sysError(errno));
        return r;
    }
    auto fail = [&](const QString &message) {
        r.error = message;
        out.reset();
        ::unlink(tmp.constData());
        return r;
    };

    if (!plain && !backend.concatenatesBlocks(codec)) {
        // One stream, compressed by the library (on its own threads where it has them).
        QFile input, output;
        input.open(in.get(), QIODevice::ReadOnly, QFileDevice::DontCloseHandle);
        output.open(out.get(), QIODevice::WriteOnly, QFileDevice::DontCloseHandle);
        QString error;
        const bool ok =
            backend.compressStream(&input, r.sourceBytes, codec, level, &output, cancel, &error);
        if (!output.flush() && ok)
            error = output.errorString();
        if (!ok || !error.isEmpty())
            return fail(
                QStringLiteral("cannot compress %1 into %2: %3").arg(sourcePath, tmpPath, error));
        r.archiveBytes = output.pos();
    } else if (const QString error =
                   compressBlocks(in.get(), out.get(), r.sourceBytes, codec, level, plain, cancel,
                                  &r.archiveBytes, sourcePath, tmpPath);
               !error.isEmpty()) {
        return fail(error);
    }
    if (::fchmod(out.get(), st.st_mode & 0777) != 0 || ::fsync(out.get()) != 0)
        return fail(QStringLiteral("cannot write %1: %2").arg(tmpPath, sysError(errno)));

    QString error;
    if (!verify(tmpPath, sourcePath, r.sourceBytes, plain, &error))
        return fail(error);
    if (const int err = Rotator::renameNoReplace(tmpPath, archivePath))
        return fail(QStringLiteral("cannot create %1: %2").arg(archivePath, sysError(err)));
    out.reset();
    Rotator::syncParentFolder(archivePath);
    r.ok = true;
    r.archivePath = archivePath;
    return r;
}
