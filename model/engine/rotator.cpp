// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "engine/rotator.h"

#include "core/archivenaming.h"
#include "core/fsidentity.h"
#include "core/posixfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <grp.h>
#include <linux/falloc.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Logkeeper {

namespace {

QString sysError(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

// Copies bytes [from, from + limit) of `in` (limit < 0: up to its end as it is now) to the same
// offsets of `out`, skipping holes (SEEK_DATA/SEEK_HOLE) so a sparse log's copy stays sparse.
// Returns how many bytes were covered (holes included; fewer when `in` ends sooner), or -1 with
// errno set.
qint64 copyRange(int in, int out, qint64 from, qint64 limit)
{
    struct stat st;
    if (::fstat(in, &st) != 0)
        return -1;
    const qint64 end = limit < 0 ? qint64(st.st_size) : qMin(qint64(st.st_size), from + limit);
    if (end <= from)
        return 0;
    static constexpr qint64 chunk = 1 << 20;
    QByteArray buffer;
    qint64 pos = from;
    while (pos < end) {
        off_t data = ::lseek(in, off_t(pos), SEEK_DATA);
        if (data < 0) {
            if (errno == ENXIO) // only a hole from here to the end
                break;
            if (errno != EINVAL && errno != EOPNOTSUPP)
                return -1;
            data = off_t(pos); // no hole detection here: all of it is data
        }
        if (data >= end)
            break;
        off_t hole = ::lseek(in, data, SEEK_HOLE);
        if (hole < 0 || hole > end)
            hole = off_t(end);
        if (buffer.isEmpty())
            buffer.resize(chunk);
        for (qint64 at = data; at < hole;) {
            const ssize_t n =
                ::pread(in, buffer.data(), size_t(qMin(chunk, qint64(hole) - at)), off_t(at));
            if (n < 0) {
                if (errno == EINTR)
                    continue;
                return -1;
            }
            if (n == 0) // the file shrank under us
                return at - from;
            for (qint64 done = 0; done < n;) {
                const ssize_t w =
                    ::pwrite(out, buffer.constData() + done, size_t(n - done), off_t(at + done));
                if (w < 0 && errno == EINTR)
                    continue;
                if (w <= 0)
                    return -1;
                done += w;
            }
            at += n;
        }
        pos = hole;
    }
    // A hole at the end has no data to write: the copy gets its size by truncation.
    struct stat os;
    if (::fstat(out, &os) != 0)
        return -1;
    if (os.st_size < end && ::ftruncate(out, off_t(end)) != 0)
        return -1;
    return qMax(end, pos) - from;
}

QString userName(uid_t uid)
{
    struct passwd pw, *found = nullptr;
    char buffer[4096];
    if (::getpwuid_r(uid, &pw, buffer, sizeof buffer, &found) == 0 && found)
        return QString::fromLocal8Bit(found->pw_name);
    return QString::number(uid);
}

QString groupName(gid_t gid)
{
    struct group gr, *found = nullptr;
    char buffer[4096];
    if (::getgrgid_r(gid, &gr, buffer, sizeof buffer, &found) == 0 && found)
        return QString::fromLocal8Bit(found->gr_name);
    return QString::number(gid);
}

QString ownerText(uid_t uid, gid_t gid)
{
    return userName(uid) + QLatin1Char(':') + groupName(gid);
}

QString modeText(mode_t mode)
{
    return QStringLiteral("%1").arg(uint(mode & 07777), 4, 8, QLatin1Char('0'));
}

// Gives the open file fd the owner and mode wanted, as far as this process may, and says what
// could not be kept: the file, both owners, both modes and why (`what` names the file's role).
QString applyOwnerAndMode(int fd, const QString &path, const QString &what, uid_t uid, gid_t gid,
                          mode_t mode)
{
    if (::fchown(fd, uid, gid) != 0)
        (void)::fchown(fd, uid_t(-1), gid); // at least the group, where we are a member of it
    ::fchmod(fd, mode & 07777);             // after chown, which clears set-id bits
    struct stat now;
    if (::fstat(fd, &now) != 0)
        return QStringLiteral("%1: cannot check its owner: %2").arg(path, sysError(errno));
    QStringList broken;
    if (now.st_uid != uid || now.st_gid != gid)
        broken.append(QStringLiteral("owned by %1, not %2")
                          .arg(ownerText(now.st_uid, now.st_gid), ownerText(uid, gid)));
    if ((now.st_mode & 07777) != (mode & 07777))
        broken.append(QStringLiteral("mode %1, not %2").arg(modeText(now.st_mode), modeText(mode)));
    if (broken.isEmpty())
        return {};
    // Whom the thread acts as for files: the set's run_as user, or Logkeeper's own.
    const FsIdentity actingAs = FsIdentity::ofThisThread();
    return QStringLiteral("%1: %2 is %3 (Logkeeper acts as %4 here, which may not give it that)")
        .arg(path, what, broken.join(QStringLiteral(" and ")),
             ownerText(actingAs.uid(), actingAs.gid()));
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
    return renameAndRecreate(activePath, rotatedPath, CreateSpec(), sync);
}

Rotator::Result Rotator::renameAndRecreate(const QString &activePath, const QString &rotatedPath,
                                           const CreateSpec &create, PosixFile::FolderSync sync)
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
    if (!create.enabled)
        return r; // nocreate: the writer makes its new file itself

    // Recreate the active log for writers that reopen by name. If one already did, keep theirs.
    // Private until it has its owner: it is empty, but its mode may be meant for fewer readers.
    const PosixFile::UniqueFd fresh(
        ::open(active.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600));
    if (fresh.valid()) {
        const uid_t uid = create.uid >= 0 ? uid_t(create.uid) : moved.st_uid;
        const gid_t gid = create.gid >= 0 ? gid_t(create.gid) : moved.st_gid;
        const mode_t mode = create.mode >= 0 ? mode_t(create.mode) : moved.st_mode & 07777;
        r.warning = applyOwnerAndMode(fresh.get(), activePath, QStringLiteral("the new log"), uid,
                                      gid, mode);
        r.error = r.warning;
        if (sync == PosixFile::FolderSync::Now)
            PosixFile::syncParentFolder(activePath);
    } else if (errno != EEXIST) {
        r.error = QStringLiteral("%1: rotated, but cannot recreate it: %2")
                      .arg(activePath, sysError(errno));
    }
    return r;
}

namespace {

// The copy of the active log that copytruncate and copy put at rotatedPath: a temporary file in
// its folder, made durable, then renamed into place.
class StagedCopy
{
public:
    StagedCopy(const QString &rotatedPath, const struct stat &source)
        : m_tmpPath(temporaryPathFor(rotatedPath)), m_rotatedPath(rotatedPath)
    {
        m_fd.reset(::open(QFile::encodeName(m_tmpPath).constData(),
                          O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600));
        if (!m_fd.valid())
            return;
        ::fchmod(m_fd.get(), source.st_mode & 07777);
        if (::geteuid() == 0 && ::fchown(m_fd.get(), source.st_uid, source.st_gid) != 0) {
            // best effort: the content matters more than its owner
        }
    }
    ~StagedCopy() { discard(); }
    StagedCopy(const StagedCopy &) = delete;
    StagedCopy &operator=(const StagedCopy &) = delete;

    bool valid() const { return m_fd.valid(); }
    int fd() const { return m_fd.get(); }
    QString temporaryPath() const { return m_tmpPath; }
    bool placed() const { return m_placed; }
    QString currentPath() const { return m_placed ? m_rotatedPath : m_tmpPath; }

    // fsync, rename into place (never over an existing file), fsync the folder: 0 or errno.
    int place()
    {
        if (::fsync(m_fd.get()) != 0)
            return errno;
        if (const int err = PosixFile::renameNoReplace(m_tmpPath, m_rotatedPath))
            return err;
        m_placed = true;
        PosixFile::syncParentFolder(m_rotatedPath);
        return 0;
    }
    // Removes whatever exists of the copy, placed or not.
    void discard()
    {
        m_fd.reset();
        if (!m_done)
            ::unlink(QFile::encodeName(currentPath()).constData());
        m_done = true;
    }
    // The copy is the rotated file now: keep it.
    void keep() { m_done = true; }

private:
    PosixFile::UniqueFd m_fd;
    QString m_tmpPath;
    QString m_rotatedPath;
    bool m_placed = false;
    bool m_done = false;
};

// Opens the active log for copying; on failure fills r.error.
PosixFile::UniqueFd openActive(const QString &activePath, struct stat *st, Rotator::Result *r)
{
    PosixFile::UniqueFd in(::open(QFile::encodeName(activePath).constData(),
                                  O_RDWR | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY | O_NONBLOCK));
    if (!in.valid()) {
        r->error = QStringLiteral("%1: %2").arg(
            activePath, errno == ELOOP ? QStringLiteral("is a symlink; refused") : sysError(errno));
        return in;
    }
    if (::fstat(in.get(), st) != 0 || !S_ISREG(st->st_mode)) {
        r->error = QStringLiteral("%1: not a regular file; refused").arg(activePath);
        in.reset();
    }
    return in;
}

} // namespace

Rotator::Result Rotator::copy(const QString &activePath, const QString &rotatedPath)
{
    Result r;
    struct stat st;
    const PosixFile::UniqueFd in = openActive(activePath, &st, &r);
    if (!in.valid())
        return r;
    StagedCopy out(rotatedPath, st);
    if (!out.valid()) {
        r.error = QStringLiteral("cannot create %1: %2").arg(out.temporaryPath(), sysError(errno));
        return r;
    }
    const qint64 copied = copyRange(in.get(), out.fd(), 0, -1);
    if (copied < 0) {
        r.error = QStringLiteral("cannot copy %1 to %2: %3")
                      .arg(activePath, out.temporaryPath(), sysError(errno));
        return r;
    }
    if (const int err = out.place()) {
        r.error = QStringLiteral("cannot put the copy of %1 at %2: %3")
                      .arg(activePath, rotatedPath, sysError(err));
        return r;
    }
    out.keep();
    r.ok = true;
    r.bytes = copied;
    r.rotatedPath = rotatedPath;
    return r;
}

Rotator::Result Rotator::copyTruncate(const QString &activePath, const QString &rotatedPath)
{
    Result r;
    struct stat st;
    const PosixFile::UniqueFd in = openActive(activePath, &st, &r);
    if (!in.valid())
        return r;
    StagedCopy out(rotatedPath, st);
    if (!out.valid()) {
        r.error = QStringLiteral("cannot create %1: %2").arg(out.temporaryPath(), sysError(errno));
        return r;
    }
    auto fail = [&](const QString &what, int err) {
        r.error = QStringLiteral("%1: %2").arg(what, sysError(err));
        out.discard(); // the active log still holds every byte
        return r;
    };

    // Prefer removing a block-aligned prefix: everything after it, including lines written
    // while we copy, stays in the active log. The kernel refuses a range reaching EOF, so the
    // prefix ends at least one byte before the current end.
    const qint64 block = st.st_blksize > 0 ? st.st_blksize : 4096;
    const qint64 prefix = st.st_size > 0 ? ((st.st_size - 1) / block) * block : 0;
    qint64 offset = 0; // of the active log, copied so far
    if (prefix > 0) {
        const qint64 copied = copyRange(in.get(), out.fd(), 0, prefix);
        if (copied < 0)
            return fail(QStringLiteral("cannot copy %1 to %2").arg(activePath, out.temporaryPath()),
                        errno);
        offset = copied;
        if (copied == prefix) {
            // The copy must be durable and in place before the prefix may leave the log.
            if (const int err = out.place())
                return fail(
                    QStringLiteral("cannot put the copy of %1 at %2").arg(activePath, rotatedPath),
                    err);
            if (::fallocate(in.get(), FALLOC_FL_COLLAPSE_RANGE, 0, prefix) == 0) {
                out.keep();
                r.ok = true;
                r.collapsed = true;
                r.bytes = prefix;
                r.rotatedPath = rotatedPath;
                return r;
            }
            if (errno != EOPNOTSUPP && errno != EINVAL && errno != ENOSYS)
                return fail(QStringLiteral("%1: cannot remove the copied part").arg(activePath),
                            errno);
            // No collapse here: carry on with the truncate method, into the placed copy.
        }
        // else the file shrank under us; the truncate method copes
    }

    // Truncate method: copy to the end, make it durable, then catch up with whatever was
    // appended meanwhile and truncate straight after the last read returned nothing.
    const qint64 bulk = copyRange(in.get(), out.fd(), offset, -1);
    if (bulk < 0)
        return fail(QStringLiteral("cannot copy %1").arg(activePath), errno);
    offset += bulk;
    if (!out.placed()) {
        if (const int err = out.place())
            return fail(
                QStringLiteral("cannot put the copy of %1 at %2").arg(activePath, rotatedPath),
                err);
    } else if (::fsync(out.fd()) != 0) {
        return fail(rotatedPath, errno);
    }
    for (;;) {
        const qint64 tail = copyRange(in.get(), out.fd(), offset, -1);
        if (tail < 0) {
            // The archive holds a complete prefix and the log still holds everything: keep
            // the log rather than lose anything; the next rotation copies it all again.
            const int err = errno;
            out.discard();
            r.error = QStringLiteral("cannot copy the tail of %1: %2; the active log keeps it")
                          .arg(activePath, sysError(err));
            return r;
        }
        offset += tail;
        if (tail == 0)
            break;
    }
    if (::ftruncate(in.get(), 0) != 0)
        return fail(QStringLiteral("%1: cannot truncate").arg(activePath), errno);
    ::fsync(out.fd());
    out.keep();
    r.ok = true;
    r.bytes = offset;
    r.rotatedPath = rotatedPath;
    return r;
}

Rotator::Result Rotator::createFolder(const QString &path, const CreateSpec &spec)
{
    Result r;
    const QByteArray name = QFile::encodeName(path);
    struct stat st;
    if (::lstat(name.constData(), &st) == 0) {
        if (S_ISDIR(st.st_mode)) {
            r.ok = true;
        } else {
            r.error = QStringLiteral("%1: exists and is not a folder (%2)")
                          .arg(path, S_ISLNK(st.st_mode) ? QStringLiteral("a symlink")
                                                         : QStringLiteral("a file"));
        }
        return r;
    }
    if (errno != ENOENT) {
        r.error = QStringLiteral("%1: %2").arg(path, sysError(errno));
        return r;
    }
    if (!spec.enabled) {
        r.error = QStringLiteral("%1: the archive folder does not exist, and create_dir is false")
                      .arg(path);
        return r;
    }
    const QString parent = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(parent)) {
        r.error = QStringLiteral("%1: cannot create the folder %2").arg(path, parent);
        return r;
    }
    // Private until it has its owner and mode.
    if (::mkdir(name.constData(), spec.mode >= 0 || spec.uid >= 0 || spec.gid >= 0 ? 0700 : 0777) !=
        0) {
        if (errno == EEXIST) { // made meanwhile by someone else: theirs
            r.ok = true;
            return r;
        }
        r.error = QStringLiteral("%1: cannot create the folder: %2").arg(path, sysError(errno));
        return r;
    }
    r.ok = true;
    if (spec.mode < 0 && spec.uid < 0 && spec.gid < 0)
        return r;
    const PosixFile::UniqueFd dir(
        ::open(name.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    if (!dir.valid()) {
        r.warning = r.error =
            QStringLiteral("%1: created, but cannot set its owner: %2").arg(path, sysError(errno));
        return r;
    }
    struct stat made;
    if (::fstat(dir.get(), &made) != 0) {
        r.warning = r.error = QStringLiteral("%1: created, but cannot check its owner: %2")
                                  .arg(path, sysError(errno));
        return r;
    }
    // What is not given stays as the folder was created (a setgid parent's group, say); a
    // mode not given is the process's default.
    const mode_t umask = ::umask(0);
    ::umask(umask);
    r.warning = r.error = applyOwnerAndMode(dir.get(), path, QStringLiteral("the new folder"),
                                            spec.uid >= 0 ? uid_t(spec.uid) : made.st_uid,
                                            spec.gid >= 0 ? gid_t(spec.gid) : made.st_gid,
                                            spec.mode >= 0 ? mode_t(spec.mode) : (0777 & ~umask));
    return r;
}

} // namespace Logkeeper
