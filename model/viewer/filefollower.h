// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "core/logwatcher.h"
#include "core/posixfile.h"
#include "core/workpool.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

#include <sys/types.h>

namespace Logkeeper {

class LineIndex;

// Follows a plain log as it grows (tail -F): what is appended to it is appended to the document's
// text and its line index, a few lines at a time, without reading the rest again. When the file
// is truncated (copytruncate) or replaced by a new file under its name (rotation: renamed away,
// a new one created), the old text stays and the new file's text follows it from its start; a
// restarted() signal says where. A file renamed away with no new one yet is still read, since
// writers may still be writing to it.
//
// Changes are noticed as klogg does: watches on the file and its folder (inotify: the folder
// sees the new file of a rotation), checks of size, identity (device and inode) and the file's
// first bytes, and a poll every second for what watches miss (network filesystems, the watch
// limit). The reading runs on a WorkPool thread, one catch-up at a time.
class FileFollower : public QObject
{
    Q_OBJECT
public:
    // What the follower starts from: the file open at `position`, with its identity and first
    // bytes as the first reading saw them.
    struct Start
    {
        PosixFile::UniqueFd fd;
        qint64 position = 0;
        dev_t device = 0;
        ino_t inode = 0;
        QByteArray head;
    };
    enum class Restart
    {
        Truncated,
        Replaced
    };
    Q_ENUM(Restart)

    // Appends to contentPath (the document's text) and to index, which must have no other
    // writer from now on.
    FileFollower(const QString &path, Start start, const QString &contentPath,
                 std::shared_ptr<LineIndex> index, QObject *parent = nullptr);
    ~FileFollower() override; // cancels and waits for a catch-up in flight

    QString path() const { return m_path; }
    void setPollInterval(int msec);
    // Looks for changes now (the watches and the poll call it too).
    void check();
    // A catch-up is running or due.
    bool isBusy() const;

signals:
    // Text was appended (the index has the new lines).
    void grew();
    // The file was truncated or replaced; its new text starts at `line`.
    void restarted(FileFollower::Restart kind, qint64 line);
    // Following stopped: the text could not be read or written (e.g. the disk is full).
    void failed(const QString &error);

private:
    struct State;
    void startCatchUp();
    // For the poll: whether the file looks changed since the last look (cheap, no reading).
    bool looksChanged();
    void onCatchUpDone();

    QString m_path;
    QString m_contentPath;
    std::shared_ptr<LineIndex> m_index;
    std::shared_ptr<State> m_state;
    LogWatcher m_watcher;
    QTimer m_coalesce; // a burst of events is one check
    WorkPool::Handle m_worker;
    CancelToken m_cancel;
    bool m_running = false;
    bool m_again = false;
    bool m_failed = false;
    qint64 m_lastMtime = -1;
};

} // namespace Logkeeper
