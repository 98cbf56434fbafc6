// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "widgets/viewer/colourrulesdialog.h"

#include "widgets/common/screenfit.h"

#include <QColorDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Logkeeper {

namespace {
enum Column
{
    PatternColumn,
    ColourColumn
};
} // namespace

ColourRulesDialog::ColourRulesDialog(const QList<ViewerSettings::ColourRule> &rules,
                                     QWidget *parent)
    : QDialog(parent), m_table(new QTableWidget(0, 2, this)), m_problem(new QLabel(this)),
      m_remove(new QPushButton(tr("&Remove"), this)), m_up(new QPushButton(tr("Move &Up"), this)),
      m_down(new QPushButton(tr("Move &Down"), this)),
      m_colour(new QPushButton(tr("C&hoose Colour…"), this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Colour Rules"));
    auto *intro = new QLabel(tr("Lines that match a regular expression (ignoring case) get its "
                                "colour. The first rule that matches wins, before the colours "
                                "by severity."),
                             this);
    intro->setWordWrap(true);
    m_table->setHorizontalHeaderLabels({tr("Regular expression"), tr("Colour")});
    m_table->horizontalHeader()->setSectionResizeMode(PatternColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ColourColumn, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    QPalette p = m_problem->palette();
    p.setColor(QPalette::WindowText, QColor(200, 30, 30));
    m_problem->setPalette(p);

    auto *add = new QPushButton(tr("&Add"), this);
    auto *side = new QVBoxLayout;
    for (QPushButton *b : {add, m_remove, m_up, m_down, m_colour})
        side->addWidget(b);
    side->addStretch(1);
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_table, 1);
    middle->addLayout(side);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(middle, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(add, &QPushButton::clicked, this, [this] {
        addRule(QString(), QStringLiteral("#ffd54f"));
        m_table->editItem(m_table->item(m_table->rowCount() - 1, PatternColumn));
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0)
            m_table->removeRow(row);
        validate();
    });
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(1); });
    connect(m_colour, &QPushButton::clicked, this, &ColourRulesDialog::chooseColour);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int, int column) {
        if (column == ColourColumn)
            chooseColour();
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() == ColourColumn) {
            const QColor colour(item->text().trimmed());
            const QSignalBlocker block(m_table);
            item->setBackground(colour.isValid() ? colour : QColor());
        }
        validate();
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, &ColourRulesDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    for (const ViewerSettings::ColourRule &rule : rules)
        addRule(rule.pattern, rule.colour);
    ScreenFit::resize(this, QSize(560, 360));
    validate();
}

void ColourRulesDialog::setRow(int row, const ViewerSettings::ColourRule &rule)
{
    const QSignalBlocker block(m_table);
    m_table->setItem(row, PatternColumn, new QTableWidgetItem(rule.pattern));
    auto *colour = new QTableWidgetItem(rule.colour);
    const QColor c(rule.colour);
    if (c.isValid())
        colour->setBackground(c);
    m_table->setItem(row, ColourColumn, colour);
}

void ColourRulesDialog::addRule(const QString &pattern, const QString &colour)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    setRow(row, {pattern, colour});
    m_table->setCurrentCell(row, PatternColumn);
    validate();
}

QList<ViewerSettings::ColourRule> ColourRulesDialog::rules() const
{
    QList<ViewerSettings::ColourRule> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *pattern = m_table->item(row, PatternColumn);
        const QTableWidgetItem *colour = m_table->item(row, ColourColumn);
        out.append({pattern ? pattern->text() : QString(),
                    colour ? QColor(colour->text().trimmed()).name() : QString()});
    }
    return out;
}

QString ColourRulesDialog::problem() const
{
    return m_problem->text();
}

void ColourRulesDialog::chooseColour()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    QTableWidgetItem *item = m_table->item(row, ColourColumn);
    const QColor chosen = QColorDialog::getColor(QColor(item->text()), this, tr("Rule Colour"));
    if (chosen.isValid())
        item->setText(chosen.name()); // itemChanged paints it
}

void ColourRulesDialog::move(int delta)
{
    const int row = m_table->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_table->rowCount())
        return;
    const QList<ViewerSettings::ColourRule> all = rules();
    setRow(row, all.at(to));
    setRow(to, all.at(row));
    m_table->setCurrentCell(to, PatternColumn);
    validate();
}

void ColourRulesDialog::validate()
{
    const int row = m_table->currentRow();
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_table->rowCount());
    m_colour->setEnabled(row >= 0);
    QString problem;
    for (int r = 0; r < m_table->rowCount() && problem.isEmpty(); ++r) {
        const QTableWidgetItem *pattern = m_table->item(r, PatternColumn);
        const QTableWidgetItem *colour = m_table->item(r, ColourColumn);
        const QString text = pattern ? pattern->text() : QString();
        const QRegularExpression expression(text);
        if (text.isEmpty())
            problem = tr("Rule %1: the expression is empty.").arg(r + 1);
        else if (!expression.isValid())
            problem =
                tr("Rule %1: invalid expression: %2").arg(r + 1).arg(expression.errorString());
        else if (!QColor(colour ? colour->text().trimmed() : QString()).isValid())
            problem = tr("Rule %1: \"%2\" is not a colour (for example #ffd54f).")
                          .arg(r + 1)
                          .arg(colour ? colour->text() : QString());
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace Logkeeper
