// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "compression/compressionbackend.h"
#include "core/posixfile.h"
#include "core/workpool.h"

#include <QList>
#include <QString>

#include <deque>
#include <memory>
#include <mutex>

#include <sys/types.h>

namespace Logkeeper {

// The text of one or more files read one after the other as one stream (for DecompressJob): a
// single log or archive, one member of a tar/zip, or a log's whole history (its archives oldest
// first, then the active log). Each file's text ends with a '\n' before the next begins (one is
// added where a file lacks it), and a read never mixes two files, so where each file begins is
// a line start and a chunk start.
//
// A damaged file among several is read as far as it goes and the rest follows (the damage is
// reported as a mark); a single damaged file ends the stream with its error, as a plain reader
// does. The last file, when it is plain text, is read through a descriptor that is kept for a
// FileFollower at the end, so following it continues exactly where the first reading stopped.
class PartsReader : public ArchiveReader
{
public:
    struct Part
    {
        QString path;
        QString member; // a member of a tar/zip/7z …, or empty for the whole file
    };
    // Where something begins in the stream: a file (error empty), or the point after a damaged
    // file where its text stops (error names the file and the cause).
    struct Mark
    {
        qint64 offset = 0; // bytes of text before it
        int part = 0;
        QString error;
    };
    // What the reader leaves behind, shared with the document (thread-safe through `mutex`).
    struct Shared
    {
        std::mutex mutex;
        std::deque<Mark> marks; // not yet placed on a line
        // The followed last file, once it has been read to its end.
        PosixFile::UniqueFd followFd;
        qint64 followPosition = 0;
        dev_t followDevice = 0;
        ino_t followInode = 0;
        QByteArray followHead; // its first bytes, to tell a rewrite from growth
    };

    // followLast: keep the last file's descriptor if it is plain text.
    PartsReader(QList<Part> parts, bool followLast, std::shared_ptr<Shared> shared,
                CancelToken cancel);
    ~PartsReader() override;

    // Opens the first file: false with *error when it cannot be opened (one file), or when no
    // file of several can.
    bool open(QString *error);

    qint64 read(char *data, qint64 maxSize) override;
    QString errorString() const override { return m_error; }
    // Across all files: the bytes of the files done plus the position in the current one.
    qint64 sourcePosition() const override;
    // The sum of the files' sizes, what sourcePosition() goes up to.
    qint64 totalSourceSize() const;

    // How many bytes of a file's head are kept to recognise it again.
    static constexpr int headBytes = 256;

private:
    // Opens part `index`; false with m_error when it cannot be opened.
    bool openPart(int index);
    // Goes on with the next part after the current one ended (with error when it broke).
    bool nextPart(const QString &error);
    void addMark(int part, const QString &error);

    QList<Part> m_parts;
    bool m_followLast;
    std::shared_ptr<Shared> m_shared;
    CancelToken m_cancel;

    int m_current = -1;
    std::unique_ptr<ArchiveReader> m_reader;
    PosixFile::UniqueFd m_plainFd; // the followed last file, read directly
    qint64 m_plainPosition = 0;
    QByteArray m_head;
    qint64 m_doneSourceBytes = 0; // sizes of the parts read
    qint64 m_offset = 0;          // bytes of text handed out
    char m_lastByte = '\n';
    bool m_needNewline = false; // the part just ended without one
    QString m_error;
};

} // namespace Logkeeper
