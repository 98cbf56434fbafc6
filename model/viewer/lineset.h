// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include <QtGlobal>

#include <vector>

namespace Logkeeper {

// A set of line numbers (the lines that match a search, the lines at or above a level), small
// whatever it holds: one bit per line of the document up to the last member, plus a running
// count per 512 lines, so that a view can ask for its n-th member (select) and for the position
// of a line among the members (rank) in constant time. 7.4 million lines take 1 MiB, whether
// ten of them match or all.
//
// Members are added in increasing order (a scan goes from the first line to the last). Not
// thread-safe: it belongs to the thread that owns its LineScan.
class LineSet
{
public:
    // Adds `line`, which must be greater than every member so far.
    void add(qint64 line);
    void clear();

    qint64 count() const { return m_count; }
    bool isEmpty() const { return m_count == 0; }
    qint64 last() const { return m_last; } // -1 when empty

    bool contains(qint64 line) const;
    // The row-th member in increasing order (0 <= row < count()).
    qint64 at(qint64 row) const;
    // The number of members below `line`: the row at which `line` is, or would be.
    qint64 rankOf(qint64 line) const;
    // The number of members in [from, to).
    qint64 countIn(qint64 from, qint64 to) const { return rankOf(to) - rankOf(from); }

    qint64 memoryUsage() const;

private:
    static constexpr int wordsPerBlock = 8; // a running count per 512 lines

    std::vector<quint64> m_words;
    std::vector<qint64> m_before; // members before each block
    qint64 m_count = 0;
    qint64 m_last = -1;
};

} // namespace Logkeeper
