// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "widgets/settings/settingswindow.h"

#include "config/configdocument.h"
#include "config/configloader.h"
#include "config/logrotateinclude.h"
#include "desktop/enginestatus.h"
#include "engine/engine.h"
#include "widgets/common/appicon.h"
#include "widgets/common/configtitle.h"
#include "widgets/common/errorbar.h"
#include "widgets/common/screenfit.h"
#include "widgets/settings/fieldissuemarker.h"
#include "widgets/settings/globalsettingsform.h"
#include "widgets/settings/logsetform.h"
#include "widgets/settings/outsidechangedialog.h"
#include "widgets/settings/previewpanel.h"

#include <QApplication>
#include <QCloseEvent>
#include <QCryptographicHash>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace Logkeeper {

namespace {
QScrollArea *scrolling(QWidget *content, QWidget *parent)
{
    auto *area = new QScrollArea(parent);
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    // A narrow window scrolls sideways too rather than cutting the fields off.
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    area->setFocusPolicy(Qt::NoFocus); // the fields take focus; the area scrolls to them
    return area;
}

// Keeps the names of sets without a problem in line with those with one.
QIcon blankIcon(const QListWidget *list)
{
    QPixmap blank(list->iconSize());
    blank.fill(Qt::transparent);
    return QIcon(blank);
}

// A few problems, each as tall as its wrapped text (a long one, or a longer language, takes two
// lines); more scroll.
void fitToFirstRows(QListWidget *list)
{
    const int line = list->fontMetrics().height() + 4;
    int height = 0;
    for (int row = 0; row < qMin(list->count(), 4); ++row) {
        const int rowHeight = list->visualItemRect(list->item(row)).height();
        height += rowHeight > 0 ? rowHeight : line;
    }
    const int fixed = qMax(height, line) + 2 * list->frameWidth() + 4;
    if (list->height() != fixed || list->minimumHeight() != fixed)
        list->setFixedHeight(fixed);
}

QIcon issueIcon(const QWidget *widget, bool error)
{
    return widget->style()->standardIcon(
        error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning, nullptr, widget);
}
} // namespace

SettingsWindow::SettingsWindow(const QString &configPath, QWidget *parent)
    : QWidget(parent), m_configPath(configPath), m_document(new ConfigDocument(this))
{
    setWindowFlag(Qt::Window); // a window of its own, even with a parent
    // The config when it is not the default one (two Logkeepers look different), and "*"
    // while there are unsaved changes.
    setWindowTitle(ConfigTitle::title(tr("Logkeeper Settings"), configPath,
                                      ConfigLoader::defaultConfigPath()) +
                   QStringLiteral("[*]"));
    setWindowIcon(AppIcon::application());

    auto *layout = new QVBoxLayout(this);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildEditorPage());
    m_pages->addWidget(buildErrorPage());
    layout->addWidget(m_pages, 1);

    auto *bottom = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(this);
    m_saveButton = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_saveButton->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton, nullptr, this));
    m_saveButton->setToolTip(tr("Write the settings to %1 (Ctrl+S)").arg(configPath));
    QPushButton *close = buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    close->setToolTip(tr("Close the window (Esc)"));
    bottom->addWidget(m_status, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);
    connect(m_saveButton, &QPushButton::clicked, this, &SettingsWindow::save);
    connect(close, &QPushButton::clicked, this, &SettingsWindow::close);

    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, [this] {
        if (m_saveButton->isEnabled())
            save();
        else if (!m_validation.ok())
            setStatus(tr("Not saved: the settings have problems (listed below)."));
    });
    auto *closeShortcut = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(closeShortcut, &QShortcut::activated, this, &SettingsWindow::close);

    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(400); // typing settles first
    connect(&m_previewTimer, &QTimer::timeout, this, &SettingsWindow::runPreview);
    m_verdictTimer.setSingleShot(true);
    m_verdictTimer.setInterval(15000);
    connect(&m_verdictTimer, &QTimer::timeout, this, [this] {
        if (m_awaitingVerdict) {
            m_awaitingVerdict = false;
            if (!hasUnsavedChanges())
                setStatus(tr("Saved."), true);
        }
    });

    connect(m_document, &ConfigDocument::changed, this, &SettingsWindow::documentChanged);
    connect(m_document, &ConfigDocument::modifiedChanged, this, [this] { updateSaveButton(); });

    // Another program's edits: the file and its folder (editors replace files by rename, which
    // ends a watch on the file), compared by content once the writes have settled.
    m_watcher = new QFileSystemWatcher(this);
    m_fileCheck.setSingleShot(true);
    m_fileCheck.setInterval(200);
    connect(&m_fileCheck, &QTimer::timeout, this, &SettingsWindow::checkFile);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, &m_fileCheck, qOverload<>(&QTimer::start));
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, &m_fileCheck,
            qOverload<>(&QTimer::start));

    ScreenFit::resize(this, QSize(960, 720));
    reload();
    watchFile();
}

SettingsWindow::~SettingsWindow() = default;

QWidget *SettingsWindow::buildEditorPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);

    m_noticeBox = new QFrame(page);
    static_cast<QFrame *>(m_noticeBox)->setFrameShape(QFrame::StyledPanel);
    auto *noticeLayout = new QHBoxLayout(m_noticeBox);
    auto *noticeIcon = new QLabel(m_noticeBox);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    noticeIcon->setPixmap(style()
                              ->standardIcon(QStyle::SP_MessageBoxInformation, nullptr, this)
                              .pixmap(iconSize, iconSize));
    noticeIcon->setAlignment(Qt::AlignTop);
    m_notice = new QLabel(m_noticeBox);
    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setWordWrap(true);
    noticeLayout->addWidget(noticeIcon);
    noticeLayout->addWidget(m_notice, 1);
    layout->addWidget(m_noticeBox);
    m_noticeBox->hide();

    m_rejectedBar = new ErrorBar(page);
    m_rejectedBar->setObjectName(QStringLiteral("rejectedBanner"));
    layout->addWidget(m_rejectedBar);
    m_outsideBar = new ErrorBar(page);
    m_outsideBar->setObjectName(QStringLiteral("outsideChangeBanner"));
    layout->addWidget(m_outsideBar);
    connect(m_outsideBar, &ErrorBar::actionTriggered, this, &SettingsWindow::showOutsideChange);

    m_tabs = new QTabWidget(page);
    layout->addWidget(m_tabs, 1);

    // Log sets: the list on the left, the selected set's form on the right.
    auto *splitter = new QSplitter(Qt::Horizontal, m_tabs);
    splitter->setChildrenCollapsible(false);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_setList = new QListWidget(left);
    m_setList->setObjectName(QStringLiteral("logSets"));
    m_setList->setAccessibleName(tr("Log sets"));
    m_setList->setToolTip(tr("The log sets: each is a folder with the logs to keep in check. "
                             "F2 renames, Insert adds, Delete removes."));
    m_setList->setEditTriggers(QAbstractItemView::DoubleClicked |
                               QAbstractItemView::EditKeyPressed);
    const int smallIcon = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_setList->setIconSize(QSize(smallIcon, smallIcon));
    leftLayout->addWidget(m_setList, 1);
    auto *setButtons = new QGridLayout;
    auto *add = new QPushButton(tr("&Add"), left);
    m_duplicateButton = new QPushButton(tr("D&uplicate"), left);
    m_renameButton = new QPushButton(tr("Re&name"), left);
    m_removeButton = new QPushButton(tr("Remove"), left);
    add->setObjectName(QStringLiteral("addLogSet"));
    m_duplicateButton->setObjectName(QStringLiteral("duplicateLogSet"));
    m_renameButton->setObjectName(QStringLiteral("renameLogSet"));
    m_removeButton->setObjectName(QStringLiteral("removeLogSet"));
    add->setToolTip(tr("Add a log set (Insert)"));
    m_duplicateButton->setToolTip(tr("Add a copy of the selected log set"));
    m_renameButton->setToolTip(tr("Rename the selected log set (F2)"));
    m_removeButton->setToolTip(tr("Remove the selected log set (Delete)"));
    setButtons->addWidget(add, 0, 0);
    setButtons->addWidget(m_duplicateButton, 0, 1);
    setButtons->addWidget(m_renameButton, 1, 0);
    setButtons->addWidget(m_removeButton, 1, 1);
    leftLayout->addLayout(setButtons);

    // The sets logrotate_include reads: shown, never edited or saved here.
    m_includedBox = new QWidget(left);
    auto *includedLayout = new QVBoxLayout(m_includedBox);
    includedLayout->setContentsMargins(0, 0, 0, 0);
    auto *includedLabel = new QLabel(tr("Read from logrotate (read-only):"), m_includedBox);
    includedLabel->setWordWrap(true);
    m_includedList = new QListWidget(m_includedBox);
    m_includedList->setObjectName(QStringLiteral("includedLogSets"));
    m_includedList->setAccessibleName(tr("Log sets read from logrotate"));
    m_includedList->setToolTip(tr("The log sets of the logrotate configurations that "
                                  "“logrotate_include” (General) names. Logkeeper reads them "
                                  "again when they change; change them there."));
    includedLabel->setBuddy(m_includedList);
    includedLayout->addWidget(includedLabel);
    includedLayout->addWidget(m_includedList, 1);
    leftLayout->addWidget(m_includedBox, 1);
    m_includedBox->hide();

    m_setPane = new QStackedWidget(splitter);
    auto *empty = new QLabel(tr("No log sets yet. Add one to tell Logkeeper which logs to keep "
                                "in check."),
                             m_setPane);
    empty->setWordWrap(true);
    empty->setAlignment(Qt::AlignCenter);
    m_setPane->addWidget(empty);
    m_setForm = new LogSetForm(m_document);
    m_setPane->addWidget(scrolling(m_setForm, m_setPane));
    m_includedDocument = new ConfigDocument(this);
    splitter->addWidget(left);
    splitter->addWidget(m_setPane);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 700});
    m_tabs->addTab(splitter, tr("&Log Sets"));

    m_globalForm = new GlobalSettingsForm(m_document);
    m_tabs->addTab(scrolling(m_globalForm, m_tabs), tr("&General"));

    m_preview = new PreviewPanel(m_tabs);
    m_tabs->addTab(m_preview, tr("&Preview"));

    auto *jsonPage = new QWidget(m_tabs);
    auto *jsonLayout = new QVBoxLayout(jsonPage);
    auto *jsonIntro = new QLabel(tr("What Save writes to %1:").arg(m_configPath), jsonPage);
    jsonIntro->setWordWrap(true);
    m_json = new QPlainTextEdit(jsonPage);
    m_json->setObjectName(QStringLiteral("json"));
    m_json->setReadOnly(true);
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->setAccessibleName(tr("The config file as it will be saved"));
    jsonLayout->addWidget(jsonIntro);
    jsonLayout->addWidget(m_json, 1);
    m_tabs->addTab(jsonPage, tr("&JSON"));

    m_issueList = new QListWidget(page);
    m_issueList->setObjectName(QStringLiteral("issues"));
    m_issueList->setAccessibleName(tr("Problems"));
    m_issueList->setToolTip(tr("Every problem the settings have; Enter or a double click goes "
                               "to the field."));
    m_issueList->setWordWrap(true);
    m_issueList->setIconSize(QSize(smallIcon, smallIcon));
    layout->addWidget(m_issueList);
    m_issueList->hide();
    // The items are laid out again for another width: their wrapping, so the height, changes.
    connect(m_issueList->verticalScrollBar(), &QScrollBar::rangeChanged, this,
            [this] { fitToFirstRows(m_issueList); });

    connect(m_includedList, &QListWidget::currentRowChanged, this,
            &SettingsWindow::showIncludedSet);
    connect(m_setList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && m_includedList->currentRow() >= 0) {
            const QSignalBlocker blocker(m_includedList);
            m_includedList->setCurrentRow(-1);
        }
        m_setForm->setLogSet(row);
        m_setForm->showIssues(m_validation.issues);
        m_setPane->setCurrentIndex(row >= 0 ? 1 : 0);
        updateSaveButton();
    });
    connect(m_setList, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_updatingList)
            return;
        m_document->renameLogSet(m_setList->row(item), item->text());
        m_setForm->refresh();
    });
    connect(add, &QPushButton::clicked, this, &SettingsWindow::addSet);
    connect(m_duplicateButton, &QPushButton::clicked, this, &SettingsWindow::duplicateSet);
    connect(m_renameButton, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_setList->currentItem())
            m_setList->editItem(item);
    });
    connect(m_removeButton, &QPushButton::clicked, this, &SettingsWindow::removeSet);
    auto *insert = new QShortcut(QKeySequence(Qt::Key_Insert), m_setList, nullptr, nullptr,
                                 Qt::WidgetShortcut);
    connect(insert, &QShortcut::activated, this, &SettingsWindow::addSet);
    auto *remove =
        new QShortcut(QKeySequence::Delete, m_setList, nullptr, nullptr, Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &SettingsWindow::removeSet);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == PreviewTab)
            runPreview();
        else if (index == JsonTab)
            updateJsonView();
    });
    connect(m_preview, &PreviewPanel::refreshRequested, this, &SettingsWindow::runPreview);
    connect(m_issueList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { navigateTo(item->data(Qt::UserRole).toString()); });
    return page;
}

QWidget *SettingsWindow::buildErrorPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *row = new QHBoxLayout;
    auto *icon = new QLabel(page);
    icon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxCritical, nullptr, this).pixmap(48, 48));
    icon->setAlignment(Qt::AlignTop);
    auto *texts = new QVBoxLayout;
    auto *title = new QLabel(tr("<b>The settings file cannot be read.</b>"), page);
    m_errorText = new QLabel(page);
    m_errorText->setObjectName(QStringLiteral("loadError"));
    m_errorText->setWordWrap(true);
    m_errorText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *advice = new QLabel(tr("A running Logkeeper keeps the last settings it could read. Fix "
                                 "the file in a text editor and reload it, or start from the "
                                 "default settings (the file is replaced only when you save, "
                                 "and only after asking)."),
                              page);
    advice->setWordWrap(true);
    texts->addWidget(title);
    texts->addWidget(m_errorText);
    texts->addWidget(advice);
    row->addWidget(icon);
    row->addLayout(texts, 1);
    layout->addLayout(row);

    auto *buttons = new QHBoxLayout;
    auto *openText = new QPushButton(tr("Open as &Text"), page);
    openText->setToolTip(tr("Open the file in your text editor"));
    auto *reloadButton = new QPushButton(tr("&Reload"), page);
    reloadButton->setToolTip(tr("Read the file again"));
    auto *defaults = new QPushButton(tr("Start from &Defaults"), page);
    defaults->setObjectName(QStringLiteral("startFromDefaults"));
    buttons->addWidget(openText);
    buttons->addWidget(reloadButton);
    buttons->addWidget(defaults);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(1);
    openText->setObjectName(QStringLiteral("openAsText"));
    connect(openText, &QPushButton::clicked, this, &SettingsWindow::openAsText);
    connect(reloadButton, &QPushButton::clicked, this, &SettingsWindow::reload);
    connect(defaults, &QPushButton::clicked, this, &SettingsWindow::startFromDefaults);
    return page;
}

void SettingsWindow::setEngine(Engine *engine)
{
    if (m_engine)
        disconnect(m_engine, nullptr, this, nullptr);
    m_engine = engine;
    if (!engine)
        return;
    connect(engine, &Engine::configApplied, this, [this] {
        if (m_awaitingVerdict) {
            m_awaitingVerdict = false;
            m_verdictTimer.stop();
            // Newer edits may wait already: the verdict is about the saved file only.
            setStatus(hasUnsavedChanges()
                          ? tr("The running Logkeeper applied the saved settings; the changes "
                               "made since are not saved yet.")
                          : tr("Saved. The running Logkeeper applied the new settings."),
                      true);
        } else {
            checkFile(); // changed by someone else: show what is in force (or say so)
        }
    });
    connect(engine, &Engine::configRejected, this, [this](const QStringList &problems) {
        if (!m_awaitingVerdict)
            return;
        m_awaitingVerdict = false;
        m_verdictTimer.stop();
        setStatus(tr("Saved, but the running Logkeeper rejected the file and keeps its last "
                     "settings: %1")
                      .arg(problems.join(QLatin1Char('\n'))),
                  true);
    });
}

void SettingsWindow::setEngineStatus(EngineStatus *status)
{
    if (m_engineStatus)
        disconnect(m_engineStatus, nullptr, this, nullptr);
    m_engineStatus = status;
    if (status)
        connect(status, &EngineStatus::changed, this, &SettingsWindow::updateRejection);
    updateRejection();
}

void SettingsWindow::updateRejection()
{
    const bool rejected = m_engineStatus && m_engineStatus->isConfigRejected() &&
                          QFileInfo(m_engineStatus->rejectedConfigPath()).absoluteFilePath() ==
                              QFileInfo(m_configPath).absoluteFilePath();
    if (!rejected) {
        m_rejectedBar->hide();
        return;
    }
    const QString text = tr("The running Logkeeper rejected %1 and keeps its last good settings "
                            "until the file is valid again:")
                             .arg(m_configPath) +
                         QLatin1Char('\n') +
                         m_engineStatus->configProblems().join(QLatin1Char('\n'));
    if (m_rejectedBar->isHidden() || m_rejectedBar->text() != text)
        m_rejectedBar->showMessage(ErrorBar::Kind::Error, text);
}

QString SettingsWindow::rejectionText() const
{
    return m_rejectedBar->isVisibleTo(this) ? m_rejectedBar->text() : QString();
}

QString SettingsWindow::outsideChangeText() const
{
    return m_outsideBar->isVisibleTo(this) ? m_outsideBar->text() : QString();
}

OutsideChangeDialog *SettingsWindow::outsideChangeDialog() const
{
    return m_outsideDialog.data();
}

QByteArray SettingsWindow::diskHash(QByteArray *content) const
{
    QFile file(m_configPath);
    if (!file.open(QIODevice::ReadOnly))
        return QFileInfo::exists(m_configPath) ? QByteArrayLiteral("unreadable") : QByteArray();
    const QByteArray bytes = file.readAll();
    if (content)
        *content = bytes;
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

void SettingsWindow::rememberDisk()
{
    // What was just loaded or saved: the document's own bytes when it has them (read once, so
    // a change between loading and this is not missed), else the file as it is.
    if (!m_loadFailed && !m_fileMissing && !m_replacingBroken && !m_document->isModified())
        m_diskHash = QCryptographicHash::hash(m_document->toJson(), QCryptographicHash::Sha256);
    else
        m_diskHash = diskHash();
}

void SettingsWindow::watchFile()
{
    const QString dir = QFileInfo(m_configPath).absolutePath();
    if (!m_watcher->directories().contains(dir) && QFileInfo::exists(dir))
        m_watcher->addPath(dir);
    if (!m_watcher->files().contains(m_configPath) && QFileInfo::exists(m_configPath))
        m_watcher->addPath(m_configPath);
}

void SettingsWindow::checkFile()
{
    watchFile(); // a file replaced by rename needs its watch back
    if (diskHash() == m_diskHash)
        return; // touched, or another file in the folder changed
    if (!hasUnsavedChanges() && !m_replacingBroken) {
        // Nothing of this window's to lose: show the file as it is now.
        reload();
        return;
    }
    m_outsideChange = true;
    m_outsideBar->showMessage(ErrorBar::Kind::Warning,
                              tr("Another program changed %1. This window's unsaved changes "
                                 "are kept until you choose: reload the file, or keep your "
                                 "version.")
                                  .arg(m_configPath),
                              tr("Compare…"));
    updateSaveButton();
}

void SettingsWindow::reloadFromDisk()
{
    delete m_outsideDialog.data();
    reload();
    setStatus(tr("Reloaded %1; the changes made here were dropped.").arg(m_configPath));
}

void SettingsWindow::keepMine()
{
    delete m_outsideDialog.data();
    // The other program's version is seen now: Save may replace it.
    m_diskHash = diskHash();
    m_outsideChange = false;
    m_outsideBar->hide();
    updateSaveButton();
    setStatus(tr("Your version is kept: Save replaces the other program's change."));
}

void SettingsWindow::showOutsideChange()
{
    QByteArray onDisk;
    diskHash(&onDisk);
    delete m_outsideDialog.data();
    m_outsideDialog = new OutsideChangeDialog(m_configPath, QString::fromUtf8(onDisk),
                                              QString::fromUtf8(m_document->toJson()), this);
    m_outsideDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_outsideDialog, &QDialog::finished, this, [this, dialog = m_outsideDialog.data()] {
        // Queued: the choice deletes the dialog, which is still in its own signal here.
        const OutsideChangeDialog::Choice choice = dialog->choice();
        QMetaObject::invokeMethod(
            this,
            [this, choice] {
                if (choice == OutsideChangeDialog::ReloadFromDisk)
                    reloadFromDisk();
                else if (choice == OutsideChangeDialog::KeepMine)
                    keepMine();
            },
            Qt::QueuedConnection);
    });
    m_outsideDialog->open();
}

void SettingsWindow::openAsText()
{
    if (QDesktopServices::openUrl(QUrl::fromLocalFile(m_configPath)))
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Open as Text"),
                                tr("Cannot open %1: no application is set up to open it. Open it "
                                   "in a text editor of your choice.")
                                    .arg(m_configPath),
                                QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("openAsTextError"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void SettingsWindow::reload()
{
    const int keep = m_setList->currentRow();
    ConfigIssue error;
    m_loadFailed = false;
    m_fileMissing = false;
    m_replacingBroken = false;
    if (!m_document->load(m_configPath, &error)) {
        if (!QFileInfo::exists(m_configPath) && !QFileInfo(m_configPath).isSymLink()) {
            m_document->loadDefaults(m_configPath);
            m_fileMissing = true;
        } else {
            m_loadFailed = true;
            m_loadError = error;
            QString where = error.file;
            if (error.line > 0)
                where =
                    tr("%1, line %2, column %3").arg(error.file).arg(error.line).arg(error.column);
            m_errorText->setText(where + QLatin1Char('\n') + error.message);
        }
    }
    m_loadedSingleSet = !m_loadFailed && m_document->isSingleSetFormat();
    m_outsideChange = false;
    m_outsideBar->hide();
    rememberDisk();
    m_pages->setCurrentIndex(m_loadFailed ? 1 : 0);
    rebuildSetList(qMax(0, keep));
    m_setForm->refresh();
    m_globalForm->refresh();
    m_includeKey.clear(); // the logrotate files may have changed too
    revalidate();
    setStatus(QString());
}

void SettingsWindow::startFromDefaults()
{
    m_document->loadDefaults(m_configPath);
    m_loadFailed = false;
    m_replacingBroken = true;
    m_loadedSingleSet = false;
    m_pages->setCurrentIndex(0);
    rebuildSetList(0);
    m_setForm->refresh();
    m_globalForm->refresh();
    revalidate();
    setStatus(QString());
}

void SettingsWindow::documentChanged()
{
    if (m_document->logSetCount() != m_setList->count())
        rebuildSetList(m_setList->currentRow());
    // "Saved. …" is about the file as saved: new edits waiting make it wrong.
    if (m_statusAboutSave && hasUnsavedChanges())
        setStatus(QString());
    revalidate();
}

void SettingsWindow::revalidate()
{
    // The same check the engine makes when it reads the file.
    m_validation = ConfigValidator::validate(m_document->toJsonObject(), m_configPath,
                                             QFileInfo(m_configPath).absolutePath());
    m_setForm->showIssues(m_validation.issues);
    m_globalForm->showIssues(m_validation.issues);
    updateIncludedSets(false);
    updateSetList();
    updateIssueList();
    updateNotice();
    updateSaveButton();
    if (m_tabs->currentIndex() == JsonTab)
        updateJsonView();
    schedulePreview();
}

void SettingsWindow::rebuildSetList(int select)
{
    m_updatingList = true;
    m_setList->clear();
    const QStringList names = m_document->logSetNames();
    for (const QString &name : names) {
        auto *item = new QListWidgetItem(name, m_setList);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    m_updatingList = false;
    const int row = names.isEmpty() ? -1 : qBound(0, select, int(names.size()) - 1);
    if (m_setList->currentRow() == row) {
        m_setForm->setLogSet(row);
        m_setPane->setCurrentIndex(row >= 0 ? 1 : 0);
    } else {
        m_setList->setCurrentRow(row);
    }
    updateSetList();
}

void SettingsWindow::ensureIncludedPage()
{
    // Made only for a config with included sets: other windows have one set form only.
    if (m_includedForm)
        return;
    auto *includedPage = new QWidget(m_setPane);
    auto *includedPageLayout = new QVBoxLayout(includedPage);
    m_includedSource = new QLabel(includedPage);
    m_includedSource->setObjectName(QStringLiteral("includedSource"));
    m_includedSource->setWordWrap(true);
    m_includedSource->setTextInteractionFlags(Qt::TextSelectableByMouse);
    includedPageLayout->addWidget(m_includedSource);
    m_includedForm = new LogSetForm(m_includedDocument);
    m_includedForm->setObjectName(QStringLiteral("includedLogSetForm"));
    // A disabled holder keeps every field read-only, whatever the form enables inside it.
    auto *holder = new QWidget(includedPage);
    auto *holderLayout = new QVBoxLayout(holder);
    holderLayout->setContentsMargins(0, 0, 0, 0);
    holderLayout->addWidget(m_includedForm);
    holder->setEnabled(false);
    includedPageLayout->addWidget(scrolling(holder, includedPage), 1);
    m_setPane->addWidget(includedPage);
}

void SettingsWindow::updateIncludedSets(bool force)
{
    const Config &config = m_validation.config;
    QStringList key = config.logrotateInclude;
    key.append(QString()); // then the own sets' names, which the included ones give way to
    for (const LogSetConfig &set : config.logSets)
        key.append(set.name);
    if (!force && key == m_includeKey)
        return;
    m_includeKey = key;
    const LogrotateInclude::Result included = LogrotateInclude::read(config);
    m_includeIssues = included.issues;
    m_includedSources.clear();
    QJsonArray sets;
    for (const QJsonValue &value : included.json) {
        // The source is shown above the form, not as the form's "imported" note.
        QJsonObject set = value.toObject();
        m_includedSources.append(set.take(QStringLiteral("source")).toString());
        sets.append(set);
    }
    if (!sets.isEmpty())
        ensureIncludedPage();
    m_includedDocument->loadData(
        QJsonDocument(QJsonObject{{QStringLiteral("log_sets"), sets}}).toJson());
    const QString current =
        m_includedList->currentItem() ? m_includedList->currentItem()->text() : QString();
    {
        const QSignalBlocker blocker(m_includedList);
        m_includedList->clear();
        for (int i = 0; i < sets.size(); ++i) {
            auto *item = new QListWidgetItem(m_includedDocument->logSetName(i), m_includedList);
            item->setToolTip(m_includedSources.at(i));
        }
    }
    m_includedBox->setVisible(!sets.isEmpty());
    const int keep =
        current.isEmpty() ? -1 : int(m_includedDocument->logSetNames().indexOf(current));
    if (keep >= 0) {
        m_includedList->setCurrentRow(keep);
    } else if (m_setPane->currentIndex() == 2 || sets.isEmpty()) {
        // The set shown is gone: back to the own ones.
        m_setPane->setCurrentIndex(m_setList->currentRow() >= 0 ? 1 : 0);
    }
}

void SettingsWindow::showIncludedSet(int row)
{
    if (row < 0)
        return;
    if (m_setList->currentRow() >= 0) {
        const QSignalBlocker blocker(m_setList);
        m_setList->setCurrentRow(-1);
        m_setForm->setLogSet(-1);
    }
    m_includedForm->setLogSet(row);
    m_includedSource->setText(
        tr("From %1, read through “logrotate_include”. Read-only here: change it in that file "
           "(Logkeeper reads it again), or import it with --import-logrotate to make it a set "
           "of this config.")
            .arg(m_includedSources.value(row)));
    m_setPane->setCurrentIndex(2);
    updateSetList();
}

QString SettingsWindow::includedSetSource() const
{
    const int row = m_includedList->currentRow();
    return row >= 0 ? m_includedSources.value(row) : QString();
}

void SettingsWindow::updateSetList()
{
    // Names may change through the form; errors and warnings show as icons.
    QVector<int> severity(m_setList->count(), 0); // 0 none, 1 warning, 2 error
    for (const ConfigIssue &issue : std::as_const(m_validation.issues)) {
        const int set = m_document->logSetOfKeyPath(issue.keyPath);
        if (set >= 0 && set < severity.size())
            severity[set] = qMax(severity[set], issue.isError() ? 2 : 1);
    }
    m_updatingList = true;
    for (int i = 0; i < m_setList->count(); ++i) {
        QListWidgetItem *item = m_setList->item(i);
        const QString name = m_document->logSetName(i);
        if (item->text() != name)
            item->setText(name);
        item->setIcon(severity[i] ? issueIcon(this, severity[i] == 2) : blankIcon(m_setList));
        item->setToolTip(severity[i] == 2   ? tr("This set has problems")
                         : severity[i] == 1 ? tr("This set has warnings")
                                            : QString());
    }
    m_updatingList = false;
    const bool hasSet = m_setList->currentRow() >= 0;
    m_duplicateButton->setEnabled(hasSet);
    m_renameButton->setEnabled(hasSet);
    m_removeButton->setEnabled(hasSet);
}

void SettingsWindow::updateIssueList()
{
    m_issueList->clear();
    bool setErrors = false, globalErrors = false;
    for (const ConfigIssue &issue : std::as_const(m_validation.issues)) {
        const int set = m_document->logSetOfKeyPath(issue.keyPath);
        QString where = issue.keyPath;
        if (set >= 0) {
            const QString prefix = m_document->logSetPath(set);
            const QString inner =
                prefix.isEmpty() ? issue.keyPath : issue.keyPath.mid(prefix.size() + 1);
            where = tr("log set “%1”, %2").arg(m_document->logSetName(set), inner);
            setErrors = setErrors || issue.isError();
        } else if (issue.isError()) {
            globalErrors = true;
        }
        auto *item = new QListWidgetItem(
            issueIcon(this, issue.isError()),
            where.isEmpty() ? issue.message : tr("%1: %2").arg(where, issue.message), m_issueList);
        item->setData(Qt::UserRole, issue.keyPath);
    }
    // The include's problems: in logrotate's files, they block nothing here.
    for (const ConfigIssue &issue : std::as_const(m_includeIssues)) {
        auto *item =
            new QListWidgetItem(issueIcon(this, issue.isError()),
                                tr("logrotate_include: %1").arg(issue.toString()), m_issueList);
        item->setData(Qt::UserRole, QStringLiteral("logrotate_include"));
    }
    m_issueList->setVisible(m_issueList->count() > 0);
    fitToFirstRows(m_issueList);
    m_tabs->setTabIcon(LogSetsTab, setErrors ? issueIcon(this, true) : QIcon());
    m_tabs->setTabIcon(GeneralTab, globalErrors ? issueIcon(this, true) : QIcon());
}

void SettingsWindow::updateNotice()
{
    QStringList lines;
    if (m_fileMissing)
        lines.append(tr("%1 does not exist yet: these are the default settings, and Save "
                        "creates the file.")
                         .arg(m_configPath));
    if (m_replacingBroken)
        lines.append(tr("These are the default settings. Save replaces the unreadable %1 "
                        "(after asking; a copy of it is kept).")
                         .arg(m_configPath));
    if (m_loadedSingleSet && !m_document->isSingleSetFormat())
        lines.append(tr("The file is in the old script's single-set format. With more than one "
                        "log set it is saved in the “log_sets” format, which Logkeeper reads "
                        "but the old script does not."));
    m_notice->setText(lines.join(QLatin1Char('\n')));
    m_noticeBox->setVisible(!lines.isEmpty());
}

void SettingsWindow::updateJsonView()
{
    const QString text = QString::fromUtf8(m_document->toJson());
    if (m_json->toPlainText() == text)
        return;
    const int scroll = m_json->verticalScrollBar()->value();
    m_json->setPlainText(text);
    m_json->verticalScrollBar()->setValue(scroll);
}

void SettingsWindow::updateSaveButton()
{
    m_saveButton->setEnabled(!m_loadFailed && hasUnsavedChanges() && m_validation.ok());
    setWindowModified(hasUnsavedChanges());
}

bool SettingsWindow::hasUnsavedChanges() const
{
    if (m_loadFailed)
        return false;
    if (m_fileMissing) // the untouched defaults need no saving: the engine writes them too
        return m_document->toJson() != ConfigLoader::defaultConfigJson();
    return m_document->isModified();
}

void SettingsWindow::schedulePreview()
{
    if (m_tabs->currentIndex() == PreviewTab && isVisible())
        m_previewTimer.start();
}

void SettingsWindow::runPreview()
{
    m_previewTimer.stop();
    if (m_loadFailed)
        m_preview->showUnavailable(tr("The settings file cannot be read."));
    else if (!m_validation.ok())
        m_preview->showUnavailable(tr("The settings have problems; fix them to see what a pass "
                                      "would do."));
    else
        m_preview->showPreviewOf(m_validation.config);
}

void SettingsWindow::navigateTo(const QString &keyPath)
{
    const int set = m_document->logSetOfKeyPath(keyPath);
    if (set >= 0) {
        m_tabs->setCurrentIndex(LogSetsTab);
        m_setList->setCurrentRow(set);
        if (!m_setForm->focusField(keyPath))
            m_setList->setFocus();
    } else if (m_globalForm->hasFieldFor(keyPath)) {
        m_tabs->setCurrentIndex(GeneralTab);
        m_globalForm->focusField(keyPath);
    } else {
        m_tabs->setCurrentIndex(JsonTab); // a key no field edits: see it in the file
    }
}

void SettingsWindow::selectLogSet(int index)
{
    m_setList->setCurrentRow(index);
}

void SettingsWindow::addSet()
{
    const int index = m_document->addLogSet();
    if (index < 0) {
        setStatus(tr("Cannot add a log set: “log_sets” in the file is not a list."));
        return;
    }
    rebuildSetList(index);
    m_tabs->setCurrentIndex(LogSetsTab);
    if (QWidget *dir = m_setForm->field(QStringLiteral("log_dir")))
        dir->setFocus();
}

void SettingsWindow::duplicateSet()
{
    const int index = m_document->duplicateLogSet(m_setList->currentRow());
    if (index >= 0)
        rebuildSetList(index);
}

void SettingsWindow::removeSet()
{
    const int row = m_setList->currentRow();
    if (row >= 0 && m_document->removeLogSet(row)) {
        rebuildSetList(row);
        m_setForm->refresh();
    }
}

bool SettingsWindow::save()
{
    if (m_loadFailed || !m_validation.ok())
        return false;
    // The file once more, right before writing: another program's change that this window
    // has not shown is never replaced.
    if (m_outsideChange || diskHash() != m_diskHash) {
        checkFile();
        if (m_outsideChange || diskHash() != m_diskHash) {
            setStatus(tr("Not saved: another program changed %1. Compare the versions, then "
                         "reload the file or keep your version and save again.")
                          .arg(m_configPath));
            showOutsideChange();
            return false;
        }
        // No unsaved changes: it was reloaded, and there is nothing to save.
        return false;
    }
    if (m_replacingBroken && QFileInfo::exists(m_configPath)) {
        const QString backup = m_configPath + QStringLiteral(".broken");
        const auto answer = QMessageBox::question(
            this, tr("Replace the Settings File"),
            tr("%1 could not be read. Replace it with these settings? A copy of it is kept as "
               "%2.")
                .arg(m_configPath, backup),
            QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Save)
            return false;
        QFile::remove(backup);
        if (!QFile::copy(m_configPath, backup)) {
            QMessageBox::warning(
                this, tr("Replace the Settings File"),
                tr("Cannot keep a copy of %1 as %2; nothing was saved.").arg(m_configPath, backup));
            return false;
        }
    }
    QString error;
    if (!m_document->save(m_configPath, &error)) {
        setStatus(tr("Not saved: %1").arg(error));
        QMessageBox::warning(this, tr("Save Settings"), error);
        return false;
    }
    m_fileMissing = false;
    m_replacingBroken = false;
    m_loadedSingleSet = m_document->isSingleSetFormat();
    rememberDisk();
    watchFile(); // a file created by this save is watched from now on
    updateNotice();
    updateSaveButton();
    const bool engineWatches = m_engine && m_engine->isRunning() &&
                               QFileInfo(m_engine->configPath()).canonicalFilePath() ==
                                   QFileInfo(m_configPath).canonicalFilePath();
    if (engineWatches) {
        m_awaitingVerdict = true;
        m_verdictTimer.start();
        setStatus(tr("Saved. Waiting for the running Logkeeper to apply it…"), true);
    } else {
        setStatus(tr("Saved."), true);
    }
    return true;
}

void SettingsWindow::setStatus(const QString &text, bool aboutSave)
{
    m_status->setText(text);
    m_statusAboutSave = aboutSave && !text.isEmpty();
}

QString SettingsWindow::notice() const
{
    return m_noticeBox->isVisibleTo(this) ? m_notice->text() : QString();
}

QString SettingsWindow::statusText() const
{
    return m_status->text();
}

bool SettingsWindow::isShowingLoadError() const
{
    return m_loadFailed;
}

QString SettingsWindow::loadErrorText() const
{
    return m_loadFailed ? m_loadError.toString() : QString();
}

void SettingsWindow::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Opened again later: show the file as it is now, unless there are edits to keep.
    if (!event->spontaneous() && !hasUnsavedChanges() && !m_replacingBroken)
        reload();
}

void SettingsWindow::closeEvent(QCloseEvent *event)
{
    if (!hasUnsavedChanges()) {
        event->accept();
        return;
    }
    QMessageBox box(QMessageBox::Warning, tr("Logkeeper Settings"),
                    tr("Save the changes to %1?").arg(m_configPath),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    if (m_validation.ok()) {
        box.setDefaultButton(QMessageBox::Save);
    } else {
        box.button(QMessageBox::Save)->setEnabled(false);
        box.setInformativeText(tr("The settings have problems and cannot be saved as they are."));
        box.setDefaultButton(QMessageBox::Cancel);
    }
    switch (box.exec()) {
    case QMessageBox::Save:
        if (save()) {
            event->accept();
            return;
        }
        break;
    case QMessageBox::Discard:
        event->accept();
        reload(); // opened again, the window shows the file, not the dropped edits
        return;
    default:
        break;
    }
    event->ignore();
}

} // namespace Logkeeper
