// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "widgets/settings/fieldissuemarker.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QStyle>
#include <QVBoxLayout>

namespace Logkeeper {

namespace {
constexpr int markWidth = 2;
}

FieldIssueMarker::FieldIssueMarker(QWidget *field, QWidget *parent)
    : QWidget(parent), m_field(field)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    if (field) {
        m_frame = new QWidget(this);
        auto *frameLayout = new QVBoxLayout(m_frame);
        frameLayout->setContentsMargins(markWidth + 1, markWidth + 1, markWidth + 1, markWidth + 1);
        // A check box is as wide as its text, so its mark is too.
        frameLayout->addWidget(field, 0,
                               field->inherits("QCheckBox") ? Qt::AlignLeft : Qt::Alignment());
        layout->addWidget(m_frame);
        setFocusProxy(field);
        m_fieldDescription = field->accessibleDescription();
    }
    m_messageRow = new QWidget(this);
    auto *row = new QHBoxLayout(m_messageRow);
    row->setContentsMargins(field ? markWidth + 1 : 0, 0, 0, 0);
    m_icon = new QLabel(m_messageRow);
    m_icon->setAlignment(Qt::AlignTop);
    m_text = new QLabel(m_messageRow);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    row->addWidget(m_icon);
    row->addWidget(m_text, 1);
    layout->addWidget(m_messageRow);
    m_messageRow->hide();
}

void FieldIssueMarker::setIssues(const ConfigIssues &issues, bool withKeyPath)
{
    QStringList lines;
    Severity severity = None;
    for (const ConfigIssue &issue : issues) {
        lines.append(withKeyPath && !issue.keyPath.isEmpty()
                         ? issue.keyPath + QStringLiteral(": ") + issue.message
                         : issue.message);
        severity = qMax(severity, issue.isError() ? Error : Warning);
    }
    const QString text = lines.join(QLatin1Char('\n'));
    if (text == m_text->text() && severity == m_severity)
        return;
    m_severity = severity;
    m_text->setText(text);
    if (m_field)
        m_field->setAccessibleDescription(text.isEmpty() ? m_fieldDescription : text);
    updateLook();
}

QString FieldIssueMarker::message() const
{
    return m_text->text();
}

QColor FieldIssueMarker::color() const
{
    // Dark enough to read on a light window, bright enough on a dark one.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    if (m_severity == Error)
        return dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc0, 0x1c, 0x28);
    return dark ? QColor(0xf6, 0xc1, 0x4b) : QColor(0x9c, 0x5d, 0x00);
}

void FieldIssueMarker::updateLook()
{
    m_messageRow->setVisible(m_severity != None);
    if (m_severity != None) {
        const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
        const QIcon icon = style()->standardIcon(m_severity == Error ? QStyle::SP_MessageBoxCritical
                                                                     : QStyle::SP_MessageBoxWarning,
                                                 nullptr, this);
        m_icon->setPixmap(icon.pixmap(size, size));
        QPalette p = m_text->palette();
        p.setColor(QPalette::WindowText, color());
        m_text->setPalette(p);
    }
    update();
}

void FieldIssueMarker::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updateLook();
}

void FieldIssueMarker::paintEvent(QPaintEvent *event)
{
    QWidget::paintEvent(event);
    if (!m_frame || m_severity == None)
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(color(), markWidth));
    painter.setBrush(Qt::NoBrush);
    // Around the field itself, which may be narrower than the row (a spin box).
    const QRect field = m_field->geometry().translated(m_frame->pos());
    const qreal out = markWidth / 2.0 + 1;
    painter.drawRoundedRect(QRectF(field).adjusted(-out, -out, out, out), 3, 3);
}

} // namespace Logkeeper
