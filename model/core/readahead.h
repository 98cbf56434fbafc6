// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include <QtGlobal>

#include <memory>

namespace Logkeeper {

// Reads the first `size` bytes of a file block by block, ahead of the one who uses them, on a
// WorkPool thread: a compressor feeding its worker threads from this thread keeps them busy
// instead of stalling while it reads (on a busy machine every read costs it its turn on a core).
// Blocks come from a small ring of reused buffers. If no pool thread is free, or the reader is
// behind, next() reads the block itself: it never waits for a thread that has not started.
class ReadAhead
{
public:
    // fd stays the caller's and must stay open while this object lives.
    ReadAhead(int fd, qint64 size, qint64 blockSize = qint64(128) << 10, int depth = 16);
    // Stops the reading ahead and waits for it: nothing reads the descriptor afterwards.
    ~ReadAhead();
    ReadAhead(const ReadAhead &) = delete;
    ReadAhead &operator=(const ReadAhead &) = delete;

    void startBeside();
    // The next block in order; *data stays valid until the next call. *bytes is 0 at the end.
    // False on a read error: *error is the errno, or 0 when the file ended early (it shrank).
    bool next(const char **data, qint64 *bytes, int *error);

private:
    struct Shared;
    std::shared_ptr<Shared> d;
};

} // namespace Logkeeper
