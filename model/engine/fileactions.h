// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "config/config.h"
#include "engine/archivebatch.h"
#include "engine/rotator.h"

#include <QString>
#include <QVector>

#include <optional>

namespace Logkeeper {

class StateStore;

// Every change the engine's operations make to files goes through here: the operations decide
// and describe, a FileActions carries out. DiskFileActions does it; DryRunFileActions only
// reports each description (--dry-run, the settings editor's preview) and changes nothing
// anywhere. This is the one place a dry run differs from a real pass.
class FileActions
{
public:
    enum class Effect
    {
        Done,
        Skipped, // nothing done: only described, or nothing there to act on
        Failed,
    };

    virtual ~FileActions() = default;

    // Makes the folder (and its parents) unless it exists. False when it cannot be made.
    virtual bool makeFolder(const QString &folder) = 0;
    // Removes a file Logkeeper left behind (a temporary file, an interrupted copy). True when
    // it was removed. `description` says what the removal is, for a dry run.
    virtual bool removeLeftover(const QString &path, const QString &description) = 0;
    // Makes sure an archive folder exists, creating it as spec says (archival.create_dir;
    // Rotator::createFolder()). A dry run creates nothing and fails only where a real run would
    // for certain (a missing folder with create_dir false).
    virtual Rotator::Result createArchiveFolder(const QString &folder, const CreateSpec &spec) = 0;
    // Rotates the active log to rotatedPath by the strategy (rename and recreate as `create`
    // says, copytruncate, or copy leaving the log as it is). Renames leave the folder fsync to
    // the caller (FolderSync::Deferred). Nothing when only described.
    virtual std::optional<Rotator::Result>
    rotate(const QString &activePath, const QString &rotatedPath, RotationStrategy strategy,
           const CreateSpec &create, const QString &description) = 0;
    // Renames a rotated file or archive (the numbered scheme's shift), never over an existing
    // file. 0 or the errno value; 0 when only described.
    virtual int renameRotated(const QString &from, const QString &to) = 0;
    // Archives the rotated files (ArchiveBatch), reporting through events.
    virtual void archive(const QVector<ArchiveBatch::Job> &jobs,
                         const ArchiveBatch::Events &events) = 0;
    // Removes the archive `name` from the folder open at folderFd (never following a symlink,
    // never a non-regular file). On Failed, *error holds the errno value.
    virtual Effect removeArchive(int folderFd, const QString &path, const QString &name,
                                 const QString &reason, int *error) = 0;
    // Writes the state file if it changed.
    virtual bool saveState(StateStore &state, QString *error) = 0;
};

} // namespace Logkeeper
