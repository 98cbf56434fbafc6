// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace Logkeeper {

// How an archive's content is stored: a compression codec, or None for a plain copy (a rotated
// file moved uncompressed to its archive folder). Which codecs the running build can actually
// write is CompressionBackend::codecs().
enum class Codec
{
    None,
    Gzip,
    Bzip2,
    Xz,
    Zstd
};

// The codecs' names (as the config's archival.codec spells them) and file name extensions.
namespace Codecs {
// Gzip, Bzip2, Xz, Zstd: every compressing codec Logkeeper knows, in this order.
QList<Codec> known();
// "gzip", "bzip2", "xz", "zstd" — the values the config's archival.codec accepts.
QStringList knownNames();
// "gzip", "bzip2", "xz", "zstd"; "none" for None.
QString name(Codec codec);
// The names of a list of codecs, for messages ("gzip, zstd").
QStringList names(const QList<Codec> &codecs);
// The codec of a name() ("none" included); nothing for anything else.
std::optional<Codec> fromName(const QString &name);
// ".gz", ".bz2", ".xz", ".zst"; empty for None.
QString extension(Codec codec);
// The codec whose extension the file name ends with, or None.
Codec fromFileName(const QString &fileName);
// True for names ending in one of the known compressed extensions.
bool isCompressedName(const QString &fileName);
} // namespace Codecs

} // namespace Logkeeper

Q_DECLARE_METATYPE(Logkeeper::Codec)
