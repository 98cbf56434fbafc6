// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "viewer/viewersettings.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

namespace Logkeeper {

namespace {
const QString recentKey = QStringLiteral("recent/files");
const QString zoomKey = QStringLiteral("view/zoom");
const QString severityKey = QStringLiteral("view/severity_colours");
const QString matchingLinesKey = QStringLiteral("view/matching_lines_pane");
const QString rulesKey = QStringLiteral("colour_rules");

QString settingsPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/logkeeper/viewer.conf");
}

QString recentPath()
{
    QString base = qEnvironmentVariable("XDG_STATE_HOME");
    if (base.isEmpty())
        base = QDir::homePath() + QStringLiteral("/.local/state");
    return base + QStringLiteral("/logkeeper/viewer-recent.conf");
}
} // namespace

ViewerSettings::ViewerSettings()
    : m_settings(settingsPath(), QSettings::IniFormat), m_recent(recentPath(), QSettings::IniFormat)
{}

QStringList ViewerSettings::recentFiles() const
{
    QStringList out;
    for (const QString &path : m_recent.value(recentKey).toStringList()) {
        if (QFileInfo(path).isFile())
            out.append(path);
    }
    return out;
}

void ViewerSettings::addRecentFile(const QString &path)
{
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    QStringList files = m_recent.value(recentKey).toStringList();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > maxRecentFiles)
        files.removeLast();
    m_recent.setValue(recentKey, files);
}

void ViewerSettings::clearRecentFiles()
{
    m_recent.remove(recentKey);
}

int ViewerSettings::zoom() const
{
    return m_settings.value(zoomKey, 0).toInt();
}

void ViewerSettings::setZoom(int steps)
{
    m_settings.setValue(zoomKey, steps);
}

bool ViewerSettings::severityColours() const
{
    return m_settings.value(severityKey, true).toBool();
}

void ViewerSettings::setSeverityColours(bool on)
{
    m_settings.setValue(severityKey, on);
}

bool ViewerSettings::showMatchingLines() const
{
    return m_settings.value(matchingLinesKey, true).toBool();
}

void ViewerSettings::setShowMatchingLines(bool on)
{
    m_settings.setValue(matchingLinesKey, on);
}

QList<ViewerSettings::ColourRule> ViewerSettings::colourRules() const
{
    QList<ColourRule> rules;
    auto &settings = const_cast<QSettings &>(m_settings); // reading an array needs the cursor
    const int n = settings.beginReadArray(rulesKey);
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        rules.append({settings.value(QStringLiteral("pattern")).toString(),
                      settings.value(QStringLiteral("colour")).toString()});
    }
    settings.endArray();
    return rules;
}

void ViewerSettings::setColourRules(const QList<ColourRule> &rules)
{
    m_settings.remove(rulesKey);
    m_settings.beginWriteArray(rulesKey, int(rules.size()));
    for (int i = 0; i < rules.size(); ++i) {
        m_settings.setArrayIndex(i);
        m_settings.setValue(QStringLiteral("pattern"), rules.at(i).pattern);
        m_settings.setValue(QStringLiteral("colour"), rules.at(i).colour);
    }
    m_settings.endArray();
}

QString ViewerSettings::ruleError(const ColourRule &rule)
{
    if (rule.pattern.isEmpty())
        return QStringLiteral("empty expression");
    const QRegularExpression expression(rule.pattern);
    if (!expression.isValid())
        return expression.errorString();
    static const QRegularExpression colour(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    if (!colour.match(rule.colour).hasMatch())
        return QStringLiteral("not a colour: %1").arg(rule.colour);
    return {};
}

} // namespace Logkeeper
