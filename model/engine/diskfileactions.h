// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "compression/archivecompressor.h"
#include "core/canceltoken.h"
#include "engine/fileactions.h"

namespace Logkeeper {

// FileActions that change the files: a real pass.
class DiskFileActions : public FileActions
{
public:
    DiskFileActions(const ArchiveCompressor &compressor, const CancelToken &cancel)
        : m_compressor(compressor), m_cancel(cancel)
    {}

    bool makeFolder(const QString &folder) override;
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
    bool saveState(StateStore &state, QString *error) override;

private:
    ArchiveCompressor m_compressor;
    CancelToken m_cancel;
};

} // namespace Logkeeper
