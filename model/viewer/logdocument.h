// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "viewer/lineindex.h"

#include <QCache>
#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <atomic>
#include <memory>

class QTemporaryDir;

namespace Logkeeper {

class DecompressJob;
class FileFollower;
class LineReader;

// A log file (compressed or plain, or one member of a tar/zip/7z) opened for viewing, however
// big; or a log's whole history (its archives, then the active log) as one text. A
// DecompressJob streams the text into a temporary file (under the temporary location, removed
// at close) on a WorkPool thread and indexes the lines as it goes (LineIndex), so the first
// lines are readable at once and memory stays small: the document keeps the index and a small
// cache of decoded lines, never the text.
//
// A plain log (the active log of a history too) is followed once it has been read: what is
// appended to it appears as new lines, and a truncated or replaced (rotated) file is followed
// by its name, the new text after a boundary (FileFollower).
//
// Reading (line(), lines(), text()) happens on the thread that owns the document, from the
// temporary file; each call reads only the lines asked for. Other threads read through their
// own createReader().
class LogDocument : public QObject
{
    Q_OBJECT
public:
    // What is shown and searched of a line: its first maxLineBytes bytes. Longer lines are cut
    // (Line::cut) so a line of megabytes without a newline costs no more than this.
    static constexpr qint64 maxLineBytes = 64 * 1024;
    // What the decompression worker reads and indexes at once.
    static constexpr qint64 chunkBytes = 64 * 1024;
    // The most text() copies at once.
    static constexpr qint64 maxCopyBytes = 16 * 1024 * 1024;

    struct Line
    {
        QString text;     // decoded (UTF-8, invalid bytes as U+FFFD), without "\n" or "\r\n"
        qint64 bytes = 0; // the line's full length in the file, in bytes
        bool cut = false; // text holds only the first maxLineBytes bytes
    };

    // Where the text changes source: a file of a history begins, a damaged file's text ends, or
    // a followed file was truncated or replaced. The view marks it above `line`.
    struct Boundary
    {
        enum class Kind
        {
            File,      // a file of a history begins (name: its file name)
            Damaged,   // the file before could not be read to its end (detail: why)
            Truncated, // the followed file was truncated; its new text begins
            Replaced   // the followed file was replaced by a new one (rotation)
        };
        Kind kind = Kind::File;
        qint64 line = 0;
        QString path; // the file concerned
        QString detail;
        QDateTime when; // for Truncated and Replaced
    };

    explicit LogDocument(QObject *parent = nullptr);
    ~LogDocument() override; // stops the worker and removes the temporary file

    // Starts reading `path` (any codec the backend reads, or plain text); with `member`, that
    // member of a tar/zip/7z/... archive (see ArchiveMembers). Replaces what was open; emits
    // opened() at once and finished() when done (also when the file cannot be opened at all).
    void open(const QString &path, const QString &member = {});
    // Starts reading several files as one text, in the order given (a log's history: its
    // archives oldest first, then the active log), with a File boundary where each begins. A
    // file that cannot be read to its end gets a Damaged boundary; the rest follows.
    void openHistory(const QStringList &paths);
    // Stops reading; what was read stays viewable. finished(false, cancelled) follows.
    void cancel();
    // Stops reading and forgets the content; removes the temporary file.
    void close();

    // The file shown (of a history: the active log, the last).
    QString path() const { return m_path; }
    QString member() const { return m_member; }
    // The files of a history, in order; empty for a single file.
    QStringList historyPaths() const { return m_historyPaths; }
    bool isLoading() const;
    // After loading: the plain file is watched and what is appended shows up.
    bool isFollowing() const { return m_follower != nullptr; }
    FileFollower *follower() const { return m_follower; }
    QList<Boundary> boundaries() const { return m_boundaries; }
    // After finished(): whether everything was read, and if not, why.
    bool isComplete() const { return m_complete; }
    QString errorString() const { return m_error; }

    qint64 lineCount() const;
    qint64 bytesLoaded() const; // decompressed bytes indexed so far

    // Line n (0-based), from the cache or the file; an empty Line when n is out of range.
    Line line(qint64 n);
    // Lines first .. first + count - 1 (fewer at the end).
    QList<Line> lines(qint64 first, qint64 count);
    // The text from column fromColumn of line fromLine to column toColumn of line toLine
    // (columns index Line::text). The lines in between come whole from the file, however long.
    // At most maxBytes bytes of the file are copied; *cut (when given) tells whether it stopped
    // there. *selectedBytes gets the size of the whole range in the file.
    QString text(qint64 fromLine, int fromColumn, qint64 toLine, int toColumn,
                 qint64 maxBytes = maxCopyBytes, bool *cut = nullptr,
                 qint64 *selectedBytes = nullptr);

    // For worker threads (TextSearch): the index, and a reader of their own over the content.
    // Both stay valid after the document closes or opens another file.
    std::shared_ptr<const LineIndex> index() const;
    std::unique_ptr<LineReader> createReader(qint64 blockSize) const;

    // The temporary file the text is decompressed into (empty when nothing is open).
    QString contentPath() const { return m_contentPath; }

signals:
    // A new file is being read: views drop what they showed.
    void opened();
    // More lines can be read (at most about ten times a second; at once for the first ones).
    void linesAvailable(qint64 count);
    // The last line of a followed file, which had no '\n' yet, changed (grew or ended).
    void lineChanged(qint64 line);
    // A boundary was added (boundaries() has it).
    void boundaryAdded(const LogDocument::Boundary &boundary);
    // Following stopped with an error (the text could not be read or written).
    void followingFailed(const QString &error);
    // As DecompressJob::progress.
    void progress(qint64 bytesWritten, qint64 sourceRead, qint64 sourceSize);
    // Once per open(). error names the file and the cause; the lines read stay available.
    void finished(bool ok, const QString &error);

private:
    struct Part
    {
        QString path;
        QString member;
    };
    void openParts(const QList<Part> &parts);
    void publishLines();
    void placeMarks();
    void addBoundary(const Boundary &boundary);
    void onJobFinished(bool ok, const QString &error);
    void startFollowing();
    LineReader *reader();

    QString m_path;
    QString m_member;
    QStringList m_historyPaths;
    QList<Boundary> m_boundaries;
    QString m_contentPath;
    QString m_error;
    bool m_complete = false;
    bool m_loading = false;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    std::shared_ptr<LineIndex> m_index;
    std::unique_ptr<LineReader> m_reader;
    DecompressJob *m_job = nullptr;
    FileFollower *m_follower = nullptr;
    std::shared_ptr<std::atomic_bool> m_updatePending;
    struct Reading; // what the job's threads share with this one
    std::shared_ptr<Reading> m_reading;

    QCache<qint64, Line> m_cache;
    QTimer m_publishTimer; // spaces linesAvailable() out
    QElapsedTimer m_sincePublished;
    qint64 m_publishedCount = -1;
    LineIndex::Extent m_published; // what linesAvailable() last told
};

} // namespace Logkeeper
