// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "browser/archiveexpiry.h"
#include "core/codecs.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QVector>

namespace Logkeeper {

// One archive file as the archive browser shows it: a regular file in a set's archive folder
// that is one of the set's archives by ArchiveNaming::isArchiveOf() (compressed or not), or a
// rotated file of the set waiting beside its log. Plain values, copied between the catalog's
// scanning thread and the GUI thread.
struct ArchiveEntry
{
    QString setName;
    QString path;     // absolute
    QString fileName; // path's last component
    QString
        originalName; // the log it came from, below its set's log_dir: "app.log", "nginx/app.log"
    QDateTime rotatedAt;       // from the name; the file's mtime when the name holds no valid date
    Codec codec = Codec::None; // from the name's extension; None for an uncompressed rotated file
    // An uncompressed rotated file of a set that compresses: it still waits for compression,
    // so its log data is not archived yet (deleting it loses that data for good).
    bool pending = false;

    // What identifies this version of the file: a size counted for another version is stale.
    qint64 compressedSize = 0; // bytes on disk
    qint64 mtimeNs = 0;        // st_mtim in nanoseconds since the epoch
    quint64 inode = 0;

    qint64 size = -1;  // decompressed bytes; -1 while not known
    QString sizeError; // why the size could not be counted (a damaged archive), or empty

    QString logPath; // the log it was rotated from (absolute; it may be gone)
    // Waits in its log's folder for its archive folder elsewhere: pending too, also in a set that
    // does not compress (it has not been moved yet). Retention never sees it there.
    bool staged = false;
    // Sorts rotations oldest first: by the name's time (else the mtime), and one log's by its
    // naming's rotation order (numbered: the higher number is older) where times disagree.
    qint64 rotationOrder = 0;
    ArchiveExpiry expiry; // when retention removes it (ArchiveExpiries)

    bool sizeKnown() const { return size >= 0; }
    bool sameFileAs(const ArchiveEntry &other) const
    {
        return compressedSize == other.compressedSize && mtimeNs == other.mtimeNs &&
               inode == other.inode;
    }
    // Archive size as a share of the decompressed size (0.12 = 12 %); -1 while the size is
    // unknown or zero (an empty log has no meaningful ratio).
    double ratio() const { return size > 0 ? double(compressedSize) / double(size) : -1.0; }
};

} // namespace Logkeeper

Q_DECLARE_METATYPE(Logkeeper::ArchiveEntry)
