// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "config/config.h"
#include "core/posixfile.h"

#include <QString>

namespace Logkeeper {

// The ways of taking the content away from an active log, as plain file operations, and the
// creation of archive folders. None follows symlinks, none overwrites an existing file, and
// each either completes or leaves the active log as it was. Copies keep a sparse log's holes.
class Rotator
{
public:
    struct Result
    {
        bool ok = false;
        QString rotatedPath;    // holds the rotated content on success
        qint64 bytes = 0;       // bytes moved or copied out of the active log (holes included)
        bool collapsed = false; // copytruncate removed a block-aligned prefix instead of truncating
        // ok, but a promise was not kept: the recreated log (or created folder) did not get the
        // owner or mode it should have. Names the file and both owners (or modes).
        QString warning;
        // On failure: names the file and the cause. On success: the warning, for callers that
        // read only this.
        QString error;
    };

    // Renames the active log to rotatedPath (same filesystem) and, unless create.enabled is
    // false (nocreate), recreates it empty with create's mode, owner and group, each taken from
    // the old log when not given. A writer holding the old descriptor keeps appending to
    // rotatedPath. With FolderSync::Deferred the caller fsyncs both paths' folders
    // (syncFolder()).
    static Result renameAndRecreate(const QString &activePath, const QString &rotatedPath,
                                    const CreateSpec &create,
                                    PosixFile::FolderSync sync = PosixFile::FolderSync::Now);
    // The same, recreating with the old log's mode and owner.
    static Result renameAndRecreate(const QString &activePath, const QString &rotatedPath,
                                    PosixFile::FolderSync sync = PosixFile::FolderSync::Now);

    // Copies the active log's content into rotatedPath (written as a temporary file in its
    // folder, fsynced, then renamed) and removes exactly the copied bytes from the active log:
    // with FALLOC_FL_COLLAPSE_RANGE where the filesystem has it (ext4, XFS), so lines written
    // meanwhile stay; otherwise by catching up with the tail and truncating at once.
    static Result copyTruncate(const QString &activePath, const QString &rotatedPath);

    // Copies the active log's content into rotatedPath the same way and leaves the log as it is
    // (the strategy "copy").
    static Result copy(const QString &activePath, const QString &rotatedPath);

    // Makes sure the folder exists (archival.create_dir): creates it and missing parents, the
    // folder itself with spec's mode, owner and group (each optional). An existing folder is
    // left as it is; with spec.enabled false a missing one is an error. A folder that cannot
    // get its owner or mode is created, with a warning.
    static Result createFolder(const QString &path, const CreateSpec &spec);
};

} // namespace Logkeeper
