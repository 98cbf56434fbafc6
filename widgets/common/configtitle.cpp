// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "widgets/common/configtitle.h"

#include <QDir>
#include <QFileInfo>

namespace Logkeeper {

namespace {
QString resolved(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : canonical;
}
} // namespace

bool ConfigTitle::isDefault(const QString &configPath, const QString &defaultPath)
{
    return configPath.isEmpty() || resolved(configPath) == resolved(defaultPath);
}

QString ConfigTitle::displayPath(const QString &path)
{
    const QString home = QDir::homePath();
    const QString clean = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    if (home != QLatin1String("/") && clean.startsWith(home + QLatin1Char('/')))
        return QLatin1Char('~') + clean.mid(home.size());
    return clean;
}

QString ConfigTitle::title(const QString &base, const QString &configPath,
                           const QString &defaultPath)
{
    if (isDefault(configPath, defaultPath))
        return base;
    //: a window title: %1 the window's name, %2 the config file it works on
    return tr("%1 — %2").arg(base, displayPath(configPath));
}

} // namespace Logkeeper
