// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include <QDate>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace Logkeeper {

// Narrows an ArchiveTableModel down by text, log set and rotation date, and sorts it by value
// (ArchiveTableModel::SortRole).
class ArchiveFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ArchiveFilterModel(QObject *parent = nullptr);

    // Every whitespace-separated word must occur (case-insensitively) in the archive's file
    // name, original name, set or codec.
    void setText(const QString &text);
    QString text() const { return m_words.join(QLatin1Char(' ')); }
    // Only this set's archives; empty for every set.
    void setSetName(const QString &setName);
    QString setName() const { return m_setName; }
    // Archives rotated on these days, both inclusive; an invalid date leaves that end open.
    void setDateRange(const QDate &from, const QDate &to);
    QDate dateFrom() const { return m_from; }
    QDate dateTo() const { return m_to; }
    bool isFiltering() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
    QString m_setName;
    QDate m_from;
    QDate m_to;
};

} // namespace Logkeeper
