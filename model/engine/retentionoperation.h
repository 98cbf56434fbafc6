// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "config/config.h"
#include "engine/failure.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Logkeeper {

class FileActions;

// Expires a set's archives: lists its archive folder (regular files only), asks Retention which
// go, and removes them by name inside that folder, never following a link out of it. A set whose
// logs lie in several folders has an archive folder per log folder: all are judged together
// (max_total_mb is per set), each archive removed inside its own folder.
class RetentionOperation
{
public:
    struct Removal
    {
        QString path;
        QString reason; // "older than 30 days", ...
    };
    struct Outcome
    {
        QVector<Removal> removed;
        QVector<Failure> failures;
    };

    explicit RetentionOperation(FileActions &actions) : m_actions(actions) {}

    Outcome run(const LogSetConfig &set, const QDateTime &now = QDateTime::currentDateTime())
    {
        return run(set, {set.archiveDir}, now);
    }
    Outcome run(const LogSetConfig &set, const QStringList &archiveFolders,
                const QDateTime &now = QDateTime::currentDateTime());

private:
    FileActions &m_actions;
};

} // namespace Logkeeper
