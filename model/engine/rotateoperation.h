// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "config/config.h"
#include "engine/failure.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QVector>

namespace Logkeeper {

class FileActions;
class StateStore;

// Rotates a batch of due logs: each renamed (and recreated as rotation.create says), copied and
// truncated, or copied into a rotated file named by the set's rotation.naming (numbered: the
// existing ones shifted up first), its state entry started afresh. The archive folder is created
// as archival.create_dir says. A new log or folder that cannot get its owner or mode is a
// failure (OwnerNotKept) beside a successful rotation. The folders that
// renames changed are fsynced once for the whole batch, in finish(), before anything may rely
// on the rotations (a hook telling a writer to reopen, an archive).
class RotateOperation
{
public:
    struct Rotation
    {
        QString setName;
        QString activePath;
        QString rotatedPath;
        QString archivePath; // what the rotated file will become
        qint64 bytes = 0;
        bool needsArchiving = false; // compressed, or moved to an archive folder elsewhere
    };
    struct Outcome
    {
        QVector<Rotation> rotations;
        // delay_compress: earlier rotated files of the rotated logs, uncompressed until now and
        // due for archiving from this rotation on.
        QVector<Rotation> released;
        QVector<Failure> failures;
    };

    RotateOperation(FileActions &actions, StateStore &state) : m_actions(actions), m_state(state) {}

    // Rotates one log (`reason` says why it is due, for the log line).
    void rotate(const LogSetConfig &set, const QString &path, const QString &reason);
    // Makes the batch's renames durable and hands over what was done since the last finish().
    Outcome finish();

private:
    // The names of activeName's rotated files and archives in folder, in the set's naming:
    // listed once per folder and batch, then kept up to date by this operation.
    QStringList &namesOf(const LogSetConfig &set, const QString &folder, const QString &activeName);
    bool shiftNumbered(const LogSetConfig &set, const QString &path);
    void release(const LogSetConfig &set, const QString &path, const QString &stagingDir);

    FileActions &m_actions;
    StateStore &m_state;
    Outcome m_outcome;
    QSet<QString> m_unsyncedFolders;
    // folder + naming -> original name -> its rotated files' and archives' names
    QHash<QString, QHash<QString, QStringList>> m_names;
};

} // namespace Logkeeper
