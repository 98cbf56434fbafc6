// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
// `logkeeper --view FILE` through the real binary on a real X server (Xvfb), with no Logkeeper
// running: only the viewer opens (no daemon, no tray, no config written, not even the default
// one); a second --view becomes a tab of it; closing its window as a user does (Ctrl+Shift+W,
// typed with xdotool) ends the process. Skipped, saying so, where Xvfb or xdotool are missing
// (CI installs them through tools/install-deps.sh).

#include "app/singleinstance.h"
#include "app/viewonlyapp.h"

#include "testutil.h"

#include <QDirIterator>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Logkeeper;

class TestViewOnly : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    QProcess m_xvfb;
    QString m_display;
    QProcessEnvironment m_env;

    static void stop(QProcess &process)
    {
        if (process.state() == QProcess::NotRunning)
            return;
        process.terminate();
        if (!process.waitForFinished(10000)) {
            process.kill();
            process.waitForFinished();
        }
    }

    QString xdotool(const QStringList &args)
    {
        QProcess p;
        p.setProcessEnvironment(m_env);
        p.start(QStringLiteral("xdotool"), args);
        if (!p.waitForFinished(30000))
            return {};
        return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    }

    // Every file under the XDG folders (the sockets' folder aside).
    QStringList filesWritten() const
    {
        QStringList out;
        for (const char *var : {"XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"}) {
            QDirIterator it(m_home.filePath(QLatin1String(var)), QDir::Files | QDir::Hidden,
                            QDirIterator::Subdirectories);
            while (it.hasNext())
                out.append(it.next());
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        QStringList missing;
        for (const char *tool : {"Xvfb", "xdotool"}) {
            if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty())
                missing.append(QLatin1String(tool));
        }
        if (!missing.isEmpty())
            QSKIP(qPrintable("needs " + missing.join(", ") +
                             " (Debian: xvfb xdotool) to close a window as a user does"));
        for (int n = 200; n < 250 && m_display.isEmpty(); ++n) {
            if (QFileInfo::exists(QStringLiteral("/tmp/.X%1-lock").arg(n)) ||
                QFileInfo::exists(QStringLiteral("/tmp/.X11-unix/X%1").arg(n)))
                continue;
            m_xvfb.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            m_xvfb.start("Xvfb", {QStringLiteral(":%1").arg(n), "-screen", "0", "1024x768x24",
                                  "-nolisten", "tcp", "-noreset"});
            const bool up = QTest::qWaitFor(
                [&] {
                    return m_xvfb.state() == QProcess::NotRunning ||
                           QFileInfo::exists(QStringLiteral("/tmp/.X11-unix/X%1").arg(n));
                },
                30000);
            if (up && m_xvfb.state() == QProcess::Running)
                m_display = QStringLiteral(":%1").arg(n);
            else
                stop(m_xvfb);
        }
        QVERIFY2(!m_display.isEmpty(), "no free X display between :200 and :249");
        m_env = QProcessEnvironment::systemEnvironment();
        QVERIFY(TestUtil::makeXdgFolders(m_home.path(), &m_env));
        // The same runtime folder here, so serverName() names the binary's sockets.
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_home.filePath("XDG_RUNTIME_DIR")));
        m_env.insert("HOME", m_home.path());
        m_env.insert("DISPLAY", m_display);
        m_env.insert("QT_QPA_PLATFORM", "xcb");
        m_env.remove("WAYLAND_DISPLAY");
        m_env.remove("DBUS_SESSION_BUS_ADDRESS");
    }

    void cleanupTestCase() { stop(m_xvfb); }

    void viewAloneEndsWithItsWindow()
    {
        const QString first = m_home.filePath("logs/first.log");
        const QString second = m_home.filePath("logs/second.log");
        QVERIFY(TestUtil::writeFile(first, "first line\n"));
        QVERIFY(TestUtil::writeFile(second, "second line\n"));
        const QString config = m_home.filePath("XDG_CONFIG_HOME/logkeeper/config.json");

        QProcess viewer;
        viewer.setProcessEnvironment(m_env);
        viewer.setProcessChannelMode(QProcess::MergedChannels);
        viewer.start(LOGKEEPER_BINARY, {"--view", first});
        QString output;
        const auto saw = [&](const QString &text) {
            return QTest::qWaitFor(
                [&] {
                    output += QString::fromUtf8(viewer.readAll());
                    return output.contains(text);
                },
                30000);
        };
        QVERIFY2(saw("view-only: showing " + first), qPrintable(output));
        QTRY_VERIFY_WITH_TIMEOUT(!xdotool({"search", "--name", "first.log — Logkeeper"}).isEmpty(),
                                 30000);
        // No daemon (it would say "Started with"), no tray or status window, no config.
        QVERIFY2(!output.contains("Started with"), qPrintable(output));
        QVERIFY2(!output.contains("status window"), qPrintable(output));
        QVERIFY2(!output.contains("default config"), qPrintable(output));
        QVERIFY(!QFileInfo::exists(config));
        QVERIFY(!QFileInfo::exists(SingleInstance::serverName(config))); // no desktop instance
        const QString viewerSocket = SingleInstance::serverName(ViewOnlyApp::instanceKey(config));
        QVERIFY(QFileInfo::exists(viewerSocket)); // the viewer's own, for a further --view

        // A second --view: a tab of this viewer, the second process gone at once.
        QProcess again;
        again.setProcessEnvironment(m_env);
        again.setProcessChannelMode(QProcess::MergedChannels);
        again.start(LOGKEEPER_BINARY, {"--view", second});
        QVERIFY(again.waitForFinished(30000));
        QCOMPARE(again.exitCode(), 0);
        QVERIFY2(saw("request from another instance"), qPrintable(output));
        QTRY_VERIFY_WITH_TIMEOUT(!xdotool({"search", "--name", "second.log — Logkeeper"}).isEmpty(),
                                 30000);

        // Closing the window as a user does ends the process.
        const QString window = xdotool({"search", "--name", "— Logkeeper"}).split('\n').value(0);
        QVERIFY(!window.isEmpty());
        xdotool({"windowfocus", "--sync", window});
        xdotool({"key", "--clearmodifiers", "ctrl+shift+w"});
        QVERIFY2(viewer.waitForFinished(30000), qPrintable(output));
        QCOMPARE(viewer.exitStatus(), QProcess::NormalExit);
        QCOMPARE(viewer.exitCode(), 0);
        // Nothing of the config written; only the recent files (state).
        QVERIFY(!QFileInfo::exists(config));
        for (const QString &file : filesWritten())
            QVERIFY2(file.endsWith("logkeeper/viewer-recent.conf"), qPrintable(file));
        QVERIFY(!QFileInfo::exists(viewerSocket));
    }

    // SIGTERM ends a view-only viewer cleanly too: status 0, its socket gone.
    void terminatedCleanly()
    {
        const QString file = m_home.filePath("logs/term.log");
        QVERIFY(TestUtil::writeFile(file, "x\n"));
        const QString config = m_home.filePath("XDG_CONFIG_HOME/logkeeper/config.json");
        const QString socket = SingleInstance::serverName(ViewOnlyApp::instanceKey(config));
        QProcess viewer;
        viewer.setProcessEnvironment(m_env);
        viewer.setProcessChannelMode(QProcess::MergedChannels);
        viewer.start(LOGKEEPER_BINARY, {"--view", file});
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(socket), 30000);
        viewer.terminate();
        QVERIFY(viewer.waitForFinished(30000));
        QCOMPARE(viewer.exitStatus(), QProcess::NormalExit);
        QCOMPARE(viewer.exitCode(), 0);
        QVERIFY(!QFileInfo::exists(socket));
    }
};

QTEST_GUILESS_MAIN(TestViewOnly)
#include "tst_viewonly.moc"
