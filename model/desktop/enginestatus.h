// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QVector>

#include <functional>

namespace Logkeeper {

class Engine;
class Failure;
struct Config;

// What the tray and the status window show about an Engine, kept from its signals: the state,
// how much is watched, the last rotation and the last error.
//
// The state, in order of precedence:
//   Stopped  - the engine is not running;
//   Rotating - the worker is busy with a rotation that has not reached its archive yet;
//   Error    - a failure is still open;
//   Paused   - watching is paused (manual rotations still work);
//   Watching - everything else.
// A failure stays open until the same thing succeeds (the log it was about is rotated, or the
// rotated file or archive folder it was about receives an archive), the engine finds it over (a
// missing log folder is back, a glob clash ended), its log set leaves the
// config, or the user acknowledges it (acknowledgeErrors(), "Clear Error" in the tray and the
// status window). The engine reports a failure once until it changes, so an open failure is
// not repeated while it lasts; lastError() keeps the last one after it closes.
//
// A config the engine rejected (a hand edit with errors: the last good config stays in force)
// is an error too, until the engine reads a valid config; "Clear Error" does not end it, since
// the file is still wrong. So are errors in the logrotate configs the config includes
// (logrotate_include), until they are read without errors.
class EngineStatus : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Stopped,
        Watching,
        Rotating,
        Paused,
        Error
    };
    Q_ENUM(State)

    struct Failure
    {
        QString setName;
        QString path;
        QString error; // in the user's language
        QDateTime when;
    };

    explicit EngineStatus(Engine *engine, QObject *parent = nullptr);

    State state() const;
    int setCount() const { return m_setCount; }
    int fileCount() const { return m_fileCount; }
    int rotationCount() const { return m_rotations; } // since this object was made
    QDateTime lastRotationTime() const { return m_lastRotationTime; }
    QString lastRotatedFile() const { return m_lastRotatedFile; } // the active log's path
    QDateTime lastErrorTime() const { return m_lastError.when; }
    QString lastError() const { return m_lastError.error; }
    QVector<Failure> openFailures() const { return m_open; }
    // The config file the engine rejected, and its problems (file, line or key, message).
    bool isConfigRejected() const { return !m_configProblems.isEmpty(); }
    QStringList configProblems() const { return m_configProblems; }
    QString rejectedConfigPath() const { return m_rejectedConfigPath; }
    // "Settings rejected, …:" and on a second line "FILE:LINE:COLUMN: error: KEY: message", or
    // empty.
    QString configRejectionText() const;
    // logrotate_include's errors ("FILE:LINE: error: ..."), while they last.
    QStringList includeProblems() const { return m_includeProblems; }

    void acknowledgeErrors();

    // Texts the views share, translated: the state in a few words, and the lines under it
    // (what is watched, the last rotation, the last error).
    static QString stateName(State state);
    QString stateText() const;
    QStringList detailLines() const;
    QString toolTip() const;

signals:
    void changed();

private:
    void onConfigApplied(const Config &config);
    void onRotated(const QString &setName, const QString &activePath, const QString &rotatedPath);
    void onArchived(const QString &setName, const QString &archivePath, const QString &rotatedPath);
    void onFailed(const Logkeeper::Failure &failure);
    void onConfigRejected(const QStringList &problems);
    void resolve(const std::function<bool(const Failure &)> &solved);
    void update();
    void notify();

    QPointer<Engine> m_engine;
    State m_shownState = State::Stopped;
    bool m_busy = false;
    int m_setCount = 0;
    int m_fileCount = 0;
    int m_rotations = 0;
    QDateTime m_lastRotationTime;
    QString m_lastRotatedFile;
    Failure m_lastError;
    QVector<Failure> m_open;
    QSet<QString> m_inFlight; // rotated files whose archive has not come yet
    QSet<QString> m_setNames;
    QStringList m_configProblems; // while the engine's config file is rejected
    QStringList m_includeProblems;
    QString m_rejectedConfigPath;
};

} // namespace Logkeeper
