// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "core/workpool.h"

#include <QObject>
#include <QString>
#include <QTimer>

namespace Logkeeper {

// The built-in demo: a small log set under $XDG_STATE_HOME/logkeeper/demo whose limits are low
// enough to see rotation, compression and expiry within a minute, and a writer that appends
// web-server-like lines to it (a WorkPool job every 200 ms, so the GUI thread never waits for
// the disk), so a newcomer sees Logkeeper at work at once.
class DemoMode : public QObject
{
    Q_OBJECT
public:
    explicit DemoMode(QObject *parent = nullptr);
    ~DemoMode() override;

    // Creates the demo folder and config (kept between runs); returns the config path.
    QString prepare(QString *error);
    void startWriter();
    void stopWriter();

    QString demoDir() const;

private:
    QTimer m_writerTimer;
    WorkPool::Handle m_write; // the write in progress, if any
};

} // namespace Logkeeper
