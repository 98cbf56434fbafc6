// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "viewer/lineset.h"

#include <algorithm>

namespace Logkeeper {

namespace {
int popcount(quint64 word)
{
    return __builtin_popcountll(word);
}
} // namespace

void LineSet::add(qint64 line)
{
    Q_ASSERT(line > m_last);
    if (line <= m_last || line < 0)
        return;
    const size_t word = size_t(line / 64);
    if (word >= m_words.size())
        m_words.resize(word + 1, 0);
    const size_t block = word / wordsPerBlock;
    // New blocks start with every member so far before them (all are in earlier blocks).
    while (m_before.size() <= block)
        m_before.push_back(m_count);
    m_words[word] |= quint64(1) << (line % 64);
    ++m_count;
    m_last = line;
}

void LineSet::clear()
{
    m_words.clear();
    m_words.shrink_to_fit();
    m_before.clear();
    m_before.shrink_to_fit();
    m_count = 0;
    m_last = -1;
}

bool LineSet::contains(qint64 line) const
{
    if (line < 0 || line > m_last)
        return false;
    return (m_words[size_t(line / 64)] >> (line % 64)) & 1;
}

qint64 LineSet::rankOf(qint64 line) const
{
    if (line <= 0)
        return 0;
    if (line > m_last)
        return m_count;
    const size_t word = size_t(line / 64);
    const size_t block = word / wordsPerBlock;
    qint64 rank = m_before[block];
    for (size_t w = block * wordsPerBlock; w < word; ++w)
        rank += popcount(m_words[w]);
    const int bit = int(line % 64);
    if (bit > 0)
        rank += popcount(m_words[word] & ((quint64(1) << bit) - 1));
    return rank;
}

qint64 LineSet::at(qint64 row) const
{
    if (row < 0 || row >= m_count)
        return -1;
    // The last block with fewer than row + 1 members before it.
    const auto it = std::upper_bound(m_before.begin(), m_before.end(), row);
    const size_t block = size_t(it - m_before.begin()) - 1;
    qint64 remaining = row - m_before[block];
    for (size_t w = block * wordsPerBlock; w < m_words.size(); ++w) {
        quint64 bits = m_words[w];
        const int n = popcount(bits);
        if (remaining >= n) {
            remaining -= n;
            continue;
        }
        for (; remaining > 0; --remaining)
            bits &= bits - 1; // drop the lowest member
        return qint64(w) * 64 + __builtin_ctzll(bits);
    }
    return -1;
}

qint64 LineSet::memoryUsage() const
{
    return qint64(sizeof(*this) + m_words.capacity() * sizeof(quint64) +
                  m_before.capacity() * sizeof(qint64));
}

} // namespace Logkeeper
