// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include <QString>

namespace Logkeeper {

// Routes Qt's logging to stderr and, when the config names one, to a log file in the seed
// script's format ("2026-11-24 09:00:00,123 - INFO - message"), at the configured level.
namespace LogOutput {
void install();
// level: DEBUG | INFO | WARNING | ERROR | CRITICAL; logFile empty = stderr only. Creates
// nothing: the log file and its folder are made when the first message is written.
void configure(const QString &logFile, const QString &level);
} // namespace LogOutput

} // namespace Logkeeper
