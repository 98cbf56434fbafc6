// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "browser/archiveverifier.h"

#include "browser/archivesizeprobe.h"
#include "compression/compressionbackend.h"

#include <QFile>
#include <QFileInfo>

#include <sys/xattr.h>

namespace Logkeeper {

namespace {
// The decompressed size Logkeeper recorded on the archive, or -1.
qint64 recordedSize(const QString &path)
{
    char value[32];
    const ssize_t n = ::lgetxattr(QFile::encodeName(path).constData(),
                                  ArchiveSizeProbe::sizeAttribute(), value, sizeof value);
    if (n <= 0)
        return -1;
    bool ok = false;
    const qint64 size = QByteArray(value, int(n)).toLongLong(&ok);
    return ok ? size : -1;
}
} // namespace

ArchiveVerifier::ArchiveVerifier(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<Result>();
    qRegisterMetaType<QVector<Result>>();
}

ArchiveVerifier::~ArchiveVerifier()
{
    m_job.cancelAndWait();
}

ArchiveVerifier::Result
ArchiveVerifier::verifyNow(const QString &path, const CancelToken &cancel,
                           const std::function<void(qint64, qint64)> &progress)
{
    Result r;
    r.path = path;
    QString error;
    std::unique_ptr<ArchiveReader> reader = CompressionBackend::instance().openReader(path, &error);
    if (!reader) {
        r.error = error;
        return r;
    }
    const qint64 sourceSize = QFileInfo(path).size();
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    qint64 total = 0;
    for (;;) {
        if (cancel.isCancelled()) {
            r.error = QStringLiteral("cancelled");
            return r;
        }
        const qint64 n = reader->read(buffer.data(), buffer.size());
        if (n < 0) {
            r.error = reader->errorString();
            return r;
        }
        if (n == 0)
            break;
        total += n;
        if (progress)
            progress(reader->sourcePosition(), sourceSize);
    }
    r.bytes = total;
    const qint64 recorded = recordedSize(path);
    if (recorded >= 0 && recorded != total) {
        r.error = tr("%1: decompresses to %2 bytes, but %3 bytes were archived")
                      .arg(path)
                      .arg(total)
                      .arg(recorded);
        return r;
    }
    r.ok = true;
    return r;
}

void ArchiveVerifier::verify(const QStringList &paths)
{
    cancel();
    m_job.wait();
    const quint64 run = ++m_run;
    m_running = true;
    qint64 total = 0;
    QVector<qint64> sizes;
    for (const QString &path : paths) {
        sizes.append(qMax<qint64>(1, QFileInfo(path).size()));
        total += sizes.last();
    }
    m_job = WorkPool::start([this, run, paths, sizes, total](const CancelToken &cancel) {
        QVector<Result> results;
        qint64 done = 0;
        int shownPermille = -1; // progress is reported in steps of 0.1 %, not per block
        const auto report = [&](qint64 now) {
            const int permille = int(1000 * now / qMax<qint64>(1, total));
            if (permille != shownPermille) {
                shownPermille = permille;
                emit progress(now, total);
            }
        };
        for (int i = 0; i < paths.size() && !cancel.isCancelled(); ++i) {
            const Result r = verifyNow(paths.at(i), cancel, [&](qint64 read, qint64) {
                if (read >= 0)
                    report(done + qMin(read, sizes.at(i)));
            });
            if (cancel.isCancelled())
                break;
            results.append(r);
            done += sizes.at(i);
            report(done);
        }
        const bool cancelled = cancel.isCancelled();
        // Back on the owner's thread; dropped when a newer run has started meanwhile.
        QMetaObject::invokeMethod(
            this,
            [this, run, results, cancelled] {
                if (run != m_run)
                    return;
                m_running = false;
                emit finished(results, cancelled);
            },
            Qt::QueuedConnection);
    });
}

void ArchiveVerifier::cancel()
{
    if (!m_running)
        return;
    m_job.cancel();
}

} // namespace Logkeeper
