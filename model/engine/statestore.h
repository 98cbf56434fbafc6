// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

#include <QLockFile>

#include <memory>
#include <optional>

namespace Logkeeper {

// Remembers, per active log file, when its current content began and which inode held it, so
// age survives restarts and is not fooled by an mtime that every write refreshes. Written
// atomically (QSaveFile); a missing file is an empty state, a corrupt one is reported and
// replaced on the next save.
class StateStore
{
public:
    struct Entry
    {
        QDateTime contentSince;
        quint64 device = 0;
        quint64 inode = 0;
    };

    explicit StateStore(const QString &path = {});

    QString path() const { return m_path; }
    bool load(QString *error);
    bool save(QString *error); // no-op when nothing changed

    std::optional<Entry> entry(const QString &file) const;
    void setEntry(const QString &file, const Entry &entry);
    void remove(const QString &file);

    // $XDG_STATE_HOME/logkeeper/state.json ($HOME/.local/state when unset).
    static QString defaultPath();

    // Takes "<path>.lock" so two Logkeepers never rotate the same files at once. Returns null
    // with an error naming the holder's pid when another process has it.
    static std::unique_ptr<QLockFile> lock(const QString &statePath, QString *error);

private:
    QString m_path;
    QHash<QString, Entry> m_entries;
    bool m_dirty = false;
};

} // namespace Logkeeper
