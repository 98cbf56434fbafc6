// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "config/configdocument.h"

#include "config/configloader.h"
#include "config/configvalidator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

namespace Logkeeper {

namespace {
// ConfigLoader refuses larger files; one byte more is enough for it to say so.
constexpr qint64 readLimit = (16 << 20) + 1;

ConfigIssue fileIssue(const QString &file, const QString &message, int line = 0, int column = 0)
{
    return {ConfigIssue::Severity::Error, QString(), message, file, line, column};
}

void lineAndColumn(const QByteArray &data, qsizetype offset, int *line, int *column)
{
    offset = qBound(qsizetype(0), offset, data.size());
    *line = int(data.left(offset).count('\n')) + 1;
    const qsizetype lineStart = data.lastIndexOf('\n', offset - 1) + 1;
    qsizetype characters = 0;
    for (qsizetype i = lineStart; i < offset; ++i)
        characters += (uchar(data.at(i)) & 0xC0) != 0x80;
    *column = int(characters) + 1;
}

QJsonValue walk(QJsonValue value, const QString &key, int index)
{
    if (index >= 0)
        return value.isArray() && index < value.toArray().size()
                   ? value.toArray().at(index)
                   : QJsonValue(QJsonValue::Undefined);
    return value.isObject() ? value.toObject().value(key) : QJsonValue(QJsonValue::Undefined);
}

bool sameValue(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble())
        return a.toDouble() == b.toDouble();
    return a.type() == b.type() && a == b;
}
} // namespace

ConfigDocument::ConfigDocument(QObject *parent) : QObject(parent)
{}

ConfigDocument::~ConfigDocument() = default;

bool ConfigDocument::load(const QString &path, ConfigIssue *error)
{
    QFile file(path);
    if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly)) {
        // ConfigLoader words it as the engine does ("cannot read: ...").
        const ConfigLoader::Result result = ConfigLoader::loadFile(path);
        if (error)
            *error = result.issues.value(0, fileIssue(path, tr("cannot read")));
        return false;
    }
    const QByteArray data = file.read(readLimit);
    if (file.error() != QFileDevice::NoError) {
        if (error)
            *error = fileIssue(path, tr("cannot read: %1").arg(file.errorString()));
        return false;
    }
    return loadData(data, path, error);
}

bool ConfigDocument::loadData(const QByteArray &data, const QString &fileName, ConfigIssue *error)
{
    // ConfigLoader is the judge of the syntax (with line and column); its whole-file problems
    // are the ones without a key path.
    const ConfigLoader::Result checked =
        ConfigLoader::parse(data, fileName, QFileInfo(fileName).absolutePath());
    for (const ConfigIssue &issue : checked.issues) {
        if (issue.isError() && issue.keyPath.isEmpty()) {
            if (error)
                *error = issue;
            return false;
        }
    }
    OrderedJson root;
    OrderedJson::Layout layout;
    QString message;
    qsizetype offset = 0;
    if (!OrderedJson::parse(data, &root, &layout, &message, &offset) || !root.isObject()) {
        int line = 0, column = 0;
        lineAndColumn(data, offset, &line, &column);
        if (error)
            *error = fileIssue(
                fileName,
                tr("cannot be edited: %1").arg(message.isEmpty() ? tr("not an object") : message),
                line, column);
        return false;
    }
    m_root = std::move(root);
    m_layout = layout;
    m_original = data;
    m_fileName = fileName;
    m_edited = false;
    m_cacheValid = false;
    setModified(false);
    emit changed();
    return true;
}

void ConfigDocument::loadDefaults(const QString &fileName)
{
    const bool ok = loadData(ConfigLoader::defaultConfigJson(), fileName);
    Q_ASSERT(ok);
    Q_UNUSED(ok);
    m_original.clear(); // nothing readable on disk: everything is new
    m_edited = true;
    setModified(true);
}

QString ConfigDocument::baseDir() const
{
    return m_fileName.isEmpty() ? QString() : QFileInfo(m_fileName).absolutePath();
}

QByteArray ConfigDocument::toJson() const
{
    return m_edited ? m_root.toJson(m_layout) : m_original;
}

QJsonObject ConfigDocument::toJsonObject() const
{
    if (!m_cacheValid) {
        m_cache = QJsonDocument::fromJson(toJson()).object();
        // The validator decides what the format is; the document only asks.
        m_singleSetFormat = ConfigValidator::isSingleSetFormat(m_cache);
        m_cacheValid = true;
    }
    return m_cache;
}

bool ConfigDocument::save(const QString &path, QString *error)
{
    const QByteArray data = toJson();
    const QString dir = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(dir)) {
        if (error)
            *error = tr("Cannot create the folder %1").arg(dir);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    m_original = data;
    m_fileName = path;
    m_edited = false; // the tree is what was written
    setModified(false);
    return true;
}

bool ConfigDocument::parsePath(const QString &keyPath, QVector<Step> *steps)
{
    steps->clear();
    if (keyPath.isEmpty())
        return false;
    for (const QString &part : keyPath.split(QLatin1Char('.'))) {
        const qsizetype bracket = part.indexOf(QLatin1Char('['));
        const QString key = bracket < 0 ? part : part.left(bracket);
        if (key.isEmpty())
            return false;
        steps->append({key, -1});
        QString rest = bracket < 0 ? QString() : part.mid(bracket);
        while (!rest.isEmpty()) {
            const qsizetype close = rest.indexOf(QLatin1Char(']'));
            bool ok = false;
            const int index = close > 1 && rest.startsWith(QLatin1Char('['))
                                  ? rest.mid(1, close - 1).toInt(&ok)
                                  : -1;
            if (!ok || index < 0)
                return false;
            steps->append({QString(), index});
            rest = rest.mid(close + 1);
        }
    }
    return true;
}

const OrderedJson *ConfigDocument::find(const QString &keyPath) const
{
    QVector<Step> steps;
    if (!parsePath(keyPath, &steps))
        return nullptr;
    const OrderedJson *node = &m_root;
    for (const Step &step : std::as_const(steps)) {
        if (step.index >= 0)
            node = node->isArray() && step.index < node->size() ? &node->at(step.index) : nullptr;
        else
            node = node->isObject() ? node->member(step.key) : nullptr;
        if (!node)
            return nullptr;
    }
    return node;
}

QJsonValue ConfigDocument::value(const QString &keyPath) const
{
    QVector<Step> steps;
    if (!parsePath(keyPath, &steps))
        return QJsonValue(QJsonValue::Undefined);
    QJsonValue v = toJsonObject();
    for (const Step &step : std::as_const(steps))
        v = walk(v, step.key, step.index);
    return v;
}

bool ConfigDocument::contains(const QString &keyPath) const
{
    return find(keyPath) != nullptr;
}

bool ConfigDocument::setValue(const QString &keyPath, const QJsonValue &value)
{
    QVector<Step> steps;
    if (!parsePath(keyPath, &steps))
        return false;
    if (contains(keyPath) && sameValue(this->value(keyPath), value))
        return true;
    OrderedJson *node = &m_root;
    for (int i = 0; i + 1 < steps.size(); ++i) {
        const Step &step = steps[i];
        const bool nextIsIndex = steps[i + 1].index >= 0;
        OrderedJson *child = nullptr;
        if (step.index >= 0) {
            if (!node->isArray() || step.index >= node->size())
                return false;
            child = &node->at(step.index);
        } else {
            child = node->member(step.key);
            if (!child) {
                if (nextIsIndex)
                    return false; // no element to address in a list that is not there
                child = &node->insert(step.key, OrderedJson::object());
            }
        }
        if (nextIsIndex && !child->isArray())
            return false;
        if (!nextIsIndex && !child->isObject())
            *child = OrderedJson::object(); // "rotation": 5 is wrong anyway; the edit fixes it
        node = child;
    }
    const Step &last = steps.last();
    OrderedJson replacement = OrderedJson::fromJsonValue(value);
    if (last.index >= 0) {
        if (!node->isArray() || last.index >= node->size())
            return false;
        replacement.takeLayoutFrom(node->at(last.index));
        node->at(last.index) = std::move(replacement);
    } else {
        node->insert(last.key, replacement);
    }
    edited();
    return true;
}

bool ConfigDocument::remove(const QString &keyPath)
{
    QVector<Step> steps;
    if (!parsePath(keyPath, &steps) || !contains(keyPath))
        return false;
    // Remove the key, then every object above it that this leaves empty and that is itself an
    // object member (a log set is an array element and stays).
    while (!steps.isEmpty()) {
        OrderedJson *parent = &m_root;
        for (int i = 0; i + 1 < steps.size(); ++i)
            parent =
                steps[i].index >= 0 ? &parent->at(steps[i].index) : parent->member(steps[i].key);
        const Step last = steps.takeLast();
        if (last.index >= 0)
            parent->removeItem(last.index);
        else
            parent->remove(last.key);
        if (steps.isEmpty() || steps.last().index >= 0 || !parent->isObject() ||
            parent->memberCount() > 0)
            break;
    }
    edited();
    return true;
}

bool ConfigDocument::isSingleSetFormat() const
{
    toJsonObject();
    return m_singleSetFormat;
}

int ConfigDocument::logSetCount() const
{
    if (isSingleSetFormat())
        return 1;
    const OrderedJson *sets = m_root.member(QStringLiteral("log_sets"));
    return sets && sets->isArray() ? sets->size() : 0;
}

QString ConfigDocument::logSetPath(int index) const
{
    return isSingleSetFormat() ? QString() : QStringLiteral("log_sets[%1]").arg(index);
}

QString ConfigDocument::logSetKeyPath(int index, const QString &key) const
{
    const QString set = logSetPath(index);
    return set.isEmpty() ? key : set + QLatin1Char('.') + key;
}

int ConfigDocument::logSetOfKeyPath(const QString &keyPath) const
{
    if (isSingleSetFormat()) {
        const qsizetype end = keyPath.indexOf(QRegularExpression(QStringLiteral("[.\\[]")));
        return ConfigValidator::logSetKeys().contains(keyPath.left(end)) ? 0 : -1;
    }
    static const QRegularExpression setPrefix(QStringLiteral("^log_sets\\[(\\d+)\\](?:[.\\[]|$)"));
    const QRegularExpressionMatch match = setPrefix.match(keyPath);
    if (!match.hasMatch())
        return -1;
    bool ok = false;
    const int index = match.captured(1).toInt(&ok);
    return ok && index < logSetCount() ? index : -1;
}

QString ConfigDocument::logSetName(int index) const
{
    const QJsonValue name = value(logSetKeyPath(index, QStringLiteral("name")));
    if (name.isString() && !name.toString().isEmpty())
        return name.toString();
    return ConfigValidator::defaultSetName(index, isSingleSetFormat());
}

QStringList ConfigDocument::logSetNames() const
{
    QStringList names;
    const int count = logSetCount();
    for (int i = 0; i < count; ++i)
        names.append(logSetName(i));
    return names;
}

QString ConfigDocument::uniqueName(const QString &base) const
{
    const QStringList taken = logSetNames();
    QString name = base;
    for (int n = 2; taken.contains(name); ++n)
        name = base + QString::number(n);
    return name;
}

OrderedJson *ConfigDocument::logSetsArray()
{
    OrderedJson *sets = m_root.member(QStringLiteral("log_sets"));
    return sets && sets->isArray() ? sets : nullptr;
}

void ConfigDocument::convertToLogSets()
{
    if (!isSingleSetFormat())
        return;
    const QStringList setKeys = ConfigValidator::logSetKeys();
    OrderedJson set = OrderedJson::object();
    int position = -1;
    for (int i = 0; i < m_root.memberCount();) {
        if (setKeys.contains(m_root.keyAt(i))) {
            if (position < 0)
                position = i;
            m_root.moveMemberTo(i, &set);
        } else {
            ++i;
        }
    }
    // The set keeps the name the single-set format gave it.
    if (set.indexOf(QStringLiteral("name")) < 0)
        set.insert(QStringLiteral("name"),
                   OrderedJson::fromJsonValue(ConfigValidator::defaultSetName(0, true)), 0);
    if (OrderedJson *existing = logSetsArray()) { // both formats at once: the set goes first
        existing->insertItem(0, set);
    } else {
        OrderedJson sets = OrderedJson::array();
        sets.insertItem(0, set);
        m_root.insert(QStringLiteral("log_sets"), sets, position);
    }
}

int ConfigDocument::addLogSet(const QString &name)
{
    const int count = logSetCount();
    convertToLogSets();
    OrderedJson *sets = m_root.member(QStringLiteral("log_sets"));
    if (!sets)
        sets = &m_root.insert(QStringLiteral("log_sets"), OrderedJson::array());
    if (!sets->isArray())
        return -1;
    QString setName = name;
    for (int n = count + 1; setName.isEmpty() || logSetNames().contains(setName); ++n)
        setName = ConfigValidator::defaultSetName(n - 1, false);
    OrderedJson set = OrderedJson::object();
    set.insert(QStringLiteral("name"), OrderedJson::fromJsonValue(setName));
    set.insert(QStringLiteral("log_dir"), OrderedJson::fromJsonValue(QString()));
    set.insert(QStringLiteral("patterns"),
               OrderedJson::fromJsonValue(QJsonArray{QStringLiteral("*.log")}));
    sets->insertItem(-1, set);
    edited();
    return sets->size() - 1;
}

int ConfigDocument::duplicateLogSet(int index)
{
    if (index < 0 || index >= logSetCount())
        return -1;
    const QString name = uniqueName(logSetName(index) + QStringLiteral("-copy"));
    convertToLogSets();
    OrderedJson *sets = logSetsArray();
    if (!sets || index >= sets->size())
        return -1;
    OrderedJson copy = sets->at(index);
    if (copy.isObject())
        copy.insert(QStringLiteral("name"), OrderedJson::fromJsonValue(name), 0);
    sets->insertItem(index + 1, copy);
    edited();
    return index + 1;
}

bool ConfigDocument::removeLogSet(int index)
{
    if (index < 0 || index >= logSetCount())
        return false;
    convertToLogSets();
    OrderedJson *sets = logSetsArray();
    if (!sets || index >= sets->size())
        return false;
    sets->removeItem(index);
    edited();
    return true;
}

bool ConfigDocument::renameLogSet(int index, const QString &name)
{
    if (index < 0 || index >= logSetCount())
        return false;
    return setValue(logSetKeyPath(index, QStringLiteral("name")), name);
}

void ConfigDocument::edited()
{
    m_edited = true;
    m_cacheValid = false;
    setModified(toJson() != m_original);
    emit changed();
}

void ConfigDocument::setModified(bool modified)
{
    if (modified == m_modified)
        return;
    m_modified = modified;
    emit modifiedChanged(modified);
}

} // namespace Logkeeper
