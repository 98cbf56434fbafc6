// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "widgets/viewer/logviewerwindow.h"

#include "compression/decompressjob.h"
#include "viewer/logdocument.h"
#include "viewer/textsearch.h"
#include "widgets/common/appicon.h"
#include "widgets/common/errorbar.h"
#include "widgets/viewer/findbar.h"
#include "widgets/viewer/gotolinedialog.h"
#include "widgets/viewer/logview.h"
#include "widgets/viewer/memberdialog.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QVBoxLayout>

namespace Logkeeper {

LogViewerWindow::LogViewerWindow(const QString &path, QWidget *parent)
    : QMainWindow(parent), m_document(new LogDocument(this)),
      m_search(new TextSearch(m_document, this)), m_members(new ArchiveMembers(this)),
      m_view(new LogView(this)), m_findBar(new FindBar(this)), m_errorBar(new ErrorBar(this)),
      m_positionLabel(new QLabel(this)), m_linesLabel(new QLabel(this)),
      m_progress(new QProgressBar(this)), m_cancel(new QPushButton(tr("Cancel"), this))
{
    setWindowIcon(AppIcon::application());
    m_view->setDocument(m_document);
    m_findBar->hide();

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_errorBar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_findBar);
    setCentralWidget(central);

    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_cancel->setToolTip(tr("Stop decompressing; what was read stays shown"));
    statusBar()->addWidget(m_positionLabel);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    statusBar()->addPermanentWidget(m_linesLabel);
    m_progress->hide();
    m_cancel->hide();

    createActions();

    connect(m_members, &ArchiveMembers::listed, this, &LogViewerWindow::onListed);
    connect(m_document, &LogDocument::linesAvailable, this, &LogViewerWindow::updateLineCount);
    connect(m_document, &LogDocument::progress, this, &LogViewerWindow::onProgress);
    connect(m_document, &LogDocument::finished, this, &LogViewerWindow::onFinished);
    connect(m_cancel, &QPushButton::clicked, this, &LogViewerWindow::cancelLoading);
    connect(m_view, &LogView::cursorPositionChanged, this, [this](qint64 line, int column) {
        m_positionLabel->setText(
            tr("Line %1, column %2").arg(QLocale().toString(line + 1)).arg(column + 1));
        m_copyAction->setEnabled(m_view->hasSelection());
    });
    connect(m_view, &LogView::message, this,
            [this](const QString &text) { showError(int(ErrorBar::Kind::Information), text); });
    connect(m_errorBar, &ErrorBar::actionTriggered, this, [this] {
        if (m_errorAction)
            m_errorAction();
    });
    connect(m_findBar, &FindBar::patternChanged, this, &LogViewerWindow::onPatternChanged);
    connect(m_findBar, &FindBar::findNext, this, &LogViewerWindow::findNext);
    connect(m_findBar, &FindBar::findPrevious, this, &LogViewerWindow::findPrevious);
    connect(m_findBar, &FindBar::closed, this, [this] {
        m_search->cancelCount();
        m_search->cancelFind();
        m_view->setSearchPattern({});
        m_view->setFocus();
    });
    connect(m_search, &TextSearch::countChanged, this,
            [this](qint64 matches, qint64, bool complete) {
                m_noMatches = complete && matches == 0;
                m_countText = complete ? tr("%Ln match(es)", nullptr, matches)
                                       : tr("%Ln match(es) so far…", nullptr, matches);
                updateFindStatus();
            });
    connect(m_search, &TextSearch::found, this,
            [this](qint64 line, int start, int length, bool wrapped) {
                m_view->setCurrentMatch(line, start, length);
                m_findNote = wrapped ? tr("continued from the other end") : QString();
                m_findProblem = false;
                updateFindStatus();
            });
    connect(m_search, &TextSearch::notFound, this, [this] {
        m_findNote = tr("not found");
        m_findProblem = true;
        updateFindStatus();
    });

    resize(1000, 700);
    updateTitle();
    updateLineCount();
    if (!path.isEmpty())
        openFile(path);
}

LogViewerWindow::~LogViewerWindow() = default;

void LogViewerWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, [this] {
        const QString chosen = QFileDialog::getOpenFileName(
            this, tr("Open Log"), QFileInfo(m_path).absolutePath(),
            tr("Logs and archives (*.log *.txt *.gz *.bz2 *.xz *.zst *.lz4 *.lz *.tar *.tgz "
               "*.zip *.7z);;All files (*)"));
        if (!chosen.isEmpty())
            openFile(chosen);
    });
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction *close = file->addAction(tr("&Close"), this, &QWidget::close);
    close->setShortcut(QKeySequence::Close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_copyAction = edit->addAction(tr("&Copy"), m_view, &LogView::copy);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut); // the find bar copies its own
    m_copyAction->setEnabled(false);
    m_view->addAction(m_copyAction);
    QAction *selectAll = edit->addAction(tr("Select &All"), m_view, &LogView::selectAll);
    selectAll->setShortcut(QKeySequence::SelectAll);
    selectAll->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(selectAll);
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
    connect(m_wrapAction, &QAction::toggled, m_view, &LogView::setWrapLines);
}

void LogViewerWindow::updateTitle()
{
    const QString name = QFileInfo(m_path).fileName();
    QString shown = name;
    if (!m_member.isEmpty())
        shown = tr("%1: %2").arg(name, m_member);
    setWindowTitle(shown.isEmpty() ? tr("Logkeeper Log Viewer") : tr("%1 — Logkeeper").arg(shown));
}

void LogViewerWindow::openFile(const QString &path, const QString &member)
{
    m_path = path;
    m_member = member;
    m_listing = {};
    m_errorBar->hide();
    m_members->cancel();
    m_document->close();
    updateTitle();
    updateLineCount();
    if (!member.isEmpty()) {
        startDocument(path, member);
        return;
    }
    // A tar, zip or 7z first needs a file picked; anything else opens as a whole.
    showBusy(tr("Reading the archive…"));
    m_members->list(path);
}

void LogViewerWindow::onListed(const QString &path, const ArchiveMembers::Listing &listing)
{
    if (path != m_path)
        return;
    m_listing = listing;
    if (listing.error == DecompressJob::cancelledMessage()) {
        hideBusy();
        showError(int(ErrorBar::Kind::Information),
                  tr("Opening %1 was cancelled.").arg(QFileInfo(path).fileName()));
        return;
    }
    if (!listing.isArchive) {
        startDocument(path, {}); // errors such as a missing file come from the document
        return;
    }
    if (listing.members.isEmpty()) {
        hideBusy();
        showError(
            int(ErrorBar::Kind::Error),
            listing.error.isEmpty()
                ? tr("%1 holds no files to view.").arg(QFileInfo(path).fileName())
                : tr("%1 could not be read: %2").arg(QFileInfo(path).fileName(), listing.error));
        return;
    }
    if (listing.members.size() == 1 && listing.error.isEmpty()) {
        startDocument(path, listing.members.first().name);
        return;
    }
    hideBusy();
    chooseMember();
}

void LogViewerWindow::chooseMember()
{
    if (!m_listing.isArchive || m_listing.members.isEmpty())
        return;
    auto *dialog = new MemberDialog(m_path, m_listing, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_member.isEmpty())
        dialog->selectMember(m_member);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString chosen = dialog->selectedMember();
        if (!chosen.isEmpty())
            startDocument(m_path, chosen);
    });
    connect(dialog, &QDialog::rejected, this, [this] {
        if (!m_document->path().isEmpty())
            return; // a member is still shown
        showError(int(ErrorBar::Kind::Information),
                  tr("%1 holds several files; none was chosen.").arg(QFileInfo(m_path).fileName()),
                  tr("Choose a File…"), [this] { chooseMember(); });
    });
    dialog->open();
}

void LogViewerWindow::startDocument(const QString &path, const QString &member)
{
    m_member = member;
    updateTitle();
    m_errorBar->hide();
    showBusy(tr("Decompressing…"));
    m_document->open(path, member);
    m_view->setFocus();
    if (m_findBar->isVisible() && m_findBar->pattern().isUsable())
        m_search->count(m_findBar->pattern()); // follows the loading document
    updateLineCount();
}

void LogViewerWindow::showBusy(const QString &what)
{
    m_progress->setRange(0, 0);
    m_progress->setFormat(what);
    m_progress->setToolTip(what);
    m_progress->show();
    m_cancel->show();
}

void LogViewerWindow::hideBusy()
{
    m_progress->hide();
    m_cancel->hide();
}

void LogViewerWindow::cancelLoading()
{
    if (m_members->isListing())
        m_members->cancel();
    else
        m_document->cancel();
}

void LogViewerWindow::onProgress(qint64 bytesWritten, qint64 sourceRead, qint64 sourceSize)
{
    // A member's own size when the archive tells it; else how far into the file reading is.
    qint64 done = sourceRead;
    qint64 total = sourceSize;
    for (const ArchiveMembers::Member &m : std::as_const(m_listing.members)) {
        if (m.name == m_member && m.size > 0) {
            done = bytesWritten;
            total = m.size;
        }
    }
    const QLocale locale;
    if (total > 0 && done >= 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(qBound(qint64(0), done * 1000 / total, qint64(1000))));
        m_progress->setFormat(tr("Decompressing… %p%"));
    }
    m_progress->setToolTip(
        tr("%1 decompressed so far").arg(locale.formattedDataSize(bytesWritten)));
}

void LogViewerWindow::onFinished(bool ok, const QString &error)
{
    hideBusy();
    updateLineCount();
    if (ok)
        return;
    const QString name = QFileInfo(m_path).fileName();
    const qint64 count = m_document->lineCount();
    if (error == DecompressJob::cancelledMessage())
        showError(int(ErrorBar::Kind::Information),
                  tr("Loading was cancelled: showing the first %Ln line(s).", nullptr, count));
    else if (count == 0)
        showError(int(ErrorBar::Kind::Error), tr("%1 could not be read: %2").arg(name, error));
    else
        showError(int(ErrorBar::Kind::Error),
                  tr("%1 could not be read to its end: %2. Showing the %Ln line(s) read before "
                     "the problem.",
                     nullptr, count)
                      .arg(name, error));
}

void LogViewerWindow::showError(int kind, const QString &text, const QString &actionText,
                                std::function<void()> action)
{
    m_errorAction = std::move(action);
    m_errorBar->showMessage(ErrorBar::Kind(kind), text, actionText);
}

void LogViewerWindow::updateLineCount()
{
    const qint64 count = m_document->lineCount();
    if (m_document->path().isEmpty())
        m_linesLabel->clear();
    else if (m_document->isLoading())
        m_linesLabel->setText(tr("%Ln line(s) so far", nullptr, count));
    else
        m_linesLabel->setText(tr("%Ln line(s)", nullptr, count));
}

void LogViewerWindow::find()
{
    QString initial;
    if (m_view->hasSelection() && m_view->selectionStart().line == m_view->selectionEnd().line) {
        initial = m_view->selectedText();
        if (initial.size() > 200)
            initial.clear();
    }
    m_findBar->activate(initial);
}

void LogViewerWindow::onPatternChanged()
{
    const SearchPattern pattern = m_findBar->pattern();
    m_view->setSearchPattern(pattern);
    m_countText.clear();
    m_findNote.clear();
    m_findProblem = false;
    m_noMatches = false;
    if (!pattern.isUsable()) {
        m_search->cancelCount();
        m_search->cancelFind();
        if (pattern.isValid())
            updateFindStatus();
        return; // an invalid expression: the bar says why
    }
    m_search->count(pattern);
    // Find as you type: from where the current selection starts, or the top of the screen.
    const LogView::Position from = m_view->hasSelection()
                                       ? m_view->selectionStart()
                                       : LogView::Position{m_view->firstVisibleLine(), 0};
    m_search->find(pattern, from.line, from.column, true);
    updateFindStatus();
}

void LogViewerWindow::findNext()
{
    const SearchPattern pattern = m_findBar->pattern();
    if (!m_findBar->isVisible() || !pattern.isUsable()) {
        find();
        return;
    }
    const LogView::Position from = m_view->cursorPosition();
    const LogView::Position end = m_view->hasSelection() ? m_view->selectionEnd() : from;
    m_search->find(pattern, end.line, end.column, true);
}

void LogViewerWindow::findPrevious()
{
    const SearchPattern pattern = m_findBar->pattern();
    if (!m_findBar->isVisible() || !pattern.isUsable()) {
        find();
        return;
    }
    const LogView::Position start =
        m_view->hasSelection() ? m_view->selectionStart() : m_view->cursorPosition();
    m_search->find(pattern, start.line, start.column, false);
}

void LogViewerWindow::updateFindStatus()
{
    if (!m_findBar->pattern().isValid())
        return;
    if (m_noMatches) {
        m_findBar->setStatus(tr("No matches"), true);
        return;
    }
    QString text = m_countText;
    if (!m_findNote.isEmpty())
        text = text.isEmpty() ? m_findNote : tr("%1 — %2").arg(text, m_findNote);
    m_findBar->setStatus(text, m_findProblem);
}

void LogViewerWindow::goToLine()
{
    const qint64 count = m_document->lineCount();
    if (count == 0)
        return;
    auto *dialog = new GoToLineDialog(m_view->cursorPosition().line + 1, count, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->line() > 0)
            m_view->goToLine(dialog->line() - 1);
    });
    dialog->open();
}

} // namespace Logkeeper
