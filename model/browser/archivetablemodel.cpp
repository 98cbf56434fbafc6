// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "browser/archivetablemodel.h"

#include "browser/archivecatalog.h"

#include <QLocale>
#include <QMimeData>
#include <QSet>
#include <QUrl>

#include <algorithm>

namespace Logkeeper {

ArchiveTableModel::ArchiveTableModel(ArchiveCatalog *catalog, QObject *parent)
    : QAbstractTableModel(parent)
{
    m_rows = catalog->entries();
    reindex(0);
    connect(catalog, &ArchiveCatalog::added, this, &ArchiveTableModel::add);
    connect(catalog, &ArchiveCatalog::removed, this, &ArchiveTableModel::remove);
    connect(catalog, &ArchiveCatalog::updated, this, &ArchiveTableModel::update);
}

int ArchiveTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ArchiveTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ArchiveTableModel::sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

QString ArchiveTableModel::ratioText(double ratio)
{
    if (ratio < 0)
        return {};
    const double percent = ratio * 100.0;
    if (percent > 0 && percent < 0.01)
        return tr("<%1%", "compressed size as a share of the original size")
            .arg(QLocale().toString(0.01, 'f', 2));
    // Very repetitive logs compress below 1 %: one decimal would show them all as 0.0 %.
    return tr("%1%", "compressed size as a share of the original size")
        .arg(QLocale().toString(percent, 'f', percent < 1 ? 2 : 1));
}

QString ArchiveTableModel::dateText(const QDateTime &when)
{
    // The locale's short date and time, with seconds added to its time: German "dd.MM.yy
    // HH:mm" becomes "dd.MM.yy HH:mm:ss", English "M/d/yy h:mm AP" "M/d/yy h:mm:ss AP".
    const QLocale locale;
    QString time = locale.timeFormat(QLocale::ShortFormat);
    if (!time.contains(QLatin1Char('s'))) {
        const int minutes = time.indexOf(QLatin1String("mm"));
        if (minutes >= 0)
            time.insert(minutes + 2, QLatin1String(":ss"));
    }
    return locale.toString(when, locale.dateFormat(QLocale::ShortFormat) + QLatin1Char(' ') + time);
}

QString ArchiveTableModel::codecText(Codec codec)
{
    return codec == Codec::None ? tr("none", "codec of an uncompressed archive")
                                : Codecs::name(codec);
}

QString ArchiveTableModel::pendingText()
{
    return tr("pending", "a rotated file still waiting for compression");
}

QString ArchiveTableModel::expiresText(const ArchiveExpiry &expiry)
{
    switch (expiry.when) {
    case ArchiveExpiry::When::At:
        return dateText(expiry.at);
    case ArchiveExpiry::When::NextCleanup:
        //: Expires column: retention removes the archive at the daemon's next cleanup
        return tr("next cleanup");
    case ArchiveExpiry::When::NextRotation:
        //: Expires column: the next rotation of its log pushes it over max_archives
        return tr("next rotation");
    case ArchiveExpiry::When::WithinLimits:
        //: Expires column: kept while max_archives / max_total_mb hold; no date
        return tr("within limits");
    case ArchiveExpiry::When::Never:
        break;
    }
    //: Expires column: retention never removes it
    return tr("never");
}

QVariant ArchiveTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ArchiveEntry &e = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SetColumn:
            return e.setName;
        case OriginalColumn:
            return e.originalName;
        case RotatedAtColumn:
            return dateText(e.rotatedAt);
        case SizeColumn:
            if (e.sizeKnown())
                return sizeText(e.size);
            // Still being counted, or the archive could not be read to the end.
            return e.sizeError.isEmpty() ? QStringLiteral("…") : tr("unreadable");
        case CompressedColumn:
            return sizeText(e.compressedSize);
        case RatioColumn:
            return e.pending ? QString() : ratioText(e.ratio());
        case CodecColumn:
            return e.pending ? pendingText() : codecText(e.codec);
        case ExpiresColumn:
            return expiresText(e.expiry);
        case FileNameColumn:
            return e.fileName;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == ExpiresColumn) {
            if (e.expiry.when == ArchiveExpiry::When::NextRotation && e.expiry.at.isValid())
                return e.expiry.reason + QLatin1Char('\n') +
                       tr("At the latest on %1, by retention_days.").arg(dateText(e.expiry.at));
            return e.expiry.reason;
        }
        if (e.pending)
            return tr("%1\nRotated, waiting for compression: its log data is not archived yet.")
                .arg(e.path);
        if (index.column() == SizeColumn && !e.sizeError.isEmpty())
            return e.sizeError;
        if (index.column() == SizeColumn && !e.sizeKnown())
            return tr("Being counted: the archive is decompressed once in the background");
        return e.path;
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case SizeColumn:
        case CompressedColumn:
        case RatioColumn:
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        }
        return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
    case SortRole:
        switch (index.column()) {
        case SetColumn:
            return e.setName;
        case OriginalColumn:
            return e.originalName;
        case RotatedAtColumn: // the naming's rotation order, not only the time shown
            return e.rotationOrder;
        case SizeColumn:
            return e.size;
        case CompressedColumn:
            return e.compressedSize;
        case RatioColumn:
            return e.ratio();
        case CodecColumn: // by name, uncompressed first
            return e.pending                ? pendingText()
                   : e.codec == Codec::None ? QString()
                                            : Codecs::name(e.codec);
        case ExpiresColumn:
            return e.expiry.sortKey();
        case FileNameColumn:
            return e.fileName;
        }
        break;
    case PathRole:
        return e.path;
    case SetNameRole:
        return e.setName;
    case RotatedAtRole:
        return e.rotatedAt;
    case SearchTextRole:
        // What the row shows, as it shows it: a date typed as displayed finds it.
        return QStringList{e.fileName,
                           e.originalName,
                           e.setName,
                           e.pending ? pendingText() : codecText(e.codec),
                           dateText(e.rotatedAt),
                           expiresText(e.expiry)}
            .join(QLatin1Char('\n'));
    case SizeKnownRole:
        return e.sizeKnown();
    case PendingRole:
        return e.pending;
    }
    return {};
}

Qt::ItemFlags ArchiveTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid())
        f |= Qt::ItemIsDragEnabled;
    return f;
}

QStringList ArchiveTableModel::mimeTypes() const
{
    return {QStringLiteral("text/uri-list")};
}

QMimeData *ArchiveTableModel::mimeData(const QModelIndexList &indexes) const
{
    // One URL per row, whichever of its cells were dragged, in the order they came.
    QList<QUrl> urls;
    QSet<int> rows;
    for (const QModelIndex &index : indexes) {
        if (!index.isValid() || index.row() >= m_rows.size() || rows.contains(index.row()))
            continue;
        rows.insert(index.row());
        urls.append(QUrl::fromLocalFile(m_rows.at(index.row()).path));
    }
    if (urls.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setUrls(urls); // text/uri-list, which file managers take
    return data;
}

Qt::DropActions ArchiveTableModel::supportedDragActions() const
{
    return Qt::CopyAction; // a file manager must not move archives out of Logkeeper's folder
}

QVariant ArchiveTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case SetColumn:
            return tr("Set");
        case OriginalColumn:
            return tr("Original file");
        case RotatedAtColumn:
            return tr("Rotated at");
        case SizeColumn:
            return tr("Size");
        case CompressedColumn:
            return tr("Compressed");
        case RatioColumn:
            return tr("Ratio");
        case CodecColumn:
            return tr("Codec");
        case ExpiresColumn:
            return tr("Expires");
        case FileNameColumn:
            return tr("File name");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case SetColumn:
            return tr("The log set whose archive folder holds the archive");
        case OriginalColumn:
            return tr("The log file the archive was rotated from");
        case RotatedAtColumn:
            return tr("When the log was rotated: from the archive's name, else the file's "
                      "modification time (numbered names sort by their numbers)");
        case SizeColumn:
            return tr("Size once decompressed");
        case CompressedColumn:
            return tr("Size of the archive on disk");
        case RatioColumn:
            return tr("Compressed size as a share of the original size");
        case CodecColumn:
            return tr("Compression format; “pending” for a rotated file still waiting for "
                      "compression");
        case ExpiresColumn:
            return tr("When retention removes the archive, and by which rule (retention_days, "
                      "max_archives, max_total_mb): the same rules Logkeeper removes by");
        case FileNameColumn:
            return tr("The archive's file name in its folder");
        }
    } else if (role == Qt::TextAlignmentRole) {
        const bool number =
            section == SizeColumn || section == CompressedColumn || section == RatioColumn;
        return QVariant::fromValue(
            Qt::Alignment((number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    }
    return {};
}

void ArchiveTableModel::reindex(int from)
{
    if (from == 0)
        m_rowOf.clear();
    for (int row = from; row < m_rows.size(); ++row)
        m_rowOf.insert(m_rows.at(row).path, row);
}

void ArchiveTableModel::add(const QVector<ArchiveEntry> &entries)
{
    QVector<ArchiveEntry> fresh;
    for (const ArchiveEntry &e : entries) {
        if (!m_rowOf.contains(e.path))
            fresh.append(e);
    }
    if (fresh.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    m_rows.append(fresh);
    reindex(first);
    endInsertRows();
}

void ArchiveTableModel::remove(const QStringList &paths)
{
    QVector<int> rows;
    for (const QString &path : paths) {
        const int row = m_rowOf.value(path, -1);
        if (row >= 0)
            rows.append(row);
    }
    if (rows.isEmpty())
        return;
    // From the bottom up, a contiguous run at a time, so the rows still to go keep their numbers.
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (int i = 0; i < rows.size();) {
        int j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) == rows.at(j) - 1)
            ++j;
        const int first = rows.at(j), last = rows.at(i);
        beginRemoveRows({}, first, last);
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
        i = j + 1;
    }
    for (const QString &path : paths)
        m_rowOf.remove(path);
    reindex(rows.last());
}

void ArchiveTableModel::update(const QVector<ArchiveEntry> &entries)
{
    for (const ArchiveEntry &e : entries) {
        const int row = m_rowOf.value(e.path, -1);
        if (row < 0)
            continue;
        m_rows[row] = e;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

} // namespace Logkeeper
