// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include <QString>
#include <QtGlobal>

#include <cerrno>
#include <unistd.h>

namespace Logkeeper {

// Small POSIX helpers shared by the code that must control fsync, O_NOFOLLOW and O_EXCL itself
// (Rotator, ArchiveCompressor), where QFile hides too much.
namespace PosixFile {

// Closes a descriptor when it goes out of scope.
class UniqueFd
{
public:
    explicit UniqueFd(int fd = -1) : m_fd(fd) {}
    ~UniqueFd() { reset(); }
    UniqueFd(const UniqueFd &) = delete;
    UniqueFd &operator=(const UniqueFd &) = delete;
    UniqueFd(UniqueFd &&other) noexcept : m_fd(other.m_fd) { other.m_fd = -1; }
    UniqueFd &operator=(UniqueFd &&other) noexcept
    {
        if (this != &other) {
            reset(other.m_fd);
            other.m_fd = -1;
        }
        return *this;
    }
    int get() const { return m_fd; }
    bool valid() const { return m_fd >= 0; }
    void reset(int fd = -1)
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = fd;
    }

private:
    int m_fd;
};

// Reads exactly size bytes; false on error (errno set) or early end of file (errno 0).
inline bool readFully(int fd, char *data, qint64 size)
{
    while (size > 0) {
        const ssize_t n = ::read(fd, data, size_t(size));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            if (n == 0)
                errno = 0;
            return false;
        }
        data += n;
        size -= n;
    }
    return true;
}

// Reads exactly size bytes at offset; false on error (errno set) or early end of file (errno 0).
inline bool preadFully(int fd, char *data, qint64 size, qint64 offset)
{
    while (size > 0) {
        const ssize_t n = ::pread(fd, data, size_t(size), off_t(offset));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            if (n == 0)
                errno = 0;
            return false;
        }
        data += n;
        size -= n;
        offset += n;
    }
    return true;
}

// Writes all of size bytes; false on error (errno set).
inline bool writeFully(int fd, const char *data, qint64 size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size_t(size));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        size -= n;
    }
    return true;
}

// Whether a call fsyncs the folders whose entries it changed before returning (Now), or leaves
// that to a caller that changes many entries in a row and fsyncs each folder once afterwards,
// before anything depends on those entries being durable (Deferred).
enum class FolderSync
{
    Now,
    Deferred
};

// Renames without replacing an existing target; falls back to link+unlink where the filesystem
// lacks RENAME_NOREPLACE. Returns 0 or an errno value.
int renameNoReplace(const QString &from, const QString &to);
// fsync of the folder holding path, so a rename survives a crash.
void syncParentFolder(const QString &path);
// fsync of a folder; returns 0 or an errno value.
int syncFolder(const QString &folder);
// True when both paths (existing files or folders) live on the same filesystem.
bool sameFileSystem(const QString &a, const QString &b);

} // namespace PosixFile

} // namespace Logkeeper
