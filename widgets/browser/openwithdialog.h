// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "widgets/common/desktopapplication.h"

#include <QDialog>
#include <QStringList>
#include <QVector>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace Logkeeper {

class ErrorBar;

// "Open With…": the applications whose desktop files declare the files' MIME type (those for
// a parent type after them), and "Other command…" for a command line of one's own. The chosen
// one is started detached on the files; a start that fails is said in the dialog, which stays.
class OpenWithDialog : public QDialog
{
    Q_OBJECT
public:
    OpenWithDialog(const QStringList &files, const QString &mimeType, QWidget *parent = nullptr);

    QVector<DesktopApplication> applications() const { return m_apps; }
    QListWidget *list() const { return m_list; }
    QLineEdit *commandEdit() const { return m_command; }
    ErrorBar *errorBar() const { return m_error; }
    // Selects the application with this desktop file id; false when it is not listed.
    bool chooseApplication(const QString &id);
    // Selects "Other command…" with this command line.
    void chooseOtherCommand(const QString &commandLine);
    // The program starts the current choice makes (empty when there is nothing to start).
    QVector<QStringList> commands() const;

    void accept() override;

signals:
    // The programs were started.
    void started(const QVector<QStringList> &commands);

private:
    void updateChoice();
    bool otherChosen() const;

    QStringList m_files;
    QVector<DesktopApplication> m_apps;
    QListWidget *m_list;
    QLabel *m_commandLabel;
    QLineEdit *m_command;
    ErrorBar *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace Logkeeper
