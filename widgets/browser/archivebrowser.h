// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "browser/archiveentry.h"
#include "browser/archiveverifier.h"
#include "config/config.h"

#include <QMainWindow>
#include <QPointer>
#include <QStringList>
#include <QVector>

class QAction;
class QLabel;
class QProgressDialog;
class QTableView;
class QTimer;

namespace Logkeeper {

class ArchiveCatalog;
class ArchiveFilterBar;
class ArchiveFilterModel;
class ArchiveTableModel;
class ErrorBar;
class OpenWithDialog;

// "Logkeeper Archives": every archive of every log set in a sortable, filterable table that
// follows the archive folders live (ArchiveCatalog), with when retention removes each
// ("Expires"), and the things one does with archives:
// view (viewRequested(), the lead's LogViewerWindow), open with the desktop's application or
// one chosen (Open With…), save a decompressed copy, show in the file manager, copy paths, drag
// out to a file manager, test (decompress completely again), delete. Rotated files that still
// wait for compression are listed as "pending" and deleted only after a warning of their own.
//
// The catalog starts scanning (and counting sizes) when the window is first shown, not when the
// config arrives: a tray that never opens the browser costs nothing.
class ArchiveBrowser : public QMainWindow
{
    Q_OBJECT
public:
    explicit ArchiveBrowser(QWidget *parent = nullptr);
    ~ArchiveBrowser() override;

    // The sets whose archive folders are shown (Engine::configApplied, and engine->config() once).
    void setConfig(const Config &config);
    // The config file they come from: named in the title when it is not the default one.
    void setConfigPath(const QString &configPath);

    // The selected archives' paths, in the order the table shows them.
    QStringList selectedPaths() const;

    // What the actions do, callable directly (tests, the lead).
    void openSelectedInViewer();
    void openSelectedWithDefaultApplication();
    void openSelectedWith(); // the chooser: applications for the archive's type, or a command
    void testSelected();     // decompresses each completely again; reports OK or the error
    void saveSelectedAs();   // asks for a file (one archive) or a folder (several)
    void showSelectedInFolder();
    void copySelectedPaths(); // newline-separated, to the clipboard
    void deleteSelected();    // asks first, listing what goes with its size
    void openFile();          // any file, asked for, to the viewer
    // The selected archive's log as one text: historyRequested() with historyOfSelected().
    void openSelectedHistory();
    // The archives of the selected archive's log (same set, same active log) in rotation
    // order, oldest first, then the active log when it exists; empty without a selection.
    QStringList historyOfSelected() const;

    // Decompressed copies without the file dialog: of one archive to targetFile, or of several
    // into folder under their decompressed names (asking before replacing existing files).
    void saveCopy(const QString &archivePath, const QString &targetFile);
    void saveCopies(const QStringList &archivePaths, const QString &folder);

    // The name an archive has once decompressed ("app_20240101_000000.log.gz" -> "….log").
    static QString decompressedName(const QString &archiveFileName);

    ArchiveCatalog *catalog() const { return m_catalog; }
    ArchiveTableModel *tableModel() const { return m_model; }
    ArchiveFilterModel *filterModel() const { return m_proxy; }
    ArchiveFilterBar *filterBar() const { return m_filterBar; }
    QTableView *view() const { return m_view; }
    ErrorBar *messageBar() const { return m_messageBar; }
    OpenWithDialog *openWithDialog() const; // the chooser, while open

signals:
    // Open this file in the built-in log viewer.
    void viewRequested(const QString &path);
    // Open these files as one text in the log viewer (a log's history, oldest first).
    void historyRequested(const QStringList &paths);
    // A save or open-with finished: the copies written and the errors (also shown to the user).
    void copiesFinished(const QStringList &written, const QStringList &errors);
    // Test Archive finished (not cancelled): one result per archive, also shown to the user.
    void testsFinished(const QVector<Logkeeper::ArchiveVerifier::Result> &results);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void updateActions();
    void scheduleStatusUpdate();
    void updateStatus();
    void updateEmptyMessage();
    void setInitialColumnWidths();
    void fitOriginalColumn(int firstRow, int lastRow);
    void widenColumn(int column, const QStringList &texts);
    QVector<ArchiveEntry> selectedEntries() const;
    void removeFiles(const QStringList &paths);
    void runCopies(const QVector<QPair<QString, QString>> &copies, const QString &title,
                   bool openWhenDone);
    void showErrors(const QString &title, const QString &text, const QStringList &errors);
    void showTestResults(const QVector<ArchiveVerifier::Result> &results, bool cancelled);
    void setUpKeyboard();
    void focusResults();

    ArchiveCatalog *m_catalog;
    ArchiveTableModel *m_model;
    ArchiveFilterModel *m_proxy;
    ArchiveFilterBar *m_filterBar;
    QTableView *m_view;
    ErrorBar *m_messageBar;
    QString m_messageFolder; // what the message bar's "Show in Folder" opens
    ArchiveVerifier *m_verifier;
    QPointer<QProgressDialog> m_testProgress;
    QPointer<OpenWithDialog> m_openWith;
    QLabel *m_emptyMessage;
    QLabel *m_countLabel;
    QLabel *m_activityLabel;
    QTimer *m_statusTimer;
    Config m_config;
    bool m_haveConfig = false;
    bool m_started = false; // the catalog has the config (first show)
    QString m_lastSaveFolder;

    QAction *m_openAction = nullptr;
    QAction *m_openWithAction = nullptr;
    QAction *m_openWithChooserAction = nullptr;
    QAction *m_testAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_showInFolderAction = nullptr;
    QAction *m_copyPathAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_openFileAction = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_historyAction = nullptr;
};

} // namespace Logkeeper
