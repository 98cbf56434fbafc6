// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "engine/fileactions.h"

#include <functional>

namespace Logkeeper {

// FileActions of a dry run: each action is reported as one line ("rotate ... -> ...",
// "compress ... -> ...", "remove ... (...)") to `report`, and nothing changes anywhere: no file,
// no folder, not the state file.
class DryRunFileActions : public FileActions
{
public:
    explicit DryRunFileActions(std::function<void(const QString &)> report)
        : m_report(std::move(report))
    {}

    bool makeFolder(const QString &) override { return true; }
    bool removeLeftover(const QString &path, const QString &description) override;
    Rotator::Result createArchiveFolder(const QString &folder, const CreateSpec &spec) override;
    std::optional<Rotator::Result> rotate(const QString &activePath, const QString &rotatedPath,
                                          RotationStrategy strategy, const CreateSpec &create,
                                          const QString &description) override;
    int renameRotated(const QString &from, const QString &to) override;
    void archive(const QVector<ArchiveBatch::Job> &jobs,
                 const ArchiveBatch::Events &events) override;
    Effect removeArchive(int folderFd, const QString &path, const QString &name,
                         const QString &reason, int *error) override;
    bool saveState(StateStore &, QString *) override { return true; }

private:
    std::function<void(const QString &)> m_report;
};

} // namespace Logkeeper
