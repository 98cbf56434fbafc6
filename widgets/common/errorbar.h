// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace Logkeeper {

// A bar above a view that says what went wrong (or what the user should know) in a sentence,
// with an icon, an optional action button and a close button: e.g. "app.log.gz is damaged:
// showing the 12,345 lines read before the damage".
class ErrorBar : public QFrame
{
    Q_OBJECT
public:
    enum class Kind
    {
        Error,
        Warning,
        Information
    };

    explicit ErrorBar(QWidget *parent = nullptr);

    // Shows the bar with `text`; with actionText, also a button that emits actionTriggered().
    void showMessage(Kind kind, const QString &text, const QString &actionText = {});
    QString text() const;
    Kind kind() const { return m_kind; }

signals:
    void actionTriggered();
    void closed(); // the user closed the bar

private:
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_action;
    QToolButton *m_close;
    Kind m_kind = Kind::Information;
};

} // namespace Logkeeper
