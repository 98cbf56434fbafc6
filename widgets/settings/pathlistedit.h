// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include <QStringList>
#include <QWidget>

class QListWidget;
class QPushButton;

namespace Logkeeper {

// A list of paths, files or folders (logrotate_include): one a row, edited in place (F2 or a
// double click), added through the file dialogs, removed with Remove or Delete.
class PathListEdit : public QWidget
{
    Q_OBJECT
public:
    explicit PathListEdit(QWidget *parent = nullptr);

    QStringList paths() const;
    void setPaths(const QStringList &paths); // does not emit edited()
    // Where the dialogs open when nothing is chosen.
    void setBaseDir(const QString &dir) { m_baseDir = dir; }
    // Adds a path as the user would (emits edited()).
    void addPath(const QString &path);
    void removeCurrent();

    QListWidget *list() const { return m_list; }

signals:
    void edited(const QStringList &paths);

private:
    void addFile();
    void addFolder();
    void updateButtons();

    QListWidget *m_list;
    QPushButton *m_remove;
    QString m_baseDir;
    bool m_loading = false;
};

} // namespace Logkeeper
