// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "browser/archivecatalog.h"

#include "config/configloader.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Logkeeper;

// The archive browser's catalog on a config with logrotate_include: the included sets'
// archives, in logrotate's names beside their logs, are listed like any set's.
class TestCatalogIncluded : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY(TestUtil::makeXdgFolders(m_home.path()));
    }

    void listsTheArchivesOfIncludedSets()
    {
        QTemporaryDir dir;
        const QString logs = dir.filePath("log");
        const QString conf = dir.filePath("logrotate.conf");
        QVERIFY(TestUtil::writeFile(conf, (logs +
                                           "/syslog {\n"
                                           "    rotate 4\n"
                                           "    compress\n"
                                           "    delaycompress\n"
                                           "}\n" +
                                           logs +
                                           "/dpkg.log {\n"
                                           "    rotate 4\n"
                                           "    compress\n"
                                           "    dateext\n"
                                           "}\n")
                                              .toUtf8()));
        QVERIFY(TestUtil::writeFile(logs + "/syslog", "live\n"));
        QVERIFY(TestUtil::writeFile(logs + "/dpkg.log", "live\n"));
        // What logrotate (or Logkeeper with these sets) left: syslog.1 waits for delaycompress.
        QVERIFY(TestUtil::writeFile(logs + "/syslog.1", "one\n"));
        QVERIFY(TestUtil::writeFile(dir.filePath("two"), "two\n"));
        QVERIFY(TestUtil::compress(dir.filePath("two"), logs + "/syslog.2.gz", "gzip").ok);
        QVERIFY(TestUtil::writeFile(dir.filePath("old"), "old\n"));
        QVERIFY(TestUtil::compress(dir.filePath("old"), logs + "/dpkg.log-20261101.gz", "gzip").ok);
        QVERIFY(TestUtil::writeFile(logs + "/other.log.1", "not theirs\n"));

        const QString path = dir.filePath("config.json");
        QVERIFY(TestUtil::writeFile(
            path, QJsonDocument(QJsonObject{{"log_sets", QJsonArray{}},
                                            {"logrotate_include", QJsonArray{conf}}})
                      .toJson()));
        const ConfigLoader::Result loaded = ConfigLoader::loadFile(path);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.includedSets, 2);

        ArchiveCatalog catalog;
        catalog.setConfig(loaded.config);
        QCOMPARE(catalog.setNames(), QStringList({"logrotate.conf", "logrotate.conf-2"}));
        QVERIFY(QTest::qWaitFor([&] { return !catalog.isScanning(); }, 60000));
        QStringList listed;
        for (const ArchiveEntry &e : catalog.entries())
            listed << e.setName + ' ' + e.fileName;
        listed.sort();
        QCOMPARE(listed, QStringList({"logrotate.conf syslog.1", "logrotate.conf syslog.2.gz",
                                      "logrotate.conf-2 dpkg.log-20261101.gz"}));
    }
};

QTEST_GUILESS_MAIN(TestCatalogIncluded)
#include "tst_catalogincluded.moc"
