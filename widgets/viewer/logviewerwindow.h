// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "core/workpool.h"
#include "viewer/severity.h"

#include <QList>
#include <QMainWindow>

class QAction;
class QActionGroup;
class QMenu;
class QProgressBar;
class QTabWidget;

namespace Logkeeper {

class ErrorBar;
class FindBar;
class LogDocument;
class LogView;
class LogViewerTab;
class TextSearch;

// The log viewer: one window with a tab per file (LogViewerTab: a compressed or plain log, a
// file of a tar/zip/7z, or a log's whole history). Menus for the current tab: open (also
// recent files), find (Ctrl+F; F3/Shift+F3), go to line (Ctrl+G), wrap lines, follow the end,
// the matching-lines pane, colours by severity and the user's colour rules, a filter by level,
// font zoom (Ctrl++/Ctrl+-/Ctrl+0, Ctrl+wheel). Preferences and recent files are kept in
// ViewerSettings.
class LogViewerWindow : public QMainWindow
{
    Q_OBJECT
public:
    // Opens `path` at once in a first tab (an empty tab when empty: File > Open then).
    explicit LogViewerWindow(const QString &path, QWidget *parent = nullptr);
    ~LogViewerWindow() override;

    // Shows a file: the tab that already shows it, else a new tab (the empty first tab is
    // used for it); `member` picks a file of an archive directly.
    void openFile(const QString &path, const QString &member = {});
    // Like openFile(), then at the newest line, following it (Logkeeper's own log).
    void openFileAtEnd(const QString &path);
    // A log's history in a tab of its own: its archives oldest first, then the active log.
    void openHistory(const QStringList &paths);

    // The config of the Logkeeper this window belongs to: named in the title when it is not
    // the default one, so that two Logkeepers' viewers can be told apart.
    void setConfigPath(const QString &configPath, const QString &defaultConfigPath);

    int tabCount() const;
    LogViewerTab *currentTab() const;
    LogViewerTab *tab(int index) const;
    QTabWidget *tabWidget() const { return m_tabs; }

    // The current tab's parts.
    QString path() const;
    QString member() const;
    LogDocument *document() const;
    LogView *view() const;
    FindBar *findBar() const;
    ErrorBar *errorBar() const;
    TextSearch *search() const;
    QProgressBar *progressBar() const;

    QMenu *recentMenu() const { return m_recentMenu; }
    QAction *followAction() const { return m_followAction; }
    QAction *matchingLinesAction() const { return m_matchingLinesAction; }
    QAction *severityColoursAction() const { return m_severityAction; }
    QAction *levelAction(Severity::Level level) const;

public slots:
    void find();
    void findNext();
    void findPrevious();
    void goToLine();
    void chooseMember();
    void editColourRules();
    void closeTab(int index);

private:
    void createActions();
    void updateTitle();
    void onCurrentTabChanged();
    void fillRecentMenu();
    LogViewerTab *addTab();
    LogViewerTab *reusableTab() const;
    int indexOf(const QString &path, const QString &member) const;
    void applySettings(LogViewerTab *tab);
    void applyColourRules();
    void setZoom(int steps);

    QTabWidget *m_tabs;
    QMenu *m_recentMenu = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_selectAllAction = nullptr;
    QAction *m_wrapAction = nullptr;
    QAction *m_followAction = nullptr;
    QAction *m_matchingLinesAction = nullptr;
    QAction *m_severityAction = nullptr;
    QActionGroup *m_levelGroup = nullptr;
    QList<QAction *> m_levelActions; // by Severity::Level
    int m_zoom = 0;
    QString m_configPath;
    QString m_defaultConfigPath;
    WorkPool::Handle m_recentWriter; // records a recent file beside the GUI thread
};

} // namespace Logkeeper
