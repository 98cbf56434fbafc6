// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "compression/compressionbackend.h"

#include <QIODevice>

#ifdef LOGKEEPER_WITH_KARCHIVE
#include "compression/karchivebackend.h"
#else
#include "compression/libarchivebackend.h"
#endif

namespace Logkeeper {

bool CompressionBackend::feed(QIODevice *in, qint64 size, const CancelToken &cancel,
                              const std::function<bool(const char *, qint64)> &sink, QString *error)
{
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (qint64 done = 0; done < size;) {
        if (cancel.isCancelled()) {
            *error = QStringLiteral("cancelled");
            return false;
        }
        const qint64 n = in->read(buffer.data(), qMin<qint64>(buffer.size(), size - done));
        if (n <= 0) {
            *error = n < 0 ? in->errorString() : QStringLiteral("the file shrank while being read");
            return false;
        }
        if (!sink(buffer.constData(), n))
            return false;
        done += n;
    }
    return true;
}

const CompressionBackend &CompressionBackend::instance()
{
#ifdef LOGKEEPER_WITH_KARCHIVE
    static const KArchiveBackend backend;
#else
    static const LibArchiveBackend backend;
#endif
    return backend;
}

} // namespace Logkeeper
