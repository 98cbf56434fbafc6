// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "app/displayprobe.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace Logkeeper {

namespace {

// Connects to a Unix socket (abstract when the name starts with '@'), then closes it.
bool canConnect(const QByteArray &name)
{
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (name.isEmpty() || size_t(name.size()) >= sizeof address.sun_path)
        return false;
    std::memcpy(address.sun_path, name.constData(), size_t(name.size()));
    if (name.startsWith('@'))
        address.sun_path[0] = '\0';
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return false;
    const socklen_t length = socklen_t(offsetof(sockaddr_un, sun_path) + size_t(name.size()));
    const bool ok = ::connect(fd, reinterpret_cast<const sockaddr *>(&address), length) == 0;
    ::close(fd);
    return ok;
}

bool x11Available(QString *reason)
{
    const QString display = qEnvironmentVariable("DISPLAY");
    if (display.isEmpty()) {
        *reason = QCoreApplication::translate("DisplayProbe", "DISPLAY is not set");
        return false;
    }
    // ":1", ":1.0", "unix:1": a local server, reachable through its socket. Anything else
    // (host:10.0 from ssh -X) goes over TCP, which Qt is left to find out about.
    static const QRegularExpression local(QStringLiteral("^(?:unix)?:(\\d+)(?:\\.\\d+)?$"));
    const QRegularExpressionMatch match = local.match(display);
    if (!match.hasMatch())
        return true;
    const QByteArray socket = "/tmp/.X11-unix/X" + match.captured(1).toLatin1();
    if (canConnect(socket) || canConnect('@' + socket))
        return true;
    *reason = QCoreApplication::translate("DisplayProbe", "no X server answers on DISPLAY=%1")
                  .arg(display);
    return false;
}

bool waylandAvailable(QString *reason)
{
    const QString display = qEnvironmentVariable("WAYLAND_DISPLAY");
    if (display.isEmpty()) {
        *reason = QCoreApplication::translate("DisplayProbe", "WAYLAND_DISPLAY is not set");
        return false;
    }
    const QString path = QDir::isAbsolutePath(display)
                             ? display
                             : qEnvironmentVariable("XDG_RUNTIME_DIR") + QLatin1Char('/') + display;
    if (canConnect(QFile::encodeName(path)))
        return true;
    *reason = QCoreApplication::translate("DisplayProbe", "no Wayland compositor answers on %1")
                  .arg(path);
    return false;
}

} // namespace

bool DisplayProbe::available(QString *reason)
{
    // QT_QPA_PLATFORM may list several platforms ("wayland;xcb"): Qt tries them in order.
    QStringList platforms =
        qEnvironmentVariable("QT_QPA_PLATFORM").split(QLatin1Char(';'), Qt::SkipEmptyParts);
    if (platforms.isEmpty())
        platforms = {QStringLiteral("wayland"), QStringLiteral("xcb")};
    QStringList reasons;
    for (const QString &entry : std::as_const(platforms)) {
        const QString platform = entry.section(QLatin1Char(':'), 0, 0).trimmed();
        QString why;
        if (platform == QLatin1String("xcb")) {
            if (x11Available(&why))
                return true;
        } else if (platform.startsWith(QLatin1String("wayland"))) {
            if (waylandAvailable(&why))
                return true;
        } else {
            return true; // offscreen, minimal, vnc, eglfs, linuxfb...: no server to ask
        }
        reasons.append(why);
    }
    *reason = reasons.join(QStringLiteral("; "));
    return false;
}

} // namespace Logkeeper
