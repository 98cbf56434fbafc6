// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include <QList>
#include <QSettings>
#include <QString>
#include <QStringList>

namespace Logkeeper {

// The log viewer's preferences, kept with QSettings in the desktop config folder
// ($XDG_CONFIG_HOME/logkeeper/viewer.conf), apart from the daemon's JSON config (a view-only
// start never writes that one): font zoom, severity colours, the matching-lines pane, and the
// user's colour rules, written only when the user changes them. The recent files are state,
// not preferences: $XDG_STATE_HOME/logkeeper/viewer-recent.conf, as the XDG spec has it.
class ViewerSettings
{
public:
    static constexpr int maxRecentFiles = 10;

    // A line matching `pattern` (a regular expression, case-insensitive) gets `colour`
    // ("#rrggbb").
    struct ColourRule
    {
        QString pattern;
        QString colour;
        bool operator==(const ColourRule &o) const
        {
            return pattern == o.pattern && colour == o.colour;
        }
    };

    ViewerSettings();

    QString fileName() const { return m_settings.fileName(); }
    QString recentFileName() const { return m_recent.fileName(); }

    // Newest first; files that no longer exist are left out.
    QStringList recentFiles() const;
    void addRecentFile(const QString &path);
    void clearRecentFiles();

    int zoom() const;
    void setZoom(int steps);
    bool severityColours() const;
    void setSeverityColours(bool on);
    bool showMatchingLines() const;
    void setShowMatchingLines(bool on);

    QList<ColourRule> colourRules() const;
    void setColourRules(const QList<ColourRule> &rules);
    // Why a rule cannot be used (an invalid expression or colour), or empty.
    static QString ruleError(const ColourRule &rule);

private:
    QSettings m_settings;
    QSettings m_recent;
};

} // namespace Logkeeper
