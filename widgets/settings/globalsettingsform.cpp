// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "widgets/settings/globalsettingsform.h"

#include "config/config.h"
#include "config/configdocument.h"
#include "config/configvalidator.h"
#include "desktop/autostartentry.h"
#include "desktop/desktopsettings.h"
#include "engine/statestore.h"
#include "widgets/settings/pathedit.h"
#include "widgets/settings/pathlistedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace Logkeeper {

namespace {
const Config defaults; // what a key left out of the file means

const QStringList ownKeys{QStringLiteral("debounce_time"), QStringLiteral("max_wait"),
                          QStringLiteral("poll_interval"), QStringLiteral("logging"),
                          QStringLiteral("state_file"),    QStringLiteral("logrotate_include")};
} // namespace

GlobalSettingsForm::GlobalSettingsForm(ConfigDocument *document, QWidget *parent)
    : ConfigForm(document, parent), m_desktop(new DesktopSettings(this))
{
    QVBoxLayout *page = pageLayout();

    QFormLayout *timing = addGroup(tr("Timing"));
    addNumber(timing, tr("&Debounce time:"), QStringLiteral("debounce_time"),
              defaults.debounceSeconds, tr(" s"), 1,
              tooltip(tr("After a log changes, wait this many seconds for writes to settle "
                         "before checking it."),
                      QStringLiteral("debounce_time")));
    addNumber(timing, tr("Max &wait:"), QStringLiteral("max_wait"), defaults.maxWaitSeconds,
              tr(" s"), 1,
              tooltip(tr("The longest further writes may push a check back, in seconds."),
                      QStringLiteral("max_wait")));
    addNumber(timing, tr("Poll &interval:"), QStringLiteral("poll_interval"),
              defaults.pollIntervalSeconds, tr(" s"), 1,
              tooltip(tr("Seconds between safety-net checks of every log, for changes the file "
                         "watcher misses (network filesystems, say)."),
                      QStringLiteral("poll_interval")));

    QFormLayout *logging = addGroup(tr("Logkeeper's Own Log"));
    auto *logFile = new PathEdit(PathEdit::Mode::SaveFile, this);
    logFile->setDialogTitle(tr("Logkeeper's Log File"));
    logFile->setPlaceholderText(tr("none: standard error only"));
    addPath(logging, tr("Log &file:"), QStringLiteral("logging.log_file"), logFile, true,
            tooltip(tr("Where Logkeeper writes what it does, besides standard error. Empty: "
                       "standard error only."),
                    QStringLiteral("logging.log_file")));
    QVector<QPair<QString, QString>> levels;
    for (const QString &level : ConfigValidator::logLevels())
        levels.append({level, level});
    addChoice(logging, tr("Log le&vel:"), QStringLiteral("logging.log_level"), defaults.logLevel,
              levels,
              tooltip(tr("How much Logkeeper logs: DEBUG is everything, CRITICAL the least."),
                      QStringLiteral("logging.log_level")));

    QFormLayout *state = addGroup(tr("State"));
    auto *stateFile = new PathEdit(PathEdit::Mode::SaveFile, this);
    stateFile->setDialogTitle(tr("State File"));
    stateFile->setPlaceholderText(tr("Default: %1").arg(StateStore::defaultPath()));
    addPath(state, tr("S&tate file:"), QStringLiteral("state_file"), stateFile, true,
            tooltip(tr("Where Logkeeper keeps when each log's content began (for the age limit). "
                       "One Logkeeper runs per state file."),
                    QStringLiteral("state_file")));

    QFormLayout *logrotate = addGroup(tr("logrotate Configurations"));
    m_includes = new PathListEdit(this);
    addRow(logrotate, tr("&Read live:"), QStringLiteral("logrotate_include"), m_includes,
           tooltip(tr("logrotate configuration files or folders (such as /etc/logrotate.d) that "
                      "Logkeeper reads as if imported, every time they change: their log sets "
                      "join the ones here."),
                   QStringLiteral("logrotate_include")),
           [this] {
               QStringList paths;
               for (const QJsonValue &v : read(QStringLiteral("logrotate_include")).toArray())
                   paths.append(v.toString());
               m_includes->setBaseDir(this->document()->baseDir());
               m_includes->setPaths(paths);
           });
    connect(m_includes, &PathListEdit::edited, this, [this](const QStringList &paths) {
        if (paths.isEmpty())
            erase(QStringLiteral("logrotate_include"));
        else
            write(QStringLiteral("logrotate_include"), QJsonArray::fromStringList(paths));
    });

    // Not in the config file: they apply at once and are not part of Save.
    auto *desktop = new QGroupBox(tr("Desktop"), this);
    auto *desktopLayout = new QVBoxLayout(desktop);
    m_startAtLogin = new QCheckBox(tr("Start Logkeeper at l&ogin"), desktop);
    m_startAtLogin->setObjectName(QStringLiteral("startAtLogin"));
    m_startAtLogin->setToolTip(
        tr("Adds Logkeeper to the programs your desktop starts at login (an entry in %1).")
            .arg(AutostartEntry::path()));
    m_notify = new QCheckBox(tr("&Notify on every rotation"), desktop);
    m_notify->setObjectName(QStringLiteral("notifyEveryRotation"));
    m_notify->setToolTip(tr("Show a message for every rotation, not only for failures (which "
                            "are always shown)."));
    auto *note =
        new QLabel(tr("These apply at once; they are not part of the config file."), desktop);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    desktopLayout->addWidget(m_startAtLogin);
    desktopLayout->addWidget(m_notify);
    desktopLayout->addWidget(note);
    page->addWidget(desktop);
    page->addStretch(1);
    alignLabels();

    m_startAtLogin->setChecked(AutostartEntry().isEnabled());
    m_notify->setChecked(m_desktop->notifyOnEveryRotation());
    connect(m_startAtLogin, &QCheckBox::toggled, this, &GlobalSettingsForm::setStartAtLogin);
    connect(m_notify, &QCheckBox::toggled, m_desktop, &DesktopSettings::setNotifyOnEveryRotation);
    connect(m_desktop, &DesktopSettings::changed, this, [this] {
        const QSignalBlocker blocker(m_notify);
        m_notify->setChecked(m_desktop->notifyOnEveryRotation());
    });
}

bool GlobalSettingsForm::ownsKeyPath(const QString &keyPath) const
{
    return ownKeys.contains(keyPath.section(QLatin1Char('.'), 0, 0));
}

void GlobalSettingsForm::setStartAtLogin(bool on)
{
    QString error;
    if (AutostartEntry(document()->fileName()).setEnabled(on, &error))
        return;
    const QSignalBlocker blocker(m_startAtLogin);
    m_startAtLogin->setChecked(!on);
    QMessageBox::warning(this, tr("Start at Login"), error);
}

} // namespace Logkeeper
