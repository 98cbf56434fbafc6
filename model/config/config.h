// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "core/archivenaming.h"
#include "core/codecs.h"

#include <QDir>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Logkeeper {

// Plain, already-validated configuration values. Built by ConfigValidator from JSON; copied
// freely between threads (every member is an implicitly shared Qt value or a scalar).

enum class RotationStrategy
{
    Rename,
    CopyTruncate,
    Copy // copy the content out, leave the log as it is (logrotate's "copy")
};

// rotation.schedule: calendar rotations counted from the last rotation, as logrotate's
// hourly ... yearly.
enum class RotationSchedule
{
    None,
    Hourly,
    Daily,
    Weekly,
    Monthly,
    Yearly
};

// rotation.create and archival.create_dir: whether a file or folder is created, and with which
// mode and owner. Members left out (-1, empty) are taken from the old log (create) or are the
// defaults of the process (create_dir).
struct CreateSpec
{
    bool enabled = true; // false: "create": false (logrotate's nocreate), "create_dir": false
    int mode = -1;       // permission bits, 0 ... 07777
    QString owner;       // as written: a name or a number (for messages)
    QString group;
    qint64 uid = -1; // resolved from owner
    qint64 gid = -1; // resolved from group
};

// run_as: rotate and run hooks as this user (logrotate's "su user group").
struct RunAs
{
    QString user; // empty: as Logkeeper runs
    QString group;
    qint64 uid = -1;
    qint64 gid = -1; // the group's, or the user's primary group
};

struct LogSetConfig
{
    QString name;
    QString logDir;             // absolute, cleaned, no trailing slash
    QString archiveDir;         // absolute, cleaned; defaults to <logDir>/archive; for a relative
                                // archive_dir, the one of the logs directly in logDir
    QString archiveDirRelative; // archive_dir as given when relative ("." = beside each log),
                                // cleaned; empty when absolute
    QString activeLog;          // one file name inside logDir; empty when patterns are used
    QStringList patterns;       // globs matched against paths below logDir ("*.log", "*/*.log")
    bool missingOk = false;     // a missing log (or log_dir) is no error
    QString source;             // "FILE:LINE" of an imported or included logrotate stanza
    RunAs runAs;

    double maxSizeMb = 10.0; // 0 = the size trigger is off
    double maxAgeDays = 7.0; // 0 = the age trigger is off
    RotationSchedule schedule = RotationSchedule::None;
    double minSizeMb = 0.0; // schedule and age fire only from this size on
    bool ifEmpty = false;   // whether an empty log is rotated (schedule, age or --force)
    RotationStrategy strategy = RotationStrategy::Rename;
    CreateSpec create; // how the log is recreated after a rename
    ArchiveNaming::Scheme naming;

    bool compress = true;
    Codec codec = Codec::Gzip;   // never None: `compress` says whether it is used
    int level = -1;              // -1 = codec default
    bool delayCompress = false;  // the newest rotated file stays uncompressed
    double retentionDays = 30.0; // 0 = keep forever
    int maxArchives = 0;         // per log; 0 = no limit
    double maxTotalMb = 0.0;     // per set; 0 = no limit
    CreateSpec createDir;        // how a missing archive folder is created

    QString preRotateHook; // each run with /bin/sh -c; empty = none
    QString postRotateHook;
    QString firstActionHook;
    QString lastActionHook;
    bool sharedScripts = false;
    double hookTimeoutSeconds = 60.0; // then the hook's whole process group is killed

    qint64 maxSizeBytes() const { return qint64(maxSizeMb * 1024.0 * 1024.0); }
    qint64 minSizeBytes() const { return qint64(minSizeMb * 1024.0 * 1024.0); }
    // What the set's archives are made with: its codec, or None when it does not compress.
    Codec archiveCodec() const { return compress ? codec : Codec::None; }
    // True when some pattern spans folders below logDir ("*/*.log").
    bool spansFolders() const
    {
        for (const QString &p : patterns) {
            if (p.contains(QLatin1Char('/')))
                return true;
        }
        return false;
    }
    // The archive folder of a log in logFolder: a relative archive_dir is resolved against each
    // log's own folder (logrotate's relative olddir).
    QString archiveDirFor(const QString &logFolder) const
    {
        if (archiveDirRelative.isEmpty())
            return archiveDir;
        return QDir::cleanPath(logFolder + QLatin1Char('/') + archiveDirRelative);
    }
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
    QStringList logrotateInclude; // logrotate configs (files or folders) read live; absolute

    bool legacyFormat = false; // true when read from the seed's single-set format
};

} // namespace Logkeeper
