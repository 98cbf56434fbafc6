// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
// The real logkeeper binary speaks the user's language at the terminal: under LANG=de_DE.UTF-8
// its help (Qt's parts included), its errors and --check-config are German, with German plural
// forms; under an English locale it has real English plurals ("1 log set", not "log set(s)").
// The expected texts come from the catalogues embedded in logkeeper_app (the binary's own), so
// a rewording in the catalogue does not break the test, while an untranslated text does.

#include "app/translations.h"
#include "binaryrun.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Logkeeper;

namespace {

using Run = TestUtil::BinaryRun;

} // namespace

class TestGermanCommandLine : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QTranslator m_german;
    QTranslator m_qtGerman;
    QTranslator m_english;

    Run run(const QString &lang, const QStringList &args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // CTest sets LC_ALL=C.UTF-8 for every test; the child must see only LANG.
        for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANGUAGE"})
            env.remove(name);
        env.insert("LANG", lang);
        env.insert("XDG_CONFIG_HOME", m_home.filePath("config"));
        env.insert("XDG_STATE_HOME", m_home.filePath("state"));
        env.insert("XDG_CACHE_HOME", m_home.filePath("cache"));
        env.insert("HOME", m_home.path());
        // No display at all (CTest's QT_QPA_PLATFORM=offscreen would be one).
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(name);
        return TestUtil::runBinary(LOGKEEPER_BINARY, args, env);
    }

    // A text as the German catalogue has it; fails the test if it is not translated.
    QString german(const char *context, const char *source, int n = -1)
    {
        QString text = m_german.translate(context, source, nullptr, n);
        if (text.isEmpty() || text == QLatin1String(source))
            return QStringLiteral("<%1 has no German translation>").arg(source);
        // QTranslator picks the plural form; QCoreApplication::translate() would also put the
        // number in.
        return n < 0 ? text : text.replace(QLatin1String("%n"), QString::number(n));
    }

    QString writeConfig(const QString &name, int sets)
    {
        QString json = "{\"log_sets\": [";
        for (int i = 0; i < sets; ++i) {
            QDir().mkpath(m_home.filePath(QStringLiteral("logs%1").arg(i)));
            json += QStringLiteral("%1{\"name\": \"s%2\", \"log_dir\": \"%3\", "
                                   "\"active_log\": \"a.log\"}")
                        .arg(i ? ", " : "")
                        .arg(i)
                        .arg(m_home.filePath(QStringLiteral("logs%1").arg(i)));
        }
        json += "]}";
        const QString path = m_home.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(json.toUtf8()) != json.toUtf8().size())
            return {};
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        const QString folder = Translations::resourceFolder();
        QVERIFY2(m_german.load(QStringLiteral("logkeeper_de"), folder),
                 "the German catalogue is not embedded");
        QVERIFY2(m_english.load(QStringLiteral("logkeeper_en"), folder),
                 "the English catalogue is not embedded");
        QVERIFY2(m_qtGerman.load(QStringLiteral("qtbase_de"),
                                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)),
                 "Qt's German catalogue (Debian package qt6-translations-l10n) is missing");
    }

    void helpIsGerman()
    {
        const Run r = run("de_DE.UTF-8", {"--help"});
        QCOMPARE(r.exitCode, 0);
        for (const QString &expected :
             {german("CommandLine", "Show this help and exit."),
              german("CommandLine", "Validate the configuration, print every problem, exit."),
              "--config <" + german("CommandLine", "file") + ">",
              german("main", "Exit status: 0 success; 1 a rotation, compression or cleanup "
                             "failed; 2 bad usage or an invalid or missing config."),
              // Qt's own part of the help, from qtbase_de.qm.
              m_qtGerman.translate("QCommandLineParser", "Options:")}) {
            // QCommandLineParser wraps descriptions: compare without line breaks and indents.
            QVERIFY2(r.out.simplified().contains(QString(expected).simplified()),
                     qPrintable("missing: " + expected + "\nin:\n" + r.out));
        }
        QVERIFY2(!r.out.contains("Show this help"), qPrintable(r.out));
        QVERIFY2(r.out.contains("Optionen:"), qPrintable(r.out));
    }

    void errorsAreGerman()
    {
        Run r = run("de_DE.UTF-8", {"--once", "--check-config"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(
            r.err.contains(german("CommandLine", "--once and --check-config exclude each other")),
            qPrintable(r.err));
        QVERIFY2(r.err.contains(german("main", "Try 'logkeeper --help' for more information.")),
                 qPrintable(r.err));

        r = run("de_DE.UTF-8", {"--no-such-option"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(m_qtGerman.translate("QCommandLineParser", "Unknown option '%1'.")
                                    .arg("no-such-option")),
                 qPrintable(r.err));

        r = run("de_DE.UTF-8", {"--settings"}); // no display in this environment
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(
            r.err.contains(
                german("main", "%1 needs a display, and there is none: %2").arg("--settings", "")),
            qPrintable(r.err));
#ifdef LOGKEEPER_WITH_GUI
        // The reason too, though the probe runs before the translators exist.
        QVERIFY2(r.err.contains(german("DisplayProbe", "DISPLAY is not set")), qPrintable(r.err));
#else
        QVERIFY2(r.err.contains(german("main", "this build has no desktop interface")),
                 qPrintable(r.err));
#endif
    }

    void checkConfigHasGermanPlurals()
    {
        const QString one = writeConfig("one.json", 1);
        const QString two = writeConfig("two.json", 2);
        QVERIFY(!one.isEmpty() && !two.isEmpty());
        Run r = run("de_DE.UTF-8", {"--check-config", "-c", one});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), german("main", "%1: OK, %n log set(s)", 1).arg(one));
        QVERIFY2(r.out.contains("1 Protokollgruppe\n"), qPrintable(r.out));
        r = run("de_DE.UTF-8", {"--check-config", "-c", two});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), german("main", "%1: OK, %n log set(s)", 2).arg(two));
        QVERIFY2(r.out.contains("2 Protokollgruppen\n"), qPrintable(r.out));

        // A problem in the file: the severity and the validator's message are German.
        const QString bad = m_home.filePath("bad.json");
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"log_dir\": \"/tmp\", \"active_log\": \"a.log\", "
                   "\"rotation\": {\"max_size_mb\": \"ten\"}}");
        file.close();
        r = run("de_DE.UTF-8", {"--check-config", "-c", bad});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.out.contains(german("ConfigIssue", "error") + ": rotation.max_size_mb: " +
                                german("ConfigValidator", "must be a number, got %1")
                                    .arg(german("ConfigValidator", "a string"))),
                 qPrintable(r.out));
    }

    void englishHasRealPlurals()
    {
        const QString one = writeConfig("one.json", 1);
        const QString two = writeConfig("two.json", 2);
        for (const char *lang : {"en_US.UTF-8", "C.UTF-8", "fr_FR.UTF-8"}) {
            Run r = run(lang, {"--check-config", "-c", one});
            QCOMPARE(r.out.trimmed(), one + ": OK, 1 log set");
            r = run(lang, {"--check-config", "-c", two});
            QCOMPARE(r.out.trimmed(), two + ": OK, 2 log sets");
            r = run(lang, {"--help"});
            QVERIFY2(r.out.contains("Show this help and exit."), lang);
        }
    }
};

QTEST_GUILESS_MAIN(TestGermanCommandLine)
#include "tst_germancommandline.moc"
