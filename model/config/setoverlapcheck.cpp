// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "config/setoverlapcheck.h"

#include "config/configvalidator.h"

#include <QHash>
#include <QPair>
#include <QRegularExpression>
#include <QSet>

namespace Logkeeper {

namespace {

// A glob's pieces, for globsOverlap(): one character class per position, or '*'.
struct GlobToken
{
    bool star = false;
    bool any = false;     // '?' or a class too complex to reason about
    bool negated = false; // [!...] / [^...]
    QString chars;        // literal: one character; class: its members (ranges expanded)
    bool accepts(QChar ch) const
    {
        if (any || star)
            return true;
        return chars.contains(ch) != negated;
    }
};

QVector<GlobToken> tokenize(const QString &glob)
{
    QVector<GlobToken> tokens;
    for (int i = 0; i < glob.size(); ++i) {
        GlobToken t;
        const QChar ch = glob.at(i);
        if (ch == QLatin1Char('*')) {
            t.star = true;
        } else if (ch == QLatin1Char('?')) {
            t.any = true;
        } else if (ch == QLatin1Char('[')) {
            int j = i + 1;
            if (j < glob.size() &&
                (glob.at(j) == QLatin1Char('!') || glob.at(j) == QLatin1Char('^'))) {
                t.negated = true;
                ++j;
            }
            const int start = j;
            while (j < glob.size() && (glob.at(j) != QLatin1Char(']') || j == start))
                ++j;
            if (j >= glob.size()) { // not a class after all: a literal '['
                t.chars = ch;
            } else {
                const QString body = glob.mid(start, j - start);
                for (int k = 0; k < body.size(); ++k) {
                    if (k + 2 < body.size() && body.at(k + 1) == QLatin1Char('-')) {
                        const ushort from = body.at(k).unicode(), to = body.at(k + 2).unicode();
                        if (to - from > 256) {
                            t.any = true;
                            break;
                        }
                        for (ushort u = from; u <= to; ++u)
                            t.chars += QChar(u);
                        k += 2;
                    } else {
                        t.chars += body.at(k);
                    }
                }
                i = j;
            }
        } else {
            t.chars = ch;
        }
        if (!(t.star && !tokens.isEmpty() && tokens.last().star))
            tokens.append(t);
    }
    return tokens;
}

// Whether two tokens can match one same character.
bool tokensMeet(const GlobToken &a, const GlobToken &b)
{
    if (a.star || b.star || (a.any && b.any))
        return true;
    if (a.any)
        return b.negated || !b.chars.isEmpty();
    if (b.any)
        return a.negated || !a.chars.isEmpty();
    if (a.negated && b.negated)
        return true; // both exclude finitely many characters
    const GlobToken &listed = a.negated ? b : a;
    const GlobToken &other = a.negated ? a : b;
    for (const QChar ch : listed.chars) {
        if (other.accepts(ch))
            return true;
    }
    return false;
}

// Whether some file name matches both globs ("t*.log" and "*t.log": "test.log"). Walks both
// patterns side by side, as two automata matching one name.
} // namespace

bool SetOverlapCheck::globsOverlap(const QString &x, const QString &y)
{
    const QVector<GlobToken> a = tokenize(x), b = tokenize(y);
    const int n = int(a.size()), m = int(b.size());
    QVector<char> seen((n + 1) * (m + 1), 0);
    QVector<QPair<int, int>> todo{{0, 0}};
    while (!todo.isEmpty()) {
        const auto [i, j] = todo.takeLast();
        char &s = seen[i * (m + 1) + j];
        if (s)
            continue;
        s = 1;
        if (i == n && j == m)
            return true;
        // A star may match nothing.
        if (i < n && a[i].star)
            todo.append({i + 1, j});
        if (j < m && b[j].star)
            todo.append({i, j + 1});
        // Or both take one character they can share; a star stays where it is.
        if (i < n && j < m && tokensMeet(a[i], b[j]))
            todo.append({a[i].star ? i : i + 1, b[j].star ? j : j + 1});
    }
    return false;
}

namespace {

// The last part of a pattern: what the names of its logs (and so its archives) look like.
QString lastPart(const QString &pattern)
{
    return pattern.mid(pattern.lastIndexOf(QLatin1Char('/')) + 1);
}

QString join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

// Two sets that would both rotate one file would fight over it: in the same folder, the same
// active_log, an active_log one of the other's globs matches, or globs that are equal or where
// one matches the other taken literally ("*.log" and "app*.log"). Two sets whose archives share
// a folder must not be able to make archives of logs with the same name, or retention could
// not tell them apart.
} // namespace

QVector<SetOverlapCheck::Clash> SetOverlapCheck::check(const QVector<LogSetConfig> &sets,
                                                       const QStringList &paths)
{
    QVector<Clash> clashes;
    struct Claim
    {
        QString name;            // an active_log or a glob
        QRegularExpression glob; // for globs only
        bool isGlob = false;
    };
    auto key = [&](int i) {
        return join(paths[i], sets[i].activeLog.isEmpty() ? QStringLiteral("patterns")
                                                          : QStringLiteral("active_log"));
    };
    auto matches = [](const Claim &glob, const Claim &literal) {
        return glob.isGlob && glob.glob.isValid() && glob.glob.match(literal.name).hasMatch();
    };
    // Where a set's archives go: the folder, or for a relative archive_dir below folders, the
    // tree and the relative part.
    auto archiveKey = [&](const LogSetConfig &s) {
        return s.spansFolders() ? s.logDir + QStringLiteral("/**/") + s.archiveDirRelative
                                : s.archiveDir;
    };
    // Only sets sharing a folder can clash; each glob is compiled once. Sets are visited in
    // document order so the issues are too.
    QHash<QString, QVector<int>> earlierInDir;
    QHash<QString, QVector<int>> earlierInArchive;
    QVector<QVector<Claim>> claims(sets.size());
    for (int j = 0; j < sets.size(); ++j) {
        const LogSetConfig &s = sets[j];
        if (s.logDir.isEmpty())
            continue;
        if (!s.activeLog.isEmpty()) {
            claims[j].append({s.activeLog, {}, false}); // a literal name, never a glob
        } else {
            for (const QString &p : s.patterns)
                claims[j].append({p, QRegularExpression::fromWildcard(p, Qt::CaseSensitive), true});
        }
        QVector<int> &earlier = earlierInDir[s.logDir];
        QSet<int> reported;
        for (const int i : std::as_const(earlier)) {
            QString clash;
            for (const Claim &x : std::as_const(claims[i])) {
                for (const Claim &y : std::as_const(claims[j])) {
                    if (x.name == y.name)
                        clash = ConfigValidator::tr("both name \"%1\"").arg(x.name);
                    else if (matches(x, y) || matches(y, x))
                        clash =
                            ConfigValidator::tr("\"%1\" and \"%2\" overlap").arg(x.name, y.name);
                    if (!clash.isEmpty())
                        break;
                }
                if (!clash.isEmpty())
                    break;
            }
            if (!clash.isEmpty()) {
                clashes.append({key(j), ConfigValidator::tr("claims the same file as %1 in %2: %3")
                                            .arg(key(i), s.logDir, clash)});
                reported.insert(i);
            }
        }
        earlier.append(j);

        if (s.archiveDir.isEmpty())
            continue;
        QVector<int> &sharing = earlierInArchive[archiveKey(s)];
        for (const int i : std::as_const(sharing)) {
            if (reported.contains(i))
                continue; // one error per pair is enough
            QString clash;
            for (const Claim &x : std::as_const(claims[i])) {
                for (const Claim &y : std::as_const(claims[j])) {
                    const QString a = x.isGlob ? lastPart(x.name) : x.name;
                    const QString b = y.isGlob ? lastPart(y.name) : y.name;
                    if (a == b || globsOverlap(a, b)) {
                        clash = a == b ? ConfigValidator::tr("both name \"%1\"").arg(a)
                                       : ConfigValidator::tr("\"%1\" and \"%2\" can name the same "
                                                             "log")
                                             .arg(a, b);
                        break;
                    }
                }
                if (!clash.isEmpty())
                    break;
            }
            if (!clash.isEmpty())
                clashes.append(
                    {key(j),
                     ConfigValidator::tr("its archives would be confused with those of %1 in "
                                         "the same archive folder %2: %3; give one of them "
                                         "its own archive_dir")
                         .arg(key(i), s.spansFolders() ? s.archiveDirRelative : s.archiveDir,
                              clash)});
        }
        sharing.append(j);
    }
    return clashes;
}

} // namespace Logkeeper
