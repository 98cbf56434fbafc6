// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "browser/archivefiltermodel.h"

#include "browser/archivetablemodel.h"

#include <QDateTime>

namespace Logkeeper {

ArchiveFilterModel::ArchiveFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ArchiveTableModel::SortRole);
    setSortLocaleAware(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void ArchiveFilterModel::setText(const QString &text)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

void ArchiveFilterModel::setSetName(const QString &setName)
{
    if (setName == m_setName)
        return;
    m_setName = setName;
    invalidateFilter();
}

void ArchiveFilterModel::setDateRange(const QDate &from, const QDate &to)
{
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    invalidateFilter();
}

bool ArchiveFilterModel::isFiltering() const
{
    return !m_words.isEmpty() || !m_setName.isEmpty() || m_from.isValid() || m_to.isValid();
}

bool ArchiveFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_setName.isEmpty() && index.data(ArchiveTableModel::SetNameRole).toString() != m_setName)
        return false;
    if (m_from.isValid() || m_to.isValid()) {
        const QDate day = index.data(ArchiveTableModel::RotatedAtRole).toDateTime().date();
        if ((m_from.isValid() && day < m_from) || (m_to.isValid() && day > m_to))
            return false;
    }
    if (!m_words.isEmpty()) {
        const QString haystack = index.data(ArchiveTableModel::SearchTextRole).toString();
        for (const QString &word : m_words) {
            if (!haystack.contains(word, Qt::CaseInsensitive))
                return false;
        }
    }
    return true;
}

} // namespace Logkeeper
