#pragma once

#include <QString>

#include <atomic>

// Turns a finished rotated file into its archive without ever risking the data: the archive is
// written to a temporary file in the destination folder, fsynced, decompressed again and
// compared with the source, and only then renamed into place (never over an existing file) and
// the folder fsynced. Large files are compressed as independent blocks on several threads and
// written in order. The source file is never touched; removing it is the caller's decision.
class ArchiveCompressor
{
public:
    struct Result
    {
        bool ok = false;
        QString archivePath;    // final path on success
        qint64 sourceBytes = 0; // bytes of the source that the archive holds
        qint64 archiveBytes = 0;
        QString error; // names the file and the cause on failure
    };

    // Prefix of every temporary file this class writes; recovery removes leftovers by it.
    static QString temporaryPrefix(); // ".logkeeper-tmp-"

    // codec: a Codecs::known() name, or "none" for a verified plain copy (used to move an
    // uncompressed rotated file to an archive folder on another filesystem).
    // The archive is created at `archivePath`; if a file of that name exists the call fails.
    // `cancel`, when set, stops the work at the next block and removes the temporary file.
    static Result compress(const QString &sourcePath, const QString &archivePath,
                           const QString &codec, int level,
                           const std::atomic_bool *cancel = nullptr);

    // Whether the archive at archivePath holds exactly the content of sourcePath: after a crash
    // between putting an archive in place and removing its source, recovery finds both.
    static bool holds(const QString &archivePath, const QString &sourcePath, const QString &codec);
};
