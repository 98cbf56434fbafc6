// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "widgets/settings/outsidechangedialog.h"

#include "widgets/common/screenfit.h"
#include "widgets/settings/textdiff.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Logkeeper {

namespace {
// A tint of the base colour towards red or green: readable in light and dark themes.
QString tinted(const QColor &base, const QColor &tint)
{
    const double amount = 0.25;
    return QColor::fromRgbF(base.redF() * (1 - amount) + tint.redF() * amount,
                            base.greenF() * (1 - amount) + tint.greenF() * amount,
                            base.blueF() * (1 - amount) + tint.blueF() * amount)
        .name();
}
} // namespace

OutsideChangeDialog::OutsideChangeDialog(const QString &path, const QString &onDisk,
                                         const QString &mine, QWidget *parent)
    : QDialog(parent), m_view(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("outsideChangeDialog"));
    setWindowTitle(tr("Settings File Changed"));
    auto *intro = new QLabel(tr("Another program changed %1 while this window has unsaved "
                                "changes. Lines marked − are in the file on disk, lines marked "
                                "+ in this window's version.")
                                 .arg(path),
                             this);
    intro->setWordWrap(true);

    const QColor base = palette().color(QPalette::Base);
    const QString removed = tinted(base, QColor(220, 50, 47));
    const QString added = tinted(base, QColor(40, 160, 60));
    QString html = QStringLiteral("<pre style=\"margin:0\">");
    QStringList plain;
    const QVector<TextDiff::Hunk> hunks = TextDiff::hunks(onDisk, mine);
    for (int h = 0; h < hunks.size(); ++h) {
        const TextDiff::Line &first = hunks.at(h).lines.first();
        //: before a part of the differences: where it is in the file on disk
        const QString where =
            tr("Line %1:").arg(first.oldNumber > 0 ? first.oldNumber : first.newNumber);
        if (h > 0)
            html += QLatin1Char('\n');
        html += QStringLiteral("<b>%1</b>\n").arg(where.toHtmlEscaped());
        plain.append(where);
        for (const TextDiff::Line &line : hunks.at(h).lines) {
            const QString mark = line.kind == TextDiff::Kind::Removed ? QStringLiteral("−")
                                 : line.kind == TextDiff::Kind::Added ? QStringLiteral("+")
                                                                      : QStringLiteral(" ");
            const QString text = mark + QLatin1Char(' ') + line.text;
            plain.append(line.kind == TextDiff::Kind::Removed ? QLatin1Char('-') + text.mid(1)
                                                              : text);
            if (line.kind == TextDiff::Kind::Same)
                html += text.toHtmlEscaped() + QLatin1Char('\n');
            else
                html += QStringLiteral("<span style=\"background-color:%1\">%2</span>\n")
                            .arg(line.kind == TextDiff::Kind::Removed ? removed : added,
                                 text.toHtmlEscaped());
        }
    }
    if (hunks.isEmpty()) {
        html += tr("The texts are the same.").toHtmlEscaped();
        plain.append(tr("The texts are the same."));
    }
    html += QStringLiteral("</pre>");
    m_plain = plain.join(QLatin1Char('\n'));
    m_view->setObjectName(QStringLiteral("differences"));
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setLineWrapMode(QTextEdit::NoWrap);
    m_view->setHtml(html);

    auto *buttons = new QDialogButtonBox(this);
    m_reload = buttons->addButton(tr("&Reload from Disk"), QDialogButtonBox::DestructiveRole);
    m_reload->setObjectName(QStringLiteral("reloadFromDisk"));
    m_reload->setToolTip(tr("Show the file as it is now; this window's changes are dropped"));
    m_keep = buttons->addButton(tr("&Keep My Version"), QDialogButtonBox::AcceptRole);
    m_keep->setObjectName(QStringLiteral("keepMine"));
    m_keep->setToolTip(tr("Keep editing; Save replaces the other program's change"));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setText(tr("Decide &Later"));
    cancel->setDefault(true); // Enter drops nothing
    connect(m_reload, &QPushButton::clicked, this, [this] {
        m_choice = ReloadFromDisk;
        accept();
    });
    connect(m_keep, &QPushButton::clicked, this, [this] {
        m_choice = KeepMine;
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    ScreenFit::resize(this,
                      QSize(fontMetrics().averageCharWidth() * 100, fontMetrics().height() * 30));
}

} // namespace Logkeeper
