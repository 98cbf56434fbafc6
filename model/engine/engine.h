// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "config/config.h"
#include "config/configissue.h"
#include "core/changescheduler.h"
#include "core/logwatcher.h"
#include "engine/failure.h"

#include <QByteArray>
#include <QFileSystemWatcher>
#include <QHash>
#include <QLockFile>
#include <QObject>
#include <QThread>
#include <QTimer>

#include <memory>

namespace Logkeeper {

class CompressionBackend;
class RotationWorker;

// What the app and the widgets talk to. Lives in the main thread: it owns the watcher and the
// scheduler, which never touch file contents, and a RotationWorker in its own QThread, which
// does all file work. Watches its own config file and applies a valid edit live; an invalid
// one is reported and the last good config stays in force.
class Engine : public QObject
{
    Q_OBJECT
public:
    explicit Engine(QObject *parent = nullptr);
    ~Engine() override;

    // The backend the worker compresses through (the build's unless set); before start().
    void setCompressionBackend(const CompressionBackend &backend) { m_backend = &backend; }

    // Loads the config, takes the state lock and starts watching. On failure returns false with
    // every problem in *error (one per line) and changes nothing.
    bool start(const QString &configPath, QString *error);
    // Finishes or cancels (at a safe point) the work in flight and stops the worker thread.
    void stop();
    bool isRunning() const { return m_thread.isRunning(); }

    QString configPath() const { return m_configPath; }
    // The errors in logrotate_include's files as last read ("FILE:LINE: error: ..."): the sets
    // they hold are missing, the config's own and the other included ones are in force.
    QStringList includeProblems() const { return m_includeProblems; }
    Config config() const { return m_config; }

    bool isPaused() const { return m_paused; }
    void setPaused(bool paused);
    // Rotates every non-empty active log now (of one set, or all when setName is empty).
    void rotateNow(const QString &setName = {});
    // Re-reads the config file now (also happens on its own when the file changes).
    void reloadConfig();

    QStringList watchedFiles() const;
    // The active log files the last scans found, all sets together (what the tray counts).
    QStringList activeFiles() const { return m_setOfFile.keys(); }

signals:
    void configApplied(const Config &config);
    void configRejected(const QStringList &problems);
    void rotated(const QString &setName, const QString &activePath, const QString &rotatedPath);
    // archivePath holds what rotatedPath held (the same path when it stayed where it was).
    void archived(const QString &setName, const QString &archivePath, const QString &rotatedPath,
                  qint64 sourceBytes, qint64 archiveBytes);
    void archiveRemoved(const QString &setName, const QString &path, const QString &reason);
    void failed(const Logkeeper::Failure &failure);
    // A failure of the set about `path` that no success closes is over (a log folder is back,
    // a glob clash ended).
    void resolved(const QString &setName, const QString &path);
    void busyChanged(bool busy);
    void pausedChanged(bool paused);
    void runningChanged(bool running);
    void activeFilesChanged(); // after scans changed activeFiles()
    void includeProblemsChanged(const QStringList &problems);

private:
    void apply(const Config &config);
    void onDue(const QString &key);
    void onScanned(const QString &setName, const QStringList &files, const QStringList &folders);
    void syncFileWatches();
    void watchConfigFile();
    void takeIncludeIssues(const ConfigIssues &issues);

    QString m_configPath;
    QByteArray m_configBytes;
    QStringList m_includeInputs; // logrotate_include's files and folders, watched with the config
    QByteArray m_includeFingerprint;
    QStringList m_includeProblems;
    Config m_config;
    std::unique_ptr<QLockFile> m_lock;
    QThread m_thread;
    RotationWorker *m_worker = nullptr;
    const CompressionBackend *m_backend = nullptr;
    LogWatcher m_watcher;
    ChangeScheduler m_scheduler;
    QFileSystemWatcher m_configWatcher;
    QTimer m_configDebounce;
    QTimer m_watchSync;
    QHash<QString, QString> m_setOfFile; // active file -> set name
    QHash<QString, QStringList> m_filesOfSet;
    QStringList m_logDirs;                      // every set's log_dir
    QHash<QString, QStringList> m_foldersOfSet; // where the last scan looked ("*/*.log")
    bool m_paused = false;
};

} // namespace Logkeeper
