// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
// LogrotateParser reads logrotate's grammar as logrotate 3.21 does (config.c is the reference):
// real files in a temporary folder, includes followed on the disk, every directive and every
// error with its FILE:LINE.

#include "config/logrotateparser.h"
#include "testutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Logkeeper;

namespace {

QString where(const LogrotateDiagnostic &d)
{
    return QFileInfo(d.file).fileName() + ':' + QString::number(d.line);
}

QStringList errorPlaces(const LogrotateConfig &config)
{
    QStringList places;
    for (const LogrotateDiagnostic &e : config.errors)
        places.append(where(e));
    return places;
}

QString errorsText(const LogrotateConfig &config)
{
    QStringList lines;
    for (const LogrotateDiagnostic &e : config.errors)
        lines.append(e.toString());
    return lines.join('\n');
}

QString line(const LogrotateDirective &d)
{
    return QFileInfo(d.file).fileName() + ':' + QString::number(d.line);
}

} // namespace

class TestLogrotateParser : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &text)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        if (!TestUtil::writeFile(path, text))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    LogrotateConfig parse(const QByteArray &text, const QString &name = "test.conf")
    {
        return LogrotateParser::parse({write(name, text)});
    }

private slots:
    void globalDefaultsAreInheritedAndOverridden()
    {
        const LogrotateConfig c = parse("# defaults\n"
                                        "weekly\n"
                                        "rotate 4\n"
                                        "create\n"
                                        "compress\n"
                                        "\n"
                                        "/var/log/a.log {\n"
                                        "    daily\n"
                                        "    nocompress\n"
                                        "}\n"
                                        "rotate 9\n"
                                        "/var/log/b.log {\n"
                                        "}\n");
        QVERIFY2(c.errors.isEmpty(), qPrintable(errorsText(c)));
        QCOMPARE(c.stanzas.size(), 2);
        const LogrotateSettings &a = c.stanzas[0].settings;
        QCOMPARE(a.criterium.value, LogrotateSettings::Criterium::Daily);
        QCOMPARE(line(a.criterium.from), QString("test.conf:8"));
        QCOMPARE(a.compress.value, false);
        QCOMPARE(a.rotate.value, 4); // the later global "rotate 9" does not reach back
        QCOMPARE(line(a.rotate.from), QString("test.conf:3"));
        QCOMPARE(a.create.value, true);
        const LogrotateSettings &b = c.stanzas[1].settings;
        QCOMPARE(b.criterium.value, LogrotateSettings::Criterium::Weekly);
        QCOMPARE(b.compress.value, true);
        QCOMPARE(b.rotate.value, 9);
        QCOMPARE(line(b.rotate.from), QString("test.conf:11"));
        // Only a definition's own directives are listed with it.
        QCOMPARE(c.stanzas[0].directives.size(), 2);
        QCOMPARE(c.stanzas[0].directives[1].name, QString("nocompress"));
        QCOMPARE(c.stanzas[0].directives[1].line, 9);
        QCOMPARE(c.directives.size(), 7);
    }

    void logrotateDefaultsWithoutAnyDirective()
    {
        const LogrotateConfig c = parse("/var/log/x.log {\n}\n");
        QCOMPARE(c.stanzas.size(), 1);
        const LogrotateSettings &s = c.stanzas[0].settings;
        QCOMPARE(s.criterium.value, LogrotateSettings::Criterium::Size);
        QCOMPARE(s.sizeThreshold.value, qint64(1024 * 1024)); // logrotate's built-in "size 1M"
        QCOMPARE(s.rotate.value, 0);
        QVERIFY(!s.rotate.from.isWritten());
        QCOMPARE(s.ifEmpty.value, true);
        QCOMPARE(s.create.value, false);
        QCOMPARE(s.compress.value, false);
        QCOMPARE(s.start.value, 1);
    }

    void severalPathsQuotesGlobsAndBracesOnTheirOwnLine()
    {
        const LogrotateConfig c = parse("\n"
                                        "/var/log/syslog\n"
                                        "# a comment among the names { } is no brace\n"
                                        "\"/var/log/with space.log\" '/var/log/single quoted'\n"
                                        "   /var/log/*/*.log /srv/esc\\ aped.log\n"
                                        "{\n"
                                        "\trotate 2\n"
                                        "}\n"
                                        "/var/log/a.log /var/log/b.log { missingok }\n"
                                        "/var/log/c.log { }\n");
        QVERIFY2(c.errors.isEmpty(), qPrintable(errorsText(c)));
        QCOMPARE(c.stanzas.size(), 3);
        QCOMPARE(c.stanzas[0].paths,
                 QStringList({"/var/log/syslog", "/var/log/with space.log",
                              "/var/log/single quoted", "/var/log/*/*.log", "/srv/esc aped.log"}));
        QCOMPARE(c.stanzas[0].line, 2);
        QCOMPARE(c.stanzas[0].settings.rotate.value, 2);
        QCOMPARE(c.stanzas[0].settings.rotate.from.line, 7);
        QCOMPARE(c.stanzas[1].paths, QStringList({"/var/log/a.log", "/var/log/b.log"}));
        QCOMPARE(c.stanzas[1].line, 9);
        QCOMPARE(c.stanzas[1].settings.missingOk.value, true);
        QCOMPARE(c.stanzas[2].line, 10);
    }

    void flagsShareALineArgumentsTakeTheRest()
    {
        const LogrotateConfig c = parse("/var/log/x.log {\n"
                                        "  missingok notifempty   compress # a comment\n"
                                        "  rotate = 5\n"
                                        "  size=100k\n"
                                        "  olddir   /var/log/old  \n"
                                        "  dateformat -%Y-%m-%d_%H\n"
                                        "}\n");
        QVERIFY2(c.errors.isEmpty(), qPrintable(errorsText(c)));
        const LogrotateSettings &s = c.stanzas[0].settings;
        QCOMPARE(s.missingOk.value, true);
        QCOMPARE(s.ifEmpty.value, false);
        QCOMPARE(s.compress.value, true);
        QCOMPARE(line(s.compress.from), QString("test.conf:2"));
        QCOMPARE(s.rotate.value, 5);
        QCOMPARE(s.sizeThreshold.value, qint64(100 * 1024));
        QCOMPARE(s.oldDir.value, QString("/var/log/old"));
        QCOMPARE(s.dateFormat.value, QString("-%Y-%m-%d_%H"));
    }

    void sizeUnits_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("bytes"); // -1: an error
        QTest::newRow("bytes") << "4096" << qint64(4096);
        QTest::newRow("k") << "100k" << qint64(102400);
        QTest::newRow("K") << "100K" << qint64(102400);
        QTest::newRow("M") << "10M" << qint64(10 * 1024 * 1024);
        QTest::newRow("G") << "2G" << qint64(2) * 1024 * 1024 * 1024;
        QTest::newRow("hex, as strtoull reads it") << "0x10" << qint64(16);
        QTest::newRow("zero") << "0" << qint64(0);
        QTest::newRow("lower-case m is no unit") << "10m" << qint64(-1);
        QTest::newRow("fraction") << "1.5M" << qint64(-1);
        QTest::newRow("comment after it") << "10M # big" << qint64(-1);
        QTest::newRow("unit alone") << "M" << qint64(-1);
    }

    void sizeUnits()
    {
        QFETCH(QString, text);
        QFETCH(qint64, bytes);
        for (const char *directive : {"size", "minsize", "maxsize"}) {
            const LogrotateConfig c =
                parse(QString("/var/log/x.log {\n    %1 %2\n}\n").arg(directive, text).toUtf8());
            if (bytes < 0) {
                QCOMPARE(errorPlaces(c), QStringList({"test.conf:2"}));
                QVERIFY2(c.errors[0].message.contains(directive), qPrintable(errorsText(c)));
                QCOMPARE(c.stanzas.size(), 0); // the definition is skipped, as logrotate does
                continue;
            }
            QVERIFY2(c.errors.isEmpty(), qPrintable(errorsText(c)));
            const LogrotateSettings &s = c.stanzas[0].settings;
            const qint64 got = directive == QLatin1String("size")      ? s.sizeThreshold.value
                               : directive == QLatin1String("minsize") ? s.minSize.value
                                                                       : s.maxSize.value;
            QCOMPARE(got, bytes);
        }
    }

    void scriptsAreKeptVerbatim()
    {
        const QByteArray text = "/var/log/nginx/*.log {\n"
                                "\tsharedscripts\n"
                                "\tprerotate\n"
                                "\t\tif [ -d /etc/logrotate.d/httpd-prerotate ]; then \\\n"
                                "\t\t\trun-parts /etc/logrotate.d/httpd-prerotate; \\\n"
                                "\t\tfi \\\n"
                                "\tendscript\n"
                                "\tpostrotate echo first line\n"
                                "\t\t# a } in a script is the shell's\n"
                                "}\n"
                                "\t\techo \"endscript is only a word here\" }\n"
                                "\tendscript\n"
                                "\tfirstaction\n"
                                "\tendscript }\n";
        const LogrotateConfig c = parse(text);
        QVERIFY2(c.errors.isEmpty(), qPrintable(errorsText(c)));
        QCOMPARE(c.stanzas.size(), 1);
        const LogrotateSettings &s = c.stanzas[0].settings;
        QCOMPARE(s.preRotate.value, QString("\t\tif [ -d /etc/logrotate.d/httpd-prerotate ]; "
                                            "then \\\n\t\t\trun-parts "
                                            "/etc/logrotate.d/httpd-prerotate; \\\n\t\tfi \\\n"));
        QCOMPARE(s.preRotate.from.line, 3);
        QCOMPARE(s.postRotate.value,
                 QString(" echo first line\n\t\t# a } in a script is the shell's\n}\n"
                         "\t\techo \"endscript is only a word here\" }\n"));
        QCOMPARE(s.postRotate.from.line, 8);
        // An empty script, and a "}" after endscript that closes the definition.
        QCOMPARE(s.firstAction.value, QString());
        QCOMPARE(s.firstAction.from.line, 13);
        QCOMPARE(s.sharedScripts.value, true);
    }

    void ownershipDirectives()
    {
        const LogrotateConfig c = parse("create 0600 root adm\n"
                                        "su www-data adm\n"
                                        "/var/log/a.log {\n"
                                        "    create\n" // keeps mode, owner and group
                                        "}\n"
                                        "/var/log/b.log {\n"
                                        "    create www-data\n" // owner only; mode stays
                                        "    createolddir 750 root adm\n"
                                        "    su backup\n" // the group stays from the global su
                                        "}\n"
                                        "/var/log/c.log {\n"
                                        "    nocreate\n"
                                        "    create 640\n"
                                        "}\n");
        QVERIFY2(c.errors.isEmpty(), qPrintable(errorsText(c)));
        const LogrotateSettings &a = c.stanzas[0].settings;
        QCOMPARE(a.create.value, true);
        QCOMPARE(a.createMode.value, 0600);
        QCOMPARE(a.createOwner.value, QString("root"));
        QCOMPARE(a.createGroup.value, QString("adm"));
        QCOMPARE(a.suUser.value, QString("www-data"));
        QCOMPARE(a.su.value, true);
        const LogrotateSettings &b = c.stanzas[1].settings;
        QCOMPARE(b.createMode.value, 0600);
        QCOMPARE(b.createOwner.value, QString("www-data"));
        QCOMPARE(b.createGroup.value, QString("adm"));
        QCOMPARE(b.createOldDir.value, true);
        QCOMPARE(b.oldDirMode.value, 0750);
        QCOMPARE(b.oldDirOwner.value, QString("root"));
        QCOMPARE(b.suUser.value, QString("backup"));
        QCOMPARE(b.suGroup.value, QString("adm"));
        const LogrotateSettings &cs = c.stanzas[2].settings;
        QCOMPARE(cs.create.value, true);
        QCOMPARE(cs.createMode.value, 0640);
    }

    void badArgumentsSkipTheirDefinition_data()
    {
        QTest::addColumn<QByteArray>("directive");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("su without group") << QByteArray("su www-data") << "su";
        QTest::newRow("su with three words") << QByteArray("su a b c") << "su";
        QTest::newRow("create with four words") << QByteArray("create 0640 a b c") << "create";
        QTest::newRow("create with a comment") << QByteArray("create 0640 a b # c") << "create";
        QTest::newRow("rotate with a comment") << QByteArray("rotate 1 # one") << "rotate";
        QTest::newRow("rotate below -1") << QByteArray("rotate -2") << "rotate";
        QTest::newRow("weekly 8") << QByteArray("weekly 8") << "weekly";
        QTest::newRow("maxage word") << QByteArray("maxage many") << "maxage";
        QTest::newRow("mail with a blank") << QByteArray("mail a b") << "mail";
        QTest::newRow("olddir with a blank") << QByteArray("olddir /a b") << "olddir";
        QTest::newRow("argument missing") << QByteArray("rotate") << "rotate";
        QTest::newRow("keyword glued") << QByteArray("rotate5") << "rotate";
        QTest::newRow("tabooext inside") << QByteArray("tabooext .x") << "tabooext";
        QTest::newRow("a second file name") << QByteArray("/var/log/y.log") << "";
        QTest::newRow("garbage") << QByteArray("g@rbage") << "g";
        QTest::newRow("unclosed quote in options") << QByteArray("compressoptions \"-9") << "";
    }

    void badArgumentsSkipTheirDefinition()
    {
        QFETCH(QByteArray, directive);
        QFETCH(QString, mentions);
        const LogrotateConfig c = parse("/var/log/a.log {\n"
                                        "    daily\n"
                                        "    " +
                                        directive +
                                        "\n"
                                        "    postrotate\n"
                                        "        }\n" // in a script: does not end the skipping
                                        "    endscript\n"
                                        "}\n"
                                        "/var/log/b.log {\n"
                                        "    monthly\n"
                                        "}\n");
        QCOMPARE(errorPlaces(c), QStringList({"test.conf:3"}));
        QVERIFY2(c.errors[0].message.contains(mentions), qPrintable(errorsText(c)));
        QVERIFY(c.errors[0].toString().startsWith(m_dir.filePath("test.conf") + ":3: "));
        // The bad definition is skipped up to its "}", the next one is read.
        QCOMPARE(c.stanzas.size(), 1);
        QCOMPARE(c.stanzas[0].paths, QStringList({"/var/log/b.log"}));
        QCOMPARE(c.stanzas[0].settings.criterium.value, LogrotateSettings::Criterium::Monthly);
    }

    void syntaxErrorsNameFileAndLine_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("stanzasKept");
        const QByteArray ok = "/var/log/ok.log {\n}\n"; // lines 1-2, read before the error
        QTest::newRow("unclosed brace") << ok + "/var/log/x.log {\n  daily\n" << 3 << 1;
        QTest::newRow("endscript missing")
            << ok + "/var/log/x.log {\n  postrotate\n    kill -HUP 1\n}\n"
            << 4 << 1;
        QTest::newRow("unknown directive with a brace") << ok + "logfiles {\n  daily\n}\n"
                                                        << 3 << 1;
        QTest::newRow("unknown directive with a closing brace")
            << ok + "/var/log/x.log {\n  frequently }\n"
            << 4 << 1;
        QTest::newRow("unexpected }") << ok + "daily\n}\n" << 4 << 1;
        QTest::newRow("missing {") << ok + "/var/log/x.log\n  daily\n" << 3 << 1;
        QTest::newRow("} before {") << ok + "/var/log/x.log\n  daily\n}\n" << 5 << 1;
        QTest::newRow("brace on a line of its own, no names") << ok + "\n{\n" << 4 << 1;
        QTest::newRow("relative name") << ok + "var/log/x.log {\n}\n" << 3 << 1;
        QTest::newRow("unclosed quote in names") << ok + "\"/var/log/x.log {\n}\n" << 3 << 1;
        QTest::newRow("global directive with a bad argument") << ok + "rotate x\n" << 3 << 1;
        QTest::newRow("carriage returns") << ok + "daily\r\n" << 3 << 1;
    }

    void syntaxErrorsNameFileAndLine()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(int, stanzasKept);
        const LogrotateConfig c = parse(text);
        QCOMPARE(errorPlaces(c), QStringList({"test.conf:" + QString::number(line)}));
        QCOMPARE(c.stanzas.size(), stanzasKept);
    }

    void unknownDirectivesAreWarningsAsInLogrotate()
    {
        const LogrotateConfig c = parse("ELF\n"
                                        "/var/log/x.log {\n"
                                        "    newkeyword with arguments\n"
                                        "    rotate 1\n"
                                        "} # text after the brace\n");
        QVERIFY2(c.errors.isEmpty(), qPrintable(errorsText(c)));
        QCOMPARE(c.warnings.size(), 3);
        QCOMPARE(c.warnings[0].directive, QString("ELF"));
        QCOMPARE(c.warnings[0].line, 1);
        QCOMPARE(c.warnings[1].directive, QString("newkeyword"));
        QCOMPARE(c.warnings[1].line, 3);
        QCOMPARE(c.warnings[2].directive, QString("}"));
        QCOMPARE(c.warnings[2].line, 5);
        QCOMPARE(c.stanzas.size(), 1);
        QCOMPARE(c.stanzas[0].settings.rotate.value, 1);
    }

    void everyDirectiveOfLogrotate321IsKnown()
    {
        // The keywords of logrotate 3.21's readConfigFile(), as in its config.c.
        const QStringList logrotate321 = {"addextension",
                                          "allowhardlink",
                                          "compress",
                                          "compresscmd",
                                          "compressext",
                                          "compressoptions",
                                          "copy",
                                          "copytruncate",
                                          "create",
                                          "createolddir",
                                          "daily",
                                          "dateext",
                                          "dateformat",
                                          "datehourago",
                                          "dateyesterday",
                                          "delaycompress",
                                          "errors",
                                          "extension",
                                          "firstaction",
                                          "hourly",
                                          "ifempty",
                                          "ignoreduplicates",
                                          "include",
                                          "lastaction",
                                          "mail",
                                          "mailfirst",
                                          "maillast",
                                          "maxage",
                                          "maxsize",
                                          "minage",
                                          "minsize",
                                          "missingok",
                                          "monthly",
                                          "noallowhardlink",
                                          "nocompress",
                                          "nocopy",
                                          "nocopytruncate",
                                          "nocreate",
                                          "nocreateolddir",
                                          "nodateext",
                                          "nodelaycompress",
                                          "nomail",
                                          "nomissingok",
                                          "noolddir",
                                          "norenamecopy",
                                          "nosharedscripts",
                                          "noshred",
                                          "notifempty",
                                          "olddir",
                                          "postrotate",
                                          "preremove",
                                          "prerotate",
                                          "renamecopy",
                                          "rotate",
                                          "sharedscripts",
                                          "shred",
                                          "shredcycles",
                                          "size",
                                          "start",
                                          "su",
                                          "tabooext",
                                          "taboopat",
                                          "uncompresscmd",
                                          "weekly",
                                          "yearly"};
        QCOMPARE(LogrotateSettings::knownDirectives(), logrotate321);

        // Each one in a definition (or globally, where logrotate wants it), with an argument
        // where it takes one: read without an error, at its line.
        const QHash<QString, QString> arguments = {{"addextension", ".log"},
                                                   {"compresscmd", "/usr/bin/xz"},
                                                   {"compressext", ".xz"},
                                                   {"compressoptions", "-9 -T0"},
                                                   {"create", "0640 root adm"},
                                                   {"createolddir", "0750 root adm"},
                                                   {"dateformat", "-%Y%m%d"},
                                                   {"extension", ".log"},
                                                   {"include", m_dir.filePath("empty.conf")},
                                                   {"mail", "root@localhost"},
                                                   {"maxage", "30"},
                                                   {"maxsize", "10M"},
                                                   {"minage", "1"},
                                                   {"minsize", "1k"},
                                                   {"olddir", "old"},
                                                   {"rotate", "4"},
                                                   {"shredcycles", "3"},
                                                   {"size", "1G"},
                                                   {"start", "0"},
                                                   {"su", "root adm"},
                                                   {"tabooext", "+ .new"},
                                                   {"taboopat", "+ *.old"},
                                                   {"uncompresscmd", "/usr/bin/unxz"},
                                                   {"weekly", "2"}};
        write("empty.conf", "");
        QByteArray globals;
        QByteArray text = "/var/log/all.log {\n";
        int lineNo = 1;
        QHash<QString, int> lines;
        for (const QString &name : logrotate321) {
            if (name == "tabooext" || name == "taboopat")
                continue;
            QByteArray directive = "    " + name.toUtf8();
            if (arguments.contains(name))
                directive += ' ' + arguments.value(name).toUtf8();
            text += directive + '\n';
            lines.insert(name, ++lineNo);
            if (LogrotateSettings::kindOf(name) == LogrotateSettings::Kind::Script) {
                text += "        true\n    endscript\n";
                lineNo += 2;
            }
        }
        text += "}\ntabooext + .new\ntaboopat + *.old\n";
        const LogrotateConfig c = parse(text);
        QVERIFY2(c.errors.isEmpty(), qPrintable(errorsText(c)));
        QVERIFY2(c.warnings.isEmpty(), qPrintable(c.warnings.value(0).toString()));
        QCOMPARE(c.stanzas.size(), 1);
        QCOMPARE(c.directives.size(), logrotate321.size());
        for (const LogrotateDirective &d : c.directives) {
            if (lines.contains(d.name))
                QCOMPARE(d.line, lines.value(d.name));
        }
        QCOMPARE(c.stanzas[0].settings.preRemove.value, QString("        true\n"));
    }

    void includeReadsFoldersAsLogrotateDoes()
    {
        QTemporaryDir root;
        const QString d = root.filePath("logrotate.d");
        QVERIFY(TestUtil::writeFile(d + "/b-second", "/var/log/b.log {\n}\n"));
        QVERIFY(TestUtil::writeFile(d + "/a-first", "/var/log/a.log {\n}\n"));
        QVERIFY(TestUtil::writeFile(d + "/C-upper", "/var/log/c.log {\n}\n"));
        // logrotate's default tabooext, and an added one
        for (const char *skipped : {"old.dpkg-old", "x.dpkg-dist", "editor~", "x.swp", "x.rpmsave",
                                    "x.ucf-dist", "x,v", "x.bak", "local.new", "x.rhn-cfg-tmp-abc"})
            QVERIFY(TestUtil::writeFile(d + '/' + skipped, "/var/log/taboo.log {\n}\n"));
        QVERIFY(TestUtil::writeFile(d + "/sub/nested", "/var/log/nested.log {\n}\n"));
        QVERIFY(QDir().mkpath(d + "/folder-is-no-file"));
        // A relative include in a folder's file is read from that folder (logrotate changes
        // into it).
        QVERIFY(TestUtil::writeFile(d + "/d-relative", "include sub/nested\n"));
        QVERIFY(TestUtil::writeFile(root.filePath("main.conf"), "tabooext + .new\n"
                                                                "weekly\n"
                                                                "include logrotate.d\n"));
        QDir::setCurrent(root.path());
        const LogrotateConfig c = LogrotateParser::parse({"main.conf"});
        QVERIFY2(c.errors.isEmpty(), qPrintable(errorsText(c)));
        QStringList paths;
        for (const LogrotateStanza &s : c.stanzas)
            paths.append(s.paths);
        // strcoll() in the C.UTF-8 locale CTest sets: upper case first
        QCOMPARE(paths, QStringList({"/var/log/c.log", "/var/log/a.log", "/var/log/b.log",
                                     "/var/log/nested.log"}));
        QCOMPARE(c.stanzas[0].file, d + "/C-upper");
        QCOMPARE(c.stanzas[0].settings.criterium.value, LogrotateSettings::Criterium::Weekly);
        // Every file and folder read, for a live include to watch.
        QVERIFY2(c.inputs.contains(root.filePath("main.conf")), qPrintable(c.inputs.join(' ')));
        QVERIFY(c.inputs.contains(d));
        QVERIFY(c.inputs.contains(d + "/a-first"));
        QVERIFY(c.inputs.contains(d + "/sub/nested"));
        QVERIFY(!c.inputs.contains(d + "/old.dpkg-old"));
        QCOMPARE(c.inputs.first(), root.filePath("main.conf"));
        QDir::setCurrent(QDir::rootPath());
    }

    void tabooextWithoutPlusReplacesTheList()
    {
        QTemporaryDir root;
        const QString d = root.filePath("d");
        QVERIFY(TestUtil::writeFile(d + "/kept.dpkg-old", "/var/log/a.log {\n}\n"));
        QVERIFY(TestUtil::writeFile(d + "/x.sample", "/var/log/b.log {\n}\n"));
        QVERIFY(TestUtil::writeFile(d + "/y.unused", "/var/log/c.log {\n}\n"));
        QVERIFY(TestUtil::writeFile(d + "/pattern-match", "/var/log/d.log {\n}\n"));
        QVERIFY(TestUtil::writeFile(root.filePath("main.conf"), "tabooext .sample, .unused\n"
                                                                "taboopat + pattern-*\n"
                                                                "include " +
                                                                    d.toUtf8() + "\n"));
        const LogrotateConfig c = LogrotateParser::parse({root.filePath("main.conf")});
        QVERIFY2(c.errors.isEmpty(), qPrintable(errorsText(c)));
        QCOMPARE(c.stanzas.size(), 1);
        QCOMPARE(c.stanzas[0].paths, QStringList({"/var/log/a.log"}));
    }

    void aFailingFileLeavesTheDefaultsAsTheyWere()
    {
        QTemporaryDir root;
        const QString d = root.filePath("d");
        // Read first: changes a global default, then fails.
        QVERIFY(TestUtil::writeFile(d + "/a", "compress\n"
                                              "/var/log/kept.log {\n}\n"
                                              "/var/log/broken.log {\n"));
        QVERIFY(TestUtil::writeFile(d + "/b", "/var/log/b.log {\n}\n"));
        QVERIFY(TestUtil::writeFile(root.filePath("main.conf"), "include " + d.toUtf8() + "\n"));
        const LogrotateConfig c = LogrotateParser::parse({root.filePath("main.conf")});
        QCOMPARE(errorPlaces(c), QStringList({"a:4"}));
        QCOMPARE(c.stanzas.size(), 2);
        QCOMPARE(c.stanzas[0].paths, QStringList({"/var/log/kept.log"}));
        QCOMPARE(c.stanzas[0].settings.compress.value, true);
        QCOMPARE(c.stanzas[1].paths, QStringList({"/var/log/b.log"}));
        QCOMPARE(c.stanzas[1].settings.compress.value, false);
    }

    void includeProblemsAreReportedAtTheInclude()
    {
        QTemporaryDir root;
        QVERIFY(TestUtil::writeFile(root.filePath("main.conf"), "daily\n"
                                                                "include missing.d\n"
                                                                "include loop.conf\n"));
        QVERIFY(TestUtil::writeFile(root.filePath("loop.conf"), "include loop.conf\n"));
        QDir::setCurrent(root.path());
        const LogrotateConfig c = LogrotateParser::parse({"main.conf"});
        QDir::setCurrent(QDir::rootPath());
        QCOMPARE(errorPlaces(c), QStringList({"main.conf:2", "loop.conf:1"}));
        QVERIFY(c.errors[0].message.contains(root.filePath("missing.d")));
        QVERIFY(c.errors[1].message.contains("include"));
        // The missing folder is an input too: when it appears, the import changes.
        QVERIFY(c.inputs.contains(root.filePath("missing.d")));

        const LogrotateConfig none = LogrotateParser::parse({root.filePath("nothing.conf")});
        QCOMPARE(none.errors.size(), 1);
        QCOMPARE(none.errors[0].file, root.filePath("nothing.conf"));
        QCOMPARE(none.errors[0].line, 0);
    }

    void homeFolderInPathsAndIncludes()
    {
        QTemporaryDir home;
        QVERIFY(TestUtil::writeFile(home.filePath("inc/x.conf"), "~/logs/*.log {\n"
                                                                 "    olddir ~/old\n"
                                                                 "}\n"));
        QVERIFY(TestUtil::writeFile(home.filePath("main.conf"), "include ~/inc\n"));
        const QByteArray oldHome = qgetenv("HOME");
        qputenv("HOME", QFile::encodeName(home.path()));
        const LogrotateConfig c = LogrotateParser::parse({home.filePath("main.conf")});
        qputenv("HOME", oldHome);
        QVERIFY2(c.errors.isEmpty(), qPrintable(errorsText(c)));
        QCOMPARE(c.stanzas.size(), 1);
        QCOMPARE(c.stanzas[0].paths, QStringList({home.path() + "/logs/*.log"}));
        QCOMPARE(c.stanzas[0].settings.oldDir.value, home.path() + "/old");
    }

    void anEmptyFileAndNonRegularFilesAreNothing()
    {
        const LogrotateConfig c = parse("");
        QVERIFY(c.errors.isEmpty());
        QVERIFY(c.stanzas.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLogrotateParser)
#include "tst_logrotateparser.moc"
