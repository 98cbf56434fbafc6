// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "widgets/settings/configform.h"

class QCheckBox;

namespace Logkeeper {

class DesktopSettings;
class PathListEdit;

// The keys outside the log sets (timing, Logkeeper's own log, the state file, the logrotate
// configurations read live), and the desktop
// preferences that are not in the config file: start at login and rotation notifications.
class GlobalSettingsForm : public ConfigForm
{
    Q_OBJECT
public:
    explicit GlobalSettingsForm(ConfigDocument *document, QWidget *parent = nullptr);

    QCheckBox *startAtLogin() const { return m_startAtLogin; }
    QCheckBox *notifyEveryRotation() const { return m_notify; }
    PathListEdit *logrotateIncludes() const { return m_includes; }

protected:
    QString keyPath(const QString &key) const override { return key; }
    bool ownsKeyPath(const QString &keyPath) const override;

private:
    void setStartAtLogin(bool on);

    DesktopSettings *m_desktop;
    QCheckBox *m_startAtLogin;
    QCheckBox *m_notify;
    PathListEdit *m_includes = nullptr;
};

} // namespace Logkeeper
