// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "compression/archivemembers.h"

#include "core/posixfile.h"

#include <QFile>

#include <archive.h>
#include <archive_entry.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <vector>

namespace Logkeeper {

namespace {

// RAII for libarchive read handles, as in LibArchiveBackend.
struct ReadDeleter
{
    void operator()(struct archive *a) const { archive_read_free(a); }
};
using ReadHandle = std::unique_ptr<struct archive, ReadDeleter>;

QString archiveError(struct archive *a)
{
    const char *text = archive_error_string(a);
    return text ? QString::fromLocal8Bit(text) : QStringLiteral("unknown libarchive error");
}

// The archive file under libarchive, read through callbacks that poll for cancellation between
// blocks, so that skipping through a big compressed tar can be stopped.
class Source
{
public:
    Source(const QString &path, ArchiveMembers::Cancelled cancelled)
        : m_path(path), m_cancelled(std::move(cancelled)), m_buffer(256 * 1024, Qt::Uninitialized)
    {}

    bool open(QString *error)
    {
        m_fd.reset(::open(QFile::encodeName(m_path).constData(), O_RDONLY | O_CLOEXEC));
        struct stat st;
        if (!m_fd.valid() || ::fstat(m_fd.get(), &st) != 0) {
            *error =
                QStringLiteral("%1: %2").arg(m_path, QString::fromLocal8Bit(std::strerror(errno)));
            return false;
        }
        m_size = st.st_size;
        return true;
    }

    bool wasCancelled() const { return m_wasCancelled; }
    qint64 position() const { return m_position; }

    static la_ssize_t read(struct archive *a, void *self, const void **buffer)
    {
        auto *source = static_cast<Source *>(self);
        if (source->m_cancelled && source->m_cancelled()) {
            source->m_wasCancelled = true;
            archive_set_error(a, ECANCELED, "cancelled");
            return -1;
        }
        for (;;) {
            const ssize_t n = ::read(source->m_fd.get(), source->m_buffer.data(),
                                     size_t(source->m_buffer.size()));
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0) {
                archive_set_error(a, errno, "%s", std::strerror(errno));
                return -1;
            }
            source->m_position += n;
            *buffer = source->m_buffer.constData();
            return n;
        }
    }

    // Skips forward without reading; never past the end, so that a truncated archive is read
    // to its end and reported as truncated (libarchive reads instead when this returns 0).
    static la_int64_t skip(struct archive *, void *self, la_int64_t request)
    {
        auto *source = static_cast<Source *>(self);
        if (request <= 0 || request > source->m_size - source->m_position)
            return 0;
        const off_t to = ::lseek(source->m_fd.get(), off_t(request), SEEK_CUR);
        if (to < 0)
            return 0;
        source->m_position = to;
        return request;
    }

    static la_int64_t seek(struct archive *, void *self, la_int64_t offset, int whence)
    {
        auto *source = static_cast<Source *>(self);
        const off_t to = ::lseek(source->m_fd.get(), off_t(offset), whence);
        if (to < 0)
            return ARCHIVE_FATAL;
        source->m_position = to;
        return to;
    }

private:
    QString m_path;
    ArchiveMembers::Cancelled m_cancelled;
    QByteArray m_buffer;
    PosixFile::UniqueFd m_fd;
    qint64 m_size = 0;
    qint64 m_position = 0;
    bool m_wasCancelled = false;
};

// libarchive's filters that decompress in this process. A filter that would run an external
// program (archive_read_support_filter_*() returning ARCHIVE_WARN) is left out: it is found out
// once on a throwaway handle, because once added to a real one it cannot be removed.
void addInProcessFilters(struct archive *a)
{
    using Support = int (*)(struct archive *);
    static const std::vector<Support> inProcess = [] {
        const Support all[] = {
            archive_read_support_filter_gzip, archive_read_support_filter_bzip2,
            archive_read_support_filter_xz,   archive_read_support_filter_lzma,
            archive_read_support_filter_lzip, archive_read_support_filter_zstd,
            archive_read_support_filter_lz4,  archive_read_support_filter_compress,
        };
        std::vector<Support> usable;
        for (Support support : all) {
            ReadHandle probe(archive_read_new());
            if (support(probe.get()) == ARCHIVE_OK)
                usable.push_back(support);
        }
        return usable;
    }();
    for (Support support : inProcess)
        support(a);
}

// An archive opened for reading entries. The source outlives the handle that calls it.
struct OpenArchive
{
    std::unique_ptr<Source> source;
    ReadHandle handle;
};

// *unrecognized (when given) tells a file that is no archive libarchive knows from other errors.
std::unique_ptr<OpenArchive> openArchive(const QString &path, ArchiveMembers::Cancelled cancelled,
                                         QString *error, bool *unrecognized = nullptr)
{
    if (unrecognized)
        *unrecognized = false;
    auto open = std::make_unique<OpenArchive>();
    open->source = std::make_unique<Source>(path, std::move(cancelled));
    if (!open->source->open(error))
        return nullptr;
    open->handle.reset(archive_read_new());
    struct archive *a = open->handle.get();
    addInProcessFilters(a);
    archive_read_support_format_all(a);
    archive_read_set_read_callback(a, &Source::read);
    archive_read_set_skip_callback(a, &Source::skip);
    archive_read_set_seek_callback(a, &Source::seek);
    archive_read_set_callback_data(a, open->source.get());
    if (archive_read_open1(a) != ARCHIVE_OK) {
        // Opening already bids for the format; "Unrecognized archive format" carries libarchive's
        // ARCHIVE_ERRNO_FILE_FORMAT, which is EILSEQ where there is no EFTYPE (Linux).
        if (unrecognized)
            *unrecognized = !open->source->wasCancelled() && archive_errno(a) == EILSEQ;
        *error = open->source->wasCancelled() ? DecompressJob::cancelledMessage()
                                              : QStringLiteral("%1: %2").arg(path, archiveError(a));
        return nullptr;
    }
    return open;
}

QString entryName(struct archive_entry *entry)
{
    if (const char *utf8 = archive_entry_pathname_utf8(entry))
        return QString::fromUtf8(utf8);
    const char *raw = archive_entry_pathname(entry);
    return raw ? QFile::decodeName(raw) : QString();
}

// Formats that libarchive recognises but that are not archives of files to pick from.
bool isContainerFormat(struct archive *a)
{
    const int base = archive_format(a) & ARCHIVE_FORMAT_BASE_MASK;
    return base != ARCHIVE_FORMAT_EMPTY && base != ARCHIVE_FORMAT_RAW &&
           base != ARCHIVE_FORMAT_MTREE;
}

// Reads the data of the member the archive is positioned at.
class MemberReader : public ArchiveReader
{
public:
    MemberReader(std::unique_ptr<OpenArchive> archive, const QString &path, const QString &member)
        : m_archive(std::move(archive)), m_path(path), m_member(member)
    {}

    qint64 read(char *data, qint64 maxSize) override
    {
        if (!m_error.isEmpty())
            return -1;
        if (m_atEnd || maxSize <= 0)
            return 0;
        for (;;) {
            const la_ssize_t n = archive_read_data(m_archive->handle.get(), data, size_t(maxSize));
            if (n > 0)
                return n;
            if (n == 0) {
                m_atEnd = true;
                return 0;
            }
            if (n == ARCHIVE_RETRY)
                continue;
            m_error = m_archive->source->wasCancelled()
                          ? DecompressJob::cancelledMessage()
                          : QStringLiteral("%1: %2: %3")
                                .arg(m_path, m_member, archiveError(m_archive->handle.get()));
            return -1;
        }
    }
    QString errorString() const override { return m_error; }
    qint64 sourcePosition() const override { return m_archive->source->position(); }

private:
    std::unique_ptr<OpenArchive> m_archive;
    QString m_path;
    QString m_member;
    QString m_error;
    bool m_atEnd = false;
};

} // namespace

ArchiveMembers::ArchiveMembers(QObject *parent) : QObject(parent)
{}

ArchiveMembers::~ArchiveMembers()
{
    m_cancel.cancel();
    m_worker.cancelAndWait();
}

void ArchiveMembers::list(const QString &path)
{
    m_cancel.cancel();
    m_worker.wait(); // prompt: the worker polls the token between blocks
    const CancelToken token;
    m_cancel = token;
    m_listing = true;
    // Runs also when cancelled before a thread is free, so that listed() always follows.
    m_worker = WorkPool::start([this, path, token](const CancelToken &) {
        const Listing listing = listMembers(path, [token] { return token.isCancelled(); });
        QMetaObject::invokeMethod(
            this,
            [this, path, listing, token] {
                if (!(token == m_cancel))
                    return; // a newer list() replaced this one
                m_worker.wait();
                m_listing = false;
                emit listed(path, listing);
            },
            Qt::QueuedConnection);
    });
}

void ArchiveMembers::cancel()
{
    m_cancel.cancel();
}

ArchiveMembers::Listing ArchiveMembers::listMembers(const QString &path, const Cancelled &cancelled)
{
    Listing listing;
    bool unrecognized = false;
    auto archive = openArchive(path, cancelled, &listing.error, &unrecognized);
    if (unrecognized) // a plain or single-stream compressed file
        listing.error.clear();
    if (!archive)
        return listing;
    struct archive *a = archive->handle.get();
    struct archive_entry *entry = nullptr;
    int r = archive_read_next_header(a, &entry);
    if (archive->source->wasCancelled()) {
        listing.error = DecompressJob::cancelledMessage();
        return listing;
    }
    // An archive of files with none in it (an empty tar or zip): an archive all the same.
    if (r == ARCHIVE_EOF && isContainerFormat(a)) {
        listing.isArchive = true;
        return listing;
    }
    // Not recognised as an archive of files: a plain or single-stream compressed file.
    if ((r != ARCHIVE_OK && r != ARCHIVE_WARN) || !isContainerFormat(a))
        return listing;
    listing.isArchive = true;
    for (; r == ARCHIVE_OK || r == ARCHIVE_WARN; r = archive_read_next_header(a, &entry)) {
        if (archive_entry_filetype(entry) != AE_IFREG)
            continue;
        Member member;
        member.name = entryName(entry);
        member.size = archive_entry_size_is_set(entry) ? archive_entry_size(entry) : -1;
        listing.members.append(member);
    }
    if (r != ARCHIVE_EOF)
        listing.error = archive->source->wasCancelled()
                            ? DecompressJob::cancelledMessage()
                            : QStringLiteral("%1: %2").arg(path, archiveError(a));
    return listing;
}

bool ArchiveMembers::isPlainFile(const QString &path, QString *error)
{
    Source source(path, {});
    QString openError;
    if (!source.open(&openError)) {
        if (error)
            *error = openError;
        return false;
    }
    ReadHandle handle(archive_read_new());
    struct archive *a = handle.get();
    addInProcessFilters(a);
    archive_read_support_format_all(a);
    archive_read_support_format_raw(a);
    archive_read_support_format_empty(a);
    archive_read_set_read_callback(a, &Source::read);
    archive_read_set_skip_callback(a, &Source::skip);
    archive_read_set_seek_callback(a, &Source::seek);
    archive_read_set_callback_data(a, &source);
    struct archive_entry *entry = nullptr;
    if (archive_read_open1(a) != ARCHIVE_OK || archive_read_next_header(a, &entry) < ARCHIVE_WARN) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, archiveError(a));
        return false;
    }
    // Text: the raw format takes whatever no other format claims, the empty one an empty file,
    // and mtree bids on many a text (isContainerFormat() does not count it either).
    const bool uncompressed =
        archive_filter_count(a) <= 1 && archive_filter_code(a, 0) == ARCHIVE_FILTER_NONE;
    return uncompressed && !isContainerFormat(a);
}

DecompressJob::Opener ArchiveMembers::opener(const QString &path, const QString &member,
                                             Cancelled cancelled)
{
    return [path, member, cancelled](QString *error) -> std::unique_ptr<ArchiveReader> {
        auto archive = openArchive(path, cancelled, error);
        if (!archive)
            return nullptr;
        struct archive *a = archive->handle.get();
        struct archive_entry *entry = nullptr;
        for (;;) {
            const int r = archive_read_next_header(a, &entry);
            if (archive->source->wasCancelled()) {
                *error = DecompressJob::cancelledMessage();
                return nullptr;
            }
            if (r == ARCHIVE_EOF) {
                *error = tr("%1: has no member %2").arg(path, member);
                return nullptr;
            }
            if (r != ARCHIVE_OK && r != ARCHIVE_WARN) {
                *error = QStringLiteral("%1: %2").arg(path, archiveError(a));
                return nullptr;
            }
            if (archive_entry_filetype(entry) == AE_IFREG && entryName(entry) == member)
                return std::make_unique<MemberReader>(std::move(archive), path, member);
        }
    };
}

} // namespace Logkeeper
