// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "widgets/settings/settingswindow.h"

#include "config/configdocument.h"
#include "testutil.h"
#include "widgets/settings/globalsettingsform.h"
#include "widgets/settings/logsetform.h"
#include "widgets/settings/pathlistedit.h"

#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Logkeeper;

// The settings window on a config with logrotate_include: the included sets are listed apart,
// shown read-only with their FILE:LINE, and never saved into the config.
class TestSettingsInclude : public QObject
{
    Q_OBJECT
    QTemporaryDir m_xdg;

    static QString writeConfig(const QTemporaryDir &dir, const QString &conf)
    {
        const QJsonObject own{
            {"name", "app"}, {"log_dir", dir.filePath("logs")}, {"active_log", "app.log"}};
        const QString path = dir.filePath("config.json");
        return TestUtil::writeFile(
                   path, QJsonDocument(QJsonObject{{"log_sets", QJsonArray{own}},
                                                   {"logrotate_include", QJsonArray{conf}}})
                             .toJson())
                   ? path
                   : QString();
    }

private slots:
    void initTestCase() { QVERIFY(TestUtil::makeXdgFolders(m_xdg.path())); }

    void includedSetsAreShownReadOnlyAndNeverSaved()
    {
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath("logs")));
        const QString conf = dir.filePath("logrotate.conf");
        QVERIFY(TestUtil::writeFile(conf, "/var/log/syslog {\n"
                                          "    rotate 7\n"
                                          "    shred\n"
                                          "}\n"
                                          "\n"
                                          "/var/log/app {\n"
                                          "    rotate 2\n"
                                          "}\n"));
        const QString path = writeConfig(dir, conf);
        QVERIFY(!path.isEmpty());
        SettingsWindow w(path);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));

        // Apart from the own sets, named beside them ("logrotate.conf" twice).
        QCOMPARE(w.logSetList()->count(), 1);
        QListWidget *included = w.includedSetList();
        QVERIFY(included->isVisible());
        QCOMPARE(included->count(), 2);
        QCOMPARE(included->item(0)->text(), QString("logrotate.conf"));
        QCOMPARE(included->item(1)->text(), QString("logrotate.conf-2"));
        QCOMPARE(included->item(1)->toolTip(), conf + ":6");

        // Shown with the source, every field read-only.
        included->setCurrentRow(0);
        QCOMPARE(w.includedSetSource(), conf + ":1");
        const auto *source = w.findChild<QLabel *>("includedSource");
        QVERIFY(source && source->isVisible());
        QVERIFY2(source->text().contains(conf + ":1"), qPrintable(source->text()));
        LogSetForm *form = w.includedSetForm();
        QVERIFY(form->isVisible());
        QVERIFY(!form->isEnabled());
        auto *archives = qobject_cast<QDoubleSpinBox *>(form->field("archival.max_archives"));
        QVERIFY(archives);
        QCOMPARE(archives->value(), 7.0);
        QVERIFY(!archives->isEnabled());
        QCOMPARE(qobject_cast<QLineEdit *>(form->field("active_log"))->text(), QString("syslog"));
        QCOMPARE(w.logSetList()->currentRow(), -1); // one set shown at a time
        QVERIFY(!w.findChild<QWidget *>("removeLogSet")->isEnabled());

        // The include's problem is listed, and blocks nothing.
        bool listed = false;
        for (int i = 0; i < w.issueList()->count(); ++i)
            listed = listed || w.issueList()->item(i)->text().contains(conf + ":3");
        QVERIFY(listed);

        // Back to the own set, edited and saved: the file has its own set only.
        w.logSetList()->setCurrentRow(0);
        QCOMPARE(included->currentRow(), -1);
        QVERIFY(w.logSetForm()->isVisible());
        auto *name = qobject_cast<QLineEdit *>(w.logSetForm()->field("name"));
        name->selectAll();
        QTest::keyClicks(name, "web");
        QVERIFY(w.saveButton()->isEnabled());
        QVERIFY(w.save());
        const QJsonObject saved = QJsonDocument::fromJson(TestUtil::readFile(path)).object();
        const QJsonArray sets = saved.value("log_sets").toArray();
        QCOMPARE(sets.size(), 1);
        QCOMPARE(sets.at(0).toObject().value("name").toString(), QString("web"));
        QVERIFY(!TestUtil::readFile(path).contains("source"));
        QCOMPARE(saved.value("logrotate_include").toArray(), QJsonArray{conf});
    }

    // The include edited in General: the list follows.
    void theListFollowsTheIncludeAsEdited()
    {
        QTemporaryDir dir;
        const QString conf = dir.filePath("one.conf");
        QVERIFY(TestUtil::writeFile(conf, "/var/log/one.log {\n    rotate 1\n}\n"));
        QVERIFY(
            TestUtil::writeFile(dir.filePath("two.conf"), "/var/log/two.log {\n    rotate 1\n}\n"));
        SettingsWindow w(writeConfig(dir, conf));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.includedSetList()->count(), 1);
        w.document()->setValue("logrotate_include", QJsonArray{conf, dir.filePath("two.conf")});
        QCOMPARE(w.includedSetList()->count(), 2);
        QCOMPARE(w.includedSetList()->item(1)->text(), QString("two.conf"));
        w.document()->setValue("logrotate_include", QJsonArray());
        QVERIFY(!w.includedSetList()->isVisible());
    }
};

QTEST_MAIN(TestSettingsInclude)
#include "tst_settingsinclude.moc"
