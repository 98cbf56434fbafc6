// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "config/orderedjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cmath>
#include <cstring>

namespace Logkeeper {

namespace {
constexpr int maxDepth = 2048; // QJsonDocument refuses far less; this only guards the stack

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

QByteArray formatNumber(double d)
{
    if (!std::isfinite(d)) // JSON has no such numbers; QJsonValue turns them into null too
        return QByteArrayLiteral("null");
    if (d == std::floor(d) && std::fabs(d) < 1e15)
        return QByteArray::number(qint64(d));
    return QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
}

QByteArray quote(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out += '"';
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (uchar(c) < 0x20)
                out += "\\u00" + QByteArray::number(uchar(c), 16).rightJustified(2, '0');
            else
                out += c;
        }
    }
    out += '"';
    return out;
}
} // namespace

// Recursive descent over text QJsonDocument has accepted: finds containers, keys and raw
// scalar tokens. Keys are decoded by QJsonDocument itself, so they mean what the engine reads.
class OrderedJsonReader
{
public:
    explicit OrderedJsonReader(const QByteArray &data) : m_data(data) {}

    bool read(OrderedJson *out, OrderedJson::Layout *layout)
    {
        if (m_data.startsWith("\xef\xbb\xbf")) {
            layout->prefix = m_data.left(3);
            m_pos = 3;
        }
        skipSpace();
        if (!value(out, 0))
            return false;
        skipSpace();
        if (m_pos != m_data.size())
            return fail(QCoreApplication::translate(
                "OrderedJson", "unexpected text after the end of the document"));
        layout->newline = m_data.contains("\r\n") ? QByteArrayLiteral("\r\n") : "\n";
        layout->finalNewline = m_data.endsWith('\n');
        if (m_foundIndent)
            layout->indent = m_indent;
        return true;
    }

    QString error;
    qsizetype errorOffset = 0;

private:
    bool fail(const QString &message)
    {
        error = message;
        errorOffset = m_pos;
        return false;
    }

    char peek() const { return m_pos < m_data.size() ? m_data.at(m_pos) : '\0'; }

    void skipSpace()
    {
        while (m_pos < m_data.size() && isSpace(m_data.at(m_pos)))
            ++m_pos;
    }

    // After an opening bracket: whether the container is laid out over several lines, and
    // whether a one-line container has a space inside its brackets.
    void containerLayout(OrderedJson *node, int depth)
    {
        qsizetype i = m_pos;
        while (i < m_data.size() && isSpace(m_data.at(i)))
            ++i;
        const QByteArray space = m_data.mid(m_pos, i - m_pos);
        const bool empty = i < m_data.size() && (m_data.at(i) == '}' || m_data.at(i) == ']');
        node->m_layoutKnown = !empty;
        node->m_multiline = space.contains('\n');
        node->m_padded = !node->m_multiline && !space.isEmpty();
        // The indentation of the first line one level down is the document's unit.
        if (node->m_multiline && depth == 0 && !m_foundIndent) {
            const QByteArray indent = space.mid(space.lastIndexOf('\n') + 1);
            if (!indent.isEmpty() && !indent.contains('\r')) {
                m_indent = indent;
                m_foundIndent = true;
            }
        }
    }

    bool stringToken(QByteArray *raw)
    {
        const qsizetype start = m_pos;
        qsizetype i = m_pos + 1;
        while (i < m_data.size() && m_data.at(i) != '"')
            i += m_data.at(i) == '\\' ? 2 : 1;
        if (i >= m_data.size())
            return fail(QCoreApplication::translate("OrderedJson", "unterminated string"));
        m_pos = i + 1;
        *raw = m_data.mid(start, m_pos - start);
        return true;
    }

    bool value(OrderedJson *out, int depth)
    {
        if (depth > maxDepth)
            return fail(QCoreApplication::translate("OrderedJson", "too deeply nested"));
        const char c = peek();
        if (c == '{')
            return object(out, depth);
        if (c == '[')
            return array(out, depth);
        OrderedJson node;
        if (c == '"') {
            node.m_type = OrderedJson::Type::String;
            if (!stringToken(&node.m_raw))
                return false;
        } else if (c == '-' || c == '+' || c == '.' || (c >= '0' && c <= '9')) {
            const qsizetype start = m_pos;
            while (m_pos < m_data.size() && (std::strchr("+-.eE", m_data.at(m_pos)) != nullptr ||
                                             (m_data.at(m_pos) >= '0' && m_data.at(m_pos) <= '9')))
                ++m_pos;
            node.m_type = OrderedJson::Type::Number;
            node.m_raw = m_data.mid(start, m_pos - start);
        } else {
            for (const char *word : {"true", "false", "null"}) {
                if (m_data.mid(m_pos, qsizetype(std::strlen(word))) == word) {
                    node.m_type =
                        word[0] == 'n' ? OrderedJson::Type::Null : OrderedJson::Type::Bool;
                    node.m_raw = word;
                    m_pos += qsizetype(std::strlen(word));
                    break;
                }
            }
            if (node.m_raw.isEmpty())
                return fail(QCoreApplication::translate("OrderedJson", "unexpected character"));
        }
        *out = node;
        return true;
    }

    bool object(OrderedJson *out, int depth)
    {
        OrderedJson node(OrderedJson::object());
        ++m_pos; // '{'
        containerLayout(&node, depth);
        skipSpace();
        if (peek() == '}') {
            ++m_pos;
            *out = std::move(node);
            return true;
        }
        for (;;) {
            skipSpace();
            if (peek() != '"')
                return fail(QCoreApplication::translate("OrderedJson", "expected a key"));
            QByteArray rawKey;
            if (!stringToken(&rawKey))
                return false;
            skipSpace();
            if (peek() != ':')
                return fail(QCoreApplication::translate("OrderedJson", "expected ':'"));
            ++m_pos;
            skipSpace();
            OrderedJson member;
            if (!value(&member, depth + 1))
                return false;
            // A repeated key: QJsonDocument keeps the last value; so does this, in the place of
            // the first.
            const QString key = decodeKey(rawKey);
            const int existing = node.indexOf(key);
            if (existing >= 0)
                node.m_members[size_t(existing)].value = std::move(member);
            else
                node.m_members.push_back({key, rawKey, std::move(member)});
            skipSpace();
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            if (peek() == '}') {
                ++m_pos;
                *out = std::move(node);
                return true;
            }
            return fail(QCoreApplication::translate("OrderedJson", "expected ',' or '}'"));
        }
    }

    bool array(OrderedJson *out, int depth)
    {
        OrderedJson node(OrderedJson::array());
        ++m_pos; // '['
        containerLayout(&node, depth);
        skipSpace();
        if (peek() == ']') {
            ++m_pos;
            *out = std::move(node);
            return true;
        }
        for (;;) {
            skipSpace();
            OrderedJson item;
            if (!value(&item, depth + 1))
                return false;
            node.m_items.push_back(std::move(item));
            skipSpace();
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            if (peek() == ']') {
                ++m_pos;
                *out = std::move(node);
                return true;
            }
            return fail(QCoreApplication::translate("OrderedJson", "expected ',' or ']'"));
        }
    }

    static QString decodeKey(const QByteArray &rawKey)
    {
        return QJsonDocument::fromJson('[' + rawKey + ']').array().at(0).toString();
    }

    const QByteArray &m_data;
    qsizetype m_pos = 0;
    QByteArray m_indent;
    bool m_foundIndent = false;
};

bool OrderedJson::parse(const QByteArray &data, OrderedJson *out, Layout *layout, QString *error,
                        qsizetype *errorOffset)
{
    OrderedJsonReader reader(data);
    Layout found;
    OrderedJson result;
    if (!reader.read(&result, &found)) {
        if (error)
            *error = reader.error;
        if (errorOffset)
            *errorOffset = reader.errorOffset;
        return false;
    }
    *out = std::move(result);
    if (layout)
        *layout = found;
    return true;
}

OrderedJson OrderedJson::fromJsonValue(const QJsonValue &value)
{
    OrderedJson node;
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        node.m_raw = "null";
        break;
    case QJsonValue::Bool:
        node.m_type = Type::Bool;
        node.m_raw = value.toBool() ? "true" : "false";
        break;
    case QJsonValue::Double:
        node.m_type = Type::Number;
        node.m_raw = formatNumber(value.toDouble());
        break;
    case QJsonValue::String:
        node.m_type = Type::String;
        node.m_raw = quote(value.toString());
        break;
    case QJsonValue::Array: {
        node.m_type = Type::Array;
        const QJsonArray a = value.toArray();
        for (const QJsonValue &item : a)
            node.m_items.push_back(fromJsonValue(item));
        break;
    }
    case QJsonValue::Object: {
        node.m_type = Type::Object;
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            node.m_members.push_back({it.key(), QByteArray(), fromJsonValue(it.value())});
        break;
    }
    }
    return node;
}

int OrderedJson::memberCount() const
{
    return int(m_members.size());
}

QString OrderedJson::keyAt(int i) const
{
    return m_members[size_t(i)].key;
}

OrderedJson &OrderedJson::valueAt(int i)
{
    return m_members[size_t(i)].value;
}

const OrderedJson &OrderedJson::valueAt(int i) const
{
    return m_members[size_t(i)].value;
}

int OrderedJson::indexOf(const QString &key) const
{
    for (size_t i = 0; i < m_members.size(); ++i) {
        if (m_members[i].key == key)
            return int(i);
    }
    return -1;
}

OrderedJson *OrderedJson::member(const QString &key)
{
    const int i = indexOf(key);
    return i < 0 ? nullptr : &m_members[size_t(i)].value;
}

const OrderedJson *OrderedJson::member(const QString &key) const
{
    const int i = indexOf(key);
    return i < 0 ? nullptr : &m_members[size_t(i)].value;
}

OrderedJson &OrderedJson::insert(const QString &key, const OrderedJson &value, int position)
{
    const int existing = indexOf(key);
    if (existing >= 0) {
        OrderedJson &slot = m_members[size_t(existing)].value;
        OrderedJson replacement = value;
        replacement.takeLayoutFrom(slot);
        slot = std::move(replacement);
        return slot;
    }
    if (position < 0 || position > int(m_members.size()))
        position = int(m_members.size());
    auto it = m_members.insert(m_members.begin() + position, {key, QByteArray(), value});
    return it->value;
}

bool OrderedJson::remove(const QString &key)
{
    const int i = indexOf(key);
    if (i < 0)
        return false;
    m_members.erase(m_members.begin() + i);
    return true;
}

OrderedJson OrderedJson::takeAt(int i)
{
    OrderedJson value = std::move(m_members[size_t(i)].value);
    m_members.erase(m_members.begin() + i);
    return value;
}

void OrderedJson::moveMemberTo(int i, OrderedJson *target)
{
    target->m_members.push_back(std::move(m_members[size_t(i)]));
    m_members.erase(m_members.begin() + i);
}

void OrderedJson::insertItem(int position, const OrderedJson &value)
{
    if (position < 0 || position > int(m_items.size()))
        position = int(m_items.size());
    m_items.insert(m_items.begin() + position, value);
}

void OrderedJson::removeItem(int i)
{
    m_items.erase(m_items.begin() + i);
}

void OrderedJson::takeLayoutFrom(const OrderedJson &other)
{
    if (m_type != other.m_type || (m_type != Type::Array && m_type != Type::Object))
        return;
    m_layoutKnown = other.m_layoutKnown;
    m_multiline = other.m_multiline;
    m_padded = other.m_padded;
}

QByteArray OrderedJson::toJson(const Layout &layout) const
{
    QByteArray out = layout.prefix;
    write(out, layout, 0, false);
    if (layout.finalNewline)
        out += layout.newline;
    return out;
}

void OrderedJson::write(QByteArray &out, const Layout &layout, int depth, bool inlineOnly) const
{
    const bool isObj = m_type == Type::Object;
    if (m_type != Type::Array && !isObj) {
        out += m_raw;
        return;
    }
    const char open = isObj ? '{' : '[';
    const char close = isObj ? '}' : ']';
    const int count = isObj ? int(m_members.size()) : int(m_items.size());
    bool multiline = m_multiline;
    if (!m_layoutKnown) {
        multiline = isObj;
        for (const OrderedJson &item : m_items)
            multiline = multiline || item.isArray() || item.isObject();
    }
    multiline = multiline && !inlineOnly && count > 0;
    const bool padded = m_padded && !multiline;
    out += open;
    if (padded)
        out += ' ';
    for (int i = 0; i < count; ++i) {
        if (multiline) {
            out += layout.newline;
            for (int d = 0; d <= depth; ++d)
                out += layout.indent;
        } else if (i > 0) {
            out += ' ';
        }
        const OrderedJson *child = nullptr;
        if (isObj) {
            const Member &m = m_members[size_t(i)];
            out += m.rawKey.isEmpty() ? quote(m.key) : m.rawKey;
            out += ": ";
            child = &m.value;
        } else {
            child = &m_items[size_t(i)];
        }
        child->write(out, layout, depth + 1, !multiline);
        if (i + 1 < count)
            out += ',';
    }
    if (multiline) {
        out += layout.newline;
        for (int d = 0; d < depth; ++d)
            out += layout.indent;
    } else if (padded && count > 0) {
        out += ' ';
    }
    out += close;
}

} // namespace Logkeeper
