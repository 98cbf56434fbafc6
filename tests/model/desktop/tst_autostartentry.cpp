// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "desktop/autostartentry.h"

#include "config/configloader.h"
#include "testutil.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace Logkeeper;

class TestAutostartEntry : public QObject
{
    Q_OBJECT
    QTemporaryDir m_xdg;
    QTemporaryDir m_bin; // the only folder in PATH

    static QString execLineOf(const QString &file)
    {
        for (const QByteArray &line : TestUtil::readFile(file).split('\n')) {
            if (line.startsWith("Exec="))
                return QString::fromUtf8(line.mid(5));
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_xdg.filePath("config")));
        qputenv("PATH", QFile::encodeName(m_bin.path()));
    }

    void writtenAndRemoved()
    {
        const QString file =
            m_xdg.filePath("config/autostart/io.github.logkeeper.Logkeeper.desktop");
        QCOMPARE(AutostartEntry::path(), file);
        AutostartEntry entry;
        QVERIFY(!entry.isEnabled());
        QString error;
        QVERIFY2(entry.setEnabled(true, &error), qPrintable(error)); // creates the folder too
        QVERIFY(entry.isEnabled());
        const QByteArray text = TestUtil::readFile(file);
        QVERIFY(text.startsWith("[Desktop Entry]\n"));
        QVERIFY(text.contains("\nType=Application\n"));
        QVERIFY(text.contains("\nIcon=io.github.logkeeper.Logkeeper\n"));
        // Not installed in PATH: the running binary by its absolute path; default config.
        QCOMPARE(execLineOf(file), QCoreApplication::applicationFilePath());
        QCOMPARE(TestUtil::entries(QFileInfo(file).absolutePath()),
                 QStringList{"io.github.logkeeper.Logkeeper.desktop"}); // no temporary left
        QVERIFY(entry.setEnabled(true, &error));                        // again: still one entry
        QVERIFY(entry.setEnabled(false, &error));
        QVERIFY(!QFile::exists(file));
        QVERIFY(!entry.isEnabled());
        QVERIFY(entry.setEnabled(false, &error)); // nothing to remove is fine
    }

    void configOtherThanTheDefaultIsPassed()
    {
        AutostartEntry byDefault(ConfigLoader::defaultConfigPath());
        QCOMPARE(byDefault.execLine(), QCoreApplication::applicationFilePath());

        AutostartEntry other("/srv/my logs/it's $HOME\\x.json");
        QCOMPARE(other.execLine(), QCoreApplication::applicationFilePath() +
                                       " --config \"/srv/my logs/it's \\\\$HOME\\\\\\\\x.json\"");
        AutostartEntry percent("/srv/100%.json");
        QCOMPARE(percent.execLine(),
                 QCoreApplication::applicationFilePath() + " --config /srv/100%%.json");
        QVERIFY(other.setEnabled(true));
        QCOMPARE(execLineOf(AutostartEntry::path()), other.execLine());
        QVERIFY(other.setEnabled(false));
    }

    void installedInPathIsCalledByName()
    {
        const QString link = m_bin.filePath("logkeeper");
        QVERIFY(QFile::link(QCoreApplication::applicationFilePath(), link));
        QCOMPARE(AutostartEntry::command(), QString("logkeeper"));
        // A different logkeeper in PATH is not the one running: keep the full path.
        QCOMPARE(AutostartEntry::command("/opt/other/logkeeper"), QString("/opt/other/logkeeper"));
        QVERIFY(QFile::remove(link));
    }

    void switchedOffByTheDesktopCountsAsOff()
    {
        AutostartEntry entry;
        QVERIFY(entry.setEnabled(true));
        QVERIFY(TestUtil::appendFile(AutostartEntry::path(), "Hidden=true\n"));
        QVERIFY(!entry.isEnabled());
        QVERIFY(entry.setEnabled(true)); // rewritten, on again
        QVERIFY(entry.isEnabled());
        QVERIFY(TestUtil::appendFile(AutostartEntry::path(), "X-GNOME-Autostart-enabled=false\n"));
        QVERIFY(!entry.isEnabled());
        QVERIFY(entry.setEnabled(false));
    }

    void failureIsReported()
    {
        // The autostart folder's place is taken by a file: an error naming it.
        const QString autostart = QFileInfo(AutostartEntry::path()).absolutePath();
        QVERIFY(QDir(autostart).removeRecursively());
        QVERIFY(TestUtil::writeFile(autostart, "not a folder"));
        AutostartEntry entry;
        QString error;
        QVERIFY(!entry.setEnabled(true, &error));
        QVERIFY2(error.contains(autostart), qPrintable(error));
        QVERIFY(QFile::remove(autostart));
    }
};

QTEST_GUILESS_MAIN(TestAutostartEntry)
#include "tst_autostartentry.moc"
