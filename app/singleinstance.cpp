// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "app/singleinstance.h"

#include "app/appcategories.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QThread>
#include <QTimer>

#include <unistd.h>

namespace Logkeeper {

namespace {

constexpr int protocolVersion = 1;
constexpr qint64 maxLineBytes = 64 * 1024; // a request is a path and a word
constexpr int idleConnectionMs = 5000;     // a client that connects and says nothing is dropped

const QString versionKey = QStringLiteral("v");
const QString showKey = QStringLiteral("show");
const QString fileKey = QStringLiteral("file");
const QString okKey = QStringLiteral("ok");
const QString errorKey = QStringLiteral("error");

struct ShowName
{
    SingleInstance::Request::Show show;
    const char *name;
};
const ShowName showNames[] = {
    {SingleInstance::Request::Show::None, "none"},
    {SingleInstance::Request::Show::Settings, "settings"},
    {SingleInstance::Request::Show::Archives, "archives"},
    {SingleInstance::Request::Show::View, "view"},
};

QByteArray jsonLine(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

QByteArray replyLine(const QString &error)
{
    QJsonObject reply{{versionKey, protocolVersion}, {okKey, error.isEmpty()}};
    if (!error.isEmpty())
        reply.insert(errorKey, error);
    return jsonLine(reply);
}

} // namespace

QByteArray SingleInstance::Request::toJsonLine() const
{
    QJsonObject object{{versionKey, protocolVersion}};
    for (const ShowName &entry : showNames) {
        if (entry.show == show)
            object.insert(showKey, QLatin1String(entry.name));
    }
    if (!file.isEmpty())
        object.insert(fileKey, file);
    return jsonLine(object);
}

std::optional<SingleInstance::Request> SingleInstance::Request::fromJsonLine(const QByteArray &line,
                                                                             QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line.trimmed(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("not JSON (%1 at offset %2)")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = QStringLiteral("not a JSON object");
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    if (object.value(versionKey).toInt(-1) != protocolVersion) {
        *error = QStringLiteral("unsupported protocol version %1")
                     .arg(QString::fromUtf8(
                         QJsonDocument(QJsonObject{{versionKey, object.value(versionKey)}})
                             .toJson(QJsonDocument::Compact)));
        return std::nullopt;
    }
    Request request;
    const QString show = object.value(showKey).toString();
    bool known = false;
    for (const ShowName &entry : showNames) {
        if (show == QLatin1String(entry.name)) {
            request.show = entry.show;
            known = true;
        }
    }
    if (!known) {
        *error = QStringLiteral("unknown \"show\" value '%1'").arg(show);
        return std::nullopt;
    }
    const QJsonValue file = object.value(fileKey);
    if (!file.isUndefined() && !file.isString()) {
        *error = QStringLiteral("\"file\" is not a string");
        return std::nullopt;
    }
    request.file = file.toString();
    if (request.show == Show::View && !QDir::isAbsolutePath(request.file)) {
        *error = QStringLiteral("\"view\" needs an absolute \"file\", got '%1'").arg(request.file);
        return std::nullopt;
    }
    return request;
}

SingleInstance::SingleInstance(const QString &configPath, QObject *parent)
    : QObject(parent), m_name(serverName(configPath))
{
    qRegisterMetaType<SingleInstance::Request>();
}

SingleInstance::~SingleInstance()
{
    if (m_server)
        m_server->close(); // removes the socket file
}

QString SingleInstance::serverName(const QString &configPath)
{
    const QFileInfo info(configPath);
    const QString canonical = info.canonicalFilePath();
    const QString key = canonical.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : canonical;
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(QFile::encodeName(key), QCryptographicHash::Sha256)
            .toHex()
            .left(16));
    const QString runtimeDir = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtimeDir.isEmpty() && QFileInfo(runtimeDir).isDir()) {
        const QString path =
            QDir(runtimeDir).absoluteFilePath(QStringLiteral("logkeeper-%1.socket").arg(hash));
        if (QFile::encodeName(path).size() < 100) // sockaddr_un's path is ~108 bytes
            return path;
    }
    // In the shared temporary folder: the user id keeps users apart, UserAccessOption the rest.
    return QStringLiteral("logkeeper-%1-%2").arg(::getuid()).arg(hash);
}

bool SingleInstance::tryHandOver(const Request &request, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs)) {
        qCDebug(lcDesktop).noquote()
            << "no running instance on" << m_name << ":" << socket.errorString();
        return false;
    }
    socket.write(request.toJsonLine());
    const QDeadlineTimer deadline(timeoutMs);
    if (!socket.waitForBytesWritten(int(deadline.remainingTime())))
        return false;
    while (!socket.canReadLine()) {
        if (socket.state() != QLocalSocket::ConnectedState ||
            !socket.waitForReadyRead(int(qMax<qint64>(0, deadline.remainingTime())))) {
            qCWarning(lcDesktop).noquote()
                << "the running Logkeeper on" << m_name << "did not answer in time";
            return false;
        }
    }
    const QJsonObject reply = QJsonDocument::fromJson(socket.readLine()).object();
    if (!reply.value(okKey).toBool())
        // It is running, so starting a second one would only fail on its lock: report and stop.
        qCWarning(lcDesktop).noquote()
            << "the running Logkeeper refused the request:" << reply.value(errorKey).toString();
    else
        qCInfo(lcDesktop).noquote() << "handed the request over to the running Logkeeper";
    return true;
}

bool SingleInstance::tryHandOverWithin(const Request &request, int waitMs)
{
    const QDeadlineTimer deadline(waitMs);
    for (;;) {
        if (tryHandOver(request))
            return true;
        if (deadline.hasExpired())
            return false;
        QThread::msleep(100);
    }
}

bool SingleInstance::listen(QString *error)
{
    if (!m_server) {
        m_server = new QLocalServer(this);
        m_server->setSocketOptions(QLocalServer::UserAccessOption);
        connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    }
    if (m_server->isListening())
        return true;
    // With UserAccessOption, Qt binds in a private folder and renames the socket into place,
    // which would silently take the name from a live instance: ask first.
    QLocalSocket probe;
    probe.connectToServer(m_name);
    if (probe.waitForConnected(1000)) {
        probe.abort();
        *error = QStringLiteral("%1: another Logkeeper is already listening there").arg(m_name);
        return false;
    }
    // Nobody answers: a socket file left there is a crashed instance's.
    const QString path =
        QDir::isAbsolutePath(m_name) ? m_name : QDir::tempPath() + QLatin1Char('/') + m_name;
    if (QFileInfo::exists(path)) {
        qCInfo(lcDesktop).noquote() << "removing the stale socket" << path;
        QLocalServer::removeServer(m_name);
    }
    m_server->listen(m_name);
    if (!m_server->isListening()) {
        *error = QStringLiteral("%1: cannot listen: %2").arg(m_name, m_server->errorString());
        return false;
    }
    qCDebug(lcDesktop).noquote() << "listening on" << m_server->fullServerName();
    return true;
}

bool SingleInstance::isListening() const
{
    return m_server && m_server->isListening();
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        QTimer::singleShot(idleConnectionMs, socket, [socket] {
            if (!socket->property("answered").toBool())
                qCWarning(lcDesktop) << "dropping a local connection that sent no request";
            socket->abort();
        });
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

void SingleInstance::onReadyRead(QLocalSocket *socket)
{
    if (socket->property("answered").toBool())
        return; // one request per connection
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > maxLineBytes) {
            qCWarning(lcDesktop) << "ignoring a request from another instance: longer than"
                                 << maxLineBytes << "bytes";
            socket->abort();
        }
        return;
    }
    const QByteArray line = socket->readLine(maxLineBytes);
    socket->setProperty("answered", true);
    QString error;
    const std::optional<Request> request = Request::fromJsonLine(line, &error);
    if (!request) {
        qCWarning(lcDesktop).noquote()
            << "ignoring a malformed request from another instance:" << error;
        socket->write(replyLine(error));
    } else {
        qCInfo(lcDesktop).noquote() << "request from another instance:" << line.trimmed();
        emit requestReceived(*request);
        socket->write(replyLine({}));
    }
    socket->disconnectFromServer(); // after the reply is written
}

} // namespace Logkeeper
