#include "libarchivebackend.h"

#include "codecs.h"

#include <QFile>
#include <QIODevice>
#include <QThread>

#include <archive.h>
#include <archive_entry.h>
#include <zlib.h>

#include <cerrno>
#include <memory>

namespace {

// RAII for libarchive handles.
struct ReadDeleter
{
    void operator()(struct archive *a) const { archive_read_free(a); }
};
struct EntryDeleter
{
    void operator()(struct archive_entry *e) const { archive_entry_free(e); }
};
using ReadHandle = std::unique_ptr<struct archive, ReadDeleter>;
using EntryHandle = std::unique_ptr<struct archive_entry, EntryDeleter>;

QString archiveError(struct archive *a)
{
    const char *text = archive_error_string(a);
    return text ? QString::fromLocal8Bit(text) : QStringLiteral("unknown libarchive error");
}

// Adds the codec's filter; ARCHIVE_WARN would mean "through an external program", which we
// refuse: Logkeeper compresses in-process or not at all.
bool addFilter(struct archive *a, const QString &codec)
{
    int r = ARCHIVE_FATAL;
    if (codec == QLatin1String("gzip"))
        r = archive_write_add_filter_gzip(a);
    else if (codec == QLatin1String("bzip2"))
        r = archive_write_add_filter_bzip2(a);
    else if (codec == QLatin1String("xz"))
        r = archive_write_add_filter_xz(a);
    else if (codec == QLatin1String("zstd"))
        r = archive_write_add_filter_zstd(a);
    return r == ARCHIVE_OK;
}

la_ssize_t appendToByteArray(struct archive *, void *clientData, const void *buffer, size_t length)
{
    static_cast<QByteArray *>(clientData)
        ->append(static_cast<const char *>(buffer), qsizetype(length));
    return la_ssize_t(length);
}

la_ssize_t writeToDevice(struct archive *a, void *clientData, const void *buffer, size_t length)
{
    auto *device = static_cast<QIODevice *>(clientData);
    const qint64 n = device->write(static_cast<const char *>(buffer), qint64(length));
    if (n != qint64(length)) {
        archive_set_error(a, EIO, "%s", qPrintable(device->errorString()));
        return -1;
    }
    return la_ssize_t(n);
}

bool writeAll(struct archive *a, const char *data, qint64 size, QString *error)
{
    while (size > 0) {
        const la_ssize_t n = archive_write_data(a, data, size_t(size));
        if (n <= 0) {
            *error = archiveError(a);
            return false;
        }
        data += n;
        size -= n;
    }
    return true;
}

// gzip goes through zlib, not libarchive: libarchive's gzip reader checks neither the CRC nor
// the length in each member's trailer, so a flipped byte could pass unnoticed. zlib checks both,
// and reading member after member keeps concatenated (parallel-compressed) files whole.
class GzipReader : public ArchiveReader
{
public:
    explicit GzipReader(const QString &path)
        : m_file(path), m_path(path), m_in(1 << 18, Qt::Uninitialized)
    {}
    ~GzipReader() override
    {
        if (m_initialized)
            inflateEnd(&m_stream);
    }

    bool open(QString *error)
    {
        if (!m_file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("%1: %2").arg(m_path, m_file.errorString());
            return false;
        }
        m_stream = {};
        if (inflateInit2(&m_stream, 16 + MAX_WBITS) != Z_OK) {
            *error = QStringLiteral("%1: cannot start zlib").arg(m_path);
            return false;
        }
        m_initialized = true;
        return true;
    }

    qint64 read(char *data, qint64 maxSize) override
    {
        if (!m_error.isEmpty())
            return -1;
        if (m_atEnd || maxSize <= 0)
            return 0;
        m_stream.next_out = reinterpret_cast<Bytef *>(data);
        m_stream.avail_out = uInt(qMin<qint64>(maxSize, 1 << 30));
        while (m_stream.avail_out > 0) {
            if (m_stream.avail_in == 0 && !fill())
                return -1;
            if (m_stream.avail_in == 0) { // end of file
                if (m_inMember)
                    return fail(QStringLiteral("the archive is truncated"));
                m_atEnd = true;
                break;
            }
            if (!m_inMember) {
                // Between members only another gzip member may follow.
                if (m_stream.next_in[0] != 0x1f)
                    return fail(
                        QStringLiteral("unexpected data after the end of the compressed stream"));
                inflateReset(&m_stream);
                m_inMember = true;
            }
            const int r = inflate(&m_stream, Z_NO_FLUSH);
            if (r == Z_STREAM_END) {
                m_inMember = false; // CRC and length checked by zlib
            } else if (r != Z_OK && r != Z_BUF_ERROR) {
                return fail(
                    QStringLiteral("the archive is corrupt (%1)")
                        .arg(QString::fromLatin1(m_stream.msg ? m_stream.msg : "zlib error")));
            }
        }
        return maxSize - m_stream.avail_out;
    }
    QString errorString() const override { return m_error; }

private:
    bool fill()
    {
        const qint64 n = m_file.read(m_in.data(), m_in.size());
        if (n < 0) {
            fail(m_file.errorString());
            return false;
        }
        m_stream.next_in = reinterpret_cast<Bytef *>(m_in.data());
        m_stream.avail_in = uInt(n);
        return true;
    }
    qint64 fail(const QString &why)
    {
        m_error = QStringLiteral("%1: %2").arg(m_path, why);
        return -1;
    }

    QFile m_file;
    QString m_path;
    QByteArray m_in;
    z_stream m_stream = {};
    QString m_error;
    bool m_initialized = false;
    bool m_inMember = false;
    bool m_atEnd = false;
};

class LibArchiveReader : public ArchiveReader
{
public:
    LibArchiveReader(ReadHandle handle, const QString &path, bool empty)
        : m_handle(std::move(handle)), m_path(path), m_atEnd(empty)
    {}

    qint64 read(char *data, qint64 maxSize) override
    {
        if (m_atEnd || maxSize <= 0)
            return 0;
        for (;;) {
            const la_ssize_t n = archive_read_data(m_handle.get(), data, size_t(maxSize));
            if (n > 0)
                return n;
            if (n == 0) {
                m_atEnd = true;
                return 0;
            }
            if (n == ARCHIVE_RETRY)
                continue;
            m_error = QStringLiteral("%1: %2").arg(m_path, archiveError(m_handle.get()));
            return -1;
        }
    }
    QString errorString() const override { return m_error; }

private:
    ReadHandle m_handle;
    QString m_path;
    QString m_error;
    bool m_atEnd;
};

} // namespace

QString LibArchiveBackend::description() const
{
    return QStringLiteral("libarchive ") +
           QString::fromLatin1(archive_version_string()).remove(QStringLiteral("libarchive "));
}

QStringList LibArchiveBackend::codecs() const
{
    static const QStringList available = [] {
        QStringList list;
        for (const QString &codec : Codecs::known()) {
            WriteHandle probe(archive_write_new());
            if (addFilter(probe.get(), codec))
                list.append(codec);
        }
        return list;
    }();
    return available;
}

bool LibArchiveBackend::supportsLevel(const QString &codec) const
{
    return codecs().contains(codec);
}

int LibArchiveBackend::minLevel(const QString &codec) const
{
    return codec == QLatin1String("xz") ? 0 : 1;
}

int LibArchiveBackend::maxLevel(const QString &codec) const
{
    return codec == QLatin1String("zstd") ? 19 : 9;
}

// A raw-format writer with the codec's filter, opened on `client` through `write`, with the one
// entry header of `size` bytes written: ready for archive_write_data().
void LibArchiveBackend::WriteDeleter::operator()(struct archive *a) const
{
    archive_write_free(a);
}

LibArchiveBackend::WriteHandle LibArchiveBackend::openWriter(const QString &codec, int level,
                                                             qint64 size, void *client,
                                                             WriteCallback write, QString *error,
                                                             bool threaded) const
{
    WriteHandle a(archive_write_new());
    if (!addFilter(a.get(), codec)) {
        *error = QStringLiteral("codec \"%1\" is not available in this build").arg(codec);
        return nullptr;
    }
    if (level >= 0) {
        if (level < minLevel(codec) || level > maxLevel(codec)) {
            *error = QStringLiteral("level %1 is outside %2..%3 for %4")
                         .arg(level)
                         .arg(minLevel(codec))
                         .arg(maxLevel(codec))
                         .arg(codec);
            return nullptr;
        }
        if (archive_write_set_filter_option(a.get(), nullptr, "compression-level",
                                            QByteArray::number(level).constData()) != ARCHIVE_OK) {
            *error = QStringLiteral("%1: %2").arg(codec, archiveError(a.get()));
            return nullptr;
        }
    }
    // xz and zstd compress one stream on several threads when asked (best effort: an older
    // libarchive without the option compresses on one).
    if (threaded && (codec == QLatin1String("xz") || codec == QLatin1String("zstd")))
        archive_write_set_filter_option(
            a.get(), nullptr, "threads",
            QByteArray::number(QThread::idealThreadCount()).constData());
    if (codec == QLatin1String("gzip")) // no timestamp: identical input, identical output
        archive_write_set_filter_option(a.get(), "gzip", "timestamp", nullptr);
    archive_write_set_format_raw(a.get());
    archive_write_set_bytes_in_last_block(a.get(), 1);
    if (archive_write_open(a.get(), client, nullptr, write, nullptr) != ARCHIVE_OK) {
        *error = archiveError(a.get());
        return nullptr;
    }
    EntryHandle entry(archive_entry_new());
    archive_entry_set_pathname(entry.get(), "data");
    archive_entry_set_filetype(entry.get(), AE_IFREG);
    archive_entry_set_perm(entry.get(), 0644);
    archive_entry_set_size(entry.get(), size);
    if (archive_write_header(a.get(), entry.get()) != ARCHIVE_OK) {
        *error = archiveError(a.get());
        return nullptr;
    }
    return a;
}

bool LibArchiveBackend::compressBlock(const QByteArray &input, const QString &codec, int level,
                                      QByteArray *output, QString *error) const
{
    output->clear();
    WriteHandle a = openWriter(codec, level, input.size(), output, appendToByteArray, error);
    if (!a || !writeAll(a.get(), input.constData(), input.size(), error))
        return false;
    if (archive_write_close(a.get()) != ARCHIVE_OK) {
        *error = archiveError(a.get());
        return false;
    }
    return true;
}

bool LibArchiveBackend::concatenatesBlocks(const QString &codec) const
{
    return codec == QLatin1String("gzip");
}

bool LibArchiveBackend::compressStream(QIODevice *in, qint64 size, const QString &codec, int level,
                                       QIODevice *out, const std::atomic_bool *cancel,
                                       QString *error) const
{
    WriteHandle a = openWriter(codec, level, size, out, writeToDevice, error, true);
    if (!a)
        return false;
    if (!feed(
            in, size, cancel,
            [&](const char *data, qint64 n) { return writeAll(a.get(), data, n, error); }, error))
        return false;
    if (archive_write_close(a.get()) != ARCHIVE_OK) {
        *error = archiveError(a.get());
        return false;
    }
    return true;
}

std::unique_ptr<ArchiveReader> LibArchiveBackend::openReader(const QString &path,
                                                             QString *error) const
{
    {
        QFile probe(path);
        if (probe.open(QIODevice::ReadOnly) && probe.read(2) == QByteArray("\x1f\x8b")) {
            auto gzip = std::make_unique<GzipReader>(path);
            if (!gzip->open(error))
                return nullptr;
            return gzip;
        }
    }
    ReadHandle a(archive_read_new());
    // The in-process filters only, not archive_read_support_filter_all(): that one also bids
    // with external programs (lrzip, lzop, grzip, ...), so a plain log that happens to start
    // with their magic bytes would start a program or fail to open instead of reading as itself.
    archive_read_support_filter_bzip2(a.get());
    archive_read_support_filter_xz(a.get());
    archive_read_support_filter_lzma(a.get());
    archive_read_support_filter_lzip(a.get());
    archive_read_support_filter_zstd(a.get());
    archive_read_support_filter_lz4(a.get());
    archive_read_support_filter_compress(a.get());
    archive_read_support_format_raw(a.get());
    archive_read_support_format_empty(a.get());
    if (archive_read_open_filename(a.get(), QFile::encodeName(path).constData(), 256 * 1024) !=
        ARCHIVE_OK) {
        *error = QStringLiteral("%1: %2").arg(path, archiveError(a.get()));
        return nullptr;
    }
    struct archive_entry *entry = nullptr;
    const int r = archive_read_next_header(a.get(), &entry);
    if (r == ARCHIVE_EOF) // the empty format: an empty file
        return std::make_unique<LibArchiveReader>(std::move(a), path, true);
    if (r != ARCHIVE_OK) {
        *error = QStringLiteral("%1: %2").arg(path, archiveError(a.get()));
        return nullptr;
    }
    return std::make_unique<LibArchiveReader>(std::move(a), path, false);
}
