// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include <QString>

namespace Logkeeper {

// Tells at once whether any process (this one included) holds a file open for writing, through
// a Linux file lease taken and released on the spot.
//
// A read lease (F_RDLCK) is refused with EAGAIN exactly while some descriptor has the file open
// for writing. A write lease (F_WRLCK) would be refused for readers too (`tail -f`, a log
// viewer), which are no reason to wait. Taking a lease needs the file's owner or CAP_LEASE, a
// filesystem with leases (not NFS, not FUSE) and /proc/sys/fs/leases-enable = 1; otherwise the
// answer is Unknown, with the reason. Network and cluster filesystems are Unknown without trying:
// a writer on another machine holds no local descriptor.
class WriteLeaseProbe
{
public:
    enum class State
    {
        NoWriter,    // nobody has it open for writing: nothing more will be written to it
        WriterHolds, // a descriptor open for writing exists
        Unknown      // cannot tell here; see error and reason
    };
    struct Result
    {
        State state = State::Unknown;
        int error = 0;  // errno behind Unknown: EACCES/EPERM, EINVAL, ENOENT, EWOULDBLOCK...
        QString reason; // for Unknown: names the file and the cause (English, for the log)
    };

    // Opens the file read-only (not following a symlink, not waiting for another's lease).
    static Result probe(const QString &path);
    // Probes an open descriptor of the file, which must be open read-only.
    static Result probe(int fd, const QString &name);
};

} // namespace Logkeeper
