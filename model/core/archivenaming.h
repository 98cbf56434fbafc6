// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "core/codecs.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Logkeeper {

// How rotated files are named, in three schemes (rotation.naming), each with the codec's
// extension appended once compressed:
// - "timestamp" (the default): "<stem>_<YYYYmmdd_HHMMSS>[_N]<ext>" ("app.log" ->
//   "app_20261123_142501.log.gz"). _N separates rotations within the same second.
// - "dateext": the log's name, then date_format ("app.log-20261123"); with an extension that
//   ends the log's name, the extension comes last ("app-20261123.log"). A second rotation in the
//   same date period adds _N after the date ("app.log-20261123_1").
// - "numbered": "app.log.1", "app.log.2.gz", … (with extension ".log": "app.1.log"); every
//   rotation shifts the existing ones up by one (numberedShift()), so .1 is always the newest.
// Names sort in rotation order: a new name never takes a number freed by retention
// (nextRotatedName()).
namespace ArchiveNaming {
enum class Kind
{
    Timestamp,
    DateExt,
    Numbered
};

// One set's naming: rotation.naming, rotation.date_format and rotation.extension.
struct Scheme
{
    Kind kind = Kind::Timestamp;
    QString dateFormat = QStringLiteral("-%Y%m%d"); // dateext: strftime subset %Y%m%d%H%M%S%s%V
    QString extension; // dateext and numbered: kept last when the log's name ends with it
};

// What a rotated or archived file name says about itself.
struct Parsed
{
    QString originalName;      // the log's file name it came from; empty: not in the scheme
    QDateTime rotatedAt;       // from the name (timestamp; dateext with a full date); else invalid
    QString timeKey;           // the name's time text as sortable as the scheme allows
    int sequence = 0;          // timestamp/dateext: the _N; numbered: N (1 = newest)
    Codec codec = Codec::None; // of the compressed extension; None when uncompressed
    bool valid() const { return !originalName.isEmpty(); }
};

// Prefix of every temporary file Logkeeper writes (archives being staged, copytruncate copies);
// recovery removes leftovers by it, the browser and retention never list them.
QString temporaryPrefix(); // ".logkeeper-tmp-"

// The names of the "timestamp" scheme, as before the other schemes existed.
QString rotatedName(const QString &activeName, const QDateTime &at, int sequence = 0);

// The rotated (uncompressed) name of activeName. sequence: timestamp/dateext the _N (0 = none),
// numbered the number (at least 1; at is not used).
QString rotatedName(const Scheme &scheme, const QString &activeName, const QDateTime &at,
                    int sequence);

// The name for a rotation of activeName at `at`, given every name that exists in the folders
// concerned (the archive folder and, where rotated files wait, the log's folder): the sequence
// goes past the highest existing one of the same period, never back to one retention freed,
// so names keep sorting in rotation order. Numbered: always .1 (shift first).
QString nextRotatedName(const Scheme &scheme, const QString &activeName, const QDateTime &at,
                        const QStringList &existingNames);

// Parses a file name in the scheme (compressed or not); invalid when it is not one.
Parsed parse(const Scheme &scheme, const QString &fileName);

// Whether a rotated-or-archived name a is older than b (both valid, same scheme): by their
// time and sequence, numbered by the higher number.
bool rotatedBefore(const Scheme &scheme, const Parsed &a, const Parsed &b);

// Sorts names of the scheme oldest rotation first (names not in the scheme first, as given).
void sortByRotation(const Scheme &scheme, QStringList &fileNames);

// Whether fileName is a rotated or archived file, in the scheme, of one of a set's logs: the
// active log, or a name matching the last part of one of the patterns. Works on names alone,
// so it holds when the log no longer exists.
bool isArchiveOf(const Scheme &scheme, const QString &fileName, const QString &activeLog,
                 const QStringList &patterns);

// Whether a path below a set's log folder ("app.log", "nginx/access.log") is a live log the
// set may rotate: it matches the active name or a pattern ('*' and '?' never match '/') and
// is none of ours (rotated in this scheme or the timestamp one, compressed, or temporary).
bool isLiveLogName(const Scheme &scheme, const QString &relativePath, const QString &activeLog,
                   const QStringList &patterns);

// One rename of the numbered shift.
struct Rename
{
    QString from;
    QString to;
};
// Numbered: the renames that make room for a new .1, highest number first (.2 -> .3 before
// .1 -> .2); a compressed one keeps its codec extension. Empty for the other schemes.
QVector<Rename> numberedShift(const Scheme &scheme, const QString &activeName,
                              const QStringList &existingNames);

// Why a date_format cannot be used, or empty when it can.
QString dateFormatProblem(const QString &dateFormat);

// --- the timestamp scheme, for callers that know no other (the archive browser) ---

// The active file name a rotated name came from ("app_20261123_142501_2.log.gz" -> "app.log"),
// or empty when the name is not in the timestamp naming.
QString originalName(const QString &fileName);

// Sorts rotated names by rotation time and sequence (names not in the naming sort first).
void sortByRotation(QStringList &fileNames);

// True for any name in the timestamp naming, compressed or not.
bool looksRotated(const QString &fileName);

// The rotation time encoded in a rotated name (local time), or invalid.
QDateTime rotatedAt(const QString &fileName);

// True when fileName is a rotated file of a log called activeName; with allowCompressed also
// when it carries a codec extension.
bool isRotatedNameOf(const QString &fileName, const QString &activeName, bool allowCompressed);

// isLiveLogName() in the timestamp scheme.
bool isLiveLogName(const QString &fileName, const QString &activeLog, const QStringList &patterns);
} // namespace ArchiveNaming

} // namespace Logkeeper
