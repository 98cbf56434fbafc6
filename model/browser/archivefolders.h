// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "config/config.h"

#include <QHash>
#include <QStringList>
#include <QVector>

namespace Logkeeper {

// Where the archive browser looks for a config's archives: every folder that holds a set's
// archives or its rotated files waiting for compression, and what the folder is to each set.
//
// A set's logs lie in its log_dir and, for patterns spanning folders ("*/*.log"), in the
// folders below it that the patterns reach. The archives of the logs in a folder L are in
// archiveDirFor(L): archive_dir itself, or L/archive_dir when it is relative ("." = L). A
// rotated file waits in L when it is staged there (a rename across filesystems), so L is looked
// at too when the archives go elsewhere.
class ArchiveFolders
{
public:
    // What one folder is to one set.
    struct Role
    {
        int set = -1;          // index into the sets given
        QString logFolder;     // the folder of the logs whose files are here
        bool archives = false; // their archive folder
        bool staging = false;  // their log folder, archives going elsewhere: only rotated files
                               // waiting for compression are the set's here
    };

    // The folders, in config order, and the roles of each (a folder shared by several sets
    // has one role per set, in config order).
    QStringList folders() const { return m_folders; }
    QVector<Role> rolesOf(const QString &folder) const { return m_roles.value(folder); }
    bool contains(const QString &folder) const { return m_roles.contains(folder); }
    // Folders whose new subfolders may be new log folders: where patterns spanning folders
    // are looked for, to be watched.
    QStringList roots() const { return m_roots; }

    // What find() found on disk for the sets spanning folders.
    struct Found
    {
        QHash<QString, QStringList> logFolders; // set name -> its log folders below log_dir
        QStringList roots;                      // the folders passed on the way down
    };

    // The folders of the sets, with the log folders of sets spanning folders as `found`
    // says (without: only the folders of the logs directly in log_dir). Looks at no disk.
    static ArchiveFolders build(const QVector<LogSetConfig> &sets, const Found &found = {});

    // The folders below each set's log_dir that its patterns spanning folders reach now:
    // regular folders whose names match the patterns' folder parts ('*' never crosses a '/',
    // as for the logs), never through a symlink.
    static Found find(const QVector<LogSetConfig> &sets);

private:
    void add(const QString &folder, const Role &role);

    QStringList m_folders;
    QHash<QString, QVector<Role>> m_roles;
    QStringList m_roots;
};

} // namespace Logkeeper
