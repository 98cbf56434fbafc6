// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "core/posixfile.h"

#include <QString>

namespace Logkeeper {

// The two ways of taking the content away from an active log, as plain file operations.
// Neither follows symlinks, neither overwrites an existing file, and each either completes or
// leaves the active log as it was.
class Rotator
{
public:
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
                                    PosixFile::FolderSync sync = PosixFile::FolderSync::Now);

    // Copies the active log's content into rotatedPath (written as a temporary file in its
    // folder, fsynced, then renamed) and removes exactly the copied bytes from the active log:
    // with FALLOC_FL_COLLAPSE_RANGE where the filesystem has it (ext4, XFS), so lines written
    // meanwhile stay; otherwise by catching up with the tail and truncating at once.
    static Result copyTruncate(const QString &activePath, const QString &rotatedPath);
};

} // namespace Logkeeper
