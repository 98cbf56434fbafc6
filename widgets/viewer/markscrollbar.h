// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include <QList>
#include <QScrollBar>

#include <functional>

namespace Logkeeper {

// A vertical scroll bar that marks places in its groove, as klogg's overview does: where the
// matches of a search are, where the files of a history begin. The marks come from a function
// that gets the groove's height in pixels and returns one entry per pixel row (0: none).
class MarkScrollBar : public QScrollBar
{
    Q_OBJECT
public:
    using Marks = std::function<QList<quint8>(int pixels)>;

    explicit MarkScrollBar(QWidget *parent = nullptr);

    void setMarks(Marks marks);
    // The groove's rows that have a mark of this kind, as last painted (for tests).
    QList<int> markedRows(quint8 kind) const;
    // The rectangle the marks are painted in (the groove).
    QRect grooveRect() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Marks m_marks;
    QList<quint8> m_lastMarks;
};

} // namespace Logkeeper
