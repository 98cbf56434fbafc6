// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "config/config.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Logkeeper {

class DryRunPreview;

// The settings editor's preview: what a pass (`logkeeper --once --dry-run`) would do now with
// the settings being edited, saved or not. The dry run itself runs in DryRunPreview's thread.
class PreviewPanel : public QWidget
{
    Q_OBJECT
public:
    explicit PreviewPanel(QWidget *parent = nullptr);

    // Starts a dry run of config; the result replaces what is shown when it arrives.
    void showPreviewOf(const Config &config);
    // No preview possible (invalid settings): says why instead.
    void showUnavailable(const QString &reason);

    QString text() const;
    QString status() const;
    DryRunPreview *preview() const { return m_preview; }

signals:
    // The user asked for a fresh preview.
    void refreshRequested();

private:
    void showResult(const QStringList &actions, const QStringList &errors);

    DryRunPreview *m_preview;
    QLabel *m_status;
    QPlainTextEdit *m_output;
    QPushButton *m_refresh;
    bool m_unavailable = false;
};

} // namespace Logkeeper
