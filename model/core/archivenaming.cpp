// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "core/archivenaming.h"

#include "core/codecs.h"

#include <QHash>

#include <algorithm>
#include <QRegularExpression>

namespace Logkeeper {

namespace {
// stem, date, time, optional sequence, optional extension, optional codec extension
const QRegularExpression &rotatedPattern()
{
    static const QRegularExpression re(QStringLiteral(
        R"(^(.+)_(\d{8})_(\d{6})(?:_(\d+))?(\.(?!(?:gz|bz2|xz|zst)$)[^.]+)?(\.(?:gz|bz2|xz|zst))?$)"));
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

QString originalName(const QString &fileName)
{
    const auto m = rotatedPattern().match(fileName);
    if (!m.hasMatch())
        return {};
    return m.captured(1) + m.captured(5);
}

void sortByRotation(QStringList &fileNames)
{
    std::stable_sort(fileNames.begin(), fileNames.end(), [](const QString &a, const QString &b) {
        const auto ma = rotatedPattern().match(a);
        const auto mb = rotatedPattern().match(b);
        const QString ka = ma.captured(2) + ma.captured(3);
        const QString kb = mb.captured(2) + mb.captured(3);
        if (ka != kb)
            return ka < kb;
        return ma.captured(4).toInt() < mb.captured(4).toInt();
    });
}

bool looksRotated(const QString &fileName)
{
    return rotatedPattern().match(fileName).hasMatch();
}

QDateTime rotatedAt(const QString &fileName)
{
    const auto m = rotatedPattern().match(fileName);
    if (!m.hasMatch())
        return {};
    return QDateTime::fromString(m.captured(2) + m.captured(3), QStringLiteral("yyyyMMddHHmmss"));
}

bool isRotatedNameOf(const QString &fileName, const QString &activeName, bool allowCompressed)
{
    const auto m = rotatedPattern().match(fileName);
    if (!m.hasMatch() || (!allowCompressed && m.hasCaptured(6)))
        return false;
    // "app.tar_20261123_142501.log"-style ambiguity cannot arise: the stem is greedy and the
    // extension never holds a dot, so stem+ext reassembles the original name exactly.
    return m.captured(1) + m.captured(5) == activeName;
}

bool isLiveLogName(const QString &fileName, const QString &activeLog, const QStringList &patterns)
{
    if (fileName.startsWith(ArchiveNaming::temporaryPrefix()))
        return false;
    if (!activeLog.isEmpty())
        return fileName == activeLog;
    if (Codecs::isCompressedName(fileName) || looksRotated(fileName))
        return false;
    // Patterns are few and scans are frequent: compile each glob once per thread.
    thread_local QHash<QString, QRegularExpression> compiled;
    for (const QString &pattern : patterns) {
        auto it = compiled.find(pattern);
        if (it == compiled.end())
            it = compiled.insert(pattern,
                                 QRegularExpression::fromWildcard(pattern, Qt::CaseSensitive));
        if (it->match(fileName).hasMatch())
            return true;
    }
    return false;
}

} // namespace ArchiveNaming

} // namespace Logkeeper
