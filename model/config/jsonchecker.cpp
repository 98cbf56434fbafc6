// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "config/jsonchecker.h"

#include "config/configvalidator.h"

#include <QDir>
#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>
#include <grp.h>
#include <pwd.h>

namespace Logkeeper {

QString JsonChecker::typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        //: a JSON value's type, for "must be a number, got %1"
        return ConfigValidator::tr("null");
    case QJsonValue::Bool:
        return ConfigValidator::tr("a boolean");
    case QJsonValue::Double:
        return ConfigValidator::tr("a number");
    case QJsonValue::String:
        return ConfigValidator::tr("a string");
    case QJsonValue::Array:
        return ConfigValidator::tr("an array");
    case QJsonValue::Object:
        return ConfigValidator::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return ConfigValidator::tr("nothing");
}

QString JsonChecker::join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

JsonChecker::JsonChecker(const QString &file, const QString &baseDir)
    : m_file(file), m_baseDir(baseDir)
{}

void JsonChecker::error(const QString &path, const QString &message)
{
    issues.append({ConfigIssue::Severity::Error, path, message, m_file, 0, 0});
}
void JsonChecker::warning(const QString &path, const QString &message)
{
    issues.append({ConfigIssue::Severity::Warning, path, message, m_file, 0, 0});
}

void JsonChecker::unknownKeys(const QJsonObject &o, const QString &path, const QStringList &known)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key()))
            warning(join(path, it.key()), ConfigValidator::tr("unknown key, ignored"));
    }
}

// A number within [min, max]; minExclusive makes 0 (or min) itself invalid. True when the
// key was present and valid, i.e. *out was set.
bool JsonChecker::number(const QJsonObject &o, const QString &key, const QString &path, double *out,
                         double min, bool minExclusive, double max)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return false;
    const QString p = join(path, key);
    if (!v.isDouble()) {
        error(p, ConfigValidator::tr("must be a number, got %1").arg(typeName(v)));
        return false;
    }
    const double d = v.toDouble();
    if (!std::isfinite(d) || d > max) {
        error(p, ConfigValidator::tr("%1 is too large (at most %2)").arg(d).arg(max));
    } else if (minExclusive ? d <= min : d < min) {
        error(p, minExclusive
                     ? ConfigValidator::tr("must be greater than %1, got %2").arg(min).arg(d)
                     : ConfigValidator::tr("must be at least %1, got %2").arg(min).arg(d));
    } else {
        *out = d;
        return true;
    }
    return false;
}

// A whole number within [min, max]; the range is checked on the double before any cast.
// what names the range in the message ("for gzip"), if anything.
void JsonChecker::integer(const QJsonObject &o, const QString &key, const QString &path, int *out,
                          int min, int max, const QString &what)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return;
    const QString p = join(path, key);
    if (!v.isDouble()) {
        error(p, ConfigValidator::tr("must be a whole number, got %1").arg(typeName(v)));
        return;
    }
    const double d = v.toDouble();
    if (!std::isfinite(d) || d != std::floor(d)) {
        error(p, ConfigValidator::tr("must be a whole number, got %1").arg(d));
    } else if (d < min || d > max) {
        //: %3 is empty or " for <codec>" (with its leading space)
        error(p, ConfigValidator::tr("must be between %1 and %2%3, got %4")
                     .arg(min)
                     .arg(max)
                     .arg(what.isEmpty() ? QString() : QLatin1Char(' ') + what)
                     .arg(d));
    } else {
        *out = int(d);
    }
}

void JsonChecker::boolean(const QJsonObject &o, const QString &key, const QString &path, bool *out)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return;
    if (!v.isBool())
        error(join(path, key),
              ConfigValidator::tr("must be true or false, got %1").arg(typeName(v)));
    else
        *out = v.toBool();
}

bool JsonChecker::string(const QJsonObject &o, const QString &key, const QString &path,
                         QString *out, bool allowEmpty)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return false;
    if (!v.isString()) {
        error(join(path, key), ConfigValidator::tr("must be a string, got %1").arg(typeName(v)));
        return false;
    }
    if (!allowEmpty && v.toString().isEmpty()) {
        error(join(path, key), ConfigValidator::tr("must not be empty"));
        return false;
    }
    *out = v.toString();
    return true;
}

bool JsonChecker::object(const QJsonObject &o, const QString &key, const QString &path,
                         QJsonObject *out)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return false;
    if (!v.isObject()) {
        error(join(path, key), ConfigValidator::tr("must be an object, got %1").arg(typeName(v)));
        return false;
    }
    *out = v.toObject();
    return true;
}

bool JsonChecker::path(const QJsonObject &o, const QString &key, const QString &p, QString *out)
{
    QString raw;
    if (!string(o, key, p, &raw, false))
        return false;
    if (raw.contains(QChar(0))) { // "\u0000" is valid JSON but no file system takes it
        error(join(p, key), ConfigValidator::tr("must not contain a NUL character"));
        return false;
    }
    *out = resolve(raw);
    return true;
}

QString JsonChecker::resolve(QString raw) const
{
    if (raw == QLatin1String("~") || raw.startsWith(QLatin1String("~/")))
        raw = QDir::homePath() + raw.mid(1);
    if (QDir::isRelativePath(raw) && !m_baseDir.isEmpty())
        raw = m_baseDir + QLatin1Char('/') + raw;
    return QDir::cleanPath(raw);
}

// One of a fixed set of words; *index is its position in `words`. unknown: the message for
// another word, with %1 the word and %2 the list of the valid ones.
bool JsonChecker::oneOf(const QJsonObject &o, const QString &key, const QString &path,
                        const QStringList &words, const QString &unknown, int *index)
{
    QString word;
    if (!string(o, key, path, &word))
        return false;
    const int i = int(words.indexOf(word));
    if (i < 0) {
        QStringList quoted;
        for (const QString &w : words)
            quoted.append(QLatin1Char('"') + w + QLatin1Char('"'));
        error(join(path, key), unknown.arg(word, quoted.join(QStringLiteral(", "))));
        return false;
    }
    *index = i;
    return true;
}

// A user or group, by name or number (a JSON number, or a string of digits). A number need not
// exist (as with chown); a name must. *primaryGroup: a user's primary group, if known.
bool JsonChecker::account(const QJsonObject &o, const QString &key, const QString &path, bool user,
                          QString *name, qint64 *id, qint64 *primaryGroup)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return false;
    const QString p = join(path, key);
    QString text;
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d < 0 || d != std::floor(d) || d > 4294967294.0) {
            error(p, ConfigValidator::tr("must be a name or a number from 0 up, got %1").arg(d));
            return false;
        }
        text = QString::number(qint64(d));
    } else if (!v.isString() || v.toString().isEmpty()) {
        error(p,
              user
                  ? ConfigValidator::tr("must be a user name or number, got %1").arg(typeName(v))
                  : ConfigValidator::tr("must be a group name or number, got %1").arg(typeName(v)));
        return false;
    } else {
        text = v.toString();
    }
    bool numeric = false;
    const qint64 number = text.toLongLong(&numeric);
    const QByteArray local = text.toLocal8Bit();
    char buffer[16384];
    if (user) {
        struct passwd pw, *found = nullptr;
        const bool known =
            numeric
                ? ::getpwuid_r(uid_t(number), &pw, buffer, sizeof buffer, &found) == 0 && found
                : ::getpwnam_r(local.constData(), &pw, buffer, sizeof buffer, &found) == 0 && found;
        if (!known && !numeric) {
            error(p, ConfigValidator::tr("unknown user \"%1\"").arg(text));
            return false;
        }
        *id = known ? qint64(found->pw_uid) : number;
        if (primaryGroup && known)
            *primaryGroup = qint64(found->pw_gid);
    } else {
        struct group gr, *found = nullptr;
        const bool known =
            numeric
                ? ::getgrgid_r(gid_t(number), &gr, buffer, sizeof buffer, &found) == 0 && found
                : ::getgrnam_r(local.constData(), &gr, buffer, sizeof buffer, &found) == 0 && found;
        if (!known && !numeric) {
            error(p, ConfigValidator::tr("unknown group \"%1\"").arg(text));
            return false;
        }
        *id = known ? qint64(found->gr_gid) : number;
    }
    *name = text;
    return true;
}

// A mode as the octal string people write ("0640", "640").
void JsonChecker::mode(const QJsonObject &o, const QString &key, const QString &path, int *out)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return;
    static const QRegularExpression octal(QStringLiteral("^0?[0-7]{3,4}$"));
    bool ok = false;
    const int m = v.toString().toInt(&ok, 8);
    if (!v.isString() || !octal.match(v.toString()).hasMatch() || !ok || m > 07777) {
        error(join(path, key),
              ConfigValidator::tr("must be an octal mode in quotes, such as \"0640\", got %1")
                  .arg(v.isString()   ? QLatin1Char('"') + v.toString() + QLatin1Char('"')
                       : v.isDouble() ? QString::number(v.toDouble())
                                      : typeName(v)));
        return;
    }
    *out = m;
}

// rotation.create and archival.create_dir: false, or an object with mode, owner and group.
void JsonChecker::createSpec(const QJsonObject &o, const QString &key, const QString &path,
                             CreateSpec *spec)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return;
    const QString p = join(path, key);
    if (v.isBool()) { // true: the default, spelt out
        spec->enabled = v.toBool();
        return;
    }
    if (!v.isObject()) {
        error(p, ConfigValidator::tr("must be false or an object such as {\"mode\": \"0640\", "
                                     "\"owner\": \"root\", \"group\": \"adm\"}, got %1")
                     .arg(typeName(v)));
        return;
    }
    const QJsonObject spelt = v.toObject();
    unknownKeys(spelt, p,
                {QStringLiteral("mode"), QStringLiteral("owner"), QStringLiteral("group")});
    mode(spelt, QStringLiteral("mode"), p, &spec->mode);
    account(spelt, QStringLiteral("owner"), p, true, &spec->owner, &spec->uid);
    account(spelt, QStringLiteral("group"), p, false, &spec->group, &spec->gid);
}

} // namespace Logkeeper
