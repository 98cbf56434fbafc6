// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "desktop/dryrunpreview.h"

#include "config/configvalidator.h"
#include "core/workpool.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>

using namespace Logkeeper;

namespace {
// The threads the worker's "dry run:" log lines came from: proof of where the run happened.
QMutex threadsMutex;
QSet<QThread *> dryRunThreads;
QtMessageHandler previousHandler = nullptr;

void recordThread(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.startsWith("dry run:")) {
        QMutexLocker lock(&threadsMutex);
        dryRunThreads.insert(QThread::currentThread());
    }
    previousHandler(type, context, message);
}
} // namespace

class TestDryRunPreview : public QObject
{
    Q_OBJECT
    QTemporaryDir m_xdg;

    static Config config(const QString &logDir, const QString &stateFile,
                         const QString &activeLog = "app.log")
    {
        const auto result = ConfigValidator::validate(QJsonObject{
            {"log_sets", QJsonArray{QJsonObject{{"name", "preview"},
                                                {"log_dir", logDir},
                                                {"active_log", activeLog},
                                                {"rotation", QJsonObject{{"max_size_mb", 0.01}}}}}},
            {"state_file", stateFile},
        });
        if (!result.ok())
            qWarning() << result.issues.value(0).toString();
        return result.config;
    }

private slots:
    void initTestCase()
    {
        qputenv("XDG_STATE_HOME", QFile::encodeName(m_xdg.filePath("state")));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_xdg.filePath("config")));
        previousHandler = qInstallMessageHandler(recordThread);
        // The planned actions are logged at debug level (they are the run's output, not news).
        QLoggingCategory::setFilterRules(QStringLiteral("logkeeper.rotation.debug=true"));
    }
    void cleanupTestCase() { qInstallMessageHandler(previousHandler); }

    void listsTheRotationAnOversizedFileWouldGet()
    {
        QTemporaryDir dir;
        const QString log = dir.filePath("logs/app.log");
        const QByteArray content = TestUtil::numberedLines("p", 0, 400); // 32 KB > 10 KB
        QVERIFY(TestUtil::writeFile(log, content));
        DryRunPreview preview;
        QSignalSpy finished(&preview, &DryRunPreview::finished);
        QSignalSpy running(&preview, &DryRunPreview::runningChanged);
        preview.request(config(dir.filePath("logs"), dir.filePath("state.json")));
        QVERIFY(preview.isRunning());
        QVERIFY(finished.wait(30000));
        QVERIFY(!preview.isRunning());
        QCOMPARE(running.count(), 2);
        const QStringList actions = finished.at(0).at(0).toStringList();
        QVERIFY2(!actions.isEmpty(), "nothing planned");
        QVERIFY2(actions.at(0).startsWith("rotate " + log + " -> " + dir.filePath("logs/archive/")),
                 qPrintable(actions.join('\n')));
        QVERIFY(finished.at(0).at(1).toStringList().isEmpty());
        // Nothing changed: no archive folder, the log as it was, no state written.
        QCOMPARE(TestUtil::readFile(log), content);
        QVERIFY(!QFileInfo::exists(dir.filePath("logs/archive")));
        QVERIFY(!QFileInfo::exists(dir.filePath("state.json")));
        // It ran as a WorkPool job, not on the caller's thread.
        QMutexLocker lock(&threadsMutex);
        QVERIFY(!dryRunThreads.isEmpty());
        QVERIFY(!dryRunThreads.contains(QThread::currentThread()));
        for (QThread *thread : std::as_const(dryRunThreads))
            QVERIFY(WorkPool::pool().contains(thread));
    }

    void nothingDueMeansNoActions()
    {
        QTemporaryDir dir;
        QVERIFY(TestUtil::writeFile(dir.filePath("logs/app.log"), "small\n"));
        DryRunPreview preview;
        QSignalSpy finished(&preview, &DryRunPreview::finished);
        preview.request(config(dir.filePath("logs"), dir.filePath("state.json")));
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.at(0).at(0).toStringList(), QStringList());
    }

    void failuresAreReported()
    {
        QTemporaryDir dir;
        QVERIFY(TestUtil::writeFile(dir.filePath("elsewhere.log"), QByteArray(20000, 'x')));
        QVERIFY(QDir().mkpath(dir.filePath("logs")));
        QVERIFY(QFile::link(dir.filePath("elsewhere.log"), dir.filePath("logs/app.log")));
        DryRunPreview preview;
        QSignalSpy finished(&preview, &DryRunPreview::finished);
        preview.request(config(dir.filePath("logs"), dir.filePath("state.json")));
        QVERIFY(finished.wait(30000));
        const QStringList errors = finished.at(0).at(1).toStringList();
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.at(0).contains("symlink"), qPrintable(errors.at(0)));
    }

    // Only the latest request's result arrives: results are delivered in request order, so
    // when the latest one is in, any older one would have been before it.
    void newerRequestSupersedesOlder()
    {
        QTemporaryDir dir;
        QVERIFY(TestUtil::writeFile(dir.filePath("a/app.log"), QByteArray(20000, 'a')));
        QVERIFY(TestUtil::writeFile(dir.filePath("b/app.log"), QByteArray(20000, 'b')));
        DryRunPreview preview;
        QSignalSpy finished(&preview, &DryRunPreview::finished);
        for (int i = 0; i < 5; ++i)
            preview.request(config(dir.filePath("a"), dir.filePath("state.json")));
        preview.request(config(dir.filePath("b"), dir.filePath("state.json")));
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.count(), 1);
        const QStringList actions = finished.at(0).at(0).toStringList();
        QCOMPARE(actions.size(), 1);
        QVERIFY2(actions.at(0).startsWith("rotate " + dir.filePath("b/app.log")),
                 qPrintable(actions.at(0)));
    }

    void destroyedWhileRunning()
    {
        QTemporaryDir dir;
        for (int i = 0; i < 300; ++i)
            QVERIFY(TestUtil::writeFile(dir.filePath(QString("logs/f%1.log").arg(i)),
                                        QByteArray(11000, 'z')));
        const auto result = ConfigValidator::validate(QJsonObject{
            {"log_sets", QJsonArray{QJsonObject{{"log_dir", dir.filePath("logs")},
                                                {"patterns", QJsonArray{"*.log"}},
                                                {"rotation", QJsonObject{{"max_size_mb", 0.01}}}}}},
            {"state_file", dir.filePath("state.json")}});
        QVERIFY(result.ok());
        bool delivered = false;
        {
            DryRunPreview preview;
            connect(&preview, &DryRunPreview::finished, this, [&] { delivered = true; });
            preview.request(result.config);
        } // stops the run, waits for its thread
        QCoreApplication::processEvents();
        QVERIFY(!delivered);
        QCOMPARE(TestUtil::entries(dir.filePath("logs")).size(), 300);
    }
};

QTEST_GUILESS_MAIN(TestDryRunPreview)
#include "tst_dryrunpreview.moc"
