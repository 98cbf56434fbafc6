// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "compression/libarchivebackend.h"

#include "compression/gzipreader.h"
#include "core/codecs.h"

#include <QFile>
#include <QIODevice>
#include <QtEndian>
#include <QThread>

#include <archive.h>
#include <archive_entry.h>

#include <cerrno>
#include <cstring>
#include <memory>

namespace Logkeeper {

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
bool addFilter(struct archive *a, Codec codec)
{
    int r = ARCHIVE_FATAL;
    switch (codec) {
    case Codec::Gzip:
        r = archive_write_add_filter_gzip(a);
        break;
    case Codec::Bzip2:
        r = archive_write_add_filter_bzip2(a);
        break;
    case Codec::Xz:
        r = archive_write_add_filter_xz(a);
        break;
    case Codec::Zstd:
        r = archive_write_add_filter_zstd(a);
        break;
    case Codec::None:
        break;
    }
    return r == ARCHIVE_OK;
}

la_ssize_t appendToByteArray(struct archive *, void *clientData, const void *buffer, size_t length)
{
    static_cast<QByteArray *>(clientData)
        ->append(static_cast<const char *>(buffer), qsizetype(length));
    return la_ssize_t(length);
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

// XXH64 (seed 0), the hash a zstd frame's content checksum is made of.
class Xxh64
{
public:
    void update(const char *data, qsizetype size)
    {
        const auto *p = reinterpret_cast<const uchar *>(data);
        m_total += quint64(size);
        if (m_buffered > 0) {
            const qsizetype n = qMin<qsizetype>(size, 32 - m_buffered);
            std::memcpy(m_buffer + m_buffered, p, size_t(n));
            m_buffered += n;
            p += n;
            size -= n;
            if (m_buffered < 32)
                return;
            consume(m_buffer);
            m_buffered = 0;
        }
        for (; size >= 32; p += 32, size -= 32)
            consume(p);
        std::memcpy(m_buffer, p, size_t(size));
        m_buffered = size;
    }

    quint64 digest() const
    {
        quint64 h;
        if (m_total >= 32) {
            h = rotl(m_v[0], 1) + rotl(m_v[1], 7) + rotl(m_v[2], 12) + rotl(m_v[3], 18);
            for (quint64 v : m_v)
                h = (h ^ round(0, v)) * P1 + P4;
        } else {
            h = P5;
        }
        h += m_total;
        const uchar *p = m_buffer;
        qsizetype left = m_buffered;
        for (; left >= 8; p += 8, left -= 8)
            h = rotl(h ^ round(0, qFromLittleEndian<quint64>(p)), 27) * P1 + P4;
        if (left >= 4) {
            h = rotl(h ^ (quint64(qFromLittleEndian<quint32>(p)) * P1), 23) * P2 + P3;
            p += 4;
            left -= 4;
        }
        for (; left > 0; ++p, --left)
            h = rotl(h ^ (*p * P5), 11) * P1;
        h ^= h >> 33;
        h *= P2;
        h ^= h >> 29;
        h *= P3;
        return h ^ (h >> 32);
    }

private:
    static constexpr quint64 P1 = 11400714785074694791ULL;
    static constexpr quint64 P2 = 14029467366897019727ULL;
    static constexpr quint64 P3 = 1609587929392839161ULL;
    static constexpr quint64 P4 = 9650029242287828579ULL;
    static constexpr quint64 P5 = 2870177450012600261ULL;
    static quint64 rotl(quint64 x, int r) { return (x << r) | (x >> (64 - r)); }
    static quint64 round(quint64 acc, quint64 input) { return rotl(acc + input * P2, 31) * P1; }
    void consume(const uchar *p)
    {
        for (int i = 0; i < 4; ++i)
            m_v[i] = round(m_v[i], qFromLittleEndian<quint64>(p + 8 * i));
    }

    quint64 m_v[4] = {P1 + P2, P2, 0, 0 - P1};
    quint64 m_total = 0;
    uchar m_buffer[32] = {};
    qsizetype m_buffered = 0;
};

// libarchive 3.6 writes zstd frames without a content checksum, and has no option to ask for
// one: a flipped byte in stored literals then decompresses "successfully" into wrong data,
// unnoticed by libarchive, by `zstd -t`, by anything. This follows the single frame libarchive
// writes (RFC 8878: frame header, blocks up to the last one) and turns the checksum on: it sets
// Content_Checksum_flag in the Frame_Header_Descriptor and, after the frame, appends the low 32
// bits of the XXH64 of the content. A frame that already carries a checksum is left alone.
class ZstdChecksum
{
public:
    static constexpr char flag = 0x04; // Content_Checksum_flag

    void addContent(const char *data, qsizetype size) { m_hash.update(data, size); }

    // Follows the next `size` bytes of the compressed stream. Returns false if they are not the
    // single frame expected. Once known, patchOffset() is where in the stream the flag goes.
    bool follow(const char *data, qsizetype size)
    {
        for (qsizetype i = 0;;) {
            if (m_state == Skip) {
                const qint64 n = qMin<qint64>(m_skip, size - i);
                i += n;
                m_skip -= n;
                if (m_skip > 0)
                    return true;
                m_state = m_afterSkip;
                continue;
            }
            if (m_state == Bad)
                return false;
            if (i == size)
                return true;
            const uchar c = uchar(data[i++]);
            switch (m_state) {
            case Magic:
                m_acc |= quint32(c) << (8 * m_accBytes);
                if (++m_accBytes == 4)
                    m_state = m_acc == 0xFD2FB528u ? Descriptor : Bad;
                break;
            case Descriptor: {
                if (c & 0x08) { // reserved bit
                    m_state = Bad;
                    break;
                }
                m_hadChecksum = c & flag;
                if (!m_hadChecksum)
                    m_patchOffset = 4; // right after the magic number
                const bool singleSegment = c & 0x20;
                static constexpr int dictionaryIdSize[] = {0, 1, 2, 4};
                static constexpr int contentSizeSize[] = {0, 2, 4, 8};
                const int fcs = c >> 6;
                skip((singleSegment ? 0 : 1) + dictionaryIdSize[c & 3] +
                         (fcs == 0 ? (singleSegment ? 1 : 0) : contentSizeSize[fcs]),
                     BlockHeader);
                startAccumulating();
                break;
            }
            case BlockHeader:
                m_acc |= quint32(c) << (8 * m_accBytes);
                if (++m_accBytes == 3) {
                    const bool last = m_acc & 1;
                    const int type = (m_acc >> 1) & 3;
                    if (type == 3) { // reserved block type
                        m_state = Bad;
                        break;
                    }
                    const State next = !last ? BlockHeader : m_hadChecksum ? Checksum : End;
                    skip(type == 1 ? 1 : qint64(m_acc >> 3), next); // RLE: one byte
                    startAccumulating();
                }
                break;
            case Checksum: // the frame's own checksum: its first byte was just read
                skip(3, End);
                break;
            case End: // more after the frame: not the one frame this was made for
            default:
                m_state = Bad;
                break;
            }
        }
    }
    qint64 patchOffset() const { return m_patchOffset; }

    // After the whole stream: the bytes to append (none if the frame had its own checksum), or
    // false if the stream was not one complete frame.
    bool finish(QByteArray *trailer) const
    {
        trailer->clear();
        if (m_state != End)
            return false;
        if (!m_hadChecksum) {
            trailer->resize(4);
            qToLittleEndian(quint32(m_hash.digest()), trailer->data());
        }
        return true;
    }

private:
    enum State
    {
        Magic,
        Descriptor,
        BlockHeader,
        Checksum,
        Skip,
        End,
        Bad
    };
    void skip(qint64 bytes, State then)
    {
        m_skip = bytes;
        m_afterSkip = then;
        m_state = Skip;
    }
    void startAccumulating()
    {
        m_acc = 0;
        m_accBytes = 0;
    }

    Xxh64 m_hash;
    State m_state = Magic;
    State m_afterSkip = End;
    qint64 m_skip = 0;
    qint64 m_patchOffset = -1;
    quint32 m_acc = 0;
    int m_accBytes = 0;
    bool m_hadChecksum = false;
};

// Where compressStream()'s writer sends its output: the device, with the zstd checksum flag set
// on the way when the codec is zstd.
struct StreamSink
{
    QIODevice *device = nullptr;
    ZstdChecksum *zstd = nullptr;
    qint64 written = 0;
};

la_ssize_t writeToSink(struct archive *a, void *clientData, const void *buffer, size_t length)
{
    auto *sink = static_cast<StreamSink *>(clientData);
    const char *data = static_cast<const char *>(buffer);
    QByteArray patched;
    if (sink->zstd) {
        if (!sink->zstd->follow(data, qsizetype(length))) {
            archive_set_error(a, EINVAL, "libarchive wrote an unexpected zstd stream layout");
            return -1;
        }
        const qint64 at = sink->zstd->patchOffset() - sink->written;
        if (sink->zstd->patchOffset() >= 0 && at >= 0 && at < qint64(length)) {
            patched = QByteArray(data, qsizetype(length));
            patched[at] = char(patched.at(at) | ZstdChecksum::flag);
            data = patched.constData();
        }
    }
    const qint64 n = sink->device->write(data, qint64(length));
    if (n != qint64(length)) {
        archive_set_error(a, EIO, "%s", qPrintable(sink->device->errorString()));
        return -1;
    }
    sink->written += n;
    return la_ssize_t(n);
}

// At the clean end of the data: whether the filters consumed the whole file. libarchive's
// bzip2 reader ends quietly at the first thing after a stream that does not start with "BZh":
// trailing garbage, but also a second stream whose header is damaged or cut, whose content would
// then be lost without a word. Bytes the bottom filter consumed (not merely read ahead) must
// reach the size the file had when opened. (Plain files that grow meanwhile only go further.)
bool consumedWholeFile(struct archive *a, const QString &path, qint64 fileSize, QString *error)
{
    const la_int64_t consumed = archive_filter_bytes(a, -1);
    if (consumed < 0 || consumed >= fileSize)
        return true;
    *error = QStringLiteral("%1: unexpected data after the end of the compressed stream, at byte "
                            "%2 of %3")
                 .arg(path)
                 .arg(consumed)
                 .arg(fileSize);
    return false;
}

class LibArchiveReader : public ArchiveReader
{
public:
    LibArchiveReader(ReadHandle handle, const QString &path, qint64 fileSize, bool empty)
        : m_handle(std::move(handle)), m_path(path), m_fileSize(fileSize), m_atEnd(empty)
    {}

    qint64 read(char *data, qint64 maxSize) override
    {
        if (!m_error.isEmpty())
            return -1;
        if (m_atEnd || maxSize <= 0)
            return 0;
        for (;;) {
            const la_ssize_t n = archive_read_data(m_handle.get(), data, size_t(maxSize));
            if (n > 0)
                return n;
            if (n == 0) {
                if (!consumedWholeFile(m_handle.get(), m_path, m_fileSize, &m_error))
                    return -1;
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
    qint64 sourcePosition() const override { return archive_filter_bytes(m_handle.get(), -1); }

private:
    ReadHandle m_handle;
    QString m_path;
    QString m_error;
    qint64 m_fileSize;
    bool m_atEnd;
};

} // namespace

QString LibArchiveBackend::description() const
{
    return QStringLiteral("libarchive ") +
           QString::fromLatin1(archive_version_string()).remove(QStringLiteral("libarchive "));
}

QList<Codec> LibArchiveBackend::codecs() const
{
    static const QList<Codec> available = [] {
        QList<Codec> list;
        for (Codec codec : Codecs::known()) {
            WriteHandle probe(archive_write_new());
            if (addFilter(probe.get(), codec))
                list.append(codec);
        }
        return list;
    }();
    return available;
}

bool LibArchiveBackend::supportsLevel(Codec codec) const
{
    return offers(codec);
}

int LibArchiveBackend::minLevel(Codec codec) const
{
    return codec == Codec::Xz ? 0 : 1;
}

int LibArchiveBackend::maxLevel(Codec codec) const
{
    return codec == Codec::Zstd ? 19 : 9;
}

// A raw-format writer with the codec's filter, opened on `client` through `write`, with the one
// entry header of `size` bytes written: ready for archive_write_data().
void LibArchiveBackend::WriteDeleter::operator()(struct archive *a) const
{
    archive_write_free(a);
}

LibArchiveBackend::WriteHandle LibArchiveBackend::openWriter(Codec codec, int level, qint64 size,
                                                             void *client, WriteCallback write,
                                                             QString *error, bool threaded) const
{
    WriteHandle a(archive_write_new());
    if (!addFilter(a.get(), codec)) {
        *error =
            QStringLiteral("codec \"%1\" is not available in this build").arg(Codecs::name(codec));
        return nullptr;
    }
    // -1 is the codec's default (libarchive's: gzip 6, bzip2 9, xz 6, zstd 3). A level outside
    // the codec's range is an error, not clamped: a config asking for it is wrong, and saying so
    // beats quietly compressing differently than asked.
    if (level != -1) {
        if (level < minLevel(codec) || level > maxLevel(codec)) {
            *error = QStringLiteral("level %1 is outside %2..%3 for %4")
                         .arg(level)
                         .arg(minLevel(codec))
                         .arg(maxLevel(codec))
                         .arg(Codecs::name(codec));
            return nullptr;
        }
        if (archive_write_set_filter_option(a.get(), nullptr, "compression-level",
                                            QByteArray::number(level).constData()) != ARCHIVE_OK) {
            *error = QStringLiteral("%1: %2").arg(Codecs::name(codec), archiveError(a.get()));
            return nullptr;
        }
    }
    // xz and zstd compress one stream on several threads when asked (best effort: an older
    // libarchive without the option compresses on one).
    if (threaded && (codec == Codec::Xz || codec == Codec::Zstd))
        archive_write_set_filter_option(
            a.get(), nullptr, "threads",
            QByteArray::number(QThread::idealThreadCount()).constData());
    if (codec == Codec::Gzip) // no timestamp: identical input, identical output
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

bool LibArchiveBackend::compressBlock(const QByteArray &input, Codec codec, int level,
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
    if (codec == Codec::Zstd) {
        ZstdChecksum zstd;
        zstd.addContent(input.constData(), input.size());
        QByteArray trailer;
        if (!zstd.follow(output->constData(), output->size()) || !zstd.finish(&trailer)) {
            *error = QStringLiteral("libarchive wrote an unexpected zstd stream layout");
            return false;
        }
        if (zstd.patchOffset() >= 0)
            (*output)[zstd.patchOffset()] =
                char(output->at(zstd.patchOffset()) | ZstdChecksum::flag);
        output->append(trailer);
    }
    return true;
}

bool LibArchiveBackend::concatenatesBlocks(Codec codec) const
{
    return codec == Codec::Gzip;
}

bool LibArchiveBackend::compressStream(QIODevice *in, qint64 size, Codec codec, int level,
                                       QIODevice *out, const CancelToken &cancel,
                                       QString *error) const
{
    ZstdChecksum zstd;
    StreamSink sink;
    sink.device = out;
    if (codec == Codec::Zstd)
        sink.zstd = &zstd;
    WriteHandle a = openWriter(codec, level, size, &sink, writeToSink, error, true);
    if (!a)
        return false;
    if (!feed(
            in, size, cancel,
            [&](const char *data, qint64 n) {
                zstd.addContent(data, n); // the checksum covers the content, as it goes in
                return writeAll(a.get(), data, n, error);
            },
            error))
        return false;
    if (archive_write_close(a.get()) != ARCHIVE_OK) {
        *error = archiveError(a.get());
        return false;
    }
    if (sink.zstd) {
        QByteArray trailer;
        if (!zstd.finish(&trailer)) {
            *error = QStringLiteral("libarchive wrote an unexpected zstd stream layout");
            return false;
        }
        if (out->write(trailer) != trailer.size()) {
            *error = out->errorString();
            return false;
        }
    }
    return true;
}

std::unique_ptr<ArchiveReader> LibArchiveBackend::openReader(const QString &path,
                                                             QString *error) const
{
    qint64 fileSize = 0;
    {
        QFile probe(path);
        if (probe.open(QIODevice::ReadOnly)) {
            fileSize = probe.size();
            if (probe.read(2) == QByteArray("\x1f\x8b")) {
                auto gzip = std::make_unique<GzipReader>(path);
                if (!gzip->open(error))
                    return nullptr;
                return gzip;
            }
        }
    }
    ReadHandle a(archive_read_new());
    // The in-process filters only, not archive_read_support_filter_all(): that one also bids
    // with external programs (lrzip, lzop, grzip, ...), so a plain log that happens to start
    // with their magic bytes would start a program or fail to open instead of reading as itself.
    archive_read_support_filter_bzip2(a.get());
    archive_read_support_filter_xz(a.get());
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
    if (r == ARCHIVE_EOF) { // the empty format: an empty file, or an empty compressed stream
        if (!consumedWholeFile(a.get(), path, fileSize, error))
            return nullptr;
        return std::make_unique<LibArchiveReader>(std::move(a), path, fileSize, true);
    }
    if (r != ARCHIVE_OK) {
        *error = QStringLiteral("%1: %2").arg(path, archiveError(a.get()));
        return nullptr;
    }
    return std::make_unique<LibArchiveReader>(std::move(a), path, fileSize, false);
}

} // namespace Logkeeper
