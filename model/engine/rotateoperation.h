// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "config/config.h"
#include "engine/failure.h"

#include <QSet>
#include <QString>
#include <QVector>

namespace Logkeeper {

class FileActions;
class StateStore;

// Rotates a batch of due logs: each renamed (and recreated) or copied and truncated into a
// rotated file with a name nothing has yet, its state entry started afresh. The folders that
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
        QVector<Failure> failures;
    };

    RotateOperation(FileActions &actions, StateStore &state) : m_actions(actions), m_state(state) {}

    // Rotates one log (`reason` says why it is due, for the log line).
    void rotate(const LogSetConfig &set, const QString &path, const QString &reason);
    // Makes the batch's renames durable and hands over what was done since the last finish().
    Outcome finish();

private:
    FileActions &m_actions;
    StateStore &m_state;
    Outcome m_outcome;
    QSet<QString> m_unsyncedFolders;
};

} // namespace Logkeeper
