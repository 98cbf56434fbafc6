// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace Logkeeper {

// A line diff of two texts (two versions of a config file): which lines only the first has,
// which only the second, which both. Common lines at the start and end are matched first; the
// rest by longest common subsequence, or, for very long differing middles, as removed then
// added.
class TextDiff
{
public:
    enum class Kind
    {
        Same,
        Removed, // only in the first text
        Added    // only in the second text
    };
    struct Line
    {
        Kind kind;
        QString text;
        int oldNumber; // 1-based line in the first text, 0 for Added
        int newNumber; // 1-based line in the second text, 0 for Removed
    };
    // A run of lines to show: the changes with a few lines of context around them.
    struct Hunk
    {
        QVector<Line> lines;
    };

    static QVector<Line> lines(const QString &oldText, const QString &newText);
    // The changes with `context` unchanged lines around each; empty when the texts are equal.
    static QVector<Hunk> hunks(const QString &oldText, const QString &newText, int context = 3);
};

} // namespace Logkeeper
