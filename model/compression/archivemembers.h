// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "compression/decompressjob.h"
#include "core/workpool.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace Logkeeper {

// The members of an archive that holds several files (tar, possibly compressed; zip; 7z; cpio;
// ar; iso9660; rar; cab; lha; xar), as made by other tools, and a reader of one member for
// DecompressJob. Through libarchive with its in-process filters only (no external programs);
// an archive is read through callbacks that check for cancellation, so even a long scan of a
// big tar.gz stops promptly.
class ArchiveMembers : public QObject
{
    Q_OBJECT
public:
    struct Member
    {
        QString name;     // path inside the archive
        qint64 size = -1; // decompressed size; -1 when the archive does not say
    };
    struct Listing
    {
        // False for a file that is not such an archive: a plain or single-stream compressed
        // file, to be read as a whole.
        bool isArchive = false;
        QList<Member> members; // regular files, in archive order
        QString error;         // names the archive and the cause; the members before it stay
    };
    using Cancelled = std::function<bool()>;

    explicit ArchiveMembers(QObject *parent = nullptr);
    ~ArchiveMembers() override; // cancels and waits for the worker

    // Lists `path` on a WorkPool thread; listed() follows (also after cancel()).
    void list(const QString &path);
    void cancel();
    bool isListing() const { return m_listing; }

    // The same, synchronously, for worker threads and tests.
    static Listing listMembers(const QString &path, const Cancelled &cancelled = {});
    // Whether `path` is plain text: neither compressed (by any codec these readers know) nor an
    // archive of files, so that it reads as itself and can be followed as it grows. False with
    // *error set when it cannot be read.
    static bool isPlainFile(const QString &path, QString *error = nullptr);
    // For DecompressJob::setOpener(): reads the first member named `member` of `path`.
    // `cancelled` is polled while the archive is read up to the member.
    static DecompressJob::Opener opener(const QString &path, const QString &member,
                                        Cancelled cancelled = {});

signals:
    void listed(const QString &path, const ArchiveMembers::Listing &listing);

private:
    WorkPool::Handle m_worker;
    CancelToken m_cancel; // the running list()'s
    bool m_listing = false;
};

} // namespace Logkeeper

Q_DECLARE_METATYPE(Logkeeper::ArchiveMembers::Listing)
