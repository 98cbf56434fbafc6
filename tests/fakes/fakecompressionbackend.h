// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "compression/compressionbackend.h"

#include <QJsonObject>
#include <QMap>

#include <atomic>
#include <functional>
#include <memory>

namespace Logkeeper {

// A CompressionBackend for tests, configured from a JSON fixture (like Ark's JSON-fed test
// interface), so that engine tests can make a backend fail mid-stream, write corrupt output or
// crawl, on real files. It "compresses" into members of its own format (a magic line, the
// length, the bytes) that only it reads; a file without that magic reads as itself.
//
//   {
//     "description": "fake 1.0",
//     "codecs": {
//       "gzip":  {},                          offered, works
//       "zstd":  {"fail_after_bytes": 4096},  every compression fails once fed more than this
//       "xz":    {"corrupt": true},           output that does not decompress to the input
//       "bzip2": {"delay_per_block_ms": 50},  sleeps so long per block (1 MiB in a stream)
//     }
//   }
//
// Per codec also "blocks" (bool): whether independent blocks concatenate (default: gzip only,
// as in the real backends). Codecs not listed are not offered. Thread-safe.
class FakeCompressionBackend : public CompressionBackend
{
public:
    struct Behaviour
    {
        qint64 failAfterBytes = -1; // -1: never
        bool corrupt = false;
        int delayPerBlockMs = 0;
        bool blocks = false;
    };

    explicit FakeCompressionBackend(const QJsonObject &fixture);
    // A fixture file of tests/fakes/fixtures (by name, "failing.json") or any path; an
    // unreadable or invalid file is a test error: it aborts with the file named.
    static std::unique_ptr<FakeCompressionBackend> fromFixture(const QString &nameOrPath);

    // How many blocks or stream chunks were compressed so far.
    int chunksCompressed() const { return m_chunks; }
    // Called with the count after each block or stream chunk, on the compressing thread: a
    // test acts in the middle of a compression there (appends to the source, cancels).
    void setChunkCallback(std::function<void(int)> callback) { m_onChunk = std::move(callback); }

    QString description() const override { return m_description; }
    QList<Codec> codecs() const override { return m_codecs; }
    bool supportsLevel(Codec) const override { return false; }
    int minLevel(Codec) const override { return -1; }
    int maxLevel(Codec) const override { return -1; }
    bool compressBlock(const QByteArray &input, Codec codec, int level, QByteArray *output,
                       QString *error) const override;
    bool concatenatesBlocks(Codec codec) const override;
    bool compressStream(QIODevice *in, qint64 size, Codec codec, int level, QIODevice *out,
                        const CancelToken &cancel, QString *error) const override;
    std::unique_ptr<ArchiveReader> openReader(const QString &path, QString *error) const override;

    static QByteArray magic() { return QByteArrayLiteral("LKFAKE1\n"); }

private:
    // One member's bytes, as this codec's behaviour makes them.
    QByteArray member(const QByteArray &data, const Behaviour &behaviour) const;

    QString m_description;
    QList<Codec> m_codecs;
    QMap<Codec, Behaviour> m_behaviour;
    mutable std::atomic_int m_chunks{0};
    std::function<void(int)> m_onChunk;
};

} // namespace Logkeeper
