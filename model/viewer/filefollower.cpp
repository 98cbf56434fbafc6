// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "viewer/filefollower.h"

#include "viewer/lineindex.h"
#include "viewer/partsreader.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <vector>

namespace Logkeeper {

namespace {
constexpr qint64 readBytes = 1024 * 1024;
constexpr int coalesceMs = 50;
constexpr int defaultPollMs = 1000;

QString errnoText(const QString &path)
{
    return QStringLiteral("%1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
}
} // namespace

// Touched by one catch-up at a time, and by the owner's thread only between them.
struct FileFollower::State
{
    Start source;
    PosixFile::UniqueFd out;                          // the document's text, for appending
    std::vector<std::pair<Restart, qint64>> restarts; // of the last catch-up
    bool grew = false;
    QString error;
};

FileFollower::FileFollower(const QString &path, Start start, const QString &contentPath,
                           std::shared_ptr<LineIndex> index, QObject *parent)
    : QObject(parent), m_path(path), m_contentPath(contentPath), m_index(std::move(index)),
      m_state(std::make_shared<State>())
{
    m_state->source = std::move(start);
    m_state->out.reset(
        ::open(QFile::encodeName(contentPath).constData(), O_WRONLY | O_APPEND | O_CLOEXEC));
    if (!m_state->out.valid())
        m_state->error = errnoText(contentPath);
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(coalesceMs);
    connect(&m_coalesce, &QTimer::timeout, this, &FileFollower::startCatchUp);
    connect(&m_watcher, &LogWatcher::fileChanged, this, &FileFollower::check);
    connect(&m_watcher, &LogWatcher::directoryChanged, this, &FileFollower::check);
    connect(&m_watcher, &LogWatcher::pollDue, this, [this] {
        if (!m_running && looksChanged())
            check();
    });
    m_watcher.setPollInterval(defaultPollMs);
    m_watcher.setDirectories({QFileInfo(path).absolutePath()});
    m_watcher.setFiles({path});
    if (!m_state->error.isEmpty()) {
        m_failed = true;
        QMetaObject::invokeMethod(
            this, [this] { emit failed(m_state->error); }, Qt::QueuedConnection);
    }
}

FileFollower::~FileFollower()
{
    m_cancel.cancel();
    m_worker.cancelAndWait();
}

void FileFollower::setPollInterval(int msec)
{
    m_watcher.setPollInterval(msec);
}

bool FileFollower::isBusy() const
{
    return m_running || m_coalesce.isActive();
}

void FileFollower::check()
{
    if (m_failed)
        return;
    if (m_running) {
        m_again = true;
        return;
    }
    if (!m_coalesce.isActive())
        m_coalesce.start();
}

bool FileFollower::looksChanged()
{
    // Between catch-ups only this thread touches the state.
    const Start &source = m_state->source;
    struct stat named;
    struct stat open;
    if (::stat(QFile::encodeName(m_path).constData(), &named) != 0)
        return ::fstat(source.fd.get(), &open) != 0 || open.st_size != source.position;
    const bool same = named.st_dev == source.device && named.st_ino == source.inode;
    const qint64 mtime = qint64(named.st_mtim.tv_sec) * 1000000000 + named.st_mtim.tv_nsec;
    const bool changed = !same || named.st_size != source.position || mtime != m_lastMtime;
    m_lastMtime = mtime;
    return changed;
}

void FileFollower::startCatchUp()
{
    if (m_running || m_failed)
        return;
    m_running = true;
    m_again = false;
    const std::shared_ptr<State> state = m_state;
    const std::shared_ptr<LineIndex> index = m_index;
    const QString path = m_path;
    const QString contentPath = m_contentPath;
    const CancelToken cancel = m_cancel;
    m_worker = WorkPool::start([this, state, index, path, contentPath,
                                cancel](const CancelToken &) {
        state->restarts.clear();
        state->grew = false;
        Start &source = state->source;
        std::vector<char> buffer(static_cast<size_t>(readBytes));
        // Appends bytes to the text and the index; false (error set) when the text cannot be
        // written.
        auto append = [&](const char *data, qint64 n) {
            if (!PosixFile::writeFully(state->out.get(), data, n)) {
                state->error = errnoText(contentPath);
                return false;
            }
            index->append(data, n);
            state->grew = true;
            return true;
        };
        // The new text starts on a line of its own.
        auto restart = [&](Restart kind) {
            if (!index->endsWithNewline() && !append("\n", 1))
                return false;
            state->restarts.emplace_back(kind, index->appendedLines());
            source.position = 0;
            source.head.clear();
            return true;
        };
        for (int round = 0; round < 16 && !cancel.isCancelled(); ++round) {
            // Truncated, or truncated and written again past where it was (copytruncate then
            // a burst of writes): shorter than what was read, or its first bytes are not the
            // ones read. Checked before reading on, so a new text is never taken for growth.
            struct stat open;
            if (::fstat(source.fd.get(), &open) != 0) {
                state->error = errnoText(path);
                break;
            }
            bool rewritten = open.st_size < source.position;
            if (!rewritten && !source.head.isEmpty()) {
                QByteArray head(source.head.size(), Qt::Uninitialized);
                rewritten = !PosixFile::preadFully(source.fd.get(), head.data(), head.size(), 0) ||
                            head != source.head;
            }
            if (rewritten) {
                if (!restart(Restart::Truncated) || ::lseek(source.fd.get(), 0, SEEK_SET) < 0)
                    break;
            }
            // What was appended to the file open now (also after it was renamed away).
            for (;;) {
                if (cancel.isCancelled())
                    return;
                const ssize_t n = ::read(source.fd.get(), buffer.data(), buffer.size());
                if (n < 0 && errno == EINTR)
                    continue;
                if (n < 0) {
                    state->error = errnoText(path);
                    break;
                }
                if (n == 0)
                    break;
                if (source.head.size() < PartsReader::headBytes)
                    source.head.append(buffer.data(), int(qMin<qint64>(n, PartsReader::headBytes -
                                                                              source.head.size())));
                source.position += n;
                if (!append(buffer.data(), n))
                    break;
            }
            if (!state->error.isEmpty())
                break;
            // Then: is the name still this file? A new file under it: on to that one.
            struct stat named;
            if (::stat(QFile::encodeName(path).constData(), &named) != 0)
                break; // renamed away, no new file yet: keep the old one
            if (named.st_dev == source.device && named.st_ino == source.inode)
                break;
            PosixFile::UniqueFd next(
                ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC));
            struct stat st;
            if (!next.valid() || ::fstat(next.get(), &st) != 0)
                break; // try again at the next check
            if (!restart(Restart::Replaced))
                break;
            source.fd = std::move(next);
            source.device = st.st_dev;
            source.inode = st.st_ino;
        }
        index->settle();
        QMetaObject::invokeMethod(this, &FileFollower::onCatchUpDone, Qt::QueuedConnection);
    });
}

void FileFollower::onCatchUpDone()
{
    m_worker.wait();
    m_running = false;
    if (!m_state->restarts.empty()) {
        // A watch stays with a file that was renamed away: watch the name again.
        m_watcher.setFiles({});
        m_watcher.setFiles({m_path});
    }
    for (const auto &[kind, line] : m_state->restarts)
        emit restarted(kind, line);
    if (m_state->grew || !m_state->restarts.empty())
        emit grew();
    if (!m_state->error.isEmpty()) {
        m_failed = true;
        emit failed(m_state->error);
        return;
    }
    if (m_again)
        check();
}

} // namespace Logkeeper
