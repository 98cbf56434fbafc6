// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "compression/karchivebackend.h"

#include "core/codecs.h"

#include <karchive_version.h>
#include <KCompressionDevice>

#include <QBuffer>
#include <QFile>

namespace Logkeeper {

namespace {

bool typeFor(Codec codec, KCompressionDevice::CompressionType *type)
{
    switch (codec) {
    case Codec::Gzip:
        *type = KCompressionDevice::GZip;
        return true;
    case Codec::Bzip2:
        *type = KCompressionDevice::BZip2;
        return true;
    case Codec::Xz:
        *type = KCompressionDevice::Xz;
        return true;
    case Codec::Zstd:
        *type = KCompressionDevice::Zstd;
        return true;
    case Codec::None:
        break;
    }
    return false;
}

// By content, not by name: a rotated file keeps its name until it is compressed.
KCompressionDevice::CompressionType detect(const QString &path)
{
    QFile file(path);
    const QByteArray head = file.open(QIODevice::ReadOnly) ? file.read(6) : QByteArray();
    if (head.startsWith("\x1f\x8b"))
        return KCompressionDevice::GZip;
    if (head.startsWith("BZh"))
        return KCompressionDevice::BZip2;
    if (head.startsWith(QByteArray("\xfd"
                                   "7zXZ\0",
                                   6)))
        return KCompressionDevice::Xz;
    if (head.startsWith("\x28\xb5\x2f\xfd"))
        return KCompressionDevice::Zstd;
    return KCompressionDevice::None;
}

class KArchiveReader : public ArchiveReader
{
public:
    // The device reads through a QFile of ours, whose position tells the progress.
    KArchiveReader(const QString &path, KCompressionDevice::CompressionType type)
        : m_file(path), m_device(&m_file, false, type), m_path(path)
    {}
    bool open(QString *error)
    {
        if (m_device.open(QIODevice::ReadOnly))
            return true;
        *error = QStringLiteral("%1: %2").arg(m_path, m_device.errorString());
        return false;
    }

    // KCompressionDevice's traps: on a truncated stream read() returns 0 forever while atEnd()
    // stays false; on corrupt data it returns -1 with error() still NoError.
    qint64 read(char *data, qint64 maxSize) override
    {
        if (maxSize <= 0)
            return 0;
        const qint64 n = m_device.read(data, maxSize);
        if (n > 0)
            return n;
        if (n == 0 && m_device.atEnd())
            return 0;
        m_error = n == 0 ? QStringLiteral("%1: the archive is truncated").arg(m_path)
                         : QStringLiteral("%1: the archive is corrupt (%2)")
                               .arg(m_path, m_device.errorString());
        return -1;
    }
    QString errorString() const override { return m_error; }
    qint64 sourcePosition() const override { return m_file.pos(); }

private:
    QFile m_file; // before m_device, which reads from it
    KCompressionDevice m_device;
    QString m_path;
    QString m_error;
};

} // namespace

QString KArchiveBackend::description() const
{
    return QStringLiteral("KArchive " KARCHIVE_VERSION_STRING);
}

QList<Codec> KArchiveBackend::codecs() const
{
    static const QList<Codec> available = [] {
        QList<Codec> list;
        for (Codec codec : Codecs::known()) {
            KCompressionDevice::CompressionType type;
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            if (typeFor(codec, &type)) {
                KCompressionDevice probe(&buffer, false, type);
                if (probe.open(QIODevice::WriteOnly) && probe.write("x", 1) == 1) {
                    probe.close();
                    list.append(codec);
                }
            }
        }
        return list;
    }();
    return available;
}

bool KArchiveBackend::supportsLevel(Codec) const
{
    return false;
}

int KArchiveBackend::minLevel(Codec) const
{
    return -1;
}

int KArchiveBackend::maxLevel(Codec) const
{
    return -1;
}

bool KArchiveBackend::compressBlock(const QByteArray &input, Codec codec, int, QByteArray *output,
                                    QString *error) const
{
    KCompressionDevice::CompressionType type;
    if (!typeFor(codec, &type) || !offers(codec)) {
        *error =
            QStringLiteral("codec \"%1\" is not available in this build").arg(Codecs::name(codec));
        return false;
    }
    output->clear();
    QBuffer buffer(output);
    buffer.open(QIODevice::WriteOnly);
    KCompressionDevice device(&buffer, false, type);
    if (!device.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("%1: %2").arg(Codecs::name(codec), device.errorString());
        return false;
    }
    if (device.write(input) != input.size()) {
        *error = QStringLiteral("%1: %2").arg(Codecs::name(codec), device.errorString());
        return false;
    }
    device.close();
    if (device.error() != QFileDevice::NoError) {
        *error = QStringLiteral("%1: %2").arg(Codecs::name(codec), device.errorString());
        return false;
    }
    return true;
}

bool KArchiveBackend::concatenatesBlocks(Codec codec) const
{
    return codec == Codec::Gzip; // KArchive reads only the first bzip2/xz/zstd stream
}

bool KArchiveBackend::compressStream(QIODevice *in, qint64 size, Codec codec, int, QIODevice *out,
                                     const CancelToken &cancel, QString *error) const
{
    KCompressionDevice::CompressionType type;
    if (!typeFor(codec, &type) || !offers(codec)) {
        *error =
            QStringLiteral("codec \"%1\" is not available in this build").arg(Codecs::name(codec));
        return false;
    }
    KCompressionDevice device(out, false, type);
    if (!device.open(QIODevice::WriteOnly)) {
        *error = device.errorString();
        return false;
    }
    const bool fed = feed(
        in, size, cancel,
        [&](const char *data, qint64 n) {
            if (device.write(data, n) == n)
                return true;
            *error = device.errorString();
            return false;
        },
        error);
    if (!fed)
        return false;
    device.close();
    if (device.error() != QFileDevice::NoError) {
        *error = device.errorString();
        return false;
    }
    return true;
}

std::unique_ptr<ArchiveReader> KArchiveBackend::openReader(const QString &path,
                                                           QString *error) const
{
    if (!QFile::exists(path)) {
        *error = QStringLiteral("%1: No such file or directory").arg(path);
        return nullptr;
    }
    auto reader = std::make_unique<KArchiveReader>(path, detect(path));
    if (!reader->open(error))
        return nullptr;
    return reader;
}

} // namespace Logkeeper
