// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "viewer/searchpattern.h"

#include "viewer/linereader.h"

#include <QCoreApplication>

namespace Logkeeper {

SearchPattern::SearchPattern(const QString &text, bool regularExpression, bool caseSensitive)
    : m_text(text), m_regularExpression(regularExpression), m_caseSensitive(caseSensitive)
{
    if (m_regularExpression) {
        m_expression.setPattern(text);
        m_expression.setPatternOptions(caseSensitive ? QRegularExpression::NoPatternOption
                                                     : QRegularExpression::CaseInsensitiveOption);
        m_expression.optimize();
    } else {
        m_stringMatcher.setPattern(text);
        m_stringMatcher.setCaseSensitivity(caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive);
        m_utf8 = text.toUtf8();
        m_byteMatcher.setPattern(m_utf8);
        m_searchesBytes = caseSensitive && !text.contains(QChar(QChar::ReplacementCharacter));
        // Printable ASCII ignoring case: ASCII lines are searched as bytes, lowered.
        m_foldsAscii = !caseSensitive && !text.isEmpty();
        for (QChar c : text)
            m_foldsAscii = m_foldsAscii && c.unicode() >= 0x20 && c.unicode() < 0x7f;
        if (m_foldsAscii) {
            m_lowerAscii = text.toLatin1().toLower();
            m_lowerMatcher.setPattern(m_lowerAscii);
        }
    }
}

bool SearchPattern::isValid() const
{
    return !m_regularExpression || m_expression.isValid();
}

QString SearchPattern::errorString() const
{
    if (isValid())
        return {};
    return QCoreApplication::translate("SearchPattern", "%1 at position %2")
        .arg(m_expression.errorString())
        .arg(m_expression.patternErrorOffset() + 1);
}

QList<SearchPattern::Match> SearchPattern::matches(const QString &line, int max) const
{
    QList<Match> out;
    if (!isUsable())
        return out;
    if (m_regularExpression) {
        QRegularExpressionMatchIterator it = m_expression.globalMatch(line);
        while (it.hasNext() && (max < 0 || out.size() < max)) {
            const QRegularExpressionMatch m = it.next();
            if (m.capturedLength() > 0)
                out.append({int(m.capturedStart()), int(m.capturedLength())});
        }
        return out;
    }
    const int length = int(m_text.size());
    for (qsizetype at = m_stringMatcher.indexIn(line, 0); at >= 0 && (max < 0 || out.size() < max);
         at = m_stringMatcher.indexIn(line, at + length))
        out.append({int(at), length});
    return out;
}

SearchPattern::Match SearchPattern::nextMatch(const QString &line, int from) const
{
    if (!isUsable() || from > line.size())
        return {};
    if (m_regularExpression) {
        // Matched over the whole line so that anchors and look-behind see what is before.
        QRegularExpressionMatchIterator it = m_expression.globalMatch(line);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (m.capturedLength() > 0 && m.capturedStart() >= from)
                return {int(m.capturedStart()), int(m.capturedLength())};
        }
        return {};
    }
    const qsizetype at = m_stringMatcher.indexIn(line, qMax(0, from));
    return at >= 0 ? Match{int(at), int(m_text.size())} : Match{};
}

SearchPattern::Match SearchPattern::previousMatch(const QString &line, int before) const
{
    Match last;
    for (const Match &m : matches(line)) {
        if (before >= 0 && m.start >= before)
            break;
        last = m;
    }
    return last;
}

qint64 SearchPattern::count(const char *data, qint64 shown, qint64 length) const
{
    if (!isUsable())
        return 0;
    if (m_foldsAscii) {
        // A line of ASCII only (most logs): its bytes are its characters, and ignoring case
        // is lowering A-Z on both sides (QString's case folding does no more for ASCII). Any
        // other byte, and the line is searched as text below (a Kelvin sign folds to 'k').
        qint64 end = shown;
        if (shown == length && end > 0 && data[end - 1] == '\r')
            --end;
        if (m_lowered.size() < end)
            m_lowered.resize(end);
        char *out = m_lowered.data();
        uchar any = 0;
        for (qint64 i = 0; i < end; ++i) {
            const uchar c = uchar(data[i]);
            any |= c;
            out[i] = char(unsigned(c - 'A') < 26u ? c + ('a' - 'A') : c);
        }
        if (!(any & 0x80)) {
            qint64 n = 0;
            for (qsizetype at = m_lowerMatcher.indexIn(out, end, 0); at >= 0;
                 at = m_lowerMatcher.indexIn(out, end, at + m_lowerAscii.size()))
                ++n;
            return n;
        }
    }
    if (!m_searchesBytes)
        return matches(LineReader::decode(data, shown, length)).size();
    // UTF-8 synchronises itself: the needle's bytes occur where its characters do, and invalid
    // bytes around them decode to U+FFFD without swallowing them. The text of a line ends
    // before a '\r' at its end and a character the cap cut; the needle (one line of valid
    // text) cannot match there unless it ends in '\r', which the text does not hold.
    qint64 end = shown;
    if (shown == length && end > 0 && data[end - 1] == '\r')
        --end;
    qint64 n = 0;
    for (qsizetype at = m_byteMatcher.indexIn(data, end, 0); at >= 0;
         at = m_byteMatcher.indexIn(data, end, at + m_utf8.size()))
        ++n;
    return n;
}

bool SearchPattern::operator==(const SearchPattern &other) const
{
    return m_text == other.m_text && m_regularExpression == other.m_regularExpression &&
           m_caseSensitive == other.m_caseSensitive;
}

} // namespace Logkeeper
