// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "config/configissue.h"
#include "config/configvalidator.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace Logkeeper {

class ConfigDocument;
class Engine;
class GlobalSettingsForm;
class LogSetForm;
class PreviewPanel;

// "Logkeeper Settings": edits the config file through a ConfigDocument (its key order, unknown
// keys and format survive), checks every edit with ConfigValidator and marks the fields it
// names, previews a dry run, and saves atomically. The running Engine (setEngine) picks up the
// saved file by itself; its verdict is shown.
class SettingsWindow : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsWindow(const QString &configPath, QWidget *parent = nullptr);
    ~SettingsWindow() override;

    // The engine running on this config, if any: its verdict on a save is shown.
    void setEngine(Engine *engine);

    QString configPath() const { return m_configPath; }
    ConfigDocument *document() const { return m_document; }
    // The validator's verdict on the settings as edited.
    const ConfigValidator::Result &validation() const { return m_validation; }

    // Writes the settings (only when they are valid). False when nothing was written.
    bool save();
    // Reads the file again, dropping unsaved changes.
    void reload();
    void selectLogSet(int index);

    // The parts, for the app's wiring and for tests.
    QTabWidget *tabs() const { return m_tabs; }
    QListWidget *logSetList() const { return m_setList; }
    LogSetForm *logSetForm() const { return m_setForm; }
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
    void setStatus(const QString &text);
    bool hasUnsavedChanges() const;

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
