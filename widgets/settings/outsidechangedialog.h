// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include <QDialog>

class QPushButton;
class QTextBrowser;

namespace Logkeeper {

// The config file was changed by another program while the settings editor has unsaved
// changes: what differs between the file on disk and the editor's version (a line diff of the
// two JSON texts), and the choice: reload the file (the editor's changes are dropped) or keep
// the editor's version (Save then replaces the other program's change, knowingly).
class OutsideChangeDialog : public QDialog
{
    Q_OBJECT
public:
    enum Choice
    {
        Undecided,
        ReloadFromDisk,
        KeepMine
    };

    OutsideChangeDialog(const QString &path, const QString &onDisk, const QString &mine,
                        QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    // The differences as shown, plain text: "-" lines only on disk, "+" only in the editor.
    QString differences() const { return m_plain; }
    QPushButton *reloadButton() const { return m_reload; }
    QPushButton *keepButton() const { return m_keep; }

private:
    Choice m_choice = Undecided;
    QString m_plain;
    QTextBrowser *m_view;
    QPushButton *m_reload;
    QPushButton *m_keep;
};

} // namespace Logkeeper
