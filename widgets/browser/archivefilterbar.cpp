// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "widgets/browser/archivefilterbar.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace Logkeeper {

ArchiveFilterBar::ArchiveFilterBar(QWidget *parent)
    : QWidget(parent), m_text(new QLineEdit(this)), m_set(new QComboBox(this)),
      m_period(new QComboBox(this)), m_from(new QDateEdit(this)), m_dash(new QLabel(this)),
      m_to(new QDateEdit(this))
{
    m_text->setObjectName(QStringLiteral("archiveFilterText"));
    m_text->setPlaceholderText(tr("Filter by name, set or codec (Ctrl+F)"));
    m_text->setClearButtonEnabled(true);
    m_text->setMinimumWidth(m_text->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 18);

    m_set->setObjectName(QStringLiteral("archiveFilterSet"));
    m_set->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_set->addItem(tr("All sets"), QString());

    m_period->setObjectName(QStringLiteral("archiveFilterPeriod"));
    m_period->addItem(tr("Any time"), QStringLiteral("any"));
    m_period->addItem(tr("Today"), QStringLiteral("today"));
    m_period->addItem(tr("Last 7 days"), QStringLiteral("7days"));
    m_period->addItem(tr("Last 30 days"), QStringLiteral("30days"));
    m_period->addItem(tr("Custom range"), QStringLiteral("custom"));

    const QDate today = QDate::currentDate();
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDate(today);
        edit->setVisible(false);
    }
    m_from->setObjectName(QStringLiteral("archiveFilterFrom"));
    m_to->setObjectName(QStringLiteral("archiveFilterTo"));
    m_from->setDate(today.addDays(-7));
    m_from->setToolTip(tr("Rotated on or after this day"));
    m_to->setToolTip(tr("Rotated on or before this day"));
    m_dash->setText(QStringLiteral("–"));
    m_dash->setVisible(false);

    auto *setLabel = new QLabel(tr("&Set:"), this);
    setLabel->setBuddy(m_set);
    auto *periodLabel = new QLabel(tr("&Rotated:"), this);
    periodLabel->setBuddy(m_period);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addSpacing(6);
    layout->addWidget(setLabel);
    layout->addWidget(m_set);
    layout->addSpacing(6);
    layout->addWidget(periodLabel);
    layout->addWidget(m_period);
    layout->addWidget(m_from);
    layout->addWidget(m_dash);
    layout->addWidget(m_to);
    setTabOrder(m_text, m_set);
    setTabOrder(m_set, m_period);
    setTabOrder(m_period, m_from);
    setTabOrder(m_from, m_to);

    connect(m_text, &QLineEdit::textChanged, this, &ArchiveFilterBar::textChanged);
    connect(m_text, &QLineEdit::returnPressed, this, &ArchiveFilterBar::textAccepted);
    connect(m_set, &QComboBox::currentIndexChanged, this,
            [this] { emit setNameChanged(setName()); });
    connect(m_period, &QComboBox::currentIndexChanged, this, &ArchiveFilterBar::onPeriodChanged);
    connect(m_from, &QDateEdit::dateChanged, this, [this](const QDate &from) {
        if (m_to->date() < from)
            m_to->setDate(from); // keeps the range the right way round
        emitRange();
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this](const QDate &to) {
        if (m_from->date() > to)
            m_from->setDate(to);
        emitRange();
    });
}

void ArchiveFilterBar::setSetNames(const QStringList &names)
{
    const QString current = setName();
    const QSignalBlocker block(m_set);
    while (m_set->count() > 1)
        m_set->removeItem(1);
    for (const QString &name : names)
        m_set->addItem(name, name);
    const int index = m_set->findData(current);
    m_set->setCurrentIndex(index >= 0 ? index : 0);
    if (index < 0 && !current.isEmpty())
        emit setNameChanged(QString()); // the chosen set is gone: back to every set
}

QList<QWidget *> ArchiveFilterBar::choiceWidgets() const
{
    return {m_set, m_period, m_from, m_to};
}

QString ArchiveFilterBar::text() const
{
    return m_text->text();
}

QString ArchiveFilterBar::setName() const
{
    return m_set->currentData().toString();
}

QDate ArchiveFilterBar::dateFrom() const
{
    const QString period = m_period->currentData().toString();
    const QDate today = QDate::currentDate();
    if (period == QLatin1String("today"))
        return today;
    if (period == QLatin1String("7days"))
        return today.addDays(-6);
    if (period == QLatin1String("30days"))
        return today.addDays(-29);
    if (period == QLatin1String("custom"))
        return m_from->date();
    return {};
}

QDate ArchiveFilterBar::dateTo() const
{
    const QString period = m_period->currentData().toString();
    if (period == QLatin1String("custom"))
        return m_to->date();
    return {}; // up to now, and whatever a clock set wrong dated later
}

void ArchiveFilterBar::focusText()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

void ArchiveFilterBar::setPeriod(const QString &period)
{
    const int index = m_period->findData(period);
    if (index >= 0)
        m_period->setCurrentIndex(index);
}

void ArchiveFilterBar::setCustomRange(const QDate &from, const QDate &to)
{
    {
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setDate(from);
        m_to->setDate(to);
    }
    setPeriod(QStringLiteral("custom"));
    emitRange();
}

void ArchiveFilterBar::onPeriodChanged()
{
    const bool custom = m_period->currentData().toString() == QLatin1String("custom");
    m_from->setVisible(custom);
    m_dash->setVisible(custom);
    m_to->setVisible(custom);
    emitRange();
}

void ArchiveFilterBar::emitRange()
{
    emit dateRangeChanged(dateFrom(), dateTo());
}

} // namespace Logkeeper
