// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
// FsIdentity on real files and real threads: a thread acting as nobody creates files as nobody,
// loses root's file rights, leaves the other threads alone, and is root again afterwards; an
// unprivileged process is refused; a child becomes the user for good. Needs root (CI runs as
// root): anyone else can act as nobody-else.

#include "core/fsidentity.h"

#include <QFile>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <fcntl.h>
#include <functional>
#include <grp.h>
#include <sys/fsuid.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace Logkeeper;

namespace {

constexpr uid_t nobody = 65534;
constexpr gid_t nogroup = 65534;

FsIdentity nobodyIdentity()
{
    return FsIdentity::of("nobody", nobody, nogroup);
}

// Creates `path` and returns its owner (uid * 100000 + gid), or -errno.
qint64 create(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL, 0644);
    if (fd < 0)
        return -errno;
    struct stat st;
    ::fstat(fd, &st);
    ::close(fd);
    return qint64(st.st_uid) * 100000 + st.st_gid;
}

qint64 owner(uid_t uid, gid_t gid)
{
    return qint64(uid) * 100000 + gid;
}

// A folder anyone may create files in (QTemporaryDir makes it 0700).
bool openToAll(const QString &dir)
{
    return ::chmod(QFile::encodeName(dir).constData(), 01777) == 0;
}

// Runs `body` in a forked child (whose ids it may change for good) and returns the `count`
// numbers it put out (-1 where it put none).
QVector<int> inChild(int count, const std::function<void(int *)> &body)
{
    int pipeFds[2];
    if (::pipe(pipeFds) != 0)
        return {};
    const pid_t child = ::fork();
    if (child == 0) {
        ::close(pipeFds[0]);
        std::vector<int> out(size_t(count), -1);
        body(out.data());
        (void)!::write(pipeFds[1], out.data(), out.size() * sizeof(int));
        ::_exit(0);
    }
    ::close(pipeFds[1]);
    QVector<int> result(count, -1);
    const ssize_t n = ::read(pipeFds[0], result.data(), size_t(count) * sizeof(int));
    ::close(pipeFds[0]);
    ::waitpid(child, nullptr, 0);
    return n == ssize_t(count * sizeof(int)) ? result : QVector<int>();
}

} // namespace

class TestFsIdentity : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        const QByteArray test = QTest::currentTestFunction();
        if (::geteuid() != 0 && test != "ownIsNoSwitch" && test != "describesUserAndGroup")
            QSKIP("needs root: only root can act as another user");
    }

    // The process's own identity switches nothing, for anyone.
    void ownIsNoSwitch()
    {
        const FsIdentity own;
        QVERIFY(own.isOwn());
        QVERIFY(FsIdentity::of("me", ::geteuid(), ::getegid()).isOwn());
        QVERIFY(!FsIdentity::of("x", ::geteuid() + 1, ::getegid()).isOwn());
        QTemporaryDir dir;
        {
            const FsIdentity::Scope as(own);
            QVERIFY(as.ok());
            QCOMPARE(create(dir.filePath("a")), owner(::geteuid(), ::getegid()));
        }
    }

    void describesUserAndGroup()
    {
        QCOMPARE(nobodyIdentity().describe(), QString("nobody:nogroup"));
        QCOMPARE(FsIdentity::of(QString(), 4242, 4343).describe(), QString("4242:4343"));
        // The named group first, then the groups that list the user as a member, once each
        // (initgroups() would give the same).
        QCOMPARE(nobodyIdentity().groups().value(0), nogroup);
        QCOMPARE(FsIdentity::of("root", 0, nogroup).groups().value(0), nogroup);
        const QVector<gid_t> roots = FsIdentity::of("root", 0, 0).groups();
        QCOMPARE(roots.value(0), gid_t(0));
        QCOMPARE(roots.count(0), 1);
    }

    // Within the scope the thread creates files as nobody and has no root rights on files;
    // after it, root again with all of them.
    void actsAsTheUserThenAsBefore()
    {
        QTemporaryDir dir;
        QVERIFY(openToAll(dir.path()));
        const QString secret = dir.filePath("secret");
        QCOMPARE(create(secret), owner(0, 0));
        QCOMPARE(::chmod(QFile::encodeName(secret).constData(), 0600), 0);
        {
            const FsIdentity::Scope as(nobodyIdentity());
            QVERIFY(as.ok());
            QCOMPARE(create(dir.filePath("users")), owner(nobody, nogroup));
            // No CAP_DAC_OVERRIDE: root's 0600 file is closed to the thread ...
            QCOMPARE(::open(QFile::encodeName(secret).constData(), O_RDONLY), -1);
            QCOMPARE(errno, EACCES);
            // ... nor CAP_CHOWN: what it made stays nobody's.
            QCOMPARE(::chown(QFile::encodeName(dir.filePath("users")).constData(), 0, 0), -1);
            // Only the file-system ids changed: the process is still root to the kernel.
            QCOMPARE(::geteuid(), uid_t(0));
        }
        QCOMPARE(create(dir.filePath("roots")), owner(0, 0));
        const int fd = ::open(QFile::encodeName(secret).constData(), O_RDONLY);
        QVERIFY(fd >= 0);
        ::close(fd);
        QCOMPARE(::setfsuid(uid_t(-1)), 0);
        gid_t groups[64];
        const int n = ::getgroups(64, groups);
        QVERIFY(n >= 0);
        QVERIFY(!std::count(groups, groups + n, nogroup)); // root's groups are back
    }

    // Logkeeper's own files from a thread acting as nobody: as root for the OwnScope's life,
    // then as nobody again.
    void ownScopeWithinAScope()
    {
        QTemporaryDir dir;
        QVERIFY(openToAll(dir.path()));
        const FsIdentity::Scope as(nobodyIdentity());
        QVERIFY(as.ok());
        {
            const FsIdentity::OwnScope own;
            QCOMPARE(create(dir.filePath("own")), owner(0, 0));
        }
        QCOMPARE(create(dir.filePath("users")), owner(nobody, nogroup));
    }

    // Per thread: while one thread acts as nobody, another thread creates files as root, and
    // the other way round. (The engine's pool threads do one set's job each.)
    void onlyTheCallingThread()
    {
        QTemporaryDir dir;
        QVERIFY(openToAll(dir.path()));
        QSemaphore switched, created;
        qint64 otherThreadsFile = 0;
        qint64 scopedFile = 0;
        QThread *thread = QThread::create([&] {
            const FsIdentity::Scope as(nobodyIdentity());
            switched.release();
            created.acquire(); // the main thread creates its file now
            scopedFile = create(dir.filePath("in-scope"));
        });
        thread->start();
        switched.acquire();
        otherThreadsFile = create(dir.filePath("main-thread"));
        gid_t groups[64];
        const int n = ::getgroups(64, groups);
        const bool mainThreadHasNogroup = n > 0 && std::count(groups, groups + n, nogroup) > 0;
        created.release();
        QVERIFY(thread->wait(10000));
        delete thread;
        QCOMPARE(otherThreadsFile, owner(0, 0));
        QVERIFY(!mainThreadHasNogroup); // glibc's setgroups() would have changed every thread's
        QCOMPARE(scopedFile, owner(nobody, nogroup));
    }

    // An unprivileged process cannot act as another user: the scope says so and nothing changes.
    void unprivilegedIsRefused()
    {
        const QVector<int> result = inChild(3, [](int *out) {
            if (::setgid(nogroup) == 0 && ::setuid(nobody) == 0) {
                const FsIdentity::Scope as(FsIdentity::of("root", 0, 0));
                out[0] = as.ok() ? 1 : 0;
                out[1] = as.error();
                out[2] = ::setfsuid(uid_t(-1));
            }
        });
        QCOMPARE(result, (QVector<int>{0, EPERM, int(nobody)}));
    }

    // What a thread acts as, taken to another thread (the work pool's jobs): inside a scope the
    // user with the user's groups; a thread made as nobody acts as root again for root's work.
    void thisThreadsIdentityGoesToAnotherThread()
    {
        QTemporaryDir dir;
        QVERIFY(openToAll(dir.path()));
        FsIdentity asNobody;
        {
            const FsIdentity::Scope as(nobodyIdentity());
            asNobody = FsIdentity::ofThisThread();
        }
        QCOMPARE(asNobody.uid(), nobody);
        QCOMPARE(asNobody.gid(), nogroup);
        QVERIFY(!asNobody.isOwn());
        QCOMPARE(asNobody.describe(), QString("65534:65534"));
        const FsIdentity asRoot = FsIdentity::ofThisThread();
        qint64 nobodysFile = 0;
        qint64 rootsFile = 0;
        bool switchedBack = false;
        QThread *thread = QThread::create([&] {
            const FsIdentity::Scope made(nobodyIdentity()); // as if made by a nobody thread
            {
                const FsIdentity::Scope as(asNobody); // already so: nothing to switch
                nobodysFile = create(dir.filePath("nobody"));
            }
            {
                const FsIdentity::Scope as(asRoot);
                rootsFile = create(dir.filePath("root"));
            }
            switchedBack = ::setfsuid(uid_t(-1)) == int(nobody);
        });
        thread->start();
        QVERIFY(thread->wait(10000));
        delete thread;
        QCOMPARE(nobodysFile, owner(nobody, nogroup));
        QCOMPARE(rootsFile, owner(0, 0));
        QVERIFY(switchedBack);
    }

    // An unprivileged process hands work on too: the thread's own identity needs no switch.
    void unprivilegedHandsItsOwnIdentityOn()
    {
        const QVector<int> result = inChild(2, [](int *out) {
            if (::setgroups(0, nullptr) == 0 && ::setgid(nogroup) == 0 && ::setuid(nobody) == 0) {
                const FsIdentity::Scope as(FsIdentity::ofThisThread());
                out[0] = as.ok() ? 1 : 0;
                out[1] = as.error();
            }
        });
        QCOMPARE(result, (QVector<int>{1, 0}));
    }

    // A hook's child becomes the user for good: uid, gid and groups.
    void childBecomesTheUser()
    {
        const FsIdentity id = nobodyIdentity();
        const QVector<int> result = inChild(5, [&id](int *out) {
            out[0] = id.becomeInChild();
            out[1] = int(::getuid());
            out[2] = int(::geteuid());
            out[3] = int(::getgid());
            out[4] = ::getgroups(0, nullptr);
        });
        QCOMPARE(result, (QVector<int>{0, int(nobody), int(nobody), int(nogroup),
                                       int(id.groups().size())}));
    }
};

QTEST_GUILESS_MAIN(TestFsIdentity)
#include "tst_fsidentity.moc"
