// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QString>

#include <QLockFile>

#include <memory>
#include <optional>

namespace Logkeeper {

// Remembers, per active log file, when its current content began and which inode held it, so
// age survives restarts and is not fooled by an mtime that every write refreshes, and when the
// log was last rotated, which calendar schedules count from. Written atomically (QSaveFile);
// read whole, whatever its size. A missing file is an empty state; a corrupt one is moved aside
// (state.json.corrupt-<time>) and reported; one that cannot be read is reported and never
// replaced.
class StateStore
{
public:
    struct Entry
    {
        QDateTime contentSince;
        quint64 device = 0;
        quint64 inode = 0;
        QDateTime lastRotation{}; // invalid: never rotated by Logkeeper
    };

    explicit StateStore(const QString &path = {});

    QString path() const { return m_path; }
    bool load(QString *error);
    bool save(QString *error); // no-op when nothing changed

    std::optional<Entry> entry(const QString &file) const;
    // The last rotation belongs to the path (as in logrotate's state): an entry without one
    // keeps the one recorded, so a log replaced under its name keeps its schedule.
    void setEntry(const QString &file, const Entry &entry);
    // After rotating `file` at `when`: its new content begins then, held by device/inode.
    void recordRotation(const QString &file, const QDateTime &when, quint64 device, quint64 inode);
    void remove(const QString &file);
    // Keeps only the entries of liveLogs; returns how many went. The caller passes every log
    // of every set it still manages, so the file does not grow forever under churning names.
    int prune(const QSet<QString> &liveLogs);
    int size() const { return int(m_entries.size()); }

    // $XDG_STATE_HOME/logkeeper/state.json ($HOME/.local/state when unset).
    static QString defaultPath();

    // Takes "<path>.lock" so two Logkeepers never rotate the same files at once. Returns null
    // with an error naming the holder's pid when another process has it.
    static std::unique_ptr<QLockFile> lock(const QString &statePath, QString *error);

private:
    QString m_path;
    QHash<QString, Entry> m_entries;
    bool m_dirty = false;
    QString m_unsafeToSave; // why the file on disk must not be replaced (it could not be read)
};

} // namespace Logkeeper
