// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "app/commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Logkeeper {

namespace {
// An option's value as the help shows it ("--config <file>"): the descriptions name it too.
QString valueName(const char *name)
{
    return QCoreApplication::translate("CommandLine", name);
}
} // namespace

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
        //: an option's value in the help ("--config <file>"); descriptions say <file> too
        valueName(QT_TRANSLATE_NOOP("CommandLine", "file")));
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
        //: an option's value in the help ("--cat <archive>"); its description says <archive> too
        valueName(QT_TRANSLATE_NOOP("CommandLine", "archive")));
    const QCommandLineOption importOption(
        QStringLiteral("import-logrotate"),
        QCoreApplication::translate("CommandLine",
                                    "Read the logrotate configuration <file> (with what it "
                                    "includes), print it as a Logkeeper configuration on "
                                    "standard output and each directive that cannot be carried "
                                    "over on standard error, then exit."),
        //: an option's value in the help ("--config <file>"); descriptions say <file> too
        valueName(QT_TRANSLATE_NOOP("CommandLine", "file")));
    const QCommandLineOption settingsOption(
        QStringLiteral("settings"),
        QCoreApplication::translate("CommandLine",
                                    "Open the settings editor (in the running Logkeeper, if "
                                    "there is one)."));
    const QCommandLineOption browseOption(
        QStringLiteral("browse"),
        QCoreApplication::translate("CommandLine",
                                    "Open the archive browser (in the running Logkeeper, if "
                                    "there is one)."));
    const QCommandLineOption viewOption(
        QStringLiteral("view"),
        QCoreApplication::translate("CommandLine",
                                    "Open <file> (a log or an archive) in the log viewer (in "
                                    "the running Logkeeper, if there is one)."),
        //: an option's value in the help ("--config <file>"); descriptions say <file> too
        valueName(QT_TRANSLATE_NOOP("CommandLine", "file")));
    const QCommandLineOption helpOption(
        {QStringLiteral("h"), QStringLiteral("help")},
        QCoreApplication::translate("CommandLine", "Show this help and exit."));
    const QCommandLineOption versionOption(
        {QStringLiteral("V"), QStringLiteral("version")},
        QCoreApplication::translate("CommandLine", "Show version information and exit."));
    parser.addOptions({configOption, headlessOption, onceOption, forceOption, dryRunOption,
                       checkOption, demoOption, catOption, importOption, settingsOption,
                       browseOption, viewOption, helpOption, versionOption});
    // What a file manager passes ("Open with Logkeeper", the desktop file's %f).
    parser.addPositionalArgument(
        QCoreApplication::translate("CommandLine", "file"),
        QCoreApplication::translate("CommandLine", "A file to open in the log viewer, as with "
                                                   "--view <file>."),
        QCoreApplication::translate("CommandLine", "[file]"));

    if (!parser.parse(arguments)) {
        cl.error = parser.errorText();
        return cl;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        cl.error = QCoreApplication::translate("CommandLine", "unexpected argument '%1'")
                       .arg(positional.at(1));
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
    if (parser.isSet(importOption)) {
        cl.mode = Mode::ImportLogrotate;
        cl.importFile = parser.value(importOption);
        if (parser.optionNames().size() > 1)
            cl.error = QCoreApplication::translate("CommandLine",
                                                   "--import-logrotate takes no other option");
        return cl;
    }

    cl.configPath = parser.value(configOption);
    cl.headless = parser.isSet(headlessOption);
    cl.force = parser.isSet(forceOption);
    cl.dryRun = parser.isSet(dryRunOption);
    cl.demo = parser.isSet(demoOption);
    cl.showSettings = parser.isSet(settingsOption);
    cl.showArchives = parser.isSet(browseOption);
    cl.viewFile = parser.value(viewOption);
    const bool once = parser.isSet(onceOption);
    const bool check = parser.isSet(checkOption);
    QStringList windowOptions;
    for (const QCommandLineOption *option : {&settingsOption, &browseOption, &viewOption}) {
        if (parser.isSet(*option))
            windowOptions.append(QStringLiteral("--") + option->names().constFirst());
    }
    // A file given on its own is viewed (and is a window option like --view).
    if (!positional.isEmpty()) {
        if (parser.isSet(viewOption)) {
            cl.error = QCoreApplication::translate("CommandLine", "unexpected argument '%1'")
                           .arg(positional.constFirst());
            return cl;
        }
        cl.viewFile = positional.constFirst();
        windowOptions.append(positional.constFirst());
    }

    if (once && check)
        cl.error = QCoreApplication::translate("CommandLine",
                                               "--once and --check-config exclude each other");
    else if ((cl.force || cl.dryRun) && !once)
        cl.error = QCoreApplication::translate("CommandLine", "%1 works only with --once")
                       .arg(cl.force ? QStringLiteral("--force") : QStringLiteral("--dry-run"));
    else if (windowOptions.size() > 1)
        cl.error = QCoreApplication::translate("CommandLine",
                                               "%1 exclude each other: give one window to open")
                       .arg(windowOptions.join(QStringLiteral(", ")));
    else if (!windowOptions.isEmpty() && (cl.headless || once || check))
        cl.error = QCoreApplication::translate("CommandLine", "%1 opens a window; it does not go "
                                                              "with %2")
                       .arg(windowOptions.constFirst(), cl.headless ? QStringLiteral("--headless")
                                                        : once      ? QStringLiteral("--once")
                                                               : QStringLiteral("--check-config"));
    else if ((parser.isSet(viewOption) || !positional.isEmpty()) && cl.viewFile.isEmpty())
        cl.error = QCoreApplication::translate("CommandLine", "--view needs a file");
    else if (cl.demo && !cl.configPath.isEmpty())
        cl.error = QCoreApplication::translate(
            "CommandLine", "--demo brings its own configuration; drop --config");
    cl.mode = check ? Mode::CheckConfig : once ? Mode::Once : Mode::Daemon;
    return cl;
}

} // namespace Logkeeper
