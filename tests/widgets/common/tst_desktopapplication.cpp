// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "widgets/common/desktopapplication.h"

#include "testutil.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace Logkeeper;

// Desktop files as the Desktop Entry Specification writes them, read from real XDG folders.
class TestDesktopApplication : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;

    bool write(const QString &relativePath, const QByteArray &text)
    {
        return TestUtil::writeFile(m_home.filePath(relativePath), text);
    }

private slots:
    void initTestCase()
    {
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath("home")));
        qputenv("XDG_DATA_DIRS", QFile::encodeName(m_home.filePath("system")));
        QVERIFY(QDir().mkpath(m_home.filePath("system")));
        if (QFileInfo::exists("/usr/share/mime"))
            QVERIFY(QFile::link("/usr/share/mime", m_home.filePath("system/mime")));
    }

    // Exec's quoting and field codes: quoted arguments keep their spaces and escapes, %F takes
    // every file, %f one (one start per file), %i %c %k their values, %% a percent sign,
    // deprecated codes go, and without a file code the files are appended.
    void execBecomesTheCommand()
    {
        DesktopApplication app;
        app.id = "x.desktop";
        app.filePath = "/apps/x.desktop";
        app.name = "X Viewer";
        app.iconName = "x-icon";
        app.exec = "xview \"--title=A \\\"quoted\\\" \\$name\" %i --name=%c %k 100%% %d %F";
        QCOMPARE(
            app.commandFor({"/a b/one.gz", "/two.gz"}),
            QStringList({"xview", "--title=A \"quoted\" $name", "--icon", "x-icon",
                         "--name=X Viewer", "/apps/x.desktop", "100%", "/a b/one.gz", "/two.gz"}));
        QCOMPARE(app.commandsFor({"/one.gz", "/two.gz"}).size(), 1);

        app.exec = "xview --open=%u";
        QCOMPARE(app.commandsFor({"/one.gz", "/t w o.gz"}),
                 QVector<QStringList>(
                     {{"xview", "--open=file:///one.gz"}, {"xview", "--open=file:///t w o.gz"}}));
        app.exec = "xview";
        QCOMPARE(app.commandFor({"/one.gz"}), QStringList({"xview", "/one.gz"}));
        app.terminal = true; // run in Debian's terminal
        app.exec = "xview %f";
        QCOMPARE(app.commandFor({"/one.gz"}),
                 QStringList({"x-terminal-emulator", "-e", "xview", "/one.gz"}));
        app.terminal = false;
        app.exec = "xview \"unterminated";
        QCOMPARE(app.commandFor({"/one.gz"}), QStringList());
    }

    void typedCommandIsSplitLikeAShell()
    {
        QCOMPARE(
            DesktopApplication::commandForTyped("zless -R 'a b' \"c \\\"d\\\"\" e\\ f", {"/x.gz"}),
            QStringList({"zless", "-R", "a b", "c \"d\"", "e f", "/x.gz"}));
        QCOMPARE(DesktopApplication::commandForTyped("prog %f --end", {"/x.gz", "/y.gz"}),
                 QStringList({"prog", "/x.gz", "/y.gz", "--end"}));
        QCOMPARE(DesktopApplication::commandForTyped("prog 'open", {"/x.gz"}), QStringList());
        QCOMPARE(DesktopApplication::commandForTyped("   ", {"/x.gz"}), QStringList());
    }

    // Which applications are offered for a type: those declaring it or an alias first, those
    // declaring an ancestor after; hidden ones, other types of entries and missing TryExec
    // programs never; the user's own file overrides the system's of the same id.
    void applicationsForAMimeType()
    {
        QVERIFY(write("system/applications/ark.desktop",
                      "[Desktop Entry]\nType=Application\nName=Ark\nName[de]=Ark (de)\n"
                      "Exec=ark %U\nMimeType=application/x-gzip;\n"));
        QVERIFY(write("system/applications/sub/reader.desktop",
                      "[Desktop Entry]\nType=Application\nName=Reader\nExec=reader %f\n"
                      "MimeType=application/gzip;text/plain;\n"));
        QVERIFY(write("system/applications/hidden.desktop",
                      "[Desktop Entry]\nType=Application\nName=Hidden\nExec=h\nHidden=true\n"
                      "MimeType=application/gzip;\n"));
        QVERIFY(write("system/applications/link.desktop",
                      "[Desktop Entry]\nType=Link\nName=Link\nURL=https://example.org\n"
                      "MimeType=application/gzip;\n"));
        QVERIFY(write("system/applications/gone.desktop",
                      "[Desktop Entry]\nType=Application\nName=Gone\nExec=gone\n"
                      "TryExec=/no/such/program\nMimeType=application/gzip;\n"));
        QVERIFY(write("system/applications/image.desktop",
                      "[Desktop Entry]\nType=Application\nName=Image\nExec=image %f\n"
                      "MimeType=image/png;\n"));
        // The user's own copy of "reader" no longer handles gzip.
        QVERIFY(write("home/applications/sub-reader.desktop",
                      "[Desktop Entry]\nType=Application\nName=My Reader\nExec=reader %f\n"
                      "MimeType=text/plain;\n"));
        QVERIFY(write("home/applications/editor.desktop",
                      "# a comment\n[Desktop Entry]\nType=Application\nName=Editor\n"
                      "Exec=editor\\s--new %F\nMimeType=text/plain;\n[Desktop Action x]\n"
                      "Name=Other\n"));

        const auto ids = [](const QVector<DesktopApplication> &apps) {
            QStringList list;
            for (const DesktopApplication &app : apps)
                list.append(app.id);
            return list;
        };
        QCOMPARE(ids(DesktopApplication::forMimeType("application/gzip")),
                 QStringList{"ark.desktop"});
        // text/x-log is a kind of text/plain: the text programs come after any for text/x-log.
        const QVector<DesktopApplication> text = DesktopApplication::forMimeType("text/x-log");
        QCOMPARE(ids(text), QStringList({"editor.desktop", "sub-reader.desktop"}));
        QCOMPARE(text.at(0).exec, QString("editor --new %F"));
        QCOMPARE(text.at(1).name, QString("My Reader"));

        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const QString germanName =
            DesktopApplication::forMimeType("application/gzip").value(0).name;
        QLocale::setDefault(before);
        QCOMPARE(germanName, QString("Ark (de)"));
    }

    // Logkeeper's own desktop file: a file manager offers "Open with Logkeeper" for plain-text
    // logs and for the four compressed kinds, by the MIME types that the desktop's database
    // gives such files, and the file goes on to `logkeeper FILE` (its viewer).
    void logkeeperIsOfferedForLogsAndCompressedLogs()
    {
        const QString id = "io.github.logkeeper.Logkeeper.desktop";
        const QString installed = m_home.filePath("system/applications/" + id);
        QVERIFY(QDir().mkpath(QFileInfo(installed).absolutePath()));
        QVERIFY(QFile::copy(LOGKEEPER_SOURCE_DIR "/packaging/" + id, installed));
        const QMimeDatabase db;
        for (const QString name : {"app.log", "notes.txt", "app.log.1.gz", "app.log.2.bz2",
                                   "app.log.3.xz", "app.log.4.zst", "app_20261205_142501.log.gz"}) {
            const QMimeType type = db.mimeTypeForFile(name, QMimeDatabase::MatchExtension);
            QVERIFY2(type.isValid() && !type.isDefault(), qPrintable(name));
            QStringList ids;
            for (const DesktopApplication &app : DesktopApplication::forMimeType(type.name()))
                ids.append(app.id);
            QVERIFY2(ids.contains(id),
                     qPrintable(name + ": " + type.name() + " -> " + ids.join(", ")));
        }
        const DesktopApplication logkeeper = DesktopApplication::fromFile(installed, id);
        QCOMPARE(logkeeper.commandFor({"/var/log/a b.log.gz"}),
                 QStringList({"logkeeper", "/var/log/a b.log.gz"}));
    }

    void startsTheProgramOrSaysWhyNot()
    {
        const QString out = m_home.filePath("started.out");
        QString error;
        QVERIFY(DesktopApplication::startDetached(
            {{"/bin/sh", "-c", "printf '%s' \"$1\" > \"$2\"", "sh", "hello", out}}, &error));
        QTRY_COMPARE_WITH_TIMEOUT(TestUtil::readFile(out), QByteArray("hello"), 10000);
        QVERIFY(!DesktopApplication::startDetached({{m_home.filePath("none")}}, &error));
        QVERIFY(error.contains(m_home.filePath("none")));
        QVERIFY(!DesktopApplication::startDetached({}, &error));
    }
};

QTEST_GUILESS_MAIN(TestDesktopApplication)
#include "tst_desktopapplication.moc"
