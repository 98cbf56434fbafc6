// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "viewer/severity.h"

#include <QByteArray>

#include <cstring>

namespace Logkeeper {

namespace {
constexpr qint64 headBytes = 256; // where a level is looked for, outside JSON

bool isWordByte(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

// Reads a decimal number of at most `maxDigits` digits at data[*at]; -1 when there is none.
int readNumber(const char *data, qint64 size, qint64 *at, int maxDigits)
{
    int value = 0;
    int digits = 0;
    while (*at < size && digits < maxDigits && data[*at] >= '0' && data[*at] <= '9') {
        value = value * 10 + (data[*at] - '0');
        ++*at;
        ++digits;
    }
    return digits > 0 ? value : -1;
}

bool equalsLower(const char *data, qint64 size, const char *word)
{
    const qint64 n = qint64(std::strlen(word));
    if (size != n)
        return false;
    for (qint64 i = 0; i < n; ++i) {
        if (lower(data[i]) != word[i])
            return false;
    }
    return true;
}

bool startsWith(const char *data, qint64 size, const char *prefix)
{
    const qint64 n = qint64(std::strlen(prefix));
    return size >= n && std::memcmp(data, prefix, size_t(n)) == 0;
}

// A numeric level field of JSON: syslog's 0..7 (GELF, journald), pino/bunyan's 10..60.
Severity::Level fromNumber(int value, bool syslogOnly)
{
    if (value < 0)
        return Severity::None;
    if (value <= 7)
        return Severity::fromSyslogPriority(value);
    if (syslogOnly)
        return Severity::None;
    if (value >= 50)
        return Severity::Error;
    if (value >= 40)
        return Severity::Warning;
    if (value >= 30)
        return Severity::Info;
    return value >= 10 ? Severity::Debug : Severity::None;
}

// The level field of a JSON object, wherever it is in the line.
Severity::Level fromJson(const char *data, qint64 size)
{
    static const char *const levelKeys[] = {"level",     "lvl",       "severity", "loglevel",
                                            "log.level", "levelname", "@l"};
    for (qint64 at = 0; at < size;) {
        const char *quote =
            static_cast<const char *>(std::memchr(data + at, '"', size_t(size - at)));
        if (!quote)
            break;
        const qint64 keyStart = quote - data + 1;
        const char *close =
            static_cast<const char *>(std::memchr(data + keyStart, '"', size_t(size - keyStart)));
        if (!close)
            break;
        const qint64 keyEnd = close - data;
        at = keyEnd + 1;
        qint64 p = at;
        while (p < size && isSpace(data[p]))
            ++p;
        if (p >= size || data[p] != ':')
            continue; // a value, not a key
        ++p;
        while (p < size && isSpace(data[p]))
            ++p;
        const char *key = data + keyStart;
        const qint64 keyLength = keyEnd - keyStart;
        const bool priority = equalsLower(key, keyLength, "priority");
        bool isLevelKey = priority;
        for (const char *k : levelKeys)
            isLevelKey = isLevelKey || equalsLower(key, keyLength, k);
        if (!isLevelKey || p >= size)
            continue;
        if (data[p] == '"') {
            const qint64 valueStart = p + 1;
            qint64 valueEnd = valueStart;
            while (valueEnd < size && data[valueEnd] != '"' && valueEnd - valueStart < 24)
                ++valueEnd;
            qint64 digitsAt = valueStart;
            const int number = readNumber(data, valueEnd, &digitsAt, 2);
            if (number >= 0 && digitsAt == valueEnd) // "PRIORITY":"3"
                return fromNumber(number, priority);
            const Severity::Level level =
                Severity::fromWord(data + valueStart, valueEnd - valueStart);
            if (level != Severity::None)
                return level;
        } else {
            qint64 digitsAt = p;
            const Severity::Level level =
                fromNumber(readNumber(data, size, &digitsAt, 2), priority);
            if (level != Severity::None)
                return level;
        }
    }
    return Severity::None;
}

// logfmt's level=warn (also level="warn"), as a field of its own.
Severity::Level fromLogfmt(const char *data, qint64 size)
{
    static const char *const keys[] = {"level=", "lvl=", "severity="};
    for (const char *key : keys) {
        const QByteArray needle = QByteArray::fromRawData(key, int(std::strlen(key)));
        for (qint64 at = QByteArray::fromRawData(data, int(size)).indexOf(needle); at >= 0;
             at = QByteArray::fromRawData(data, int(size)).indexOf(needle, at + 1)) {
            if (at > 0 && !isSpace(data[at - 1]))
                continue;
            qint64 p = at + needle.size();
            if (p < size && data[p] == '"')
                ++p;
            const qint64 start = p;
            while (p < size && isWordByte(data[p]))
                ++p;
            const Severity::Level level = Severity::fromWord(data + start, p - start);
            if (level != Severity::None)
                return level;
        }
    }
    return Severity::None;
}

// "[error]", "[ WARN ]", "[core:error]": the part after the last colon of a short bracket.
Severity::Level fromBrackets(const char *data, qint64 size)
{
    for (qint64 at = 0; at < size; ++at) {
        if (data[at] != '[')
            continue;
        qint64 end = at + 1;
        while (end < size && data[end] != ']' && end - at <= 24)
            ++end;
        if (end >= size || data[end] != ']')
            continue;
        qint64 start = at + 1;
        for (qint64 i = start; i < end; ++i) {
            if (data[i] == ':')
                start = i + 1;
        }
        qint64 stop = end;
        while (start < stop && isSpace(data[start]))
            ++start;
        while (stop > start && isSpace(data[stop - 1]))
            --stop;
        const Severity::Level level = Severity::fromWord(data + start, stop - start);
        if (level != Severity::None)
            return level;
        at = end;
    }
    return Severity::None;
}

// A level word of its own: in capitals anywhere in the head ("ERROR", "WARN"), or in lower or
// title case when a colon follows ("error:", "Warning:", .NET's "fail:").
Severity::Level fromWords(const char *data, qint64 size)
{
    for (qint64 at = 0; at < size;) {
        if (!isWordByte(data[at])) {
            ++at;
            continue;
        }
        const qint64 start = at;
        bool upper = true;
        bool lowerRest = true; // every letter after the first is lower case
        while (at < size && isWordByte(data[at])) {
            const char c = data[at];
            if (c >= 'a' && c <= 'z')
                upper = false;
            if (at > start && c >= 'A' && c <= 'Z')
                lowerRest = false;
            ++at;
        }
        const qint64 length = at - start;
        if (length < 3 || length > 13)
            continue;
        const bool colon = at < size && data[at] == ':';
        if (!upper && !(lowerRest && colon))
            continue;
        const Severity::Level level = Severity::fromWord(data + start, length);
        if (level != Severity::None)
            return level;
    }
    return Severity::None;
}
} // namespace

Severity::Level Severity::fromSyslogPriority(int priority)
{
    switch (priority & 7) {
    case 0: // emerg
    case 1: // alert
    case 2: // crit
    case 3: // err
        return Error;
    case 4:
        return Warning;
    case 5: // notice
    case 6:
        return Info;
    default:
        return Debug;
    }
}

Severity::Level Severity::fromWord(const char *word, qint64 size)
{
    struct Entry
    {
        const char *word;
        Level level;
    };
    static const Entry words[] = {
        {"error", Error},        {"err", Error},    {"fatal", Error},      {"critical", Error},
        {"crit", Error},         {"emerg", Error},  {"emergency", Error},  {"alert", Error},
        {"panic", Error},        {"severe", Error}, {"fail", Error},       {"warn", Warning},
        {"warning", Warning},    {"info", Info},    {"information", Info}, {"notice", Info},
        {"informational", Info}, {"debug", Debug},  {"dbug", Debug},       {"trace", Debug},
        {"trce", Debug},         {"fine", Debug},   {"finer", Debug},      {"finest", Debug},
        {"verbose", Debug},
    };
    if (size < 3 || size > 13)
        return None;
    for (const Entry &e : words) {
        if (equalsLower(word, size, e.word))
            return e.level;
    }
    // Apache's trace1 … trace8.
    if (size == 6 && equalsLower(word, 5, "trace") && word[5] >= '1' && word[5] <= '8')
        return Debug;
    return None;
}

Severity::Level Severity::of(const char *data, qint64 size)
{
    if (size <= 0)
        return None;
    // <N>: syslog's priority, facility * 8 + severity.
    if (data[0] == '<') {
        qint64 at = 1;
        const int priority = readNumber(data, size, &at, 3);
        if (priority >= 0 && priority < 192 && at < size && data[at] == '>')
            return fromSyslogPriority(priority);
    }
    if (startsWith(data, size, "PRIORITY=")) {
        qint64 at = 9;
        const int priority = readNumber(data, size, &at, 1);
        return priority >= 0 && at == size ? fromSyslogPriority(priority) : None;
    }
    qint64 first = 0;
    while (first < size && isSpace(data[first]))
        ++first;
    if (first < size && data[first] == '{')
        return fromJson(data + first, size - first);
    const qint64 head = qMin(size, headBytes);
    Level level = fromLogfmt(data, head);
    if (level == None)
        level = fromBrackets(data, head);
    if (level == None)
        level = fromWords(data, head);
    return level;
}

Severity::Level Severity::of(QStringView text)
{
    // A JSON line may name its level anywhere; other formats near the start.
    qsizetype first = 0;
    while (first < text.size() &&
           (text[first] == QLatin1Char(' ') || text[first] == QLatin1Char('\t')))
        ++first;
    const bool json = first < text.size() && text[first] == QLatin1Char('{');
    const QByteArray bytes = (json ? text : text.left(headBytes)).toUtf8();
    return of(bytes.constData(), bytes.size());
}

} // namespace Logkeeper
