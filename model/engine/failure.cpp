// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "engine/failure.h"

#include <QCoreApplication>

#include <cstring>

namespace Logkeeper {

namespace {

// The sentences, in Kind's order. Marked for lupdate here, translated when shown.
const char *const formats[] = {
    QT_TRANSLATE_NOOP("Failure", "%1: %2"),
    QT_TRANSLATE_NOOP("Failure", "%1: is a symlink; refused (Logkeeper rotates regular files "
                                 "only and never follows symlinks)"),
    QT_TRANSLATE_NOOP("Failure", "%1: is not a regular file; refused (Logkeeper rotates regular "
                                 "files only and never follows symlinks)"),
    QT_TRANSLATE_NOOP("Failure", "%1: cannot create the archive folder"),
    QT_TRANSLATE_NOOP("Failure", "%1: cannot create archive folder %2"),
    QT_TRANSLATE_NOOP("Failure", "rotation of %1 failed: %2"),
    QT_TRANSLATE_NOOP("Failure", "archiving %1 failed: %2; the rotated file is kept and retried"),
    QT_TRANSLATE_NOOP("Failure", "archiving %1 failed: cannot write %2: %3; the rotated file is "
                                 "kept and retried"),
    QT_TRANSLATE_NOOP("Failure", "%1: cannot make the rotation durable (fsync of the folder): %2"),
    QT_TRANSLATE_NOOP("Failure",
                      "%1: cannot make the new archives durable (fsync of the folder): %2"),
    QT_TRANSLATE_NOOP("Failure", "%1: cannot make the removal of archived files durable (fsync "
                                 "of the folder): %2"),
    QT_TRANSLATE_NOOP("Failure", "%1 hook of set '%2' failed (exit code %3)"),
    QT_TRANSLATE_NOOP("Failure", "%1 hook of set '%2' failed (exit code %3): %4"),
    QT_TRANSLATE_NOOP("Failure", "%1 hook of set '%2' did not finish within %3 s; killed"),
    QT_TRANSLATE_NOOP("Failure", "%1 hook of set '%2' could not start: %3"),
    QT_TRANSLATE_NOOP("Failure", "%1: cannot open for cleanup: %2"),
    QT_TRANSLATE_NOOP("Failure", "cannot remove archive %1: %2"),
    QT_TRANSLATE_NOOP("Failure", "%1: not rotated: the archive folder %2 does not exist, and "
                                 "archival.create_dir is false"),
    QT_TRANSLATE_NOOP("Failure", "%1: its owner or mode could not be kept: %2"),
    QT_TRANSLATE_NOOP("Failure", "%1: not rotated: cannot shift its numbered rotations: %2"),
    QT_TRANSLATE_NOOP("Failure", "%3: not rotated because the %1 hook of set '%2' failed"),
    QT_TRANSLATE_NOOP("Failure", "set '%1': its log folder %2 does not exist; nothing of it is "
                                 "rotated (a typo? set missing_ok if it may be missing)"),
    QT_TRANSLATE_NOOP("Failure", "%1: the log of set '%2' does not exist (set missing_ok if it "
                                 "may be missing)"),
    QT_TRANSLATE_NOOP("Failure", "%1 is claimed by sets '%2' and '%3'; neither rotates it until "
                                 "their active_log or patterns exclude each other"),
    QT_TRANSLATE_NOOP("Failure", "set '%1': nothing of it is rotated: cannot act as %2 (its "
                                 "run_as): %3"),
    "%1",
};
static_assert(sizeof formats / sizeof *formats == size_t(Failure::Kind::Other) + 1,
              "one format per kind");

// %1 ... %9 replaced in one pass, so a value that itself holds "%2" (a path may) stays as it is.
QString render(const QString &format, const QStringList &arguments)
{
    QString out;
    out.reserve(format.size() + 64);
    for (qsizetype i = 0; i < format.size(); ++i) {
        const QChar c = format.at(i);
        if (c == QLatin1Char('%') && i + 1 < format.size() && format.at(i + 1).isDigit() &&
            format.at(i + 1) != QLatin1Char('0')) {
            const int n = format.at(i + 1).digitValue();
            out += n <= arguments.size() ? arguments.at(n - 1) : QString();
            ++i;
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace

QString Failure::text() const
{
    return render(QString::fromUtf8(formats[int(kind)]), arguments);
}

QString Failure::translatedText() const
{
    if (kind == Kind::Other)
        return text();
    return render(QCoreApplication::translate("Failure", formats[int(kind)]), arguments);
}

QString Failure::systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace Logkeeper
