// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
// The committed catalogues are complete: lupdate runs on the program's sources (the same list
// and options as the update_translations target) into a fresh catalogue, and every text it
// finds must be in translations/logkeeper_de.ts, translated, with the same placeholders and a
// shortcut where the source has one; texts the sources no longer have must be gone. The
// English catalogue must hold every plural text with both forms. A failure says what to run.

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment; // disambiguation: part of the key
    bool numerus = false;
    QString type;             // "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one, or one per plural form
    QString key() const
    {
        return context + QLatin1String(" | ") + source +
               (comment.isEmpty() ? QString() : QLatin1String(" | ") + comment);
    }
};

struct Catalogue
{
    QString language;
    QList<Message> messages;
    QString error;
};

// A Qt Linguist .ts file: its language and every message with its translation(s).
Catalogue read(const QString &path)
{
    Catalogue out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.error = path + ": " + file.errorString();
        return out;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    bool inTranslation = false;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        const auto name = xml.name();
        if (token == QXmlStreamReader::StartElement) {
            if (name == QLatin1String("TS")) {
                out.language = xml.attributes().value("language").toString();
            } else if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                message = Message{};
                message.context = context;
                message.numerus = xml.attributes().value("numerus") == QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                message.source = xml.readElementText();
            } else if (name == QLatin1String("comment")) {
                message.comment = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                message.type = xml.attributes().value("type").toString();
                if (message.numerus)
                    inTranslation = true;
                else
                    message.translations = {xml.readElementText()};
            } else if (name == QLatin1String("numerusform") && inTranslation) {
                message.translations.append(xml.readElementText());
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (name == QLatin1String("translation"))
                inTranslation = false;
            else if (name == QLatin1String("message"))
                out.messages.append(message);
        }
    }
    if (xml.hasError())
        out.error =
            QStringLiteral("%1: %2 at line %3").arg(path, xml.errorString()).arg(xml.lineNumber());
    return out;
}

// %1..%99 and %n, each once, sorted.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d{1,2}|n)"));
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const QString p = it.next().captured(0);
        if (!out.contains(p))
            out.append(p);
    }
    std::sort(out.begin(), out.end());
    return out;
}

// A shortcut letter: '&' before anything but another '&' or a space.
bool hasMnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        if (!text.at(i + 1).isSpace())
            return true;
    }
    return false;
}

// What is wrong with a committed catalogue compared with what lupdate extracted, one line each:
// every extracted text translated (pluralForms forms for a plural one), nothing more.
QStringList problems(const Catalogue &extracted, const Catalogue &committed, int pluralForms)
{
    QStringList out;
    QHash<QString, const Message *> have;
    for (const Message &m : committed.messages)
        have.insert(m.key(), &m);
    QSet<QString> wanted;
    for (const Message &m : extracted.messages) {
        wanted.insert(m.key());
        const Message *c = have.value(m.key());
        if (!c) {
            out << QStringLiteral("missing: %1").arg(m.key());
            continue;
        }
        if (c->numerus != m.numerus)
            out << QStringLiteral("plural form changed: %1").arg(m.key());
        if (c->type == QLatin1String("unfinished"))
            out << QStringLiteral("not translated (unfinished): %1").arg(m.key());
        const int forms = m.numerus ? pluralForms : 1;
        if (c->translations.size() != forms)
            out << QStringLiteral("%1 translation form(s) instead of %2: %3")
                       .arg(c->translations.size())
                       .arg(forms)
                       .arg(m.key());
        for (const QString &t : c->translations) {
            if (t.trimmed().isEmpty()) {
                out << QStringLiteral("empty translation: %1").arg(m.key());
                continue;
            }
            if (placeholders(t) != placeholders(m.source))
                out << QStringLiteral("placeholders %1 instead of %2 in \"%3\": %4")
                           .arg(placeholders(t).join(','), placeholders(m.source).join(','), t,
                                m.key());
            if (hasMnemonic(m.source) && !hasMnemonic(t))
                out << QStringLiteral("no & shortcut in \"%1\": %2").arg(t, m.key());
        }
    }
    for (const Message &c : committed.messages) {
        if (!wanted.contains(c.key()))
            out << QStringLiteral("no longer in the sources: %1").arg(c.key());
        else if (c.type == QLatin1String("vanished") || c.type == QLatin1String("obsolete"))
            out << QStringLiteral("marked %1: %2").arg(c.type, c.key());
    }
    return out;
}

QString advice()
{
    return QStringLiteral(
        "\nThe translations are out of date. Run\n"
        "    cmake --build <build folder> --target update_translations\n"
        "then translate what is new (type=\"unfinished\") in translations/logkeeper_de.ts, with\n"
        "Qt Linguist (/usr/lib/qt6/bin/linguist) or any text editor; see translations/README.md.");
}

} // namespace

class TestTranslationCatalogues : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Catalogue m_extracted;
    Catalogue m_extractedPlurals;

    // lupdate on the program's sources (plus extra files) into a new catalogue.
    Catalogue extract(const QString &name, const QStringList &extraSources, bool pluralOnly)
    {
        const QString ts = m_dir.filePath(name);
        QFile::remove(ts);
        QStringList args{QStringLiteral("@") + LOGKEEPER_LUPDATE_SOURCE_LIST};
        args << extraSources << "-locations"
             << "none"
             << "-no-obsolete";
        if (pluralOnly)
            args << "-pluralonly";
        args << "-ts" << ts;
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(LOGKEEPER_LUPDATE, args);
        Catalogue out;
        if (!lupdate.waitForFinished(300000) || lupdate.exitStatus() != QProcess::NormalExit ||
            lupdate.exitCode() != 0) {
            out.error = QStringLiteral("lupdate failed: ") +
                        QString::fromLocal8Bit(lupdate.readAll()) + lupdate.errorString();
            return out;
        }
        return read(ts);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_extracted = extract("extracted.ts", {}, false);
        QVERIFY2(m_extracted.error.isEmpty(), qPrintable(m_extracted.error));
        m_extractedPlurals = extract("plurals.ts", {}, true);
        QVERIFY2(m_extractedPlurals.error.isEmpty(), qPrintable(m_extractedPlurals.error));
        // A sanity check of the extraction itself: the sources have hundreds of texts.
        QVERIFY2(m_extracted.messages.size() > 300,
                 qPrintable(QString::number(m_extracted.messages.size())));
        QVERIFY(m_extractedPlurals.messages.size() > 10);
        QVERIFY(m_extractedPlurals.messages.size() < m_extracted.messages.size());
    }

    void germanIsComplete()
    {
        const Catalogue de = read(LOGKEEPER_SOURCE_DIR "/translations/logkeeper_de.ts");
        QVERIFY2(de.error.isEmpty(), qPrintable(de.error));
        QCOMPARE(de.language, QStringLiteral("de"));
        const QStringList found = problems(m_extracted, de, 2);
        QVERIFY2(found.isEmpty(),
                 qPrintable("logkeeper_de.ts:\n  " + found.join("\n  ") + advice()));
    }

    void englishHasEveryPluralForm()
    {
        const Catalogue en = read(LOGKEEPER_SOURCE_DIR "/translations/logkeeper_en.ts");
        QVERIFY2(en.error.isEmpty(), qPrintable(en.error));
        QCOMPARE(en.language, QStringLiteral("en"));
        for (const Message &m : en.messages)
            QVERIFY2(m.numerus,
                     qPrintable("logkeeper_en.ts holds plural texts only, not: " + m.key()));
        const QStringList found = problems(m_extractedPlurals, en, 2);
        QVERIFY2(found.isEmpty(),
                 qPrintable("logkeeper_en.ts:\n  " + found.join("\n  ") + advice()));
    }

    // The check above catches what it is for: a new text in the sources, a changed one, and a
    // placeholder or shortcut lost in translation.
    void problemsAreFound()
    {
        const QString source = m_dir.filePath("newtext.cpp");
        QFile file(source);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("#include <QCoreApplication>\n"
                   "QString f(int n) { return QCoreApplication::translate(\"SettingsWindow\", "
                   "\"A text added after the catalogue, %n time(s)\", nullptr, n); }\n");
        file.close();
        const Catalogue extracted = extract("withnew.ts", {source}, false);
        QVERIFY2(extracted.error.isEmpty(), qPrintable(extracted.error));
        Catalogue de = read(LOGKEEPER_SOURCE_DIR "/translations/logkeeper_de.ts");
        QVERIFY(!de.messages.isEmpty());
        const QStringList before = problems(m_extracted, de, 2); // empty unless out of date
        QStringList found = problems(extracted, de, 2);
        QVERIFY2(found.size() == before.size() + 1 &&
                     found.contains("missing: SettingsWindow | A text added after the catalogue, "
                                    "%n time(s)"),
                 qPrintable(found.join('\n')));

        // An entry lupdate would add but nobody translated, one left over, a lost placeholder
        // and a lost shortcut.
        Message unfinished = de.messages.takeFirst();
        unfinished.type = QStringLiteral("unfinished");
        unfinished.translations = {QString()};
        de.messages.prepend(unfinished);
        de.messages.append(Message{"SettingsWindow", "Gone", {}, false, {}, {"Weg"}});
        for (Message &m : de.messages) {
            if (m.context == QLatin1String("Logkeeper::SettingsWindow") &&
                m.source == QLatin1String("Write the settings to %1 (Ctrl+S)"))
                m.translations = {QStringLiteral("Die Einstellungen schreiben")};
            if (m.context == QLatin1String("Logkeeper::SettingsWindow") &&
                m.source == QLatin1String("&Save"))
                m.translations = {QStringLiteral("Speichern")};
        }
        found = problems(m_extracted, de, 2);
        const QString all = found.join('\n');
        QVERIFY2(all.contains("not translated (unfinished): " + unfinished.key()), qPrintable(all));
        QVERIFY2(all.contains("empty translation: " + unfinished.key()), qPrintable(all));
        QVERIFY2(all.contains("no longer in the sources: SettingsWindow | Gone"), qPrintable(all));
        QVERIFY2(all.contains("placeholders  instead of %1"), qPrintable(all));
        QVERIFY2(all.contains("no & shortcut in \"Speichern\""), qPrintable(all));
    }
};

QTEST_GUILESS_MAIN(TestTranslationCatalogues)
#include "tst_translationcatalogues.moc"
