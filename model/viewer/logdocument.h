// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include <QCache>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <atomic>
#include <memory>

class QTemporaryDir;

namespace Logkeeper {

class DecompressJob;
class LineIndex;
class LineReader;

// A log file (compressed or plain, or one member of a tar/zip/7z) opened for viewing, however
// big. A DecompressJob streams the text into a temporary file (under the temporary location,
// removed at close) on its own thread and indexes the lines as it goes (LineIndex), so the first
// lines are readable at once and memory stays small: the document keeps the index and a small
// cache of decoded lines, never the text.
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

    explicit LogDocument(QObject *parent = nullptr);
    ~LogDocument() override; // stops the worker and removes the temporary file

    // Starts reading `path` (any codec the backend reads, or plain text); with `member`, that
    // member of a tar/zip/7z/... archive (see ArchiveMembers). Replaces what was open; emits
    // opened() at once and finished() when done (also when the file cannot be opened at all).
    void open(const QString &path, const QString &member = {});
    // Stops reading; what was read stays viewable. finished(false, cancelled) follows.
    void cancel();
    // Stops reading and forgets the content; removes the temporary file.
    void close();

    QString path() const { return m_path; }
    QString member() const { return m_member; }
    bool isLoading() const;
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
    // As DecompressJob::progress.
    void progress(qint64 bytesWritten, qint64 sourceRead, qint64 sourceSize);
    // Once per open(). error names the file and the cause; the lines read stay available.
    void finished(bool ok, const QString &error);

private:
    void publishLines();
    void onJobFinished(bool ok, const QString &error);
    LineReader *reader();

    QString m_path;
    QString m_member;
    QString m_contentPath;
    QString m_error;
    bool m_complete = false;
    bool m_loading = false;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    std::shared_ptr<LineIndex> m_index;
    std::unique_ptr<LineReader> m_reader;
    DecompressJob *m_job = nullptr;
    std::shared_ptr<std::atomic_bool> m_updatePending;

    QCache<qint64, Line> m_cache;
    QTimer m_publishTimer; // spaces linesAvailable() out
    QElapsedTimer m_sincePublished;
    qint64 m_publishedCount = -1;
};

} // namespace Logkeeper
