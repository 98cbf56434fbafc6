// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include <QWidget>

class QLineEdit;
class QToolButton;

namespace Logkeeper {

// A path field: a line edit to type in and a button that opens the file dialog. Relative paths
// are left as typed (the config resolves them against its own folder).
class PathEdit : public QWidget
{
    Q_OBJECT
public:
    enum class Mode
    {
        Directory,
        SaveFile // a file that may not exist yet (a log file, the state file)
    };

    explicit PathEdit(Mode mode, QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text); // does not emit edited()
    void setPlaceholderText(const QString &text);
    void setDialogTitle(const QString &title) { m_dialogTitle = title; }
    // Where relative paths start and the dialog opens when the field is empty.
    void setBaseDir(const QString &dir) { m_baseDir = dir; }

    QLineEdit *lineEdit() const { return m_edit; }
    QToolButton *browseButton() const { return m_browse; }

signals:
    // The user typed or chose a path.
    void edited(const QString &text);

private:
    void browse();

    Mode m_mode;
    QLineEdit *m_edit;
    QToolButton *m_browse;
    QString m_dialogTitle;
    QString m_baseDir;
};

} // namespace Logkeeper
