// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "widgets/common/desktopapplication.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QMimeDatabase>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QUrl>

#include <algorithm>

namespace Logkeeper {

namespace {

// A string value of a desktop file: \s \n \t \r \\ stand for their characters.
QString unescapeValue(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (int i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c != QLatin1Char('\\') || i + 1 == value.size()) {
            out += c;
            continue;
        }
        const QChar next = value.at(++i);
        switch (next.unicode()) {
        case 's':
            out += QLatin1Char(' ');
            break;
        case 'n':
            out += QLatin1Char('\n');
            break;
        case 't':
            out += QLatin1Char('\t');
            break;
        case 'r':
            out += QLatin1Char('\r');
            break;
        default: // "\\", and "\;" inside lists
            out += next;
            break;
        }
    }
    return out;
}

// A list value ("a;b;c;"), each element trimmed; "\;" is a semicolon inside an element.
QStringList listValue(const QString &raw)
{
    QStringList items;
    QString item;
    for (int i = 0; i < raw.size(); ++i) {
        const QChar c = raw.at(i);
        if (c == QLatin1Char('\\') && i + 1 < raw.size() && raw.at(i + 1) == QLatin1Char(';')) {
            item += QLatin1Char(';');
            ++i;
        } else if (c == QLatin1Char(';')) {
            if (!item.trimmed().isEmpty())
                items.append(item.trimmed());
            item.clear();
        } else {
            item += c;
        }
    }
    if (!item.trimmed().isEmpty())
        items.append(item.trimmed());
    return items;
}

// A command line split into words as a shell does it, without expanding anything: 'single'
// quotes keep everything, "double" quotes and a backslash outside quotes escape the next
// character. Empty when a quote is left open.
QStringList shellWords(const QString &line)
{
    QStringList words;
    QString word;
    bool inWord = false;
    QChar quote;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quote == QLatin1Char('\'')) {
            if (c == QLatin1Char('\''))
                quote = QChar();
            else
                word += c;
        } else if (quote == QLatin1Char('"')) {
            if (c == QLatin1Char('"'))
                quote = QChar();
            else if (c == QLatin1Char('\\') && i + 1 < line.size() &&
                     QStringLiteral("\"\\$`").contains(line.at(i + 1)))
                word += line.at(++i);
            else
                word += c;
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
            inWord = true;
        } else if (c == QLatin1Char('\\') && i + 1 < line.size()) {
            word += line.at(++i);
            inWord = true;
        } else if (c.isSpace()) {
            if (inWord)
                words.append(word);
            word.clear();
            inWord = false;
        } else {
            word += c;
            inWord = true;
        }
    }
    if (!quote.isNull())
        return {};
    if (inWord)
        words.append(word);
    return words;
}

bool isExecutable(const QString &program)
{
    if (program.contains(QLatin1Char('/'))) {
        const QFileInfo info(program);
        return info.isFile() && info.isExecutable();
    }
    return !QStandardPaths::findExecutable(program).isEmpty();
}

} // namespace

DesktopApplication DesktopApplication::fromFile(const QString &path, const QString &id)
{
    DesktopApplication app;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return app;
    QHash<QString, QString> keys;
    bool inEntry = false;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.startsWith(QLatin1Char('['))) {
            inEntry = line == QLatin1String("[Desktop Entry]");
            continue;
        }
        const int equals = line.indexOf(QLatin1Char('='));
        if (!inEntry || equals <= 0)
            continue;
        const QString key = line.left(equals).trimmed();
        if (!keys.contains(key)) // the first one counts
            keys.insert(key, line.mid(equals + 1).trimmed());
    }
    if (keys.value(QStringLiteral("Type")) != QLatin1String("Application") ||
        keys.value(QStringLiteral("Hidden")) == QLatin1String("true"))
        return app;
    const QString tryExec = unescapeValue(keys.value(QStringLiteral("TryExec")));
    if (!tryExec.isEmpty() && !isExecutable(tryExec))
        return app;

    // Name in the UI language: Name[de_DE], then Name[de], then Name.
    const QString locale = QLocale().name();
    QString name = keys.value(QStringLiteral("Name[%1]").arg(locale));
    if (name.isEmpty())
        name = keys.value(QStringLiteral("Name[%1]").arg(locale.section(QLatin1Char('_'), 0, 0)));
    if (name.isEmpty())
        name = keys.value(QStringLiteral("Name"));

    app.id = id.isEmpty() ? QFileInfo(path).fileName() : id;
    app.filePath = path;
    app.name = unescapeValue(name);
    app.iconName = unescapeValue(keys.value(QStringLiteral("Icon")));
    app.exec = unescapeValue(keys.value(QStringLiteral("Exec")));
    app.mimeTypes = listValue(keys.value(QStringLiteral("MimeType")));
    app.terminal = keys.value(QStringLiteral("Terminal")) == QLatin1String("true");
    if (app.terminal &&
        QStandardPaths::findExecutable(QStringLiteral("x-terminal-emulator")).isEmpty())
        return DesktopApplication(); // a terminal program without a terminal to run it in
    if (app.name.isEmpty())
        app.name = app.id;
    return app;
}

QVector<DesktopApplication> DesktopApplication::forMimeType(const QString &mimeType)
{
    const QMimeDatabase db;
    const QMimeType type = db.mimeTypeForName(mimeType);
    QSet<QString> exact{mimeType};
    QSet<QString> ancestors;
    if (type.isValid()) {
        exact.insert(type.name());
        for (const QString &alias : type.aliases())
            exact.insert(alias);
        for (const QString &ancestor : type.allAncestors()) {
            if (ancestor != QLatin1String("application/octet-stream"))
                ancestors.insert(ancestor);
        }
    }

    QVector<DesktopApplication> first, then;
    QSet<QString> seen;
    const QStringList dirs =
        QStandardPaths::standardLocations(QStandardPaths::ApplicationsLocation);
    for (const QString &dir : dirs) {
        QDirIterator it(dir, {QStringLiteral("*.desktop")}, QDir::Files,
                        QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
        while (it.hasNext()) {
            const QString path = it.next();
            // The id is the path below the applications folder, '/' as '-'.
            QString id = path.mid(dir.size() + 1);
            id.replace(QLatin1Char('/'), QLatin1Char('-'));
            if (seen.contains(id))
                continue; // an earlier folder (the user's own) overrides it
            seen.insert(id);
            const DesktopApplication app = fromFile(path, id);
            if (!app.isValid())
                continue;
            bool isExact = false, isAncestor = false;
            for (const QString &declared : app.mimeTypes) {
                // A declared alias counts as its type.
                const QString canonical = db.mimeTypeForName(declared).isValid()
                                              ? db.mimeTypeForName(declared).name()
                                              : declared;
                isExact = isExact || exact.contains(declared) || exact.contains(canonical);
                isAncestor =
                    isAncestor || ancestors.contains(declared) || ancestors.contains(canonical);
            }
            if (isExact)
                first.append(app);
            else if (isAncestor)
                then.append(app);
        }
    }
    const auto byName = [](const DesktopApplication &a, const DesktopApplication &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    };
    std::sort(first.begin(), first.end(), byName);
    std::sort(then.begin(), then.end(), byName);
    return first + then;
}

QStringList DesktopApplication::splitExec(const QString &exec, bool *ok)
{
    // Arguments are separated by spaces; a quoted one may hold anything, with " ` $ and the
    // backslash escaped by a backslash.
    QStringList args;
    QString current;
    bool inQuotes = false, hasArg = false;
    for (int i = 0; i < exec.size(); ++i) {
        const QChar c = exec.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('\\') && i + 1 < exec.size()) {
                current += exec.at(++i);
            } else if (c == QLatin1Char('"')) {
                inQuotes = false;
            } else {
                current += c;
            }
        } else if (c == QLatin1Char('"')) {
            inQuotes = true;
            hasArg = true;
        } else if (c.isSpace()) {
            if (hasArg || !current.isEmpty())
                args.append(current);
            current.clear();
            hasArg = false;
        } else {
            current += c;
        }
    }
    if (hasArg || !current.isEmpty())
        args.append(current);
    *ok = !inQuotes;
    return args;
}

QStringList DesktopApplication::commandFor(const QStringList &files) const
{
    bool ok = false;
    const QStringList words = splitExec(exec, &ok);
    if (!ok || words.isEmpty())
        return {};
    QStringList urls;
    for (const QString &file : files)
        urls.append(QUrl::fromLocalFile(file).toString());
    QStringList command;
    bool tookFiles = false;
    for (const QString &word : words) {
        if (word == QLatin1String("%F") || word == QLatin1String("%U")) {
            command += word == QLatin1String("%F") ? files : urls;
            tookFiles = true;
            continue;
        }
        if (word == QLatin1String("%i")) {
            if (!iconName.isEmpty())
                command << QStringLiteral("--icon") << iconName;
            continue;
        }
        QString arg;
        bool dropped = false;
        for (int i = 0; i < word.size(); ++i) {
            if (word.at(i) != QLatin1Char('%') || i + 1 == word.size()) {
                arg += word.at(i);
                continue;
            }
            const QChar code = word.at(++i);
            switch (code.unicode()) {
            case '%':
                arg += QLatin1Char('%');
                break;
            case 'f':
                arg += files.value(0);
                tookFiles = true;
                break;
            case 'u':
                arg += urls.value(0);
                tookFiles = true;
                break;
            case 'c':
                arg += name;
                break;
            case 'k':
                arg += filePath;
                break;
            default: // deprecated (%d %D %n %N %v %m) or unknown: removed
                dropped = true;
                break;
            }
        }
        if (!arg.isEmpty() || !dropped)
            command.append(arg);
    }
    if (!tookFiles)
        command += files;
    if (terminal)
        command =
            QStringList{QStringLiteral("x-terminal-emulator"), QStringLiteral("-e")} + command;
    return command;
}

QVector<QStringList> DesktopApplication::commandsFor(const QStringList &files) const
{
    bool ok = false;
    const QStringList words = splitExec(exec, &ok);
    const bool onePerFile = std::any_of(words.cbegin(), words.cend(), [](const QString &w) {
        return w.contains(QLatin1String("%f")) || w.contains(QLatin1String("%u"));
    });
    QVector<QStringList> commands;
    if (!onePerFile || files.size() <= 1) {
        const QStringList command = commandFor(files);
        if (!command.isEmpty())
            commands.append(command);
        return commands;
    }
    for (const QString &file : files) {
        const QStringList command = commandFor({file});
        if (!command.isEmpty())
            commands.append(command);
    }
    return commands;
}

QStringList DesktopApplication::commandForTyped(const QString &commandLine,
                                                const QStringList &files)
{
    const QStringList words = shellWords(commandLine);
    if (words.isEmpty())
        return {};
    QStringList command;
    bool tookFiles = false;
    for (const QString &word : words) {
        if (word == QLatin1String("%f") || word == QLatin1String("%F")) {
            command += files;
            tookFiles = true;
        } else {
            command.append(word);
        }
    }
    if (!tookFiles)
        command += files;
    return command;
}

bool DesktopApplication::startDetached(const QVector<QStringList> &commands, QString *error)
{
    if (commands.isEmpty()) {
        *error = tr("There is no command to start.");
        return false;
    }
    for (const QStringList &command : commands) {
        if (!QProcess::startDetached(command.first(), command.mid(1))) {
            *error =
                tr("Cannot start %1: no such program, or it cannot be run.").arg(command.first());
            return false;
        }
    }
    return true;
}

} // namespace Logkeeper
