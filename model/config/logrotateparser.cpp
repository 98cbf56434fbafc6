// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "config/logrotateparser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QVector>

#include <algorithm>
#include <cstring>
#include <fnmatch.h>
#include <pwd.h>

namespace Logkeeper {

namespace {

using Kind = LogrotateSettings::Kind;

// logrotate's include nesting limit (MAX_NESTING)
constexpr int maxIncludeDepth = 16;
// logrotate refuses bigger files: "too large, probably not a config file"
constexpr qint64 maxFileSize = 0xffffff;

// logrotate's defTabooExts: names ending so are not read from an included folder
const char *const defaultTabooExtensions[] = {
    ",v",        ".bak",      ".cfsaved",  ".disabled",      ".dpkg-bak", ".dpkg-del", ".dpkg-dist",
    ".dpkg-new", ".dpkg-old", ".dpkg-tmp", ".rhn-cfg-tmp-*", ".rpmnew",   ".rpmorig",  ".rpmsave",
    ".swp",      ".ucf-dist", ".ucf-new",  ".ucf-old",       "~"};

// The C locale's classes, as logrotate tests bytes (isalpha, isblank, isspace).
bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

// glob(GLOB_TILDE): "~" and "~/..." are the home folder, "~user/..." that user's.
QString expandTilde(const QString &path)
{
    if (!path.startsWith(QLatin1Char('~')))
        return path;
    const int slash = path.indexOf(QLatin1Char('/'));
    const QString user = path.mid(1, slash < 0 ? -1 : slash - 1);
    const QString rest = slash < 0 ? QString() : path.mid(slash);
    if (user.isEmpty())
        return QDir::homePath() + rest;
    const struct passwd *pw = ::getpwnam(user.toLocal8Bit().constData());
    return pw ? QFile::decodeName(pw->pw_dir) + rest : path;
}

} // namespace

LogrotateParser::LogrotateParser()
{
    for (const char *extension : defaultTabooExtensions)
        m_taboo.append(QLatin1Char('*') + QLatin1String(extension));
    m_cwd = QDir::currentPath();
}

LogrotateConfig LogrotateParser::parse(const QStringList &paths)
{
    LogrotateParser parser;
    LogrotateSettings defaults;
    for (const QString &path : paths)
        parser.readPath(path, &defaults, nullptr);
    return parser.m_config;
}

void LogrotateParser::addInput(const QString &path)
{
    if (!m_inputSet.contains(path)) {
        m_inputSet.insert(path);
        m_config.inputs.append(path);
    }
}

void LogrotateParser::addError(const QString &file, int line, const QString &message)
{
    m_config.errors.append({file, line, QString(), message});
}

bool LogrotateParser::isTaboo(const QString &fileName) const
{
    const QByteArray name = QFile::encodeName(fileName);
    for (const QString &pattern : m_taboo) {
        if (::fnmatch(QFile::encodeName(pattern).constData(), name.constData(), FNM_PERIOD) == 0)
            return true;
    }
    return false;
}

// tabooext [+] ext[, ext...] / taboopat [+] pattern[, pattern...]: without "+" the list is
// replaced. The list holds for the rest of the whole run, as logrotate's does.
void LogrotateParser::setTaboo(const LogrotateDirective &directive)
{
    QString list = directive.value;
    if (list.startsWith(QLatin1Char('+')))
        list = list.mid(1);
    else
        m_taboo.clear();
    const bool extensions = directive.name == QLatin1String("tabooext");
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    const QStringList items = list.split(separators, Qt::SkipEmptyParts);
    for (const QString &item : items)
        m_taboo.append(extensions ? QLatin1Char('*') + item : item);
}

bool LogrotateParser::readPath(const QString &given, LogrotateSettings *defaults,
                               const LogrotateDirective *includedBy)
{
    const QString path = QDir::cleanPath(QDir(m_cwd).absoluteFilePath(given));
    addInput(path);
    // A failure to reach the path is reported where it was named.
    const auto fail = [&](const QString &message) {
        if (includedBy)
            addError(includedBy->file, includedBy->line, message);
        else
            addError(path, 0, message);
        return false;
    };
    const QFileInfo info(path);
    if (!info.exists())
        return fail(tr("cannot read %1: no such file or folder").arg(path));
    if (!info.isDir()) {
        const LogrotateSettings before = *defaults;
        if (readFile(path, defaults))
            return true;
        *defaults = before;
        return false;
    }

    const QDir dir(path);
    if (!dir.isReadable())
        return fail(tr("cannot read the folder %1").arg(path));
    QStringList names =
        dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    names.erase(std::remove_if(names.begin(), names.end(),
                               [this](const QString &name) { return isTaboo(name); }),
                names.end());
    // logrotate sorts with strcoll(), in the locale it runs in
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        return std::strcoll(QFile::encodeName(a).constData(), QFile::encodeName(b).constData()) < 0;
    });
    const QString outerCwd = m_cwd;
    m_cwd = path;
    bool ok = true;
    for (const QString &name : std::as_const(names)) {
        const LogrotateSettings before = *defaults;
        if (!readFile(dir.filePath(name), defaults)) {
            *defaults = before; // a file that fails does not change the defaults
            ok = false;
        }
    }
    m_cwd = outerCwd;
    return ok;
}

bool LogrotateParser::readFile(const QString &path, LogrotateSettings *defaults)
{
    addInput(path);
    const QFileInfo info(path);
    if (!info.isFile())
        return true; // logrotate skips what is not a regular file (a sub-folder, a socket)
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        addError(path, 0, tr("cannot open the file: %1").arg(file.errorString()));
        return false;
    }
    if (file.size() > maxFileSize) {
        addError(path, 0, tr("the file is too large for a logrotate config"));
        return false;
    }
    const QByteArray text = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        addError(path, 0, tr("cannot read the file: %1").arg(file.errorString()));
        return false;
    }
    return readText(text, path, defaults);
}

bool LogrotateParser::readText(const QByteArray &buf, const QString &file,
                               LogrotateSettings *defaults)
{
    const int n = int(buf.size());
    QVector<int> lineStarts{0};
    for (int i = 0; i < n; ++i) {
        if (buf[i] == '\n')
            lineStarts.append(i + 1);
    }
    const auto lineOf = [&](int pos) {
        return int(std::upper_bound(lineStarts.cbegin(), lineStarts.cend(), pos) -
                   lineStarts.cbegin());
    };
    const auto endOfLine = [&](int p) {
        while (p < n && buf[p] != '\n')
            ++p;
        return p;
    };
    // The first word of the line starting at p (after blanks): "endscript", "postrotate", ...
    const auto firstWord = [&](int p, int *wordEnd) {
        while (p < n && isBlank(buf[p]))
            ++p;
        int e = p;
        while (e < n && isAlpha(buf[e]))
            ++e;
        if (wordEnd)
            *wordEnd = e;
        return buf.mid(p, e - p);
    };
    const auto isScriptKeyword = [](const QByteArray &word) {
        return LogrotateSettings::kindOf(QString::fromLatin1(word)) == Kind::Script;
    };

    int pos = 0;
    bool inStanza = false;
    LogrotateStanza stanza;

    // After an error inside a definition logrotate skips the definition up to its "}" (scripts
    // included, whose lines may hold anything); elsewhere it gives up on the file.
    const auto raise = [&](int at, const QString &message) {
        addError(file, lineOf(at), message);
        if (!inStanza)
            return false;
        inStanza = false;
        bool inScript = false;
        for (int p = endOfLine(at) + 1; p < n; p = endOfLine(p) + 1) {
            const QByteArray word = firstWord(p, nullptr);
            if (inScript) {
                inScript = word != "endscript";
                continue;
            }
            int q = p;
            while (q < n && isBlank(buf[q]))
                ++q;
            if (q < n && buf[q] == '}') {
                pos = q + 1;
                return true;
            }
            inScript = isScriptKeyword(word);
        }
        pos = n;
        return true;
    };

    while (pos < n) {
        const char c = buf[pos];
        if (isBlank(c) || c == '\n') {
            ++pos;
            continue;
        }
        if (c == '#') {
            pos = endOfLine(pos);
            continue;
        }
        LogrotateSettings *target = inStanza ? &stanza.settings : defaults;

        if (isAlpha(c)) {
            const int wordStart = pos;
            while (pos < n && isAlpha(buf[pos]))
                ++pos;
            const QString word = QString::fromLatin1(buf.mid(wordStart, pos - wordStart));
            const int line = lineOf(wordStart);
            if (pos < n && !isSpace(buf[pos]) && buf[pos] != '=') {
                if (!raise(wordStart, tr("keyword '%1' is not followed by a blank").arg(word)))
                    return false;
                continue;
            }
            LogrotateDirective directive{word, QString(), file, line};
            const Kind kind = LogrotateSettings::kindOf(word);
            if (kind == Kind::Unknown) {
                const int eol = endOfLine(pos);
                const QByteArray rest = buf.mid(pos, eol - pos);
                if (rest.contains('{') || rest.contains('}')) {
                    // logrotate would skip the line with its brace and misread all after it
                    if (!raise(wordStart, tr("unknown directive '%1' before a brace").arg(word)))
                        return false;
                    continue;
                }
                m_config.warnings.append(
                    {file, line, word, tr("unknown directive, ignored (as logrotate does)")});
                pos = eol;
                continue;
            }
            if (kind == Kind::Script) {
                // The script is the rest of this line and the lines before the one that starts
                // with "endscript", kept as written: the shell reads them.
                int eol = endOfLine(pos);
                QByteArray script;
                if (!buf.mid(pos, eol - pos).trimmed().isEmpty())
                    script = buf.mid(pos, eol - pos) + '\n';
                bool closed = false;
                for (int p = eol + 1; p < n; p = endOfLine(p) + 1) {
                    int wordEnd = 0;
                    if (firstWord(p, &wordEnd) == "endscript") {
                        pos = wordEnd;
                        closed = true;
                        break;
                    }
                    script += buf.mid(p, endOfLine(p) - p) + '\n';
                }
                if (!closed) {
                    addError(file, line, tr("%1 without endscript").arg(word));
                    return false;
                }
                directive.value = QString::fromUtf8(script);
            } else if (kind != Kind::Flag) {
                // The argument is the rest of the line: after blanks and an optional "="
                // (not for the directives whose argument is optional), trailing blanks cut.
                int p = pos;
                if (kind != Kind::Line) {
                    while (p < n && isBlank(buf[p]))
                        ++p;
                    if (p < n && buf[p] == '=') {
                        ++p;
                        while (p < n && isBlank(buf[p]))
                            ++p;
                    }
                    if (p >= n || buf[p] == '\n') {
                        if (!raise(wordStart, tr("argument expected after %1").arg(word)))
                            return false;
                        continue;
                    }
                }
                pos = endOfLine(p);
                directive.value = QString::fromUtf8(buf.mid(p, pos - p)).trimmed();
            }

            m_config.directives.append(directive);
            if (kind == Kind::ParserOnly) {
                if (word == QLatin1String("include")) {
                    QString path = directive.value;
                    if (path.startsWith(QLatin1String("~/")))
                        path = QDir::homePath() + path.mid(1);
                    if (m_depth >= maxIncludeDepth) {
                        addError(file, line, tr("include nesting too deep"));
                        continue;
                    }
                    ++m_depth;
                    readPath(path, target, &directive);
                    --m_depth;
                } else if (inStanza) {
                    if (!raise(wordStart,
                               tr("%1 may not appear inside a log file definition").arg(word)))
                        return false;
                } else {
                    setTaboo(directive);
                }
                if (inStanza)
                    stanza.directives.append(directive);
                continue;
            }
            QString error;
            if (!target->apply(directive, &error)) {
                if (!raise(wordStart, QStringLiteral("%1: %2").arg(word, error)))
                    return false;
                continue;
            }
            if (inStanza)
                stanza.directives.append(directive);
            continue;
        }

        if (c == '/' || c == '"' || c == '\'' || c == '~') {
            if (inStanza) {
                if (!raise(pos, tr("a log file name inside a log file definition")))
                    return false;
                continue;
            }
            // The names run up to "{", over several lines if need be; lines starting with
            // "#" between them are comments.
            QByteArray names;
            bool atLineStart = false;
            bool inComment = false;
            int p = pos;
            for (; p < n; ++p) {
                const char ch = buf[p];
                if (atLineStart && ch == '#')
                    inComment = true;
                else if (atLineStart && !isSpace(ch))
                    atLineStart = false;
                if (ch == '\n') {
                    atLineStart = true;
                    inComment = false;
                }
                if (inComment)
                    continue;
                if (ch == '}') {
                    addError(file, lineOf(p), tr("unexpected '}' (no '{' before it)"));
                    return false;
                }
                if (ch == '{')
                    break;
                names += ch;
            }
            if (p >= n) {
                addError(file, lineOf(pos), tr("missing '{' after the log file names"));
                return false;
            }
            QStringList paths;
            if (!LogrotateSettings::splitArguments(QString::fromUtf8(names), &paths)) {
                addError(file, lineOf(pos),
                         tr("cannot read the log file names (a quote or "
                            "backslash is not closed)"));
                return false;
            }
            if (paths.isEmpty()) {
                addError(file, lineOf(pos), tr("no log file name before '{'"));
                return false;
            }
            for (QString &path : paths)
                path = expandTilde(path);
            stanza = LogrotateStanza{file, lineOf(pos), paths, {}, *defaults};
            inStanza = true;
            pos = p + 1;
            continue;
        }

        if (c == '}') {
            if (!inStanza) {
                addError(file, lineOf(pos), tr("unexpected '}'"));
                return false;
            }
            m_config.stanzas.append(stanza);
            inStanza = false;
            const int eol = endOfLine(pos + 1);
            if (!buf.mid(pos + 1, eol - pos - 1).trimmed().isEmpty())
                m_config.warnings.append({file, lineOf(pos), QStringLiteral("}"),
                                          tr("text after '}' ignored (as logrotate does)")});
            pos = eol;
            continue;
        }

        if (!raise(pos, tr("a line must begin with a directive or a file name (possibly in "
                           "quotes)")))
            return false;
    }
    if (inStanza) {
        addError(file, stanza.line, tr("missing '}' at the end of the log file definition"));
        return false;
    }
    return true;
}

} // namespace Logkeeper
