// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "widgets/browser/archivecopytask.h"

#include "compression/decompressjob.h"

#include <QDir>
#include <QFileInfo>
#include <QProgressDialog>

namespace Logkeeper {

namespace {
constexpr int progressSteps = 1000;
}

ArchiveCopyTask::ArchiveCopyTask(const QVector<Copy> &copies, const QString &title,
                                 QWidget *dialogParent)
    : QObject(dialogParent), m_copies(copies), m_title(title), m_dialogParent(dialogParent)
{
    for (const Copy &copy : copies)
        m_totalBytes += qMax<qint64>(1, copy.sourceBytes);
}

ArchiveCopyTask::~ArchiveCopyTask()
{
    delete m_progress;
}

void ArchiveCopyTask::start()
{
    // Shown only when the copies take longer than a moment; Cancel stops the one in progress.
    m_progress = new QProgressDialog(m_dialogParent);
    m_progress->setWindowTitle(m_title);
    m_progress->setRange(0, progressSteps);
    m_progress->setMinimumDuration(600);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumWidth(m_progress->fontMetrics().averageCharWidth() * 60);
    connect(m_progress, &QProgressDialog::canceled, this, &ArchiveCopyTask::cancel);
    m_progress->setValue(0);
    next();
}

void ArchiveCopyTask::cancel()
{
    m_cancelled = true;
    if (m_job)
        m_job->cancel(); // its finished() ends the task
}

void ArchiveCopyTask::next()
{
    if (m_job) {
        m_doneBytes += qMax<qint64>(1, m_copies.at(m_index).sourceBytes);
        m_job.release()->deleteLater(); // we are inside its finished()
    }
    ++m_index;
    if (m_cancelled || m_index >= m_copies.size()) {
        if (m_progress)
            m_progress->hide();
        emit finished(m_written, m_errors, m_cancelled);
        deleteLater();
        return;
    }
    const Copy &copy = m_copies.at(m_index);
    if (m_progress) {
        const QString name = QFileInfo(copy.target).fileName();
        m_progress->setLabelText(m_copies.size() == 1 ? tr("Decompressing %1…").arg(name)
                                                      : tr("Decompressing %1 (%2 of %3)…")
                                                            .arg(name)
                                                            .arg(m_index + 1)
                                                            .arg(m_copies.size()));
    }
    QDir().mkpath(QFileInfo(copy.target).absolutePath());
    m_job =
        std::make_unique<DecompressJob>(copy.source, copy.target, DecompressJob::Target::Atomic);
    connect(m_job.get(), &DecompressJob::progress, this,
            [this](qint64, qint64 sourceRead, qint64 sourceSize) {
                onProgress(sourceRead, sourceSize);
            });
    connect(m_job.get(), &DecompressJob::finished, this,
            [this, copy](bool ok, const QString &error) {
                if (ok)
                    m_written.append(copy.target);
                else if (!m_cancelled)
                    m_errors.append(error);
                next();
            });
    m_job->start();
}

void ArchiveCopyTask::onProgress(qint64 sourceRead, qint64 sourceSize)
{
    if (!m_progress || m_cancelled)
        return;
    if (sourceRead < 0 || sourceSize <= 0) {
        m_progress->setRange(0, 0); // the reader cannot tell: a busy indicator
        return;
    }
    const qint64 weight = qMax<qint64>(1, m_copies.at(m_index).sourceBytes);
    const double done = double(m_doneBytes) + double(weight) * double(sourceRead) / sourceSize;
    m_progress->setRange(0, progressSteps);
    m_progress->setValue(int(progressSteps * done / double(m_totalBytes)));
}

} // namespace Logkeeper
