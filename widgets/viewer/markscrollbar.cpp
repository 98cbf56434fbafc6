// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "widgets/viewer/markscrollbar.h"

#include <QPainter>
#include <QStyleOptionSlider>

namespace Logkeeper {

MarkScrollBar::MarkScrollBar(QWidget *parent) : QScrollBar(Qt::Vertical, parent)
{}

void MarkScrollBar::setMarks(Marks marks)
{
    m_marks = std::move(marks);
    update();
}

QRect MarkScrollBar::grooveRect() const
{
    QStyleOptionSlider option;
    initStyleOption(&option);
    QRect groove =
        style()->subControlRect(QStyle::CC_ScrollBar, &option, QStyle::SC_ScrollBarGroove, this);
    if (!groove.isValid())
        groove = rect();
    return groove;
}

QList<int> MarkScrollBar::markedRows(quint8 kind) const
{
    QList<int> rows;
    for (int i = 0; i < m_lastMarks.size(); ++i) {
        if (m_lastMarks.at(i) == kind)
            rows.append(i);
    }
    return rows;
}

void MarkScrollBar::paintEvent(QPaintEvent *event)
{
    QScrollBar::paintEvent(event);
    if (!m_marks)
        return;
    const QRect groove = grooveRect();
    m_lastMarks = m_marks(groove.height());
    QPainter painter(this);
    // On the right part of the bar, so the slider stays visible beside them.
    const int left = groove.left() + groove.width() / 3;
    const int width = groove.right() - left + 1;
    static const QColor colours[] = {QColor(), QColor(230, 150, 0), QColor(40, 110, 200)};
    for (int row = 0; row < m_lastMarks.size(); ++row) {
        const quint8 kind = m_lastMarks.at(row);
        if (kind == 0 || kind > 2)
            continue;
        // A lone mark is two pixels high, so one match in a million lines is still seen.
        painter.fillRect(QRect(left, groove.top() + row, width, 2), colours[kind]);
    }
}

} // namespace Logkeeper
