// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "widgets/settings/configform.h"

#include "config/configdocument.h"
#include "widgets/settings/decimalspinbox.h"
#include "widgets/settings/fieldissuemarker.h"
#include "widgets/settings/pathedit.h"

#include <QAbstractScrollArea>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Logkeeper {

namespace {
// Marks a combo box item that shows a value from the file the form does not offer.
constexpr int extraItemRole = Qt::UserRole + 1;
} // namespace

ConfigForm::ConfigForm(ConfigDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    m_layout = new QVBoxLayout(this);
    m_otherIssues = new FieldIssueMarker(nullptr, this);
    m_otherIssues->setObjectName(QStringLiteral("otherIssues"));
    m_layout->addWidget(m_otherIssues);
}

QString ConfigForm::tooltip(const QString &meaning, const QString &key)
{
    // The JSON name too, for people who also edit the file by hand.
    return QStringLiteral("<p>%1</p><p><i>%2</i> <code>%3</code></p>")
        .arg(meaning.toHtmlEscaped(), tr("In the config file:").toHtmlEscaped(), key);
}

QJsonValue ConfigForm::read(const QString &key) const
{
    return m_document->value(keyPath(key));
}

void ConfigForm::write(const QString &key, const QJsonValue &value)
{
    m_document->setValue(keyPath(key), value);
}

void ConfigForm::erase(const QString &key)
{
    m_document->remove(keyPath(key));
}

FieldIssueMarker *ConfigForm::bind(const QString &key, QWidget *field, const QString &tooltip,
                                   const std::function<void()> &load)
{
    field->setObjectName(key);
    field->setToolTip(tooltip);
    // Spin boxes and combo boxes in a scrolling form must not eat the wheel meant for the form.
    if (qobject_cast<QAbstractSpinBox *>(field) || qobject_cast<QComboBox *>(field)) {
        field->setFocusPolicy(Qt::StrongFocus);
        field->installEventFilter(this);
    }
    auto *marker = new FieldIssueMarker(field, this);
    marker->setObjectName(QStringLiteral("marker:") + key);
    m_fields.append({key, field, marker, load});
    return marker;
}

void ConfigForm::alignLabels()
{
    // One label column for all groups, so the fields line up from group to group.
    const QList<QLabel *> labels = findChildren<QLabel *>(QStringLiteral("formLabel"));
    int width = 0;
    for (const QLabel *label : labels)
        width = qMax(width, label->sizeHint().width());
    for (QLabel *label : labels)
        label->setMinimumWidth(width);
}

FieldIssueMarker *ConfigForm::addRow(QFormLayout *layout, const QString &label, const QString &key,
                                     QWidget *field, const QString &tip,
                                     const std::function<void()> &load)
{
    FieldIssueMarker *marker = bind(key, field, tip, load);
    auto *text = new QLabel(label, this);
    text->setObjectName(QStringLiteral("formLabel"));
    text->setBuddy(field);
    text->setToolTip(tip);
    layout->addRow(text, marker);
    return marker;
}

bool ConfigForm::eventFilter(QObject *watched, QEvent *event)
{
    auto *widget = qobject_cast<QWidget *>(watched);
    if (event->type() == QEvent::Wheel && widget && !widget->hasFocus()) {
        for (QWidget *w = widget->parentWidget(); w; w = w->parentWidget()) {
            if (auto *area = qobject_cast<QAbstractScrollArea *>(w)) {
                QCoreApplication::sendEvent(area->verticalScrollBar(), event);
                break;
            }
        }
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ConfigForm::refresh()
{
    for (const Field &f : std::as_const(m_fields)) {
        const QSignalBlocker blocker(f.widget);
        f.load();
    }
    refreshed();
}

const ConfigForm::Field *ConfigForm::fieldFor(const QString &path) const
{
    // The field whose key path is the longest prefix of the issue's ("patterns[1]" belongs to
    // "patterns").
    const Field *best = nullptr;
    int bestLength = -1;
    for (const Field &f : m_fields) {
        const QString own = keyPath(f.key);
        const bool matches =
            path == own || (path.startsWith(own) && (path.at(own.size()) == QLatin1Char('.') ||
                                                     path.at(own.size()) == QLatin1Char('[')));
        if (matches && own.size() > bestLength) {
            best = &f;
            bestLength = int(own.size());
        }
    }
    return best;
}

void ConfigForm::setInputNote(const QString &key, const QString &note)
{
    if (note.isEmpty() ? !m_inputNotes.remove(key) : m_inputNotes.value(key) == note)
        return;
    if (!note.isEmpty())
        m_inputNotes.insert(key, note);
    showIssues(m_shownIssues);
}

void ConfigForm::showIssues(const ConfigIssues &validatorIssues)
{
    m_shownIssues = validatorIssues;
    ConfigIssues issues = validatorIssues;
    for (auto it = m_inputNotes.cbegin(); it != m_inputNotes.cend(); ++it) {
        ConfigIssue note;
        note.severity = ConfigIssue::Severity::Warning;
        note.keyPath = keyPath(it.key());
        note.message = it.value();
        issues.append(note);
    }
    QHash<FieldIssueMarker *, ConfigIssues> byField;
    ConfigIssues others;
    for (const ConfigIssue &issue : std::as_const(issues)) {
        if (issue.keyPath.isEmpty() || !ownsKeyPath(issue.keyPath))
            continue;
        if (const Field *f = fieldFor(issue.keyPath)) {
            byField[f->marker].append(issue);
        } else {
            // Named from inside the form: "x_owner", not "log_sets[0].x_owner".
            ConfigIssue relative = issue;
            const QString prefix = keyPath(QStringLiteral("_")).chopped(1);
            if (relative.keyPath.startsWith(prefix) && relative.keyPath.size() > prefix.size())
                relative.keyPath = relative.keyPath.mid(prefix.size());
            others.append(relative);
        }
    }
    for (const Field &f : std::as_const(m_fields))
        f.marker->setIssues(byField.value(f.marker));
    m_otherIssues->setIssues(others, true);
}

bool ConfigForm::focusField(const QString &path)
{
    const Field *f = fieldFor(path);
    if (!f)
        return false;
    for (QWidget *w = parentWidget(); w; w = w->parentWidget()) {
        if (auto *area = qobject_cast<QScrollArea *>(w)) {
            area->ensureWidgetVisible(f->marker);
            break;
        }
    }
    f->widget->setFocus(Qt::OtherFocusReason);
    return true;
}

QWidget *ConfigForm::field(const QString &key) const
{
    for (const Field &f : m_fields) {
        if (f.key == key)
            return f.widget;
    }
    return nullptr;
}

FieldIssueMarker *ConfigForm::marker(const QString &key) const
{
    for (const Field &f : m_fields) {
        if (f.key == key)
            return f.marker;
    }
    return nullptr;
}

QLineEdit *ConfigForm::addText(QFormLayout *layout, const QString &label, const QString &key,
                               bool emptyRemovesKey, const QString &tip)
{
    auto *edit = new QLineEdit(this);
    addRow(layout, label, key, edit, tip, [this, edit, key] {
        const QJsonValue v = read(key);
        if (edit->text() != v.toString())
            edit->setText(v.toString());
    });
    connect(edit, &QLineEdit::textEdited, this, [this, key, emptyRemovesKey](const QString &text) {
        if (text.isEmpty() && emptyRemovesKey)
            erase(key);
        else
            write(key, text);
    });
    return edit;
}

QFormLayout *ConfigForm::addGroup(const QString &title)
{
    auto *group = new QGroupBox(title, this);
    auto *form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_layout->addWidget(group);
    return form;
}

PathEdit *ConfigForm::addPath(QFormLayout *layout, const QString &label, const QString &key,
                              PathEdit *edit, bool emptyRemovesKey, const QString &tip)
{
    addRow(layout, label, key, edit, tip, [this, edit, key] {
        edit->setBaseDir(document()->baseDir());
        edit->setText(read(key).toString());
    });
    connect(edit, &PathEdit::edited, this, [this, key, emptyRemovesKey](const QString &text) {
        if (text.isEmpty() && emptyRemovesKey)
            erase(key);
        else
            write(key, text);
    });
    return edit;
}

QDoubleSpinBox *ConfigForm::addNumber(QFormLayout *layout, const QString &label, const QString &key,
                                      double fallback, const QString &suffix, int decimals,
                                      const QString &tip, const QString &zeroText)
{
    auto *spin = new DecimalSpinBox(this);
    // Only the physical bounds: the validator, not the spin box, says what is too much.
    spin->setRange(0, 1e12);
    spin->setDecimals(decimals);
    spin->setSuffix(suffix);
    spin->setSpecialValueText(zeroText);
    spin->setAccelerated(true);
    spin->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    addRow(layout, label, key, spin, tip, [this, spin, key, fallback] {
        const QJsonValue v = read(key);
        spin->setValue(v.isDouble() ? v.toDouble() : fallback);
    });
    connect(spin, &QDoubleSpinBox::valueChanged, this, [this, key](double value) {
        setInputNote(key, {});
        write(key, value);
    });
    connect(spin, &DecimalSpinBox::inputRejected, this,
            [this, key, spin](const QString &, const QString &why) {
                // After the spin box went back to its value: the note names it.
                QMetaObject::invokeMethod(
                    this,
                    [this, key, spin, why] {
                        setInputNote(key, tr("%1 The field keeps %2.").arg(why, spin->text()));
                    },
                    Qt::QueuedConnection);
            });
    return spin;
}

QDoubleSpinBox *ConfigForm::addInteger(QFormLayout *layout, const QString &label,
                                       const QString &key, int fallback, const QString &suffix,
                                       const QString &tip, const QString &zeroText)
{
    // A whole number is written as one ("5"): JSON has no other kind of number.
    QDoubleSpinBox *spin = addNumber(layout, label, key, fallback, suffix, 0, tip, zeroText);
    spin->setRange(0, 2000000000);
    return spin;
}

QCheckBox *ConfigForm::addCheck(QFormLayout *layout, const QString &text, const QString &key,
                                bool fallback, const QString &tip)
{
    auto *box = new QCheckBox(text, this);
    FieldIssueMarker *marker = bind(key, box, tip, [this, box, key, fallback] {
        const QJsonValue v = read(key);
        box->setChecked(v.isBool() ? v.toBool() : fallback);
    });
    layout->addRow(marker);
    connect(box, &QCheckBox::toggled, this, [this, key](bool on) { write(key, on); });
    return box;
}

QComboBox *ConfigForm::addChoice(QFormLayout *layout, const QString &label, const QString &key,
                                 const QString &fallback,
                                 const QVector<QPair<QString, QString>> &items, const QString &tip)
{
    auto *combo = new QComboBox(this);
    combo->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (const auto &item : items)
        combo->addItem(item.first, item.second);
    addRow(layout, label, key, combo, tip, [this, combo, key, fallback] {
        const QJsonValue v = read(key);
        // A value of the wrong type shows as its JSON text; the validator says what is wrong.
        selectChoice(combo, v.isUndefined() ? fallback
                            : v.isString()  ? v.toString()
                                            : QString::fromUtf8(QJsonDocument(QJsonArray{v})
                                                                    .toJson(QJsonDocument::Compact)
                                                                    .chopped(1)
                                                                    .mid(1)));
    });
    connect(combo, &QComboBox::currentIndexChanged, this, [this, key, combo](int index) {
        if (index >= 0 && !combo->itemData(index, extraItemRole).toBool())
            write(key, combo->itemData(index).toString());
    });
    return combo;
}

void ConfigForm::selectChoice(QComboBox *combo, const QString &value)
{
    for (int i = combo->count() - 1; i >= 0; --i) { // the last set's odd value
        if (combo->itemData(i, extraItemRole).toBool())
            combo->removeItem(i);
    }
    int index = combo->findData(value);
    for (int i = 0; index < 0 && i < combo->count(); ++i) {
        if (combo->itemData(i).toString().compare(value, Qt::CaseInsensitive) == 0)
            index = i;
    }
    if (index < 0) {
        // Not a choice the form offers: show it as it is; the validator says what is wrong.
        combo->addItem(tr("%1 (not available)").arg(value), value);
        index = combo->count() - 1;
        combo->setItemData(index, true, extraItemRole);
    }
    combo->setCurrentIndex(index);
}

} // namespace Logkeeper

namespace Logkeeper {

QPlainTextEdit *ConfigForm::addScript(QFormLayout *layout, const QString &label, const QString &key,
                                      const QString &tip)
{
    auto *edit = new QPlainTextEdit(this);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setTabChangesFocus(true); // Tab moves on through the form, as in every other field
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    // Three lines tall: most hooks are one line, logrotate's scripts a few.
    const int lines = 3;
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines +
                         int(edit->document()->documentMargin() * 2) + edit->frameWidth() * 2 + 4);
    addRow(layout, label, key, edit, tip, [this, edit, key] {
        const QString text = read(key).toString();
        if (edit->toPlainText() != text)
            edit->setPlainText(text);
    });
    connect(edit, &QPlainTextEdit::textChanged, this, [this, edit, key] {
        const QString text = edit->toPlainText();
        if (text.trimmed().isEmpty())
            erase(key);
        else
            write(key, text);
    });
    return edit;
}

QComboBox *ConfigForm::addOwnership(QFormLayout *layout, const QString &label, const QString &key,
                                    const OwnershipTexts &texts, const QString &tip)
{
    auto *box = new QWidget(this);
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    auto *choice = new QComboBox(box);
    choice->setObjectName(QStringLiteral("choice:") + key);
    choice->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    choice->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    choice->addItem(texts.absent, QStringLiteral("absent"));
    choice->addItem(texts.custom, QStringLiteral("object"));
    choice->addItem(texts.off, QStringLiteral("false"));
    choice->setToolTip(tip);
    choice->setFocusPolicy(Qt::StrongFocus);
    choice->installEventFilter(this); // the wheel scrolls the form
    struct Member
    {
        const char *name;
        QString label;
        QString placeholder;
    };
    const Member members[] = {{"mode", tr("Mode:"), QStringLiteral("0640")},
                              {"owner", tr("Owner:"), tr("user name")},
                              {"group", tr("Group:"), tr("group name")}};
    QVector<QLineEdit *> edits;
    int column = 0;
    for (const Member &m : members) {
        auto *text = new QLabel(m.label, box);
        auto *edit = new QLineEdit(box);
        edit->setObjectName(key + QLatin1Char('.') + QLatin1String(m.name));
        edit->setPlaceholderText(m.placeholder);
        edit->setToolTip(QLatin1String(m.name) == QLatin1String("mode") ? texts.modeTip : tip);
        text->setBuddy(edit);
        grid->addWidget(text, 1, column++);
        grid->addWidget(edit, 1, column++);
        edits.append(edit);
    }
    grid->addWidget(choice, 0, 0, 1, column);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 2);
    grid->setColumnStretch(5, 2);

    const auto enable = [choice, edits] {
        const bool custom = choice->currentData().toString() == QLatin1String("object");
        for (QLineEdit *edit : edits)
            edit->setEnabled(custom);
    };
    addRow(layout, label, key, box, tip, [this, key, choice, edits, enable] {
        const QJsonValue v = read(key);
        const QSignalBlocker block(choice);
        choice->setCurrentIndex(v.isObject() ? 1 : (v.isBool() && !v.toBool()) ? 2 : 0);
        const QJsonObject o = v.toObject();
        const char *names[] = {"mode", "owner", "group"};
        for (int i = 0; i < edits.size(); ++i) {
            const QSignalBlocker blockEdit(edits.at(i));
            const QJsonValue member = o.value(QLatin1String(names[i]));
            // A mode written as a number in the file shows as it reads.
            edits.at(i)->setText(member.isString()   ? member.toString()
                                 : member.isDouble() ? QString::number(member.toDouble())
                                                     : QString());
        }
        enable();
    });
    // The container takes the key's name; the combo box gets the focus for it.
    box->setFocusProxy(choice);
    // Member by member, so that the object's other keys and its order survive.
    const auto writeAll = [this, key, choice, edits] {
        const QString kind = choice->currentData().toString();
        if (kind == QLatin1String("absent")) {
            erase(key);
            return;
        }
        if (kind == QLatin1String("false")) {
            write(key, false);
            return;
        }
        if (!read(key).isObject())
            write(key, QJsonObject());
        const char *names[] = {"mode", "owner", "group"};
        for (int i = 0; i < edits.size(); ++i) {
            const QString member = key + QLatin1Char('.') + QLatin1String(names[i]);
            const QString text = edits.at(i)->text().trimmed();
            if (!text.isEmpty())
                write(member, text);
            else if (read(member).isString())
                erase(member);
        }
    };
    connect(choice, &QComboBox::currentIndexChanged, this, [writeAll, enable] {
        enable();
        writeAll();
    });
    for (QLineEdit *edit : std::as_const(edits))
        connect(edit, &QLineEdit::textEdited, this, writeAll);
    return choice;
}

} // namespace Logkeeper
