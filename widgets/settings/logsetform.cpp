// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "widgets/settings/logsetform.h"

#include "compression/compressionbackend.h"
#include "config/config.h"
#include "config/configdocument.h"
#include "widgets/settings/fieldissuemarker.h"
#include "widgets/settings/pathedit.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Logkeeper {

namespace {
const LogSetConfig defaults; // what a key left out of the file means

// A grey explanation under a choice.
QLabel *explanation(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setContentsMargins(24, 0, 0, 4);
    return label;
}
} // namespace

LogSetForm::LogSetForm(ConfigDocument *document, QWidget *parent) : ConfigForm(document, parent)
{
    QVBoxLayout *page = pageLayout();

    QFormLayout *files = addGroup(tr("Logs"));
    addText(files, tr("Na&me:"), QStringLiteral("name"), false,
            tooltip(tr("The set's name: it labels the set in notifications and in Logkeeper's "
                       "log, and must be unique."),
                    QStringLiteral("name")));

    auto *logDir = new PathEdit(PathEdit::Mode::Directory, this);
    logDir->setDialogTitle(tr("Log Folder"));
    addPath(files, tr("Log &folder:"), QStringLiteral("log_dir"), logDir, false,
            tooltip(tr("The folder that holds the logs (required). Relative paths start at the "
                       "config file's folder."),
                    QStringLiteral("log_dir")));

    // active_log or patterns: one radio each, the field beside it.
    auto *which = new QWidget(this);
    auto *grid = new QGridLayout(which);
    grid->setContentsMargins(0, 0, 0, 0);
    m_fileChoice = new QButtonGroup(this);
    m_activeChoice = new QRadioButton(tr("&One file:"), which);
    m_patternsChoice = new QRadioButton(tr("Files matc&hing:"), which);
    m_activeChoice->setObjectName(QStringLiteral("choice:active_log"));
    m_patternsChoice->setObjectName(QStringLiteral("choice:patterns"));
    m_fileChoice->addButton(m_activeChoice, 0);
    m_fileChoice->addButton(m_patternsChoice, 1);
    m_activeLog = new QLineEdit(which);
    m_activeLog->setPlaceholderText(tr("e.g. app.log"));
    m_patterns = new QLineEdit(which);
    m_patterns->setPlaceholderText(tr("e.g. *.log, *.txt"));
    const QString activeTip = tooltip(tr("One log file, by its name inside the log folder."),
                                      QStringLiteral("active_log"));
    const QString patternsTip =
        tooltip(tr("Wildcard patterns, separated by commas: every file in the log folder that "
                   "matches one is rotated on its own."),
                QStringLiteral("patterns"));
    m_activeChoice->setToolTip(activeTip);
    m_patternsChoice->setToolTip(patternsTip);
    FieldIssueMarker *activeMarker =
        bind(QStringLiteral("active_log"), m_activeLog, activeTip, [this] {
            const QJsonValue v = read(QStringLiteral("active_log"));
            if (v.isString())
                m_activeLog->setText(v.toString());
        });
    FieldIssueMarker *patternsMarker =
        bind(QStringLiteral("patterns"), m_patterns, patternsTip, [this] {
            const QJsonValue v = read(QStringLiteral("patterns"));
            if (v.isArray()) {
                QStringList globs;
                for (const QJsonValue &glob : v.toArray())
                    globs.append(glob.toString());
                m_patterns->setText(globs.join(QStringLiteral(", ")));
            }
        });
    grid->addWidget(m_activeChoice, 0, 0, Qt::AlignTop);
    grid->addWidget(activeMarker, 0, 1);
    grid->addWidget(m_patternsChoice, 1, 0, Qt::AlignTop);
    grid->addWidget(patternsMarker, 1, 1);
    grid->setColumnStretch(1, 1);
    // Each choice, then its field.
    setTabOrder(m_activeChoice, m_activeLog);
    setTabOrder(m_activeLog, m_patternsChoice);
    setTabOrder(m_patternsChoice, m_patterns);
    auto *whichLabel = new QLabel(tr("Which logs:"), this);
    whichLabel->setObjectName(QStringLiteral("formLabel"));
    files->addRow(whichLabel, which);
    connect(m_fileChoice, &QButtonGroup::idClicked, this, [this](int id) {
        if (id == 0)
            chooseActiveLog();
        else
            choosePatterns();
    });
    connect(m_activeLog, &QLineEdit::textEdited, this, [this](const QString &text) {
        write(QStringLiteral("active_log"), text);
        syncFileChoice();
    });
    connect(m_patterns, &QLineEdit::textEdited, this, [this](const QString &text) {
        writePatterns(text);
        syncFileChoice();
    });

    auto *archiveDir = new PathEdit(PathEdit::Mode::Directory, this);
    archiveDir->setDialogTitle(tr("Archive Folder"));
    archiveDir->setPlaceholderText(tr("Default: “archive” inside the log folder"));
    addPath(files, tr("A&rchive folder:"), QStringLiteral("archive_dir"), archiveDir, true,
            tooltip(tr("Where the compressed archives go; it may be on another filesystem. Empty: "
                       "a folder “archive” inside the log folder."),
                    QStringLiteral("archive_dir")));

    // Rotation
    QFormLayout *rotation = addGroup(tr("Rotation"));
    addNumber(rotation, tr("Rotate at si&ze:"), QStringLiteral("rotation.max_size_mb"),
              defaults.maxSizeMb, tr(" MB"), 3,
              tooltip(tr("Rotate a log when it reaches this size, in megabytes of 1,048,576 "
                         "bytes; fractions are allowed."),
                      QStringLiteral("rotation.max_size_mb")));
    addNumber(rotation, tr("Rotate at ag&e:"), QStringLiteral("rotation.max_age_days"),
              defaults.maxAgeDays, tr(" days"), 2,
              tooltip(tr("Rotate a log when its content is this old, counted from when the "
                         "current content began; fractions are allowed."),
                      QStringLiteral("rotation.max_age_days")));

    auto *strategy = new QWidget(this);
    auto *strategyLayout = new QVBoxLayout(strategy);
    strategyLayout->setContentsMargins(0, 0, 0, 0);
    strategyLayout->setSpacing(2);
    m_strategy = new QButtonGroup(this);
    auto *rename = new QRadioButton(tr("Move as&ide and start a new file (rename)"), strategy);
    auto *copy = new QRadioButton(tr("Cop&y, then empty the file (copytruncate)"), strategy);
    rename->setObjectName(QStringLiteral("strategy:rename"));
    copy->setObjectName(QStringLiteral("strategy:copytruncate"));
    m_strategy->addButton(rename, 0);
    m_strategy->addButton(copy, 1);
    strategyLayout->addWidget(rename);
    strategyLayout->addWidget(
        explanation(tr("The new file gets the old one's owner and mode; the writing program "
                       "must reopen its log (let the hook tell it)."),
                    strategy));
    strategyLayout->addWidget(copy);
    strategyLayout->addWidget(
        explanation(tr("For programs that cannot reopen their log. Nothing is lost on ext4 and "
                       "XFS; elsewhere lines written in the last instant can be lost."),
                    strategy));
    const QString strategyTip =
        tooltip(tr("How a log is rotated."), QStringLiteral("rotation.strategy"));
    rename->setToolTip(strategyTip);
    copy->setToolTip(strategyTip);
    auto *strategyLabel = new QLabel(tr("Method:"), this);
    strategyLabel->setObjectName(QStringLiteral("formLabel"));
    strategyLabel->setToolTip(strategyTip);
    rotation->addRow(
        strategyLabel,
        bind(QStringLiteral("rotation.strategy"), strategy, strategyTip, [this, rename, copy] {
            const QSignalBlocker blockRename(rename), blockCopy(copy);
            const QJsonValue v = read(QStringLiteral("rotation.strategy"));
            const bool isCopy =
                v.toString() == QLatin1String("copytruncate") ||
                (v.isUndefined() && defaults.strategy == RotationStrategy::CopyTruncate);
            (isCopy ? copy : rename)->setChecked(true);
        }));
    connect(m_strategy, &QButtonGroup::idClicked, this, [this](int id) {
        write(QStringLiteral("rotation.strategy"),
              id == 0 ? QStringLiteral("rename") : QStringLiteral("copytruncate"));
    });

    // Archives
    QFormLayout *archival = addGroup(tr("Archives"));
    m_compress = addCheck(archival, tr("&Compress rotated files"),
                          QStringLiteral("archival.compress"), defaults.compress,
                          tooltip(tr("Compress each rotated file into an archive; without it the "
                                     "rotated files are kept as they are."),
                                  QStringLiteral("archival.compress")));
    QVector<QPair<QString, QString>> codecs;
    for (const QString &codec : Codecs::names(CompressionBackend::instance().codecs()))
        codecs.append({codec, codec});
    m_codec = addChoice(archival, tr("Co&dec:"), QStringLiteral("archival.codec"),
                        Codecs::name(defaults.codec), codecs,
                        tooltip(tr("The compression format. Only the codecs this build of "
                                   "Logkeeper (%1) can write are offered.")
                                    .arg(CompressionBackend::instance().description()),
                                QStringLiteral("archival.codec")));
    m_level = new QSpinBox(this);
    m_level->setSpecialValueText(tr("default"));
    m_level->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    addRow(archival, tr("Le&vel:"), QStringLiteral("archival.level"), m_level, QString(),
           [this] { updateLevelField(); });
    connect(m_level, &QSpinBox::valueChanged, this, [this](int value) {
        if (value == m_level->minimum()) // "default"
            erase(QStringLiteral("archival.level"));
        else
            write(QStringLiteral("archival.level"), value);
    });
    connect(m_codec, &QComboBox::currentIndexChanged, this, [this] { updateLevelField(); });
    connect(m_compress, &QCheckBox::toggled, this, [this] { updateEnabled(); });

    addNumber(archival, tr("Dele&te after:"), QStringLiteral("archival.retention_days"),
              defaults.retentionDays, tr(" days"), 2,
              tooltip(tr("Delete archives older than this; 0 keeps them forever."),
                      QStringLiteral("archival.retention_days")),
              tr("never"));
    addInteger(archival, tr("Max. num&ber:"), QStringLiteral("archival.max_archives"),
               defaults.maxArchives, tr(" archives"),
               tooltip(tr("Keep at most this many archives, deleting the oldest; 0 means no "
                          "limit."),
                       QStringLiteral("archival.max_archives")),
               tr("no limit"));
    addNumber(archival, tr("Ma&x. total size:"), QStringLiteral("archival.max_total_mb"),
              defaults.maxTotalMb, tr(" MB"), 1,
              tooltip(tr("Keep at most this much in archives, deleting the oldest; 0 means no "
                         "limit."),
                      QStringLiteral("archival.max_total_mb")),
              tr("no limit"));

    // Hook
    QFormLayout *hooks = addGroup(tr("After Rotation"));
    QLineEdit *hook = addText(
        hooks, tr("Hoo&k command:"), QStringLiteral("hooks.post_rotate"), true,
        tooltip(tr("A shell command run after each rotation, e.g. to tell the program to reopen "
                   "its log. It gets LOGKEEPER_ACTIVE (the log), LOGKEEPER_ARCHIVE (its "
                   "archive) and LOGKEEPER_SET (this set's name). Empty: none."),
                QStringLiteral("hooks.post_rotate")));
    hook->setPlaceholderText(tr("none, e.g. systemctl kill --signal=HUP myapp.service"));
    hook->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    page->addStretch(1);
    alignLabels();
    setEnabled(false);
}

QString LogSetForm::keyPath(const QString &key) const
{
    return document()->logSetKeyPath(m_index, key);
}

bool LogSetForm::ownsKeyPath(const QString &keyPath) const
{
    return m_index >= 0 && document()->logSetOfKeyPath(keyPath) == m_index;
}

void LogSetForm::setLogSet(int index)
{
    m_index = index;
    setEnabled(index >= 0);
    // Another set's text must not linger in the fields the file leaves out.
    m_activeLog->clear();
    m_patterns->clear();
    refresh();
}

void LogSetForm::refreshed()
{
    syncFileChoice();
    updateLevelField();
}

void LogSetForm::syncFileChoice()
{
    const bool hasActive = document()->contains(keyPath(QStringLiteral("active_log")));
    const bool hasPatterns = document()->contains(keyPath(QStringLiteral("patterns")));
    // Both or neither: no choice made (the validator says so); clicking one settles it.
    m_fileChoice->setExclusive(false);
    m_activeChoice->setChecked(hasActive && !hasPatterns);
    m_patternsChoice->setChecked(hasPatterns && !hasActive);
    m_fileChoice->setExclusive(true);
    // A field is open to typing when its key is in the file, or when neither is.
    m_activeLog->setEnabled(hasActive || !hasPatterns);
    m_patterns->setEnabled(hasPatterns || !hasActive);
}

void LogSetForm::chooseActiveLog()
{
    erase(QStringLiteral("patterns"));
    write(QStringLiteral("active_log"), m_activeLog->text());
    syncFileChoice();
    m_activeLog->setFocus();
}

void LogSetForm::choosePatterns()
{
    erase(QStringLiteral("active_log"));
    if (m_patterns->text().trimmed().isEmpty())
        m_patterns->setText(QStringLiteral("*.log"));
    writePatterns(m_patterns->text());
    syncFileChoice();
    m_patterns->setFocus();
}

void LogSetForm::writePatterns(const QString &text)
{
    QJsonArray globs;
    for (const QString &glob : text.split(QLatin1Char(','))) {
        if (!glob.trimmed().isEmpty())
            globs.append(glob.trimmed());
    }
    write(QStringLiteral("patterns"), globs);
}

void LogSetForm::updateLevelField()
{
    // The range and whether there is a level at all come from the backend; the validator
    // reports a level outside it.
    const CompressionBackend &backend = CompressionBackend::instance();
    const QString name = m_codec->currentData().toString();
    const Codec codec = Codecs::fromName(name).value_or(Codec::None);
    const QSignalBlocker blocker(m_level);
    const bool supported = backend.offers(codec) && backend.supportsLevel(codec);
    if (supported) {
        m_level->setRange(backend.minLevel(codec) - 1, backend.maxLevel(codec));
        m_level->setToolTip(tooltip(tr("How hard %1 compresses: %2 (fastest) to %3 (smallest). "
                                       "“default” leaves it to %1.")
                                        .arg(name)
                                        .arg(backend.minLevel(codec))
                                        .arg(backend.maxLevel(codec)),
                                    QStringLiteral("archival.level")));
    } else {
        m_level->setRange(-1, 19);
        m_level->setToolTip(tooltip(tr("%1 offers no compression level for %2: it always "
                                       "compresses at its default level.")
                                        .arg(backend.description(), name),
                                    QStringLiteral("archival.level")));
    }
    const QJsonValue v = read(QStringLiteral("archival.level"));
    m_level->setValue(v.isDouble() ? int(qBound(-2e9, v.toDouble(), 2e9)) : m_level->minimum());
    m_level->setProperty("levelSupported", supported);
    updateEnabled();
}

void LogSetForm::updateEnabled()
{
    const bool compress = m_compress->isChecked();
    m_codec->setEnabled(compress);
    m_level->setEnabled(compress && m_level->property("levelSupported").toBool());
}

} // namespace Logkeeper
