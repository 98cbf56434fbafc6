// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "viewer/logdocument.h"

#include "compression/archivemembers.h"
#include "compression/decompressjob.h"
#include "viewer/lineindex.h"
#include "viewer/linereader.h"

#include <QStandardPaths>
#include <QTemporaryDir>

namespace Logkeeper {

namespace {
// UTF-8 bytes as text; a character that `cut` split at the end is dropped.
QString decodeBytes(const QByteArray &bytes, bool cut)
{
    return LineReader::decode(bytes.constData(), bytes.size(),
                              cut ? bytes.size() + 1 : bytes.size())
        .replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
}
} // namespace

LogDocument::LogDocument(QObject *parent) : QObject(parent)
{
    m_cache.setMaxCost(8 * 1024 * 1024); // bytes of decoded text
    m_publishTimer.setSingleShot(true);
    connect(&m_publishTimer, &QTimer::timeout, this, &LogDocument::publishLines);
}

LogDocument::~LogDocument()
{
    close();
}

void LogDocument::open(const QString &path, const QString &member)
{
    close();
    m_path = path;
    m_member = member;
    m_complete = false;
    m_loading = true;
    m_error.clear();
    m_publishedCount = -1;
    m_index = std::make_shared<LineIndex>();
    const QString tempRoot = QStandardPaths::writableLocation(QStandardPaths::TempLocation);
    m_tempDir =
        std::make_unique<QTemporaryDir>(tempRoot + QStringLiteral("/logkeeper-view-XXXXXX"));
    emit opened();
    if (!m_tempDir->isValid()) {
        const QString error = tr("%1: cannot create a temporary folder in %2: %3")
                                  .arg(path, tempRoot, m_tempDir->errorString());
        QMetaObject::invokeMethod(
            this, [this, error] { onJobFinished(false, error); }, Qt::QueuedConnection);
        return;
    }
    m_contentPath = m_tempDir->filePath(QStringLiteral("text"));
    m_job = new DecompressJob(path, m_contentPath, DecompressJob::Target::Streaming, this);
    // Small chunks: the first screen comes sooner, and a reader that meets damage loses at most
    // the chunk it was filling (the text before the damage is what the viewer must show).
    m_job->setChunkSize(chunkBytes);
    m_job->setPipelined(true); // decompressing, writing and indexing overlap
    if (!member.isEmpty()) {
        DecompressJob *job = m_job;
        m_job->setOpener(
            ArchiveMembers::opener(path, member, [job] { return job->isCancelled(); }));
    }
    // The worker indexes each chunk right after writing it and wakes this thread, once per
    // burst of chunks (a flag stops it from flooding the event queue).
    const std::shared_ptr<LineIndex> index = m_index;
    auto pending = std::make_shared<std::atomic_bool>(false);
    m_updatePending = pending;
    m_job->setChunkObserver([this, index, pending](const char *data, qint64 size, qint64) {
        index->append(data, size);
        if (!pending->exchange(true)) {
            QMetaObject::invokeMethod(
                this,
                [this, pending] {
                    pending->store(false);
                    if (pending == m_updatePending)
                        publishLines();
                },
                Qt::QueuedConnection);
        }
    });
    connect(m_job, &DecompressJob::progress, this, &LogDocument::progress);
    connect(m_job, &DecompressJob::finished, this, &LogDocument::onJobFinished);
    m_job->start();
}

void LogDocument::cancel()
{
    if (m_job)
        m_job->cancel();
}

void LogDocument::close()
{
    delete m_job; // cancels and waits for the worker
    m_job = nullptr;
    m_updatePending.reset();
    if (m_index)
        m_index->finish(); // wakes searches that follow it
    m_index.reset();
    m_publishTimer.stop();
    m_reader.reset();
    m_cache.clear();
    m_tempDir.reset(); // removes the temporary file; open readers keep their descriptor
    m_contentPath.clear();
    m_loading = false;
}

bool LogDocument::isLoading() const
{
    return m_loading;
}

qint64 LogDocument::lineCount() const
{
    return m_index ? m_index->lineCount() : 0;
}

qint64 LogDocument::bytesLoaded() const
{
    return m_index ? m_index->publishedBytes() : 0;
}

void LogDocument::publishLines()
{
    if (!m_index)
        return;
    const qint64 count = m_index->lineCount();
    if (count == m_publishedCount)
        return;
    // The first lines at once; then at most ten updates a second.
    if (m_publishedCount > 0 && m_sincePublished.isValid() && m_sincePublished.elapsed() < 100) {
        if (!m_publishTimer.isActive())
            m_publishTimer.start(int(100 - m_sincePublished.elapsed()));
        return;
    }
    m_publishedCount = count;
    m_sincePublished.restart();
    emit linesAvailable(count);
}

void LogDocument::onJobFinished(bool ok, const QString &error)
{
    m_index->finish(); // the worker is done: an unterminated last line becomes a line
    m_loading = false;
    m_complete = ok;
    m_error = error;
    m_publishTimer.stop();
    m_sincePublished.invalidate();
    publishLines();
    emit finished(ok, error);
}

LineReader *LogDocument::reader()
{
    // The worker creates the file: open it once there is something to read.
    if ((!m_reader || !m_reader->isOpen()) && m_index && !m_contentPath.isEmpty())
        m_reader = std::make_unique<LineReader>(m_index, m_contentPath, 64 * 1024);
    return m_reader && m_reader->isOpen() ? m_reader.get() : nullptr;
}

LogDocument::Line LogDocument::line(qint64 n)
{
    if (const Line *cached = m_cache.object(n))
        return *cached;
    const QList<Line> one = lines(n, 1);
    return one.isEmpty() ? Line() : one.first();
}

QList<LogDocument::Line> LogDocument::lines(qint64 first, qint64 count)
{
    QList<Line> out;
    count = qMin(count, lineCount() - first);
    if (first < 0 || count <= 0)
        return out;
    out.reserve(count);
    for (qint64 n = first; n < first + count; ++n) {
        const Line *cached = m_cache.object(n);
        if (!cached)
            break;
        out.append(*cached);
    }
    if (out.size() == count)
        return out;
    LineReader *r = reader();
    if (!r)
        return {};
    const qint64 from = first + out.size();
    r->forEachLine(from, first + count - from, maxLineBytes,
                   [&](qint64 n, qint64, const char *data, qint64 shown, qint64 length) {
                       Line l;
                       l.text = LineReader::decode(data, shown, length);
                       l.bytes = length;
                       l.cut = shown < length;
                       out.append(l);
                       m_cache.insert(n, new Line(l), 64 + l.text.size() * 2);
                       return true;
                   });
    return out;
}

QString LogDocument::text(qint64 fromLine, int fromColumn, qint64 toLine, int toColumn,
                          qint64 maxBytes, bool *cut, qint64 *selectedBytes)
{
    if (cut)
        *cut = false;
    if (selectedBytes)
        *selectedBytes = 0;
    const qint64 count = lineCount();
    LineReader *r = reader();
    if (!r || count == 0 || fromLine < 0 || toLine < fromLine || toLine >= count)
        return {};
    const Line first = line(fromLine);
    const Line last = line(toLine);
    fromColumn = qBound(0, fromColumn, int(first.text.size()));
    toColumn = qBound(0, toColumn, int(last.text.size()));
    if (fromLine == toLine) {
        const QString part = first.text.mid(fromColumn, qMax(0, toColumn - fromColumn));
        if (selectedBytes)
            *selectedBytes = part.toUtf8().size();
        return part;
    }
    const qint64 firstStart = r->lineStart(fromLine);
    const qint64 middleStart = r->lineStart(fromLine + 1);
    const qint64 lastStart = r->lineStart(toLine);
    const qint64 skipped = first.text.left(fromColumn).toUtf8().size();
    const QString lastPart = last.text.left(toColumn);
    if (selectedBytes)
        *selectedBytes = lastStart - firstStart - skipped + lastPart.toUtf8().size();

    qint64 budget = maxBytes;
    QString out;
    // Bytes [offset, offset + size) of the file, within the budget; false once it is spent.
    auto appendFromFile = [&](qint64 offset, qint64 size) {
        const qint64 take = qMin(size, budget);
        const bool stopped = take < size;
        out += decodeBytes(r->readBytes(offset, take), stopped);
        budget -= take;
        if (stopped && cut)
            *cut = true;
        return !stopped;
    };
    // The first line from the column on: from the file if the shown text was cut.
    if (first.cut) {
        if (!appendFromFile(firstStart + skipped, first.bytes - skipped))
            return out;
        out += QLatin1Char('\n');
        --budget;
    } else {
        out += first.text.mid(fromColumn) + QLatin1Char('\n');
        budget -= first.bytes - skipped + 1;
    }
    if (lastStart > middleStart && !appendFromFile(middleStart, lastStart - middleStart))
        return out;
    if (budget < lastPart.size()) {
        if (cut)
            *cut = true;
        return out;
    }
    return out + lastPart;
}

std::shared_ptr<const LineIndex> LogDocument::index() const
{
    return m_index;
}

std::unique_ptr<LineReader> LogDocument::createReader(qint64 blockSize) const
{
    if (!m_index || m_contentPath.isEmpty())
        return nullptr;
    return std::make_unique<LineReader>(m_index, m_contentPath, blockSize);
}

} // namespace Logkeeper
