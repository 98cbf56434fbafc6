#include "compressionbackend.h"

#ifdef LOGKEEPER_WITH_KARCHIVE
#include "karchivebackend.h"
#else
#include "libarchivebackend.h"
#endif

const CompressionBackend &CompressionBackend::instance()
{
#ifdef LOGKEEPER_WITH_KARCHIVE
    static const KArchiveBackend backend;
#else
    static const LibArchiveBackend backend;
#endif
    return backend;
}
