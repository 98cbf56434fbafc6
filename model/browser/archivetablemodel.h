// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "browser/archiveentry.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

namespace Logkeeper {

class ArchiveCatalog;

// The catalog's archives as a table: one row per archive, rows appended, removed and changed as
// the catalog reports them (so views keep their selection and scroll position). Display texts
// follow the default QLocale; SortRole gives the raw value of every column so that sizes, ratios
// and dates sort by value. Rows drag out as file URLs (text/uri-list), copied, never moved.
class ArchiveTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        SetColumn,
        OriginalColumn,
        RotatedAtColumn,
        SizeColumn,
        CompressedColumn,
        RatioColumn,
        CodecColumn,
        ExpiresColumn,  // when retention removes it (ArchiveEntry::expiry)
        FileNameColumn, // last: the longest, it takes the room left
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole, // qint64 sizes (-1 unknown), double ratio (-1), QString; qint64
                                 // rotation order (ArchiveEntry::rotationOrder) and expiry
                                 // (ArchiveExpiry::sortKey())
        PathRole,                // absolute path of the archive (every column)
        SetNameRole,
        RotatedAtRole,  // QDateTime
        SearchTextRole, // what the text filter looks in: the texts the row shows
        SizeKnownRole,  // bool
        PendingRole,    // bool: waits for compression, not archived yet (ArchiveEntry::pending)
    };

    explicit ArchiveTableModel(ArchiveCatalog *catalog, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

    const ArchiveEntry &entryAt(int row) const { return m_rows.at(row); }
    int rowOf(const QString &path) const { return m_rowOf.value(path, -1); }

    // The texts cells show, also for widths and the status bar.
    static QString sizeText(qint64 bytes);
    static QString ratioText(double ratio);
    // Date and time to the second in the locale's short format: two rotations within a minute
    // must not look the same.
    static QString dateText(const QDateTime &when);
    static QString codecText(Codec codec);
    static QString pendingText(); // the codec column of a file waiting for compression
    // "never", "next cleanup", "next rotation", "within limits", or the date it goes.
    static QString expiresText(const ArchiveExpiry &expiry);

private:
    void add(const QVector<ArchiveEntry> &entries);
    void remove(const QStringList &paths);
    void update(const QVector<ArchiveEntry> &entries);
    void reindex(int from);

    QVector<ArchiveEntry> m_rows;
    QHash<QString, int> m_rowOf;
};

} // namespace Logkeeper
