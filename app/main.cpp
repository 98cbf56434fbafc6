// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
// Logkeeper: parse the command line, pick a mode, wire the engine.

#include "app/commandline.h"
#include "app/demomode.h"
#include "app/logoutput.h"
#include "app/signalwatcher.h"
#include "app/translations.h"
#include "compression/compressionbackend.h"
#include "config/configfilecheck.h"
#include "config/configloader.h"
#include "config/logrotateimporter.h"
#include "engine/engine.h"
#include "engine/rotationworker.h"
#include "engine/statestore.h"

#ifdef LOGKEEPER_WITH_GUI
#include "app/desktopapp.h"
#include "app/displayprobe.h"
#include "app/singleinstance.h"
#include "app/viewonlyapp.h"
#include "app/windowmanager.h"
#endif

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>
#include <memory>

using namespace Logkeeper;

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
        *error = QCoreApplication::translate("main", "%1: cannot create the default config: %2")
                     .arg(path, file.errorString());
        return false;
    }
    printErr(
        QCoreApplication::translate("main", "created the default config %1; add log sets there")
            .arg(path));
    return true;
}

int checkConfig(const QString &path)
{
    const ConfigLoader::Result loaded = ConfigLoader::loadFile(path);
    for (const ConfigIssue &issue : loaded.issues)
        printOut(issue.toString());
    if (!loaded.ok())
        return ExitUsage;
    // The included logrotate configs' problems: not fatal to the daemon, but a check fails.
    bool fileErrors = false;
    for (const ConfigIssue &issue : loaded.includeIssues) {
        printOut(issue.toString());
        fileErrors = fileErrors || issue.isError();
    }
    // What only the file system can tell: missing log folders, two sets claiming one file.
    for (const ConfigIssue &issue : ConfigFileCheck::run(loaded.config, path)) {
        printOut(issue.toString());
        fileErrors = fileErrors || issue.isError();
    }
    if (fileErrors)
        return ExitUsage;
    if (loaded.includedSets > 0)
        printOut(QCoreApplication::translate("main",
                                             "%1: OK, %n log set(s), %2 of them from "
                                             "logrotate_include",
                                             nullptr, int(loaded.config.logSets.size()))
                     .arg(path)
                     .arg(loaded.includedSets));
    else
        printOut(QCoreApplication::translate("main", "%1: OK, %n log set(s)", nullptr,
                                             int(loaded.config.logSets.size()))
                     .arg(path));
    return ExitOk;
}

int runOnce(const Config &config, const CommandLine &cl, bool includeFailed)
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
    // As logrotate: what the include could not give was not rotated, so the pass failed.
    return s.failures > 0 || includeFailed ? ExitFailed : ExitOk;
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

// --import-logrotate: the JSON on stdout, one stderr line per directive not carried over; exit 2
// (and no JSON) when the input cannot be read or parsed.
int importLogrotate(const QString &path)
{
    const LogrotateImport imported = LogrotateImporter::importPaths({path});
    const auto printLine = [](const LogrotateDiagnostic &d) {
        std::fputs(qPrintable(d.toString() + QLatin1Char('\n')), stderr);
    };
    if (!imported.ok()) {
        for (const LogrotateDiagnostic &error : imported.errors)
            printLine(error);
        printErr(QCoreApplication::translate("main", "%1: not imported").arg(path));
        return ExitUsage;
    }
    for (const LogrotateDiagnostic &diagnostic : imported.diagnostics)
        printLine(diagnostic);
    std::fwrite(imported.json.constData(), 1, size_t(imported.json.size()), stdout);
    return std::fflush(stdout) == 0 ? ExitOk : ExitFailed;
}

#ifdef LOGKEEPER_WITH_GUI
// Whether the arguments may ask for the desktop mode: decided before the application object
// exists (QApplication or QCoreApplication), so only by the options that rule it out.
bool mayWantDesktop(int argc, char *argv[])
{
    static const char *const headlessOptions[] = {
        "--headless", "--once", "--check-config", "--cat", "--import-logrotate",
        "--help",     "-h",     "--version",      "-V"};
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--")
            break;
        for (const char *option : headlessOptions) {
            if (arg == option || arg.startsWith(QByteArray(option) + '='))
                return false;
        }
    }
    return true;
}

#endif

} // namespace

int main(int argc, char *argv[])
{
    QString noDesktop;
#ifdef LOGKEEPER_WITH_GUI
    const bool desktop = mayWantDesktop(argc, argv) && DisplayProbe::available(&noDesktop);
    std::unique_ptr<QCoreApplication> app = desktop
                                                ? DesktopApp::createApplication(argc, argv)
                                                : std::make_unique<QCoreApplication>(argc, argv);
#else
    const bool desktop = false;
    auto app = std::make_unique<QCoreApplication>(argc, argv);
#endif
    QCoreApplication::setApplicationName(QStringLiteral("logkeeper"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("logkeeper.invalid"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LOGKEEPER_VERSION));
    LogOutput::install();
    // Before anything a person reads is built, the command line's help text included.
    Translations::install();
#ifdef LOGKEEPER_WITH_GUI
    // The probe ran before the application (and its translators) existed: word its reason
    // again. It cannot find a display now that it did not find then, so the mode stays.
    if (!desktop && !noDesktop.isEmpty())
        DisplayProbe::available(&noDesktop);
#else
    noDesktop = QCoreApplication::translate("main", "this build has no desktop interface");
#endif

    const CommandLine cl = CommandLine::parse(QCoreApplication::arguments());
    if (!cl.error.isEmpty()) {
        printErr(cl.error);
        std::fputs(qPrintable(QCoreApplication::translate(
                                  "main", "Try 'logkeeper --help' for more information.") +
                              QLatin1Char('\n')),
                   stderr);
        return ExitUsage;
    }
    switch (cl.mode) {
    case CommandLine::Mode::Help:
        printOut(cl.helpText + QLatin1Char('\n') +
                 QCoreApplication::translate("main", "Exit status: 0 success; 1 a rotation, "
                                                     "compression or cleanup failed; 2 bad "
                                                     "usage or an invalid or missing config."));
        return ExitOk;
    case CommandLine::Mode::Version:
        printOut(QCoreApplication::translate("main", "Logkeeper %1\ncompression: %2\nQt %3")
                     .arg(QCoreApplication::applicationVersion(),
                          CompressionBackend::instance().description(), QLatin1String(qVersion())));
        return ExitOk;
    case CommandLine::Mode::Cat:
        return catArchive(cl.catFile);
    case CommandLine::Mode::ImportLogrotate:
        return importLogrotate(cl.importFile);
    default:
        break;
    }
    if (cl.wantsWindow() && !desktop) {
        printErr(QCoreApplication::translate("main", "%1 needs a display, and there is none: %2")
                     .arg(cl.showSettings   ? QStringLiteral("--settings")
                          : cl.showArchives ? QStringLiteral("--browse")
                                            : QStringLiteral("--view"),
                          noDesktop));
        return ExitUsage;
    }
    if (!cl.viewFile.isEmpty() && !QFileInfo(cl.viewFile).isFile()) {
        printErr(QCoreApplication::translate("main", "%1: no such file").arg(cl.viewFile));
        return ExitUsage;
    }

#ifdef LOGKEEPER_WITH_GUI
    // --view: to the desktop Logkeeper on the config if one runs; else the viewer alone, which
    // starts no daemon and no tray, writes no config and ends with its last window.
    if (desktop && !cl.viewFile.isEmpty() && !cl.demo) {
        const QString config =
            cl.configPath.isEmpty() ? ConfigLoader::defaultConfigPath() : cl.configPath;
        const SingleInstance::Request request = DesktopApp::requestFor(cl);
        if (SingleInstance(config).tryHandOver(request))
            return ExitOk;
        ViewOnlyApp viewer(config);
        if (viewer.handOver(request.file))
            return ExitOk;
        // SIGTERM/SIGINT end it cleanly too (its socket removed).
        SignalWatcher signalWatcher;
        QObject::connect(&signalWatcher, &SignalWatcher::terminationRequested, app.get(),
                         [] { QCoreApplication::exit(0); });
        viewer.start(request.file);
        return app->exec();
    }
#endif

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
        // A dry run creates nothing, not even the default config.
        if (cl.mode != CommandLine::Mode::CheckConfig && !cl.dryRun &&
            !ensureDefaultConfig(configPath, &error)) {
            printErr(error);
            return ExitUsage;
        }
    }
    if (cl.mode == CommandLine::Mode::CheckConfig)
        return checkConfig(configPath);

#ifdef LOGKEEPER_WITH_GUI
    // A desktop Logkeeper on this config may be running already: it does what was asked.
    const SingleInstance::Request request = DesktopApp::requestFor(cl);
    std::unique_ptr<SingleInstance> instance;
    if (desktop) {
        instance = std::make_unique<SingleInstance>(configPath);
        if (instance->tryHandOver(request))
            return ExitOk;
    }
#endif

    // A dry run before the first start previews the default config it would have created.
    ConfigLoader::Result loaded =
        cl.dryRun && cl.configPath.isEmpty() && !cl.demo && !QFileInfo::exists(configPath)
            ? ConfigLoader::parse(ConfigLoader::defaultConfigJson(), configPath)
            : ConfigLoader::loadFile(configPath);
    for (;;) {
        QStringList problems;
        for (const ConfigIssue &issue : loaded.issues) {
            if (issue.isError())
                problems.append(issue.toString());
        }
        if (loaded.ok())
            break;
        for (const QString &problem : std::as_const(problems))
            printErr(problem);
#ifdef LOGKEEPER_WITH_GUI
        // On the desktop the config can be fixed where it is reported.
        if (desktop &&
            DesktopApp::offerToRepairConfig(configPath, problems.join(QLatin1Char('\n')))) {
            loaded = ConfigLoader::loadFile(configPath);
            continue;
        }
#endif
        printErr(QCoreApplication::translate("main", "%1: invalid configuration; nothing was done")
                     .arg(configPath));
        return ExitUsage;
    }
    // A dry run writes no log file (nor its folder): its messages go to stderr only.
    LogOutput::configure(cl.dryRun ? QString() : loaded.config.logFile, loaded.config.logLevel);

    if (cl.mode == CommandLine::Mode::Once) {
        // The included logrotate configs' problems: logged, and the rest is used (the daemon's
        // engine logs them itself).
        bool includeFailed = false;
        for (const ConfigIssue &issue : std::as_const(loaded.includeIssues)) {
            includeFailed = includeFailed || issue.isError();
            if (issue.isError())
                qCritical().noquote() << "logrotate_include:" << issue.toString();
            else
                qWarning().noquote() << "logrotate_include:" << issue.toString();
        }
        return runOnce(loaded.config, cl, includeFailed);
    }

    if (!cl.headless && !desktop)
        printErr(QCoreApplication::translate("main", "no display available (%1); running headless")
                     .arg(noDesktop));

    Engine engine;
    QObject::connect(&engine, &Engine::configApplied, [](const Config &config) {
        LogOutput::configure(config.logFile, config.logLevel);
    });
    if (!engine.start(configPath, &error)) {
#ifdef LOGKEEPER_WITH_GUI
        if (desktop) {
            // Two desktop starts at once: the other one took the lock and listens shortly.
            if (instance->tryHandOverWithin(request, 3000))
                return ExitOk;
            const QString statePath = loaded.config.stateFile.isEmpty() ? StateStore::defaultPath()
                                                                        : loaded.config.stateFile;
            printErr(QCoreApplication::translate("main", "%1 (lock file %2.lock)")
                         .arg(error, statePath));
            DesktopApp::showStartError(
                QCoreApplication::translate(
                    "main", "%1\n\nLock file: %2.lock\n\nIf it is a Logkeeper running "
                            "--headless (such as the logkeeper service), stop it first: one "
                            "Logkeeper at a time manages a state file.")
                    .arg(error, statePath));
            return ExitFailed;
        }
#endif
        printErr(error);
        return ExitFailed;
    }
    SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &SignalWatcher::terminationRequested, app.get(),
                     [](int signal) {
                         qInfo("Signal %d received; stopping", signal);
                         QCoreApplication::exit(0); // not quit(): no window may refuse
                     });
    QObject::connect(&signalWatcher, &SignalWatcher::reloadRequested, &engine,
                     &Engine::reloadConfig);
#ifdef LOGKEEPER_WITH_GUI
    std::unique_ptr<DesktopApp> desktopApp;
    if (desktop) {
        desktopApp = std::make_unique<DesktopApp>(&engine);
        desktopApp->registerStandardWindows();
        QObject::connect(desktopApp.get(), &DesktopApp::quitRequested, app.get(),
                         &QCoreApplication::quit);
        QObject::connect(instance.get(), &SingleInstance::requestReceived, desktopApp.get(),
                         &DesktopApp::handle);
        if (!instance->listen(&error))
            qWarning().noquote() << "a second start cannot reach this one:" << error;
        desktopApp->start();
        if (request.show != SingleInstance::Request::Show::None)
            desktopApp->handle(request);
    }
#endif
    if (cl.demo) {
        demo.startWriter();
        printErr((desktop ? QCoreApplication::translate(
                                "main", "demo running in %1: logs/ is written to, archive/ fills "
                                        "up; Quit (tray menu or status window) stops")
                          : QCoreApplication::translate(
                                "main", "demo running in %1: logs/ is written to, archive/ fills "
                                        "up; Ctrl+C stops"))
                     .arg(demo.demoDir()));
    }
    const int status = app->exec();
    demo.stopWriter();
#ifdef LOGKEEPER_WITH_GUI
    desktopApp.reset();
    instance.reset();
#endif
    engine.stop();
    return status;
}
