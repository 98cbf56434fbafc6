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
    QStringList codecs() const override;
    bool supportsLevel(const QString &codec) const override;
    int minLevel(const QString &codec) const override;
    int maxLevel(const QString &codec) const override;
    bool compressBlock(const QByteArray &input, const QString &codec, int level, QByteArray *output,
                       QString *error) const override;
    bool concatenatesBlocks(const QString &codec) const override;
    bool compressStream(QIODevice *in, qint64 size, const QString &codec, int level, QIODevice *out,
                        const std::atomic_bool *cancel, QString *error) const override;
    std::unique_ptr<ArchiveReader> openReader(const QString &path, QString *error) const override;
};

} // namespace Logkeeper
