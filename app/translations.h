// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include <QString>

namespace Logkeeper {

// Makes Logkeeper speak the user's language: installs its own catalogue (embedded under
// :/i18n, so an uninstalled build translates too) and Qt's (qtbase_<lang>.qm from Qt's
// translations folder, for the command line parser, message box buttons, file dialogs...).
// The daemon's log lines stay English on purpose; see translations/README.md.
namespace Translations {
// Call once the QCoreApplication (or QApplication) exists and before any translated text is
// built (the command line's help text is). Follows QLocale::system().uiLanguages(), so
// LANGUAGE, LC_ALL, LC_MESSAGES and LANG as usual; a language Logkeeper lacks, and the C/POSIX
// locale, get English. Qt's catalogue is loaded for the language Logkeeper's own was found
// for, so the user never sees a mix of two languages. Returns that language ("de", "en"), or
// an empty string when no catalogue is built in.
QString install();

// Where the catalogues are embedded, for tests that look at them directly.
QString resourceFolder();
} // namespace Translations

} // namespace Logkeeper
