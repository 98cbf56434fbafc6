// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "core/codecs.h"

namespace Logkeeper {

namespace {
struct CodecInfo
{
    Codec codec;
    const char *name;
    const char *extension;
};
constexpr CodecInfo codecTable[] = {
    {Codec::Gzip, "gzip", ".gz"},
    {Codec::Bzip2, "bzip2", ".bz2"},
    {Codec::Xz, "xz", ".xz"},
    {Codec::Zstd, "zstd", ".zst"},
};
} // namespace

namespace Codecs {

QList<Codec> known()
{
    QList<Codec> codecs;
    for (const CodecInfo &c : codecTable)
        codecs.append(c.codec);
    return codecs;
}

QStringList knownNames()
{
    return names(known());
}

QString name(Codec codec)
{
    for (const CodecInfo &c : codecTable) {
        if (c.codec == codec)
            return QLatin1String(c.name);
    }
    return QStringLiteral("none");
}

QStringList names(const QList<Codec> &codecs)
{
    QStringList out;
    for (Codec codec : codecs)
        out.append(name(codec));
    return out;
}

std::optional<Codec> fromName(const QString &name)
{
    for (const CodecInfo &c : codecTable) {
        if (name == QLatin1String(c.name))
            return c.codec;
    }
    if (name == QLatin1String("none"))
        return Codec::None;
    return std::nullopt;
}

QString extension(Codec codec)
{
    for (const CodecInfo &c : codecTable) {
        if (c.codec == codec)
            return QLatin1String(c.extension);
    }
    return {};
}

Codec fromFileName(const QString &fileName)
{
    for (const CodecInfo &c : codecTable) {
        if (fileName.endsWith(QLatin1String(c.extension)))
            return c.codec;
    }
    return Codec::None;
}

bool isCompressedName(const QString &fileName)
{
    return fromFileName(fileName) != Codec::None;
}

} // namespace Codecs

} // namespace Logkeeper
