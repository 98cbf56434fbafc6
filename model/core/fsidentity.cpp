// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "core/fsidentity.h"

#include <QByteArray>

#include <algorithm>
#include <cerrno>
#include <grp.h>
#include <sys/fsuid.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace Logkeeper {

namespace {

// The raw system call changes the calling thread's groups only; glibc's setgroups() changes
// every thread's (it broadcasts set*id calls, as POSIX asks for the process-wide ones).
int setThreadGroups(const QVector<gid_t> &groups)
{
    return int(::syscall(SYS_setgroups, size_t(groups.size()), groups.constData()));
}

QString groupName(gid_t gid)
{
    struct group entry;
    struct group *found = nullptr;
    QByteArray buffer(16384, Qt::Uninitialized);
    if (::getgrgid_r(gid, &entry, buffer.data(), size_t(buffer.size()), &found) == 0 && found)
        return QString::fromLocal8Bit(found->gr_name);
    return QString::number(gid);
}

// The calling thread's file-system uid and gid and its groups; false (errno set) when the
// groups cannot be read. (setfsuid() with an invalid id changes nothing and returns the current.)
bool readThreadIds(uid_t *uid, gid_t *gid, QVector<gid_t> *groups)
{
    *uid = uid_t(::setfsuid(uid_t(-1)));
    *gid = gid_t(::setfsgid(gid_t(-1)));
    const int count = ::getgroups(0, nullptr);
    groups->resize(qMax(count, 0));
    if (count < 0 || ::getgroups(count, groups->data()) != count) {
        groups->clear();
        return false;
    }
    return true;
}

QVector<gid_t> sorted(QVector<gid_t> groups)
{
    // The kernel keeps a thread's groups sorted: what getgroups() gives back after a set.
    std::sort(groups.begin(), groups.end());
    groups.erase(std::unique(groups.begin(), groups.end()), groups.end());
    return groups;
}

} // namespace

FsIdentity FsIdentity::of(const QString &user, uid_t uid, gid_t gid)
{
    FsIdentity id;
    id.m_uid = uid;
    id.m_gid = gid;
    id.m_user = (user.isEmpty() ? QString::number(uid) : user) + QLatin1Char(':') + groupName(gid);
    id.m_own = uid == ::geteuid() && gid == ::getegid();
    // The user's groups, with `gid` first (it is the one su's "group" names). A user unknown to
    // the system by name keeps that group alone.
    int count = 32;
    QVector<gid_t> groups(count);
    const QByteArray name = user.toLocal8Bit();
    if (!user.isEmpty()) {
        while (::getgrouplist(name.constData(), gid, groups.data(), &count) < 0)
            groups.resize(count = qMax(count, int(groups.size()) * 2));
        groups.resize(count);
    } else {
        groups = {gid};
    }
    groups.removeAll(gid);
    groups.prepend(gid);
    id.m_groups = groups;
    return id;
}

FsIdentity FsIdentity::ofThisThread()
{
    FsIdentity id;
    readThreadIds(&id.m_uid, &id.m_gid, &id.m_groups);
    // Numbers only: a name lookup per job handed on would cost more than the job, often.
    id.m_user = QString::number(id.m_uid) + QLatin1Char(':') + QString::number(id.m_gid);
    // Never "own": the thread it is applied on may have been made by one acting as another
    // user, and the Scope looks at that thread instead.
    id.m_own = false;
    return id;
}

bool FsIdentity::isOwn() const
{
    return m_own;
}

QString FsIdentity::describe() const
{
    return m_user;
}

int FsIdentity::becomeInChild() const
{
    if (m_own)
        return 0;
    // In the child only one thread is left: the raw call changes all there is.
    if (setThreadGroups(m_groups) != 0 || ::setgid(m_gid) != 0 || ::setuid(m_uid) != 0)
        return errno;
    return 0;
}

FsIdentity::Scope::Scope(const FsIdentity &identity)
{
    if (identity.m_own)
        return;
    if (!readThreadIds(&m_savedUid, &m_savedGid, &m_savedGroups)) {
        m_error = errno ? errno : EINVAL;
        return;
    }
    // Already acting as it (this thread was made, or switched, so): nothing to switch. Also
    // what lets an unprivileged process hand work on, where no thread acts as another user.
    if (m_savedUid == identity.m_uid && m_savedGid == identity.m_gid &&
        sorted(m_savedGroups) == sorted(identity.m_groups))
        return;
    m_switched = true;
    // Groups and gid before the uid: with the uid switched first, the thread might no longer be
    // allowed to change them.
    if (setThreadGroups(identity.m_groups) != 0) {
        m_error = errno;
        restore();
        return;
    }
    ::setfsgid(identity.m_gid);
    ::setfsuid(identity.m_uid);
    // setfsuid() and setfsgid() report nothing: asking again tells whether they took.
    if (gid_t(::setfsgid(gid_t(-1))) != identity.m_gid ||
        uid_t(::setfsuid(uid_t(-1))) != identity.m_uid) {
        m_error = EPERM;
        restore();
    }
}

FsIdentity::Scope::~Scope()
{
    restore();
}

void FsIdentity::Scope::restore()
{
    if (!m_switched)
        return;
    m_switched = false;
    // The uid first: back to 0, the thread has its file capabilities again for the rest.
    ::setfsuid(m_savedUid);
    ::setfsgid(m_savedGid);
    (void)setThreadGroups(m_savedGroups);
}

FsIdentity::OwnScope::OwnScope()
    : m_uid(uid_t(::setfsuid(::geteuid()))), m_gid(gid_t(::setfsgid(::getegid())))
{
    // Each returns the id it replaced. Back to the effective uid: root has its file
    // capabilities again, so the supplementary groups need not be touched.
}

FsIdentity::OwnScope::~OwnScope()
{
    ::setfsgid(m_gid);
    ::setfsuid(m_uid);
}

} // namespace Logkeeper
