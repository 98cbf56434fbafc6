// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "compression/compressionbackend.h"

namespace Logkeeper {

// CompressionBackend over KArchive (KF6): KCompressionDevice for every codec it was built with.
// KArchive has no compression-level setting, so levels are reported as unsupported.
class KArchiveBackend : public CompressionBackend
{
public:
    QString description() const override;
    QList<Codec> codecs() const override;
    bool supportsLevel(Codec codec) const override;
    int minLevel(Codec codec) const override;
    int maxLevel(Codec codec) const override;
    bool compressBlock(const QByteArray &input, Codec codec, int level, QByteArray *output,
                       QString *error) const override;
    bool concatenatesBlocks(Codec codec) const override;
    bool compressStream(QIODevice *in, qint64 size, Codec codec, int level, QIODevice *out,
                        const CancelToken &cancel, QString *error) const override;
    std::unique_ptr<ArchiveReader> openReader(const QString &path, QString *error) const override;
};

} // namespace Logkeeper
