// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include <QObject>

class QSocketNotifier;

namespace Logkeeper {

// Turns SIGTERM/SIGINT and SIGHUP into Qt signals in the main thread (self-pipe trick: the
// handler only writes a byte), so shutdown and reload run as ordinary event-loop code.
class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

signals:
    void terminationRequested(int signal);
    void reloadRequested();

private:
    void readSignal();
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Logkeeper
