// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "compression/archivemembers.h"
#include "viewer/severity.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;
class QSplitter;

namespace Logkeeper {

class ErrorBar;
class FindBar;
class LineScan;
class LogDocument;
class LogView;
class TextSearch;

// One file in the viewer window (a tab): compressed (any codec) or plain, one file of a tar, zip
// or 7z archive (picked in a MemberDialog when there are several), or a log's whole history. The
// text is decompressed on a worker thread while the first lines already show; a progress bar
// with Cancel shows how far it is; a plain log is followed as it grows. Find (all matches
// highlighted and counted, the lines with matches listed in a pane below, click to jump), go to
// line, wrap lines, copy, a filter by level. A damaged archive shows what could be read and an
// error bar naming the problem.
class LogViewerTab : public QWidget
{
    Q_OBJECT
public:
    explicit LogViewerTab(QWidget *parent = nullptr);
    ~LogViewerTab() override;

    // Shows a file; `member` picks a file of an archive directly.
    void openFile(const QString &path, const QString &member = {});
    // Shows a log's history as one text: its archives oldest first, then the active log.
    void openHistory(const QStringList &paths);

    QString path() const { return m_path; }
    QString member() const { return m_member; }
    bool isHistory() const { return !m_history.isEmpty(); }
    QStringList historyPaths() const { return m_history; }
    // For the tab: the file name (a history says so); for the window's title likewise.
    QString title() const;
    QString toolTip() const;

    LogDocument *document() const { return m_document; }
    LogView *view() const { return m_view; }
    LogView *matchesView() const { return m_matchesView; }
    QWidget *matchesPane() const { return m_matchesPane; }
    FindBar *findBar() const { return m_findBar; }
    ErrorBar *errorBar() const { return m_errorBar; }
    TextSearch *search() const { return m_search; }
    LineScan *levelFilter() const { return m_levelFilter; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *linesLabel() const { return m_linesLabel; }
    // The tab's part of the window's status bar: position, progress, Cancel, line count.
    QWidget *statusWidget() const { return m_status.data(); }

    // Shows only the lines at or above `level` (a line without a level of its own, such as a
    // stack trace line, goes with the line before it); None shows every line.
    void setLevel(Severity::Level level);
    Severity::Level level() const { return m_level; }
    void setShowMatchingLines(bool show);

public slots:
    void find();
    void findNext();
    void findPrevious();
    void goToLine();
    void chooseMember();
    void cancelLoading();

signals:
    void titleChanged();
    void copyAvailable(bool available);

private:
    void startDocument(const QString &path, const QString &member);
    void onListed(const QString &path, const ArchiveMembers::Listing &listing);
    void onProgress(qint64 bytesWritten, qint64 sourceRead, qint64 sourceSize);
    void onFinished(bool ok, const QString &error);
    void onBoundary(int kind, const QString &path);
    void onPatternChanged();
    void updateLineCount();
    void updateFindStatus();
    void updateMatchesPane();
    void jumpToMatchIn(qint64 line);
    void showBusy(const QString &what);
    void hideBusy();
    void showError(int kind, const QString &text, const QString &actionText = {},
                   std::function<void()> action = {});
    void restartLevelFilter();

    QString m_path;
    QString m_member;
    QStringList m_history;
    ArchiveMembers::Listing m_listing;
    Severity::Level m_level = Severity::None;
    bool m_showMatchingLines = true;

    LogDocument *m_document;
    TextSearch *m_search;
    ArchiveMembers *m_members;
    LineScan *m_levelFilter;
    LogView *m_view;
    LogView *m_matchesView;
    QWidget *m_matchesPane;
    QLabel *m_matchesHeader;
    QSplitter *m_splitter;
    FindBar *m_findBar;
    ErrorBar *m_errorBar;
    std::function<void()> m_errorAction;

    QPointer<QWidget> m_status; // in the window's status bar, which may go first
    QLabel *m_positionLabel;
    QLabel *m_linesLabel;
    QProgressBar *m_progress;
    QPushButton *m_cancel;

    QString m_countText;
    QString m_findNote;
    bool m_findProblem = false;
    bool m_noMatches = false;
};

} // namespace Logkeeper
