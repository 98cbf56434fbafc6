// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include <QString>
#include <QVector>

#include <sys/types.h>

namespace Logkeeper {

// A user that file work and hooks are done as: logrotate's "su user group", a set's run_as.
// File work switches one thread at a time (Scope): Linux keeps the file-system uid and gid
// (setfsuid, setfsgid) and the supplementary groups per thread, so the engine's threads each
// act as a set's user for the one job they do and then as themselves again, while the rest of
// the process stays as it was. With a file-system uid other than 0 the kernel also drops the
// file capabilities (CAP_DAC_OVERRIDE, CAP_CHOWN, CAP_FOWNER, ...) from the thread: its opens,
// creations, renames and removals get exactly that user's rights, and a link or folder that
// user planted cannot make root write where the user could not. A hook's process becomes the
// user for good (becomeInChild()).
class FsIdentity
{
public:
    // The process's own identity: nothing is switched.
    FsIdentity() = default;
    // `user` (for messages) with the given ids; the supplementary groups are the user's own
    // (getgrouplist()), as su or runuser would give them.
    static FsIdentity of(const QString &user, uid_t uid, gid_t gid);
    // The calling thread's identity as it is now: a set's user within a Scope, else the
    // process's own. For work handed to another thread (WorkPool): a thread starts with the ids
    // of the thread that made it, and a pool thread lives on to do other work. A Scope of it
    // switches only where the thread it runs on acts as someone else.
    static FsIdentity ofThisThread();

    // True for the process's own identity (nothing to switch): a default one, or the user
    // Logkeeper runs as with its group.
    bool isOwn() const;
    uid_t uid() const { return m_uid; }
    gid_t gid() const { return m_gid; }
    const QVector<gid_t> &groups() const { return m_groups; }
    // "www-data:adm" (the numbers when the names are unknown).
    QString describe() const;

    // For a child process between fork and exec (async-signal-safe: no allocation, no lookup):
    // the supplementary groups, the gid and the uid, for good. 0, or the errno of what failed.
    int becomeInChild() const;

    // Acts as the identity on the calling thread while it lives, then as before. ok() says
    // whether the thread acts as it (root or CAP_SETUID/CAP_SETGID is needed to act as another
    // user; a thread that already does is left alone); error() is the errno otherwise, and
    // nothing changed.
    class Scope
    {
    public:
        explicit Scope(const FsIdentity &identity);
        ~Scope();
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;

        bool ok() const { return m_error == 0; }
        int error() const { return m_error; }

    private:
        void restore();

        bool m_switched = false;
        int m_error = 0;
        uid_t m_savedUid = 0;
        gid_t m_savedGid = 0;
        QVector<gid_t> m_savedGroups;
    };

    // Acts as the process itself again (its effective uid and gid) on the calling thread
    // while it lives, whatever Scope is active there: for Logkeeper's own files, such as its
    // log, written from a thread that does a set's work as the set's user.
    class OwnScope
    {
    public:
        OwnScope();
        ~OwnScope();
        OwnScope(const OwnScope &) = delete;
        OwnScope &operator=(const OwnScope &) = delete;

    private:
        uid_t m_uid;
        gid_t m_gid;
    };

private:
    bool m_own = true;
    QString m_user;
    uid_t m_uid = 0;
    gid_t m_gid = 0;
    QVector<gid_t> m_groups;
};

} // namespace Logkeeper
