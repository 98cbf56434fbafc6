#pragma once

#include <QString>

// The two ways of taking the content away from an active log, as plain file operations.
// Neither follows symlinks, neither overwrites an existing file, and each either completes or
// leaves the active log as it was.
class Rotator
{
public:
    // Whether a call fsyncs the folders whose entries it changed before returning (Now), or
    // leaves that to a caller that changes many entries in a row and fsyncs each folder once
    // afterwards, before anything depends on those entries being durable (Deferred).
    enum class FolderSync
    {
        Now,
        Deferred
    };

    struct Result
    {
        bool ok = false;
        QString rotatedPath;    // holds the rotated content on success
        qint64 bytes = 0;       // bytes moved or copied out of the active log
        bool collapsed = false; // copytruncate removed a block-aligned prefix instead of truncating
        QString error;          // names the file and the cause
    };

    // Renames the active log to rotatedPath (same filesystem) and recreates it empty with the
    // same mode and owner. A writer holding the old descriptor keeps appending to rotatedPath.
    // With FolderSync::Deferred the caller fsyncs both paths' folders (syncFolder()).
    static Result renameAndRecreate(const QString &activePath, const QString &rotatedPath,
                                    FolderSync sync = FolderSync::Now);

    // Copies the active log's content into rotatedPath (written as a temporary file in its
    // folder, fsynced, then renamed) and removes exactly the copied bytes from the active log:
    // with FALLOC_FL_COLLAPSE_RANGE where the filesystem has it (ext4, XFS), so lines written
    // meanwhile stay; otherwise by catching up with the tail and truncating at once.
    static Result copyTruncate(const QString &activePath, const QString &rotatedPath);

    // True when both paths (existing files or folders) live on the same filesystem.
    static bool sameFileSystem(const QString &a, const QString &b);

    // Renames without replacing an existing target; falls back to link+unlink where the
    // filesystem lacks RENAME_NOREPLACE. Returns 0 or an errno value.
    static int renameNoReplace(const QString &from, const QString &to);

    // fsync of the folder holding path, so a rename survives a crash.
    static void syncParentFolder(const QString &path);
    // fsync of a folder; returns 0 or an errno value.
    static int syncFolder(const QString &folder);
};
