// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "viewer/partsreader.h"

#include "compression/archivemembers.h"
#include "compression/decompressjob.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>

namespace Logkeeper {

PartsReader::PartsReader(QList<Part> parts, bool followLast, std::shared_ptr<Shared> shared,
                         CancelToken cancel)
    : m_parts(std::move(parts)), m_followLast(followLast), m_shared(std::move(shared)),
      m_cancel(std::move(cancel))
{}

PartsReader::~PartsReader() = default;

qint64 PartsReader::totalSourceSize() const
{
    qint64 total = 0;
    for (const Part &part : m_parts)
        total += QFileInfo(part.path).size();
    return total;
}

qint64 PartsReader::sourcePosition() const
{
    qint64 position = 0;
    if (m_plainFd.valid())
        position = m_plainPosition;
    else if (m_reader)
        position = qMax<qint64>(0, m_reader->sourcePosition());
    return m_doneSourceBytes + position;
}

void PartsReader::addMark(int part, const QString &error)
{
    if (m_parts.size() < 2)
        return; // one file: nothing to mark
    std::lock_guard lock(m_shared->mutex);
    m_shared->marks.push_back({m_offset + (m_needNewline ? 1 : 0), part, error});
}

bool PartsReader::openPart(int index)
{
    const Part &part = m_parts.at(index);
    m_error.clear();
    if (!part.member.isEmpty()) {
        const CancelToken cancel = m_cancel;
        m_reader = ArchiveMembers::opener(part.path, part.member,
                                          [cancel] { return cancel.isCancelled(); })(&m_error);
        return m_reader != nullptr;
    }
    if (index == m_parts.size() - 1 && m_followLast && ArchiveMembers::isPlainFile(part.path)) {
        m_plainFd.reset(::open(QFile::encodeName(part.path).constData(), O_RDONLY | O_CLOEXEC));
        if (!m_plainFd.valid()) {
            m_error = QStringLiteral("%1: %2").arg(part.path,
                                                   QString::fromLocal8Bit(std::strerror(errno)));
            return false;
        }
        m_plainPosition = 0;
        m_head.clear();
        return true;
    }
    m_reader = CompressionBackend::instance().openReader(part.path, &m_error);
    if (!m_reader && m_error.isEmpty())
        m_error = QStringLiteral("%1: cannot be opened").arg(part.path);
    return m_reader != nullptr;
}

bool PartsReader::open(QString *error)
{
    for (m_current = 0; m_current < m_parts.size(); ++m_current) {
        addMark(m_current, {});
        if (openPart(m_current))
            return true;
        if (m_parts.size() == 1 || m_cancel.isCancelled())
            break;
        addMark(m_current, m_error); // damaged: the next file follows at once
        m_doneSourceBytes += QFileInfo(m_parts.at(m_current).path).size();
    }
    *error = m_parts.size() == 1 || m_cancel.isCancelled()
                 ? m_error
                 : QStringLiteral("none of the %1 files could be read").arg(m_parts.size());
    return false;
}

bool PartsReader::nextPart(const QString &error)
{
    const int doneIndex = m_current;
    m_doneSourceBytes += QFileInfo(m_parts.at(doneIndex).path).size();
    if (m_plainFd.valid()) {
        // The followed file: its descriptor goes on to the follower, where reading stopped.
        struct stat st;
        std::lock_guard lock(m_shared->mutex);
        if (::fstat(m_plainFd.get(), &st) == 0) {
            m_shared->followDevice = st.st_dev;
            m_shared->followInode = st.st_ino;
            m_shared->followPosition = m_plainPosition;
            m_shared->followHead = m_head;
            m_shared->followFd = std::move(m_plainFd);
        }
    }
    m_plainFd.reset();
    m_reader.reset();
    // The next file starts on a line of its own.
    m_needNewline = doneIndex + 1 < m_parts.size() && m_lastByte != '\n';
    if (!error.isEmpty())
        addMark(doneIndex, error);
    for (m_current = doneIndex + 1; m_current < m_parts.size(); ++m_current) {
        addMark(m_current, {});
        if (openPart(m_current))
            return true;
        if (m_cancel.isCancelled())
            return false;
        addMark(m_current, m_error); // cannot be opened: its mark, and on to the next file
        m_doneSourceBytes += QFileInfo(m_parts.at(m_current).path).size();
    }
    return true; // the end
}

qint64 PartsReader::read(char *data, qint64 maxSize)
{
    if (maxSize <= 0)
        return 0;
    for (;;) {
        if (m_needNewline) {
            m_needNewline = false;
            data[0] = '\n';
            m_lastByte = '\n';
            ++m_offset;
            return 1;
        }
        if (m_current < 0 || m_current >= m_parts.size())
            return 0;
        if (m_cancel.isCancelled()) {
            m_error = DecompressJob::cancelledMessage();
            return -1;
        }
        qint64 n;
        QString error;
        if (m_plainFd.valid()) {
            do {
                n = ::read(m_plainFd.get(), data, size_t(maxSize));
            } while (n < 0 && errno == EINTR);
            if (n < 0)
                error = QStringLiteral("%1: %2").arg(m_parts.at(m_current).path,
                                                     QString::fromLocal8Bit(std::strerror(errno)));
            if (n > 0) {
                if (m_head.size() < headBytes)
                    m_head.append(data, int(qMin<qint64>(n, headBytes - m_head.size())));
                m_plainPosition += n;
            }
        } else {
            n = m_reader->read(data, maxSize);
            if (n < 0)
                error = m_reader->errorString();
        }
        if (n > 0) {
            m_offset += n;
            m_lastByte = data[n - 1];
            return n;
        }
        if (n < 0 && (m_parts.size() == 1 || error == DecompressJob::cancelledMessage())) {
            m_error = error;
            return -1;
        }
        // This file is done (or broke, and others follow): on to the next.
        if (!nextPart(n < 0 ? error : QString())) {
            if (m_cancel.isCancelled())
                m_error = DecompressJob::cancelledMessage();
            return -1;
        }
    }
}

} // namespace Logkeeper
