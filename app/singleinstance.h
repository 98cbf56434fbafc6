// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <optional>

class QLocalServer;
class QLocalSocket;

namespace Logkeeper {

// One desktop Logkeeper per user and config file. The first one listens on a local socket; a
// second one hands its request (which window to show) to it and exits.
//
// The socket is $XDG_RUNTIME_DIR/logkeeper-<hash>.socket (a folder only the user can enter), or,
// without XDG_RUNTIME_DIR, logkeeper-<uid>-<hash> in the temporary folder, readable by the user
// only. <hash> is taken from the config file's canonical path, so two instances on different
// configs never meet.
//
// Protocol, version 1: the client sends one JSON line
//   {"v":1,"show":"none"|"settings"|"archives"|"view","file":"/absolute/path"}
// and the server answers one line {"v":1,"ok":true} once it has acted on it, or
// {"v":1,"ok":false,"error":"..."}. A malformed request is logged and otherwise ignored.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        enum class Show
        {
            None, // a plain second start: show the running one's status
            Settings,
            Archives,
            View
        };
        Show show = Show::None;
        QString file; // for View: an absolute path

        QByteArray toJsonLine() const;
        // nullopt with *error set when the line is not a valid version-1 request.
        static std::optional<Request> fromJsonLine(const QByteArray &line, QString *error);
        bool operator==(const Request &other) const
        {
            return show == other.show && file == other.file;
        }
    };

    explicit SingleInstance(const QString &configPath, QObject *parent = nullptr);
    ~SingleInstance() override;

    // The socket's name (a path when in XDG_RUNTIME_DIR) for configPath.
    static QString serverName(const QString &configPath);
    QString serverName() const { return m_name; }

    // The second instance: true when a running instance took the request and confirmed it.
    bool tryHandOver(const Request &request, int timeoutMs = 5000);
    // The same, tried again for up to waitMs: for a first instance that has taken the state
    // lock but is not listening yet (both were started at once).
    bool tryHandOverWithin(const Request &request, int waitMs);
    // The first instance: starts listening. A socket left by a crashed instance (nobody
    // answers on it) is removed first. False with *error when it cannot listen.
    bool listen(QString *error);
    bool isListening() const;

signals:
    void requestReceived(const SingleInstance::Request &request);

private:
    void onNewConnection();
    void onReadyRead(QLocalSocket *socket);

    QString m_name;
    QLocalServer *m_server = nullptr;
};

} // namespace Logkeeper

Q_DECLARE_METATYPE(Logkeeper::SingleInstance::Request)
