// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "widgets/viewer/logviewertab.h"

#include "compression/decompressjob.h"
#include "viewer/linescan.h"
#include "viewer/logdocument.h"
#include "viewer/textsearch.h"
#include "widgets/common/errorbar.h"
#include "widgets/viewer/findbar.h"
#include "widgets/viewer/gotolinedialog.h"
#include "widgets/viewer/logview.h"
#include "widgets/viewer/memberdialog.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

#include <memory>

namespace Logkeeper {

LogViewerTab::LogViewerTab(QWidget *parent)
    : QWidget(parent), m_document(new LogDocument(this)),
      m_search(new TextSearch(m_document, this)), m_members(new ArchiveMembers(this)),
      m_levelFilter(new LineScan(m_document, this)), m_view(new LogView(this)),
      m_matchesView(new LogView(this)), m_matchesPane(new QWidget(this)),
      m_matchesHeader(new QLabel(m_matchesPane)), m_splitter(new QSplitter(Qt::Vertical, this)),
      m_findBar(new FindBar(this)), m_errorBar(new ErrorBar(this)), m_status(new QWidget),
      m_positionLabel(new QLabel(m_status)), m_linesLabel(new QLabel(m_status)),
      m_progress(new QProgressBar(m_status)), m_cancel(new QPushButton(tr("Cancel"), m_status))
{
    m_view->setDocument(m_document);
    m_view->setMatchMarks(m_search->matchingLines());
    m_view->setPlaceholderText(tr("No lines at this level so far."));
    m_findBar->hide();

    // The lines with matches, klogg's filtered view: click one to go there.
    m_matchesView->setObjectName(QStringLiteral("matchingLines"));
    m_matchesView->setDocument(m_document);
    m_matchesView->setFilter(m_search->matchingLines());
    m_matchesView->setPlaceholderText(tr("No lines with matches so far."));
    m_matchesView->setFocusPolicy(Qt::ClickFocus);
    m_matchesHeader->setContentsMargins(6, 2, 6, 2);
    auto *paneLayout = new QVBoxLayout(m_matchesPane);
    paneLayout->setContentsMargins(0, 0, 0, 0);
    paneLayout->setSpacing(0);
    paneLayout->addWidget(m_matchesHeader);
    paneLayout->addWidget(m_matchesView, 1);
    m_matchesPane->hide();

    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_matchesPane);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_errorBar);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_findBar);

    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_cancel->setToolTip(tr("Stop decompressing; what was read stays shown"));
    auto *status = new QHBoxLayout(m_status);
    status->setContentsMargins(0, 0, 0, 0);
    status->addWidget(m_positionLabel, 1);
    status->addWidget(m_progress);
    status->addWidget(m_cancel);
    status->addWidget(m_linesLabel);
    m_progress->hide();
    m_cancel->hide();

    connect(m_members, &ArchiveMembers::listed, this, &LogViewerTab::onListed);
    connect(m_document, &LogDocument::linesAvailable, this, &LogViewerTab::updateLineCount);
    connect(m_document, &LogDocument::progress, this, &LogViewerTab::onProgress);
    connect(m_document, &LogDocument::finished, this, &LogViewerTab::onFinished);
    connect(m_document, &LogDocument::boundaryAdded, this,
            [this](const LogDocument::Boundary &b) { onBoundary(int(b.kind), b.path); });
    connect(m_document, &LogDocument::followingFailed, this, [this](const QString &error) {
        showError(int(ErrorBar::Kind::Warning),
                  tr("%1 is no longer followed: %2").arg(QFileInfo(m_path).fileName(), error));
    });
    connect(m_cancel, &QPushButton::clicked, this, &LogViewerTab::cancelLoading);
    connect(m_view, &LogView::cursorPositionChanged, this, [this](qint64 line, int column) {
        m_positionLabel->setText(
            tr("Line %1, column %2").arg(QLocale().toString(line + 1)).arg(column + 1));
        emit copyAvailable(m_view->hasSelection());
    });
    connect(m_view, &LogView::message, this,
            [this](const QString &text) { showError(int(ErrorBar::Kind::Information), text); });
    connect(m_matchesView, &LogView::message, this,
            [this](const QString &text) { showError(int(ErrorBar::Kind::Information), text); });
    connect(m_matchesView, &LogView::lineActivated, this,
            [this](qint64 line, int) { jumpToMatchIn(line); });
    connect(m_errorBar, &ErrorBar::actionTriggered, this, [this] {
        if (m_errorAction)
            m_errorAction();
    });
    connect(m_findBar, &FindBar::patternChanged, this, &LogViewerTab::onPatternChanged);
    connect(m_findBar, &FindBar::findNext, this, &LogViewerTab::findNext);
    connect(m_findBar, &FindBar::findPrevious, this, &LogViewerTab::findPrevious);
    connect(m_findBar, &FindBar::closed, this, [this] {
        m_search->cancelCount();
        m_search->cancelFind();
        m_view->setSearchPattern({});
        m_matchesView->setSearchPattern({});
        updateMatchesPane();
        m_view->setFocus();
    });
    connect(m_search, &TextSearch::countChanged, this,
            [this](qint64 matches, qint64, bool complete) {
                m_noMatches = complete && matches == 0;
                m_countText = complete ? tr("%Ln match(es)", nullptr, matches)
                                       : tr("%Ln match(es) so far…", nullptr, matches);
                updateFindStatus();
                updateMatchesPane();
            });
    connect(m_search, &TextSearch::found, this,
            [this](qint64 line, int start, int length, bool wrapped) {
                m_view->setCurrentMatch(line, start, length);
                m_matchesView->setCurrentMatch(line, start, length);
                m_findNote = wrapped ? tr("continued from the other end") : QString();
                if (m_view->filter() && !m_view->filter()->lines().contains(line))
                    m_findNote = tr("in a line the level filter hides (line %1)")
                                     .arg(QLocale().toString(line + 1));
                m_findProblem = false;
                updateFindStatus();
            });
    connect(m_search, &TextSearch::notFound, this, [this] {
        m_findNote = tr("not found");
        m_findProblem = true;
        updateFindStatus();
    });
    updateLineCount();
}

LogViewerTab::~LogViewerTab()
{
    delete m_status.data(); // not a child: it lives in the window's status bar
}

QString LogViewerTab::title() const
{
    const QString name = QFileInfo(m_path).fileName();
    if (isHistory())
        return tr("%1 (history)").arg(name);
    if (!m_member.isEmpty())
        return tr("%1: %2").arg(name, m_member);
    return name;
}

QString LogViewerTab::toolTip() const
{
    if (isHistory())
        return tr("The history of %1: %n file(s), oldest first", nullptr, int(m_history.size()))
            .arg(m_path);
    return m_member.isEmpty() ? m_path : tr("%1: %2").arg(m_path, m_member);
}

void LogViewerTab::openFile(const QString &path, const QString &member)
{
    m_path = path;
    m_member = member;
    m_history.clear();
    m_listing = {};
    m_errorBar->hide();
    m_members->cancel();
    m_document->close();
    emit titleChanged();
    updateLineCount();
    if (!member.isEmpty()) {
        startDocument(path, member);
        return;
    }
    // A tar, zip or 7z first needs a file picked; anything else opens as a whole.
    showBusy(tr("Reading the archive…"));
    m_members->list(path);
}

void LogViewerTab::openHistory(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    m_path = paths.last();
    m_member.clear();
    m_history = paths;
    m_listing = {};
    m_errorBar->hide();
    m_members->cancel();
    emit titleChanged();
    showBusy(tr("Decompressing…"));
    m_document->openHistory(paths);
    m_view->setFocus();
    if (m_findBar->isVisible() && m_findBar->pattern().isUsable())
        m_search->count(m_findBar->pattern());
    restartLevelFilter();
    updateLineCount();
}

void LogViewerTab::onListed(const QString &path, const ArchiveMembers::Listing &listing)
{
    if (path != m_path || isHistory())
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

void LogViewerTab::chooseMember()
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

void LogViewerTab::startDocument(const QString &path, const QString &member)
{
    m_member = member;
    emit titleChanged();
    m_errorBar->hide();
    showBusy(tr("Decompressing…"));
    m_document->open(path, member);
    m_view->setFocus();
    if (m_findBar->isVisible() && m_findBar->pattern().isUsable())
        m_search->count(m_findBar->pattern()); // follows the loading document
    restartLevelFilter();
    updateLineCount();
}

void LogViewerTab::showBusy(const QString &what)
{
    m_progress->setRange(0, 0);
    m_progress->setFormat(what);
    m_progress->setToolTip(what);
    m_progress->show();
    m_cancel->show();
}

void LogViewerTab::hideBusy()
{
    m_progress->hide();
    m_cancel->hide();
}

void LogViewerTab::cancelLoading()
{
    if (m_members->isListing())
        m_members->cancel();
    else
        m_document->cancel();
}

void LogViewerTab::onProgress(qint64 bytesWritten, qint64 sourceRead, qint64 sourceSize)
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

void LogViewerTab::onFinished(bool ok, const QString &error)
{
    hideBusy();
    updateLineCount();
    if (ok) {
        // A history with damaged files: say so once; the marks in the text say where.
        int damaged = 0;
        for (const LogDocument::Boundary &b : m_document->boundaries())
            damaged += b.kind == LogDocument::Boundary::Kind::Damaged ? 1 : 0;
        if (damaged > 0)
            showError(int(ErrorBar::Kind::Warning),
                      tr("%n file(s) of the history could not be read to the end: the text says "
                         "where.",
                         nullptr, damaged));
        return;
    }
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

void LogViewerTab::onBoundary(int kind, const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    const QString time = QLocale().toString(QTime::currentTime(), QStringLiteral("HH:mm:ss"));
    switch (LogDocument::Boundary::Kind(kind)) {
    case LogDocument::Boundary::Kind::Truncated:
        showError(int(ErrorBar::Kind::Information),
                  tr("%1 was truncated at %2: following it from its new start.").arg(name, time));
        break;
    case LogDocument::Boundary::Kind::Replaced:
        showError(int(ErrorBar::Kind::Information),
                  tr("%1 was replaced by a new file at %2 (rotated): following the new file.")
                      .arg(name, time));
        break;
    default:
        break;
    }
}

void LogViewerTab::showError(int kind, const QString &text, const QString &actionText,
                             std::function<void()> action)
{
    m_errorAction = std::move(action);
    m_errorBar->showMessage(ErrorBar::Kind(kind), text, actionText);
}

void LogViewerTab::updateLineCount()
{
    const qint64 count = m_document->lineCount();
    QString text;
    if (m_document->path().isEmpty())
        text.clear();
    else if (m_document->isLoading())
        text = tr("%Ln line(s) so far", nullptr, count);
    else
        text = tr("%Ln line(s)", nullptr, count);
    if (!text.isEmpty() && m_view->filter())
        text = tr("%1 (%Ln shown)", nullptr, m_view->rowCount()).arg(text);
    m_linesLabel->setText(text);
}

// --- the level filter ---

void LogViewerTab::setLevel(Severity::Level level)
{
    if (level == m_level)
        return;
    m_level = level;
    restartLevelFilter();
    updateLineCount();
}

void LogViewerTab::restartLevelFilter()
{
    if (m_level == Severity::None) {
        m_view->setFilter(nullptr);
        m_levelFilter->clear();
        return;
    }
    const Severity::Level minimum = m_level;
    m_levelFilter->start([minimum]() -> LineScan::Matcher {
        auto previous = std::make_shared<Severity::Level>(Severity::None);
        return [minimum, previous](qint64, const char *data, qint64 shown, qint64) -> qint64 {
            Severity::Level level = Severity::of(data, shown);
            // A line without a level (a stack trace's) goes with the line before it.
            if (level == Severity::None)
                level = *previous;
            else
                *previous = level;
            return level >= minimum ? 1 : 0;
        };
    });
    m_view->setFilter(m_levelFilter);
    connect(m_levelFilter, &LineScan::progressed, this, &LogViewerTab::updateLineCount,
            Qt::UniqueConnection);
}

// --- find ---

void LogViewerTab::find()
{
    QString initial;
    if (m_view->hasSelection() && m_view->selectionStart().line == m_view->selectionEnd().line) {
        initial = m_view->selectedText();
        if (initial.size() > 200)
            initial.clear();
    }
    m_findBar->activate(initial);
    updateMatchesPane();
}

void LogViewerTab::setShowMatchingLines(bool show)
{
    m_showMatchingLines = show;
    updateMatchesPane();
}

void LogViewerTab::updateMatchesPane()
{
    const bool searching = m_findBar->isVisible() && m_findBar->pattern().isUsable();
    m_matchesPane->setVisible(searching && m_showMatchingLines);
    const qint64 lines = m_search->matchingLines()->lines().count();
    m_matchesHeader->setText(tr("Lines with matches: %1").arg(QLocale().toString(lines)));
}

void LogViewerTab::jumpToMatchIn(qint64 line)
{
    const SearchPattern pattern = m_findBar->pattern();
    const SearchPattern::Match m = pattern.nextMatch(m_document->line(line).text);
    if (m.isValid())
        m_view->setCurrentMatch(line, m.start, m.length);
    else
        m_view->goToLine(line);
}

void LogViewerTab::onPatternChanged()
{
    const SearchPattern pattern = m_findBar->pattern();
    m_view->setSearchPattern(pattern);
    m_matchesView->setSearchPattern(pattern);
    m_countText.clear();
    m_findNote.clear();
    m_findProblem = false;
    m_noMatches = false;
    if (!pattern.isUsable()) {
        m_search->cancelCount();
        m_search->cancelFind();
        updateMatchesPane();
        if (pattern.isValid())
            updateFindStatus();
        return; // an invalid expression: the bar says why
    }
    m_search->count(pattern);
    updateMatchesPane();
    // Find as you type: from where the current selection starts, or the top of the screen.
    const LogView::Position from = m_view->hasSelection()
                                       ? m_view->selectionStart()
                                       : LogView::Position{m_view->firstVisibleLine(), 0};
    m_search->find(pattern, from.line, from.column, true);
    updateFindStatus();
}

void LogViewerTab::findNext()
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

void LogViewerTab::findPrevious()
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

void LogViewerTab::updateFindStatus()
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

void LogViewerTab::goToLine()
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
