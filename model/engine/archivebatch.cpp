// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "engine/archivebatch.h"

#include "core/logcategories.h"
#include "core/posixfile.h"
#include "core/workpool.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QThread>

#include <cerrno>
#include <sys/stat.h>
#include <unistd.h>

namespace Logkeeper {

namespace {

// A small file spends as long waiting for its fsync as being compressed: several threads per
// core (the caller's thread included).
int smallFileThreads()
{
    return qBound(4, QThread::idealThreadCount() * 4, 16) + 1;
}

bool lstatPath(const QString &path, struct stat *st)
{
    return ::lstat(QFile::encodeName(path).constData(), st) == 0;
}

QString sizeText(qint64 bytes)
{
    return QString::number(bytes / (1024.0 * 1024.0), 'f', 2) + QStringLiteral(" MiB");
}

// Why a job was not done: the pool thread could not take on the set's run_as.
QString cannotActAs(const FsIdentity &identity, int error)
{
    return QStringLiteral("cannot act as %1: %2")
        .arg(identity.describe(), Failure::systemError(error));
}

} // namespace

struct ArchiveBatch::Work
{
    Job job;
    qint64 size = 0;
    bool alreadyArchived = false; // a crash came between the archive's rename and the removal
    ArchiveCompressor::Staged staged;
    ArchiveCompressor::Result result; // ok: the archive is in place and its folder fsynced
    QString identityError;            // the set's run_as could not be taken on
};

void ArchiveBatch::run(const QVector<Job> &jobs, const Events &events)
{
    std::vector<Work> work;
    work.reserve(size_t(jobs.size()));
    for (const Job &job : jobs) {
        Work w;
        w.job = job;
        struct stat st;
        w.size = lstatPath(job.rotatedPath, &st) ? st.st_size : 0;
        work.push_back(std::move(w));
    }
    // In chunks (each holds its temporary files open), and the archived sources removed after
    // at most batchBytes: all of a chunk's archives are durable and in place before any source
    // goes; removing them later than that, and many at once, costs only disk space.
    size_t begin = 0, unremoved = 0;
    qint64 unremovedBytes = 0;
    while (begin < work.size() && !m_cancel.isCancelled()) {
        size_t end = begin;
        qint64 bytes = 0;
        while (end < work.size() && end - begin < chunkFiles &&
               (end == begin || bytes + work[end].size <= batchBytes))
            bytes += work[end++].size;
        archiveChunk(work, begin, end, events);
        begin = end;
        unremovedBytes += bytes;
        if (unremovedBytes >= batchBytes) {
            removeSources(work, unremoved, end, events);
            unremoved = end;
            unremovedBytes = 0;
        }
    }
    removeSources(work, unremoved, begin, events);
}

void ArchiveBatch::archiveChunk(std::vector<Work> &work, size_t begin, size_t end,
                                const Events &events)
{
    auto failed = [&](const Work &w, const QString &why) {
        events.failed(Failure(Failure::Kind::Archiving, w.job.setName, w.job.rotatedPath,
                              {w.job.rotatedPath, why}));
    };

    // 1. Each archive written to a temporary file and verified against its source: small files
    // side by side, one per thread; large ones one after another, each on all cores.
    std::vector<std::function<void()>> tasks;
    for (size_t i = begin; i < end; ++i) {
        Work *w = &work[i];
        auto stage = [w, this] {
            const FsIdentity::Scope as(w->job.identity);
            if (!as.ok()) {
                w->identityError = cannotActAs(w->job.identity, as.error());
                return;
            }
            struct stat st;
            if (lstatPath(w->job.archivePath, &st)) {
                // A crash came after the archive was in place but before its source went.
                w->alreadyArchived =
                    m_compressor.holds(w->job.archivePath, w->job.rotatedPath, w->job.codec);
                if (w->alreadyArchived)
                    return;
            }
            w->staged = m_compressor.stage(w->job.rotatedPath, w->job.archivePath, w->job.codec,
                                           w->job.level, m_cancel);
        };
        if (w->size > smallFileBytes)
            stage();
        else
            tasks.push_back(stage);
    }
    WorkPool::runSideBySide(std::exchange(tasks, {}), smallFileThreads());
    QHash<dev_t, QVector<Work *>> byFileSystem;
    for (size_t i = begin; i < end; ++i) {
        Work &w = work[i];
        struct stat st;
        if (w.staged.ok() && ::fstat(w.staged.descriptor(), &st) == 0)
            byFileSystem[st.st_dev].append(&w);
        else if (!w.identityError.isEmpty())
            failed(w, w.identityError);
        else if (!w.alreadyArchived && !w.staged.ok() && !m_cancel.isCancelled())
            failed(w, w.staged.result().error);
    }

    // 2. Durable: many small files with one syncfs() of their filesystem, which writes them and
    // their metadata out in one go (one journal commit) where an fsync each would commit the
    // journal once per file. Each file's own fsync follows in commit(): with nothing left to
    // write it returns at once, and it is what reports a write error of that very file.
    for (auto it = byFileSystem.begin(); it != byFileSystem.end(); ++it) {
        if (it->size() < syncfsFiles || ::syncfs(it->first()->staged.descriptor()) == 0)
            continue;
        const int err = errno;
        for (Work *w : std::as_const(*it)) {
            events.failed(Failure(
                Failure::Kind::ArchivingNotDurable, w->job.setName, w->job.rotatedPath,
                {w->job.rotatedPath, w->staged.temporaryPath(), Failure::systemError(err)}));
            ArchiveCompressor::discard(w->staged);
        }
    }

    // 3. Each fsynced and renamed into place (never over an existing file), side by side; then
    // each archive folder fsynced once, before any of the chunk's sources may go.
    for (size_t i = begin; i < end; ++i) {
        Work *w = &work[i];
        if (w->staged.ok())
            tasks.push_back([w] {
                // Staged as the user, so the user can commit it (the switch worked then).
                const FsIdentity::Scope as(w->job.identity);
                if (!as.ok()) {
                    ArchiveCompressor::discard(w->staged);
                    w->result.error = cannotActAs(w->job.identity, as.error());
                    return;
                }
                w->result = ArchiveCompressor::commit(w->staged, PosixFile::FolderSync::Deferred);
            });
    }
    WorkPool::runSideBySide(std::exchange(tasks, {}), smallFileThreads());
    QStringList archiveFolders;
    for (size_t i = begin; i < end; ++i) {
        Work &w = work[i];
        if (w.alreadyArchived || w.result.ok) {
            const QString folder = QFileInfo(w.job.archivePath).absolutePath();
            if (!archiveFolders.contains(folder))
                archiveFolders.append(folder);
        } else if (!w.result.error.isEmpty() && !m_cancel.isCancelled()) {
            failed(w, w.result.error);
        }
    }
    if (!syncFolders(archiveFolders, Failure::Kind::ArchivesNotDurable, events)) {
        // Not known to be durable: every source stays; the next run finds both and checks.
        for (size_t i = begin; i < end; ++i) {
            work[i].alreadyArchived = false;
            work[i].result.ok = false;
        }
    }
}

void ArchiveBatch::removeSources(std::vector<Work> &work, size_t begin, size_t end,
                                 const Events &events)
{
    // A late writer may have appended while we compressed: then the archive is incomplete and
    // goes again (the rotated file still has everything); the caller archives it again later.
    QStringList folders;
    auto addFolder = [&folders](const QString &path) {
        const QString folder = QFileInfo(path).absolutePath();
        if (!folders.contains(folder))
            folders.append(folder);
    };
    for (size_t i = begin; i < end; ++i) {
        Work &w = work[i];
        struct stat st;
        if (!w.result.ok || !lstatPath(w.job.rotatedPath, &st) ||
            st.st_size == w.result.sourceBytes)
            continue;
        {
            const FsIdentity::Scope as(w.job.identity);
            ::unlink(QFile::encodeName(w.result.archivePath).constData());
        }
        addFolder(w.result.archivePath);
        w.result.ok = false;
        qCInfo(lcRotation).noquote()
            << w.job.rotatedPath << "grew while being compressed; will compress it again";
        events.grew(w.job);
    }

    // Removing a file can wait for the device (online discard, for one): side by side too.
    std::vector<int> errors(end - begin, 0);
    std::vector<std::function<void()>> tasks;
    for (size_t i = begin; i < end; ++i) {
        const Work &w = work[i];
        if (!w.alreadyArchived && !w.result.ok)
            continue;
        addFolder(w.job.rotatedPath);
        int *error = &errors[i - begin];
        const QByteArray source = QFile::encodeName(w.job.rotatedPath);
        tasks.push_back([source, error, identity = w.job.identity] {
            const FsIdentity::Scope as(identity);
            if (!as.ok())
                *error = as.error();
            else if (::unlink(source.constData()) != 0 && errno != ENOENT)
                *error = errno;
        });
    }
    WorkPool::runSideBySide(std::move(tasks), smallFileThreads());
    syncFolders(folders, Failure::Kind::RemovalNotDurable, events);

    for (size_t i = begin; i < end; ++i) {
        const Work &w = work[i];
        if (!w.alreadyArchived && !w.result.ok)
            continue;
        const QString &source = w.job.rotatedPath;
        if (const int err = errors[i - begin]) {
            qCWarning(lcRotation).noquote()
                << "archived, but cannot remove" << source << ":" << Failure::systemError(err);
            if (w.alreadyArchived)
                continue;
        } else if (w.alreadyArchived) {
            qCInfo(lcRotation).noquote()
                << QStringLiteral("removed %1: %2 already holds its content")
                       .arg(source, w.job.archivePath);
            continue;
        }
        const ArchiveCompressor::Result &r = w.result;
        qCInfo(lcRotation).noquote()
            << QStringLiteral("%1 %2 to %3 (%4 -> %5, verified)")
                   .arg(w.job.codec == Codec::None ? QStringLiteral("Moved")
                                                   : QStringLiteral("Compressed"),
                        source, r.archivePath, sizeText(r.sourceBytes), sizeText(r.archiveBytes));
        events.archived(w.job, r);
    }
}

bool ArchiveBatch::syncFolders(const QStringList &folders, Failure::Kind kind, const Events &events)
{
    bool ok = true;
    for (const QString &folder : folders) {
        if (const int err = PosixFile::syncFolder(folder)) {
            ok = false;
            // A folder's failure concerns no one set: the batch may hold several.
            events.failed(Failure(kind, QString(), folder, {folder, Failure::systemError(err)}));
        }
    }
    return ok;
}

} // namespace Logkeeper
