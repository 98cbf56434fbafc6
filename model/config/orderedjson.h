// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <vector>

namespace Logkeeper {

// A JSON value that keeps what QJsonObject forgets: the order of an object's keys and the
// spelling of every untouched number and string ("10" stays "10", "\u00e9" stays escaped), and
// whether a container was written on one line. The settings editor edits a config through it so
// that a save changes only what was edited. Values are read back through QJsonDocument (see
// ConfigDocument), so QJsonDocument stays the one authority on what a file means.
class OrderedJson
{
public:
    enum class Type
    {
        Null,
        Bool,
        Number,
        String,
        Array,
        Object
    };

    // How a document was laid out, so a re-serialized file looks like the original.
    struct Layout
    {
        QByteArray indent = "    "; // one level
        QByteArray newline = "\n";
        QByteArray prefix; // a UTF-8 byte order mark, if the file had one
        bool finalNewline = true;
    };

    OrderedJson() = default; // null
    static OrderedJson fromJsonValue(const QJsonValue &value);
    static OrderedJson object() { return OrderedJson(Type::Object); }
    static OrderedJson array() { return OrderedJson(Type::Array); }

    // Reads text that QJsonDocument::fromJson() has accepted (it is the syntax authority; this
    // reader only needs to find the structure and the raw tokens in it). Returns false with
    // *error and the byte *errorOffset on input it cannot follow; never crashes, whatever the
    // input. *layout receives the indentation and line ends found.
    static bool parse(const QByteArray &data, OrderedJson *out, Layout *layout, QString *error,
                      qsizetype *errorOffset);

    QByteArray toJson(const Layout &layout) const;

    Type type() const { return m_type; }
    bool isObject() const { return m_type == Type::Object; }
    bool isArray() const { return m_type == Type::Array; }

    // Objects: members in document order.
    int memberCount() const;
    QString keyAt(int i) const;
    OrderedJson &valueAt(int i);
    const OrderedJson &valueAt(int i) const;
    int indexOf(const QString &key) const;
    OrderedJson *member(const QString &key);
    const OrderedJson *member(const QString &key) const;
    // Replaces the value of an existing key in place; otherwise inserts at position (-1: last).
    OrderedJson &insert(const QString &key, const OrderedJson &value, int position = -1);
    bool remove(const QString &key);
    OrderedJson takeAt(int i);
    // Moves member i, with its key as written, to the end of the object `target`.
    void moveMemberTo(int i, OrderedJson *target);

    // Arrays.
    int size() const { return int(m_items.size()); }
    OrderedJson &at(int i) { return m_items[size_t(i)]; }
    const OrderedJson &at(int i) const { return m_items[size_t(i)]; }
    void insertItem(int position, const OrderedJson &value);
    void removeItem(int i);

    // Keeps the one-line/multi-line look of `other` when this replaces it.
    void takeLayoutFrom(const OrderedJson &other);

private:
    struct Member; // defined below: a vector may hold a type still incomplete here (C++17)
    explicit OrderedJson(Type type) : m_type(type) {}
    void write(QByteArray &out, const Layout &layout, int depth, bool inlineOnly) const;

    Type m_type = Type::Null;
    QByteArray m_raw; // scalars: the token exactly as written (with quotes)
    std::vector<OrderedJson> m_items;
    std::vector<Member> m_members;
    // Containers as read: one member per line or all on one, "{ a }" or "{a}". A container
    // read empty or made by an edit has no layout of its own: objects and lists of objects
    // take one line per member, lists of plain values one line (["*.log"]).
    bool m_layoutKnown = false;
    bool m_multiline = true;
    bool m_padded = false;

    friend class OrderedJsonReader;
};

struct OrderedJson::Member
{
    QString key;
    QByteArray rawKey; // with quotes, as written; empty for a key added by an edit
    OrderedJson value;
};

} // namespace Logkeeper
