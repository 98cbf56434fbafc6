// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "engine/rotator.h"

#include "core/archivenaming.h"
#include "core/posixfile.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <linux/falloc.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Logkeeper {

namespace {

QString sysError(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

// Copies from `in` at its current offset to `out` until EOF or `limit` bytes (limit < 0: no
// limit). Returns bytes copied, or -1 with errno set.
qint64 copyData(int in, int out, qint64 limit)
{
    static constexpr qint64 chunk = 1 << 20;
    QByteArray buffer(chunk, Qt::Uninitialized);
    qint64 total = 0;
    while (limit < 0 || total < limit) {
        const qint64 want = limit < 0 ? chunk : qMin(chunk, limit - total);
        const ssize_t n = ::read(in, buffer.data(), size_t(want));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        if (n == 0)
            break;
        if (!PosixFile::writeFully(out, buffer.constData(), n))
            return -1;
        total += n;
    }
    return total;
}

QString temporaryPathFor(const QString &finalPath)
{
    const QFileInfo info(finalPath);
    return info.absolutePath() + QLatin1Char('/') + ArchiveNaming::temporaryPrefix() +
           info.fileName() + QLatin1Char('-') +
           QString::number(QRandomGenerator::global()->generate64(), 36);
}

} // namespace

Rotator::Result Rotator::renameAndRecreate(const QString &activePath, const QString &rotatedPath,
                                           PosixFile::FolderSync sync)
{
    Result r;
    const QByteArray active = QFile::encodeName(activePath);
    struct stat st;
    if (::lstat(active.constData(), &st) != 0) {
        r.error = QStringLiteral("%1: %2").arg(activePath, sysError(errno));
        return r;
    }
    if (!S_ISREG(st.st_mode)) {
        r.error = QStringLiteral("%1: not a regular file (a symlink or special file); refused")
                      .arg(activePath);
        return r;
    }
    if (const int err = PosixFile::renameNoReplace(activePath, rotatedPath)) {
        r.error = QStringLiteral("cannot rename %1 to %2: %3")
                      .arg(activePath, rotatedPath, sysError(err));
        return r;
    }
    // Between the lstat and the rename the file may have been swapped for something else.
    struct stat moved;
    if (::lstat(QFile::encodeName(rotatedPath).constData(), &moved) != 0 ||
        !S_ISREG(moved.st_mode)) {
        PosixFile::renameNoReplace(rotatedPath, activePath);
        r.error = QStringLiteral("%1: replaced by a non-regular file during rotation; refused")
                      .arg(activePath);
        return r;
    }
    r.ok = true;
    r.rotatedPath = rotatedPath;
    r.bytes = moved.st_size;
    if (sync == PosixFile::FolderSync::Now)
        PosixFile::syncParentFolder(rotatedPath);

    // Recreate the active log for writers that reopen by name. If one already did, keep theirs.
    const PosixFile::UniqueFd fresh(::open(active.constData(),
                                           O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
                                           st.st_mode & 07777));
    if (fresh.valid()) {
        if (::fchown(fresh.get(), st.st_uid, st.st_gid) != 0 && ::geteuid() == 0)
            r.error = QStringLiteral("%1: recreated, but cannot restore its owner: %2")
                          .arg(activePath, sysError(errno));
        ::fchmod(fresh.get(), st.st_mode & 07777); // undo the umask
        if (sync == PosixFile::FolderSync::Now)
            PosixFile::syncParentFolder(activePath);
    } else if (errno != EEXIST) {
        r.error = QStringLiteral("%1: rotated, but cannot recreate it: %2")
                      .arg(activePath, sysError(errno));
    }
    return r;
}

Rotator::Result Rotator::copyTruncate(const QString &activePath, const QString &rotatedPath)
{
    Result r;
    const PosixFile::UniqueFd in(::open(QFile::encodeName(activePath).constData(),
                                        O_RDWR | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY | O_NONBLOCK));
    if (!in.valid()) {
        r.error = QStringLiteral("%1: %2").arg(
            activePath, errno == ELOOP ? QStringLiteral("is a symlink; refused") : sysError(errno));
        return r;
    }
    struct stat st;
    if (::fstat(in.get(), &st) != 0 || !S_ISREG(st.st_mode)) {
        r.error = QStringLiteral("%1: not a regular file; refused").arg(activePath);
        return r;
    }

    const QString tmpPath = temporaryPathFor(rotatedPath);
    const QByteArray tmp = QFile::encodeName(tmpPath);
    PosixFile::UniqueFd out(::open(tmp.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600));
    if (!out.valid()) {
        r.error = QStringLiteral("cannot create %1: %2").arg(tmpPath, sysError(errno));
        return r;
    }
    ::fchmod(out.get(), st.st_mode & 07777);
    if (::geteuid() == 0 && ::fchown(out.get(), st.st_uid, st.st_gid) != 0) {
        // best effort: the content matters more than its owner
    }

    auto fail = [&](const QString &what, int err) {
        r.error = QStringLiteral("%1: %2").arg(what, sysError(err));
        out.reset();
        ::unlink(tmp.constData());
        return r;
    };

    // Prefer removing a block-aligned prefix: everything after it, including lines written
    // while we copy, stays in the active log. The kernel refuses a range reaching EOF, so the
    // prefix ends at least one byte before the current end.
    const qint64 block = st.st_blksize > 0 ? st.st_blksize : 4096;
    const qint64 prefix = st.st_size > 0 ? ((st.st_size - 1) / block) * block : 0;
    if (prefix > 0) {
        const qint64 copied = copyData(in.get(), out.get(), prefix);
        if (copied < 0)
            return fail(QStringLiteral("cannot copy %1 to %2").arg(activePath, tmpPath), errno);
        if (copied == prefix) {
            if (::fsync(out.get()) != 0)
                return fail(tmpPath, errno);
            // The copy must be durable and in place before the prefix may leave the log.
            if (const int err = PosixFile::renameNoReplace(tmpPath, rotatedPath))
                return fail(QStringLiteral("cannot rename %1 to %2").arg(tmpPath, rotatedPath),
                            err);
            PosixFile::syncParentFolder(rotatedPath);
            if (::fallocate(in.get(), FALLOC_FL_COLLAPSE_RANGE, 0, prefix) == 0) {
                r.ok = true;
                r.collapsed = true;
                r.bytes = prefix;
                r.rotatedPath = rotatedPath;
                return r;
            }
            if (errno != EOPNOTSUPP && errno != EINVAL && errno != ENOSYS) {
                const int err = errno;
                ::unlink(QFile::encodeName(rotatedPath).constData()); // the active log is intact
                r.error = QStringLiteral("%1: cannot remove the copied part: %2")
                              .arg(activePath, sysError(err));
                return r;
            }
            // No collapse here: carry on from the renamed copy with the truncate method.
            out.reset(::open(QFile::encodeName(rotatedPath).constData(),
                             O_WRONLY | O_APPEND | O_CLOEXEC));
            if (!out.valid()) {
                const int err = errno;
                ::unlink(QFile::encodeName(rotatedPath).constData());
                r.error = QStringLiteral("cannot reopen %1: %2").arg(rotatedPath, sysError(err));
                return r;
            }
            r.bytes = prefix;
            r.rotatedPath = rotatedPath;
        } else {
            r.bytes = copied; // the file shrank under us; the truncate method copes
        }
    }

    // Truncate method: copy to the end, make it durable, then catch up with whatever was
    // appended meanwhile and truncate straight after the last read returned nothing.
    const qint64 bulk = copyData(in.get(), out.get(), -1);
    if (bulk < 0) {
        const int err = errno;
        if (!r.rotatedPath.isEmpty())
            ::unlink(QFile::encodeName(r.rotatedPath).constData());
        return fail(QStringLiteral("cannot copy %1").arg(activePath), err);
    }
    r.bytes += bulk;
    if (::fsync(out.get()) != 0) {
        const int err = errno;
        if (!r.rotatedPath.isEmpty())
            ::unlink(QFile::encodeName(r.rotatedPath).constData());
        return fail(r.rotatedPath.isEmpty() ? tmpPath : r.rotatedPath, err);
    }
    if (r.rotatedPath.isEmpty()) {
        if (const int err = PosixFile::renameNoReplace(tmpPath, rotatedPath))
            return fail(QStringLiteral("cannot rename %1 to %2").arg(tmpPath, rotatedPath), err);
        PosixFile::syncParentFolder(rotatedPath);
        r.rotatedPath = rotatedPath;
    }
    for (;;) {
        const qint64 tail = copyData(in.get(), out.get(), -1);
        if (tail < 0) {
            r.error = QStringLiteral("cannot copy the tail of %1: %2; the active log keeps it")
                          .arg(activePath, sysError(errno));
            // The archive holds a complete prefix and the log still holds everything: keep
            // both rather than lose anything; the next rotation copies the rest again.
            r.ok = false;
            ::unlink(QFile::encodeName(r.rotatedPath).constData());
            return r;
        }
        r.bytes += tail;
        if (tail == 0)
            break;
    }
    if (::ftruncate(in.get(), 0) != 0) {
        const int err = errno;
        ::unlink(QFile::encodeName(r.rotatedPath).constData());
        r.error = QStringLiteral("%1: cannot truncate: %2").arg(activePath, sysError(err));
        return r;
    }
    ::fsync(out.get());
    r.ok = true;
    return r;
}

} // namespace Logkeeper
