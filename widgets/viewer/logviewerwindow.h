// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "compression/archivemembers.h"

#include <QMainWindow>

#include <functional>

class QAction;
class QLabel;
class QProgressBar;
class QPushButton;

namespace Logkeeper {

class ErrorBar;
class FindBar;
class LogDocument;
class LogView;
class TextSearch;

// The window that shows one log file: compressed (any codec) or plain, or one file of a tar,
// zip or 7z archive (picked in a MemberDialog when there are several). The text is decompressed
// on a worker thread while the first lines already show; a progress bar with Cancel shows how
// far it is. Find (Ctrl+F; F3/Shift+F3 for the next/previous match, all matches highlighted and
// counted), go to line (Ctrl+G), wrap lines, copy. A damaged archive shows what could be read
// and an error bar naming the problem.
class LogViewerWindow : public QMainWindow
{
    Q_OBJECT
public:
    // Opens `path` at once (nothing when empty: File > Open then).
    explicit LogViewerWindow(const QString &path, QWidget *parent = nullptr);
    ~LogViewerWindow() override;

    // Shows another file in this window; `member` picks a file of an archive directly.
    void openFile(const QString &path, const QString &member = {});

    QString path() const { return m_path; }
    QString member() const { return m_member; }
    LogDocument *document() const { return m_document; }
    LogView *view() const { return m_view; }
    FindBar *findBar() const { return m_findBar; }
    ErrorBar *errorBar() const { return m_errorBar; }
    TextSearch *search() const { return m_search; }
    QProgressBar *progressBar() const { return m_progress; }

public slots:
    void find();
    void findNext();
    void findPrevious();
    void goToLine();
    void chooseMember();

private:
    void createActions();
    void updateTitle();
    void startDocument(const QString &path, const QString &member);
    void onListed(const QString &path, const ArchiveMembers::Listing &listing);
    void onProgress(qint64 bytesWritten, qint64 sourceRead, qint64 sourceSize);
    void onFinished(bool ok, const QString &error);
    void onPatternChanged();
    void updateLineCount();
    void updateFindStatus();
    void showBusy(const QString &what);
    void hideBusy();
    void cancelLoading();
    void showError(int kind, const QString &text, const QString &actionText = {},
                   std::function<void()> action = {});

    QString m_path;
    QString m_member;
    ArchiveMembers::Listing m_listing;

    LogDocument *m_document;
    TextSearch *m_search;
    ArchiveMembers *m_members;
    LogView *m_view;
    FindBar *m_findBar;
    ErrorBar *m_errorBar;
    std::function<void()> m_errorAction;

    QLabel *m_positionLabel;
    QLabel *m_linesLabel;
    QProgressBar *m_progress;
    QPushButton *m_cancel;

    QAction *m_copyAction = nullptr;
    QAction *m_wrapAction = nullptr;

    QString m_countText;
    QString m_findNote;
    bool m_findProblem = false;
    bool m_noMatches = false;
};

} // namespace Logkeeper
