// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>

class QProgressDialog;
class QWidget;

namespace Logkeeper {

class DecompressJob;

// Decompressed copies of archives, one DecompressJob (Atomic: a target appears complete or not
// at all) after another, with a progress dialog and Cancel once it takes longer than a moment.
// For "open with the default application" and "save a decompressed copy as". Deletes itself
// after finished(); destroyed early (with its window), it stops the copy in progress and leaves
// no partial file.
class ArchiveCopyTask : public QObject
{
    Q_OBJECT
public:
    struct Copy
    {
        QString source;
        QString target;
        qint64 sourceBytes = 0; // for overall progress
    };

    // dialogParent: the window the progress dialog belongs to; closing it cancels the copies.
    ArchiveCopyTask(const QVector<Copy> &copies, const QString &title, QWidget *dialogParent);
    ~ArchiveCopyTask() override;

    void start();
    void cancel();

signals:
    // Once: the targets written, one error per copy that failed (naming the file), and whether
    // the user cancelled (the copy in progress and those after it are not made).
    void finished(const QStringList &written, const QStringList &errors, bool cancelled);

private:
    void next();
    void onProgress(qint64 sourceRead, qint64 sourceSize);

    QVector<Copy> m_copies;
    QString m_title;
    QPointer<QWidget> m_dialogParent;
    int m_index = -1;
    qint64 m_totalBytes = 0;
    qint64 m_doneBytes = 0;
    bool m_cancelled = false;
    std::unique_ptr<DecompressJob> m_job;
    QPointer<QProgressDialog> m_progress;
    QStringList m_written;
    QStringList m_errors;
};

} // namespace Logkeeper
