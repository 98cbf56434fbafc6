// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "engine/engine.h"

#include "compression/compressionbackend.h"
#include "config/configloader.h"
#include "config/logrotateinclude.h"
#include "core/logcategories.h"
#include "engine/rotationworker.h"
#include "engine/statestore.h"

#include <QFile>
#include <QFileInfo>

namespace Logkeeper {

namespace {
const QString fileKeyPrefix = QStringLiteral("file:");
const QString dirKeyPrefix = QStringLiteral("dir:");
} // namespace

void Engine::takeIncludeIssues(const ConfigIssues &issues)
{
    // Problems of logrotate_include are logged, never fatal: the rest is in force. The errors
    // (their sets are missing) are kept for the tray until a reread finds none.
    QStringList problems;
    for (const ConfigIssue &issue : issues) {
        if (issue.isError()) {
            qCCritical(lcConfig).noquote() << "logrotate_include:" << issue.toString();
            problems.append(issue.toString());
        } else {
            qCWarning(lcConfig).noquote() << "logrotate_include:" << issue.toString();
        }
    }
    if (problems == m_includeProblems)
        return;
    m_includeProblems = problems;
    emit includeProblemsChanged(problems);
}

Engine::Engine(QObject *parent) : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("RotationWorker"));
    m_configDebounce.setSingleShot(true);
    m_configDebounce.setInterval(300); // editors save in several steps
    connect(&m_configDebounce, &QTimer::timeout, this, &Engine::reloadConfig);
    connect(&m_configWatcher, &QFileSystemWatcher::fileChanged, &m_configDebounce,
            qOverload<>(&QTimer::start));
    connect(&m_configWatcher, &QFileSystemWatcher::directoryChanged, &m_configDebounce,
            qOverload<>(&QTimer::start));

    connect(&m_watcher, &LogWatcher::fileChanged, this,
            [this](const QString &path) { m_scheduler.notify(fileKeyPrefix + path); });
    connect(&m_watcher, &LogWatcher::directoryChanged, this,
            [this](const QString &path) { m_scheduler.notify(dirKeyPrefix + path); });
    connect(&m_watcher, &LogWatcher::pollDue, this, [this] {
        if (m_worker && !m_paused)
            QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->checkAll(false); });
    });
    connect(&m_scheduler, &ChangeScheduler::due, this, &Engine::onDue);
    m_watchSync.setSingleShot(true);
    m_watchSync.setInterval(100);
    connect(&m_watchSync, &QTimer::timeout, this, &Engine::syncFileWatches);
}

Engine::~Engine()
{
    stop();
}

bool Engine::start(const QString &configPath, QString *error)
{
    const ConfigLoader::Result loaded = ConfigLoader::loadFile(configPath);
    QStringList problems;
    for (const ConfigIssue &issue : loaded.issues) {
        if (issue.isError())
            problems.append(issue.toString());
        else
            qCWarning(lcConfig).noquote() << issue.toString();
    }
    if (!loaded.ok()) {
        *error = problems.join(QLatin1Char('\n'));
        return false;
    }
    takeIncludeIssues(loaded.includeIssues);
    const QString statePath =
        loaded.config.stateFile.isEmpty() ? StateStore::defaultPath() : loaded.config.stateFile;
    m_lock = StateStore::lock(statePath, error);
    if (!m_lock)
        return false;

    m_configPath = QFileInfo(configPath).absoluteFilePath();
    QFile file(m_configPath);
    if (file.open(QIODevice::ReadOnly))
        m_configBytes = file.readAll();
    m_includeInputs = loaded.includeInputs;
    m_includeFingerprint = LogrotateInclude::fingerprint(m_includeInputs);

    m_worker = new RotationWorker(m_backend ? *m_backend : CompressionBackend::instance());
    m_worker->moveToThread(&m_thread);
    // In the worker's thread as it ends (its event loop has stopped): the hooks asked for run
    // to their end, then the worker goes.
    connect(&m_thread, &QThread::finished, m_worker, &RotationWorker::shutdown,
            Qt::DirectConnection);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &RotationWorker::setScanned, this, &Engine::onScanned);
    connect(m_worker, &RotationWorker::rotated, this, &Engine::rotated);
    connect(m_worker, &RotationWorker::archived, this, &Engine::archived);
    connect(m_worker, &RotationWorker::archiveRemoved, this, &Engine::archiveRemoved);
    connect(m_worker, &RotationWorker::failed, this, &Engine::failed);
    connect(m_worker, &RotationWorker::resolved, this, &Engine::resolved);
    connect(m_worker, &RotationWorker::busyChanged, this, &Engine::busyChanged);
    m_thread.start();

    watchConfigFile();
    apply(loaded.config);
    qCInfo(lcEngine).noquote() << QStringLiteral("Started with %1 (%2 log set(s))")
                                      .arg(m_configPath)
                                      .arg(m_config.logSets.size());
    emit runningChanged(true);
    return true;
}

void Engine::stop()
{
    if (!m_thread.isRunning())
        return;
    m_worker->requestStop();
    m_thread.quit();
    m_thread.wait();
    m_worker = nullptr;
    m_scheduler.clear();
    m_lock.reset();
    qCInfo(lcEngine) << "Stopped";
    emit runningChanged(false);
}

void Engine::watchConfigFile()
{
    // Editors and QSaveFile replace the file by rename, which ends a file watch: watch the
    // folder too and re-add the file whenever it is back. The same for the included logrotate
    // files and folders (a package installs a drop-in by rename).
    QStringList wanted;
    for (const QString &path : QStringList{m_configPath} + m_includeInputs) {
        wanted << QFileInfo(path).absolutePath();
        if (QFileInfo::exists(path))
            wanted << path;
    }
    wanted.removeDuplicates();
    const QStringList watched = m_configWatcher.files() + m_configWatcher.directories();
    for (const QString &path : watched) {
        if (!wanted.contains(path))
            m_configWatcher.removePath(path);
    }
    for (const QString &path : std::as_const(wanted)) {
        if (!watched.contains(path))
            m_configWatcher.addPath(path);
    }
}

void Engine::reloadConfig()
{
    if (!m_worker)
        return;
    watchConfigFile();
    QFile file(m_configPath);
    QByteArray bytes;
    if (file.open(QIODevice::ReadOnly)) {
        bytes = file.read(16 << 20);
        if (bytes == m_configBytes &&
            LogrotateInclude::fingerprint(m_includeInputs) == m_includeFingerprint)
            return; // a touch, or a change to another file in the folder
    }
    const ConfigLoader::Result loaded = ConfigLoader::loadFile(m_configPath);
    if (!loaded.ok()) {
        // Remembered too: going back to the last good text is then a change, applied again
        // (and it ends the rejection).
        m_configBytes = bytes;
        QStringList problems;
        for (const ConfigIssue &issue : loaded.issues) {
            if (issue.isError())
                problems.append(issue.toString());
        }
        qCWarning(lcConfig).noquote()
            << "config change rejected; the last good config stays in force:\n  "
            << problems.join(QStringLiteral("\n  "));
        emit configRejected(problems);
        return;
    }
    if (file.isOpen()) {
        file.seek(0);
        m_configBytes = file.read(16 << 20);
    }
    for (const ConfigIssue &issue : loaded.issues)
        qCWarning(lcConfig).noquote() << issue.toString();
    takeIncludeIssues(loaded.includeIssues);
    m_includeInputs = loaded.includeInputs;
    m_includeFingerprint = LogrotateInclude::fingerprint(m_includeInputs);
    watchConfigFile();
    qCInfo(lcConfig).noquote() << "config" << m_configPath << "reloaded";
    apply(loaded.config);
}

void Engine::apply(const Config &config)
{
    m_config = config;
    m_scheduler.clear();
    m_scheduler.setIntervals(qint64(config.debounceSeconds * 1000.0),
                             qint64(config.maxWaitSeconds * 1000.0));
    m_watcher.setPollInterval(int(qMin(config.pollIntervalSeconds * 1000.0, 86400000.0)));
    QStringList dirs;
    for (const LogSetConfig &set : config.logSets) {
        if (!dirs.contains(set.logDir))
            dirs.append(set.logDir);
    }
    m_logDirs = dirs;
    m_watcher.setDirectories(dirs);
    m_setOfFile.clear();
    m_filesOfSet.clear();
    m_foldersOfSet.clear();
    m_watchSync.stop();
    m_watcher.setFiles({});
    emit activeFilesChanged();
    QMetaObject::invokeMethod(m_worker, [w = m_worker, config] { w->applyConfig(config); });
    emit configApplied(config);
}

void Engine::onScanned(const QString &setName, const QStringList &files, const QStringList &folders)
{
    m_filesOfSet.insert(setName, files);
    m_foldersOfSet.insert(setName, folders);
    // Scans arrive one set at a time (hundreds at start-up): update the watches once for all
    // that arrived within the interval, not once per set.
    if (!m_watchSync.isActive())
        m_watchSync.start();
}

void Engine::syncFileWatches()
{
    m_setOfFile.clear();
    QStringList all;
    for (auto it = m_filesOfSet.cbegin(); it != m_filesOfSet.cend(); ++it) {
        for (const QString &file : it.value())
            m_setOfFile.insert(file, it.key());
        all += it.value();
    }
    m_watcher.setFiles(all);
    // The folders below log_dir that patterns like "*/*.log" reach, as the scans found them.
    QStringList dirs = m_logDirs;
    for (const QStringList &folders : std::as_const(m_foldersOfSet))
        dirs += folders;
    dirs.removeDuplicates();
    m_watcher.setDirectories(dirs);
    emit activeFilesChanged();
}

void Engine::onDue(const QString &key)
{
    if (!m_worker || m_paused)
        return;
    if (key.startsWith(fileKeyPrefix)) {
        const QString path = key.mid(fileKeyPrefix.size());
        const QString setName = m_setOfFile.value(path);
        if (!setName.isEmpty())
            QMetaObject::invokeMethod(
                m_worker, [w = m_worker, setName, path] { w->checkFile(setName, path); });
        return;
    }
    const QString dir = key.mid(dirKeyPrefix.size());
    for (const LogSetConfig &set : std::as_const(m_config.logSets)) {
        if (set.logDir == dir || m_foldersOfSet.value(set.name).contains(dir))
            QMetaObject::invokeMethod(
                m_worker, [w = m_worker, name = set.name] { w->checkSet(name, false); });
    }
}

void Engine::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    m_watcher.setPaused(paused);
    if (paused)
        m_scheduler.clear();
    else if (m_worker) // catch up on what was written during the pause
        QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->checkAll(false); });
    qCInfo(lcEngine) << (paused ? "Watching paused" : "Watching resumed");
    emit pausedChanged(paused);
}

void Engine::rotateNow(const QString &setName)
{
    if (!m_worker)
        return;
    if (setName.isEmpty())
        QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->checkAll(true); });
    else
        QMetaObject::invokeMethod(m_worker,
                                  [w = m_worker, setName] { w->checkSet(setName, true); });
}

QStringList Engine::watchedFiles() const
{
    return m_watcher.watchedFiles();
}

} // namespace Logkeeper
