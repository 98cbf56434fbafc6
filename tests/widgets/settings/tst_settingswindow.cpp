// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "widgets/settings/settingswindow.h"

#include "compression/compressionbackend.h"
#include "config/configdocument.h"
#include "config/configloader.h"
#include "desktop/autostartentry.h"
#include "desktop/desktopsettings.h"
#include "desktop/enginestatus.h"
#include "engine/engine.h"
#include "testutil.h"
#include "widgets/settings/fieldissuemarker.h"
#include "widgets/settings/globalsettingsform.h"
#include "widgets/settings/logsetform.h"
#include "widgets/settings/outsidechangedialog.h"
#include "widgets/settings/pathedit.h"
#include "widgets/settings/pathlistedit.h"
#include "widgets/settings/previewpanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/time.h>

using namespace Logkeeper;

// The settings window driven through its widgets, offscreen, on real files (and a real Engine).
class TestSettingsWindow : public QObject
{
    Q_OBJECT
    QTemporaryDir m_xdg;

    struct Answer
    {
        QString text;
        bool saveEnabled = false;
        bool asked = false;
    };

    // Answers the next message box with `button` (Cancel when that button is disabled) and
    // records what it said.
    void answerNextMessageBox(QMessageBox::StandardButton button, Answer *answer)
    {
        auto *timer = new QTimer(this);
        timer->setObjectName("answerTimer");
        timer->setInterval(10);
        connect(timer, &QTimer::timeout, this, [timer, button, answer] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            timer->stop();
            timer->deleteLater();
            answer->asked = true;
            answer->text = box->text();
            answer->saveEnabled = box->button(QMessageBox::Save)->isEnabled();
            QAbstractButton *target = box->button(button);
            (target && target->isEnabled() ? target : box->button(QMessageBox::Cancel))->click();
        });
        timer->start();
    }

    static QByteArray baseConfig(const QTemporaryDir &dir)
    {
        return QByteArray(R"({
    "log_sets": [
        {
            "name": "app",
            "log_dir": "DIR/logs",
            "active_log": "app.log",
            "archive_dir": "DIR/archive",
            "rotation": {
                "max_size_mb": 10
            },
            "hooks": {
                "post_rotate": "true"
            }
        }
    ],
    "debounce_time": 5,
    "x_custom": {"keep": true}
}
)")
            .replace("DIR", QFile::encodeName(dir.path()));
    }

    static QString writeConfig(const QTemporaryDir &dir, const QByteArray &text,
                               const QString &name = "config.json")
    {
        const QString path = dir.filePath(name);
        return TestUtil::writeFile(path, text) ? path : QString();
    }

    template <typename T> static T *setField(SettingsWindow &w, const QString &key)
    {
        return qobject_cast<T *>(w.logSetForm()->field(key));
    }
    template <typename T> static T *globalField(SettingsWindow &w, const QString &key)
    {
        return qobject_cast<T *>(w.globalSettingsForm()->field(key));
    }
    // Writes a file as an editor does: a new file renamed over the old one.
    static bool replaceByRename(const QString &path, const QByteArray &text)
    {
        const QString temporary = path + ".editor-tmp";
        return TestUtil::writeFile(temporary, text) &&
               ::rename(QFile::encodeName(temporary), QFile::encodeName(path)) == 0;
    }
    // Rewrites a file in place with other content of the same size and its old mtime: only
    // the content tells that it changed.
    static bool rewriteKeepingSizeAndMtime(const QString &path, const QByteArray &from,
                                           const QByteArray &to)
    {
        struct stat st;
        if (::stat(QFile::encodeName(path).constData(), &st) != 0)
            return false;
        QByteArray text = TestUtil::readFile(path);
        if (from.size() != to.size() || !text.contains(from))
            return false;
        text.replace(from, to);
        QFile f(path);
        if (!f.open(QIODevice::ReadWrite) || f.write(text) != text.size())
            return false;
        f.close();
        const struct timespec times[2] = {st.st_atim, st.st_mtim};
        return ::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, 0) == 0;
    }
    static void retype(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }

private slots:
    void initTestCase()
    {
        for (const char *var : {"XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"})
            qputenv(var, QFile::encodeName(m_xdg.filePath(var)));
        QVERIFY(QDir().mkpath(m_xdg.filePath("runtime")));
        QFile::setPermissions(m_xdg.filePath("runtime"),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_xdg.filePath("runtime")));
    }

    // A box that never came must not be answered by a later test.
    void cleanup() { qDeleteAll(findChildren<QTimer *>("answerTimer")); }

    void titleAndTooltips()
    {
        QTemporaryDir dir;
        const QString path = writeConfig(dir, baseConfig(dir));
        SettingsWindow w(path);
        // Not the default config: its path is in the title ("[*]" marks unsaved changes).
        QCOMPARE(w.windowTitle(), "Logkeeper Settings — " + path + "[*]");
        // Every field says what it means and names its key.
        for (ConfigForm *form : {static_cast<ConfigForm *>(w.logSetForm()),
                                 static_cast<ConfigForm *>(w.globalSettingsForm())}) {
            const QList<FieldIssueMarker *> markers = form->findChildren<FieldIssueMarker *>();
            QVERIFY(markers.size() > 5);
            for (FieldIssueMarker *marker : markers) {
                if (!marker->field())
                    continue;
                const QString key = marker->field()->objectName();
                QVERIFY2(marker->field()->toolTip().contains("<code>" + key + "</code>"),
                         qPrintable(key));
            }
        }
        for (const QString key : {"name",
                                  "log_dir",
                                  "active_log",
                                  "patterns",
                                  "archive_dir",
                                  "rotation.max_size_mb",
                                  "rotation.max_age_days",
                                  "rotation.strategy",
                                  "archival.compress",
                                  "archival.codec",
                                  "archival.level",
                                  "archival.retention_days",
                                  "archival.max_archives",
                                  "archival.max_total_mb",
                                  "hooks.post_rotate",
                                  "missing_ok",
                                  "run_as",
                                  "rotation.schedule",
                                  "rotation.min_size_mb",
                                  "rotation.if_empty",
                                  "rotation.create",
                                  "rotation.naming",
                                  "rotation.date_format",
                                  "rotation.extension",
                                  "archival.delay_compress",
                                  "archival.create_dir",
                                  "hooks.pre_rotate",
                                  "hooks.first_action",
                                  "hooks.last_action",
                                  "hooks.shared_scripts",
                                  "hooks.timeout"})
            QVERIFY2(w.logSetForm()->field(key), qPrintable(key));
        for (const QString key : {"debounce_time", "max_wait", "poll_interval", "logging.log_file",
                                  "logging.log_level", "state_file", "logrotate_include"})
            QVERIFY2(w.globalSettingsForm()->field(key), qPrintable(key));
        // Only the codecs this build can write.
        auto *codec = setField<QComboBox>(w, "archival.codec");
        QStringList offered;
        for (int i = 0; i < codec->count(); ++i)
            offered.append(codec->itemData(i).toString());
        QCOMPARE(offered, TestUtil::codecNames());
    }

    void editingEachFieldProducesTheExpectedJson()
    {
        QTemporaryDir dir;
        const QString path = writeConfig(dir, baseConfig(dir));
        SettingsWindow w(path);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        ConfigDocument *doc = w.document();
        QCOMPARE(w.logSetList()->count(), 1);
        QCOMPARE(w.logSetForm()->logSet(), 0);

        retype(setField<QLineEdit>(w, "name"), "api");
        QCOMPARE(doc->value("log_sets[0].name").toString(), QString("api"));
        QCOMPARE(w.logSetList()->item(0)->text(), QString("api"));
        retype(setField<PathEdit>(w, "log_dir")->lineEdit(), dir.filePath("logs2"));
        retype(setField<PathEdit>(w, "archive_dir")->lineEdit(), QString());
        QVERIFY(!doc->contains("log_sets[0].archive_dir"));

        // One file -> files matching: active_log goes, patterns comes.
        QVERIFY(w.logSetForm()->activeLogChoice()->isChecked());
        QVERIFY(!setField<QLineEdit>(w, "patterns")->isEnabled());
        QTest::mouseClick(w.logSetForm()->patternsChoice(), Qt::LeftButton);
        QVERIFY(!doc->contains("log_sets[0].active_log"));
        QCOMPARE(doc->value("log_sets[0].patterns").toArray(), QJsonArray{"*.log"});
        QVERIFY(setField<QLineEdit>(w, "patterns")->isEnabled());
        QTest::keyClicks(setField<QLineEdit>(w, "patterns"), ", *.txt");
        QCOMPARE(doc->value("log_sets[0].patterns").toArray(), (QJsonArray{"*.log", "*.txt"}));

        setField<QDoubleSpinBox>(w, "rotation.max_size_mb")->setValue(2.5);
        auto *age = setField<QDoubleSpinBox>(w, "rotation.max_age_days");
        age->setFocus();
        age->selectAll();
        QTest::keyClicks(age, "3");
        QCOMPARE(doc->value("log_sets[0].rotation.max_age_days").toDouble(), 3.0);
        QTest::mouseClick(w.logSetForm()->findChild<QRadioButton *>("strategy:copytruncate"),
                          Qt::LeftButton, {}, QPoint(4, 4));

        auto *codec = setField<QComboBox>(w, "archival.codec");
        const QString other =
            TestUtil::codecNames().contains("xz") ? "xz" : TestUtil::codecNames().last();
        codec->setCurrentIndex(codec->findData(other));
        const Codec otherCodec = TestUtil::codec(other);
        auto *level = setField<QSpinBox>(w, "archival.level");
        const CompressionBackend &backend = CompressionBackend::instance();
        // The level follows the backend: its range, or greyed with a reason.
        QCOMPARE(level->isEnabled(), backend.supportsLevel(otherCodec));
        if (backend.supportsLevel(otherCodec)) {
            QCOMPARE(level->minimum(), backend.minLevel(otherCodec) - 1); // "default"
            QCOMPARE(level->maximum(), backend.maxLevel(otherCodec));
            QCOMPARE(level->text(), QString("default"));
            level->setValue(backend.maxLevel(otherCodec));
            QCOMPARE(doc->value("log_sets[0].archival.level").toInt(),
                     backend.maxLevel(otherCodec));
            level->setValue(level->minimum());
            QVERIFY(!doc->contains("log_sets[0].archival.level"));
            level->setValue(backend.maxLevel(otherCodec));
        } else {
            QVERIFY(level->toolTip().contains(backend.description()));
        }
        setField<QDoubleSpinBox>(w, "archival.retention_days")->setValue(0);
        QCOMPARE(setField<QDoubleSpinBox>(w, "archival.retention_days")->text(), QString("never"));
        setField<QDoubleSpinBox>(w, "archival.max_archives")->setValue(5);
        setField<QDoubleSpinBox>(w, "archival.max_total_mb")->setValue(100.5);
        QTest::mouseClick(setField<QCheckBox>(w, "archival.compress"), Qt::LeftButton);
        QVERIFY(!codec->isEnabled());
        setField<QPlainTextEdit>(w, "hooks.post_rotate")->clear();
        QVERIFY(!doc->contains("log_sets[0].hooks"));

        w.tabs()->setCurrentIndex(1);
        globalField<QDoubleSpinBox>(w, "debounce_time")->setValue(2.5);
        globalField<QDoubleSpinBox>(w, "max_wait")->setValue(10);
        globalField<QDoubleSpinBox>(w, "poll_interval")->setValue(120);
        retype(globalField<PathEdit>(w, "logging.log_file")->lineEdit(), dir.filePath("lk.log"));
        auto *logLevel = globalField<QComboBox>(w, "logging.log_level");
        logLevel->setCurrentIndex(logLevel->findData("DEBUG"));
        retype(globalField<PathEdit>(w, "state_file")->lineEdit(), dir.filePath("state.json"));

        const QString levelLine =
            backend.supportsLevel(otherCodec)
                ? QString("                \"level\": %1,\n").arg(backend.maxLevel(otherCodec))
                : QString();
        const QString expected = QString(R"({
    "log_sets": [
        {
            "name": "api",
            "log_dir": "DIR/logs2",
            "rotation": {
                "max_size_mb": 2.5,
                "max_age_days": 3,
                "strategy": "copytruncate"
            },
            "patterns": ["*.log", "*.txt"],
            "archival": {
                "codec": "OTHER",
LEVEL                "retention_days": 0,
                "max_archives": 5,
                "max_total_mb": 100.5,
                "compress": false
            }
        }
    ],
    "debounce_time": 2.5,
    "x_custom": {"keep": true},
    "max_wait": 10,
    "poll_interval": 120,
    "logging": {
        "log_file": "DIR/lk.log",
        "log_level": "DEBUG"
    },
    "state_file": "DIR/state.json"
}
)")
                                     .replace("DIR", dir.path())
                                     .replace("OTHER", other)
                                     .replace("LEVEL", levelLine);
        QCOMPARE(QString::fromUtf8(doc->toJson()), expected);
        // The JSON tab shows exactly that, in a fixed-pitch font.
        w.tabs()->setCurrentIndex(3);
        QCOMPARE(w.jsonView()->toPlainText(), expected);
        QVERIFY(w.jsonView()->isReadOnly());
        QVERIFY(QFontInfo(w.jsonView()->font()).fixedPitch());
        QVERIFY(w.saveButton()->isEnabled());
    }

    void invalidInputDisablesSaveAndIsShownBesideTheField()
    {
        QTemporaryDir dir;
        SettingsWindow w(writeConfig(dir, baseConfig(dir)));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        setField<QDoubleSpinBox>(w, "rotation.max_size_mb")->setValue(20);
        QVERIFY(w.saveButton()->isEnabled());

        // Zero size and age (both triggers off, no schedule): the validator's message under the
        // size field, Save off.
        setField<QDoubleSpinBox>(w, "rotation.max_age_days")->setValue(0);
        setField<QDoubleSpinBox>(w, "rotation.max_size_mb")->setValue(0);
        FieldIssueMarker *size = w.logSetForm()->marker("rotation.max_size_mb");
        QVERIFY(size->hasError());
        QVERIFY2(size->message().contains("nothing would ever be rotated"),
                 qPrintable(size->message()));
        QVERIFY(size->messageLabel()->isVisible());
        QVERIFY(!w.saveButton()->isEnabled());
        QCOMPARE(w.logSetList()->item(0)->toolTip(), QString("This set has problems"));
        QVERIFY(!w.issueList()->isHidden());
        QCOMPARE(w.issueList()->count(), 2);
        QVERIFY(w.issueList()->item(0)->text().contains("rotation.max_size_mb"));
        QVERIFY(w.issueList()->item(1)->text().contains("x_custom: unknown key"));
        // Ctrl+S does not save invalid settings either.
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTest::keyClick(&w, Qt::Key_S, Qt::ControlModifier);
        QVERIFY(w.statusText().contains("Not saved"));
        setField<QDoubleSpinBox>(w, "rotation.max_size_mb")->setValue(1);
        QVERIFY(!size->hasError());
        QVERIFY(!size->messageLabel()->isVisible());
        QVERIFY(w.saveButton()->isEnabled());
        QCOMPARE(w.issueList()->count(), 1); // the warning stays, and does not block

        // An empty log folder.
        retype(setField<PathEdit>(w, "log_dir")->lineEdit(), QString());
        QCOMPARE(w.logSetForm()->marker("log_dir")->message(), QString("must not be empty"));
        QVERIFY(!w.saveButton()->isEnabled());
        // Going to the problem from the list focuses the field.
        w.tabs()->setCurrentIndex(1);
        emit w.issueList()->itemActivated(w.issueList()->item(0));
        QCOMPARE(w.tabs()->currentIndex(), 0);
        QTRY_VERIFY(setField<PathEdit>(w, "log_dir")->lineEdit()->hasFocus());
        retype(setField<PathEdit>(w, "log_dir")->lineEdit(), dir.filePath("logs"));
        QVERIFY(w.saveButton()->isEnabled());
    }

    void problemsInTheFileAreShownToo()
    {
        QTemporaryDir dir;
        QByteArray text = baseConfig(dir);
        text.replace("\"max_size_mb\": 10", "\"max_size_mb\": -1");
        text.replace("\"active_log\": \"app.log\",", "\"active_log\": \"app.log\",\n"
                                                     "            \"patterns\": [\"*.log\"],\n"
                                                     "            \"x_note\": 1,");
        SettingsWindow w(writeConfig(dir, text));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.logSetForm()->marker("rotation.max_size_mb")->message().contains("got -1"));
        QCOMPARE(w.logSetForm()->marker("patterns")->message(),
                 QString("give either active_log or patterns, not both"));
        // Both keys: no choice is checked; clicking one settles it.
        QVERIFY(!w.logSetForm()->activeLogChoice()->isChecked());
        QVERIFY(!w.logSetForm()->patternsChoice()->isChecked());
        // The unknown key is a warning, shown in the form, not blocking.
        FieldIssueMarker *others = w.logSetForm()->otherIssues();
        QVERIFY(others->hasWarning());
        QVERIFY2(others->message().startsWith("x_note: unknown key"),
                 qPrintable(others->message()));
        QTest::mouseClick(w.logSetForm()->activeLogChoice(), Qt::LeftButton);
        QVERIFY(!w.document()->contains("log_sets[0].patterns"));
        QVERIFY(w.logSetForm()->marker("patterns")->message().isEmpty());
        QVERIFY(!w.saveButton()->isEnabled()); // the size is still wrong
        setField<QDoubleSpinBox>(w, "rotation.max_size_mb")->setValue(4);
        QVERIFY(w.saveButton()->isEnabled()); // a warning does not block
        QVERIFY(w.validation().ok());
        QCOMPARE(w.issueList()->count(), 2); // x_note and x_custom
        QVERIFY(w.save());
        QVERIFY(TestUtil::readFile(w.configPath()).contains("\"x_note\": 1,"));
    }

    void uneditedRoundTripAndEditKeepEverythingElse()
    {
        QTemporaryDir dir;
        const QByteArray original =
            TestUtil::readFile(LOGKEEPER_SOURCE_DIR "/packaging/examples/config.json");
        const QString path = writeConfig(dir, original);
        {
            SettingsWindow w(path);
            QCOMPARE(w.document()->toJson(), original);
            QVERIFY(!w.saveButton()->isEnabled());
            QCOMPARE(w.logSetList()->count(), 2);
        }
        SettingsWindow w(path);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.selectLogSet(1);
        setField<QDoubleSpinBox>(w, "archival.max_archives")->setValue(7);
        QVERIFY(w.save());
        QByteArray expected = original;
        expected.replace("\"max_archives\": 100\n", "\"max_archives\": 7\n");
        QCOMPARE(TestUtil::readFile(path), expected);
        QVERIFY(!w.saveButton()->isEnabled());
        QVERIFY(!w.document()->isModified());
    }

    void seedFormatStaysSeedFormat()
    {
        QTemporaryDir dir;
        const QByteArray seed =
            TestUtil::readFile(LOGKEEPER_SOURCE_DIR "/packaging/examples/seed-config.json");
        const QString path = writeConfig(dir, seed);
        SettingsWindow w(path);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.logSetList()->count(), 1);
        QCOMPARE(w.logSetList()->item(0)->text(), QString("default"));
        setField<QDoubleSpinBox>(w, "rotation.max_size_mb")->setValue(25);
        QVERIFY(w.notice().isEmpty());
        QVERIFY(w.save());
        QByteArray expected = seed;
        expected.replace("\"max_size_mb\": 10,", "\"max_size_mb\": 25,");
        QCOMPARE(TestUtil::readFile(path), expected);

        // A second set turns it into the log_sets format, and the window says so first.
        QTest::mouseClick(w.findChild<QPushButton *>("addLogSet"), Qt::LeftButton);
        QCOMPARE(w.logSetList()->count(), 2);
        QCOMPARE(w.logSetList()->currentRow(), 1);
        QVERIFY2(w.notice().contains("“log_sets”"), qPrintable(w.notice()));
        QVERIFY(w.document()->toJson().startsWith("{\n    \"log_sets\": [\n"));
        // The new set wants its folder before it can be saved.
        QCOMPARE(w.logSetForm()->marker("log_dir")->message(), QString("must not be empty"));
        QVERIFY(!w.saveButton()->isEnabled());
        retype(setField<PathEdit>(w, "log_dir")->lineEdit(), dir.filePath("web"));
        QVERIFY(w.save());
        QVERIFY(w.notice().isEmpty());
        const auto saved = ConfigLoader::loadFile(path);
        QVERIFY(saved.ok());
        QVERIFY(!saved.config.legacyFormat);
        QCOMPARE(saved.config.logSets.size(), 2);
        QCOMPARE(saved.config.logSets[0].maxSizeMb, 25.0);
    }

    void listAddsDuplicatesRenamesAndRemoves()
    {
        QTemporaryDir dir;
        SettingsWindow w(writeConfig(dir, baseConfig(dir)));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QListWidget *list = w.logSetList();
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Insert);
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->item(1)->text(), QString("set2"));
        list->setCurrentRow(0);
        QTest::mouseClick(w.findChild<QPushButton *>("duplicateLogSet"), Qt::LeftButton);
        QCOMPARE(w.document()->logSetNames(), QStringList({"app", "app-copy", "set2"}));
        QCOMPARE(list->currentRow(), 1);
        list->item(1)->setText("copy of app"); // what the in-place editor does
        QCOMPARE(w.document()->logSetName(1), QString("copy of app"));
        QCOMPARE(setField<QLineEdit>(w, "name")->text(), QString("copy of app"));
        // Esc in the in-place editor ends the editing, not the window.
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        list->editItem(list->item(1));
        QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY(w.isVisible());
        QCOMPARE(w.document()->logSetName(1), QString("copy of app"));
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Delete);
        QCOMPARE(w.document()->logSetNames(), QStringList({"app", "set2"}));
    }

    void savedChangeIsAppliedByTheRunningEngine()
    {
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath("logs")));
        QByteArray text = baseConfig(dir);
        text.replace("\"debounce_time\": 5,",
                     QString("\"debounce_time\": 0.2,\n    \"state_file\": \"%1\",")
                         .arg(dir.filePath("state.json"))
                         .toUtf8());
        const QString path = writeConfig(dir, text);
        Engine engine;
        QString error;
        QVERIFY2(engine.start(path, &error), qPrintable(error));
        QSignalSpy applied(&engine, &Engine::configApplied);
        struct stat before;
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &before), 0);

        SettingsWindow w(path);
        w.setEngine(&engine);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        setField<QDoubleSpinBox>(w, "rotation.max_size_mb")->setValue(3.5);
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTest::keyClick(&w, Qt::Key_S, Qt::ControlModifier);
        QVERIFY(!w.document()->isModified());
        QVERIFY(w.statusText().contains("Waiting"));
        QVERIFY(applied.wait(20000));
        QCOMPARE(engine.config().logSets.value(0).maxSizeMb, 3.5);
        QVERIFY2(w.statusText().contains("applied"), qPrintable(w.statusText()));
        // Replaced by rename (a new inode), nothing left beside it.
        struct stat after;
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &after), 0);
        QVERIFY(after.st_ino != before.st_ino);
        QCOMPARE(TestUtil::entries(dir.path()).filter("config"), QStringList{"config.json"});
        engine.stop();
    }

    void closingWithChangesAsks()
    {
        QTemporaryDir dir;
        const QByteArray original = baseConfig(dir);
        const QString path = writeConfig(dir, original);
        SettingsWindow w(path);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));

        // Nothing changed: closes without asking.
        QVERIFY(w.close());

        w.show();
        setField<QDoubleSpinBox>(w, "rotation.max_size_mb")->setValue(6);
        Answer cancel;
        answerNextMessageBox(QMessageBox::Cancel, &cancel);
        QVERIFY(!w.close());
        QVERIFY(cancel.asked);
        QVERIFY(cancel.text.contains(path));
        QVERIFY(cancel.saveEnabled);
        QVERIFY(w.isVisible());
        QVERIFY(w.document()->isModified());

        Answer discard;
        answerNextMessageBox(QMessageBox::Discard, &discard);
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTest::keyClick(&w, Qt::Key_Escape);
        QVERIFY(discard.asked);
        QVERIFY(!w.isVisible());
        QCOMPARE(TestUtil::readFile(path), original);
        QVERIFY(!w.document()->isModified()); // opened again, it shows the file
        QCOMPARE(setField<QDoubleSpinBox>(w, "rotation.max_size_mb")->value(), 10.0);

        w.show();
        setField<QDoubleSpinBox>(w, "rotation.max_size_mb")->setValue(7);
        Answer save;
        answerNextMessageBox(QMessageBox::Save, &save);
        QVERIFY(w.close());
        QVERIFY(save.asked);
        QVERIFY(TestUtil::readFile(path).contains("\"max_size_mb\": 7\n"));

        // Invalid changes cannot be saved from the question either (both triggers off).
        w.show();
        setField<QDoubleSpinBox>(w, "rotation.max_age_days")->setValue(0);
        setField<QDoubleSpinBox>(w, "rotation.max_size_mb")->setValue(0);
        Answer invalid;
        answerNextMessageBox(QMessageBox::Save, &invalid);
        QVERIFY(!w.close()); // Save is off; the helper fell back to Cancel
        QVERIFY(invalid.asked);
        QVERIFY(!invalid.saveEnabled);
        Answer drop;
        answerNextMessageBox(QMessageBox::Discard, &drop);
        QVERIFY(w.close());
    }

    void startAtLoginWritesAndRemovesTheEntry()
    {
        QTemporaryDir dir;
        const QString path = writeConfig(dir, baseConfig(dir));
        SettingsWindow w(path);
        QCheckBox *box = w.globalSettingsForm()->startAtLogin();
        QVERIFY(!box->isChecked());
        box->click();
        QVERIFY(QFile::exists(AutostartEntry::path()));
        const QByteArray entry = TestUtil::readFile(AutostartEntry::path());
        QVERIFY2(entry.contains(" --config " + QFile::encodeName(path) + "\n"), entry.constData());
        QVERIFY(AutostartEntry().isEnabled());
        box->click();
        QVERIFY(!QFile::exists(AutostartEntry::path()));
        QVERIFY(!w.document()->isModified()); // not part of the config file
    }

    void notifyOnEveryRotationIsTheDesktopSetting()
    {
        QTemporaryDir dir;
        SettingsWindow w(writeConfig(dir, baseConfig(dir)));
        QCheckBox *box = w.globalSettingsForm()->notifyEveryRotation();
        DesktopSettings other;
        other.setNotifyOnEveryRotation(false);
        QVERIFY(!box->isChecked());
        box->click();
        QVERIFY(other.notifyOnEveryRotation());
        other.setNotifyOnEveryRotation(false); // the tray, say
        QVERIFY(!box->isChecked());
        QVERIFY(!w.document()->isModified());
    }

    void previewListsTheRotationOfAnOversizedFile()
    {
        QTemporaryDir dir;
        const QString log = dir.filePath("logs/app.log");
        QVERIFY(TestUtil::writeFile(log, TestUtil::numberedLines("w", 0, 20000))); // 1.6 MB
        QByteArray text = baseConfig(dir);
        text.replace("\"debounce_time\": 5,",
                     QString("\"debounce_time\": 5,\n    \"state_file\": \"%1\",")
                         .arg(dir.filePath("state.json"))
                         .toUtf8());
        SettingsWindow w(writeConfig(dir, text));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        // Edited, not saved: 1 MB makes the file due.
        setField<QDoubleSpinBox>(w, "rotation.max_size_mb")->setValue(1);
        w.tabs()->setCurrentIndex(2);
        QTRY_VERIFY_WITH_TIMEOUT(w.previewPanel()->text().startsWith("rotate " + log + " -> " +
                                                                     dir.filePath("archive/")),
                                 20000);
        // ... and the post_rotate hook it would run (a dry run runs none).
        QVERIFY2(w.previewPanel()->text().contains("run post_rotate hook of set app for " + log),
                 qPrintable(w.previewPanel()->text()));
        QVERIFY2(w.previewPanel()->status().startsWith("2 action"),
                 qPrintable(w.previewPanel()->status()));
        QVERIFY(!QFileInfo::exists(dir.filePath("archive")));
        // 10 MB: nothing due; the preview follows the edit.
        setField<QDoubleSpinBox>(w, "rotation.max_size_mb")->setValue(10);
        QTRY_VERIFY_WITH_TIMEOUT(w.previewPanel()->status().startsWith("Nothing is due"), 20000);
        QVERIFY(w.previewPanel()->text().isEmpty());
        // Invalid settings (both triggers off): no preview, a reason.
        setField<QDoubleSpinBox>(w, "rotation.max_age_days")->setValue(0);
        setField<QDoubleSpinBox>(w, "rotation.max_size_mb")->setValue(0);
        QTRY_VERIFY_WITH_TIMEOUT(w.previewPanel()->status().contains("problems"), 20000);
    }

    void brokenFileIsShownAndReplacedOnlyAfterAsking()
    {
        QTemporaryDir dir;
        const QByteArray broken = "{\n    \"log_sets\": [\n        {\"log_dir\": \"/x\"\n";
        const QString path = writeConfig(dir, broken);
        SettingsWindow w(path);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.isShowingLoadError());
        const QLabel *error = w.findChild<QLabel *>("loadError");
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(path + ", line 4, column"), qPrintable(error->text()));
        QVERIFY(error->text().contains("JSON syntax error"));
        QVERIFY(!w.saveButton()->isEnabled());
        QVERIFY(w.close()); // nothing to lose

        w.show();
        QTest::mouseClick(w.findChild<QPushButton *>("startFromDefaults"), Qt::LeftButton);
        QVERIFY(!w.isShowingLoadError());
        QVERIFY(w.notice().contains("replaces"));
        QVERIFY(w.saveButton()->isEnabled());
        Answer no;
        answerNextMessageBox(QMessageBox::Cancel, &no);
        QVERIFY(!w.save());
        QVERIFY(no.asked);
        QCOMPARE(TestUtil::readFile(path), broken);
        Answer yes;
        answerNextMessageBox(QMessageBox::Save, &yes);
        QVERIFY(w.save());
        QCOMPARE(TestUtil::readFile(path), ConfigLoader::defaultConfigJson());
        QCOMPARE(TestUtil::readFile(path + ".broken"), broken);
    }

    void missingFileStartsFromDefaults()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("sub/config.json");
        SettingsWindow w(path);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(!w.isShowingLoadError());
        QVERIFY(w.notice().contains("does not exist yet"));
        QCOMPARE(w.logSetList()->count(), 0);
        QVERIFY(!w.saveButton()->isEnabled()); // the untouched defaults need no saving
        QVERIFY(w.close());
        w.show();
        w.globalSettingsForm()->findChild<QDoubleSpinBox *>("max_wait")->setValue(40);
        QVERIFY(w.saveButton()->isEnabled());
        QTest::mouseClick(w.saveButton(), Qt::LeftButton);
        QVERIFY(ConfigLoader::loadFile(path).ok());
        QCOMPARE(ConfigLoader::loadFile(path).config.maxWaitSeconds, 40.0);
    }

    // Another program's edit, with nothing unsaved here: the window shows the new file at once,
    // without asking; also when the file is replaced by rename, as editors do.
    void outsideEditWithoutChangesIsReloadedQuietly()
    {
        QTemporaryDir dir;
        const QByteArray original = baseConfig(dir);
        const QString path = writeConfig(dir, original);
        SettingsWindow w(path);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QByteArray changed = original;
        changed.replace("\"max_size_mb\": 10", "\"max_size_mb\": 42");
        QVERIFY(replaceByRename(path, changed));
        QTRY_COMPARE_WITH_TIMEOUT(
            w.document()->value("log_sets[0].rotation.max_size_mb").toDouble(), 42.0, 10000);
        QCOMPARE(setField<QDoubleSpinBox>(w, "rotation.max_size_mb")->value(), 42.0);
        QVERIFY(!w.hasOutsideChange());
        QCOMPARE(w.outsideChangeText(), QString());
        QVERIFY(!w.outsideChangeDialog());
        QVERIFY(!w.isWindowModified());

        // And again: the watch survived the rename.
        changed.replace("\"max_size_mb\": 42", "\"max_size_mb\": 43");
        QVERIFY(TestUtil::writeFile(path, changed));
        QTRY_COMPARE_WITH_TIMEOUT(
            w.document()->value("log_sets[0].rotation.max_size_mb").toDouble(), 43.0, 10000);
    }

    // With unsaved changes, another program's edit is noticed by its content (same size, same
    // mtime), never dropped: Save refuses, the window shows what differs, and the user chooses
    // to keep this version (then Save writes it) or to reload the file.
    void outsideEditWithUnsavedChangesIsNeverDropped()
    {
        QTemporaryDir dir;
        const QByteArray original = baseConfig(dir);
        const QString path = writeConfig(dir, original);
        SettingsWindow w(path);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        setField<QDoubleSpinBox>(w, "archival.retention_days")->setValue(12);
        QVERIFY(w.isWindowModified());

        QVERIFY(rewriteKeepingSizeAndMtime(path, "\"max_size_mb\": 10", "\"max_size_mb\": 77"));
        const QByteArray theirs = TestUtil::readFile(path);
        QTRY_VERIFY_WITH_TIMEOUT(w.hasOutsideChange(), 10000);
        QVERIFY2(w.outsideChangeText().contains(path), qPrintable(w.outsideChangeText()));
        // The window's edit is still there, the file is still theirs.
        QCOMPARE(w.document()->value("log_sets[0].archival.retention_days").toDouble(), 12.0);
        QVERIFY(!w.save());
        QCOMPARE(TestUtil::readFile(path), theirs);
        QVERIFY(w.statusText().contains("Not saved"));

        // Save opened the comparison: their line and ours.
        OutsideChangeDialog *dialog = w.outsideChangeDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        const QString diff = dialog->differences();
        QVERIFY2(diff.contains("- ") && diff.contains("\"max_size_mb\": 77"), qPrintable(diff));
        QVERIFY2(diff.contains("+ ") && diff.contains("\"max_size_mb\": 10"), qPrintable(diff));
        QVERIFY2(diff.contains("\"retention_days\": 12"), qPrintable(diff));

        // Keep this version: Save now writes it, knowingly over theirs.
        dialog->keepButton()->click();
        QTRY_VERIFY(!w.hasOutsideChange());
        QVERIFY(w.save());
        QVERIFY(TestUtil::readFile(path).contains("\"retention_days\": 12"));
        QVERIFY(TestUtil::readFile(path).contains("\"max_size_mb\": 10"));
        QVERIFY(!w.isWindowModified());

        // Once more, and this time reload: their version, this window's edit dropped.
        setField<QDoubleSpinBox>(w, "archival.retention_days")->setValue(13);
        QVERIFY(replaceByRename(path, theirs));
        QTRY_VERIFY_WITH_TIMEOUT(w.hasOutsideChange(), 10000);
        w.showOutsideChange();
        QTRY_VERIFY(w.outsideChangeDialog() && w.outsideChangeDialog()->isVisible());
        w.outsideChangeDialog()->reloadButton()->click();
        QTRY_VERIFY(!w.hasOutsideChange());
        QCOMPARE(w.document()->toJson(), theirs);
        QVERIFY(!w.document()->isModified());
        QCOMPARE(setField<QDoubleSpinBox>(w, "rotation.max_size_mb")->value(), 77.0);
    }

    // Save reads the file right before writing: a change the watcher has not reported yet is
    // not overwritten either. A touch (mtime only) is not a change.
    void saveChecksTheFileRightBeforeWriting()
    {
        QTemporaryDir dir;
        const QByteArray original = baseConfig(dir);
        const QString path = writeConfig(dir, original);
        SettingsWindow w(path);
        setField<QDoubleSpinBox>(w, "archival.retention_days")->setValue(12);
        QVERIFY(TestUtil::setMtime(path, QDateTime::currentDateTime().addSecs(-60)));
        w.checkFile();
        QVERIFY(!w.hasOutsideChange());

        QByteArray theirs = original;
        theirs.replace("\"debounce_time\": 5", "\"debounce_time\": 9");
        QVERIFY(TestUtil::writeFile(path, theirs));
        QVERIFY(!w.save()); // at once: no event loop ran since the write
        QCOMPARE(TestUtil::readFile(path), theirs);
        QVERIFY(w.hasOutsideChange());
        w.keepMine();
        QVERIFY(w.save());
        QVERIFY(TestUtil::readFile(path).contains("\"debounce_time\": 5"));
    }

    // A hand edit the running Logkeeper rejects shows as a banner naming the file and the
    // problem, until a valid config is read; the window also shows the file as it is.
    void rejectedHandEditShowsABannerUntilValid()
    {
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath("logs")));
        QByteArray text = baseConfig(dir);
        text.replace("\"debounce_time\": 5,",
                     QString("\"debounce_time\": 0.2,\n    \"state_file\": \"%1\",")
                         .arg(dir.filePath("state.json"))
                         .toUtf8());
        const QString path = writeConfig(dir, text);
        Engine engine;
        QString error;
        QVERIFY2(engine.start(path, &error), qPrintable(error));
        EngineStatus status(&engine);
        SettingsWindow w(path);
        w.setEngine(&engine);
        w.setEngineStatus(&status);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.rejectionText(), QString());

        QSignalSpy rejected(&engine, &Engine::configRejected);
        QByteArray bad = text;
        bad.replace("\"max_size_mb\": 10", "\"max_size_mb\": -3");
        QVERIFY(replaceByRename(path, bad));
        QVERIFY(rejected.wait(10000));
        QTRY_VERIFY(!w.rejectionText().isEmpty());
        QVERIFY2(w.rejectionText().contains(path), qPrintable(w.rejectionText()));
        QVERIFY2(w.rejectionText().contains("log_sets[0].rotation.max_size_mb"),
                 qPrintable(w.rejectionText()));
        // No unsaved changes here: the window shows the rejected file with its problem.
        QTRY_VERIFY(w.document()->value("log_sets[0].rotation.max_size_mb").toDouble() < 0);
        QVERIFY(!w.validation().ok());

        // The last good text again: applied, and the banner goes.
        QSignalSpy applied(&engine, &Engine::configApplied);
        QVERIFY(replaceByRename(path, text));
        QVERIFY(applied.wait(10000));
        QTRY_COMPARE(w.rejectionText(), QString());
        QVERIFY(!status.isConfigRejected());
        engine.stop();
    }

    // "Saved. The running Logkeeper applied …" is about the file as saved: it goes as soon as
    // new edits wait, and the title's modified marker follows the unsaved changes.
    void saveStateFollowsNewEdits()
    {
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath("logs")));
        QByteArray text = baseConfig(dir);
        text.replace("\"debounce_time\": 5,",
                     QString("\"debounce_time\": 0.2,\n    \"state_file\": \"%1\",")
                         .arg(dir.filePath("state.json"))
                         .toUtf8());
        const QString path = writeConfig(dir, text);
        Engine engine;
        QString error;
        QVERIFY2(engine.start(path, &error), qPrintable(error));
        QSignalSpy applied(&engine, &Engine::configApplied);
        SettingsWindow w(path);
        w.setEngine(&engine);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.windowTitle().endsWith("[*]"));
        QVERIFY(!w.isWindowModified());
        setField<QDoubleSpinBox>(w, "rotation.max_size_mb")->setValue(3.5);
        QVERIFY(w.isWindowModified());
        QVERIFY(w.save());
        QVERIFY(!w.isWindowModified());
        QVERIFY(applied.wait(20000));
        QVERIFY2(w.statusText().contains("applied"), qPrintable(w.statusText()));
        setField<QDoubleSpinBox>(w, "rotation.max_size_mb")->setValue(4.5);
        QVERIFY(w.isWindowModified());
        QCOMPARE(w.statusText(), QString());

        // A verdict that comes while newer edits wait says so.
        QVERIFY(w.save());
        setField<QDoubleSpinBox>(w, "rotation.max_size_mb")->setValue(5.5);
        QVERIFY(applied.wait(20000));
        QVERIFY2(w.statusText().contains("not saved yet"), qPrintable(w.statusText()));
        engine.stop();
    }

    // Every new key of the schema has a field; edits are written through the document, so the
    // file's unknown keys and key order survive.
    void newKeysAreWrittenThroughTheDocument()
    {
        QTemporaryDir dir;
        QByteArray text = baseConfig(dir);
        text.replace("\"hooks\": {\n                \"post_rotate\": \"true\"\n            }",
                     "\"hooks\": {\n                \"post_rotate\": \"true\"\n            },\n"
                     "            \"rotation2\": 1,\n"
                     "            \"run_as\": {\"x_note\": \"kept\"}");
        const QString path = writeConfig(dir, text);
        SettingsWindow w(path);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        ConfigDocument *doc = w.document();

        QTest::mouseClick(setField<QCheckBox>(w, "missing_ok"), Qt::LeftButton, {}, QPoint(4, 4));
        auto *schedule = setField<QComboBox>(w, "rotation.schedule");
        QCOMPARE(schedule->count(), 6);
        schedule->setCurrentIndex(schedule->findData("weekly"));
        setField<QDoubleSpinBox>(w, "rotation.min_size_mb")->setValue(1.5);
        QCOMPARE(setField<QDoubleSpinBox>(w, "rotation.max_age_days")->minimum(), 0.0);
        setField<QDoubleSpinBox>(w, "rotation.max_age_days")->setValue(0);
        QCOMPARE(setField<QDoubleSpinBox>(w, "rotation.max_age_days")->text(), QString("off"));
        QTest::mouseClick(setField<QCheckBox>(w, "rotation.if_empty"), Qt::LeftButton, {},
                          QPoint(4, 4));
        auto *create = w.logSetForm()->findChild<QComboBox *>("choice:rotation.create");
        QVERIFY(create);
        QVERIFY(!w.logSetForm()->findChild<QLineEdit *>("rotation.create.mode")->isEnabled());
        create->setCurrentIndex(1);
        auto *mode = w.logSetForm()->findChild<QLineEdit *>("rotation.create.mode");
        QVERIFY(mode->isEnabled());
        retype(mode, "0640");
        retype(w.logSetForm()->findChild<QLineEdit *>("rotation.create.group"), "adm");
        auto *naming = setField<QComboBox>(w, "rotation.naming");
        QVERIFY(!setField<QLineEdit>(w, "rotation.date_format")->isEnabled());
        naming->setCurrentIndex(naming->findData("dateext"));
        QVERIFY(setField<QLineEdit>(w, "rotation.date_format")->isEnabled());
        retype(setField<QLineEdit>(w, "rotation.date_format"), "-%Y%m%d-%H");
        retype(setField<QLineEdit>(w, "rotation.extension"), ".log");
        QTest::mouseClick(setField<QCheckBox>(w, "archival.delay_compress"), Qt::LeftButton, {},
                          QPoint(4, 4));
        auto *createDir = w.logSetForm()->findChild<QComboBox *>("choice:archival.create_dir");
        createDir->setCurrentIndex(2); // do not create
        setField<QPlainTextEdit>(w, "hooks.pre_rotate")->setPlainText("echo one\necho two");
        setField<QPlainTextEdit>(w, "hooks.first_action")->setPlainText("logger first");
        setField<QPlainTextEdit>(w, "hooks.last_action")->setPlainText("logger last");
        QTest::mouseClick(setField<QCheckBox>(w, "hooks.shared_scripts"), Qt::LeftButton, {},
                          QPoint(4, 4));
        setField<QDoubleSpinBox>(w, "hooks.timeout")->setValue(30);
        retype(w.logSetForm()->findChild<QLineEdit *>("run_as.user"), "www-data");
        // Copy: the log is not recreated after it, so "new log" does not apply.
        QTest::mouseClick(w.logSetForm()->findChild<QRadioButton *>("strategy:copy"),
                          Qt::LeftButton, {}, QPoint(4, 4));
        QVERIFY(!create->isEnabled());

        w.tabs()->setCurrentIndex(1);
        PathListEdit *includes = w.globalSettingsForm()->logrotateIncludes();
        includes->addPath("/etc/logrotate.d");
        includes->addPath(dir.filePath("extra.conf"));
        includes->list()->setCurrentRow(1);
        includes->removeCurrent();
        includes->addPath("/etc/logrotate.conf");

        const QString expected = QString(R"({
    "log_sets": [
        {
            "name": "app",
            "log_dir": "DIR/logs",
            "active_log": "app.log",
            "archive_dir": "DIR/archive",
            "rotation": {
                "max_size_mb": 10,
                "schedule": "weekly",
                "min_size_mb": 1.5,
                "max_age_days": 0,
                "if_empty": true,
                "create": {
                    "mode": "0640",
                    "group": "adm"
                },
                "naming": "dateext",
                "date_format": "-%Y%m%d-%H",
                "extension": ".log",
                "strategy": "copy"
            },
            "hooks": {
                "post_rotate": "true",
                "pre_rotate": "echo one\necho two",
                "first_action": "logger first",
                "last_action": "logger last",
                "shared_scripts": true,
                "timeout": 30
            },
            "rotation2": 1,
            "run_as": {"x_note": "kept", "user": "www-data"},
            "missing_ok": true,
            "archival": {
                "delay_compress": true,
                "create_dir": false
            }
        }
    ],
    "debounce_time": 5,
    "x_custom": {"keep": true},
    "logrotate_include": ["/etc/logrotate.d", "/etc/logrotate.conf"]
}
)")
                                     .replace("DIR", dir.path());
        QCOMPARE(QString::fromUtf8(doc->toJson()), expected);

        // Read back into a fresh window, every field shows what the file says. (Written by the
        // document itself: until the validator knows the new keys, Save may refuse them.)
        QString saveError;
        QVERIFY2(doc->save(path, &saveError), qPrintable(saveError));
        SettingsWindow again(path);
        QCOMPARE(setField<QComboBox>(again, "rotation.schedule")->currentData().toString(),
                 QString("weekly"));
        QCOMPARE(
            again.logSetForm()->findChild<QComboBox *>("choice:rotation.create")->currentIndex(),
            1);
        QCOMPARE(again.logSetForm()->findChild<QLineEdit *>("rotation.create.mode")->text(),
                 QString("0640"));
        QCOMPARE(again.logSetForm()
                     ->findChild<QComboBox *>("choice:archival.create_dir")
                     ->currentIndex(),
                 2);
        QCOMPARE(setField<QPlainTextEdit>(again, "hooks.pre_rotate")->toPlainText(),
                 QString("echo one\necho two"));
        QCOMPARE(again.logSetForm()->findChild<QLineEdit *>("run_as.user")->text(),
                 QString("www-data"));
        QVERIFY(again.logSetForm()->findChild<QRadioButton *>("strategy:copy")->isChecked());
        QCOMPARE(again.globalSettingsForm()->logrotateIncludes()->paths(),
                 QStringList({"/etc/logrotate.d", "/etc/logrotate.conf"}));

        // Emptying run_as.user removes only what the form wrote; "nocreate" is false.
        retype(again.logSetForm()->findChild<QLineEdit *>("run_as.user"), QString());
        QCOMPARE(again.document()->value("log_sets[0].run_as").toObject(),
                 (QJsonObject{{"x_note", "kept"}}));
        QTest::mouseClick(again.logSetForm()->findChild<QRadioButton *>("strategy:rename"),
                          Qt::LeftButton, {}, QPoint(4, 4));
        again.logSetForm()->findChild<QComboBox *>("choice:rotation.create")->setCurrentIndex(2);
        QCOMPARE(again.document()->value("log_sets[0].rotation.create"), QJsonValue(false));
        again.logSetForm()->findChild<QComboBox *>("choice:rotation.create")->setCurrentIndex(0);
        QVERIFY(!again.document()->contains("log_sets[0].rotation.create"));
    }

    // Decimal input in the C/English locale: "." is the decimal point, "," is taken as one
    // where it cannot be a thousands separator, "1,000" is neither taken as 1000 nor as 1.
    void decimalInputIsNeverTenOrThousandTimesOff()
    {
        QTemporaryDir dir;
        SettingsWindow w(writeConfig(dir, baseConfig(dir)));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        auto *size = setField<QDoubleSpinBox>(w, "rotation.max_size_mb");
        const auto type = [&](const QString &text) {
            size->setFocus();
            size->selectAll();
            QTest::keyClicks(size, text);
            QTest::keyClick(size, Qt::Key_Tab); // leaves the field
        };
        const auto value = [&] {
            return w.document()->value("log_sets[0].rotation.max_size_mb").toDouble();
        };
        type("2.5");
        QCOMPARE(value(), 2.5);
        type("2,5");
        QCOMPARE(value(), 2.5);
        QCOMPARE(size->text(), QString("2.5 MB"));
        type("0.1");
        QCOMPARE(value(), 0.1);
        QCOMPARE(size->text(), QString("0.1 MB"));
        type("1,000");
        QCOMPARE(value(), 0.1); // not 1000, not 1: not taken, and said why
        QCOMPARE(size->text(), QString("0.1 MB"));
        FieldIssueMarker *marker = w.logSetForm()->marker("rotation.max_size_mb");
        QTRY_VERIFY(marker->message().contains("1,000"));
        QVERIFY2(marker->message().contains("1000") && marker->message().contains("1.000"),
                 qPrintable(marker->message()));
        type("1,000.5");
        QCOMPARE(value(), 1000.5);
        QTRY_COMPARE(marker->message(), QString()); // the note went with the new value
        type("12abc");                              // letters cannot be typed at all
        QCOMPARE(value(), 12.0);
        QCOMPARE(size->text(), QString("12 MB"));
        type("0.0001"); // more decimals than the field has: not rounded to 0 (which is "off")
        QCOMPARE(value(), 12.0);
        QTRY_VERIFY(marker->message().contains("0.0001"));
    }

    // The window opens within the screen's available area and is small enough for a small
    // screen (at QT_SCALE_FACTOR=2, 1600×1000 is 800×500); narrower than its forms, they
    // scroll sideways instead of being cut.
    void windowFitsTheScreenAndScrolls()
    {
        QTemporaryDir dir;
        SettingsWindow w(writeConfig(dir, baseConfig(dir)));
        const QSize available = w.screen()->availableGeometry().size();
        QVERIFY2(w.width() <= available.width() && w.height() <= available.height(),
                 qPrintable(QString("%1x%2 on %3x%4")
                                .arg(w.width())
                                .arg(w.height())
                                .arg(available.width())
                                .arg(available.height())));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QSize small(760, 440);
        QVERIFY2(w.minimumSizeHint().width() <= small.width() &&
                     w.minimumSizeHint().height() <= small.height(),
                 qPrintable(QString("minimum %1x%2")
                                .arg(w.minimumSizeHint().width())
                                .arg(w.minimumSizeHint().height())));
        w.resize(small);
        QTRY_COMPARE(w.size(), small);
        // Narrower still: the set form scrolls, both ways.
        w.resize(420, 360);
        QTRY_VERIFY(w.width() <= 520);
        QScrollArea *area = nullptr;
        for (QWidget *p = w.logSetForm()->parentWidget(); p && !area; p = p->parentWidget())
            area = qobject_cast<QScrollArea *>(p);
        QVERIFY(area);
        QTRY_VERIFY(area->verticalScrollBar()->maximum() > 0);
        QTRY_VERIFY(area->horizontalScrollBar()->maximum() > 0 ||
                    w.logSetForm()->width() >= w.logSetForm()->minimumSizeHint().width());
    }

    // "Open as Text" on a file that cannot be read: when no application opens it, the window
    // says so (rather than nothing happening).
    void openAsTextSaysWhenNothingOpensIt()
    {
        QTemporaryDir dir;
        const QString path = writeConfig(dir, "{ broken");
        const QByteArray savedPath = qgetenv("PATH");
        qputenv("PATH", QFile::encodeName(dir.path())); // no xdg-open, no browser
        SettingsWindow w(path);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.isShowingLoadError());
        QTest::mouseClick(w.findChild<QPushButton *>("openAsText"), Qt::LeftButton);
        qputenv("PATH", savedPath);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = w.findChild<QMessageBox *>("openAsTextError")));
        QVERIFY(box->text().contains(path));
        box->close();
    }
};

QTEST_MAIN(TestSettingsWindow)
#include "tst_settingswindow.moc"
