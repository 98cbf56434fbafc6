// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "desktop/enginestatus.h"

#include "engine/engine.h"
#include "engine/failure.h"

#include <QFileInfo>
#include <QLocale>

#include <algorithm>

namespace Logkeeper {

namespace {

QString timeText(const QDateTime &when)
{
    const QLocale locale;
    return when.date() == QDate::currentDate() ? locale.toString(when.time(), QLocale::ShortFormat)
                                               : locale.toString(when, QLocale::ShortFormat);
}

QString elided(const QString &text, int length)
{
    return text.size() <= length ? text : text.left(length - 1) + QChar(0x2026);
}

} // namespace

EngineStatus::EngineStatus(Engine *engine, QObject *parent) : QObject(parent), m_engine(engine)
{
    connect(engine, &Engine::configApplied, this, &EngineStatus::onConfigApplied);
    connect(engine, &Engine::rotated, this, &EngineStatus::onRotated);
    connect(engine, &Engine::archived, this,
            [this](const QString &setName, const QString &archivePath, const QString &rotatedPath) {
                onArchived(setName, archivePath, rotatedPath);
            });
    connect(engine, &Engine::archiveRemoved, this,
            [this](const QString &setName, const QString &path) {
                // Retention worked in that folder: a failure about the folder is over.
                const QString dir = QFileInfo(path).absolutePath();
                resolve([&](const Failure &f) { return f.setName == setName && f.path == dir; });
            });
    connect(engine, &Engine::failed, this, &EngineStatus::onFailed);
    connect(engine, &Engine::resolved, this, [this](const QString &setName, const QString &path) {
        resolve([&](const Failure &f) { return f.setName == setName && f.path == path; });
        notify();
    });
    connect(engine, &Engine::configRejected, this, &EngineStatus::onConfigRejected);
    connect(engine, &Engine::includeProblemsChanged, this, [this](const QStringList &problems) {
        m_includeProblems = problems;
        if (!problems.isEmpty())
            m_lastError = {QString(), QString(), problems.first(), QDateTime::currentDateTime()};
        notify();
    });
    m_includeProblems = engine->includeProblems();
    connect(engine, &Engine::busyChanged, this, [this](bool busy) {
        m_busy = busy;
        update();
    });
    connect(engine, &Engine::pausedChanged, this, &EngineStatus::notify);
    connect(engine, &Engine::runningChanged, this, [this](bool running) {
        if (!running)
            m_busy = false;
        update();
    });
    connect(engine, &Engine::activeFilesChanged, this, [this] {
        m_fileCount = m_engine ? int(m_engine->activeFiles().size()) : 0;
        notify();
    });
    if (engine->isRunning())
        onConfigApplied(engine->config());
}

EngineStatus::State EngineStatus::state() const
{
    if (!m_engine || !m_engine->isRunning())
        return State::Stopped;
    if (m_busy && !m_inFlight.isEmpty())
        return State::Rotating;
    if (!m_open.isEmpty() || isConfigRejected() || !m_includeProblems.isEmpty())
        return State::Error;
    if (m_engine->isPaused())
        return State::Paused;
    return State::Watching;
}

void EngineStatus::acknowledgeErrors()
{
    if (m_open.isEmpty())
        return;
    m_open.clear();
    notify();
}

void EngineStatus::onConfigRejected(const QStringList &problems)
{
    m_rejectedConfigPath = m_engine ? m_engine->configPath() : QString();
    m_configProblems = problems;
    if (m_configProblems.isEmpty()) // rejected without a reason given: still rejected
        m_configProblems.append(tr("%1 is not a valid config.").arg(m_rejectedConfigPath));
    m_lastError = {QString(), m_rejectedConfigPath, configRejectionText(),
                   QDateTime::currentDateTime()};
    notify();
}

QString EngineStatus::configRejectionText() const
{
    if (!isConfigRejected())
        return {};
    // Two lines: the problem (file, line or key path, message) is long enough on its own.
    return tr("Settings rejected, the last good ones stay in force:") + QLatin1Char('\n') +
           m_configProblems.first();
}

void EngineStatus::onConfigApplied(const Config &config)
{
    m_configProblems.clear(); // a valid config was read
    m_rejectedConfigPath.clear();
    m_setNames.clear();
    for (const LogSetConfig &set : config.logSets)
        m_setNames.insert(set.name);
    m_setCount = int(config.logSets.size());
    m_fileCount = m_engine ? int(m_engine->activeFiles().size()) : 0;
    // Failures of sets that are gone cannot be resolved any more; those of the state file
    // (no set) stay.
    resolve([this](const Failure &f) {
        return !f.setName.isEmpty() && !m_setNames.contains(f.setName);
    });
    notify();
}

void EngineStatus::onRotated(const QString &setName, const QString &activePath,
                             const QString &rotatedPath)
{
    ++m_rotations;
    m_lastRotationTime = QDateTime::currentDateTime();
    m_lastRotatedFile = activePath;
    m_inFlight.insert(rotatedPath);
    resolve([&](const Failure &f) { return f.setName == setName && f.path == activePath; });
    notify();
}

void EngineStatus::onArchived(const QString &setName, const QString &archivePath,
                              const QString &rotatedPath)
{
    m_inFlight.remove(rotatedPath);
    // Solved: a failure about the rotated file, or about the archive folder.
    const QString dir = QFileInfo(archivePath).absolutePath();
    resolve([&](const Failure &f) {
        return f.setName == setName && (f.path == dir || f.path == rotatedPath);
    });
    notify();
}

void EngineStatus::onFailed(const Logkeeper::Failure &engineFailure)
{
    const QString &path = engineFailure.path;
    const QString &setName = engineFailure.setName;
    const Failure failure{setName, path, engineFailure.translatedText(),
                          QDateTime::currentDateTime()};
    m_lastError = failure;
    m_inFlight.remove(path); // a rotated file whose archiving failed
    for (Failure &open : m_open) {
        if (open.path == path && open.setName == setName) {
            open = failure;
            notify();
            return;
        }
    }
    m_open.append(failure);
    notify();
}

void EngineStatus::resolve(const std::function<bool(const Failure &)> &solved)
{
    m_open.erase(std::remove_if(m_open.begin(), m_open.end(), solved), m_open.end());
}

void EngineStatus::update()
{
    // The worker's busy flag flips at every check: only a change of state is news.
    if (state() != m_shownState)
        notify();
}

void EngineStatus::notify()
{
    m_shownState = state();
    emit changed();
}

QString EngineStatus::stateName(State state)
{
    switch (state) {
    case State::Stopped:
        return tr("Stopped");
    case State::Watching:
        return tr("Watching");
    case State::Rotating:
        return tr("Rotating");
    case State::Paused:
        return tr("Paused");
    case State::Error:
        return tr("Error");
    }
    return {};
}

QString EngineStatus::stateText() const
{
    const State s = state();
    if (s == State::Error)
        return tr("Error: %n problem(s)", nullptr,
                  int(m_open.size() + m_includeProblems.size()) + (isConfigRejected() ? 1 : 0));
    if (s == State::Paused)
        return tr("Paused: logs are not checked");
    return stateName(s);
}

QStringList EngineStatus::detailLines() const
{
    QStringList lines;
    if (m_setCount == 0)
        lines << tr("No log sets configured");
    else
        lines << tr("%1 in %2", "files in log sets")
                     .arg(tr("%n file(s)", nullptr, m_fileCount),
                          tr("%n log set(s)", nullptr, m_setCount));
    if (m_lastRotationTime.isValid())
        lines << tr("Last rotation: %1, %2")
                     .arg(timeText(m_lastRotationTime), QFileInfo(m_lastRotatedFile).fileName());
    else
        lines << tr("Last rotation: none since start");
    if (isConfigRejected())
        lines << configRejectionText().split(QLatin1Char('\n'));
    if (!m_includeProblems.isEmpty()) {
        //: logrotate_include is the config key; the sets of the other files are in force
        lines << tr("Included logrotate configs: %n error(s), their sets are left out:", nullptr,
                    int(m_includeProblems.size()))
              << m_includeProblems.first();
    }
    if (!m_open.isEmpty()) {
        const Failure &last = m_open.constLast();
        //: %1 a time (today) or a date and time, %2 the error
        lines << tr("Error at %1: %2").arg(timeText(last.when), last.error);
        if (m_open.size() > 1)
            lines << tr("…and %n more problem(s)", nullptr, int(m_open.size() - 1));
    } else if (isConfigRejected() || !m_includeProblems.isEmpty()) {
        // said above
    } else if (m_lastError.when.isValid()) {
        lines << tr("Last error (cleared) at %1: %2")
                     .arg(timeText(m_lastError.when), m_lastError.error);
    } else {
        lines << tr("No errors");
    }
    return lines;
}

QString EngineStatus::toolTip() const
{
    QStringList lines{tr("Logkeeper: %1").arg(stateText())};
    for (const QString &line : detailLines())
        lines << elided(line, 160);
    return lines.join(QLatin1Char('\n'));
}

} // namespace Logkeeper
