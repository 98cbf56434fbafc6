#include "decompressjob.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

DecompressJob::DecompressJob(const QString &sourcePath, const QString &targetPath, Target target,
                             QObject *parent)
    : QObject(parent), m_sourcePath(sourcePath), m_targetPath(targetPath), m_target(target)
{}

DecompressJob::~DecompressJob()
{
    cancel();
    if (m_thread)
        m_thread->wait();
}

void DecompressJob::setOpener(Opener opener)
{
    m_opener = std::move(opener);
}

void DecompressJob::setChunkObserver(ChunkObserver observer)
{
    m_observer = std::move(observer);
}

void DecompressJob::setChunkSize(qint64 bytes)
{
    m_chunkSize = qBound(qint64(4096), bytes, qint64(1) << 30);
}

QString DecompressJob::cancelledMessage()
{
    return tr("cancelled");
}

void DecompressJob::start()
{
    if (m_thread)
        return;
    m_thread.reset(QThread::create([this] {
        const QString error = run();
        // Queued to this object's thread, so receivers never run on the worker.
        QMetaObject::invokeMethod(
            this, [this, error] { emit finished(error.isEmpty(), error); }, Qt::QueuedConnection);
    }));
    m_thread->setObjectName(QStringLiteral("DecompressJob"));
    m_thread->start();
}

void DecompressJob::cancel()
{
    m_cancel = true;
}

QString DecompressJob::run()
{
    QString error;
    std::unique_ptr<ArchiveReader> reader =
        m_opener ? m_opener(&error)
                 : CompressionBackend::instance().openReader(m_sourcePath, &error);
    if (!reader)
        return error.isEmpty() ? tr("%1: cannot be opened").arg(m_sourcePath) : error;
    const qint64 sourceSize = QFileInfo(m_sourcePath).size();

    std::unique_ptr<QFileDevice> out;
    if (m_target == Target::Atomic)
        out = std::make_unique<QSaveFile>(m_targetPath);
    else
        out = std::make_unique<QFile>(m_targetPath);
    const QIODevice::OpenMode mode =
        m_target == Target::Atomic
            ? QIODevice::WriteOnly
            : QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered;
    if (!out->open(mode))
        return tr("%1: cannot write: %2").arg(m_targetPath, out->errorString());
    auto abandon = [&](const QString &why) {
        if (auto *save = qobject_cast<QSaveFile *>(out.get()))
            save->cancelWriting();
        return why;
    };

    QByteArray buffer(m_chunkSize, Qt::Uninitialized);
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    qint64 offset = 0;
    for (;;) {
        if (m_cancel)
            return abandon(cancelledMessage());
        const qint64 n = reader->read(buffer.data(), buffer.size());
        if (n < 0)
            return abandon(reader->errorString());
        if (n == 0)
            break;
        if (out->write(buffer.constData(), n) != n)
            return abandon(tr("%1: cannot write: %2").arg(m_targetPath, out->errorString()));
        if (m_observer)
            m_observer(buffer.constData(), n, offset);
        offset += n;
        m_written = offset;
        if (sinceProgress.elapsed() >= 100) {
            sinceProgress.restart();
            emit progress(offset, reader->sourcePosition(), sourceSize);
        }
    }
    if (auto *save = qobject_cast<QSaveFile *>(out.get())) {
        if (!save->commit())
            return tr("%1: cannot write: %2").arg(m_targetPath, save->errorString());
    }
    emit progress(offset, sourceSize, sourceSize);
    return {};
}
