// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include <QByteArray>
#include <QByteArrayMatcher>
#include <QList>
#include <QMetaType>
#include <QRegularExpression>
#include <QString>
#include <QStringMatcher>

namespace Logkeeper {

// What the viewer looks for in each line: plain text or a regular expression (Perl-like,
// QRegularExpression), with or without regard to case. Matches never span lines, never overlap
// and are never empty (an expression that matches the empty string finds only its non-empty
// matches).
//
// Copies are cheap. For use on several threads at once, give each thread its own copy made
// with the constructor (the compiled expression is then not shared).
class SearchPattern
{
public:
    struct Match
    {
        int start = -1; // -1: no match
        int length = 0;
        bool isValid() const { return start >= 0; }
    };

    SearchPattern() = default;
    SearchPattern(const QString &text, bool regularExpression, bool caseSensitive);

    QString text() const { return m_text; }
    bool isRegularExpression() const { return m_regularExpression; }
    bool isCaseSensitive() const { return m_caseSensitive; }
    bool isEmpty() const { return m_text.isEmpty(); }
    // False for an expression that does not compile; errorString() then says why and where.
    bool isValid() const;
    QString errorString() const;
    // Whether it can look for anything: not empty and valid.
    bool isUsable() const { return !isEmpty() && isValid(); }

    // The matches in one line, in order; at most `max` of them (-1: all).
    QList<Match> matches(const QString &line, int max = -1) const;
    // The first match starting at or after column `from`.
    Match nextMatch(const QString &line, int from = 0) const;
    // The last match starting before column `before` (-1: anywhere in the line).
    Match previousMatch(const QString &line, int before = -1) const;
    // The number of matches in a line given as its bytes (as LineReader hands them): as
    // matches(LineReader::decode(...)).size(), but plain case-sensitive text is counted in the
    // bytes without decoding.
    qint64 count(const char *data, qint64 shown, qint64 length) const;

    bool operator==(const SearchPattern &other) const;
    bool operator!=(const SearchPattern &other) const { return !(*this == other); }

private:
    QString m_text;
    bool m_regularExpression = false;
    bool m_caseSensitive = false;
    // Plain case-sensitive text is looked for in the bytes, unless it holds U+FFFD, which the
    // text has where the bytes are invalid.
    bool m_searchesBytes = false;
    QRegularExpression m_expression;
    QStringMatcher m_stringMatcher;
    QByteArrayMatcher m_byteMatcher;
    QByteArray m_utf8;
    // Printable ASCII ignoring case: lines of ASCII only are searched as lowered bytes.
    bool m_foldsAscii = false;
    QByteArray m_lowerAscii;
    QByteArrayMatcher m_lowerMatcher;
    mutable QByteArray m_lowered; // a line, lowered (each thread has its own copy)
};

} // namespace Logkeeper

Q_DECLARE_METATYPE(Logkeeper::SearchPattern)
