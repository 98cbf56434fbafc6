// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
// The window options of the command line: what they set and what they exclude.

#include "app/commandline.h"

#include <QTest>

using namespace Logkeeper;

class TestCommandLine : public QObject
{
    Q_OBJECT

    static CommandLine parse(const QStringList &args)
    {
        return CommandLine::parse(QStringList{"logkeeper"} + args);
    }

private slots:
    void windowOptions()
    {
        CommandLine cl = parse({});
        QVERIFY(cl.error.isEmpty());
        QVERIFY(!cl.wantsWindow());

        cl = parse({"--settings"});
        QVERIFY(cl.error.isEmpty());
        QVERIFY(cl.showSettings && cl.wantsWindow());
        QCOMPARE(cl.mode, CommandLine::Mode::Daemon);

        cl = parse({"--browse", "--config", "/etc/lk.json"});
        QVERIFY(cl.error.isEmpty());
        QVERIFY(cl.showArchives);
        QCOMPARE(cl.configPath, QString("/etc/lk.json"));

        cl = parse({"--view", "app.log.gz"});
        QVERIFY(cl.error.isEmpty());
        QCOMPARE(cl.viewFile, QString("app.log.gz"));

        // A file of its own, as a file manager passes it: viewed.
        cl = parse({"/var/log/app.log"});
        QVERIFY2(cl.error.isEmpty(), qPrintable(cl.error));
        QCOMPARE(cl.viewFile, QString("/var/log/app.log"));
        QVERIFY(cl.wantsWindow());

        cl = parse({"--demo", "--settings"});
        QVERIFY(cl.error.isEmpty());
        QVERIFY(cl.demo && cl.showSettings);
    }

    void windowOptionsConflicts_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("two windows")
            << QStringList{"--settings", "--browse"} << "--settings, --browse exclude each other";
        QTest::newRow("three windows")
            << QStringList{"--view", "a", "--browse", "--settings"} << "exclude each other";
        QTest::newRow("headless") << QStringList{"--settings", "--headless"}
                                  << "--settings opens a window; it does not go with --headless";
        QTest::newRow("once") << QStringList{"--browse", "--once"} << "does not go with --once";
        QTest::newRow("check") << QStringList{"--view", "a", "--check-config"}
                               << "--view opens a window; it does not go with --check-config";
        QTest::newRow("empty view") << QStringList{"--view", ""} << "--view needs a file";
        QTest::newRow("view without value") << QStringList{"--view"} << "Missing value";
        QTest::newRow("two files")
            << QStringList{"a.log", "b.log"} << "unexpected argument 'b.log'";
        QTest::newRow("file and --view")
            << QStringList{"--view", "a.log", "b.log"} << "unexpected argument 'b.log'";
        QTest::newRow("file and a window")
            << QStringList{"--settings", "a.log"} << "--settings, a.log exclude each other";
        QTest::newRow("file headless") << QStringList{"a.log", "--headless"}
                                       << "a.log opens a window; it does not go with --headless";
    }

    void windowOptionsConflicts()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const CommandLine cl = parse(args);
        QVERIFY2(cl.error.contains(expected), qPrintable(cl.error));
    }

    void helpNamesTheWindowOptions()
    {
        const CommandLine cl = parse({"--help"});
        for (const char *option : {"--settings", "--browse", "--view <file>"})
            QVERIFY2(cl.helpText.contains(QLatin1String(option)), option);
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
