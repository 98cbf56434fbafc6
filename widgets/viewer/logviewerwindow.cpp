// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "widgets/viewer/logviewerwindow.h"

#include "viewer/logdocument.h"
#include "viewer/viewersettings.h"
#include "widgets/common/appicon.h"
#include "widgets/common/configtitle.h"
#include "widgets/common/screenfit.h"
#include "widgets/viewer/colourrulesdialog.h"
#include "widgets/viewer/logview.h"
#include "widgets/viewer/logviewertab.h"

#include <QAction>
#include <QActionGroup>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>

namespace Logkeeper {

namespace {
// The user's rules as the view takes them; invalid ones are left out.
QList<LogView::ColourRule> viewRules(const QList<ViewerSettings::ColourRule> &rules)
{
    QList<LogView::ColourRule> out;
    for (const ViewerSettings::ColourRule &rule : rules) {
        if (!ViewerSettings::ruleError(rule).isEmpty())
            continue;
        out.append({QRegularExpression(rule.pattern, QRegularExpression::CaseInsensitiveOption),
                    QColor(rule.colour)});
    }
    return out;
}

QString canonical(const QString &path)
{
    const QFileInfo info(path);
    const QString c = info.canonicalFilePath();
    return c.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : c;
}
} // namespace

LogViewerWindow::LogViewerWindow(const QString &path, QWidget *parent)
    : QMainWindow(parent), m_tabs(new QTabWidget(this))
{
    setWindowIcon(AppIcon::application());
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->tabBar()->setAutoHide(true); // one file: no tab bar
    setCentralWidget(m_tabs);
    m_zoom = ViewerSettings().zoom();
    createActions();
    connect(m_tabs, &QTabWidget::currentChanged, this, &LogViewerWindow::onCurrentTabChanged);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &LogViewerWindow::closeTab);
    addTab();
    ScreenFit::resize(this, QSize(1000, 700));
    updateTitle();
    if (!path.isEmpty())
        openFile(path);
}

LogViewerWindow::~LogViewerWindow()
{
    m_recentWriter.wait();
    // The tabs before the status bar that holds their parts.
    while (m_tabs->count() > 0)
        delete m_tabs->widget(0);
}

void LogViewerWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, [this] {
        const QString chosen = QFileDialog::getOpenFileName(
            this, tr("Open Log"), QFileInfo(path()).absolutePath(),
            tr("Logs and archives (*.log *.txt *.gz *.bz2 *.xz *.zst *.lz4 *.lz *.tar *.tgz "
               "*.zip *.7z);;All files (*)"));
        if (!chosen.isEmpty())
            openFile(chosen);
    });
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &LogViewerWindow::fillRecentMenu);
    fillRecentMenu();
    file->addSeparator();
    QAction *closeTabAction =
        file->addAction(tr("&Close Tab"), this, [this] { closeTab(m_tabs->currentIndex()); });
    closeTabAction->setShortcuts(QKeySequence::Close); // Ctrl+W, and Ctrl+F4
    QAction *closeWindow = file->addAction(tr("Close &Window"), this, &QWidget::close);
    closeWindow->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_W);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_copyAction = edit->addAction(tr("&Copy"), this, [this] {
        if (LogViewerTab *t = currentTab()) {
            LogView *focused = t->matchesView()->hasFocus() ? t->matchesView() : t->view();
            focused->copy();
        }
    });
    m_copyAction->setShortcut(QKeySequence::Copy);
    // The find bar copies its own text: the shortcut is the views' only.
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copyAction->setEnabled(false);
    m_selectAllAction = edit->addAction(tr("Select &All"), this, [this] {
        if (LogViewerTab *t = currentTab())
            t->view()->selectAll();
    });
    m_selectAllAction->setShortcut(QKeySequence::SelectAll);
    m_selectAllAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    edit->addSeparator();
    QAction *findAction = edit->addAction(tr("&Find…"), this, &LogViewerWindow::find);
    findAction->setShortcut(QKeySequence::Find);
    QAction *next = edit->addAction(tr("Find &Next"), this, &LogViewerWindow::findNext);
    next->setShortcut(Qt::Key_F3);
    QAction *previous = edit->addAction(tr("Find Pre&vious"), this, &LogViewerWindow::findPrevious);
    previous->setShortcut(Qt::SHIFT | Qt::Key_F3);
    edit->addSeparator();
    QAction *goTo = edit->addAction(tr("&Go to Line…"), this, &LogViewerWindow::goToLine);
    goTo->setShortcut(Qt::CTRL | Qt::Key_G);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_wrapAction = view->addAction(tr("&Wrap Lines"));
    m_wrapAction->setCheckable(true);
    m_wrapAction->setShortcut(Qt::ALT | Qt::Key_Z);
    connect(m_wrapAction, &QAction::toggled, this, [this](bool wrap) {
        for (int i = 0; i < tabCount(); ++i) {
            tab(i)->view()->setWrapLines(wrap);
            tab(i)->matchesView()->setWrapLines(wrap);
        }
    });
    m_followAction = view->addAction(tr("&Follow the End"));
    m_followAction->setObjectName(QStringLiteral("followAction"));
    m_followAction->setCheckable(true);
    m_followAction->setShortcut(Qt::Key_F);
    m_followAction->setToolTip(tr("Stay at the end as new lines come (F; Ctrl+End also)"));
    connect(m_followAction, &QAction::triggered, this, [this](bool follow) {
        if (LogViewerTab *t = currentTab())
            t->view()->setFollowing(follow);
    });
    m_matchingLinesAction = view->addAction(tr("&Matching Lines Pane"));
    m_matchingLinesAction->setObjectName(QStringLiteral("matchingLinesAction"));
    m_matchingLinesAction->setCheckable(true);
    m_matchingLinesAction->setChecked(ViewerSettings().showMatchingLines());
    m_matchingLinesAction->setToolTip(tr("While searching, list the lines with matches below "
                                         "the text; click one to go there"));
    connect(m_matchingLinesAction, &QAction::toggled, this, [this](bool show) {
        ViewerSettings().setShowMatchingLines(show);
        for (int i = 0; i < tabCount(); ++i)
            tab(i)->setShowMatchingLines(show);
    });
    view->addSeparator();
    m_severityAction = view->addAction(tr("Colour by &Severity"));
    m_severityAction->setObjectName(QStringLiteral("severityAction"));
    m_severityAction->setCheckable(true);
    m_severityAction->setChecked(ViewerSettings().severityColours());
    connect(m_severityAction, &QAction::toggled, this, [this](bool on) {
        ViewerSettings().setSeverityColours(on);
        for (int i = 0; i < tabCount(); ++i) {
            tab(i)->view()->setSeverityColours(on);
            tab(i)->matchesView()->setSeverityColours(on);
        }
    });
    QMenu *levels = view->addMenu(tr("Show &Levels"));
    levels->setObjectName(QStringLiteral("levelMenu"));
    m_levelGroup = new QActionGroup(this);
    const QList<std::pair<Severity::Level, QString>> levelTexts = {
        {Severity::None, tr("&All Lines")},      {Severity::Debug, tr("&Debug and Above")},
        {Severity::Info, tr("&Info and Above")}, {Severity::Warning, tr("&Warnings and Above")},
        {Severity::Error, tr("&Errors Only")},
    };
    for (const auto &[level, text] : levelTexts) {
        QAction *action = levels->addAction(text);
        action->setCheckable(true);
        action->setChecked(level == Severity::None);
        action->setObjectName(QStringLiteral("level%1").arg(int(level)));
        m_levelGroup->addAction(action);
        m_levelActions.append(action);
        connect(action, &QAction::triggered, this, [this, level = level] {
            if (LogViewerTab *t = currentTab())
                t->setLevel(level);
        });
    }
    view->addAction(tr("Colour &Rules…"), this, &LogViewerWindow::editColourRules);
    view->addSeparator();
    QAction *zoomIn = view->addAction(tr("Zoom &In"), this, [this] { setZoom(m_zoom + 1); });
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    QAction *zoomOut = view->addAction(tr("Zoom &Out"), this, [this] { setZoom(m_zoom - 1); });
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction *zoomReset = view->addAction(tr("&Normal Size"), this, [this] { setZoom(0); });
    zoomReset->setShortcut(Qt::CTRL | Qt::Key_0);
}

QAction *LogViewerWindow::levelAction(Severity::Level level) const
{
    return m_levelActions.value(int(level));
}

// --- tabs ---

int LogViewerWindow::tabCount() const
{
    return m_tabs->count();
}

LogViewerTab *LogViewerWindow::tab(int index) const
{
    return qobject_cast<LogViewerTab *>(m_tabs->widget(index));
}

LogViewerTab *LogViewerWindow::currentTab() const
{
    return qobject_cast<LogViewerTab *>(m_tabs->currentWidget());
}

LogViewerTab *LogViewerWindow::addTab()
{
    auto *t = new LogViewerTab;
    statusBar()->addWidget(t->statusWidget(), 1);
    t->statusWidget()->hide();
    applySettings(t);
    const int index = m_tabs->addTab(t, tr("(no file)"));
    connect(t, &LogViewerTab::titleChanged, this, [this, t] {
        const int i = m_tabs->indexOf(t);
        m_tabs->setTabText(i, t->title().replace(QLatin1Char('&'), QStringLiteral("&&")));
        m_tabs->setTabToolTip(i, t->toolTip());
        updateTitle();
    });
    connect(t, &LogViewerTab::copyAvailable, this, [this, t](bool available) {
        if (t == currentTab())
            m_copyAction->setEnabled(available);
    });
    connect(t->view(), &LogView::followingChanged, this, [this, t](bool following) {
        if (t == currentTab())
            m_followAction->setChecked(following);
    });
    for (LogView *v : {t->view(), t->matchesView()}) {
        connect(v, &LogView::zoomChanged, this, &LogViewerWindow::setZoom);
        // The window's Copy and Select All where a view has the focus.
        v->addAction(m_copyAction);
        v->addAction(m_selectAllAction);
    }
    m_tabs->setCurrentIndex(index);
    return t;
}

void LogViewerWindow::applySettings(LogViewerTab *t)
{
    const ViewerSettings settings;
    const QList<LogView::ColourRule> rules = viewRules(settings.colourRules());
    for (LogView *v : {t->view(), t->matchesView()}) {
        v->setZoom(m_zoom);
        v->setSeverityColours(settings.severityColours());
        v->setColourRules(rules);
        if (m_wrapAction)
            v->setWrapLines(m_wrapAction->isChecked());
    }
    t->setShowMatchingLines(settings.showMatchingLines());
}

LogViewerTab *LogViewerWindow::reusableTab() const
{
    // The window's first, empty tab takes the first file.
    if (tabCount() == 1 && tab(0)->path().isEmpty())
        return tab(0);
    return nullptr;
}

int LogViewerWindow::indexOf(const QString &path, const QString &member) const
{
    const QString wanted = canonical(path);
    for (int i = 0; i < tabCount(); ++i) {
        const LogViewerTab *t = tab(i);
        if (!t->isHistory() && !t->path().isEmpty() && canonical(t->path()) == wanted &&
            t->member() == member)
            return i;
    }
    return -1;
}

void LogViewerWindow::openFile(const QString &path, const QString &member)
{
    // Beside the GUI thread: QSettings syncs its file to disk, which can take a while on a
    // busy disk, and the first screen must not wait for it.
    m_recentWriter.wait(); // in order
    m_recentWriter =
        WorkPool::start([path](const CancelToken &) { ViewerSettings().addRecentFile(path); });
    const int existing = indexOf(path, member);
    if (existing >= 0) {
        m_tabs->setCurrentIndex(existing);
        return;
    }
    LogViewerTab *t = reusableTab();
    if (!t)
        t = addTab();
    m_tabs->setCurrentWidget(t);
    t->openFile(path, member);
}

void LogViewerWindow::openFileAtEnd(const QString &path)
{
    openFile(path);
    if (LogViewerTab *t = currentTab())
        t->view()->setFollowing(true);
}

void LogViewerWindow::openHistory(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    for (int i = 0; i < tabCount(); ++i) {
        if (tab(i)->historyPaths() == paths) {
            m_tabs->setCurrentIndex(i);
            return;
        }
    }
    LogViewerTab *t = reusableTab();
    if (!t)
        t = addTab();
    m_tabs->setCurrentWidget(t);
    t->openHistory(paths);
}

void LogViewerWindow::closeTab(int index)
{
    LogViewerTab *t = tab(index);
    if (!t)
        return;
    if (tabCount() == 1) {
        close(); // the last tab goes with its window
        return;
    }
    m_tabs->removeTab(index);
    delete t;
}

void LogViewerWindow::onCurrentTabChanged()
{
    LogViewerTab *current = currentTab();
    for (int i = 0; i < tabCount(); ++i)
        tab(i)->statusWidget()->setVisible(tab(i) == current);
    if (current) {
        m_copyAction->setEnabled(current->view()->hasSelection());
        m_followAction->setChecked(current->view()->isFollowing());
        if (QAction *a = levelAction(current->level()))
            a->setChecked(true);
    }
    updateTitle();
}

void LogViewerWindow::updateTitle()
{
    const LogViewerTab *t = currentTab();
    const QString shown = t && !t->path().isEmpty() ? t->title() : QString();
    const QString base =
        shown.isEmpty() ? tr("Logkeeper Log Viewer") : tr("%1 — Logkeeper").arg(shown);
    setWindowTitle(ConfigTitle::title(base, m_configPath, m_defaultConfigPath));
}

void LogViewerWindow::setConfigPath(const QString &configPath, const QString &defaultConfigPath)
{
    m_configPath = configPath;
    m_defaultConfigPath = defaultConfigPath;
    updateTitle();
}

void LogViewerWindow::fillRecentMenu()
{
    m_recentWriter.wait();
    m_recentMenu->clear();
    const QStringList files = ViewerSettings().recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString label = QStringLiteral("&%1 %2")
                                  .arg(i + 1 == 10 ? 0 : i + 1)
                                  .arg(QFileInfo(files.at(i))
                                           .fileName()
                                           .replace(QLatin1Char('&'), QStringLiteral("&&")));
        QAction *a =
            m_recentMenu->addAction(label, this, [this, file = files.at(i)] { openFile(file); });
        a->setToolTip(files.at(i));
        a->setData(files.at(i));
    }
    if (files.isEmpty()) {
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("&Clear Recent Files"), this,
                            [] { ViewerSettings().clearRecentFiles(); });
}

void LogViewerWindow::setZoom(int steps)
{
    m_zoom = steps;
    for (int i = 0; i < tabCount(); ++i) {
        tab(i)->view()->setZoom(steps);
        tab(i)->matchesView()->setZoom(steps);
    }
    m_zoom = currentTab() ? currentTab()->view()->zoom() : steps; // bounded by the view
    ViewerSettings().setZoom(m_zoom);
}

void LogViewerWindow::editColourRules()
{
    auto *dialog = new ColourRulesDialog(ViewerSettings().colourRules(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        ViewerSettings().setColourRules(dialog->rules());
        applyColourRules();
    });
    dialog->open();
}

void LogViewerWindow::applyColourRules()
{
    const QList<LogView::ColourRule> rules = viewRules(ViewerSettings().colourRules());
    for (int i = 0; i < tabCount(); ++i) {
        tab(i)->view()->setColourRules(rules);
        tab(i)->matchesView()->setColourRules(rules);
    }
}

// --- the current tab's parts and actions ---

QString LogViewerWindow::path() const
{
    return currentTab() ? currentTab()->path() : QString();
}

QString LogViewerWindow::member() const
{
    return currentTab() ? currentTab()->member() : QString();
}

LogDocument *LogViewerWindow::document() const
{
    return currentTab() ? currentTab()->document() : nullptr;
}

LogView *LogViewerWindow::view() const
{
    return currentTab() ? currentTab()->view() : nullptr;
}

FindBar *LogViewerWindow::findBar() const
{
    return currentTab() ? currentTab()->findBar() : nullptr;
}

ErrorBar *LogViewerWindow::errorBar() const
{
    return currentTab() ? currentTab()->errorBar() : nullptr;
}

TextSearch *LogViewerWindow::search() const
{
    return currentTab() ? currentTab()->search() : nullptr;
}

QProgressBar *LogViewerWindow::progressBar() const
{
    return currentTab() ? currentTab()->progressBar() : nullptr;
}

void LogViewerWindow::find()
{
    if (LogViewerTab *t = currentTab())
        t->find();
}

void LogViewerWindow::findNext()
{
    if (LogViewerTab *t = currentTab())
        t->findNext();
}

void LogViewerWindow::findPrevious()
{
    if (LogViewerTab *t = currentTab())
        t->findPrevious();
}

void LogViewerWindow::goToLine()
{
    if (LogViewerTab *t = currentTab())
        t->goToLine();
}

void LogViewerWindow::chooseMember()
{
    if (LogViewerTab *t = currentTab())
        t->chooseMember();
}

} // namespace Logkeeper
