// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "widgets/settings/configform.h"

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace Logkeeper {

class PathEdit;

// The form of one log set: every key a set has (those of logrotate's rules too: schedule,
// minimum size, empty logs, create, naming, delayed compression, the archive folder's creation,
// run as, the four scripts), each with a fitting field. Works in both config formats (the set's
// keys at the top level, or in log_sets[i]).
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
    void writeRunAs();
    void updateSource();

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
    QCheckBox *m_delayCompress = nullptr;
    QComboBox *m_create = nullptr;
    QComboBox *m_naming = nullptr;
    QLineEdit *m_dateFormat = nullptr;
    QLineEdit *m_runAsUser = nullptr;
    QLineEdit *m_runAsGroup = nullptr;
    QLabel *m_source = nullptr;
};

} // namespace Logkeeper
