#pragma once

#include "compressionbackend.h"

// CompressionBackend over libarchive: the "raw" format with a compression filter for writing;
// every filter with the raw and empty formats for reading.
class LibArchiveBackend : public CompressionBackend
{
public:
    QString description() const override;
    QStringList codecs() const override;
    bool supportsLevel(const QString &codec) const override;
    int minLevel(const QString &codec) const override;
    int maxLevel(const QString &codec) const override;
    bool compressBlock(const QByteArray &input, const QString &codec, int level, QByteArray *output,
                       QString *error) const override;
    std::unique_ptr<ArchiveReader> openReader(const QString &path, QString *error) const override;
};
