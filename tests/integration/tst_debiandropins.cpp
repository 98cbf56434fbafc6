// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
// Debian 12's own logrotate configs (the checked-in fixtures) rotate a system's logs through the
// real binary, as logrotate would: rebased into a temporary root (/var/... and the include of
// /etc/logrotate.d point there, each script records that it ran instead of reloading daemons,
// owners this user cannot give are this user's), read live through logrotate_include and
// imported with --import-logrotate, then `--once --force`. Each log is rotated once with its
// exact content, recreated with its definition's mode and owner (or not at all: nocreate, or
// copied and truncated in place: copytruncate), shared scripts run once per definition, and
// prerotate runs before postrotate.

#include "testutil.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Logkeeper;

namespace {

const QString fixtures = QStringLiteral(LOGKEEPER_SOURCE_DIR "/tests/fixtures/logrotate/debian12");

enum class After
{
    Created,      // renamed away, a new empty log made with `mode`, `owner`, `group`
    CreatedAsOld, // renamed away, a new empty log with the old one's mode and owner (`create`)
    NotCreated,   // nocreate: the log is gone until its program writes it again
    Truncated     // copytruncate: the same file (inode), now empty
};

struct Log
{
    Log(const char *path, const char *stanza, After after, int mode = -1, const char *owner = "",
        const char *group = "")
        : path(QLatin1String(path)), stanza(QLatin1String(stanza)), after(after), mode(mode),
          owner(QLatin1String(owner)), group(QLatin1String(group))
    {}
    QString path;   // below the root: "var/log/nginx/access.log"
    QString stanza; // "<drop-in>#<n>": the n-th definition of the drop-in, from 1
    After after;
    int mode;      // Created: as in the definition
    QString owner; // Created: as in the definition (before the rebase's own changes)
    QString group;
};

// What each definition's scripts are: "pre", "post" (each run once for all its logs when
// shared) or none.
struct Scripts
{
    QString stanza;
    bool pre = false;
    bool post = false;
    bool shared = false;
};

const QVector<Log> logs = {
    {"var/log/apache2/access.log", "apache2#1", After::Created, 0640, "root", "adm"},
    {"var/log/apache2/error.log", "apache2#1", After::Created, 0640, "root", "adm"},
    {"var/log/apt/term.log", "apt#1", After::CreatedAsOld},
    {"var/log/apt/history.log", "apt#2", After::CreatedAsOld},
    {"var/log/chrony/measurements.log", "chrony#1", After::NotCreated},
    {"var/log/chrony/tracking.log", "chrony#1", After::NotCreated},
    {"var/log/cups/access_log", "cups-daemon#1", After::CreatedAsOld},
    {"var/log/cups/error_log", "cups-daemon#1", After::CreatedAsOld},
    {"var/log/alternatives.log", "alternatives#1", After::Created, 0644, "root", "root"},
    {"var/log/dpkg.log", "dpkg#1", After::Created, 0644, "root", "root"},
    {"var/log/exim4/mainlog", "exim4-base#1", After::NotCreated},
    {"var/log/exim4/rejectlog", "exim4-base#1", After::NotCreated},
    {"var/log/exim4/paniclog", "exim4-paniclog#1", After::NotCreated},
    {"var/log/fail2ban.log", "fail2ban#1", After::Created, 0640, "root", "adm"},
    {"var/log/btmp", "btmp#1", After::Created, 0660, "root", "utmp"},
    {"var/log/wtmp", "wtmp#1", After::Created, 0664, "root", "utmp"},
    // Only in /var/log/mysql: mariadb's logs in two folders become a set per folder, whose
    // shared script runs once per folder (the import says so).
    {"var/log/mysql/error.log", "mariadb#1", After::CreatedAsOld},
    {"var/log/nginx/access.log", "nginx#1", After::Created, 0640, "www-data", "adm"},
    {"var/log/nginx/error.log", "nginx#1", After::Created, 0640, "www-data", "adm"},
    {"var/log/php8.2-fpm.log", "php8.2-fpm#1", After::CreatedAsOld},
    {"var/log/postgresql/postgresql-15-main.log", "postgresql-common#1", After::Truncated},
    {"var/log/redis/redis-server.log", "redis-server#1", After::CreatedAsOld},
    {"var/log/syslog", "rsyslog#1", After::CreatedAsOld},
    {"var/log/mail.log", "rsyslog#1", After::CreatedAsOld},
    {"var/log/kern.log", "rsyslog#1", After::CreatedAsOld},
    {"var/log/auth.log", "rsyslog#1", After::CreatedAsOld},
    {"var/log/user.log", "rsyslog#1", After::CreatedAsOld},
    {"var/log/cron.log", "rsyslog#1", After::CreatedAsOld},
    {"var/log/samba/log.smbd", "samba#1", After::CreatedAsOld},
    {"var/log/samba/log.nmbd", "samba#2", After::CreatedAsOld},
    {"var/log/speech-dispatcher/speech-dispatcher.log", "speech-dispatcher#1", After::CreatedAsOld},
    {"var/log/speech-dispatcher/debug-festival", "speech-dispatcher#2", After::CreatedAsOld},
    {"var/log/squid/access.log", "squid#1", After::NotCreated},
    {"var/log/squid/cache.log", "squid#1", After::NotCreated},
    {"var/log/ufw.log", "ufw#1", After::CreatedAsOld},
    {"var/log/unattended-upgrades/unattended-upgrades.log", "unattended-upgrades#1",
     After::CreatedAsOld},
    {"var/log/unattended-upgrades/unattended-upgrades-dpkg.log", "unattended-upgrades#1",
     After::CreatedAsOld},
};

const QVector<Scripts> scripts = {
    {"apache2#1", true, true, true},
    {"chrony#1", false, true, true},
    {"cups-daemon#1", false, true, true},
    {"fail2ban#1", false, true, false},
    {"mariadb#1", false, true, true},
    {"nginx#1", true, true, true},
    {"php8.2-fpm#1", false, true, false},
    {"rsyslog#1", false, true, true},
    {"samba#1", false, true, false},
    {"samba#2", false, true, false},
    {"speech-dispatcher#1", false, true, true},
    {"speech-dispatcher#2", false, true, true},
    {"squid#1", true, true, true},
    {"ufw#1", false, true, true},
};

constexpr int oldMode = 0604; // of every log before: `create` without a mode keeps it

QString userName(uid_t uid)
{
    const passwd *pw = ::getpwuid(uid);
    return pw ? QString::fromLocal8Bit(pw->pw_name) : QString::number(uid);
}

QString groupName(gid_t gid)
{
    const group *gr = ::getgrgid(gid);
    return gr ? QString::fromLocal8Bit(gr->gr_name) : QString::number(gid);
}

// The owner a definition names, or this user where it cannot be had (not root, or the name is
// not known here).
QString ownerHere(const QString &owner)
{
    if (::geteuid() == 0 && ::getpwnam(owner.toLocal8Bit().constData()))
        return owner;
    return userName(::geteuid());
}

QString groupHere(const QString &group)
{
    if (::geteuid() == 0 && ::getgrnam(group.toLocal8Bit().constData()))
        return group;
    return groupName(::getegid());
}

// One drop-in as the rebased root has it: /var/ below root, each script one line that records
// "<kind> <drop-in>#<n> $1" in root/hooks.log (the other lines ":", so lines keep their
// numbers), owners and su users this process can give.
QByteArray rebase(const QString &dropIn, const QByteArray &text, const QString &root)
{
    static const QRegularExpression scriptStart(
        QStringLiteral("^\\s*(prerotate|postrotate|firstaction|lastaction|preremove)\\s*$"));
    static const QRegularExpression varPath(QStringLiteral("(^|\\s)/var/"));
    static const QRegularExpression create(
        QStringLiteral("^(\\s*create\\s+[0-7]+)\\s+(\\S+)\\s+(\\S+)\\s*$"));
    static const QRegularExpression su(QStringLiteral("^(\\s*su)\\s+(\\S+)\\s+(\\S+)\\s*$"));
    QStringList out;
    QString inScript;
    bool firstLine = false;
    int stanza = 0;
    for (const QString &line : QString::fromUtf8(text).split(QLatin1Char('\n'))) {
        if (!inScript.isEmpty()) {
            if (line.trimmed() == QLatin1String("endscript")) {
                inScript.clear();
                out.append(line);
            } else if (firstLine) {
                out.append(QStringLiteral("echo \"%1 %2#%3 $1\" >> %4/hooks.log")
                               .arg(inScript, dropIn)
                               .arg(stanza)
                               .arg(root));
                firstLine = false;
            } else {
                out.append(QStringLiteral(":"));
            }
            continue;
        }
        const QRegularExpressionMatch script = scriptStart.match(line);
        if (script.hasMatch()) {
            inScript = script.captured(1).left(script.captured(1).size() - 6); // pre, post, ...
            firstLine = true;
            out.append(line);
            continue;
        }
        if (line.contains(QLatin1Char('{')) && !line.trimmed().startsWith(QLatin1Char('#')))
            ++stanza;
        QString rebased = line;
        rebased.replace(varPath, QStringLiteral("\\1") + root + QStringLiteral("/var/"));
        const QRegularExpressionMatch c = create.match(rebased);
        if (c.hasMatch())
            rebased = c.captured(1) + QLatin1Char(' ') + ownerHere(c.captured(2)) +
                      QLatin1Char(' ') + groupHere(c.captured(3));
        const QRegularExpressionMatch s = su.match(rebased);
        if (s.hasMatch())
            rebased = s.captured(1) + QLatin1Char(' ') + ownerHere(s.captured(2)) +
                      QLatin1Char(' ') + groupHere(s.captured(3));
        out.append(rebased);
    }
    return out.join(QLatin1Char('\n')).toUtf8();
}

// Debian's /etc/logrotate.conf and /etc/logrotate.d rebased into root; the conf's path.
QString makeRoot(const QString &root)
{
    QDirIterator it(fixtures, {"*"}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains("/etc/logrotate.d/") &&
            !TestUtil::writeFile(root + "/etc/logrotate.d/" + it.fileName(),
                                 rebase(it.fileName(), TestUtil::readFile(path), root)))
            return QString();
    }
    QByteArray conf = TestUtil::readFile(fixtures + "/logrotate/etc/logrotate.conf");
    conf.replace("include /etc/logrotate.d\n", "include " + root.toUtf8() + "/etc/logrotate.d\n");
    const QString path = root + "/etc/logrotate.conf";
    return TestUtil::writeFile(path, conf) ? path : QString();
}

QByteArray contentOf(const QString &path)
{
    QByteArray text;
    for (int i = 1; i <= 40; ++i)
        text += QStringLiteral("%1 line %2 of %3\n").arg(i, 3).arg(i).arg(path).toUtf8();
    return text;
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run run(const QString &home, const QStringList &args)
{
    QProcess p;
    p.setProcessEnvironment(TestUtil::isolatedEnvironment(home));
    p.start(LOGKEEPER_BINARY, args);
    Run r;
    if (!p.waitForFinished(300000)) {
        p.kill();
        p.waitForFinished();
        r.err = "timed out";
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace

class TestDebianDropIns : public QObject
{
    Q_OBJECT

    // One run on a fresh root.
    struct Pass
    {
        QString root;
        Run run;
        struct Before
        {
            ino_t inode = 0;
            uid_t uid = 0;
            gid_t gid = 0;
        };
        QHash<QString, Before> before;          // of each log, by path below root
        QHash<QByteArray, QStringList> rotated; // every other file below root/var, by content
        QStringList hooks;                      // the lines of root/hooks.log
    };
    QHash<QString, Pass> m_passes; // "include", "import"
    QTemporaryDir m_home;
    QTemporaryDir m_includeRoot;
    QTemporaryDir m_importRoot;

    // Fresh root, logs written, one run of `logkeeper args(conf)`, what came of it.
    static bool runPass(Pass *pass, const QString &home,
                        const std::function<QStringList(const QString &conf)> &args)
    {
        const QString conf = makeRoot(pass->root);
        if (conf.isEmpty())
            return false;
        for (const Log &log : logs) {
            const QString path = pass->root + '/' + log.path;
            struct stat st;
            if (!TestUtil::writeFile(path, contentOf(path)) ||
                ::chmod(QFile::encodeName(path).constData(), oldMode) != 0 ||
                ::stat(QFile::encodeName(path).constData(), &st) != 0)
                return false;
            pass->before.insert(log.path, {st.st_ino, st.st_uid, st.st_gid});
        }
        const QStringList a = args(conf);
        if (a.isEmpty())
            return false;
        pass->run = run(home, a);
        QSet<QString> logPaths;
        for (const Log &log : logs)
            logPaths.insert(pass->root + '/' + log.path);
        QDirIterator it(pass->root + "/var", QDir::Files | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (logPaths.contains(path))
                continue;
            QString error;
            pass->rotated[TestUtil::readArchive(path, &error)].append(
                error.isEmpty() ? path : path + " (" + error + ')');
        }
        pass->hooks = QString::fromUtf8(TestUtil::readFile(pass->root + "/hooks.log"))
                          .split('\n', Qt::SkipEmptyParts);
        return true;
    }

    // Rows: each pass with each log that `which` selects.
    void logRows(const std::function<bool(const Log &)> &which)
    {
        QTest::addColumn<QString>("pass");
        QTest::addColumn<int>("log"); // index into logs
        for (const QString &pass : {QStringLiteral("include"), QStringLiteral("import")}) {
            for (int i = 0; i < logs.size(); ++i) {
                if (which(logs.at(i)))
                    QTest::addRow("%s %s", qPrintable(pass), qPrintable(logs.at(i).path))
                        << pass << i;
            }
        }
    }

    void scriptRows(const std::function<bool(const Scripts &)> &which)
    {
        QTest::addColumn<QString>("pass");
        QTest::addColumn<int>("scripts"); // index into scripts
        for (const QString &pass : {QStringLiteral("include"), QStringLiteral("import")}) {
            for (int i = 0; i < scripts.size(); ++i) {
                if (which(scripts.at(i)))
                    QTest::addRow("%s %s", qPrintable(pass), qPrintable(scripts.at(i).stanza))
                        << pass << i;
            }
        }
    }

    // The logs of a definition, as the scripts are given them.
    QStringList logsOf(const Pass &pass, const QString &stanza) const
    {
        QStringList out;
        for (const Log &log : logs) {
            if (log.stanza == stanza)
                out << pass.root + '/' + log.path;
        }
        out.sort();
        return out;
    }

    // What each run of a script of the definition was given ($1), in order.
    static QStringList runsOf(const Pass &pass, const QString &kind, const QString &stanza)
    {
        const QString prefix = kind + ' ' + stanza + ' ';
        QStringList out;
        for (const QString &line : pass.hooks) {
            if (line.startsWith(prefix))
                out << line.mid(prefix.size());
        }
        return out;
    }

    QString describe(const Pass &pass) const
    {
        return "\nhooks.log:\n" + pass.hooks.join('\n') + "\nstderr:\n" + pass.run.err;
    }

private slots:
    void initTestCase()
    {
        // Through logrotate_include.
        Pass &include = m_passes["include"];
        include.root = m_includeRoot.path();
        QVERIFY(runPass(&include, m_home.path(), [&](const QString &conf) {
            const QString config = include.root + "/config.json";
            const QJsonObject json{{"log_sets", QJsonArray()},
                                   {"logrotate_include", QJsonArray{conf}},
                                   {"state_file", include.root + "/state.json"}};
            if (!TestUtil::writeFile(config, QJsonDocument(json).toJson()))
                return QStringList();
            return QStringList{"--once", "--force", "--config", config};
        }));
        // Through --import-logrotate: its output is the config, as an admin would save it.
        Pass &import = m_passes["import"];
        import.root = m_importRoot.path();
        QVERIFY(runPass(&import, m_home.path(), [&](const QString &conf) {
            const Run imported = run(m_home.path(), {"--import-logrotate", conf});
            if (imported.exitCode != 0) {
                qWarning("%s", qPrintable(imported.err));
                return QStringList();
            }
            QJsonObject json = QJsonDocument::fromJson(imported.out).object();
            json.insert("state_file", import.root + "/state.json");
            const QString config = import.root + "/imported.json";
            if (!TestUtil::writeFile(config, QJsonDocument(json).toJson()))
                return QStringList();
            return QStringList{"--once", "--force", "--config", config};
        }));
    }

    void passSucceeds_data()
    {
        QTest::addColumn<QString>("pass");
        QTest::newRow("include") << "include";
        QTest::newRow("import") << "import";
    }

    // Exit 0, and no file below /var but the logs and one rotated copy of each.
    void passSucceeds()
    {
        QFETCH(QString, pass);
        const Pass &p = m_passes[pass];
        QVERIFY2(p.run.exitCode == 0, qPrintable(describe(p)));
        QStringList strays;
        for (auto it = p.rotated.cbegin(); it != p.rotated.cend(); ++it) {
            bool isLog = false;
            for (const Log &log : logs)
                isLog = isLog || it.key() == contentOf(p.root + '/' + log.path);
            if (!isLog)
                strays += it.value();
        }
        QVERIFY2(strays.isEmpty(), qPrintable(strays.join('\n')));
    }

    void rotatedOnceWithExactContent_data()
    {
        logRows([](const Log &) { return true; });
    }

    void rotatedOnceWithExactContent()
    {
        QFETCH(QString, pass);
        QFETCH(int, log);
        const Pass &p = m_passes[pass];
        const QString path = p.root + '/' + logs.at(log).path;
        const QStringList copies = p.rotated.value(contentOf(path));
        QVERIFY2(copies.size() == 1,
                 qPrintable(QStringLiteral("%1 rotated copies with its content: %2")
                                .arg(copies.size())
                                .arg(copies.join(", ")) +
                            describe(p)));
    }

    void createdWithTheDefinitionsModeAndOwner_data()
    {
        logRows([](const Log &log) {
            return log.after == After::Created || log.after == After::CreatedAsOld;
        });
    }

    void createdWithTheDefinitionsModeAndOwner()
    {
        QFETCH(QString, pass);
        QFETCH(int, log);
        const Pass &p = m_passes[pass];
        const Log &l = logs.at(log);
        struct stat st;
        QVERIFY2(::stat(QFile::encodeName(p.root + '/' + l.path).constData(), &st) == 0,
                 "not created");
        // `create` without a mode and owner keeps the old log's
        const bool asOld = l.after == After::CreatedAsOld;
        const Pass::Before before = p.before.value(l.path);
        const QString got = QStringLiteral("%1 %2:%3, %4 bytes")
                                .arg(int(st.st_mode & 07777), 4, 8, QLatin1Char('0'))
                                .arg(userName(st.st_uid), groupName(st.st_gid))
                                .arg(st.st_size);
        const QString want = QStringLiteral("%1 %2:%3, 0 bytes")
                                 .arg(asOld ? oldMode : l.mode, 4, 8, QLatin1Char('0'))
                                 .arg(asOld ? userName(before.uid) : ownerHere(l.owner),
                                      asOld ? groupName(before.gid) : groupHere(l.group));
        QCOMPARE(got, want);
    }

    void nocreateLeavesTheLogAway_data()
    {
        logRows([](const Log &log) { return log.after == After::NotCreated; });
    }

    void nocreateLeavesTheLogAway()
    {
        QFETCH(QString, pass);
        QFETCH(int, log);
        const Pass &p = m_passes[pass];
        QVERIFY2(!QFileInfo::exists(p.root + '/' + logs.at(log).path), "it was created");
    }

    void copytruncateKeepsTheFileEmptied_data()
    {
        logRows([](const Log &log) { return log.after == After::Truncated; });
    }

    void copytruncateKeepsTheFileEmptied()
    {
        QFETCH(QString, pass);
        QFETCH(int, log);
        const Pass &p = m_passes[pass];
        struct stat st;
        QVERIFY(::stat(QFile::encodeName(p.root + '/' + logs.at(log).path).constData(), &st) == 0);
        QCOMPARE(st.st_ino, p.before.value(logs.at(log).path).inode);
        QCOMPARE(qint64(st.st_size), qint64(0));
    }

    void sharedScriptsRunOncePerDefinition_data()
    {
        scriptRows([](const Scripts &s) { return s.shared; });
    }

    // Once, given every rotated log of the definition.
    void sharedScriptsRunOncePerDefinition()
    {
        QFETCH(QString, pass);
        QFETCH(int, scripts);
        const Pass &p = m_passes[pass];
        const Scripts &s = ::scripts.at(scripts);
        for (const QString &kind : {QStringLiteral("pre"), QStringLiteral("post")}) {
            if (!(kind == QLatin1String("pre") ? s.pre : s.post))
                continue;
            const QStringList runs = runsOf(p, kind, s.stanza);
            QStringList given = runs.value(0).split(' ', Qt::SkipEmptyParts);
            given.sort();
            QVERIFY2(runs.size() == 1 && given == logsOf(p, s.stanza),
                     qPrintable(QStringLiteral("%1rotate ran %2 time(s) with [%3], not once with "
                                               "[%4]")
                                    .arg(kind)
                                    .arg(runs.size())
                                    .arg(runs.join("] ["), logsOf(p, s.stanza).join(' ')) +
                                describe(p)));
        }
    }

    void scriptsRunOncePerLog_data()
    {
        scriptRows([](const Scripts &s) { return !s.shared; });
    }

    void scriptsRunOncePerLog()
    {
        QFETCH(QString, pass);
        QFETCH(int, scripts);
        const Pass &p = m_passes[pass];
        const Scripts &s = ::scripts.at(scripts);
        QVERIFY(s.post && !s.pre); // as Debian's are
        QStringList runs = runsOf(p, QStringLiteral("post"), s.stanza);
        runs.sort();
        QVERIFY2(runs == logsOf(p, s.stanza), qPrintable(runs.join(", ") + describe(p)));
    }

    void prerotateRunsBeforePostrotate_data()
    {
        scriptRows([](const Scripts &s) { return s.pre && s.post; });
    }

    void prerotateRunsBeforePostrotate()
    {
        QFETCH(QString, pass);
        QFETCH(int, scripts);
        const Pass &p = m_passes[pass];
        const QString stanza = ::scripts.at(scripts).stanza;
        int lastPre = -1, firstPost = -1;
        for (int i = 0; i < p.hooks.size(); ++i) {
            if (p.hooks.at(i).startsWith("pre " + stanza + ' '))
                lastPre = i;
            if (firstPost < 0 && p.hooks.at(i).startsWith("post " + stanza + ' '))
                firstPost = i;
        }
        QVERIFY2(lastPre >= 0, qPrintable("prerotate did not run" + describe(p)));
        QVERIFY2(firstPost >= 0, qPrintable("postrotate did not run" + describe(p)));
        QVERIFY2(lastPre < firstPost, qPrintable("postrotate ran first" + describe(p)));
    }
};

QTEST_GUILESS_MAIN(TestDebianDropIns)
#include "tst_debiandropins.moc"
