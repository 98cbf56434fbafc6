// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "widgets/tray/aboutdialog.h"

#include "compression/compressionbackend.h"
#include "config/config.h"
#include "engine/statestore.h"
#include "widgets/common/appicon.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QTextDocument>
#include <QUrl>
#include <QVBoxLayout>

namespace Logkeeper {

namespace {

QString fileLink(const QString &path)
{
    return QStringLiteral("<a href=\"%1\">%2</a>")
        .arg(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded), path.toHtmlEscaped());
}

} // namespace

AboutDialog::AboutDialog(const QString &configPath, const Config &config, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Logkeeper"));

    auto *icon = new QLabel;
    icon->setPixmap(AppIcon::application().pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);

    const QString statePath =
        config.stateFile.isEmpty() ? StateStore::defaultPath() : config.stateFile;
    QString html =
        QStringLiteral("<h3>%1</h3><p>%2</p>")
            .arg(tr("Logkeeper %1").arg(QCoreApplication::applicationVersion()).toHtmlEscaped(),
                 tr("Keeps log files in check: watches log folders, rotates logs past a size or "
                    "age limit, compresses them and expires old archives.")
                     .toHtmlEscaped());
    html += QStringLiteral("<table cellspacing=\"4\">");
    const auto row = [&html](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(label.toHtmlEscaped(), value);
    };
    row(tr("Compression:"), CompressionBackend::instance().description().toHtmlEscaped());
    row(tr("Qt:"), tr("%1 (built with %2)")
                       .arg(QLatin1String(qVersion()), QLatin1String(QT_VERSION_STR))
                       .toHtmlEscaped());
    row(tr("Configuration:"), fileLink(configPath));
    row(tr("Own log:"), config.logFile.isEmpty() ? tr("none (standard error only)").toHtmlEscaped()
                                                 : fileLink(config.logFile));
    row(tr("State file:"), fileLink(statePath));
    html += QStringLiteral("</table>");

    auto *label = new QLabel(html);
    label->setObjectName(QStringLiteral("aboutText"));
    label->setTextFormat(Qt::RichText);
    label->setOpenExternalLinks(true);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->setWordWrap(true);
    label->setMinimumWidth(420);
    QTextDocument plain;
    plain.setHtml(html);
    m_text = plain.toPlainText();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addSpacing(12);
    top->addWidget(label, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    layout->setSizeConstraint(QLayout::SetFixedSize);
}

QString AboutDialog::text() const
{
    return m_text;
}

} // namespace Logkeeper
