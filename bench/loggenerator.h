// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include <QByteArray>
#include <QString>

// Writes realistic web-server access log lines (varied clients, paths, statuses, sizes, agents),
// deterministic for a given seed, so benchmarks compress what real logs look like.
namespace LogGenerator {
QByteArray lines(qint64 bytes, quint32 seed = 1);
bool writeFile(const QString &path, qint64 bytes, quint32 seed = 1);
} // namespace LogGenerator
