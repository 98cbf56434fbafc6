// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "core/workpool.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QObject>
#include <QStringList>
#include <QVector>

#include <functional>

namespace Logkeeper {

// "Test Archive": verifies archives again by decompressing each one completely, one after
// another in a WorkPool job, and comparing the byte count with the size Logkeeper recorded
// when it wrote the archive (ArchiveSizeProbe::sizeAttribute()), when there is one. Reading
// to the end checks every block and the codec's own checksums; a truncated or damaged archive
// is an error that names the file.
class ArchiveVerifier : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        QString path;
        bool ok = false;
        qint64 bytes = -1; // decompressed
        QString error;     // names the file; empty when ok
    };

    explicit ArchiveVerifier(QObject *parent = nullptr);
    ~ArchiveVerifier() override; // cancels and waits for the job

    // Starts verifying; a run in progress is cancelled first (its finished() does not come).
    void verify(const QStringList &paths);
    void cancel();
    bool isRunning() const { return m_running; }

    // One archive, on the calling thread.
    static Result verifyNow(const QString &path, const CancelToken &cancel,
                            const std::function<void(qint64 read, qint64 size)> &progress = {});

signals:
    // Progress over all archives, in compressed bytes read.
    void progress(qint64 done, qint64 total);
    // Once per run: one result per archive (those not reached when cancelled are missing).
    void finished(const QVector<Logkeeper::ArchiveVerifier::Result> &results, bool cancelled);

private:
    WorkPool::Handle m_job;
    quint64 m_run = 0;
    bool m_running = false;
};

} // namespace Logkeeper

Q_DECLARE_METATYPE(Logkeeper::ArchiveVerifier::Result)
