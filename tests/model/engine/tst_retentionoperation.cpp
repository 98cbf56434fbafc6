// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "engine/retentionoperation.h"

#include "core/archivenaming.h"
#include "engine/diskfileactions.h"
#include "engine/dryrunfileactions.h"
#include "testutil.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Logkeeper;

// Expiring archives in a real folder: only the archive folder's own regular files, through
// real and dry-run actions.
class TestRetentionOperation : public QObject
{
    Q_OBJECT

    static LogSetConfig set(const QString &dir)
    {
        LogSetConfig s;
        s.name = "ret";
        s.logDir = dir;
        s.archiveDir = dir + "/archive";
        s.activeLog = "app.log";
        s.retentionDays = 30;
        return s;
    }

    static void makeOld(const QString &path, int days)
    {
        QVERIFY(TestUtil::writeFile(path, "x"));
        QVERIFY(TestUtil::setMtime(path, QDateTime::currentDateTime().addDays(-days)));
    }
    // The name of an archive of app.log made `days` ago: retention counts age from the name.
    static QString archiveOf(int days)
    {
        return ArchiveNaming::rotatedName("app.log", QDateTime::currentDateTime().addDays(-days)) +
               ".gz";
    }

private slots:
    void removesWhatRetentionSelects()
    {
        QTemporaryDir dir;
        const QString old = archiveOf(40), recent = archiveOf(1);
        makeOld(dir.filePath("archive/" + old), 40);
        makeOld(dir.filePath("archive/" + recent), 1);
        makeOld(dir.filePath("archive/foreign.log.gz"), 40); // another program's: never ours
        makeOld(dir.filePath("archive/notes.txt"), 400);
        makeOld(dir.filePath("outside.gz"), 400);
        QVERIFY(QFile::link(dir.filePath("outside.gz"), dir.filePath("archive/link.gz")));
        DiskFileActions actions{ArchiveCompressor(), CancelToken()};
        const auto outcome = RetentionOperation(actions).run(set(dir.path()));
        QVERIFY(outcome.failures.isEmpty());
        QCOMPARE(outcome.removed.size(), 1);
        QCOMPARE(outcome.removed.first().path, dir.filePath("archive/" + old));
        QCOMPARE(outcome.removed.first().reason, QString("older than 30 days"));
        QStringList left{"foreign.log.gz", "link.gz", recent, "notes.txt"};
        left.sort();
        QCOMPARE(TestUtil::entries(dir.filePath("archive")), left);
        QVERIFY(QFile::exists(dir.filePath("outside.gz")));
    }

    void missingFolderIsNothingToDo()
    {
        QTemporaryDir dir;
        DiskFileActions actions{ArchiveCompressor(), CancelToken()};
        const auto outcome = RetentionOperation(actions).run(set(dir.path()));
        QVERIFY(outcome.removed.isEmpty() && outcome.failures.isEmpty());
    }

    void dryRunOnlyDescribes()
    {
        QTemporaryDir dir;
        const QString old = archiveOf(40);
        makeOld(dir.filePath("archive/" + old), 40);
        QStringList planned;
        DryRunFileActions actions([&planned](const QString &line) { planned << line; });
        const auto outcome = RetentionOperation(actions).run(set(dir.path()));
        QVERIFY(outcome.removed.isEmpty());
        QCOMPARE(planned,
                 QStringList{"remove " + dir.filePath("archive/" + old) + " (older than 30 days)"});
        QCOMPARE(TestUtil::entries(dir.filePath("archive")), QStringList{old});
    }

    // A file that cannot be removed is a failure naming it; the rest still go.
    void failureNamesTheArchive()
    {
        QTemporaryDir dir;
        const QString archive = dir.filePath("archive/" + archiveOf(40));
        makeOld(archive, 40);
        // Not removable even for root: immutable (ext4, XFS), or a folder without write access.
        const bool immutable = QProcess::execute("chattr", {"+i", archive}) == 0;
        if (!immutable && ::geteuid() == 0)
            QSKIP("needs chattr +i (ext4, XFS) when run as root");
        if (!immutable)
            QFile::setPermissions(dir.filePath("archive"), QFile::ReadOwner | QFile::ExeOwner);
        auto restore = qScopeGuard([&] {
            if (immutable)
                QProcess::execute("chattr", {"-i", archive});
            QFile::setPermissions(dir.filePath("archive"),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        });
        DiskFileActions actions{ArchiveCompressor(), CancelToken()};
        const auto outcome = RetentionOperation(actions).run(set(dir.path()));
        QVERIFY(outcome.removed.isEmpty());
        QCOMPARE(outcome.failures.size(), 1);
        QCOMPARE(outcome.failures.first().kind, Failure::Kind::ArchiveNotRemoved);
        QVERIFY(
            outcome.failures.first().text().startsWith("cannot remove archive " + archive + ": "));
        QVERIFY(QFile::exists(archive));
    }
};

QTEST_GUILESS_MAIN(TestRetentionOperation)
#include "tst_retentionoperation.moc"
