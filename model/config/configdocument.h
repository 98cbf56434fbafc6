// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "config/configissue.h"
#include "config/orderedjson.h"

#include <QJsonObject>
#include <QObject>

namespace Logkeeper {

// A configuration file open for editing. Keeps the file's key order, its unknown keys and the
// spelling of everything not edited: an unedited document saves byte for byte as it was read,
// an edited one changes only what was edited (new keys go after the existing ones). Addresses
// values by the validator's key paths ("log_sets[1].rotation.max_size_mb"), and manages log
// sets in both formats: the seed script's single set at the top level stays that way while it
// is the only set; a second set turns the file into the "log_sets" format.
class ConfigDocument : public QObject
{
    Q_OBJECT
public:
    explicit ConfigDocument(QObject *parent = nullptr);
    ~ConfigDocument() override;

    // Reads a file. On failure returns false with *error (file, line and column for JSON syntax
    // errors, as ConfigLoader reports them) and leaves the document as it was.
    bool load(const QString &path, ConfigIssue *error = nullptr);
    // The same from bytes; fileName labels errors and resolves relative paths later.
    bool loadData(const QByteArray &data, const QString &fileName = {},
                  ConfigIssue *error = nullptr);
    // The config Logkeeper writes on first start (ConfigLoader::defaultConfigJson()), marked
    // modified so it can be saved over a file that could not be read.
    void loadDefaults(const QString &fileName);

    QString fileName() const { return m_fileName; }
    QString baseDir() const; // the file's folder: relative paths in the config resolve there
    // Differs from what was last loaded or saved.
    bool isModified() const { return m_modified; }

    // The text Save writes: the original bytes when nothing was edited.
    QByteArray toJson() const;
    // The document as QJsonDocument reads toJson(): what the validator and the engine see.
    QJsonObject toJsonObject() const;
    // Writes toJson() atomically (QSaveFile); afterwards the document is unmodified and
    // fileName() is path.
    bool save(const QString &path, QString *error);

    // Undefined when the path leads nowhere.
    QJsonValue value(const QString &keyPath) const;
    bool contains(const QString &keyPath) const;
    // Creates missing objects on the way (appended to their parent). A value equal to the
    // present one changes nothing, so its spelling is kept. False for a path that cannot exist
    // (an array index out of range, a malformed path).
    bool setValue(const QString &keyPath, const QJsonValue &value);
    // Removes the key; an object left empty by it goes too (unless it is a log set).
    bool remove(const QString &keyPath);

    // Log sets. In the single-set format there is one, its keys at the top level.
    bool isSingleSetFormat() const;
    int logSetCount() const;
    QString logSetPath(int index) const; // "log_sets[1]", or "" in the single-set format
    QString logSetKeyPath(int index, const QString &key) const;
    // The set a key path (an issue's, say) belongs to, or -1.
    int logSetOfKeyPath(const QString &keyPath) const;
    QString logSetName(int index) const; // the validator's default when "name" is missing
    QStringList logSetNames() const;
    // Appends a set with this name (or a free "setN"), an empty log_dir and patterns
    // ["*.log"]. Returns its index, or -1 when log_sets is not a list.
    int addLogSet(const QString &name = {});
    // A copy right after the original, named "<name>-copy" (or -copy2, ...). Returns its index.
    int duplicateLogSet(int index);
    bool removeLogSet(int index);
    bool renameLogSet(int index, const QString &name);

signals:
    // Any change of content, including a load.
    void changed();
    void modifiedChanged(bool modified);

private:
    struct Step
    {
        QString key;    // an object member, or
        int index = -1; // an array element
    };
    static bool parsePath(const QString &keyPath, QVector<Step> *steps);
    const OrderedJson *find(const QString &keyPath) const;
    // Converts the single-set format into "log_sets" with that set as the first element.
    void convertToLogSets();
    OrderedJson *logSetsArray();
    QString uniqueName(const QString &base) const;
    void edited();
    void setModified(bool modified);

    OrderedJson m_root = OrderedJson::object();
    OrderedJson::Layout m_layout;
    QByteArray m_original; // the bytes last loaded or saved
    QString m_fileName;
    bool m_edited = false; // m_root differs from m_original's tree
    bool m_modified = false;
    mutable QJsonObject m_cache; // toJsonObject(), while m_cacheValid
    mutable bool m_singleSetFormat = false;
    mutable bool m_cacheValid = false;
};

} // namespace Logkeeper
