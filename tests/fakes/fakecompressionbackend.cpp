// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "fakes/fakecompressionbackend.h"

#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QJsonDocument>
#include <QtEndian>
#include <QThread>

namespace Logkeeper {

namespace {

constexpr int headerSize = 8 + 8; // magic, then the member's length (64 bits, little endian)

QByteArray header(qint64 length)
{
    QByteArray h = FakeCompressionBackend::magic();
    h.resize(headerSize);
    qToLittleEndian(quint64(length), h.data() + 8);
    return h;
}

// Reads the members back; a file without the magic reads as itself.
class FakeReader : public ArchiveReader
{
public:
    explicit FakeReader(const QString &path) : m_file(path), m_path(path) {}
    bool open(QString *error)
    {
        if (!m_file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("%1: %2").arg(m_path, m_file.errorString());
            return false;
        }
        m_plain = m_file.peek(8) != FakeCompressionBackend::magic();
        return true;
    }
    qint64 read(char *data, qint64 maxSize) override
    {
        if (!m_error.isEmpty())
            return -1;
        if (m_plain)
            return m_file.read(data, maxSize);
        while (m_left == 0) {
            const QByteArray h = m_file.read(headerSize);
            if (h.isEmpty())
                return 0; // the clean end
            if (h.size() < headerSize || !h.startsWith(FakeCompressionBackend::magic()))
                return fail(QStringLiteral("not a fake member at byte %1").arg(m_file.pos()));
            m_left = qint64(qFromLittleEndian<quint64>(h.constData() + 8));
        }
        const qint64 n = m_file.read(data, qMin(maxSize, m_left));
        if (n <= 0)
            return fail(QStringLiteral("the archive is truncated"));
        m_left -= n;
        return n;
    }
    QString errorString() const override { return m_error; }
    qint64 sourcePosition() const override { return m_file.pos(); }

private:
    qint64 fail(const QString &why)
    {
        m_error = QStringLiteral("%1: %2").arg(m_path, why);
        return -1;
    }
    QFile m_file;
    QString m_path;
    QString m_error;
    qint64 m_left = 0;
    bool m_plain = false;
};

} // namespace

FakeCompressionBackend::FakeCompressionBackend(const QJsonObject &fixture)
    : m_description(fixture.value(QStringLiteral("description")).toString(QStringLiteral("fake")))
{
    const QJsonObject codecs = fixture.value(QStringLiteral("codecs")).toObject();
    for (auto it = codecs.begin(); it != codecs.end(); ++it) {
        const std::optional<Codec> codec = Codecs::fromName(it.key());
        if (!codec || *codec == Codec::None)
            qFatal("fake backend fixture: unknown codec \"%s\"", qPrintable(it.key()));
        const QJsonObject o = it.value().toObject();
        Behaviour b;
        b.failAfterBytes = qint64(o.value(QStringLiteral("fail_after_bytes")).toDouble(-1));
        b.corrupt = o.value(QStringLiteral("corrupt")).toBool(false);
        b.delayPerBlockMs = o.value(QStringLiteral("delay_per_block_ms")).toInt(0);
        b.blocks = o.value(QStringLiteral("blocks")).toBool(*codec == Codec::Gzip);
        m_codecs.append(*codec);
        m_behaviour.insert(*codec, b);
    }
}

std::unique_ptr<FakeCompressionBackend>
FakeCompressionBackend::fromFixture(const QString &nameOrPath)
{
    const QString path = QFileInfo(nameOrPath).isAbsolute()
                             ? nameOrPath
                             : QStringLiteral(LOGKEEPER_FAKE_FIXTURES "/") + nameOrPath;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("fake backend fixture %s: %s", qPrintable(path), qPrintable(file.errorString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isObject())
        qFatal("fake backend fixture %s: %s", qPrintable(path), qPrintable(error.errorString()));
    return std::make_unique<FakeCompressionBackend>(doc.object());
}

QByteArray FakeCompressionBackend::member(const QByteArray &data, const Behaviour &behaviour) const
{
    QByteArray out = header(data.size()) + data;
    if (behaviour.corrupt && !data.isEmpty())
        out[headerSize] = char(out.at(headerSize) ^ 0x01);
    return out;
}

bool FakeCompressionBackend::compressBlock(const QByteArray &input, Codec codec, int,
                                           QByteArray *output, QString *error) const
{
    if (!m_behaviour.contains(codec)) {
        *error = QStringLiteral("codec \"%1\" is not available in %2")
                     .arg(Codecs::name(codec), m_description);
        return false;
    }
    const Behaviour b = m_behaviour.value(codec);
    if (b.delayPerBlockMs > 0)
        QThread::msleep(ulong(b.delayPerBlockMs));
    const int chunks = ++m_chunks;
    if (m_onChunk)
        m_onChunk(chunks);
    if (b.failAfterBytes >= 0 && input.size() > b.failAfterBytes) {
        *error = QStringLiteral("fake %1 failed after %2 bytes")
                     .arg(Codecs::name(codec))
                     .arg(b.failAfterBytes);
        return false;
    }
    *output = member(input, b);
    return true;
}

bool FakeCompressionBackend::concatenatesBlocks(Codec codec) const
{
    return m_behaviour.value(codec).blocks;
}

bool FakeCompressionBackend::compressStream(QIODevice *in, qint64 size, Codec codec, int,
                                            QIODevice *out, const CancelToken &cancel,
                                            QString *error) const
{
    if (!m_behaviour.contains(codec)) {
        *error = QStringLiteral("codec \"%1\" is not available in %2")
                     .arg(Codecs::name(codec), m_description);
        return false;
    }
    const Behaviour b = m_behaviour.value(codec);
    if (out->write(header(size)) != headerSize) {
        *error = out->errorString();
        return false;
    }
    qint64 fed = 0;
    bool first = true;
    return feed(
        in, size, cancel,
        [&](const char *data, qint64 n) {
            if (b.delayPerBlockMs > 0)
                QThread::msleep(ulong(b.delayPerBlockMs));
            QByteArray chunk(data, n);
            if (b.failAfterBytes >= 0 && fed + n > b.failAfterBytes) {
                // What was fed up to the limit goes out first: a partial archive to clean up.
                out->write(chunk.left(b.failAfterBytes - fed));
                *error = QStringLiteral("fake %1 failed after %2 bytes")
                             .arg(Codecs::name(codec))
                             .arg(b.failAfterBytes);
                return false;
            }
            if (b.corrupt && first && n > 0)
                chunk[0] = char(chunk.at(0) ^ 0x01);
            first = false;
            fed += n;
            if (out->write(chunk) != n) {
                *error = out->errorString();
                return false;
            }
            const int chunks = ++m_chunks;
            if (m_onChunk)
                m_onChunk(chunks);
            return true;
        },
        error);
}

std::unique_ptr<ArchiveReader> FakeCompressionBackend::openReader(const QString &path,
                                                                  QString *error) const
{
    auto reader = std::make_unique<FakeReader>(path);
    if (!reader->open(error))
        return nullptr;
    return reader;
}

} // namespace Logkeeper
