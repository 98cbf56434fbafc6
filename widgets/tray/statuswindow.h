// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace Logkeeper {

class Engine;
class EngineActions;
class EngineStatus;

// A small window with what the tray shows (state, counts, last rotation, last error) and the
// tray menu's actions as buttons. It stands in for the tray when the desktop has none; with a
// tray, clicking the icon opens it. As a stand-in, closing it minimizes it (hiding it would
// leave Logkeeper running with nothing on screen); Quit stops Logkeeper.
class StatusWindow : public QWidget
{
    Q_OBJECT
public:
    StatusWindow(Engine *engine, EngineStatus *status, QWidget *parent = nullptr);

    EngineActions *actions() const { return m_actions; }
    void setStandInForTray(bool standIn);
    bool isStandInForTray() const { return m_standIn; }

    // What the labels show, for tests and accessibility.
    QString stateText() const;
    QString detailText() const;

signals:
    void settingsRequested();
    void archivesRequested();
    void aboutRequested();
    void quitRequested();
    void openFolderRequested(const QString &path);
    void viewFileRequested(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void onStatusChanged();
    QPushButton *button(QAction *action);

    EngineStatus *m_status;
    EngineActions *m_actions;
    QLabel *m_icon;
    QLabel *m_state;
    QLabel *m_details;
    QLabel *m_standInNote;
    bool m_standIn = false;
};

} // namespace Logkeeper
