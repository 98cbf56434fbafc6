// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "viewer/searchpattern.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace Logkeeper {

// The viewer's find bar: the text or expression to look for, "match case" and "regular
// expression" toggles, previous/next, and a status (the match count as it is counted, or why
// the expression is invalid). Enter finds the next match, Shift+Enter the previous one, Escape
// closes the bar.
class FindBar : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(QWidget *parent = nullptr);

    SearchPattern pattern() const;
    QLineEdit *lineEdit() const { return m_edit; }
    QToolButton *caseButton() const { return m_case; }
    QToolButton *regexButton() const { return m_regex; }

    // Shows the bar, focuses the text, and selects it (replaced by `text` when given).
    void activate(const QString &text = {});
    // The status on the right: a count, "not found", or a problem (shown as such).
    void setStatus(const QString &text, bool problem = false);
    QString status() const;

signals:
    void patternChanged(const SearchPattern &pattern);
    void findNext();
    void findPrevious();
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updatePattern();

    QLineEdit *m_edit;
    QToolButton *m_case;
    QToolButton *m_regex;
    QToolButton *m_previous;
    QToolButton *m_next;
    QLabel *m_status;
    QToolButton *m_close;
    SearchPattern m_pattern;
};

} // namespace Logkeeper
