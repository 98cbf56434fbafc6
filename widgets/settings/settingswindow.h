// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "config/configissue.h"
#include "config/configvalidator.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QFileSystemWatcher;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace Logkeeper {

class ConfigDocument;
class Engine;
class EngineStatus;
class ErrorBar;
class GlobalSettingsForm;
class LogSetForm;
class OutsideChangeDialog;
class PreviewPanel;

// "Logkeeper Settings": edits the config file through a ConfigDocument (its key order, unknown
// keys and format survive), checks every edit with ConfigValidator and marks the fields it
// names, previews a dry run, and saves atomically. The running Engine (setEngine) picks up the
// saved file by itself; its verdict is shown, and so is its rejection of a hand edit
// (setEngineStatus), until it reads a valid config.
//
// The file is watched (QFileSystemWatcher on the file and its folder, for editors that replace
// it by rename) and compared by content: another program's edit is reloaded at once when this
// window has no unsaved changes; otherwise the window says so and offers to reload it or keep
// its own version, showing what differs. Save reads the file once more right before writing
// and never replaces another program's change that the user has not seen.
class SettingsWindow : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsWindow(const QString &configPath, QWidget *parent = nullptr);
    ~SettingsWindow() override;

    // The engine running on this config, if any: its verdict on a save is shown.
    void setEngine(Engine *engine);
    // Its status: a rejected config (a hand edit with errors) is shown as a banner.
    void setEngineStatus(EngineStatus *status);

    QString configPath() const { return m_configPath; }
    ConfigDocument *document() const { return m_document; }
    // The validator's verdict on the settings as edited.
    const ConfigValidator::Result &validation() const { return m_validation; }

    // Writes the settings (only when they are valid). False when nothing was written.
    bool save();
    // Reads the file again, dropping unsaved changes.
    void reload();
    void selectLogSet(int index);

    // Another program changed the file while this window has unsaved changes, and the user has
    // not chosen yet.
    bool hasOutsideChange() const { return m_outsideChange; }
    // Reads the file now and compares it with what this window knows (the watcher calls this).
    void checkFile();
    // The choices about an outside change: the file as it is now (this window's changes are
    // dropped), or this window's version (Save then replaces the other program's change).
    void reloadFromDisk();
    void keepMine();
    // Opens the dialog with the differences and the two choices.
    void showOutsideChange();
    OutsideChangeDialog *outsideChangeDialog() const;
    QString outsideChangeText() const; // the banner about it, if shown
    QString rejectionText() const;     // the banner about a rejected config, if shown

    // The parts, for the app's wiring and for tests.
    QTabWidget *tabs() const { return m_tabs; }
    QListWidget *logSetList() const { return m_setList; }
    LogSetForm *logSetForm() const { return m_setForm; }
    // The sets of logrotate_include, read-only: their list, their form (disabled), the line
    // above it naming the source, and the include's problems (also in the issue list).
    QListWidget *includedSetList() const { return m_includedList; }
    LogSetForm *includedSetForm() const { return m_includedForm; }
    QString includedSetSource() const; // (the form is null before any set was included)
    const ConfigIssues &includeIssues() const { return m_includeIssues; }
    GlobalSettingsForm *globalSettingsForm() const { return m_globalForm; }
    PreviewPanel *previewPanel() const { return m_preview; }
    QPlainTextEdit *jsonView() const { return m_json; }
    QListWidget *issueList() const { return m_issueList; }
    QPushButton *saveButton() const { return m_saveButton; }
    QString notice() const;     // the banner above the tabs, if shown
    QString statusText() const; // the line beside the buttons
    bool isShowingLoadError() const;
    QString loadErrorText() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    enum Tab
    {
        LogSetsTab,
        GeneralTab,
        PreviewTab,
        JsonTab
    };
    QWidget *buildEditorPage();
    QWidget *buildErrorPage();
    void documentChanged();
    void revalidate();
    void rebuildSetList(int select);
    // Reads logrotate_include again when it (or the own sets' names) changed, or when forced.
    void updateIncludedSets(bool force);
    void showIncludedSet(int row);
    void ensureIncludedPage();
    void updateSetList();
    void updateIssueList();
    void updateNotice();
    void updateJsonView();
    void updateSaveButton();
    void schedulePreview();
    void runPreview();
    void navigateTo(const QString &keyPath);
    void addSet();
    void duplicateSet();
    void removeSet();
    void startFromDefaults();
    void setStatus(const QString &text, bool aboutSave = false);
    bool hasUnsavedChanges() const;
    void watchFile();
    void rememberDisk();
    // The file's content hash, or a null array when it does not exist.
    QByteArray diskHash(QByteArray *content = nullptr) const;
    void updateRejection();
    void openAsText();

    QString m_configPath;
    ConfigDocument *m_document;
    ConfigValidator::Result m_validation;
    QPointer<Engine> m_engine;

    QStackedWidget *m_pages = nullptr;
    QLabel *m_notice = nullptr;
    QWidget *m_noticeBox = nullptr;
    QTabWidget *m_tabs = nullptr;
    QListWidget *m_setList = nullptr;
    QStackedWidget *m_setPane = nullptr;
    LogSetForm *m_setForm = nullptr;
    QWidget *m_includedBox = nullptr;
    QListWidget *m_includedList = nullptr;
    ConfigDocument *m_includedDocument = nullptr; // never saved: the sets live in logrotate's files
    LogSetForm *m_includedForm = nullptr;
    QLabel *m_includedSource = nullptr;
    QStringList m_includedSources; // FILE:LINE of each included set
    QStringList m_includeKey;      // what the included sets were read for
    ConfigIssues m_includeIssues;
    GlobalSettingsForm *m_globalForm = nullptr;
    PreviewPanel *m_preview = nullptr;
    QPlainTextEdit *m_json = nullptr;
    QListWidget *m_issueList = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_duplicateButton = nullptr;
    QPushButton *m_renameButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_errorText = nullptr;
    ErrorBar *m_outsideBar = nullptr;
    ErrorBar *m_rejectedBar = nullptr;
    QFileSystemWatcher *m_watcher = nullptr;
    QPointer<EngineStatus> m_engineStatus;
    QPointer<OutsideChangeDialog> m_outsideDialog;
    QTimer m_fileCheck;
    QByteArray m_diskHash; // what this window knows is on disk (loaded, saved, seen)
    bool m_outsideChange = false;
    bool m_statusAboutSave = false; // the status line speaks of the last save

    QTimer m_previewTimer;
    QTimer m_verdictTimer;
    ConfigIssue m_loadError;
    bool m_loadFailed = false;
    bool m_fileMissing = false;     // the defaults are shown; Save creates the file
    bool m_replacingBroken = false; // the defaults replace a file that could not be read
    bool m_loadedSingleSet = false; // the file on disk is in the seed's single-set format
    bool m_awaitingVerdict = false; // saved; the engine has yet to say
    bool m_updatingList = false;
};

} // namespace Logkeeper
