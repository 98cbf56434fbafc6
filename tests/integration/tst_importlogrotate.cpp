// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
// `logkeeper --import-logrotate FILE` through the real binary: Debian 12's logrotate.conf with
// its drop-ins (the checked-in fixtures) becomes a log_sets config on stdout, each directive
// that cannot be carried over one "FILE:LINE: directive: reason" line on stderr, in the user's
// language; input that cannot be read or parsed exits 2 naming the file and line.

#include "testutil.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Logkeeper;

namespace {

const QString fixtures = QStringLiteral(LOGKEEPER_SOURCE_DIR "/tests/fixtures/logrotate/debian12");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
    QStringList errLines() const { return err.split('\n', Qt::SkipEmptyParts); }
};

Run run(const QStringList &args, const QString &lang = QString())
{
    QTemporaryDir home;
    QProcessEnvironment env = TestUtil::isolatedEnvironment(home.path());
    if (!lang.isEmpty()) {
        // CTest sets LC_ALL=C.UTF-8 for every test; the child must see only LANG.
        for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANGUAGE"})
            env.remove(name);
        env.insert("LANG", lang);
    }
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(LOGKEEPER_BINARY, args);
    Run r;
    if (!p.waitForFinished(120000)) {
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

// Debian's /etc/logrotate.conf and /etc/logrotate.d in `root`, the include pointed there.
QString makeDebianRoot(const QTemporaryDir &root)
{
    QDirIterator it(fixtures, {"*"}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains("/etc/logrotate.d/") &&
            !TestUtil::writeFile(root.filePath("etc/logrotate.d/" + it.fileName()),
                                 TestUtil::readFile(path)))
            return QString();
    }
    QByteArray conf = TestUtil::readFile(fixtures + "/logrotate/etc/logrotate.conf");
    conf.replace("include /etc/logrotate.d\n",
                 "include " + root.filePath("etc/logrotate.d").toUtf8() + '\n');
    const QString path = root.filePath("etc/logrotate.conf");
    return TestUtil::writeFile(path, conf) ? path : QString();
}

} // namespace

class TestImportLogrotate : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &text)
    {
        const QString path = m_dir.filePath(name);
        return TestUtil::writeFile(path, text) ? path : QString();
    }

private slots:
    void debianConfigOnStdoutDiagnosticsOnStderr()
    {
        QTemporaryDir root;
        const QString conf = makeDebianRoot(root);
        QVERIFY(!conf.isEmpty());
        const Run r = run({"--import-logrotate", conf});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        QVERIFY2(!doc.isNull(), qPrintable(error.errorString()));
        const QJsonArray sets = doc.object().value("log_sets").toArray();
        QCOMPARE(sets.size(), 30);
        const QJsonObject rsyslog = sets.at(18).toObject();
        QCOMPARE(rsyslog.value("name").toString(), QString("rsyslog"));
        QCOMPARE(rsyslog.value("source").toString(),
                 root.filePath("etc/logrotate.d/rsyslog") + ":1");
        QCOMPARE(rsyslog.value("hooks").toObject().value("shared_scripts"), QJsonValue(true));
        // A readable order: the name first, each set's keys as a person would write them.
        QVERIFY(r.out.startsWith("{\n    \"log_sets\": [\n        {\n            \"name\": "));
        QVERIFY(r.out.endsWith("}\n"));
        // One line per directive not carried over, nothing else.
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY2(r.errLines().at(0).startsWith(root.filePath("etc/logrotate.d/mariadb") +
                                               ":41: sharedscripts: "),
                 qPrintable(r.err));
    }

    void eachDirectiveNotCarriedOverIsOneLine()
    {
        const QString conf = write("mail.conf", "rotate 4\n"
                                                "mail root@localhost\n"
                                                "/var/log/app.log {\n"
                                                "    shred\n"
                                                "    frequently\n"
                                                "    compress\n"
                                                "    compresscmd /usr/bin/lzop\n"
                                                "}\n"
                                                "/var/log/other.log {\n"
                                                "}\n");
        const Run r = run({"--import-logrotate", conf});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.errLines();
        QCOMPARE(lines.size(), 4);
        const QRegularExpression format("^(.+):(\\d+): ([a-z]+): (.+)$");
        const QStringList expected = {"2 mail", "4 shred", "5 frequently", "7 compresscmd"};
        for (int i = 0; i < lines.size(); ++i) {
            const QRegularExpressionMatch m = format.match(lines.at(i));
            QVERIFY2(m.hasMatch(), qPrintable(lines.at(i)));
            QCOMPARE(m.captured(1), conf);
            QCOMPARE(m.captured(2) + ' ' + m.captured(3), expected.at(i));
        }
        QVERIFY(lines.at(3).contains("/usr/bin/lzop"));
        const QJsonArray sets = QJsonDocument::fromJson(r.out).object().value("log_sets").toArray();
        QCOMPARE(sets.size(), 2);
        QCOMPARE(sets.at(1).toObject().value("name").toString(), QString("mail.conf-2"));
    }

    void diagnosticsSpeakTheUsersLanguage()
    {
        const QString conf = write("german.conf", "/var/log/app.log {\n"
                                                  "    rotate 2\n"
                                                  "    shred\n"
                                                  "}\n");
        const Run english = run({"--import-logrotate", conf}, "en_US.UTF-8");
        const Run german = run({"--import-logrotate", conf}, "de_DE.UTF-8");
        QCOMPARE(english.exitCode, 0);
        QCOMPARE(german.exitCode, 0);
        QCOMPARE(english.out, german.out); // the config itself is the same
        QCOMPARE(english.errLines().size(), 1);
        QCOMPARE(german.errLines().size(), 1);
        const QString prefix = conf + ":3: shred: ";
        QVERIFY(english.err.startsWith(prefix));
        QVERIFY(german.err.startsWith(prefix));
        QVERIFY2(english.err.contains("no counterpart"), qPrintable(english.err));
        QVERIFY2(german.err.contains("keine Entsprechung"), qPrintable(german.err));

        // An error too.
        const QString broken = write("broken-de.conf", "/var/log/app.log {\n");
        const Run error = run({"--import-logrotate", broken}, "de_DE.UTF-8");
        QCOMPARE(error.exitCode, 2);
        QVERIFY2(error.err.startsWith(broken + ":1: ") && error.err.contains("fehlt"),
                 qPrintable(error.err));
    }

    void unreadableOrBrokenInputExits2NamingFileAndLine_data()
    {
        QTest::addColumn<QByteArray>("text"); // empty: the file does not exist
        QTest::addColumn<int>("line");        // 0: the file as a whole
        QTest::newRow("missing file") << QByteArray() << 0;
        QTest::newRow("unclosed brace") << QByteArray("weekly\n/var/log/a.log {\n    daily\n") << 2;
        QTest::newRow("endscript missing")
            << QByteArray("/var/log/a.log {\n    postrotate\n        true\n}\n") << 2;
        QTest::newRow("unknown directive with a brace")
            << QByteArray("# logs\nlogfiles /var/log/a.log {\n}\n") << 2;
        QTest::newRow("bad argument")
            << QByteArray("/var/log/a.log {\n    rotate 7\n}\n/var/log/b.log {\n    size 10x\n}\n")
            << 5;
    }

    void unreadableOrBrokenInputExits2NamingFileAndLine()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        const QString name = QString(QTest::currentDataTag()).replace(' ', '-') + ".conf";
        const QString path = text.isEmpty() ? m_dir.filePath(name) : write(name, text);
        const Run r = run({"--import-logrotate", path});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.out.isEmpty(), r.out.constData()); // no half config to redirect into a file
        const QStringList lines = r.errLines();
        QVERIFY2(lines.size() == 2, qPrintable(r.err));
        const QString where = line > 0 ? path + ':' + QString::number(line) + ": " : path + ": ";
        QVERIFY2(lines.at(0).startsWith(where), qPrintable(r.err));
        QCOMPARE(lines.at(1), "logkeeper: " + path + ": not imported");
    }

    void anIncludedFolderIsReadAndItsErrorsNamed()
    {
        QTemporaryDir dir;
        QVERIFY(TestUtil::writeFile(dir.filePath("d/ok"), "/var/log/ok.log {\n rotate 1\n}\n"));
        QVERIFY(TestUtil::writeFile(dir.filePath("d/bad"), "/var/log/bad.log {\n rotate x\n}\n"));
        QVERIFY(TestUtil::writeFile(dir.filePath("d/skipped.dpkg-old"), "garbage {\n"));
        QVERIFY(TestUtil::writeFile(dir.filePath("main.conf"), "include d\n"));
        // A relative path is read from the current folder, includes in it likewise.
        QProcess p;
        p.setWorkingDirectory(dir.path());
        p.start(LOGKEEPER_BINARY, {"--import-logrotate", "main.conf"});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 2);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.startsWith(dir.filePath("d/bad") + ":2: rotate: "), qPrintable(err));
        QVERIFY2(!err.contains("dpkg-old"), qPrintable(err));

        QVERIFY(QFile::remove(dir.filePath("d/bad")));
        p.start(LOGKEEPER_BINARY, {"--import-logrotate", "main.conf"});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(QJsonDocument::fromJson(p.readAllStandardOutput())
                     .object()
                     .value("log_sets")
                     .toArray()
                     .size(),
                 1);
    }

    void usageErrors()
    {
        const QString conf = write("usage.conf", "/var/log/a.log {\n rotate 1\n}\n");
        Run r = run({"--import-logrotate"});
        QCOMPARE(r.exitCode, 2);
        r = run({"--import-logrotate", conf, "--once"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--import-logrotate"), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        r = run({"--import-logrotate", conf, "--config", conf});
        QCOMPARE(r.exitCode, 2);
        // and --help lists it
        r = run({"--help"});
        QVERIFY(r.out.contains("--import-logrotate <file>"));
    }
};

QTEST_GUILESS_MAIN(TestImportLogrotate)
#include "tst_importlogrotate.moc"
