// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Logkeeper {

// An application installed on the desktop, as its .desktop file describes it (Desktop Entry
// Specification): for "Open With…", which lists the applications that declare a file's MIME
// type and starts the chosen one on the file.
class DesktopApplication
{
    Q_DECLARE_TR_FUNCTIONS(DesktopApplication)

public:
    QString id;       // the desktop file id ("org.kde.ark.desktop"; subfolders joined by '-')
    QString filePath; // the .desktop file it was read from
    QString name;     // Name, in the UI language when the file has it
    QString iconName; // Icon: a theme name or an absolute path
    QString exec;     // Exec, unescaped as a string value
    QStringList mimeTypes;
    bool terminal = false; // Terminal=true: runs in x-terminal-emulator (Debian's terminal)

    bool isValid() const { return !id.isEmpty() && !exec.isEmpty(); }

    // The applications whose desktop files (in the XDG data dirs, the first one holding an id
    // wins) declare mimeType, one of its aliases or (after those) one of its ancestors other
    // than application/octet-stream; each once, by name within each group. Hidden entries,
    // entries of another type, those whose TryExec is missing and terminal programs when there
    // is no x-terminal-emulator are left out.
    static QVector<DesktopApplication> forMimeType(const QString &mimeType);
    // One desktop file; an invalid application when it is not one.
    static DesktopApplication fromFile(const QString &path, const QString &id = {});

    // The program and arguments Exec asks for to open files: %f/%u take the first file (the
    // program is started once per file then: see commandsFor), %F/%U all of them, %i, %c, %k
    // their values, %% a percent sign; deprecated field codes go. Without a file field code the
    // files are appended. A terminal program is run with x-terminal-emulator -e. Empty when
    // Exec cannot be parsed (an unterminated quote).
    QStringList commandFor(const QStringList &files) const;
    // commandFor() for each program start the files need: one for all with %F/%U or none,
    // one per file with %f/%u.
    QVector<QStringList> commandsFor(const QStringList &files) const;

    // A command line typed by the user ("Other command…"), split into words as a shell does
    // (quotes, backslashes; nothing expanded); "%f" in it takes the files, else they are
    // appended. Empty when it cannot be split (an open quote).
    static QStringList commandForTyped(const QString &commandLine, const QStringList &files);

    // Starts each command detached; false with *error naming the program when one fails.
    static bool startDetached(const QVector<QStringList> &commands, QString *error);

private:
    static QStringList splitExec(const QString &exec, bool *ok);
};

} // namespace Logkeeper
