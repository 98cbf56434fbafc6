// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
// The archive browser on the small screen of issue 15 (smallscreen.h): 1600×1000 at
// QT_SCALE_FACTOR=2, where it opened larger than the screen.
#include "browser/archivefiltermodel.h"
#include "compression/archivecompressor.h"
#include "config/config.h"
#include "core/archivenaming.h"
#include "widgets/browser/archivebrowser.h"

#include "smallscreen.h"
#include "testutil.h"

#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Logkeeper;
using namespace SmallScreen;

class TestBrowserSmallScreen : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        for (const char *var : {"XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"})
            qputenv(var, QFile::encodeName(m_dir.filePath(var)));
    }

    // On the screen with its filter bar, table and toolbar whole; made as small as it goes,
    // the table scrolls both ways.
    void fitsAndScrolls()
    {
        const QString archives = m_dir.filePath("archive");
        const QDateTime t0(QDate(2026, 12, 1), QTime(4, 0));
        for (int i = 0; i < 40; ++i) {
            const QString source =
                archives + "/" +
                ArchiveNaming::rotatedName("a-long-service-name.log", t0.addDays(-i));
            QVERIFY(TestUtil::writeFile(source, TestUtil::numberedLines("line", 0, 20)));
            QVERIFY(TestUtil::compress(source, source + ".gz", "gzip", -1).ok);
            QFile::remove(source);
        }
        LogSetConfig set;
        set.name = "service";
        set.logDir = m_dir.filePath("logs");
        set.archiveDir = archives;
        set.activeLog = "a-long-service-name.log";
        Config config;
        config.pollIntervalSeconds = 3600;
        config.logSets = {set};
        ArchiveBrowser b;
        b.setConfig(config);
        b.show();
        QVERIFY(QTest::qWaitForWindowExposed(&b));
        QTRY_COMPARE_WITH_TIMEOUT(b.filterModel()->rowCount(), 40, 30000);
        const QString fit = fits(&b);
        QVERIFY2(fit.isEmpty(), qPrintable(fit));
        QString clipped = clippedButton(&b);
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped));

        b.resize(1, 1);
        QTRY_VERIFY(b.width() < 500);
        QTest::qWait(50);
        clipped = clippedButton(&b);
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped));
        QTRY_VERIFY(b.view()->verticalScrollBar()->maximum() > 0);
        QTRY_VERIFY(b.view()->horizontalScrollBar()->maximum() > 0);
    }
};

LOGKEEPER_SMALL_SCREEN_MAIN(TestBrowserSmallScreen)
#include "tst_browsersmallscreen.moc"
