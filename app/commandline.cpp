#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>

CommandLine CommandLine::parse(const QStringList &arguments)
{
    CommandLine cl;
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine", "Keeps log files in check: watches log folders, rotates logs past a size "
                       "or age limit, compresses the rotated files and expires old archives."));
    const QCommandLineOption configOption(
        {QStringLiteral("c"), QStringLiteral("config")},
        QCoreApplication::translate("CommandLine", "Read the configuration from <file> instead of "
                                                   "$XDG_CONFIG_HOME/logkeeper/config.json."),
        QStringLiteral("file"));
    const QCommandLineOption headlessOption(
        QStringLiteral("headless"),
        QCoreApplication::translate("CommandLine", "Run as a daemon without any window or tray "
                                                   "icon."));
    const QCommandLineOption onceOption(
        QStringLiteral("once"),
        QCoreApplication::translate("CommandLine",
                                    "Make one pass over every log set (rotate what "
                                    "is due, compress, expire archives), then exit."));
    const QCommandLineOption forceOption(
        QStringLiteral("force"),
        QCoreApplication::translate("CommandLine",
                                    "With --once: rotate every non-empty active log now."));
    const QCommandLineOption dryRunOption(
        {QStringLiteral("n"), QStringLiteral("dry-run")},
        QCoreApplication::translate("CommandLine", "With --once: print each action it would "
                                                   "take and change nothing."));
    const QCommandLineOption checkOption(
        QStringLiteral("check-config"),
        QCoreApplication::translate("CommandLine",
                                    "Validate the configuration, print every problem, exit."));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate("CommandLine",
                                    "Run on a built-in demo configuration with a demo writer, "
                                    "under $XDG_STATE_HOME/logkeeper/demo."));
    const QCommandLineOption catOption(
        QStringLiteral("cat"),
        QCoreApplication::translate("CommandLine",
                                    "Write the decompressed content of <archive> (any codec, or "
                                    "a plain file) to standard output, then exit."),
        QStringLiteral("archive"));
    const QCommandLineOption helpOption(
        {QStringLiteral("h"), QStringLiteral("help")},
        QCoreApplication::translate("CommandLine", "Show this help and exit."));
    const QCommandLineOption versionOption(
        {QStringLiteral("V"), QStringLiteral("version")},
        QCoreApplication::translate("CommandLine", "Show version information and exit."));
    parser.addOptions({configOption, headlessOption, onceOption, forceOption, dryRunOption,
                       checkOption, demoOption, catOption, helpOption, versionOption});

    if (!parser.parse(arguments)) {
        cl.error = parser.errorText();
        return cl;
    }
    if (!parser.positionalArguments().isEmpty()) {
        cl.error = QCoreApplication::translate("CommandLine", "unexpected argument '%1'")
                       .arg(parser.positionalArguments().constFirst());
        return cl;
    }
    if (parser.isSet(helpOption)) {
        cl.mode = Mode::Help;
        cl.helpText = parser.helpText();
        return cl;
    }
    if (parser.isSet(versionOption)) {
        cl.mode = Mode::Version;
        return cl;
    }
    if (parser.isSet(catOption)) {
        cl.mode = Mode::Cat;
        cl.catFile = parser.value(catOption);
        if (parser.optionNames().size() > 1)
            cl.error = QCoreApplication::translate("CommandLine", "--cat takes no other option");
        return cl;
    }

    cl.configPath = parser.value(configOption);
    cl.headless = parser.isSet(headlessOption);
    cl.force = parser.isSet(forceOption);
    cl.dryRun = parser.isSet(dryRunOption);
    cl.demo = parser.isSet(demoOption);
    const bool once = parser.isSet(onceOption);
    const bool check = parser.isSet(checkOption);

    if (once && check)
        cl.error = QCoreApplication::translate("CommandLine",
                                               "--once and --check-config exclude each other");
    else if ((cl.force || cl.dryRun) && !once)
        cl.error = QCoreApplication::translate("CommandLine", "%1 works only with --once")
                       .arg(cl.force ? QStringLiteral("--force") : QStringLiteral("--dry-run"));
    else if (cl.demo && !cl.configPath.isEmpty())
        cl.error = QCoreApplication::translate(
            "CommandLine", "--demo brings its own configuration; drop --config");
    cl.mode = check ? Mode::CheckConfig : once ? Mode::Once : Mode::Daemon;
    return cl;
}
