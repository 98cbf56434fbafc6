// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Logkeeper {

// How rotated files are named: "<stem>_<YYYYmmdd_HHMMSS>[_N]<ext>" plus the codec's extension
// once compressed ("app.log" -> "app_20261123_142501.log.gz"). _N separates rotations that
// happen within the same second (and sorts after the first one, as `ls` shows them).
namespace ArchiveNaming {
// Prefix of every temporary file Logkeeper writes (archives being staged, copytruncate copies);
// recovery removes leftovers by it, the browser and retention never list them.
QString temporaryPrefix(); // ".logkeeper-tmp-"

QString rotatedName(const QString &activeName, const QDateTime &at, int sequence = 0);

// The active file name a rotated name came from ("app_20261123_142501-2.log.gz" -> "app.log"),
// or empty when the name is not in our rotated naming.
QString originalName(const QString &fileName);

// Sorts rotated names by rotation time and sequence (names not in the naming sort first).
void sortByRotation(QStringList &fileNames);

// True for any name in the rotated naming, compressed or not.
bool looksRotated(const QString &fileName);

// The rotation time encoded in a rotated name (local time), or invalid.
QDateTime rotatedAt(const QString &fileName);

// True when fileName is a rotated file of a log called activeName; with allowCompressed also
// when it carries a codec extension.
bool isRotatedNameOf(const QString &fileName, const QString &activeName, bool allowCompressed);

// Whether a file name in a log folder is a live log the set may rotate: it matches the set's
// active name or patterns and is none of ours (rotated, compressed or temporary).
bool isLiveLogName(const QString &fileName, const QString &activeLog, const QStringList &patterns);
} // namespace ArchiveNaming

} // namespace Logkeeper
