// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "core/codecs.h"

namespace Logkeeper {

namespace {
struct Codec
{
    const char *name;
    const char *extension;
};
constexpr Codec codecTable[] = {
    {"gzip", ".gz"},
    {"bzip2", ".bz2"},
    {"xz", ".xz"},
    {"zstd", ".zst"},
};
} // namespace

namespace Codecs {

QStringList known()
{
    QStringList names;
    for (const Codec &c : codecTable)
        names.append(QLatin1String(c.name));
    return names;
}

bool isKnown(const QString &codec)
{
    return !extension(codec).isEmpty();
}

QString extension(const QString &codec)
{
    for (const Codec &c : codecTable) {
        if (codec == QLatin1String(c.name))
            return QLatin1String(c.extension);
    }
    return {};
}

QString fromFileName(const QString &fileName)
{
    for (const Codec &c : codecTable) {
        if (fileName.endsWith(QLatin1String(c.extension)))
            return QLatin1String(c.name);
    }
    return {};
}

bool isCompressedName(const QString &fileName)
{
    return !fromFileName(fileName).isEmpty();
}

} // namespace Codecs

} // namespace Logkeeper
