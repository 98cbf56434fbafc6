// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
// run_as (logrotate's "su user group") with the real binary on real files: a set's logs are
// rotated, compressed (on the pool's threads and on all cores), verified, expired and its hooks
// run as that user, while a set beside it stays root's; what the user may not touch is left
// alone with nothing lost; an unprivileged Logkeeper refuses a set of another user and says so.
// Needs root (CI runs as root) to act as nobody.

#include "binaryrun.h"
#include "config/configvalidator.h"
#include "engine/rotationworker.h"
#include "testutil.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <grp.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Logkeeper;

namespace {

constexpr uid_t nobody = 65534;
constexpr gid_t nogroup = 65534;

bool chownTo(const QString &path, uid_t uid, gid_t gid)
{
    return ::chown(QFile::encodeName(path).constData(), uid, gid) == 0;
}

bool chmodTo(const QString &path, mode_t mode)
{
    return ::chmod(QFile::encodeName(path).constData(), mode) == 0;
}

// "uid:gid" of a path, or "missing".
QString ownerOf(const QString &path)
{
    struct stat st;
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return "missing";
    return QString("%1:%2").arg(st.st_uid).arg(st.st_gid);
}

const QString nobodys = QString("%1:%2").arg(nobody).arg(nogroup);
const QString roots = "0:0";

// A folder of nobody's with logs of nobody's.
bool makeUsersFolder(const QString &folder, const QMap<QString, QByteArray> &logs)
{
    if (!QDir().mkpath(folder) || !chownTo(folder, nobody, nogroup) || !chmodTo(folder, 0755))
        return false;
    for (auto it = logs.begin(); it != logs.end(); ++it) {
        const QString path = folder + '/' + it.key();
        if (!TestUtil::writeFile(path, it.value()) || !chownTo(path, nobody, nogroup) ||
            !chmodTo(path, 0640))
            return false;
    }
    return true;
}

} // namespace

class TestRunAs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_binary; // a copy nobody may run, whatever folder the build is in

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // The binary run as root, or as nobody:nogroup with no other group.
    TestUtil::BinaryRun run(const QStringList &args, bool asNobody = false)
    {
        const QString home = path(asNobody ? "nobody-home" : "root-home");
        std::function<void()> becomeNobody;
        if (asNobody)
            becomeNobody = [] {
                if (::setgroups(0, nullptr) != 0 || ::setgid(nogroup) != 0 || ::setuid(nobody) != 0)
                    ::_exit(99);
            };
        return TestUtil::runBinary(m_binary, args, TestUtil::isolatedEnvironment(home), 120000,
                                   becomeNobody);
    }

private slots:
    void initTestCase()
    {
        if (::geteuid() != 0)
            QSKIP("needs root to act as nobody");
        QVERIFY(m_dir.isValid());
        QVERIFY(chmodTo(m_dir.path(), 0755));
        m_binary = path("logkeeper");
        QVERIFY(QFile::copy(LOGKEEPER_BINARY, m_binary));
        QVERIFY(chmodTo(m_binary, 0755));
        QVERIFY(QDir().mkpath(path("nobody-home")));
        QVERIFY(chownTo(path("nobody-home"), nobody, nogroup));
    }

    // Two sets side by side: "users" as nobody, "roots" as root. Small logs go through the
    // pool's threads side by side, the big one through all cores: every archive of nobody's set,
    // its archive folder and what its hook writes are nobody's, every one of root's set root's
    // (a thread that acted as nobody is root again for the next job), and the state file,
    // written after the sets' work, root's.
    void rotatesArchivesAndRunsHooksAsTheUser()
    {
        QMap<QString, QByteArray> logs;
        for (int i = 0; i < 12; ++i)
            logs.insert(QString("s%1.log").arg(i, 2, 10, QChar('0')),
                        TestUtil::numberedLines("small " + QByteArray::number(i) + " ", 0, 30));
        logs.insert("big.log", TestUtil::numberedLines("big ", 0, 40000)); // 3.2 MB
        const QString users = path("both/users"), rootsFolder = path("both/roots");
        QVERIFY(makeUsersFolder(users, logs));
        for (auto it = logs.begin(); it != logs.end(); ++it)
            QVERIFY(TestUtil::writeFile(rootsFolder + '/' + it.key(), it.value()));
        // Logkeeper's own log in a folder only root may enter: written from the thread that
        // acts as nobody too, and made by root.
        const QString ownLog = path("both/private/logkeeper.log");
        QVERIFY(QDir().mkpath(path("both/private")));
        QVERIFY(chmodTo(path("both/private"), 0700));
        const QString config = path("both.json");
        QVERIFY(TestUtil::writeFile(config, QString(R"({"logging": {"log_file": "%3"}, "log_sets": [
                {"name": "users", "log_dir": "%1", "patterns": ["*.log"],
                 "run_as": {"user": "nobody", "group": "nogroup"},
                 "hooks": {"shared_scripts": true,
                           "post_rotate": "id -u > %1/hook.out; id -g >> %1/hook.out"}},
                {"name": "roots", "log_dir": "%2", "patterns": ["*.log"],
                 "hooks": {"shared_scripts": true, "post_rotate": "id -u > %2/hook.out"}}]})")
                                                .arg(users, rootsFolder, ownLog)
                                                .toUtf8()));

        const TestUtil::BinaryRun r = run({"--once", "--force", "-c", config});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(!r.err.contains("cannot write log file"), qPrintable(r.err));
        QCOMPARE(ownerOf(ownLog), roots);
        const QByteArray logged = TestUtil::readFile(ownLog);
        QVERIFY2(logged.contains("Rotated log file " + users.toUtf8() + "/big.log") &&
                     logged.contains("Compressed " + users.toUtf8() + "/archive/big_"),
                 logged.constData());

        QCOMPARE(TestUtil::readFile(users + "/hook.out"), QByteArray("65534\n65534\n"));
        QCOMPARE(ownerOf(users + "/hook.out"), nobodys);
        QCOMPARE(TestUtil::readFile(rootsFolder + "/hook.out"), QByteArray("0\n"));
        QCOMPARE(ownerOf(users + "/archive"), nobodys);
        QCOMPARE(ownerOf(rootsFolder + "/archive"), roots);
        for (const auto &[folder, owner] :
             {std::pair{users, nobodys}, std::pair{rootsFolder, roots}}) {
            const QStringList archives = TestUtil::compressedIn(folder + "/archive");
            QCOMPARE(archives.size(), logs.size());
            for (const QString &name : archives) {
                const QString archive = folder + "/archive/" + name;
                QCOMPARE(ownerOf(archive), owner);
                const QString log = name.section('_', 0, 0) + ".log"; // big_20261205_....log.gz
                QCOMPARE(TestUtil::readArchive(archive), logs.value(log));
            }
        }
        QCOMPARE(ownerOf(path("root-home/state/logkeeper/state.json")), roots);
    }

    // With nobody's rights, root's archive folder is closed: the log cannot be rotated into it
    // and stays as it was, every byte, no temporary file left; the run fails. The same config
    // without run_as (root) rotates and archives it: the difference is the user's rights.
    void whatTheUserMayNotTouchIsLeftAlone()
    {
        const QByteArray content = TestUtil::numberedLines("app ", 0, 100);
        const QString users = path("closed/users"), archive = path("closed/roots-archive");
        QVERIFY(makeUsersFolder(users, {{"app.log", content}}));
        QVERIFY(QDir().mkpath(archive)); // root's, 0755
        const QString set = QString(R"({"name": "u", "log_dir": "%1", "active_log": "app.log",
            "archive_dir": "%2" %3})");
        const QString config = path("closed.json");
        QVERIFY(TestUtil::writeFile(
            config, ("{\"log_sets\": [" +
                     set.arg(users, archive, R"(, "run_as": {"user": "nobody"})") + "]}")
                        .toUtf8()));

        const TestUtil::BinaryRun r = run({"--once", "--force", "-c", config});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("Permission denied"), qPrintable(r.err));
        QVERIFY(TestUtil::entries(archive).isEmpty());
        QCOMPARE(TestUtil::entries(users), QStringList{"app.log"});
        QCOMPARE(TestUtil::readFile(users + "/app.log"), content);

        QVERIFY(TestUtil::writeFile(
            config, ("{\"log_sets\": [" + set.arg(users, archive, QString()) + "]}").toUtf8()));
        const TestUtil::BinaryRun asRoot = run({"--once", "--force", "-c", config});
        QVERIFY2(asRoot.exitCode == 0, qPrintable(asRoot.err));
        const QStringList archives = TestUtil::compressedIn(archive);
        QCOMPARE(archives.size(), 1);
        QCOMPARE(TestUtil::readArchive(archive + '/' + archives.first()), content);
    }

    // A log of root's (0600) in nobody's folder: as nobody it can be renamed (the folder is
    // nobody's) but not read, so neither the pool thread that compresses a small file nor the
    // one that compresses a big file on all cores may archive it: both rotated files stay
    // whole, no archive or temporary file appears, the run fails with the reason.
    void rootsFileInTheUsersFolderIsNotRead()
    {
        const QString users = path("secrets/users");
        QMap<QString, QByteArray> logs{{"small.log", TestUtil::numberedLines("small ", 0, 100)},
                                       {"big.log", TestUtil::numberedLines("big ", 0, 40000)}};
        QVERIFY(makeUsersFolder(users, {}));
        for (auto it = logs.begin(); it != logs.end(); ++it) {
            QVERIFY(TestUtil::writeFile(users + '/' + it.key(), it.value()));
            QVERIFY(chmodTo(users + '/' + it.key(), 0600)); // root's
        }
        const QString config = path("secrets.json");
        QVERIFY(TestUtil::writeFile(config, QString(R"({"log_sets": [{"name": "s", "log_dir": "%1",
                "patterns": ["*.log"], "archive_dir": ".", "run_as": {"user": "nobody"}}]})")
                                                .arg(users)
                                                .toUtf8()));
        const TestUtil::BinaryRun r = run({"--once", "--force", "-c", config});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.count("Permission denied") >= 2, qPrintable(r.err));
        QVERIFY(TestUtil::compressedIn(users).isEmpty());
        for (const QString &name : TestUtil::entries(users)) {
            QVERIFY2(!name.startsWith('.'), qPrintable(name)); // no temporary file
            const QString log = name.section('_', 0, 0) + ".log";
            if (name != log) // the rotated file, whole
                QCOMPARE(TestUtil::readFile(users + '/' + name), logs.value(log));
        }
    }

    // The daemon's path: a pre_rotate hook makes the rotation come back through the event
    // loop, and the state is saved right after it. The state is root's, in a folder only root
    // may enter, and saved without a failure; the archive is nobody's.
    void daemonSavesItsStateAsItself()
    {
        const QByteArray content = TestUtil::numberedLines("daemon ", 0, 2000);
        const QString users = path("daemon/users");
        QVERIFY(makeUsersFolder(users, {{"app.log", content}}));
        QVERIFY(QDir().mkpath(path("daemon/private")));
        QVERIFY(chmodTo(path("daemon/private"), 0700));
        const QString state = path("daemon/private/state.json");
        const ConfigValidator::Result v = ConfigValidator::validate(
            QJsonDocument::fromJson(
                QString(R"({"state_file": "%1", "debounce_time": 0.2, "log_sets": [
                    {"name": "d", "log_dir": "%2", "active_log": "app.log",
                     "rotation": {"max_size_mb": 0.01}, "run_as": {"user": "nobody"},
                     "hooks": {"pre_rotate": "true"}}]})")
                    .arg(state, users)
                    .toUtf8())
                .object());
        QVERIFY(v.ok());
        RotationWorker worker;
        QSignalSpy failed(&worker, &RotationWorker::failed);
        QSignalSpy archived(&worker, &RotationWorker::archived);
        worker.applyConfig(v.config);
        QTRY_COMPARE_WITH_TIMEOUT(archived.count(), 1, 30000);
        for (const QList<QVariant> &f : failed)
            QFAIL(qPrintable(f.at(0).value<Failure>().text()));
        QCOMPARE(ownerOf(state), roots);
        QVERIFY(TestUtil::readFile(state).contains(QFile::encodeName(users + "/app.log")));
        const QString archive = archived.at(0).at(1).toString();
        QCOMPARE(ownerOf(archive), nobodys);
        QCOMPARE(TestUtil::readArchive(archive), content);
        worker.shutdown();
    }

    // Logkeeper run by nobody: a set of root's is refused before anything is touched, with the
    // set and the user named (--check-config warns up front); a set of nobody's own is
    // rotated as usual, without a word.
    void unprivilegedLogkeeper()
    {
        const QByteArray content = TestUtil::numberedLines("mine ", 0, 50);
        const QString users = path("unprivileged/users");
        QVERIFY(makeUsersFolder(users, {{"app.log", content}}));
        const QString config = path("unprivileged.json");
        const QString text = QString(R"({"log_sets": [{"name": "mine", "log_dir": "%1",
            "active_log": "app.log", "run_as": {"user": "%2"}}]})");
        QVERIFY(TestUtil::writeFile(config, text.arg(users, "root").toUtf8()));

        const TestUtil::BinaryRun check = run({"--check-config", "-c", config}, true);
        QVERIFY2(check.exitCode == 0, qPrintable(check.err));
        QVERIFY2((check.out + check.err).contains("only root can rotate as another user"),
                 qPrintable(check.out + check.err));
        const TestUtil::BinaryRun refused = run({"--once", "--force", "-c", config}, true);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("set 'mine'") && refused.err.contains("root:root"),
                 qPrintable(refused.err));
        QCOMPARE(TestUtil::entries(users), QStringList{"app.log"});
        QCOMPARE(TestUtil::readFile(users + "/app.log"), content);

        QVERIFY(TestUtil::writeFile(config, text.arg(users, "nobody").toUtf8()));
        const TestUtil::BinaryRun own = run({"--check-config", "-c", config}, true);
        QVERIFY2(own.exitCode == 0, qPrintable(own.err));
        QVERIFY2(!(own.out + own.err).contains("only root"), qPrintable(own.out + own.err));
        const TestUtil::BinaryRun rotated = run({"--once", "--force", "-c", config}, true);
        QVERIFY2(rotated.exitCode == 0, qPrintable(rotated.err));
        const QStringList archives = TestUtil::compressedIn(users + "/archive");
        QCOMPARE(archives.size(), 1);
        QCOMPARE(TestUtil::readArchive(users + "/archive/" + archives.first()), content);
        QCOMPARE(ownerOf(users + "/archive/" + archives.first()), nobodys);
    }
};

QTEST_GUILESS_MAIN(TestRunAs)
#include "tst_runas.moc"
