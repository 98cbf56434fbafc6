// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
// A real SettingsWindow under LANG=de_DE.UTF-8 is German: its title, tabs, buttons, group
// boxes, form labels, tooltips, the validator's messages at a field and Qt's own buttons in
// its message box. The translators are installed by Translations::install(), the function
// main() uses, before the window exists; main() below sets the locale before QApplication.

#include "app/translations.h"
#include "config/configdocument.h"
#include "widgets/settings/fieldissuemarker.h"
#include "widgets/settings/logsetform.h"
#include "widgets/settings/settingswindow.h"

#include <QApplication>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Logkeeper;

namespace {

// What the window says for a source text: the installed German catalogue's text, which must
// differ from the English source (else nothing was translated).
QString translated(const char *context, const char *source)
{
    return QCoreApplication::translate(context, source);
}

QStringList texts(const QWidget *window)
{
    QStringList out;
    for (const QLabel *label : window->findChildren<QLabel *>())
        out << label->text();
    for (const QAbstractButton *button : window->findChildren<QAbstractButton *>())
        out << button->text();
    for (const QGroupBox *box : window->findChildren<QGroupBox *>())
        out << box->title();
    return out;
}

} // namespace

class TestGermanSettingsWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_language;
    QString m_configPath;

public:
    explicit TestGermanSettingsWindow(const QString &language) : m_language(language) {}

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCOMPARE(m_language, QStringLiteral("de"));
        QCOMPARE(QLocale::system().language(), QLocale::German);
        m_configPath = m_dir.filePath("config/logkeeper/config.json");
        QDir().mkpath(m_dir.filePath("config/logkeeper"));
        QDir().mkpath(m_dir.filePath("logs"));
        QFile file(m_configPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QString(R"({"log_sets": [{"name": "web", "log_dir": "%1",
            "active_log": "access.log", "rotation": {"max_size_mb": "ten"}}]})")
                       .arg(m_dir.filePath("logs"))
                       .toUtf8());
    }

    void labelsAreGerman()
    {
        SettingsWindow window(m_configPath);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // Not the default config: the title names it; "[*]" is the unsaved-changes marker.
        QCOMPARE(window.windowTitle(),
                 QStringLiteral("Logkeeper-Einstellungen — ") + m_configPath + "[*]");
        QVERIFY(window.windowTitle().startsWith(
            translated("Logkeeper::SettingsWindow", "Logkeeper Settings")));

        auto *tabs = window.findChild<QTabWidget *>();
        QVERIFY(tabs);
        QStringList tabTexts;
        for (int i = 0; i < tabs->count(); ++i)
            tabTexts << tabs->tabText(i);
        QCOMPARE(tabTexts, (QStringList{"&Protokollgruppen", "&Allgemein", "&Vorschau", "&JSON"}));

        const QStringList shown = texts(&window);
        // The buttons, group boxes and labels of the window and both forms.
        for (const QString &expected :
             {translated("Logkeeper::SettingsWindow", "&Save"),
              translated("Logkeeper::SettingsWindow", "&Add"),
              translated("Logkeeper::SettingsWindow", "D&uplicate"),
              translated("Logkeeper::LogSetForm", "Logs"),
              translated("Logkeeper::LogSetForm", "Rotation"),
              translated("Logkeeper::LogSetForm", "Log &folder:"),
              translated("Logkeeper::LogSetForm", "Rotate at si&ze:"),
              translated("Logkeeper::LogSetForm", "&Compress rotated files"),
              translated("Logkeeper::GlobalSettingsForm", "Timing"),
              translated("Logkeeper::GlobalSettingsForm", "&Debounce time:"),
              translated("Logkeeper::GlobalSettingsForm", "Start Logkeeper at l&ogin"),
              translated("Logkeeper::PathEdit", "Browse…"),
              translated("Logkeeper::PreviewPanel", "&Refresh")})
            QVERIFY2(shown.contains(expected), qPrintable(expected + " is not shown"));
        for (const char *english : {"&Save", "&Add", "Logs", "Log &folder:", "Rotate at si&ze:",
                                    "Timing", "&Debounce time:", "Browse…"})
            QVERIFY2(!shown.contains(QLatin1String(english)),
                     qPrintable(QString("English text shown: ") + english));
        QVERIFY(shown.contains("&Speichern"));
        QVERIFY(shown.contains("Protokoll&ordner:"));

        // A field's tooltip, and the validator's message beside the field with a problem.
        auto *logDir = window.findChild<QWidget *>("log_dir");
        QVERIFY(logDir);
        QVERIFY2(
            logDir->toolTip().contains(translated("Logkeeper::ConfigForm", "In the config file:")),
            qPrintable(logDir->toolTip()));
        auto *sizeMarker = window.findChild<FieldIssueMarker *>("marker:rotation.max_size_mb");
        QVERIFY(sizeMarker);
        QCOMPARE(sizeMarker->message(), translated("ConfigValidator", "must be a number, got %1")
                                            .arg(translated("ConfigValidator", "a string")));
        QVERIFY2(sizeMarker->message().startsWith("muss eine Zahl sein"),
                 qPrintable(sizeMarker->message()));
    }

    // Decimal input with LANG=de_DE.UTF-8 in the real form: the comma is the decimal point;
    // "2.5", "0.5" and "0.1" are taken as meant (they were 25, 5 and reverted); "1.000" could
    // be a thousand or one and is not taken, with a German message; "1.000,5" is a thousand
    // and a half.
    void decimalInputFollowsTheGermanLocale()
    {
        QFile file(m_configPath);
        const QByteArray before = [&] {
            QFile f(m_configPath);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QString(R"({"log_sets": [{"name": "web", "log_dir": "%1",
            "active_log": "access.log", "rotation": {"max_size_mb": 10}}]})")
                       .arg(m_dir.filePath("logs"))
                       .toUtf8());
        file.close();
        SettingsWindow window(m_configPath);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *size = window.logSetForm()->findChild<QDoubleSpinBox *>("rotation.max_size_mb");
        QVERIFY(size);
        QCOMPARE(size->locale().decimalPoint(), QString(","));
        QCOMPARE(size->text(), QString("10 MB"));
        const auto type = [&](const QString &text) {
            size->setFocus();
            size->selectAll();
            QTest::keyClicks(size, text);
            QTest::keyClick(size, Qt::Key_Tab);
        };
        const auto value = [&] {
            return window.document()->value("log_sets[0].rotation.max_size_mb").toDouble();
        };
        type("2,5");
        QCOMPARE(value(), 2.5);
        QCOMPARE(size->text(), QString("2,5 MB"));
        type("2.5");
        QCOMPARE(value(), 2.5);
        type("0.5");
        QCOMPARE(value(), 0.5);
        type("0.1");
        QCOMPARE(value(), 0.1);
        QCOMPARE(size->text(), QString("0,1 MB"));
        type("1.000");
        QCOMPARE(value(), 0.1);
        auto *marker = window.findChild<FieldIssueMarker *>("marker:rotation.max_size_mb");
        QTRY_VERIFY(marker->message().contains("1.000"));
        QVERIFY2(marker->message().contains("1000") && marker->message().contains("1,000") &&
                     marker->message().contains("0,1"),
                 qPrintable(marker->message()));
        QVERIFY2(marker->message().contains("bedeuten"), qPrintable(marker->message()));
        type("1.000,5");
        QCOMPARE(value(), 1000.5);
        QCOMPARE(size->text(), QString("1000,5 MB"));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(before);
    }

    // Qt's own texts come from qtbase_de.qm, installed beside Logkeeper's catalogue.
    void messageBoxButtonsAreGerman()
    {
        SettingsWindow window(m_configPath);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *name = window.findChild<QLineEdit *>("name");
        QVERIFY(name);
        name->setFocus();
        QTest::keyClicks(name, "x"); // an unsaved change: closing asks
        QString question, discard, cancel;
        QTimer timer;
        timer.setInterval(10);
        connect(&timer, &QTimer::timeout, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            timer.stop();
            question = box->text();
            discard = box->button(QMessageBox::Discard)->text();
            cancel = box->button(QMessageBox::Cancel)->text();
            box->button(QMessageBox::Discard)->click();
        });
        timer.start();
        window.close();
        QVERIFY(!question.isEmpty());
        QCOMPARE(
            question,
            translated("Logkeeper::SettingsWindow", "Save the changes to %1?").arg(m_configPath));
        QVERIFY2(cancel.contains("Abbrechen"), qPrintable(cancel));
        QVERIFY2(discard.contains("Verwerfen"), qPrintable(discard));
    }
};

int main(int argc, char *argv[])
{
    // As a German user starts it. CTest sets LC_ALL=C.UTF-8, which would win over LANG.
    qputenv("LANG", "de_DE.UTF-8");
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANGUAGE"})
        qunsetenv(name);
    QTemporaryDir xdg;
    for (const char *name : {"XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"})
        qputenv(name, QFile::encodeName(xdg.filePath(QString::fromLatin1(name))));
    QApplication app(argc, argv);
    const QString language = Translations::install();
    TestGermanSettingsWindow test(language);
    return QTest::qExec(&test, argc, argv);
}

#include "tst_germansettingswindow.moc"
