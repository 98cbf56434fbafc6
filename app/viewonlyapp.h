// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "app/singleinstance.h"
#include "widgets/viewer/logviewerwindow.h"

#include <QObject>
#include <QPointer>
#include <QString>

namespace Logkeeper {

// `logkeeper --view FILE` when no desktop Logkeeper runs on the config: the viewer alone. No
// engine, no tray, nothing of the config read or written (not even the default config created);
// the process ends when its last window closes. A further `--view` meanwhile opens its file in
// a tab of this viewer: view-only viewers listen on a socket of their own, so that a later
// desktop start on the config is never mistaken for one.
class ViewOnlyApp : public QObject
{
    Q_OBJECT
public:
    explicit ViewOnlyApp(const QString &configPath, QObject *parent = nullptr);
    ~ViewOnlyApp() override;

    // The view-only viewers' socket key for a config (SingleInstance hashes it).
    static QString instanceKey(const QString &configPath);

    // A view-only viewer already open takes the file (true); else nothing happens.
    bool handOver(const QString &absolutePath);
    // Opens the viewer on the file and listens for more; the caller then runs the event loop,
    // which ends when the last window closes.
    void start(const QString &absolutePath);
    LogViewerWindow *window() const { return m_window; }

private:
    void onRequest(const SingleInstance::Request &request);

    QString m_configPath; // only named in the title: never read
    SingleInstance m_instance;
    QPointer<LogViewerWindow> m_window;
};

} // namespace Logkeeper
