// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "widgets/settings/previewpanel.h"

#include "desktop/dryrunpreview.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Logkeeper {

PreviewPanel::PreviewPanel(QWidget *parent) : QWidget(parent), m_preview(new DryRunPreview(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("What a pass would do now with the settings shown here, saved "
                                "or not (as <code>logkeeper --once --dry-run</code> prints it). "
                                "Nothing is changed."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *row = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("previewStatus"));
    m_status->setWordWrap(true);
    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setToolTip(tr("Look at the log folders again"));
    row->addWidget(m_status, 1);
    row->addWidget(m_refresh);
    layout->addLayout(row);

    m_output = new QPlainTextEdit(this);
    m_output->setObjectName(QStringLiteral("previewOutput"));
    m_output->setReadOnly(true);
    m_output->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_output->setAccessibleName(tr("Planned actions"));
    layout->addWidget(m_output, 1);

    connect(m_refresh, &QPushButton::clicked, this, &PreviewPanel::refreshRequested);
    connect(m_preview, &DryRunPreview::finished, this, &PreviewPanel::showResult);
}

void PreviewPanel::showPreviewOf(const Config &config)
{
    m_unavailable = false;
    m_status->setText(tr("Looking at the log folders…"));
    m_refresh->setEnabled(true);
    m_preview->request(config);
}

void PreviewPanel::showUnavailable(const QString &reason)
{
    m_status->setText(reason);
    m_output->clear();
    m_refresh->setEnabled(false);
    m_unavailable = true;
}

void PreviewPanel::showResult(const QStringList &actions, const QStringList &errors)
{
    if (m_unavailable) // a run that was still going when the settings became invalid
        return;
    QStringList lines = actions;
    for (const QString &error : errors)
        lines.append(tr("error: %1").arg(error));
    m_output->setPlainText(lines.join(QLatin1Char('\n')));
    if (actions.isEmpty() && errors.isEmpty())
        m_status->setText(tr("Nothing is due: a pass now would change nothing."));
    else if (errors.isEmpty())
        m_status->setText(tr("%n action(s) would be taken.", nullptr, int(actions.size())));
    else
        m_status->setText(
            tr("%n action(s) would be taken; %1", nullptr, int(actions.size()))
                .arg(tr("%n problem(s) would be reported.", nullptr, int(errors.size()))));
}

QString PreviewPanel::text() const
{
    return m_output->toPlainText();
}

QString PreviewPanel::status() const
{
    return m_status->text();
}

} // namespace Logkeeper
