// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "core/codecs.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace Logkeeper {

// Plain, already-validated configuration values. Built by ConfigValidator from JSON; copied
// freely between threads (every member is an implicitly shared Qt value or a scalar).

enum class RotationStrategy
{
    Rename,
    CopyTruncate
};

struct LogSetConfig
{
    QString name;
    QString logDir;       // absolute, cleaned, no trailing slash
    QString archiveDir;   // absolute, cleaned; defaults to <logDir>/archive
    QString activeLog;    // one file name inside logDir; empty when patterns are used
    QStringList patterns; // wildcard globs matched against file names in logDir

    double maxSizeMb = 10.0;
    double maxAgeDays = 7.0;
    RotationStrategy strategy = RotationStrategy::Rename;

    bool compress = true;
    Codec codec = Codec::Gzip;   // never None: `compress` says whether it is used
    int level = -1;              // -1 = codec default
    double retentionDays = 30.0; // 0 = keep forever
    int maxArchives = 0;         // 0 = no limit
    double maxTotalMb = 0.0;     // 0 = no limit

    QString postRotateHook;           // run with /bin/sh -c; empty = none
    double hookTimeoutSeconds = 60.0; // then the hook's whole process group is killed

    qint64 maxSizeBytes() const { return qint64(maxSizeMb * 1024.0 * 1024.0); }
    // What the set's archives are made with: its codec, or None when it does not compress.
    Codec archiveCodec() const { return compress ? codec : Codec::None; }
};

struct Config
{
    QVector<LogSetConfig> logSets;

    double debounceSeconds = 5.0;
    double maxWaitSeconds = 30.0;
    double pollIntervalSeconds = 60.0;

    QString logFile;                           // empty = stderr only
    QString logLevel = QStringLiteral("INFO"); // DEBUG | INFO | WARNING | ERROR | CRITICAL
    QString stateFile;                         // empty = default under the XDG state directory

    bool legacyFormat = false; // true when read from the seed's single-set format
};

} // namespace Logkeeper
