// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "viewer/logdocument.h"

#include "compression/decompressjob.h"
#include "viewer/filefollower.h"
#include "viewer/lineindex.h"
#include "viewer/linereader.h"
#include "viewer/partsreader.h"

#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <limits>
#include <mutex>
#include <vector>

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

// Shared by the job's threads and this one: the parts reader's marks, and where they landed.
struct LogDocument::Reading
{
    std::shared_ptr<PartsReader::Shared> parts = std::make_shared<PartsReader::Shared>();
    struct Placed
    {
        qint64 line;
        int part;
        QString error;
    };
    std::mutex mutex;
    std::vector<Placed> placed; // guarded by mutex; taken by placeMarks()

    // Writer thread, before the text at `offset` is indexed: the marks up to there begin at
    // the line the index has reached (the text before them ends with a '\n').
    bool placeUpTo(qint64 offset, const LineIndex &index)
    {
        std::vector<Placed> now;
        {
            std::lock_guard lock(parts->mutex);
            while (!parts->marks.empty() && parts->marks.front().offset <= offset) {
                const PartsReader::Mark &m = parts->marks.front();
                now.push_back({index.appendedLines(), m.part, m.error});
                parts->marks.pop_front();
            }
        }
        if (now.empty())
            return false;
        std::lock_guard lock(mutex);
        placed.insert(placed.end(), now.begin(), now.end());
        return true;
    }
};

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
    m_historyPaths.clear();
    openParts({{path, member}});
}

void LogDocument::openHistory(const QStringList &paths)
{
    QList<Part> parts;
    for (const QString &path : paths)
        parts.append({path, {}});
    openParts(parts);
    m_historyPaths = paths;
}

void LogDocument::openParts(const QList<Part> &parts)
{
    close();
    const QString path = parts.isEmpty() ? QString() : parts.last().path;
    m_path = path;
    m_member = parts.size() == 1 ? parts.first().member : QString();
    m_historyPaths.clear();
    m_complete = false;
    m_loading = true;
    m_error.clear();
    m_publishedCount = -1;
    m_published = {};
    m_index = std::make_shared<LineIndex>();
    const QString tempRoot = QStandardPaths::writableLocation(QStandardPaths::TempLocation);
    m_tempDir =
        std::make_unique<QTemporaryDir>(tempRoot + QStringLiteral("/logkeeper-view-XXXXXX"));
    emit opened();
    if (!m_tempDir->isValid() || parts.isEmpty()) {
        const QString error = parts.isEmpty() ? tr("no files to read")
                                              : tr("%1: cannot create a temporary folder in %2: %3")
                                                    .arg(path, tempRoot, m_tempDir->errorString());
        QMetaObject::invokeMethod(
            this, [this, error] { onJobFinished(false, error); }, Qt::QueuedConnection);
        return;
    }
    m_contentPath = m_tempDir->filePath(QStringLiteral("text"));
    m_job = new DecompressJob(parts.first().path, m_contentPath, DecompressJob::Target::Streaming,
                              this);
    // Small chunks: the first screen comes sooner, and a reader that meets damage loses at most
    // the chunk it was filling (the text before the damage is what the viewer must show).
    m_job->setChunkSize(chunkBytes);
    m_job->setPipelined(true); // decompressing, writing and indexing overlap
    auto reading = std::make_shared<Reading>();
    m_reading = reading;
    QList<PartsReader::Part> readerParts;
    qint64 totalSize = 0;
    for (const Part &part : parts) {
        readerParts.append({part.path, part.member});
        totalSize += QFileInfo(part.path).size();
    }
    m_job->setSourceSize(totalSize);
    // A plain last file is followed afterwards (not a member of an archive).
    const bool followLast = parts.last().member.isEmpty();
    const CancelToken cancel = m_job->cancelToken();
    m_job->setOpener([readerParts, followLast, reading, cancel](QString *error) {
        auto reader =
            std::make_unique<PartsReader>(readerParts, followLast, reading->parts, cancel);
        return reader->open(error) ? std::unique_ptr<ArchiveReader>(std::move(reader)) : nullptr;
    });
    // The worker indexes each chunk right after writing it and wakes this thread, once per
    // burst of chunks (a flag stops it from flooding the event queue).
    const std::shared_ptr<LineIndex> index = m_index;
    auto pending = std::make_shared<std::atomic_bool>(false);
    m_updatePending = pending;
    m_job->setChunkObserver(
        [this, index, pending, reading](const char *data, qint64 size, qint64 offset) {
            const bool marks = reading->placeUpTo(offset, *index);
            index->append(data, size);
            if (marks || !pending->exchange(true)) {
                QMetaObject::invokeMethod(
                    this,
                    [this, pending, reading] {
                        pending->store(false);
                        if (reading != m_reading)
                            return;
                        placeMarks();
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
    delete m_follower; // likewise
    m_follower = nullptr;
    m_reading.reset();
    m_boundaries.clear();
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
    const LineIndex::Extent extent = m_index->extent();
    if (extent.lines == m_published.lines && extent.bytes == m_published.bytes)
        return;
    // The first lines at once; then at most ten updates a second.
    if (m_publishedCount > 0 && m_sincePublished.isValid() && m_sincePublished.elapsed() < 100) {
        if (!m_publishTimer.isActive())
            m_publishTimer.start(int(100 - m_sincePublished.elapsed()));
        return;
    }
    // A followed file's unterminated last line may have grown (or ended): read it again.
    const bool tailChanged =
        m_published.partialTail && m_published.lines > 0 && extent.bytes != m_published.bytes;
    const qint64 tail = m_published.lines - 1;
    m_published = extent;
    m_publishedCount = extent.lines;
    m_sincePublished.restart();
    if (tailChanged) {
        m_cache.remove(tail);
        emit lineChanged(tail);
    }
    emit linesAvailable(extent.lines);
}

void LogDocument::placeMarks()
{
    if (!m_reading)
        return;
    std::vector<Reading::Placed> placed;
    {
        std::lock_guard lock(m_reading->mutex);
        placed.swap(m_reading->placed);
    }
    const QStringList paths = m_historyPaths;
    for (const Reading::Placed &p : placed) {
        Boundary b;
        b.kind = p.error.isEmpty() ? Boundary::Kind::File : Boundary::Kind::Damaged;
        b.line = p.line;
        b.path = paths.value(p.part, m_path);
        b.detail = p.error;
        addBoundary(b);
    }
}

void LogDocument::addBoundary(const Boundary &boundary)
{
    m_boundaries.append(boundary);
    emit boundaryAdded(boundary);
}

void LogDocument::onJobFinished(bool ok, const QString &error)
{
    if (m_job)
        m_job->deleteLater();
    m_job = nullptr;
    // Marks after the last text (an empty last file) begin after all of it.
    if (m_reading) {
        m_reading->placeUpTo(std::numeric_limits<qint64>::max(), *m_index);
        placeMarks();
    }
    m_loading = false;
    m_complete = ok;
    m_error = error;
    m_publishTimer.stop();
    m_sincePublished.invalidate();
    if (ok)
        startFollowing();
    if (!m_follower)
        m_index->finish(); // the worker is done: an unterminated last line becomes a line
    publishLines();
    emit finished(ok, error);
}

void LogDocument::startFollowing()
{
    FileFollower::Start start;
    {
        std::lock_guard lock(m_reading->parts->mutex);
        PartsReader::Shared &shared = *m_reading->parts;
        if (!shared.followFd.valid())
            return; // not a plain file
        start.fd = std::move(shared.followFd);
        start.position = shared.followPosition;
        start.device = shared.followDevice;
        start.inode = shared.followInode;
        start.head = shared.followHead;
    }
    // From now on the follower is the index's writer; its unterminated last line shows as it
    // grows.
    m_index->setPublishesTail(true);
    m_index->settle();
    m_follower = new FileFollower(m_path, std::move(start), m_contentPath, m_index, this);
    connect(m_follower, &FileFollower::grew, this, &LogDocument::publishLines);
    connect(m_follower, &FileFollower::restarted, this,
            [this](FileFollower::Restart kind, qint64 line) {
                Boundary b;
                b.kind = kind == FileFollower::Restart::Truncated ? Boundary::Kind::Truncated
                                                                  : Boundary::Kind::Replaced;
                b.line = line;
                b.path = m_path;
                b.when = QDateTime::currentDateTime();
                addBoundary(b);
            });
    connect(m_follower, &FileFollower::failed, this, [this](const QString &error) {
        m_index->finish();
        publishLines();
        emit followingFailed(error);
    });
    m_follower->check(); // what was appended while the first reading ended
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
