// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "desktop/desktopsettings.h"

#include <QStandardPaths>

namespace Logkeeper {

namespace {
const QString notifyKey = QStringLiteral("notifications/every_rotation");

// Every DesktopSettings in the process, so a change made through one reaches the others.
QList<DesktopSettings *> &instances()
{
    static QList<DesktopSettings *> list;
    return list;
}

QString settingsPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/logkeeper/desktop.conf");
}
} // namespace

DesktopSettings::DesktopSettings(QObject *parent)
    : QObject(parent), m_settings(settingsPath(), QSettings::IniFormat)
{
    instances().append(this);
}

DesktopSettings::~DesktopSettings()
{
    instances().removeAll(this);
}

bool DesktopSettings::notifyOnEveryRotation() const
{
    return m_settings.value(notifyKey, false).toBool();
}

void DesktopSettings::setNotifyOnEveryRotation(bool on)
{
    if (on == notifyOnEveryRotation())
        return;
    m_settings.setValue(notifyKey, on);
    m_settings.sync();
    for (DesktopSettings *other : std::as_const(instances())) {
        if (other != this)
            other->m_settings.sync();
        emit other->changed();
    }
}

} // namespace Logkeeper
