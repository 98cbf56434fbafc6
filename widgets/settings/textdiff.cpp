// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "widgets/settings/textdiff.h"

#include <algorithm>

namespace Logkeeper {

namespace {
// Above this many cells the middle is not matched line by line (memory, time): it shows as
// removed, then added. Config files are far smaller.
constexpr qint64 maxCells = 4 * 1000 * 1000;

QStringList splitLines(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast(); // the final newline ends the last line, it starts none
    return lines;
}
} // namespace

QVector<TextDiff::Line> TextDiff::lines(const QString &oldText, const QString &newText)
{
    const QStringList a = splitLines(oldText), b = splitLines(newText);
    int prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.at(prefix) == b.at(prefix))
        ++prefix;
    int suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
           a.at(a.size() - 1 - suffix) == b.at(b.size() - 1 - suffix))
        ++suffix;

    QVector<Line> out;
    for (int i = 0; i < prefix; ++i)
        out.append({Kind::Same, a.at(i), i + 1, i + 1});

    const int n = int(a.size()) - prefix - suffix, m = int(b.size()) - prefix - suffix;
    if (qint64(n + 1) * (m + 1) > maxCells) {
        for (int i = 0; i < n; ++i)
            out.append({Kind::Removed, a.at(prefix + i), prefix + i + 1, 0});
        for (int j = 0; j < m; ++j)
            out.append({Kind::Added, b.at(prefix + j), 0, prefix + j + 1});
    } else {
        // Longest common subsequence of the middles, from the end, then walked forwards.
        QVector<int> table((n + 1) * (m + 1), 0);
        const auto at = [&](int i, int j) -> int & {
            return table[i * (m + 1) + j];
        };
        for (int i = n - 1; i >= 0; --i) {
            for (int j = m - 1; j >= 0; --j)
                at(i, j) = a.at(prefix + i) == b.at(prefix + j)
                               ? at(i + 1, j + 1) + 1
                               : std::max(at(i + 1, j), at(i, j + 1));
        }
        int i = 0, j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.at(prefix + i) == b.at(prefix + j)) {
                out.append({Kind::Same, a.at(prefix + i), prefix + i + 1, prefix + j + 1});
                ++i;
                ++j;
            } else if (i < n && (j == m || at(i + 1, j) >= at(i, j + 1))) {
                // Removed lines before added ones, as diff shows them.
                out.append({Kind::Removed, a.at(prefix + i), prefix + i + 1, 0});
                ++i;
            } else {
                out.append({Kind::Added, b.at(prefix + j), 0, prefix + j + 1});
                ++j;
            }
        }
    }
    for (int k = 0; k < suffix; ++k) {
        const int oldIndex = int(a.size()) - suffix + k, newIndex = int(b.size()) - suffix + k;
        out.append({Kind::Same, a.at(oldIndex), oldIndex + 1, newIndex + 1});
    }
    return out;
}

QVector<TextDiff::Hunk> TextDiff::hunks(const QString &oldText, const QString &newText, int context)
{
    const QVector<Line> all = lines(oldText, newText);
    QVector<Hunk> out;
    int lastShown = -1; // index of the last line in the current hunk
    for (int k = 0; k < all.size(); ++k) {
        if (all.at(k).kind == Kind::Same)
            continue;
        const int from = std::max(k - context, lastShown + 1);
        if (out.isEmpty() || from > lastShown + 1)
            out.append(Hunk());
        for (int c = from; c < k; ++c)
            out.last().lines.append(all.at(c));
        // This change and what follows up to the next unchanged stretch.
        int end = k;
        while (end < all.size() && all.at(end).kind != Kind::Same)
            ++end;
        for (int c = k; c < end; ++c)
            out.last().lines.append(all.at(c));
        const int contextEnd = std::min(int(all.size()), end + context);
        // Context after: up to `context` lines, stopping early if another change comes.
        int c = end;
        for (; c < contextEnd && all.at(c).kind == Kind::Same; ++c)
            out.last().lines.append(all.at(c));
        lastShown = c - 1;
        k = c - 1;
    }
    return out;
}

} // namespace Logkeeper
