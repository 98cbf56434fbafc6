// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include <QString>
#include <QStringList>

namespace Logkeeper {

// The compression codecs Logkeeper knows by name, and how their files are named. Which of them
// the running build can actually write is CompressionBackend::codecs().
namespace Codecs {
// "gzip", "bzip2", "xz", "zstd" — the values the config's archival.codec accepts.
QStringList known();
bool isKnown(const QString &codec);
// ".gz", ".bz2", ".xz", ".zst"; empty for an unknown codec.
QString extension(const QString &codec);
// The codec whose extension the file name ends with, or empty.
QString fromFileName(const QString &fileName);
// True for names ending in one of the known compressed extensions.
bool isCompressedName(const QString &fileName);
} // namespace Codecs

} // namespace Logkeeper
