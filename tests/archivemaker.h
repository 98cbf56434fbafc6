// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

// Writes archives of several files (tar, zip, 7z, cpio; tar optionally compressed) through
// libarchive's writer, so the tests of the viewer need no external tool to make "archives made
// by others". Tests that include this link libarchive (see tests/*/CMakeLists.txt).

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

namespace ArchiveMaker {

struct Entry
{
    QString name;
    QByteArray data;
    bool directory = false;
};

// format: a libarchive format name ("pax", "ustar", "zip", "7zip", "cpio"); filter: "" or a
// libarchive filter name ("gzip", "bzip2", "xz", "zstd").
inline bool write(const QString &path, const QString &format, const QString &filter,
                  const QList<Entry> &entries, QString *error = nullptr)
{
    struct Free
    {
        void operator()(struct archive *a) const { archive_write_free(a); }
    };
    std::unique_ptr<struct archive, Free> a(archive_write_new());
    auto fail = [&] {
        if (error)
            *error = QString::fromLocal8Bit(archive_error_string(a.get()));
        return false;
    };
    if (archive_write_set_format_by_name(a.get(), format.toLatin1().constData()) != ARCHIVE_OK)
        return fail();
    if (!filter.isEmpty() &&
        archive_write_add_filter_by_name(a.get(), filter.toLatin1().constData()) != ARCHIVE_OK)
        return fail();
    if (archive_write_open_filename(a.get(), QFile::encodeName(path).constData()) != ARCHIVE_OK)
        return fail();
    for (const Entry &e : entries) {
        struct archive_entry *entry = archive_entry_new();
        archive_entry_set_pathname_utf8(entry, e.name.toUtf8().constData());
        archive_entry_set_filetype(entry, e.directory ? AE_IFDIR : AE_IFREG);
        archive_entry_set_perm(entry, e.directory ? 0755 : 0644);
        archive_entry_set_size(entry, e.directory ? 0 : e.data.size());
        archive_entry_set_mtime(entry, 1700000000, 0);
        const int r = archive_write_header(a.get(), entry);
        archive_entry_free(entry);
        if (r != ARCHIVE_OK)
            return fail();
        for (qint64 at = 0; !e.directory && at < e.data.size();) {
            const la_ssize_t n =
                archive_write_data(a.get(), e.data.constData() + at, size_t(e.data.size() - at));
            if (n <= 0)
                return fail();
            at += n;
        }
    }
    if (archive_write_close(a.get()) != ARCHIVE_OK)
        return fail();
    return true;
}

} // namespace ArchiveMaker
