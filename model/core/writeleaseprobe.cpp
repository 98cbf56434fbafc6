// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "core/writeleaseprobe.h"

#include "core/posixfile.h"

#include <QFile>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/vfs.h>

namespace Logkeeper {

namespace {

QString sysError(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

// Filesystems whose files other machines write: a local lease cannot see those writers.
const char *remoteFileSystem(int fd)
{
    struct statfs fs;
    if (::fstatfs(fd, &fs) != 0)
        return nullptr;
    switch (static_cast<unsigned long>(fs.f_type)) {
    case 0x6969UL: // NFS
        return "NFS";
    case 0xFF534D42UL: // CIFS
    case 0xFE534D42UL: // SMB2
    case 0x517BUL:     // SMB
        return "SMB/CIFS";
    case 0x65735546UL: // FUSE (sshfs and other remote ones among them)
        return "FUSE";
    case 0x00C36400UL: // Ceph
        return "Ceph";
    case 0x01021997UL: // 9p
        return "9p";
    case 0x01161970UL: // GFS2
        return "GFS2";
    case 0x7461636FUL: // OCFS2
        return "OCFS2";
    case 0x0BD00BD0UL: // Lustre
        return "Lustre";
    case 0x5346414FUL: // AFS
    case 0x6B414653UL: // kAFS
        return "AFS";
    default:
        return nullptr;
    }
}

bool leasesDisabled()
{
    QFile setting(QStringLiteral("/proc/sys/fs/leases-enable"));
    return setting.open(QIODevice::ReadOnly) && setting.readAll().trimmed() == "0";
}

WriteLeaseProbe::Result unknown(int error, const QString &reason)
{
    WriteLeaseProbe::Result r;
    r.state = WriteLeaseProbe::State::Unknown;
    r.error = error;
    r.reason = reason;
    return r;
}

} // namespace

WriteLeaseProbe::Result WriteLeaseProbe::probe(const QString &path)
{
    // O_NONBLOCK: a file someone else holds a lease on (Samba) is not waited for.
    PosixFile::UniqueFd fd(::open(QFile::encodeName(path).constData(),
                                  O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC));
    if (!fd.valid()) {
        const int err = errno;
        return unknown(err,
                       err == EWOULDBLOCK
                           ? QStringLiteral("%1: another process holds a lease on it").arg(path)
                           : QStringLiteral("%1: %2").arg(path, sysError(err)));
    }
    return probe(fd.get(), path);
}

WriteLeaseProbe::Result WriteLeaseProbe::probe(int fd, const QString &name)
{
    struct stat st;
    if (::fstat(fd, &st) != 0)
        return unknown(errno, QStringLiteral("%1: %2").arg(name, sysError(errno)));
    if (!S_ISREG(st.st_mode))
        return unknown(EINVAL, QStringLiteral("%1: not a regular file").arg(name));
    if (const char *remote = remoteFileSystem(fd))
        return unknown(EINVAL, QStringLiteral("%1 is on %2: writers on other machines cannot be "
                                              "seen from here")
                                   .arg(name, QLatin1String(remote)));

    // Were a writer to open the file in the instant the lease is held, the kernel would signal
    // this process (SIGIO by default: it terminates). SIGURG is ignored unless handled, and
    // nothing in Logkeeper handles it.
    ::fcntl(fd, F_SETSIG, SIGURG);
    if (::fcntl(fd, F_SETLEASE, F_RDLCK) == 0) {
        ::fcntl(fd, F_SETLEASE, F_UNLCK);
        return {State::NoWriter, 0, QString()};
    }
    const int err = errno;
    switch (err) {
    case EAGAIN:
        return {State::WriterHolds, 0, QString()};
    case EACCES:
    case EPERM:
        return unknown(err, QStringLiteral("%1: not the file's owner and without CAP_LEASE, so its "
                                           "writers cannot be seen")
                                .arg(name));
    case EINVAL:
    case ENOTSUP:
    case ENOSYS:
        if (leasesDisabled())
            return unknown(err, QStringLiteral("%1: file leases are disabled "
                                               "(/proc/sys/fs/leases-enable is 0)")
                                    .arg(name));
        return unknown(err, QStringLiteral("%1: its filesystem has no file leases").arg(name));
    default:
        return unknown(err, QStringLiteral("%1: cannot take a lease: %2").arg(name, sysError(err)));
    }
}

} // namespace Logkeeper
