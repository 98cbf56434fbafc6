// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "app/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Logkeeper {

namespace Translations {

QString resourceFolder()
{
    return QStringLiteral(":/i18n");
}

QString install()
{
    auto *app = QCoreApplication::instance();
    Q_ASSERT(app); // installTranslator() needs the application object
    const QString name = QStringLiteral("logkeeper");
    const QString prefix = QStringLiteral("_");
    auto *own = new QTranslator(app);
    // The user's languages in order of preference; when Logkeeper speaks none of them (or
    // the locale is C/POSIX), the English catalogue, which gives the source texts their plural
    // forms ("1 file", not "1 file(s)").
    if (!own->load(QLocale::system(), name, prefix, resourceFolder()) &&
        !own->load(QLocale(QLocale::English), name, prefix, resourceFolder())) {
        delete own; // not built in: the source texts as they are
        return {};
    }
    QCoreApplication::installTranslator(own);

    auto *qt = new QTranslator(app);
    if (qt->load(QLocale(own->language()), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt; // Qt's own texts stay English (qt6-translations-l10n is not installed)
    return own->language();
}

} // namespace Translations

} // namespace Logkeeper
