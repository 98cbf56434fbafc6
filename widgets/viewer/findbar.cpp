// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "widgets/viewer/findbar.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QToolButton>

namespace Logkeeper {

FindBar::FindBar(QWidget *parent)
    : QWidget(parent), m_edit(new QLineEdit(this)), m_case(new QToolButton(this)),
      m_regex(new QToolButton(this)), m_previous(new QToolButton(this)),
      m_next(new QToolButton(this)), m_status(new QLabel(this)), m_close(new QToolButton(this))
{
    auto *label = new QLabel(tr("&Find:"), this);
    label->setBuddy(m_edit);
    m_edit->setClearButtonEnabled(true);
    m_edit->setPlaceholderText(tr("Text or expression"));
    m_edit->setMinimumWidth(fontMetrics().averageCharWidth() * 16);
    m_edit->installEventFilter(this);

    m_case->setText(tr("Aa"));
    m_case->setCheckable(true);
    m_case->setToolTip(tr("Match case"));
    m_case->setAccessibleName(tr("Match case"));
    m_regex->setText(QStringLiteral(".*"));
    m_regex->setCheckable(true);
    m_regex->setToolTip(tr("Regular expression"));
    m_regex->setAccessibleName(tr("Regular expression"));

    m_previous->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    m_previous->setToolTip(tr("Previous match (Shift+F3)"));
    m_previous->setAccessibleName(tr("Previous match"));
    m_next->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    m_next->setToolTip(tr("Next match (F3)"));
    m_next->setAccessibleName(tr("Next match"));
    for (QToolButton *b : {m_case, m_regex, m_previous, m_next})
        b->setAutoRaise(true);

    m_status->setTextFormat(Qt::PlainText);
    m_status->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    // Wraps in a narrow window rather than being cut (German messages run long).
    m_status->setWordWrap(true);

    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Close the find bar (Escape)"));
    m_close->setAccessibleName(tr("Close find bar"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->setSpacing(4);
    layout->addWidget(label);
    layout->addWidget(m_edit, 2);
    layout->addWidget(m_case);
    layout->addWidget(m_regex);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addSpacing(8);
    layout->addWidget(m_status, 1);
    layout->addWidget(m_close);
    setTabOrder(m_edit, m_case);
    setTabOrder(m_case, m_regex);
    setTabOrder(m_regex, m_previous);
    setTabOrder(m_previous, m_next);
    setTabOrder(m_next, m_close);

    connect(m_edit, &QLineEdit::textChanged, this, &FindBar::updatePattern);
    connect(m_case, &QToolButton::toggled, this, &FindBar::updatePattern);
    connect(m_regex, &QToolButton::toggled, this, &FindBar::updatePattern);
    connect(m_previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(m_next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        emit closed();
    });
}

SearchPattern FindBar::pattern() const
{
    return m_pattern;
}

void FindBar::activate(const QString &text)
{
    show();
    if (!text.isEmpty())
        m_edit->setText(text);
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void FindBar::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    QPalette p = palette();
    if (problem)
        p.setColor(QPalette::WindowText, QColor(200, 30, 30));
    m_status->setPalette(p);
}

QString FindBar::status() const
{
    return m_status->text();
}

void FindBar::updatePattern()
{
    const SearchPattern pattern(m_edit->text(), m_regex->isChecked(), m_case->isChecked());
    if (pattern == m_pattern)
        return;
    m_pattern = pattern;
    // An expression that does not compile: say why, in the status and on the field.
    QPalette p = palette();
    if (!pattern.isValid()) {
        const QColor base = p.color(QPalette::Base);
        p.setColor(QPalette::Base, QColor::fromRgbF(base.redF() * 0.75 + 0.25, base.greenF() * 0.75,
                                                    base.blueF() * 0.75));
        setStatus(tr("Invalid expression: %1").arg(pattern.errorString()), true);
    } else if (pattern.isEmpty()) {
        setStatus({});
    }
    m_edit->setPalette(p);
    emit patternChanged(pattern);
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (key->modifiers() & Qt::ShiftModifier)
                emit findPrevious();
            else
                emit findNext();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            hide();
            emit closed();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Logkeeper
