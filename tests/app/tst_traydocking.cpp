// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
// The real binary on a real X server (Xvfb) with a real XEmbed tray (trayer): without a tray
// the status window shows; when trayer starts later, the icon docks inside it and the window
// goes. Skipped, saying so, where Xvfb, trayer or xwininfo are not installed (CI installs them
// through tools/install-deps.sh).

#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Logkeeper;

class TestTrayDocking : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    QProcess m_xvfb;
    QString m_display;
    QProcessEnvironment m_env;

    QString xwininfo(const QStringList &args)
    {
        QProcess p;
        p.setProcessEnvironment(m_env);
        p.start(QStringLiteral("xwininfo"), args);
        if (!p.waitForFinished(30000))
            return {};
        return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    }

    // xwininfo on the top-level window with this title (found in the tree listing, which
    // shows titles in UTF-8), or the error saying there is none.
    QString windowInfo(const QString &title)
    {
        const QString tree = xwininfo({"-root", "-tree"});
        for (const QString &line : tree.split('\n')) {
            const QString trimmed = line.trimmed();
            if (trimmed.contains(" \"" + title + "\""))
                return xwininfo({"-id", trimmed.section(' ', 0, 0)});
        }
        return "no window \"" + title + "\"";
    }

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

private slots:
    void initTestCase()
    {
        QStringList missing;
        for (const char *tool : {"Xvfb", "trayer", "xwininfo"}) {
            if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty())
                missing.append(QLatin1String(tool));
        }
        if (!missing.isEmpty())
            QSKIP(qPrintable("needs " + missing.join(", ") +
                             " (Debian: xvfb trayer x11-utils) to run a real X tray"));

        // A free display number: no lock file and no socket, and Xvfb agrees.
        for (int n = 150; n < 200 && m_display.isEmpty(); ++n) {
            if (QFileInfo::exists(QStringLiteral("/tmp/.X%1-lock").arg(n)) ||
                QFileInfo::exists(QStringLiteral("/tmp/.X11-unix/X%1").arg(n)))
                continue;
            m_xvfb.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            m_xvfb.start("Xvfb", {QStringLiteral(":%1").arg(n), "-screen", "0", "800x600x24",
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
                stop(m_xvfb); // taken meanwhile: try the next
        }
        QVERIFY2(!m_display.isEmpty(), "no free X display between :150 and :199");

        m_env = QProcessEnvironment::systemEnvironment();
        QVERIFY(TestUtil::makeXdgFolders(m_home.path(), &m_env));
        m_env.insert("HOME", m_home.path());
        m_env.insert("DISPLAY", m_display);
        m_env.insert("QT_QPA_PLATFORM", "xcb");
        m_env.remove("WAYLAND_DISPLAY");
        // No session bus: Qt then uses the XEmbed tray, not a StatusNotifier host.
        m_env.remove("DBUS_SESSION_BUS_ADDRESS");
    }

    void cleanupTestCase() { stop(m_xvfb); }

    void statusWindowGivesWayToALateTray()
    {
        const QJsonObject json{
            {"log_sets", QJsonArray{QJsonObject{{"name", "web"},
                                                {"log_dir", m_home.filePath("logs")},
                                                {"patterns", QJsonArray{"*.log"}}}}},
            {"state_file", m_home.filePath("state.json")},
        };
        QVERIFY(QDir().mkpath(m_home.filePath("logs")));
        QVERIFY(TestUtil::writeFile(m_home.filePath("config.json"), QJsonDocument(json).toJson()));

        QProcess logkeeper;
        logkeeper.setProcessEnvironment(m_env);
        logkeeper.setProcessChannelMode(QProcess::MergedChannels);
        logkeeper.start(LOGKEEPER_BINARY, {"--config", m_home.filePath("config.json")});
        QString output;
        const auto saw = [&](const QString &text) {
            return QTest::qWaitFor(
                [&] {
                    output += QString::fromUtf8(logkeeper.readAll());
                    return output.contains(text);
                },
                30000);
        };
        QVERIFY2(saw("showing the status window"), qPrintable(output));
        // Another config than the default one: the title names it (HOME is m_home).
        const QString title = QString::fromUtf8("Logkeeper — ~/config.json");
        QTRY_VERIFY2_WITH_TIMEOUT(windowInfo(title).contains("IsViewable"),
                                  qPrintable(xwininfo({"-root", "-tree"})), 30000);

        QProcess trayer;
        trayer.setProcessEnvironment(m_env);
        trayer.setProcessChannelMode(QProcess::ForwardedChannels);
        trayer.start("trayer", {"--edge", "top", "--align", "right", "--widthtype", "pixel",
                                "--width", "120", "--height", "28"});
        QVERIFY2(saw("A system tray appeared"), qPrintable(output));
        // The icon's window sits inside trayer's panel...
        QTRY_VERIFY2_WITH_TIMEOUT(xwininfo({"-tree", "-name", "panel"}).contains("\"logkeeper\""),
                                  qPrintable(xwininfo({"-root", "-tree"})), 30000);
        // ...and the stand-in window is gone.
        QTRY_VERIFY2_WITH_TIMEOUT(windowInfo(title).contains("IsUnMapped"),
                                  qPrintable(windowInfo(title)), 30000);

        ::kill(pid_t(logkeeper.processId()), SIGTERM);
        QVERIFY(logkeeper.waitForFinished(30000));
        QCOMPARE(logkeeper.exitStatus(), QProcess::NormalExit);
        QCOMPARE(logkeeper.exitCode(), 0);
        stop(trayer);
    }
};

QTEST_GUILESS_MAIN(TestTrayDocking)
#include "tst_traydocking.moc"
