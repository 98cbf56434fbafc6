// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "config/config.h"
#include "config/configissue.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace Logkeeper {

// Walks one JSON object tree for ConfigValidator, collecting every problem with its key path.
// Each reader sets *out only when the key is present and valid; its messages are
// ConfigValidator's (one translation context for the whole validation).
class JsonChecker
{
public:
    JsonChecker(const QString &file, const QString &baseDir);

    ConfigIssues issues;

    static QString typeName(const QJsonValue &v); // "a number", for "got %1"
    static QString join(const QString &path, const QString &key);

    void error(const QString &path, const QString &message);
    void warning(const QString &path, const QString &message);
    void unknownKeys(const QJsonObject &o, const QString &path, const QStringList &known);

    // A number within [min, max]; minExclusive makes 0 (or min) itself invalid. True when the
    // key was present and valid, i.e. *out was set.
    bool number(const QJsonObject &o, const QString &key, const QString &path, double *out,
                double min, bool minExclusive, double max);
    // A whole number within [min, max]; the range is checked on the double before any cast.
    // what names the range in the message ("for gzip"), if anything.
    void integer(const QJsonObject &o, const QString &key, const QString &path, int *out, int min,
                 int max, const QString &what = {});
    void boolean(const QJsonObject &o, const QString &key, const QString &path, bool *out);
    bool string(const QJsonObject &o, const QString &key, const QString &path, QString *out,
                bool allowEmpty = true);
    bool object(const QJsonObject &o, const QString &key, const QString &path, QJsonObject *out);
    // A path, resolved against the config file's folder and ~.
    bool path(const QJsonObject &o, const QString &key, const QString &p, QString *out);
    QString resolve(QString raw) const;

    // One of a fixed set of words; *index is its position in `words`. unknown: the message for
    // another word, with %1 the word and %2 the list of the valid ones.
    bool oneOf(const QJsonObject &o, const QString &key, const QString &path,
               const QStringList &words, const QString &unknown, int *index);
    // A user or group, by name or number (a JSON number, or a string of digits). A number need
    // not exist (as with chown); a name must. *primaryGroup: a user's primary group, if known.
    bool account(const QJsonObject &o, const QString &key, const QString &path, bool user,
                 QString *name, qint64 *id, qint64 *primaryGroup = nullptr);
    // A mode as the octal string people write ("0640", "640").
    void mode(const QJsonObject &o, const QString &key, const QString &path, int *out);
    // rotation.create and archival.create_dir: false, or an object with mode, owner and group.
    void createSpec(const QJsonObject &o, const QString &key, const QString &path,
                    CreateSpec *spec);

private:
    QString m_file;
    QString m_baseDir;
};

} // namespace Logkeeper
