// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Logkeeper {

// One thing the engine could not do, as a value: what kind of failure, which set and file it is
// about, and the values its message needs. text() is the English sentence for Logkeeper's own
// log (greppable, the same whoever runs it); translatedText() the same sentence in the user's
// language for the tray and the status window. Details that come from the system or a library
// (strerror, a backend's message) stay as they came, inside either sentence.
class Failure
{
public:
    enum class Kind
    {
        Inaccessible,         // %1 path, %2 why (lstat failed)
        Symlink,              // %1 path
        NotRegularFile,       // %1 path
        ArchiveFolder,        // %1 archive folder (created up front)
        ArchiveFolderForFile, // %1 file, %2 archive folder
        Rotation,             // %1 log, %2 why
        Archiving,            // %1 rotated file, %2 why
        ArchivingNotDurable,  // %1 rotated file, %2 staged archive, %3 why (syncfs)
        RotationNotDurable,   // %1 folder, %2 why (fsync of the folder)
        ArchivesNotDurable,   // %1 folder, %2 why
        RemovalNotDurable,    // %1 folder, %2 why
        HookFailed,           // %1 hook key, %2 set, %3 exit code
        HookFailedWithOutput, // %1 hook key, %2 set, %3 exit code, %4 its output
        HookTimedOut,         // %1 hook key, %2 set, %3 seconds
        HookNotStarted,       // %1 hook key, %2 set, %3 why
        CleanupFolder,        // %1 archive folder, %2 why
        ArchiveNotRemoved,    // %1 archive, %2 why
        ArchiveFolderMissing, // %1 log, %2 archive folder (archival.create_dir is false)
        OwnerNotKept,         // %1 file or folder, %2 what it got and should have had
        NumberedShift,        // %1 log, %2 why (renaming its numbered rotations failed)
        HookSkippedRotation,  // %1 hook key, %2 set, %3 log (not rotated because the hook failed)
        LogFolderMissing,     // %1 set, %2 log folder (without missing_ok)
        LogMissing,           // %1 log, %2 set (an active_log, without missing_ok)
        GlobClash,            // %1 file, %2 set, %3 the other set (neither rotates it)
        RunAs,                // %1 set, %2 user:group, %3 why (the switch was refused)
        Other,                // %1 a message made elsewhere (the state file's), not translated
    };

    Failure() = default;
    Failure(Kind kind, const QString &setName, const QString &path, const QStringList &arguments)
        : kind(kind), setName(setName), path(path), arguments(arguments)
    {}

    Kind kind = Kind::Other;
    QString setName;       // empty for failures of no set (the state file)
    QString path;          // the file or folder it is about: what a later success resolves
    QStringList arguments; // the message's %1, %2, ... in order

    QString text() const;
    QString translatedText() const;

    // The system's words for an errno value.
    static QString systemError(int error);
};

} // namespace Logkeeper

Q_DECLARE_METATYPE(Logkeeper::Failure)
