// Logkeeper: parse the command line, pick a mode, wire the engine.

#include "commandline.h"
#include "compressionbackend.h"
#include "configloader.h"
#include "demomode.h"
#include "engine.h"
#include "logoutput.h"
#include "rotationworker.h"
#include "signalwatcher.h"
#include "statestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>

namespace {

enum ExitStatus
{
    ExitOk = 0,
    ExitFailed = 1,
    ExitUsage = 2
};

void printOut(const QString &text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

void printErr(const QString &text)
{
    std::fputs(qPrintable(QStringLiteral("logkeeper: ") + text + QLatin1Char('\n')), stderr);
}

// The default config is created on first start, so a new user has a file to edit.
bool ensureDefaultConfig(const QString &path, QString *error)
{
    if (QFileInfo::exists(path))
        return true;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(ConfigLoader::defaultConfigJson()) < 0 ||
        !file.commit()) {
        *error = QStringLiteral("%1: cannot create the default config: %2")
                     .arg(path, file.errorString());
        return false;
    }
    printErr(QStringLiteral("created the default config %1; add log sets there").arg(path));
    return true;
}

int checkConfig(const QString &path)
{
    const ConfigLoader::Result loaded = ConfigLoader::loadFile(path);
    for (const ConfigIssue &issue : loaded.issues)
        printOut(issue.toString());
    if (!loaded.ok())
        return ExitUsage;
    printOut(QStringLiteral("%1: OK, %2 log set(s)").arg(path).arg(loaded.config.logSets.size()));
    return ExitOk;
}

int runOnce(const Config &config, const CommandLine &cl)
{
    std::unique_ptr<QLockFile> lock;
    if (!cl.dryRun) { // a dry run changes nothing, so it may run beside a daemon
        QString error;
        lock = StateStore::lock(
            config.stateFile.isEmpty() ? StateStore::defaultPath() : config.stateFile, &error);
        if (!lock) {
            printErr(error);
            return ExitFailed;
        }
    }
    RotationWorker worker;
    QObject::connect(&worker, &RotationWorker::actionPlanned, &printOut);
    const RotationWorker::Summary s = worker.runOnce(config, cl.force, cl.dryRun);
    if (!cl.dryRun)
        qInfo("Pass finished: %d rotated, %d archived, %d removed, %d failed", s.rotations,
              s.archives, s.removals, s.failures);
    return s.failures > 0 ? ExitFailed : ExitOk;
}

// --cat: an archive's content to stdout, for scripts and `less`.
int catArchive(const QString &path)
{
    QString error;
    auto reader = CompressionBackend::instance().openReader(path, &error);
    if (!reader) {
        printErr(error);
        return ExitFailed;
    }
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = reader->read(buffer.data(), buffer.size());
        if (n < 0) {
            std::fflush(stdout);
            printErr(reader->errorString());
            return ExitFailed;
        }
        if (n == 0)
            break;
        if (std::fwrite(buffer.constData(), 1, size_t(n), stdout) != size_t(n))
            return ExitFailed; // the reader went away (e.g. `| head`): nothing to report
    }
    return std::fflush(stdout) == 0 ? ExitOk : ExitFailed;
}

bool displayAvailable()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("logkeeper"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("logkeeper.invalid"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LOGKEEPER_VERSION));
    LogOutput::install();

    const CommandLine cl = CommandLine::parse(QCoreApplication::arguments());
    if (!cl.error.isEmpty()) {
        printErr(cl.error);
        std::fputs("Try 'logkeeper --help' for more information.\n", stderr);
        return ExitUsage;
    }
    switch (cl.mode) {
    case CommandLine::Mode::Help:
        printOut(cl.helpText +
                 QStringLiteral("\nExit status: 0 success; 1 a rotation, compression or "
                                "cleanup failed; 2 bad usage or an invalid or missing config."));
        return ExitOk;
    case CommandLine::Mode::Version:
        printOut(QStringLiteral("Logkeeper %1\ncompression: %2\nQt %3")
                     .arg(QCoreApplication::applicationVersion(),
                          CompressionBackend::instance().description(), QLatin1String(qVersion())));
        return ExitOk;
    case CommandLine::Mode::Cat:
        return catArchive(cl.catFile);
    default:
        break;
    }

    DemoMode demo;
    QString configPath = cl.configPath;
    QString error;
    if (cl.demo) {
        configPath = demo.prepare(&error);
        if (configPath.isEmpty()) {
            printErr(error);
            return ExitFailed;
        }
    } else if (configPath.isEmpty()) {
        configPath = ConfigLoader::defaultConfigPath();
        if (cl.mode != CommandLine::Mode::CheckConfig && !ensureDefaultConfig(configPath, &error)) {
            printErr(error);
            return ExitUsage;
        }
    }
    if (cl.mode == CommandLine::Mode::CheckConfig)
        return checkConfig(configPath);

    const ConfigLoader::Result loaded = ConfigLoader::loadFile(configPath);
    for (const ConfigIssue &issue : loaded.issues) {
        if (issue.isError())
            printErr(issue.toString());
    }
    if (!loaded.ok()) {
        printErr(QStringLiteral("%1: invalid configuration; nothing was done").arg(configPath));
        return ExitUsage;
    }
    LogOutput::configure(loaded.config.logFile, loaded.config.logLevel);

    if (cl.mode == CommandLine::Mode::Once)
        return runOnce(loaded.config, cl);

    if (!cl.headless)
        printErr(displayAvailable()
                     ? QStringLiteral("this build has no tray interface yet; running headless")
                     : QStringLiteral("no display available; running headless"));

    Engine engine;
    QObject::connect(&engine, &Engine::configApplied, [](const Config &config) {
        LogOutput::configure(config.logFile, config.logLevel);
    });
    if (!engine.start(configPath, &error)) {
        printErr(error);
        return ExitFailed;
    }
    SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &SignalWatcher::terminationRequested, &app, [](int signal) {
        qInfo("Signal %d received; stopping", signal);
        QCoreApplication::quit();
    });
    QObject::connect(&signalWatcher, &SignalWatcher::reloadRequested, &engine,
                     &Engine::reloadConfig);
    if (cl.demo) {
        demo.startWriter();
        printErr(QStringLiteral("demo running in %1: logs/ is written to, archive/ fills up; "
                                "Ctrl+C stops")
                     .arg(demo.demoDir()));
    }
    const int status = app.exec();
    demo.stopWriter();
    engine.stop();
    return status;
}
