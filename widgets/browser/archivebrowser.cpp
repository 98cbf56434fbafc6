// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "widgets/browser/archivebrowser.h"

#include "browser/archivecatalog.h"
#include "browser/archivefiltermodel.h"
#include "browser/archivesizeprobe.h"
#include "browser/archivetablemodel.h"
#include "config/configloader.h"
#include "core/archivenaming.h"
#include "core/codecs.h"
#include "widgets/browser/archivecopytask.h"
#include "widgets/browser/archivefilterbar.h"
#include "widgets/browser/openwithdialog.h"
#include "widgets/common/appicon.h"
#include "widgets/common/configtitle.h"
#include "widgets/common/errorbar.h"
#include "widgets/common/screenfit.h"

#include <QAction>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHash>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeDatabase>
#include <QProgressDialog>
#include <QPushButton>
#include <QSet>
#include <QStatusBar>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace Logkeeper {

namespace {

// Copies handed to the desktop's applications stay until Logkeeper exits: the application may
// read them long after the copy was made.
QTemporaryDir &openedCopiesFolder()
{
    static QTemporaryDir folder(QDir::tempPath() + QStringLiteral("/logkeeper-open-XXXXXX"));
    return folder;
}

// How many archives a dialog lists by name before it sums up the rest.
constexpr int listedByName = 12;

// Rotated files still waiting for compression in italics: set apart from the archives.
class PendingInItalics : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(ArchiveTableModel::PendingRole).toBool())
            option->font.setItalic(true);
    }
};

} // namespace

ArchiveBrowser::ArchiveBrowser(QWidget *parent)
    : QMainWindow(parent), m_catalog(new ArchiveCatalog(this)),
      m_model(new ArchiveTableModel(m_catalog, this)), m_proxy(new ArchiveFilterModel(this)),
      m_filterBar(new ArchiveFilterBar), m_view(new QTableView), m_messageBar(new ErrorBar),
      m_verifier(new ArchiveVerifier(this)), m_emptyMessage(new QLabel(m_view->viewport())),
      m_countLabel(new QLabel), m_activityLabel(new QLabel), m_statusTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("ArchiveBrowser"));
    setWindowTitle(tr("Logkeeper Archives"));
    setWindowIcon(AppIcon::application());
    m_lastSaveFolder = QDir::homePath();

    m_proxy->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("archiveTable"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new PendingInItalics(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false); // Tab leaves the table, as in a file dialog
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle); // dates and extensions are at the ends
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    // Dragged out to a file manager (text/uri-list), archives are copied, never moved.
    m_view->setDragEnabled(true);
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->setDefaultDropAction(Qt::CopyAction);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionsMovable(true);
    // Every column as wide as its content, the last one takes what is left: a narrow window
    // scrolls sideways rather than eliding the names.
    header->setStretchLastSection(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ArchiveTableModel::RotatedAtColumn, Qt::DescendingOrder);
    setInitialColumnWidths();

    m_emptyMessage->setAlignment(Qt::AlignCenter);
    m_emptyMessage->setWordWrap(true);
    m_emptyMessage->setEnabled(false); // the palette's disabled text: a hint, not content
    m_emptyMessage->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_view->viewport()->installEventFilter(this);

    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_filterBar);
    m_messageBar->setObjectName(QStringLiteral("archiveMessage"));
    layout->addWidget(m_messageBar);
    layout->addWidget(m_view, 1);
    setCentralWidget(central);
    connect(m_messageBar, &ErrorBar::actionTriggered, this, [this] {
        if (!QDesktopServices::openUrl(QUrl::fromLocalFile(m_messageFolder)))
            showErrors(tr("Show in Folder"), tr("The folder could not be shown:"),
                       {tr("%1: no file manager could be started")
                            .arg(QDir::toNativeSeparators(m_messageFolder))});
    });

    m_countLabel->setObjectName(QStringLiteral("archiveCount"));
    m_activityLabel->setObjectName(QStringLiteral("archiveActivity"));
    statusBar()->addWidget(m_countLabel, 1);
    statusBar()->addPermanentWidget(m_activityLabel);

    createActions();
    setUpKeyboard();

    connect(m_filterBar, &ArchiveFilterBar::textChanged, m_proxy, &ArchiveFilterModel::setText);
    connect(m_filterBar, &ArchiveFilterBar::setNameChanged, m_proxy,
            &ArchiveFilterModel::setSetName);
    connect(m_filterBar, &ArchiveFilterBar::dateRangeChanged, m_proxy,
            &ArchiveFilterModel::setDateRange);
    connect(m_filterBar, &ArchiveFilterBar::textAccepted, this, &ArchiveBrowser::focusResults);
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { fitOriginalColumn(first, last); });
    connect(m_catalog, &ArchiveCatalog::setNamesChanged, this, [this](const QStringList &names) {
        m_filterBar->setSetNames(names);
        widenColumn(ArchiveTableModel::SetColumn, names);
    });

    m_statusTimer->setSingleShot(true);
    m_statusTimer->setInterval(50); // a burst of changes (sizes counted) is one update
    connect(m_statusTimer, &QTimer::timeout, this, &ArchiveBrowser::updateStatus);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &ArchiveBrowser::scheduleStatusUpdate);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ArchiveBrowser::scheduleStatusUpdate);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this,
            &ArchiveBrowser::scheduleStatusUpdate);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &ArchiveBrowser::scheduleStatusUpdate);
    connect(m_catalog, &ArchiveCatalog::scanningChanged, this,
            &ArchiveBrowser::scheduleStatusUpdate);
    connect(m_catalog->sizeProbe(), &ArchiveSizeProbe::pendingChanged, this,
            &ArchiveBrowser::scheduleStatusUpdate);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        scheduleStatusUpdate();
    });

    connect(m_verifier, &ArchiveVerifier::finished, this, &ArchiveBrowser::showTestResults);

    ScreenFit::resize(this, QSize(960, 560));
    updateActions();
    updateStatus();
}

ArchiveBrowser::~ArchiveBrowser() = default;

void ArchiveBrowser::setConfig(const Config &config)
{
    m_config = config;
    m_haveConfig = true;
    if (m_started)
        m_catalog->setConfig(config);
    scheduleStatusUpdate();
}

void ArchiveBrowser::setConfigPath(const QString &configPath)
{
    setWindowTitle(ConfigTitle::title(tr("Logkeeper Archives"), configPath,
                                      ConfigLoader::defaultConfigPath()));
}

void ArchiveBrowser::setUpKeyboard()
{
    // Esc and Ctrl+W close the window; Esc in a filter box with text clears it first.
    m_closeAction = new QAction(tr("&Close"), this);
    m_closeAction->setObjectName(QStringLiteral("closeAction"));
    // Ctrl+W spelled out too: QKeySequence::Close is Ctrl+F4 only on some platforms.
    QList<QKeySequence> closeKeys = QKeySequence::keyBindings(QKeySequence::Close);
    if (!closeKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_W)))
        closeKeys.append(QKeySequence(Qt::CTRL | Qt::Key_W));
    m_closeAction->setShortcuts(closeKeys);
    m_closeAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_closeAction, &QAction::triggered, this, &QWidget::close);
    addAction(m_closeAction);
    auto *escape = new QAction(this);
    escape->setObjectName(QStringLiteral("escapeAction"));
    escape->setShortcut(QKeySequence(Qt::Key_Escape));
    escape->setShortcutContext(Qt::WindowShortcut);
    connect(escape, &QAction::triggered, this, [this] {
        QLineEdit *text = m_filterBar->textEdit();
        if (text->hasFocus() && !text->text().isEmpty())
            text->clear();
        else
            close();
    });
    addAction(escape);
    // Down in the filter box goes on to the results, as Return does (eventFilter()).
    m_filterBar->textEdit()->installEventFilter(this);
    // From the filter box, Tab goes to the results first: the set and date choices change the
    // filter with the arrow keys, which must not happen by the way.
    QWidget *previous = m_filterBar->textEdit();
    setTabOrder(previous, m_view);
    previous = m_view;
    for (QWidget *choice : m_filterBar->choiceWidgets()) {
        setTabOrder(previous, choice);
        previous = choice;
    }
}

void ArchiveBrowser::focusResults()
{
    m_view->setFocus(Qt::OtherFocusReason);
    if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_view->selectRow(0);
}

void ArchiveBrowser::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_started && m_haveConfig) {
        m_started = true;
        m_catalog->setConfig(m_config);
        updateStatus();
    }
}

bool ArchiveBrowser::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        m_emptyMessage->setGeometry(m_view->viewport()->rect().adjusted(24, 24, -24, -24));
    if (watched == m_filterBar->textEdit() && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown) &&
            key->modifiers() == Qt::NoModifier) {
            focusResults(); // on to the results, as Return does
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void ArchiveBrowser::createActions()
{
    auto icon = [this](const char *name, QStyle::StandardPixmap fallback) {
        return QIcon::fromTheme(QLatin1String(name), style()->standardIcon(fallback));
    };
    // Actions on the selection work where the table has focus (its own shortcuts), so Delete or
    // Ctrl+C in the filter box still edit the filter text.
    auto tableAction = [this](QAction *action, const QList<QKeySequence> &keys,
                              const char *objectName) {
        action->setObjectName(QLatin1String(objectName));
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_view->addAction(action);
        return action;
    };

    m_openAction = tableAction(
        new QAction(icon("document-preview", QStyle::SP_FileDialogContentsView), tr("&View"), this),
        {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)}, "viewAction");
    m_openAction->setToolTip(tr("Open in Logkeeper's log viewer (Enter)"));
    connect(m_openAction, &QAction::triggered, this, &ArchiveBrowser::openSelectedInViewer);

    m_historyAction =
        tableAction(new QAction(icon("document-open-recent", QStyle::SP_FileDialogDetailedView),
                                tr("Open &History"), this),
                    {QKeySequence(Qt::CTRL | Qt::Key_H)}, "historyAction");
    m_historyAction->setToolTip(tr("View this log's archives, oldest first, and then the log "
                                   "itself as one text (Ctrl+H)"));
    connect(m_historyAction, &QAction::triggered, this, &ArchiveBrowser::openSelectedHistory);

    m_openWithAction = tableAction(new QAction(icon("document-open", QStyle::SP_DialogOpenButton),
                                               tr("Open &With Default Application"), this),
                                   {QKeySequence(Qt::SHIFT | Qt::Key_Return)}, "openWithAction");
    m_openWithAction->setIconText(tr("Open With"));
    m_openWithAction->setToolTip(tr("Decompress into a temporary copy and open it with the "
                                    "desktop's application for the file type"));
    connect(m_openWithAction, &QAction::triggered, this,
            &ArchiveBrowser::openSelectedWithDefaultApplication);

    m_openWithChooserAction = tableAction(
        new QAction(icon("document-open", QStyle::SP_DialogOpenButton), tr("Open W&ith…"), this),
        {}, "openWithChooserAction");
    m_openWithChooserAction->setIconText(tr("Open With…"));
    m_openWithChooserAction->setToolTip(
        tr("Open the archive itself with an application of your choice, or a command"));
    connect(m_openWithChooserAction, &QAction::triggered, this, &ArchiveBrowser::openSelectedWith);

    m_testAction =
        tableAction(new QAction(icon("document-properties", QStyle::SP_DialogApplyButton),
                                tr("&Test Archive"), this),
                    {QKeySequence(Qt::CTRL | Qt::Key_T)}, "testAction");
    m_testAction->setIconText(tr("Test"));
    m_testAction->setToolTip(tr("Decompress the archive completely once more and report whether "
                                "it is intact (Ctrl+T)"));
    connect(m_testAction, &QAction::triggered, this, &ArchiveBrowser::testSelected);

    m_saveAsAction = tableAction(new QAction(icon("document-save-as", QStyle::SP_DialogSaveButton),
                                             tr("&Save Decompressed Copy As…"), this),
                                 {QKeySequence::SaveAs}, "saveAsAction");
    m_saveAsAction->setIconText(tr("Save Copy"));
    connect(m_saveAsAction, &QAction::triggered, this, &ArchiveBrowser::saveSelectedAs);

    m_showInFolderAction = tableAction(
        new QAction(icon("folder-open", QStyle::SP_DirOpenIcon), tr("Show in &Folder"), this), {},
        "showInFolderAction");
    connect(m_showInFolderAction, &QAction::triggered, this, &ArchiveBrowser::showSelectedInFolder);

    m_copyPathAction = tableAction(
        new QAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("&Copy Path"), this),
        {QKeySequence::Copy}, "copyPathAction");
    connect(m_copyPathAction, &QAction::triggered, this, &ArchiveBrowser::copySelectedPaths);

    m_deleteAction =
        tableAction(new QAction(icon("edit-delete", QStyle::SP_TrashIcon), tr("&Delete…"), this),
                    {QKeySequence::Delete}, "deleteAction");
    m_deleteAction->setIconText(tr("Delete"));
    connect(m_deleteAction, &QAction::triggered, this, &ArchiveBrowser::deleteSelected);

    m_openFileAction =
        new QAction(icon("document-open", QStyle::SP_DialogOpenButton), tr("&Open File…"), this);
    m_openFileAction->setObjectName(QStringLiteral("openFileAction"));
    m_openFileAction->setShortcut(QKeySequence::Open);
    m_openFileAction->setToolTip(
        tr("View any log or archive, also tar, zip or 7z archives made by others (Ctrl+O)"));
    connect(m_openFileAction, &QAction::triggered, this, &ArchiveBrowser::openFile);
    addAction(m_openFileAction);

    m_reloadAction =
        new QAction(icon("view-refresh", QStyle::SP_BrowserReload), tr("&Reload"), this);
    m_reloadAction->setObjectName(QStringLiteral("reloadAction"));
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    m_reloadAction->setToolTip(tr("List the archive folders again (F5)"));
    connect(m_reloadAction, &QAction::triggered, m_catalog, &ArchiveCatalog::rescan);
    addAction(m_reloadAction);

    m_findAction = new QAction(tr("&Find"), this);
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, m_filterBar, &ArchiveFilterBar::focusText);
    addAction(m_findAction);

    QToolBar *toolBar = addToolBar(tr("Archive Actions"));
    toolBar->setObjectName(QStringLiteral("archiveToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_openAction);
    toolBar->addAction(m_historyAction);
    toolBar->addAction(m_openWithChooserAction);
    toolBar->addAction(m_saveAsAction);
    toolBar->addAction(m_showInFolderAction);
    toolBar->addAction(m_testAction);
    toolBar->addAction(m_deleteAction);
    toolBar->addSeparator();
    toolBar->addAction(m_openFileAction);
    toolBar->addAction(m_reloadAction);

    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.isValid())
            emit viewRequested(index.data(ArchiveTableModel::PathRole).toString());
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (!m_view->indexAt(pos).isValid())
            return;
        QMenu menu(this);
        menu.addAction(m_openAction);
        menu.addAction(m_historyAction);
        menu.addAction(m_openWithAction);
        menu.addAction(m_openWithChooserAction);
        menu.addSeparator();
        menu.addAction(m_saveAsAction);
        menu.addAction(m_showInFolderAction);
        menu.addAction(m_copyPathAction);
        menu.addAction(m_testAction);
        menu.addSeparator();
        menu.addAction(m_deleteAction);
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
}

void ArchiveBrowser::updateActions()
{
    const int selected = m_view->selectionModel()->selectedRows().size();
    for (QAction *action : {m_openAction, m_openWithAction, m_openWithChooserAction, m_saveAsAction,
                            m_showInFolderAction, m_copyPathAction, m_testAction, m_deleteAction})
        action->setEnabled(selected > 0);
    m_testAction->setText(selected > 1 ? tr("&Test Archives") : tr("&Test Archive"));
    m_historyAction->setEnabled(selected > 0);
    m_copyPathAction->setText(selected > 1 ? tr("&Copy Paths") : tr("&Copy Path"));
    m_saveAsAction->setText(selected > 1 ? tr("&Save Decompressed Copies To…")
                                         : tr("&Save Decompressed Copy As…"));
}

void ArchiveBrowser::setInitialColumnWidths()
{
    const QFontMetrics fm(m_view->horizontalHeader()->font());
    // Room for the cell margins and, in the header, the sort arrow.
    const int padding = fm.averageCharWidth() * 2 + fm.height();
    auto fit = [&](int column, QStringList samples) {
        samples.append(m_model->headerData(column, Qt::Horizontal).toString());
        int width = 0;
        for (const QString &sample : std::as_const(samples))
            width = qMax(width, fm.horizontalAdvance(sample));
        m_view->setColumnWidth(column, width + padding);
    };
    fit(ArchiveTableModel::SetColumn, {QStringLiteral("webserver")});
    fit(ArchiveTableModel::OriginalColumn, {QStringLiteral("postgresql.log")});
    fit(ArchiveTableModel::RotatedAtColumn,
        {ArchiveTableModel::dateText(QDateTime(QDate(2024, 12, 28), QTime(23, 59, 59))),
         ArchiveTableModel::dateText(QDateTime(QDate(2024, 9, 30), QTime(20, 48, 48)))});
    const QStringList sizes{ArchiveTableModel::sizeText(1023LL * 1024 * 1024 - 1),
                            ArchiveTableModel::sizeText(888LL * 1024 * 1024 * 1024),
                            ArchiveTableModel::sizeText(1023)};
    fit(ArchiveTableModel::SizeColumn, sizes);
    fit(ArchiveTableModel::CompressedColumn, sizes);
    fit(ArchiveTableModel::RatioColumn, {ArchiveTableModel::ratioText(1.0)});
    QStringList codecs = Codecs::knownNames();
    codecs.append(ArchiveTableModel::codecText(Codec::None));
    codecs.append(ArchiveTableModel::pendingText());
    fit(ArchiveTableModel::CodecColumn, codecs);
    QStringList expires{
        ArchiveTableModel::dateText(QDateTime(QDate(2024, 12, 28), QTime(23, 59, 59))),
        ArchiveTableModel::dateText(QDateTime(QDate(2024, 9, 30), QTime(20, 48, 48)))};
    for (const auto when : {ArchiveExpiry::When::Never, ArchiveExpiry::When::WithinLimits,
                            ArchiveExpiry::When::NextCleanup, ArchiveExpiry::When::NextRotation})
        expires.append(ArchiveTableModel::expiresText({when, {}, {}}));
    fit(ArchiveTableModel::ExpiresColumn, expires);
    m_view->horizontalHeader()->setMinimumSectionSize(fm.averageCharWidth() * 6);
}

void ArchiveBrowser::fitOriginalColumn(int firstRow, int lastRow)
{
    QStringList names;
    for (int row = firstRow; row <= lastRow && names.size() < 1000; ++row)
        names.append(m_model->entryAt(row).originalName);
    widenColumn(ArchiveTableModel::OriginalColumn, names);
}

void ArchiveBrowser::widenColumn(int column, const QStringList &texts)
{
    // Widened for longer texts as they come, never narrowed (the user may have chosen a width),
    // and no wider than a long name should make it.
    const QFontMetrics fm(m_view->font());
    const int limit = fm.averageCharWidth() * 48;
    const int padding = fm.averageCharWidth() * 2 + fm.height();
    const int before = m_view->columnWidth(column);
    int width = before;
    for (const QString &text : texts)
        width = qMax(width, qMin(limit, fm.horizontalAdvance(text) + padding));
    if (width != before)
        m_view->setColumnWidth(column, width);
}

QVector<ArchiveEntry> ArchiveBrowser::selectedEntries() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QVector<ArchiveEntry> entries;
    for (const QModelIndex &index : std::as_const(rows))
        entries.append(m_model->entryAt(m_proxy->mapToSource(index).row()));
    return entries;
}

QStringList ArchiveBrowser::selectedPaths() const
{
    QStringList paths;
    for (const ArchiveEntry &e : selectedEntries())
        paths.append(e.path);
    return paths;
}

QString ArchiveBrowser::decompressedName(const QString &archiveFileName)
{
    return archiveFileName.chopped(Codecs::extension(Codecs::fromFileName(archiveFileName)).size());
}

void ArchiveBrowser::openSelectedInViewer()
{
    for (const QString &path : selectedPaths())
        emit viewRequested(path);
}

QStringList ArchiveBrowser::historyOfSelected() const
{
    const QModelIndex current = m_view->currentIndex();
    const QVector<ArchiveEntry> selected = selectedEntries();
    if (selected.isEmpty())
        return {};
    // The log of the current row when it is selected, else of the first selected one.
    ArchiveEntry chosen = selected.first();
    if (current.isValid() && m_view->selectionModel()->isRowSelected(current.row()))
        chosen = m_model->entryAt(m_proxy->mapToSource(current).row());
    QStringList names;
    QHash<QString, QString> pathOf;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const ArchiveEntry &e = m_model->entryAt(row);
        if (e.setName == chosen.setName && e.originalName == chosen.originalName &&
            !pathOf.contains(e.fileName)) {
            names.append(e.fileName);
            pathOf.insert(e.fileName, e.path);
        }
    }
    ArchiveNaming::sortByRotation(names);
    QStringList paths;
    for (const QString &name : std::as_const(names))
        paths.append(pathOf.value(name));
    for (const LogSetConfig &set : m_config.logSets) {
        const QString active = QDir(set.logDir).filePath(chosen.originalName);
        if (set.name == chosen.setName && QFileInfo(active).isFile()) {
            paths.append(active);
            break;
        }
    }
    return paths;
}

void ArchiveBrowser::openSelectedHistory()
{
    const QStringList paths = historyOfSelected();
    if (!paths.isEmpty())
        emit historyRequested(paths);
}

void ArchiveBrowser::openSelectedWithDefaultApplication()
{
    QTemporaryDir &folder = openedCopiesFolder();
    if (!folder.isValid()) {
        showErrors(tr("Open With Default Application"),
                   tr("No temporary folder for the decompressed copies:"), {folder.errorString()});
        return;
    }
    static int serial = 0; // one subfolder per copy: the same archive may be opened twice
    QVector<QPair<QString, QString>> copies;
    for (const ArchiveEntry &e : selectedEntries())
        copies.append({e.path, folder.filePath(QString::number(++serial) + QLatin1Char('/') +
                                               decompressedName(e.fileName))});
    if (!copies.isEmpty())
        runCopies(copies, tr("Open With Default Application"), true);
}

OpenWithDialog *ArchiveBrowser::openWithDialog() const
{
    return m_openWith.data();
}

void ArchiveBrowser::openSelectedWith()
{
    const QStringList paths = selectedPaths();
    if (paths.isEmpty())
        return;
    // The type of the archive itself (application/gzip, …): the chooser offers archive tools,
    // and viewers that read the compressed file directly.
    QString mimeType = QMimeDatabase().mimeTypeForFile(paths.first()).name();
    if (mimeType.isEmpty()) {
        // No MIME database (shared-mime-info) in the XDG data folders: the codecs' types.
        static const QHash<QString, QString> bySuffix{
            {QStringLiteral("gz"), QStringLiteral("application/gzip")},
            {QStringLiteral("bz2"), QStringLiteral("application/x-bzip2")},
            {QStringLiteral("xz"), QStringLiteral("application/x-xz")},
            {QStringLiteral("zst"), QStringLiteral("application/zstd")}};
        mimeType = bySuffix.value(QFileInfo(paths.first()).suffix(), QStringLiteral("text/plain"));
    }
    delete m_openWith.data();
    m_openWith = new OpenWithDialog(paths, mimeType, this);
    m_openWith->setAttribute(Qt::WA_DeleteOnClose);
    m_openWith->open();
}

void ArchiveBrowser::testSelected()
{
    const QStringList paths = selectedPaths();
    if (paths.isEmpty())
        return;
    delete m_testProgress.data();
    // Shown only when testing takes longer than a moment; Cancel stops it.
    m_testProgress = new QProgressDialog(tr("Testing %n archive(s)…", nullptr, int(paths.size())),
                                         tr("Cancel"), 0, 1000, this);
    m_testProgress->setObjectName(QStringLiteral("testProgress"));
    m_testProgress->setWindowTitle(tr("Test Archive"));
    m_testProgress->setMinimumDuration(600);
    m_testProgress->setAutoClose(false);
    m_testProgress->setAutoReset(false);
    m_testProgress->setWindowModality(Qt::WindowModal);
    m_testProgress->setValue(0);
    connect(m_testProgress, &QProgressDialog::canceled, m_verifier, &ArchiveVerifier::cancel);
    connect(m_verifier, &ArchiveVerifier::progress, m_testProgress,
            [progress = m_testProgress.data()](qint64 done, qint64 total) {
                progress->setValue(int(1000 * done / qMax<qint64>(1, total)));
            });
    m_verifier->verify(paths);
    updateStatus();
}

void ArchiveBrowser::showTestResults(const QVector<ArchiveVerifier::Result> &results,
                                     bool cancelled)
{
    if (m_testProgress)
        m_testProgress->deleteLater();
    updateStatus();
    if (cancelled) {
        m_messageBar->showMessage(ErrorBar::Kind::Information, tr("The test was cancelled."));
        return;
    }
    QStringList errors;
    for (const ArchiveVerifier::Result &r : results) {
        if (!r.ok)
            errors.append(r.error);
    }
    const int n = int(results.size());
    if (errors.isEmpty()) {
        m_messageBar->showMessage(
            ErrorBar::Kind::Information,
            n == 1 ? tr("%1 is intact: it decompresses completely, %2.")
                         .arg(QFileInfo(results.first().path).fileName(),
                              ArchiveTableModel::sizeText(results.first().bytes))
                   : tr("All %n archive(s) are intact: each decompresses completely.", nullptr, n));
    } else {
        const QString summary =
            n == 1 ? tr("%1 is damaged.").arg(QFileInfo(results.first().path).fileName())
                   : tr("%1 of %n archive(s) are damaged.", nullptr, n).arg(errors.size());
        m_messageBar->showMessage(ErrorBar::Kind::Error, summary);
        showErrors(tr("Test Archive"), summary, errors);
    }
    emit testsFinished(results);
}

void ArchiveBrowser::saveSelectedAs()
{
    const QVector<ArchiveEntry> entries = selectedEntries();
    if (entries.isEmpty())
        return;
    if (entries.size() == 1) {
        const QString target = QFileDialog::getSaveFileName(
            this, tr("Save Decompressed Copy"),
            QDir(m_lastSaveFolder).filePath(decompressedName(entries.first().fileName)));
        if (!target.isEmpty())
            saveCopy(entries.first().path, target);
        return;
    }
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Save %n Decompressed Copies To", nullptr, int(entries.size())), m_lastSaveFolder);
    if (!folder.isEmpty())
        saveCopies(selectedPaths(), folder);
}

void ArchiveBrowser::saveCopy(const QString &archivePath, const QString &targetFile)
{
    m_lastSaveFolder = QFileInfo(targetFile).absolutePath();
    runCopies({{archivePath, targetFile}}, tr("Save Decompressed Copy"), false);
}

void ArchiveBrowser::saveCopies(const QStringList &archivePaths, const QString &folder)
{
    m_lastSaveFolder = folder;
    QVector<QPair<QString, QString>> copies;
    QSet<QString> taken;
    QStringList existing;
    for (const QString &path : archivePaths) {
        // Archives of different sets may share a name: the later ones get a number.
        const QString name = decompressedName(QFileInfo(path).fileName());
        QString target = QDir(folder).filePath(name);
        for (int n = 2; taken.contains(target); ++n) {
            const QFileInfo info(name);
            const QString suffix = info.suffix();
            target =
                QDir(folder).filePath(info.completeBaseName() + QStringLiteral("-%1").arg(n) +
                                      (suffix.isEmpty() ? QString() : QLatin1Char('.') + suffix));
        }
        taken.insert(target);
        if (QFileInfo::exists(target))
            existing.append(QFileInfo(target).fileName());
        copies.append({path, target});
    }
    if (existing.isEmpty()) {
        runCopies(copies, tr("Save Decompressed Copies"), false);
        return;
    }
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Replace Files?"),
        tr("%n file(s) already exist in %1. Replace them?", nullptr, int(existing.size()))
            .arg(QDir::toNativeSeparators(folder)),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("replaceConfirmation"));
    box->setInformativeText(existing.mid(0, listedByName).join(QLatin1Char('\n')));
    if (existing.size() > listedByName)
        box->setDetailedText(existing.join(QLatin1Char('\n')));
    QPushButton *replace = box->addButton(tr("&Replace"), QMessageBox::AcceptRole);
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, replace, copies](QAbstractButton *b) {
        if (b == replace)
            runCopies(copies, tr("Save Decompressed Copies"), false);
    });
    box->open();
}

void ArchiveBrowser::runCopies(const QVector<QPair<QString, QString>> &copies, const QString &title,
                               bool openWhenDone)
{
    QVector<ArchiveCopyTask::Copy> work;
    QStringList refused;
    for (const auto &[source, target] : copies) {
        // Never over the archive itself: the copy would replace what it is read from.
        const QFileInfo targetInfo(target);
        if (targetInfo.exists() &&
            targetInfo.canonicalFilePath() == QFileInfo(source).canonicalFilePath()) {
            refused.append(tr("%1: is the archive itself; choose another name or folder")
                               .arg(QDir::toNativeSeparators(target)));
            continue;
        }
        work.append({source, target, QFileInfo(source).size()});
    }
    if (work.isEmpty()) {
        showErrors(title, tr("Nothing was saved:"), refused);
        emit copiesFinished({}, refused);
        return;
    }
    auto *task = new ArchiveCopyTask(work, title, this);
    connect(task, &ArchiveCopyTask::finished, this,
            [this, title, refused, openWhenDone](const QStringList &written,
                                                 const QStringList &failed, bool) {
                QStringList errors = refused + failed;
                if (openWhenDone) {
                    for (const QString &path : written) {
                        // A throwaway copy: read-only, so nobody edits it by mistake.
                        QFile::setPermissions(path, QFileDevice::ReadOwner);
                        if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
                            errors.append(tr("%1: no application is set up to open this file")
                                              .arg(QDir::toNativeSeparators(path)));
                    }
                } else if (!written.isEmpty()) {
                    // Says where, with the way there: the copies are no use if not found.
                    m_messageFolder = QFileInfo(written.first()).absolutePath();
                    m_messageBar->showMessage(
                        ErrorBar::Kind::Information,
                        tr("Saved %n decompressed copy(s) in %1.", nullptr, int(written.size()))
                            .arg(QDir::toNativeSeparators(m_messageFolder)),
                        tr("Show in &Folder"));
                }
                if (!errors.isEmpty())
                    showErrors(title, tr("Some copies could not be made:"), errors);
                emit copiesFinished(written, errors);
            });
    task->start();
}

void ArchiveBrowser::showSelectedInFolder()
{
    QStringList folders;
    for (const ArchiveEntry &e : selectedEntries()) {
        const QString folder = QFileInfo(e.path).absolutePath();
        if (!folders.contains(folder))
            folders.append(folder);
    }
    QStringList errors;
    for (const QString &folder : std::as_const(folders)) {
        if (!QDesktopServices::openUrl(QUrl::fromLocalFile(folder)))
            errors.append(
                tr("%1: no file manager could be started").arg(QDir::toNativeSeparators(folder)));
    }
    if (!errors.isEmpty())
        showErrors(tr("Show in Folder"), tr("The folder could not be shown:"), errors);
}

void ArchiveBrowser::copySelectedPaths()
{
    const QStringList paths = selectedPaths();
    if (paths.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(paths.join(QLatin1Char('\n')));
    statusBar()->showMessage(tr("Copied %n path(s)", nullptr, int(paths.size())), 3000);
}

void ArchiveBrowser::deleteSelected()
{
    const QVector<ArchiveEntry> entries = selectedEntries();
    if (entries.isEmpty())
        return;
    QStringList paths, lines;
    qint64 total = 0;
    int pending = 0;
    QString folder;
    for (const ArchiveEntry &e : entries) {
        paths.append(e.path);
        total += e.compressedSize;
        if (e.pending)
            ++pending;
        // Names under their folder: full paths would wrap into an unreadable block.
        const QString entryFolder = QFileInfo(e.path).absolutePath();
        if (entryFolder != folder) {
            folder = entryFolder;
            lines.append(tr("In %1:").arg(QDir::toNativeSeparators(folder)));
        }
        lines.append(QStringLiteral("    ") +
                     (e.pending ? tr("%1 (%2, not archived yet)") : tr("%1 (%2)"))
                         .arg(e.fileName, ArchiveTableModel::sizeText(e.compressedSize)));
    }
    const int n = int(entries.size());
    QString question = tr("Delete %n archive(s), %1 on disk? This cannot be undone.", nullptr, n)
                           .arg(ArchiveTableModel::sizeText(total));
    if (pending > 0) {
        // Not archives yet: rotated logs waiting for compression. Their data exists nowhere
        // else, so the question says so before anything else.
        const QString what =
            n == 1 ? tr("%1 is not archived yet: it is rotated log data still waiting for "
                        "compression, and exists nowhere else.")
                         .arg(entries.first().fileName)
                   : tr("%n of the selected files is not archived yet: rotated log data still "
                        "waiting for compression, which exists nowhere else.",
                        nullptr, pending);
        question = what + QStringLiteral("\n\n") +
                   tr("Delete %n file(s), %1 on disk? That log data is lost for good.", nullptr, n)
                       .arg(ArchiveTableModel::sizeText(total));
    }
    auto *box = new QMessageBox(pending > 0 ? QMessageBox::Critical : QMessageBox::Warning,
                                tr("Delete Archives"), question, QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("deleteConfirmation"));
    QString listed = lines.mid(0, listedByName).join(QLatin1Char('\n'));
    if (lines.size() > listedByName) {
        listed += QLatin1Char('\n') + tr("… and more: see the details");
        box->setDetailedText(lines.join(QLatin1Char('\n')));
    }
    box->setInformativeText(listed);
    QPushButton *remove = box->addButton(
        pending > 0 ? tr("&Delete Unarchived Data") : tr("&Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDeleteButton"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel); // Enter right after Delete must not delete
    box->setEscapeButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    // Exactly what was listed goes, whatever the selection has become meanwhile.
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, paths](QAbstractButton *b) {
        if (b == remove)
            removeFiles(paths);
    });
    box->open();
}

void ArchiveBrowser::removeFiles(const QStringList &paths)
{
    QStringList errors;
    int removed = 0;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isSymLink() || (info.exists() && !info.isFile())) {
            errors.append(
                tr("%1: no longer a regular file; left alone").arg(QDir::toNativeSeparators(path)));
            continue;
        }
        QFile file(path);
        if (file.remove())
            ++removed;
        else
            errors.append(tr("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    if (removed > 0)
        statusBar()->showMessage(tr("Deleted %n archive(s)", nullptr, removed), 5000);
    if (!errors.isEmpty())
        showErrors(tr("Delete Archives"),
                   tr("%n archive(s) could not be deleted:", nullptr, int(errors.size())), errors);
}

void ArchiveBrowser::openFile()
{
    QString folder = QDir::homePath();
    if (!m_config.logSets.isEmpty())
        folder = m_config.logSets.first().archiveDir;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Log or Archive"), folder,
        tr("Logs and archives (*.log *.txt *.gz *.bz2 *.xz *.zst *.tar *.tgz *.zip *.7z);;"
           "All files (*)"));
    if (!path.isEmpty())
        emit viewRequested(path);
}

void ArchiveBrowser::showErrors(const QString &title, const QString &text,
                                const QStringList &errors)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("archiveErrors"));
    box->setInformativeText(errors.mid(0, listedByName).join(QLatin1Char('\n')));
    if (errors.size() > listedByName)
        box->setDetailedText(errors.join(QLatin1Char('\n')));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void ArchiveBrowser::scheduleStatusUpdate()
{
    m_statusTimer->start();
}

void ArchiveBrowser::updateStatus()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    qint64 onDisk = 0, decompressed = 0;
    int unknown = 0, pending = 0;
    for (int row = 0; row < shown; ++row) {
        const ArchiveEntry &e =
            m_model->entryAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
        onDisk += e.compressedSize;
        if (e.pending)
            ++pending;
        if (e.sizeKnown())
            decompressed += e.size;
        else
            ++unknown;
    }
    QString text;
    if (m_proxy->isFiltering())
        text = tr("%1 of %n archive(s) shown, %2 on disk", nullptr, total)
                   .arg(shown)
                   .arg(ArchiveTableModel::sizeText(onDisk));
    else
        text = tr("%n archive(s), %1 on disk", nullptr, total)
                   .arg(ArchiveTableModel::sizeText(onDisk));
    if (shown > 0 && unknown == 0)
        //: appended to "%n archive(s), %1 on disk": the archives' size once decompressed
        text += tr(", %1 decompressed").arg(ArchiveTableModel::sizeText(decompressed));
    if (pending > 0)
        //: after " · " in the status bar: rotated files listed that are not archived yet
        text += QStringLiteral(" · ") + tr("%n waiting for compression", nullptr, pending);
    const QVector<ArchiveEntry> selected = selectedEntries();
    if (selected.size() > 1) {
        qint64 selectedBytes = 0;
        for (const ArchiveEntry &e : selected)
            selectedBytes += e.compressedSize;
        //: after " · " in the status bar: how many archives are selected, %1 their size on disk
        text += QStringLiteral(" · ") + tr("%n selected, %1", nullptr, int(selected.size()))
                                            .arg(ArchiveTableModel::sizeText(selectedBytes));
    }
    m_countLabel->setText(text);

    const int counting = m_catalog->sizeProbe()->pending();
    if (m_verifier->isRunning())
        m_activityLabel->setText(tr("Testing archives…"));
    else if (m_catalog->isScanning())
        m_activityLabel->setText(tr("Scanning archive folders…"));
    else if (counting > 0)
        m_activityLabel->setText(tr("Counting sizes: %n left", nullptr, counting));
    else
        m_activityLabel->clear();
    updateEmptyMessage();
}

void ArchiveBrowser::updateEmptyMessage()
{
    QString message;
    if (m_proxy->rowCount() == 0) {
        if (m_haveConfig && m_config.logSets.isEmpty())
            message = tr("No log sets are configured yet. Add one in the settings, and its "
                         "archives will be listed here.");
        else if (m_model->rowCount() > 0)
            message = tr("No archive matches the filter.");
        else if (m_started && !m_catalog->isScanning())
            message = tr("No archives yet. They appear here as soon as Logkeeper rotates a log.");
    }
    m_emptyMessage->setText(message);
    m_emptyMessage->setVisible(!message.isEmpty());
}

} // namespace Logkeeper
