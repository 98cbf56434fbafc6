// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "config/configissue.h"

#include <QHash>
#include <QJsonValue>
#include <QVector>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QVBoxLayout;

namespace Logkeeper {

class PathEdit;
class ConfigDocument;
class FieldIssueMarker;

// What the log set form and the global settings form share: fields bound to keys of a
// ConfigDocument (a field writes its key as the user edits it and is re-read on refresh()),
// each wrapped in a FieldIssueMarker that shows the validator's issues for its key. The forms
// check nothing themselves: the validator's issues are handed in through showIssues().
class ConfigForm : public QWidget
{
    Q_OBJECT
public:
    explicit ConfigForm(ConfigDocument *document, QWidget *parent = nullptr);

    // Reads every field from the document again (without writing anything back).
    void refresh();
    // Marks the fields the issues are about; issues of this form that no field takes are
    // listed at the top of the form.
    void showIssues(const ConfigIssues &issues);
    // Whether a field of this form shows issues of keyPath.
    bool hasFieldFor(const QString &keyPath) const { return fieldFor(keyPath) != nullptr; }
    // Focuses the field that shows issues of keyPath; false when none does.
    bool focusField(const QString &keyPath);

    // The field widget (objectName is the key, too) and its marker, by key as the form knows it
    // ("rotation.max_size_mb").
    QWidget *field(const QString &key) const;
    FieldIssueMarker *marker(const QString &key) const;
    FieldIssueMarker *otherIssues() const { return m_otherIssues; }

protected:
    // The document's key path of a key of this form.
    virtual QString keyPath(const QString &key) const = 0;
    // Whether an issue's key path is about what this form edits.
    virtual bool ownsKeyPath(const QString &keyPath) const = 0;
    // Derived state (enabled fields, ranges) after a refresh.
    virtual void refreshed() {}

    ConfigDocument *document() const { return m_document; }
    QJsonValue read(const QString &key) const;
    void write(const QString &key, const QJsonValue &value);
    void erase(const QString &key);

    // Registers a field for key. load reads it from the document (signals are blocked while
    // it runs). The tooltip says what the key means and names it.
    FieldIssueMarker *bind(const QString &key, QWidget *field, const QString &tooltip,
                           const std::function<void()> &load);
    // bind() plus a labelled row in layout; the label's mnemonic focuses the field.
    FieldIssueMarker *addRow(QFormLayout *layout, const QString &label, const QString &key,
                             QWidget *field, const QString &tooltip,
                             const std::function<void()> &load);

    // Ready-made rows; a key missing from the document shows as fallback.
    QLineEdit *addText(QFormLayout *layout, const QString &label, const QString &key,
                       bool emptyRemovesKey, const QString &tooltip);
    // A path picker; relative paths are shown against the config file's folder.
    PathEdit *addPath(QFormLayout *layout, const QString &label, const QString &key, PathEdit *edit,
                      bool emptyRemovesKey, const QString &tooltip);
    QDoubleSpinBox *addNumber(QFormLayout *layout, const QString &label, const QString &key,
                              double fallback, const QString &suffix, int decimals,
                              const QString &tooltip, const QString &zeroText = {});
    // Whole numbers, in a DecimalSpinBox without decimals (so "1.5" is not taken as 15).
    QDoubleSpinBox *addInteger(QFormLayout *layout, const QString &label, const QString &key,
                               int fallback, const QString &suffix, const QString &tooltip,
                               const QString &zeroText = {});
    QCheckBox *addCheck(QFormLayout *layout, const QString &text, const QString &key, bool fallback,
                        const QString &tooltip);
    // Items are (text, JSON value) pairs; a value from the file that is not among them is shown
    // as an extra item so nothing is hidden.
    QComboBox *addChoice(QFormLayout *layout, const QString &label, const QString &key,
                         const QString &fallback, const QVector<QPair<QString, QString>> &items,
                         const QString &tooltip);
    static void selectChoice(QComboBox *combo, const QString &value);
    // A shell script, several lines (hooks); empty removes the key.
    QPlainTextEdit *addScript(QFormLayout *layout, const QString &label, const QString &key,
                              const QString &tooltip);
    // A key that is absent, false, or an object {"mode", "owner", "group"} (rotation.create,
    // archival.create_dir): a choice of the three, and the object's members when chosen.
    // Empty members are left out of the object.
    struct OwnershipTexts
    {
        QString absent;  // what leaving the key out does
        QString custom;  // the object: "with this mode, owner and group"
        QString off;     // false
        QString modeTip; // what the mode is of
    };
    QComboBox *addOwnership(QFormLayout *layout, const QString &label, const QString &key,
                            const OwnershipTexts &texts, const QString &tooltip);

    QVBoxLayout *pageLayout() const { return m_layout; }
    // A titled group box at the end of the page, holding a form for its rows.
    QFormLayout *addGroup(const QString &title);
    // Gives every row label (objectName "formLabel") the width of the widest, across groups.
    void alignLabels();
    static QString tooltip(const QString &meaning, const QString &key);

    bool eventFilter(QObject *watched, QEvent *event) override;

    // A note on a field about what was typed into it and not taken (shown with the validator's
    // issues until the field's value changes); empty clears it.
    void setInputNote(const QString &key, const QString &note);

private:
    struct Field
    {
        QString key;
        QWidget *widget = nullptr;
        FieldIssueMarker *marker = nullptr;
        std::function<void()> load;
    };
    const Field *fieldFor(const QString &keyPath) const;

    ConfigDocument *m_document;
    QVBoxLayout *m_layout;
    FieldIssueMarker *m_otherIssues;
    QVector<Field> m_fields;
    ConfigIssues m_shownIssues;           // the validator's, as last handed in
    QHash<QString, QString> m_inputNotes; // key -> note
};

} // namespace Logkeeper
