// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "compression/archivemembers.h"

#include <QDialog>

class QLineEdit;
class QTreeWidget;

namespace Logkeeper {

// Lets the user pick which file of an archive (tar, zip, 7z, ...) to view: the members with
// their sizes, a filter for long lists, and a warning when the archive could not be listed to
// its end.
class MemberDialog : public QDialog
{
    Q_OBJECT
public:
    MemberDialog(const QString &archivePath, const ArchiveMembers::Listing &listing,
                 QWidget *parent = nullptr);

    QString selectedMember() const;
    // Selects the member named `name` (for tests and to preselect the last choice).
    void selectMember(const QString &name);

private:
    void applyFilter(const QString &text);

    QLineEdit *m_filter;
    QTreeWidget *m_list;
};

} // namespace Logkeeper
