// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "widgets/settings/configform.h"

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace Logkeeper {

class PathEdit;

// The form of one log set: every key a set has, each with a fitting field. Works in both config
// formats (the set's keys at the top level, or in log_sets[i]).
class LogSetForm : public ConfigForm
{
    Q_OBJECT
public:
    explicit LogSetForm(ConfigDocument *document, QWidget *parent = nullptr);

    // Shows set `index` of the document (-1: none).
    void setLogSet(int index);
    int logSet() const { return m_index; }

    QRadioButton *activeLogChoice() const { return m_activeChoice; }
    QRadioButton *patternsChoice() const { return m_patternsChoice; }

protected:
    QString keyPath(const QString &key) const override;
    bool ownsKeyPath(const QString &keyPath) const override;
    void refreshed() override;

private:
    void chooseActiveLog();
    void choosePatterns();
    void writePatterns(const QString &text);
    void syncFileChoice();
    void updateLevelField();
    void updateEnabled();

    int m_index = -1;
    QLineEdit *m_activeLog = nullptr;
    QLineEdit *m_patterns = nullptr;
    QRadioButton *m_activeChoice = nullptr;
    QRadioButton *m_patternsChoice = nullptr;
    QButtonGroup *m_fileChoice = nullptr;
    QButtonGroup *m_strategy = nullptr;
    QCheckBox *m_compress = nullptr;
    QComboBox *m_codec = nullptr;
    QSpinBox *m_level = nullptr;
};

} // namespace Logkeeper
