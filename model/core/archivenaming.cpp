// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "core/archivenaming.h"

#include "core/codecs.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <numeric>

namespace Logkeeper {

namespace {

// "gz|bz2|xz|zst": the codec extensions without their dots, for the patterns below.
QString codecAlternation()
{
    QStringList parts;
    for (const Codec codec : Codecs::known())
        parts.append(QRegularExpression::escape(Codecs::extension(codec).mid(1)));
    return parts.join(QLatin1Char('|'));
}

// stem, date, time, optional sequence, optional extension, optional codec extension
const QRegularExpression &timestampPattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"(^(.+)_(\d{8})_(\d{6})(?:_(\d+))?(\.(?!(?:%1)$)[^.]+)?(\.(?:%1))?$)")
            .arg(codecAlternation()));
    return re;
}

void splitName(const QString &name, QString *stem, QString *ext)
{
    const int dot = name.lastIndexOf(QLatin1Char('.'));
    if (dot <= 0) { // no extension, or a dot file such as ".log"
        *stem = name;
        ext->clear();
    } else {
        *stem = name.left(dot);
        *ext = name.mid(dot);
    }
}

// The part of activeName before a configured extension that ends it ("app.log" with ".log"
// -> "app"), or activeName itself with an empty *ext.
QString baseOf(const QString &activeName, const QString &extension, QString *ext)
{
    if (!extension.isEmpty() && activeName.size() > extension.size() &&
        activeName.endsWith(extension)) {
        *ext = extension;
        return activeName.left(activeName.size() - extension.size());
    }
    ext->clear();
    return activeName;
}

QString formatDate(const QString &format, const QDateTime &at)
{
    QString out;
    for (int i = 0; i < format.size(); ++i) {
        if (format.at(i) != QLatin1Char('%') || i + 1 == format.size()) {
            out += format.at(i);
            continue;
        }
        switch (format.at(++i).unicode()) {
        case 'Y':
            out += at.toString(QStringLiteral("yyyy"));
            break;
        case 'm':
            out += at.toString(QStringLiteral("MM"));
            break;
        case 'd':
            out += at.toString(QStringLiteral("dd"));
            break;
        case 'H':
            out += at.toString(QStringLiteral("HH"));
            break;
        case 'M':
            out += at.toString(QStringLiteral("mm"));
            break;
        case 'S':
            out += at.toString(QStringLiteral("ss"));
            break;
        case 's':
            out += QString::number(at.toSecsSinceEpoch());
            break;
        case 'V':
            out += QStringLiteral("%1").arg(at.date().weekNumber(), 2, 10, QLatin1Char('0'));
            break;
        default:
            out += QLatin1Char('%') + format.at(i);
        }
    }
    return out;
}

// A compiled dateext or numbered pattern: group 1 the stem, then the scheme's own groups.
struct SchemePattern
{
    QRegularExpression re;
    QVector<QChar> dateFields; // dateext: the specifier of each date group, in order
};

const SchemePattern &patternFor(const ArchiveNaming::Scheme &scheme)
{
    thread_local QHash<QString, SchemePattern> cache;
    const QString key = QString::number(int(scheme.kind)) + QLatin1Char('\n') + scheme.dateFormat +
                        QLatin1Char('\n') + scheme.extension;
    auto it = cache.find(key);
    if (it != cache.end())
        return *it;
    SchemePattern p;
    const QString ext =
        scheme.extension.isEmpty()
            ? QString()
            : QStringLiteral("(%1)?").arg(QRegularExpression::escape(scheme.extension));
    const QString codec = QStringLiteral(R"((\.(?:%1))?$)").arg(codecAlternation());
    if (scheme.kind == ArchiveNaming::Kind::Numbered) {
        // stem, number, extension, codec
        p.re.setPattern(QStringLiteral(R"(^(.+)\.(\d{1,9}))") + ext + codec);
    } else {
        // stem (as short as possible), the date (its fields grouped inside), sequence,
        // extension, codec
        QString date;
        const QString &f = scheme.dateFormat;
        for (int i = 0; i < f.size(); ++i) {
            if (f.at(i) == QLatin1Char('%') && i + 1 < f.size()) {
                const QChar spec = f.at(++i);
                switch (spec.unicode()) {
                case 'Y':
                    date += QStringLiteral(R"((\d{4}))");
                    break;
                case 's':
                    date += QStringLiteral(R"((\d+))");
                    break;
                case 'm':
                case 'd':
                case 'H':
                case 'M':
                case 'S':
                case 'V':
                    date += QStringLiteral(R"((\d{2}))");
                    break;
                default:
                    date += QRegularExpression::escape(QString(QLatin1Char('%')) + spec);
                    continue;
                }
                p.dateFields.append(spec);
            } else {
                date += QRegularExpression::escape(QString(f.at(i)));
            }
        }
        p.re.setPattern(QStringLiteral(R"(^(.+?)(%1)(?:_(\d{1,9}))?)").arg(date) + ext + codec);
    }
    p.re.optimize();
    return *cache.insert(key, p);
}

bool matchesGlob(const QString &pattern, const QString &name)
{
    // Patterns are few and scans are frequent: compile each glob once per thread.
    thread_local QHash<QString, QRegularExpression> compiled;
    auto it = compiled.find(pattern);
    if (it == compiled.end())
        it = compiled.insert(pattern, QRegularExpression::fromWildcard(pattern, Qt::CaseSensitive));
    return it->match(name).hasMatch();
}

// Whether a log file name (no folder) is one of the set's logs: the active log, or the last
// part of a pattern matches it.
bool isSetLogName(const QString &name, const QString &activeLog, const QStringList &patterns)
{
    if (name.startsWith(ArchiveNaming::temporaryPrefix()))
        return false;
    if (!activeLog.isEmpty())
        return name == activeLog;
    for (const QString &pattern : patterns) {
        if (matchesGlob(pattern.mid(pattern.lastIndexOf(QLatin1Char('/')) + 1), name))
            return true;
    }
    return false;
}

} // namespace

namespace ArchiveNaming {

QString temporaryPrefix()
{
    return QStringLiteral(".logkeeper-tmp-");
}

QString rotatedName(const QString &activeName, const QDateTime &at, int sequence)
{
    QString stem, ext;
    splitName(activeName, &stem, &ext);
    QString name = stem + QLatin1Char('_') + at.toString(QStringLiteral("yyyyMMdd_HHmmss"));
    if (sequence > 0)
        name += QLatin1Char('_') + QString::number(sequence);
    return name + ext;
}

QString rotatedName(const Scheme &scheme, const QString &activeName, const QDateTime &at,
                    int sequence)
{
    QString ext;
    switch (scheme.kind) {
    case Kind::Timestamp:
        return rotatedName(activeName, at, sequence);
    case Kind::DateExt: {
        const QString base = baseOf(activeName, scheme.extension, &ext);
        return base + formatDate(scheme.dateFormat, at) +
               (sequence > 0 ? QLatin1Char('_') + QString::number(sequence) : QString()) + ext;
    }
    case Kind::Numbered:
        break;
    }
    const QString base = baseOf(activeName, scheme.extension, &ext);
    return base + QLatin1Char('.') + QString::number(qMax(1, sequence)) + ext;
}

QString nextRotatedName(const Scheme &scheme, const QString &activeName, const QDateTime &at,
                        const QStringList &existingNames)
{
    if (scheme.kind == Kind::Numbered)
        return rotatedName(scheme, activeName, at, 1);
    const QString first = rotatedName(scheme, activeName, at, 0);
    const QString period = parse(scheme, first).timeKey;
    int next = 0;
    for (const QString &name : existingNames) {
        const Parsed p = parse(scheme, name);
        if (p.valid() && p.originalName == activeName && p.timeKey == period)
            next = qMax(next, p.sequence + 1);
    }
    return rotatedName(scheme, activeName, at, next);
}

Parsed parse(const Scheme &scheme, const QString &fileName)
{
    Parsed p;
    if (fileName.startsWith(temporaryPrefix()))
        return p;
    if (scheme.kind == Kind::Timestamp) {
        const auto m = timestampPattern().match(fileName);
        if (!m.hasMatch())
            return p;
        p.originalName = m.captured(1) + m.captured(5);
        p.timeKey = m.captured(2) + m.captured(3);
        p.rotatedAt = QDateTime::fromString(p.timeKey, QStringLiteral("yyyyMMddHHmmss"));
        p.sequence = m.captured(4).toInt();
        p.codec = Codecs::fromFileName(m.captured(6));
        return p;
    }
    const SchemePattern &sp = patternFor(scheme);
    const auto m = sp.re.match(fileName);
    if (!m.hasMatch())
        return p;
    const QString stem = m.captured(1);
    const bool numbered = scheme.kind == Kind::Numbered;
    // Groups: numbered 1 stem, 2 number, 3 extension, then the codec; dateext 1 stem, 2 date,
    // its fields, the sequence, the extension, the codec.
    const int fields = numbered ? 0 : int(sp.dateFields.size());
    const int extGroup = scheme.extension.isEmpty() ? -1 : (numbered ? 3 : 4 + fields);
    const int codecGroup = sp.re.captureCount(); // always the last
    const bool hasExt = extGroup > 0 && m.hasCaptured(extGroup);
    // Without its extension at the end, a name whose stem ends with it is not of this scheme:
    // that log's rotations put the extension last.
    if (!hasExt && !scheme.extension.isEmpty() && stem.size() > scheme.extension.size() &&
        stem.endsWith(scheme.extension))
        return p;
    p.originalName = hasExt ? stem + scheme.extension : stem;
    p.codec = Codecs::fromFileName(m.captured(codecGroup));
    if (numbered) {
        p.sequence = m.captured(2).toInt();
        return p;
    }
    p.sequence = m.captured(3 + fields).toInt();
    int year = -1, month = -1, day = -1, hour = 0, minute = 0, second = 0;
    qint64 epoch = -1;
    for (int i = 0; i < fields; ++i) {
        const QString v = m.captured(3 + i);
        switch (sp.dateFields.at(i).unicode()) {
        case 'Y':
            year = v.toInt();
            break;
        case 'm':
            month = v.toInt();
            break;
        case 'd':
            day = v.toInt();
            break;
        case 'H':
            hour = v.toInt();
            break;
        case 'M':
            minute = v.toInt();
            break;
        case 'S':
            second = v.toInt();
            break;
        case 's':
            epoch = v.toLongLong();
            break;
        default:
            break;
        }
    }
    if (epoch >= 0)
        p.rotatedAt = QDateTime::fromSecsSinceEpoch(epoch);
    else if (year >= 0 && month >= 0 && day >= 0)
        p.rotatedAt = QDateTime(QDate(year, month, day), QTime(hour, minute, second));
    p.timeKey = p.rotatedAt.isValid() ? p.rotatedAt.toString(QStringLiteral("yyyyMMddHHmmss"))
                                      : m.captured(2);
    return p;
}

bool rotatedBefore(const Scheme &scheme, const Parsed &a, const Parsed &b)
{
    if (scheme.kind == Kind::Numbered)
        return a.sequence > b.sequence;
    if (a.timeKey != b.timeKey)
        return a.timeKey < b.timeKey;
    return a.sequence < b.sequence;
}

void sortByRotation(const Scheme &scheme, QStringList &fileNames)
{
    std::stable_sort(fileNames.begin(), fileNames.end(),
                     [&scheme](const QString &a, const QString &b) {
                         const Parsed pa = parse(scheme, a);
                         const Parsed pb = parse(scheme, b);
                         if (!pa.valid() || !pb.valid())
                             return !pa.valid() && pb.valid();
                         return rotatedBefore(scheme, pa, pb);
                     });
}

bool isArchiveOf(const Scheme &scheme, const QString &fileName, const QString &activeLog,
                 const QStringList &patterns)
{
    const Parsed p = parse(scheme, fileName);
    return p.valid() && isSetLogName(p.originalName, activeLog, patterns);
}

bool isLiveLogName(const Scheme &scheme, const QString &relativePath, const QString &activeLog,
                   const QStringList &patterns)
{
    if (!activeLog.isEmpty())
        return relativePath == activeLog;
    const QString name = relativePath.mid(relativePath.lastIndexOf(QLatin1Char('/')) + 1);
    // (In the timestamp scheme looksRotated() has already said all isArchiveOf() could.)
    if (name.startsWith(temporaryPrefix()) || Codecs::isCompressedName(name) ||
        looksRotated(name) ||
        (scheme.kind != Kind::Timestamp && isArchiveOf(scheme, name, activeLog, patterns)))
        return false;
    for (const QString &pattern : patterns) {
        if (matchesGlob(pattern, relativePath))
            return true;
    }
    return false;
}

QVector<Rename> numberedShift(const Scheme &scheme, const QString &activeName,
                              const QStringList &existingNames)
{
    QVector<Rename> renames;
    if (scheme.kind != Kind::Numbered)
        return renames;
    QVector<Parsed> found;
    QStringList names;
    for (const QString &name : existingNames) {
        const Parsed p = parse(scheme, name);
        if (p.valid() && p.originalName == activeName) {
            found.append(p);
            names.append(name);
        }
    }
    QVector<int> order(found.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return found[a].sequence > found[b].sequence; });
    for (const int i : order) {
        const Parsed &p = found[i];
        renames.append({names[i], rotatedName(scheme, activeName, {}, p.sequence + 1) +
                                      Codecs::extension(p.codec)});
    }
    return renames;
}

QString dateFormatProblem(const QString &dateFormat)
{
    if (dateFormat.isEmpty())
        return QCoreApplication::translate("ArchiveNaming", "must not be empty");
    if (dateFormat.contains(QLatin1Char('/')) || dateFormat.contains(QChar(0)))
        return QCoreApplication::translate("ArchiveNaming", "must not contain '/'");
    bool hasField = false;
    for (int i = 0; i < dateFormat.size(); ++i) {
        if (dateFormat.at(i) != QLatin1Char('%'))
            continue;
        if (i + 1 == dateFormat.size() ||
            !QStringLiteral("YmdHMSsV").contains(dateFormat.at(i + 1)))
            return QCoreApplication::translate(
                       "ArchiveNaming", "\"%1\" is not supported (use %Y %m %d %H %M %S %s %V)")
                .arg(dateFormat.mid(i, 2));
        hasField = true;
        ++i;
    }
    if (!hasField)
        return QCoreApplication::translate("ArchiveNaming",
                                           "holds no date: use at least one of %Y %m %d %H %M "
                                           "%S %s %V");
    return {};
}

QString originalName(const QString &fileName)
{
    return parse(Scheme(), fileName).originalName;
}

void sortByRotation(QStringList &fileNames)
{
    sortByRotation(Scheme(), fileNames);
}

bool looksRotated(const QString &fileName)
{
    return timestampPattern().match(fileName).hasMatch();
}

QDateTime rotatedAt(const QString &fileName)
{
    return parse(Scheme(), fileName).rotatedAt;
}

bool isRotatedNameOf(const QString &fileName, const QString &activeName, bool allowCompressed)
{
    const Parsed p = parse(Scheme(), fileName);
    // "app.tar_20261123_142501.log"-style ambiguity cannot arise: the stem is greedy and the
    // extension never holds a dot, so stem+ext reassembles the original name exactly.
    return p.valid() && (allowCompressed || p.codec == Codec::None) && p.originalName == activeName;
}

bool isLiveLogName(const QString &fileName, const QString &activeLog, const QStringList &patterns)
{
    return isLiveLogName(Scheme(), fileName, activeLog, patterns);
}

} // namespace ArchiveNaming

} // namespace Logkeeper
