// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "config/configissue.h"

#include <QWidget>

class QLabel;

namespace Logkeeper {

// Puts the validator's verdict on one form field: a red frame (amber for a warning) around the
// field and the message under it, with an icon, so the problem is seen where it is fixed. With
// no field it is only the message area (for problems no single field owns).
class FieldIssueMarker : public QWidget
{
    Q_OBJECT
public:
    explicit FieldIssueMarker(QWidget *field, QWidget *parent = nullptr);

    QWidget *field() const { return m_field; }
    // Shows these issues (all of them about this field); none clears the mark. withKeyPath
    // prefixes each message with its key path, for the field-less message area.
    void setIssues(const ConfigIssues &issues, bool withKeyPath = false);

    bool hasError() const { return m_severity == Error; }
    bool hasWarning() const { return m_severity == Warning; }
    QString message() const;
    QLabel *messageLabel() const { return m_text; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    enum Severity
    {
        None,
        Warning,
        Error
    };
    QColor color() const;
    void updateLook();

    QWidget *m_field = nullptr;
    QWidget *m_frame = nullptr; // holds the field with room for the mark around it
    QWidget *m_messageRow = nullptr;
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    Severity m_severity = None;
    QString m_fieldDescription; // the field's own accessible description, restored when clear
};

} // namespace Logkeeper
