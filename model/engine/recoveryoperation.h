// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "config/config.h"
#include "engine/failure.h"

#include <QString>
#include <QVector>

#include <functional>

namespace Logkeeper {

class FileActions;

// Finishes what a crash or kill interrupted, for one set, from what is on disk: temporary files
// are removed (only Logkeeper writes them, one pass at a time); a copytruncate copy whose log
// still holds every byte is removed (the log's content stays, nothing is archived twice); and
// rotated files not yet archived are handed back to be archived. Also makes the archive folder
// up front, as the seed script did: a permission problem shows at start.
class RecoveryOperation
{
public:
    struct Unarchived
    {
        QString rotatedPath;
        QString activePath;
    };
    struct Outcome
    {
        QVector<Unarchived> unarchived;
        QVector<Failure> failures;
    };

    explicit RecoveryOperation(FileActions &actions) : m_actions(actions) {}

    // isKnown: whether a rotated file is already taken care of (waiting for its hook or to
    // settle): it is not handed back again.
    Outcome run(const LogSetConfig &set, const std::function<bool(const QString &)> &isKnown);

    // Whether the file at `path` begins with exactly the content of the file at `prefixPath`.
    static bool startsWith(const QString &path, const QString &prefixPath);

private:
    FileActions &m_actions;
};

} // namespace Logkeeper
