// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "browser/archivecatalog.h"
#include "browser/archivefiltermodel.h"
#include "browser/archivetablemodel.h"
#include "compression/archivecompressor.h"
#include "config/configloader.h"
#include "core/archivenaming.h"
#include "core/codecs.h"
#include "widgets/browser/archivebrowser.h"
#include "widgets/browser/archivefilterbar.h"
#include "widgets/browser/openwithdialog.h"
#include "widgets/common/errorbar.h"

#include "testutil.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QFileDialog>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>
#include <QTimer>
#include <QUrl>

using namespace Logkeeper;

// Receives what the browser hands to the desktop (QDesktopServices::openUrl) instead of a
// real application or file manager.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public slots:
    void open(const QUrl &url) { urls.append(url); }
};

// The archive browser window, offscreen, over real archive folders of real archives.
class TestArchiveBrowser : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    UrlCatcher m_desktop;

    struct Fixture
    {
        QTemporaryDir dir;
        QString web, db;
        QStringList archives;               // web's first, then db's
        QHash<QString, QByteArray> content; // decompressed content by archive
        std::unique_ptr<ArchiveBrowser> browser;
    };

    static LogSetConfig set(const QString &name, const QString &archiveDir,
                            const QString &activeLog)
    {
        LogSetConfig s;
        s.name = name;
        s.logDir = archiveDir + "-logs";
        s.archiveDir = archiveDir;
        s.activeLog = activeLog;
        return s;
    }
    static QString makeArchive(Fixture &f, const QString &dir, const QString &activeLog,
                               const QDateTime &at, const QString &codec, int lines)
    {
        QDir().mkpath(dir);
        const QString rotated = ArchiveNaming::rotatedName(activeLog, at);
        const QString source = dir + "-" + rotated + ".src";
        const QByteArray data = TestUtil::numberedLines(rotated.toUtf8(), 0, lines);
        if (!TestUtil::writeFile(source, data))
            return {};
        const QString target =
            dir + "/" + rotated + (codec == "none" ? QString() : TestUtil::extension(codec));
        const auto r = TestUtil::compress(source, target, codec, -1);
        QFile::remove(source);
        if (!r.ok)
            return {};
        f.content.insert(target, data);
        return target;
    }
    // Two sets, an archive of every codec in each (and an uncompressed one), shown.
    bool makeFixture(Fixture &f)
    {
        f.web = f.dir.filePath("web");
        f.db = f.dir.filePath("db");
        const QDateTime t0(QDate(2024, 2, 1), QTime(4, 0));
        int i = 0;
        for (const QString &codec : TestUtil::codecNames() + QStringList{"none"}) {
            f.archives << makeArchive(f, f.web, "access.log", t0.addDays(i), codec, 100 + i);
            ++i;
        }
        for (const QString &codec : TestUtil::codecNames()) {
            f.archives << makeArchive(f, f.db, "query.log", t0.addDays(i), codec, 300 + i);
            ++i;
        }
        if (f.archives.contains(QString()))
            return false;
        Config c;
        c.pollIntervalSeconds = 3600;
        c.logSets = {set("web", f.web, "access.log"), set("db", f.db, "query.log")};
        f.browser = std::make_unique<ArchiveBrowser>();
        f.browser->setConfig(c);
        f.browser->show();
        if (!QTest::qWaitForWindowExposed(f.browser.get()))
            return false;
        return QTest::qWaitFor(
            [&] { return f.browser->filterModel()->rowCount() == f.archives.size(); }, 30000);
    }
    // A real archive at path, any name (numbered, dateext); codec "none": a plain file.
    static bool writeNamed(const QString &path, const QString &codec, int lines = 50)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        const QByteArray data = TestUtil::numberedLines(path.toUtf8(), 0, lines);
        if (codec == "none")
            return TestUtil::writeFile(path, data);
        QTemporaryFile source;
        if (!source.open() || source.write(data) != data.size() || !source.flush())
            return false;
        return TestUtil::compress(source.fileName(), path, codec, -1).ok;
    }
    static QString cell(ArchiveBrowser &b, const QString &path, int column,
                        int role = Qt::DisplayRole)
    {
        return b.filterModel()->index(proxyRowOf(b, path), column).data(role).toString();
    }
    static QStringList column(ArchiveBrowser &b, int column)
    {
        QStringList texts;
        for (int row = 0; row < b.filterModel()->rowCount(); ++row)
            texts.append(b.filterModel()->index(row, column).data().toString());
        return texts;
    }
    static int proxyRowOf(ArchiveBrowser &b, const QString &path)
    {
        for (int row = 0; row < b.filterModel()->rowCount(); ++row) {
            if (b.filterModel()->index(row, 0).data(ArchiveTableModel::PathRole).toString() == path)
                return row;
        }
        return -1;
    }
    static void select(ArchiveBrowser &b, const QStringList &paths)
    {
        QItemSelectionModel *selection = b.view()->selectionModel();
        selection->clearSelection();
        for (const QString &path : paths) {
            const QModelIndex index = b.filterModel()->index(proxyRowOf(b, path), 0);
            selection->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
            selection->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
        }
    }
    static QStringList inViewOrder(ArchiveBrowser &b, QStringList paths)
    {
        std::sort(paths.begin(), paths.end(), [&](const QString &x, const QString &y) {
            return proxyRowOf(b, x) < proxyRowOf(b, y);
        });
        return paths;
    }
    static QMessageBox *visibleBox(ArchiveBrowser &b, const QString &name)
    {
        for (QMessageBox *box : b.findChildren<QMessageBox *>(name)) {
            if (box->isVisible())
                return box;
        }
        return nullptr;
    }
    static QAbstractButton *buttonOf(QMessageBox *box, QMessageBox::ButtonRole role)
    {
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == role)
                return button;
        }
        return nullptr;
    }

    // A desktop file whose program records its arguments, one a line, in <home>/launched.
    bool writeApplication(const QString &relativePath, const QString &name,
                          const QString &mimeTypes, const QString &arguments)
    {
        const QString script = m_home.filePath("record-args.sh");
        if (!QFileInfo::exists(script)) {
            if (!TestUtil::writeFile(script, "#!/bin/sh\nprintf '%s\\n' \"$@\" > \"$0.out.tmp\" "
                                             "&& mv \"$0.out.tmp\" \"$0.out\"\n"))
                return false;
            QFile::setPermissions(script, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        }
        return TestUtil::writeFile(m_home.filePath(relativePath),
                                   QString("[Desktop Entry]\nType=Application\nName=%1\n"
                                           "Exec=%2 %3\nMimeType=%4\n")
                                       .arg(name, script, arguments, mimeTypes)
                                       .toUtf8());
    }
    QString launchedArguments()
    {
        return TestUtil::readFile(m_home.filePath("record-args.sh.out"));
    }
    static QString firstWithCodec(const Fixture &f, const QString &codec)
    {
        for (const QString &path : f.archives) {
            if (Codecs::fromFileName(path) == TestUtil::codec(codec))
                return path;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("XDG_CACHE_HOME", QFile::encodeName(m_home.filePath("cache")));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath("config")));
        qputenv("XDG_STATE_HOME", QFile::encodeName(m_home.filePath("state")));
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_home.filePath("runtime")));
        QDir().mkpath(m_home.filePath("runtime"));
        QFile::setPermissions(m_home.filePath("runtime"), QFileDevice::ReadOwner |
                                                              QFileDevice::WriteOwner |
                                                              QFileDevice::ExeOwner);
        QDesktopServices::setUrlHandler("file", &m_desktop, "open");
        // The applications "Open With…" finds: only the test's own.
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath("data")));
        qputenv("XDG_DATA_DIRS", QFile::encodeName(m_home.filePath("system-data")));
        // The system's MIME database, without the system's applications.
        QVERIFY(QDir().mkpath(m_home.filePath("system-data")));
        if (QFileInfo::exists("/usr/share/mime"))
            QVERIFY(QFile::link("/usr/share/mime", m_home.filePath("system-data/mime")));
        QVERIFY(writeApplication("data/applications/gz-reader.desktop", "Gz Reader",
                                 "application/gzip;application/x-xz;", "--from-desktop %F"));
        QVERIFY(writeApplication("system-data/applications/kde/picture-viewer.desktop",
                                 "Picture Viewer", "image/png;", "%f"));
        QVERIFY(writeApplication("system-data/applications/plain-editor.desktop", "Plain Editor",
                                 "text/plain;", "%f"));
    }
    void cleanupTestCase() { QDesktopServices::unsetUrlHandler("file"); }
    void init() { m_desktop.urls.clear(); }

    void showsEveryArchive()
    {
        Fixture f;
        QVERIFY(makeFixture(f));
        ArchiveBrowser &b = *f.browser;
        QCOMPARE(b.windowTitle(), QString("Logkeeper Archives"));
        QCOMPARE(b.view()->model(), b.filterModel());
        QStringList shown;
        for (int row = 0; row < b.filterModel()->rowCount(); ++row)
            shown.append(
                b.filterModel()->index(row, 0).data(ArchiveTableModel::PathRole).toString());
        shown.sort();
        QStringList expected = f.archives;
        expected.sort();
        QCOMPARE(shown, expected);
        // Newest first.
        QCOMPARE(b.filterModel()->index(0, 0).data(ArchiveTableModel::PathRole).toString(),
                 f.archives.last());
        auto *count = b.findChild<QLabel *>("archiveCount");
        QVERIFY(count);
        QTRY_VERIFY(count->text().contains(QString::number(f.archives.size())));
        QVERIFY(count->text().contains("on disk"));
        // The set filter offers the sets.
        auto *sets = b.findChild<QComboBox *>("archiveFilterSet");
        QVERIFY(sets);
        QCOMPARE(sets->count(), 3);
        QCOMPARE(sets->itemText(1), QString("web"));
        QCOMPARE(sets->itemText(2), QString("db"));
    }

    void nothingIsScannedBeforeTheWindowShows()
    {
        QTemporaryDir dir;
        Fixture f;
        const QString a = makeArchive(f, dir.filePath("web"), "access.log",
                                      QDateTime(QDate(2024, 1, 1), QTime()), "gzip", 10);
        QVERIFY(!a.isEmpty());
        Config c;
        c.logSets = {set("web", dir.filePath("web"), "access.log")};
        ArchiveBrowser b;
        b.setConfig(c);
        QTest::qWait(200);
        QVERIFY(b.catalog()->directories().isEmpty());
        b.show();
        QTRY_COMPARE_WITH_TIMEOUT(b.filterModel()->rowCount(), 1, 30000);
    }

    void filterBoxFilters()
    {
        Fixture f;
        QVERIFY(makeFixture(f));
        ArchiveBrowser &b = *f.browser;
        auto *edit = b.findChild<QLineEdit *>("archiveFilterText");
        QVERIFY(edit);
        // Ctrl+F from the table puts the cursor in the filter box.
        b.view()->setFocus();
        QTRY_VERIFY(b.view()->hasFocus());
        QTest::keyClick(b.view(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(edit->hasFocus());
        QTest::keyClicks(edit, "query");
        QCOMPARE(b.filterModel()->rowCount(), TestUtil::codecNames().size());
        for (int row = 0; row < b.filterModel()->rowCount(); ++row)
            QVERIFY(b.filterModel()
                        ->index(row, 0)
                        .data(ArchiveTableModel::PathRole)
                        .toString()
                        .startsWith(f.db));
        auto *count = b.findChild<QLabel *>("archiveCount");
        QTRY_VERIFY(count->text().startsWith(QString("%1 of ").arg(TestUtil::codecNames().size())));
        // Delete and Ctrl+C in the filter box edit the filter, whatever the table's selection.
        select(b, {f.archives.last()});
        QGuiApplication::clipboard()->clear();
        QTest::keyClick(edit, Qt::Key_End);
        QTest::keyClick(edit, Qt::Key_Left);
        QTest::keyClick(edit, Qt::Key_Delete);
        QCOMPARE(edit->text(), QString("quer"));
        QVERIFY(!visibleBox(b, "deleteConfirmation"));
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), QString("quer"));
        QTest::keyClick(edit, Qt::Key_End);
        QTest::keyClicks(edit, "y");
        // Return moves on to the results.
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_VERIFY(b.view()->hasFocus());
        edit->clear();
        QCOMPARE(b.filterModel()->rowCount(), f.archives.size());

        // The set box.
        auto *sets = b.findChild<QComboBox *>("archiveFilterSet");
        sets->setCurrentIndex(sets->findText("web"));
        QCOMPARE(b.filterModel()->rowCount(), TestUtil::codecNames().size() + 1);
        sets->setCurrentIndex(0);
        // A custom date range: the first two days.
        b.filterBar()->setCustomRange(QDate(2024, 2, 1), QDate(2024, 2, 2));
        QCOMPARE(b.filterModel()->rowCount(), 2);
        b.filterBar()->setPeriod("any");
        QCOMPARE(b.filterModel()->rowCount(), f.archives.size());
    }

    void enterAndDoubleClickOpenTheViewer()
    {
        Fixture f;
        QVERIFY(makeFixture(f));
        ArchiveBrowser &b = *f.browser;
        QSignalSpy view(&b, &ArchiveBrowser::viewRequested);
        const QString target = f.archives.at(2);
        select(b, {target});
        b.view()->setFocus();
        QTRY_VERIFY(b.view()->hasFocus());
        QTest::keyClick(b.view(), Qt::Key_Return);
        QCOMPARE(view.size(), 1);
        QCOMPARE(view.at(0).at(0).toString(), target);
        QTest::keyClick(b.view(), Qt::Key_Enter, Qt::KeypadModifier);
        QCOMPARE(view.size(), 2);
        QCOMPARE(view.at(1).at(0).toString(), target);

        const QString other = f.archives.at(4);
        const QRect rect = b.view()->visualRect(b.filterModel()->index(proxyRowOf(b, other), 1));
        QVERIFY(rect.isValid());
        // The item view opens on a double click only after a press on the same item, which
        // QTest::mouseDClick() alone does not send.
        QTest::mouseClick(b.view()->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(b.view()->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(view.size(), 3);
        QCOMPARE(view.at(2).at(0).toString(), other);
    }

    void deleteAsksAndRemovesExactlyTheSelection()
    {
        Fixture f;
        QVERIFY(makeFixture(f));
        ArchiveBrowser &b = *f.browser;
        const QStringList doomed{f.archives.at(1), f.archives.at(5)};
        select(b, doomed);
        b.view()->setFocus();
        QTRY_VERIFY(b.view()->hasFocus());

        // Cancel first: nothing goes.
        QTest::keyClick(b.view(), Qt::Key_Delete);
        QMessageBox *box = visibleBox(b, "deleteConfirmation");
        QVERIFY(box);
        for (const QString &path : doomed) {
            QVERIFY2(box->informativeText().contains(QFileInfo(path).fileName()),
                     qPrintable(box->informativeText()));
            QVERIFY(box->informativeText().contains(QFileInfo(path).absolutePath()));
            QVERIFY(box->informativeText().contains(
                ArchiveTableModel::sizeText(QFileInfo(path).size())));
        }
        QVERIFY(!box->informativeText().contains(QFileInfo(f.archives.at(0)).fileName()));
        QVERIFY(box->text().contains("2 archive"));
        QCOMPARE(box->defaultButton(), buttonOf(box, QMessageBox::RejectRole));
        buttonOf(box, QMessageBox::RejectRole)->click();
        QTRY_VERIFY(!visibleBox(b, "deleteConfirmation"));
        for (const QString &path : std::as_const(f.archives))
            QVERIFY(QFileInfo::exists(path));

        // Then for real.
        QSignalSpy removed(b.tableModel(), &QAbstractItemModel::rowsRemoved);
        b.findChild<QAction *>("deleteAction")->trigger();
        box = visibleBox(b, "deleteConfirmation");
        QVERIFY(box);
        auto *confirm = box->findChild<QPushButton *>("confirmDeleteButton");
        QVERIFY(confirm);
        confirm->click();
        for (const QString &path : std::as_const(f.archives))
            QCOMPARE(QFileInfo::exists(path), !doomed.contains(path));
        QTRY_COMPARE_WITH_TIMEOUT(b.filterModel()->rowCount(), f.archives.size() - 2, 30000);
        QVERIFY(!removed.isEmpty());
        QVERIFY(!visibleBox(b, "archiveErrors"));
    }

    void failedDeleteNamesTheFile()
    {
        Fixture f;
        QVERIFY(makeFixture(f));
        ArchiveBrowser &b = *f.browser;
        const QString gone = f.archives.at(0), kept = f.archives.at(3);
        select(b, {gone});
        b.deleteSelected();
        QMessageBox *box = visibleBox(b, "deleteConfirmation");
        QVERIFY(box);
        QVERIFY(QFile::remove(gone)); // someone else was quicker
        box->findChild<QPushButton *>("confirmDeleteButton")->click();
        QMessageBox *errors = nullptr;
        QTRY_VERIFY((errors = visibleBox(b, "archiveErrors")));
        QVERIFY2(errors->informativeText().contains(gone), qPrintable(errors->informativeText()));
        QVERIFY(QFileInfo::exists(kept));
        errors->accept();
    }

    void copyPutsThePathsOnTheClipboard()
    {
        Fixture f;
        QVERIFY(makeFixture(f));
        ArchiveBrowser &b = *f.browser;
        const QStringList chosen{f.archives.at(0), f.archives.at(2), f.archives.at(6)};
        select(b, chosen);
        b.view()->setFocus();
        QTRY_VERIFY(b.view()->hasFocus());
        QGuiApplication::clipboard()->clear();
        QTest::keyClick(b.view(), Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), inViewOrder(b, chosen).join('\n'));
        QCOMPARE(b.selectedPaths(), inViewOrder(b, chosen));
    }

    void saveAsWritesTheDecompressedContent()
    {
        Fixture f;
        QVERIFY(makeFixture(f));
        ArchiveBrowser &b = *f.browser;
        QTemporaryDir out;
        QSignalSpy done(&b, &ArchiveBrowser::copiesFinished);

        // One archive to a file of the user's choice.
        const QString xzOrOther = f.archives.at(2);
        const QString target = out.filePath("chosen name.log");
        b.saveCopy(xzOrOther, target);
        QVERIFY(done.wait(60000));
        QCOMPARE(done.at(0).at(0).toStringList(), QStringList{target});
        QCOMPARE(done.at(0).at(1).toStringList(), QStringList());
        QCOMPARE(TestUtil::readFile(target), f.content.value(xzOrOther));

        // Several into a folder, under their decompressed names.
        done.clear();
        b.saveCopies(f.archives, out.path());
        QVERIFY(done.wait(60000));
        QCOMPARE(done.at(0).at(0).toStringList().size(), f.archives.size());
        for (const QString &archive : std::as_const(f.archives)) {
            const QString name = ArchiveBrowser::decompressedName(QFileInfo(archive).fileName());
            QVERIFY(!Codecs::isCompressedName(name));
            QCOMPARE(TestUtil::readFile(out.filePath(name)), f.content.value(archive));
        }

        // Again: the existing files are only replaced when the user says so.
        const QString one =
            out.filePath(ArchiveBrowser::decompressedName(QFileInfo(f.archives.at(0)).fileName()));
        QVERIFY(TestUtil::writeFile(one, "changed"));
        done.clear();
        b.saveCopies({f.archives.at(0)}, out.path());
        QMessageBox *box = visibleBox(b, "replaceConfirmation");
        QVERIFY(box);
        QVERIFY(box->informativeText().contains(QFileInfo(one).fileName()));
        buttonOf(box, QMessageBox::RejectRole)->click();
        QTest::qWait(100);
        QCOMPARE(done.size(), 0);
        QCOMPARE(TestUtil::readFile(one), QByteArray("changed"));
        b.saveCopies({f.archives.at(0)}, out.path());
        box = visibleBox(b, "replaceConfirmation");
        QVERIFY(box);
        buttonOf(box, QMessageBox::AcceptRole)->click();
        QVERIFY(done.wait(60000));
        QCOMPARE(TestUtil::readFile(one), f.content.value(f.archives.at(0)));
    }

    // Cancel in the progress dialog: the copy in progress stops and leaves no file behind.
    void cancelledSaveLeavesNothing()
    {
        Fixture f;
        QVERIFY(makeFixture(f));
        ArchiveBrowser &b = *f.browser;
        const QString big = makeArchive(f, f.dir.filePath("big"), "big.log",
                                        QDateTime(QDate(2024, 1, 1), QTime()), "gzip", 100000);
        QVERIFY(!big.isEmpty());
        QTemporaryDir out;
        const QString target = out.filePath("big.log");
        QSignalSpy done(&b, &ArchiveBrowser::copiesFinished);
        b.saveCopy(big, target);
        auto *progress = b.findChild<QProgressDialog *>();
        QVERIFY(progress);
        auto *cancel = progress->findChild<QPushButton *>();
        QVERIFY(cancel);
        cancel->click();
        QVERIFY(done.wait(60000));
        QCOMPARE(done.at(0).at(0).toStringList(), QStringList());
        QCOMPARE(done.at(0).at(1).toStringList(), QStringList()); // cancelled is no error
        QVERIFY(!QFileInfo::exists(target));
        QCOMPARE(TestUtil::entries(out.path()), QStringList());
        QVERIFY(!visibleBox(b, "archiveErrors"));
    }

    void saveAsNeverOverwritesTheArchiveItself()
    {
        Fixture f;
        QVERIFY(makeFixture(f));
        ArchiveBrowser &b = *f.browser;
        const QString archive = f.archives.at(0);
        const QByteArray before = TestUtil::readFile(archive);
        QSignalSpy done(&b, &ArchiveBrowser::copiesFinished);
        b.saveCopy(archive, archive);
        QTRY_COMPARE(done.size(), 1);
        QCOMPARE(done.at(0).at(0).toStringList(), QStringList());
        QVERIFY(done.at(0).at(1).toStringList().value(0).contains(archive));
        QCOMPARE(TestUtil::readFile(archive), before);
        QMessageBox *errors = visibleBox(b, "archiveErrors");
        QVERIFY(errors);
        errors->accept();
    }

    void saveAsThroughTheFileDialog()
    {
        Fixture f;
        QVERIFY(makeFixture(f));
        ArchiveBrowser &b = *f.browser;
        QTemporaryDir out;
        const QString archive = f.archives.at(1);
        const QString target = out.filePath("through-the-dialog.log");
        select(b, {archive});
        QSignalSpy done(&b, &ArchiveBrowser::copiesFinished);
        bool dialogSeen = false;
        QTimer::singleShot(0, this, [&] {
            QTRY_VERIFY(QApplication::activeModalWidget());
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialogSeen = true;
            // It proposes the decompressed name.
            QCOMPARE(dialog->selectedFiles().value(0).section('/', -1),
                     ArchiveBrowser::decompressedName(QFileInfo(archive).fileName()));
            dialog->selectFile(target);
            static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept() checks the name
        });
        b.findChild<QAction *>("saveAsAction")->trigger();
        QVERIFY(dialogSeen);
        QVERIFY(done.wait(60000));
        QCOMPARE(TestUtil::readFile(target), f.content.value(archive));
    }

    void openWithTheDesktopsApplication()
    {
        Fixture f;
        QVERIFY(makeFixture(f));
        ArchiveBrowser &b = *f.browser;
        const QString archive = f.archives.at(3);
        select(b, {archive});
        QSignalSpy done(&b, &ArchiveBrowser::copiesFinished);
        b.findChild<QAction *>("openWithAction")->trigger();
        QVERIFY(done.wait(60000));
        QCOMPARE(m_desktop.urls.size(), 1);
        const QString opened = m_desktop.urls.at(0).toLocalFile();
        QCOMPARE(QFileInfo(opened).fileName(),
                 ArchiveBrowser::decompressedName(QFileInfo(archive).fileName()));
        QVERIFY(!opened.startsWith(f.dir.path()));
        QCOMPARE(TestUtil::readFile(opened), f.content.value(archive));
        QCOMPARE(QFileInfo(opened).permissions() & QFileDevice::WriteOwner,
                 QFileDevice::Permissions());

        // Opening it again makes a second copy rather than fighting over the first.
        b.openSelectedWithDefaultApplication();
        QVERIFY(done.wait(60000));
        QCOMPARE(m_desktop.urls.size(), 2);
        QVERIFY(m_desktop.urls.at(1).toLocalFile() != opened);
        QVERIFY(QFileInfo::exists(opened));
    }

    void showInFolderOpensTheFolders()
    {
        Fixture f;
        QVERIFY(makeFixture(f));
        ArchiveBrowser &b = *f.browser;
        select(b, {f.archives.at(0), f.archives.at(1), f.archives.last()});
        b.findChild<QAction *>("showInFolderAction")->trigger();
        QList<QUrl> expected{QUrl::fromLocalFile(f.web), QUrl::fromLocalFile(f.db)};
        QList<QUrl> got = m_desktop.urls;
        std::sort(expected.begin(), expected.end());
        std::sort(got.begin(), got.end());
        QCOMPARE(got, expected);
    }

    void openFileSendsAnyFileToTheViewer()
    {
        Fixture f;
        QVERIFY(makeFixture(f));
        ArchiveBrowser &b = *f.browser;
        const QString other = f.dir.filePath("someone-elses.tar.gz");
        QVERIFY(TestUtil::writeFile(other, "not ours"));
        QSignalSpy view(&b, &ArchiveBrowser::viewRequested);
        QTimer::singleShot(0, this, [&] {
            QTRY_VERIFY(qobject_cast<QFileDialog *>(QApplication::activeModalWidget()));
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            dialog->selectFile(other);
            static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept() checks the name
        });
        b.findChild<QAction *>("openFileAction")->trigger();
        QCOMPARE(view.size(), 1);
        QCOMPARE(view.at(0).at(0).toString(), other);
    }

    // A new archive arriving keeps the selection (and what it is) intact.
    void liveUpdatesKeepTheSelection()
    {
        Fixture f;
        QVERIFY(makeFixture(f));
        ArchiveBrowser &b = *f.browser;
        const QString chosen = f.archives.at(2);
        select(b, {chosen});
        const QString added = makeArchive(f, f.web, "access.log",
                                          QDateTime(QDate(2030, 1, 1), QTime(0, 0)), "gzip", 5);
        QVERIFY(!added.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(b.filterModel()->rowCount(), f.archives.size() + 1, 30000);
        QCOMPARE(b.selectedPaths(), QStringList{chosen});
        QCOMPARE(b.view()->currentIndex().data(ArchiveTableModel::PathRole).toString(), chosen);
        QVERIFY(QFile::remove(f.archives.at(0)));
        QTRY_COMPARE_WITH_TIMEOUT(b.filterModel()->rowCount(), f.archives.size(), 30000);
        QCOMPARE(b.selectedPaths(), QStringList{chosen});
    }

    void fileNameColumnShowsTheArchivesName()
    {
        Fixture f;
        QVERIFY(makeFixture(f));
        ArchiveBrowser &b = *f.browser;
        const int column = ArchiveTableModel::FileNameColumn;
        QCOMPARE(b.filterModel()->headerData(column, Qt::Horizontal).toString(),
                 QString("File name"));
        QVERIFY(!b.view()->isColumnHidden(column));
        QVERIFY(b.view()->columnWidth(column) > 0);
        const int row = proxyRowOf(b, f.archives.at(2));
        QCOMPARE(b.filterModel()->index(row, column).data().toString(),
                 QFileInfo(f.archives.at(2)).fileName());
    }

    // Test Archive decompresses completely again: an intact archive is reported as such, a
    // damaged one with an error naming it.
    void testArchiveReportsIntactAndDamaged()
    {
        Fixture f;
        QVERIFY(makeFixture(f));
        ArchiveBrowser &b = *f.browser;
        const QString bad = firstWithCodec(f, "gzip");
        QString good;
        for (const QString &path : std::as_const(f.archives)) {
            if (path != bad && Codecs::fromFileName(path) != Codec::None)
                good = path;
        }
        QVERIFY(!bad.isEmpty() && !good.isEmpty());
        select(b, {good});
        QSignalSpy tested(&b, &ArchiveBrowser::testsFinished);
        b.findChild<QAction *>("testAction")->trigger();
        QVERIFY(tested.wait(60000));
        auto results = tested.at(0).at(0).value<QVector<ArchiveVerifier::Result>>();
        QCOMPARE(results.size(), 1);
        QVERIFY2(results.at(0).ok, qPrintable(results.at(0).error));
        QCOMPARE(results.at(0).bytes, qint64(f.content.value(good).size()));
        QVERIFY(b.messageBar()->isVisible());
        QCOMPARE(b.messageBar()->kind(), ErrorBar::Kind::Information);
        QVERIFY2(b.messageBar()->text().contains(QFileInfo(good).fileName()) &&
                     b.messageBar()->text().contains("intact"),
                 qPrintable(b.messageBar()->text()));

        // Damage another one in its middle; test both.
        {
            QFile file(bad);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.seek(file.size() / 2));
            QVERIFY(file.write(QByteArray(32, '\x5a')) == 32);
        }
        select(b, {good, bad});
        tested.clear();
        b.testSelected();
        QVERIFY(tested.wait(60000));
        results = tested.at(0).at(0).value<QVector<ArchiveVerifier::Result>>();
        QCOMPARE(results.size(), 2);
        for (const ArchiveVerifier::Result &r : results) {
            QCOMPARE(r.ok, r.path != bad);
            if (r.path == bad)
                QVERIFY2(r.error.contains(QFileInfo(bad).fileName()), qPrintable(r.error));
        }
        QCOMPARE(b.messageBar()->kind(), ErrorBar::Kind::Error);
        QMessageBox *errors = visibleBox(b, "archiveErrors");
        QVERIFY(errors);
        QVERIFY(errors->informativeText().contains(QFileInfo(bad).fileName()));
        errors->accept();
    }

    // "Open With…" lists the applications that declare the archive's type (from the XDG data
    // folders) and starts the chosen one on the archive; "Other command…" takes a command line;
    // a program that cannot start is said in the dialog.
    void openWithChooserStartsTheChosenApplication()
    {
        Fixture f;
        QVERIFY(makeFixture(f));
        ArchiveBrowser &b = *f.browser;
        const QString gz = firstWithCodec(f, "gzip");
        QVERIFY(!gz.isEmpty());
        select(b, {gz});
        b.findChild<QAction *>("openWithChooserAction")->trigger();
        OpenWithDialog *dialog = b.openWithDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QStringList ids;
        for (const DesktopApplication &app : dialog->applications())
            ids.append(app.id);
        QCOMPARE(ids, QStringList{"gz-reader.desktop"}); // not the image or text programs
        QCOMPARE(dialog->list()->count(), 2);            // and "Other command…"
        QCOMPARE(dialog->list()->item(0)->text(), QString("Gz Reader"));

        QFile::remove(m_home.filePath("record-args.sh.out"));
        QVERIFY(dialog->chooseApplication("gz-reader.desktop"));
        dialog->accept();
        QTRY_COMPARE_WITH_TIMEOUT(launchedArguments(), "--from-desktop\n" + gz + "\n", 10000);
        QTRY_VERIFY(!b.openWithDialog());

        // A command of one's own, with %f where the file goes.
        b.openSelectedWith();
        dialog = b.openWithDialog();
        QVERIFY(dialog);
        QFile::remove(m_home.filePath("record-args.sh.out"));
        dialog->chooseOtherCommand(m_home.filePath("record-args.sh") + " 'one arg' %f last");
        QVERIFY(dialog->commandEdit()->isEnabled());
        dialog->accept();
        QTRY_COMPARE_WITH_TIMEOUT(launchedArguments(), "one arg\n" + gz + "\nlast\n", 10000);

        // A program that does not exist: the dialog says so and stays.
        b.openSelectedWith();
        dialog = b.openWithDialog();
        dialog->chooseOtherCommand(m_home.filePath("no-such-program"));
        dialog->accept();
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->errorBar()->isVisible());
        QVERIFY2(dialog->errorBar()->text().contains(m_home.filePath("no-such-program")),
                 qPrintable(dialog->errorBar()->text()));
        dialog->reject();
    }

    // Archives drag out to a file manager as file URLs, to be copied.
    void dragOutOffersFileUrls()
    {
        Fixture f;
        QVERIFY(makeFixture(f));
        ArchiveBrowser &b = *f.browser;
        QVERIFY(b.view()->dragEnabled());
        QCOMPARE(b.view()->dragDropMode(), QAbstractItemView::DragOnly);
        QCOMPARE(b.view()->defaultDropAction(), Qt::CopyAction);
        const QStringList chosen{f.archives.at(1), f.archives.at(4)};
        select(b, chosen);
        const QModelIndexList rows = b.view()->selectionModel()->selectedIndexes();
        std::unique_ptr<QMimeData> data(b.view()->model()->mimeData(rows));
        QVERIFY(data);
        QList<QUrl> urls = data->urls();
        std::sort(urls.begin(), urls.end());
        QList<QUrl> expected{QUrl::fromLocalFile(chosen.at(0)), QUrl::fromLocalFile(chosen.at(1))};
        std::sort(expected.begin(), expected.end());
        QCOMPARE(urls, expected);
        QCOMPARE(b.view()->model()->supportedDragActions(), Qt::CopyAction);
    }

    // Keyboard: Down from the filter box goes into the list; the first Tab from the filter box
    // lands on the list (not on a choice whose arrow keys change the filter); Esc clears a
    // filter text, then closes; Ctrl+W closes.
    void keyboardMovesBetweenFilterAndListAndCloses()
    {
        Fixture f;
        QVERIFY(makeFixture(f));
        ArchiveBrowser &b = *f.browser;
        b.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&b));
        QLineEdit *text = b.filterBar()->textEdit();
        text->setFocus();
        QTRY_VERIFY(text->hasFocus());
        QTest::keyClicks(text, "query");
        QTest::keyClick(text, Qt::Key_Down);
        QVERIFY(b.view()->hasFocus());
        QVERIFY(b.view()->currentIndex().isValid());
        QVERIFY(b.view()
                    ->currentIndex()
                    .data(ArchiveTableModel::PathRole)
                    .toString()
                    .contains("/db/query_"));

        text->setFocus();
        QTest::keyClick(text, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), b.view());
        QTest::keyClick(b.view(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), QString("archiveFilterSet"));

        text->setFocus();
        QTest::keyClick(text, Qt::Key_Escape);
        QCOMPARE(text->text(), QString());
        QVERIFY(b.isVisible());
        QTest::keyClick(text, Qt::Key_Escape);
        QTRY_VERIFY(!b.isVisible());

        b.show();
        b.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&b));
        b.view()->setFocus();
        QTest::keyClick(b.view(), Qt::Key_W, Qt::ControlModifier);
        QTRY_VERIFY(!b.isVisible());
    }

    // "Saved 1 decompressed copy" says where, and Show in Folder opens that folder.
    void savedCopiesSayWhere()
    {
        Fixture f;
        QVERIFY(makeFixture(f));
        ArchiveBrowser &b = *f.browser;
        QTemporaryDir out;
        QSignalSpy done(&b, &ArchiveBrowser::copiesFinished);
        b.saveCopy(f.archives.at(0), out.filePath("copy.log"));
        QVERIFY(done.wait(60000));
        QVERIFY(b.messageBar()->isVisible());
        QVERIFY2(b.messageBar()->text().contains("1 decompressed copy") &&
                     b.messageBar()->text().contains(out.path()),
                 qPrintable(b.messageBar()->text()));
        auto *show = b.messageBar()->findChild<QPushButton *>();
        QVERIFY(show && show->isVisible());
        show->click();
        QCOMPARE(m_desktop.urls, QList<QUrl>{QUrl::fromLocalFile(out.path())});
    }

    // A rotated file still waiting for compression is listed as pending and is deleted only
    // after a warning that its log data is not archived yet.
    void pendingFileIsDeletedOnlyAfterASpecificWarning()
    {
        Fixture f;
        QVERIFY(makeFixture(f));
        ArchiveBrowser &b = *f.browser;
        QString pending;
        for (const QString &path : std::as_const(f.archives)) {
            if (Codecs::fromFileName(path) == Codec::None)
                pending = path; // the uncompressed one, in "web", which compresses
        }
        QVERIFY(!pending.isEmpty());
        const int row = proxyRowOf(b, pending);
        QCOMPARE(b.filterModel()->index(row, ArchiveTableModel::CodecColumn).data().toString(),
                 QString("pending"));
        select(b, {pending});
        b.deleteSelected();
        QMessageBox *box = visibleBox(b, "deleteConfirmation");
        QVERIFY(box);
        QVERIFY2(box->text().contains("not archived yet"), qPrintable(box->text()));
        QCOMPARE(box->icon(), QMessageBox::Critical);
        auto *confirm = box->findChild<QPushButton *>("confirmDeleteButton");
        QCOMPARE(confirm->text(), QString("&Delete Unarchived Data"));
        QCOMPARE(box->defaultButton(), buttonOf(box, QMessageBox::RejectRole));
        buttonOf(box, QMessageBox::RejectRole)->click();
        QVERIFY(QFileInfo::exists(pending));

        // An archive alone gets the usual question.
        select(b, {f.archives.at(0)});
        b.deleteSelected();
        box = visibleBox(b, "deleteConfirmation");
        QVERIFY(box);
        QVERIFY(!box->text().contains("not archived yet"));
        buttonOf(box, QMessageBox::RejectRole)->click();
    }

    // "Expires": when retention removes each archive and by which rule, the rule in the
    // tooltip; a click on the header sorts soonest first; it follows a rotation live.
    void expiresColumnSaysWhenAndWhy()
    {
        QTemporaryDir dir;
        const QString archive = dir.filePath("numbered");
        QVERIFY(writeNamed(archive + "/app.log.1.gz", "gzip"));
        QVERIFY(writeNamed(archive + "/app.log.2.gz", "gzip"));
        LogSetConfig s = set("numbered", archive, "app.log");
        s.naming.kind = ArchiveNaming::Kind::Numbered;
        s.retentionDays = 0;
        s.maxArchives = 2;
        Config c;
        c.pollIntervalSeconds = 3600;
        c.logSets = {s};
        ArchiveBrowser b;
        b.setConfig(c);
        b.show();
        QVERIFY(QTest::qWaitForWindowExposed(&b));
        QTRY_COMPARE_WITH_TIMEOUT(b.filterModel()->rowCount(), 2, 30000);
        const int expires = ArchiveTableModel::ExpiresColumn;
        QCOMPARE(b.filterModel()->headerData(expires, Qt::Horizontal).toString(),
                 QString("Expires"));
        QVERIFY(!b.view()->isColumnHidden(expires));
        QVERIFY(b.view()->columnWidth(expires) >=
                b.view()->fontMetrics().horizontalAdvance("within limits"));
        const QString one = archive + "/app.log.1.gz", two = archive + "/app.log.2.gz",
                      three = archive + "/app.log.3.gz";
        QTRY_COMPARE(cell(b, two, expires), QString("next rotation"));
        QCOMPARE(cell(b, one, expires), QString("within limits"));
        QVERIFY(cell(b, two, expires, Qt::ToolTipRole).contains("max_archives"));
        QVERIFY(cell(b, one, expires, Qt::ToolTipRole).contains("2 archive"));

        // A click on the header sorts by it; soonest first when ascending.
        QHeaderView *header = b.view()->horizontalHeader();
        QTest::mouseClick(
            header->viewport(), Qt::LeftButton, {},
            QPoint(header->sectionViewportPosition(expires) + 5, header->height() / 2));
        QCOMPARE(header->sortIndicatorSection(), expires);
        b.view()->sortByColumn(expires, Qt::AscendingOrder);
        QCOMPARE(column(b, expires), QStringList({"next rotation", "within limits"}));

        // A rotation: the shift, the new archive; the oldest is now one too many.
        QVERIFY(QFile::rename(two, three));
        QVERIFY(QFile::rename(one, two));
        QVERIFY(writeNamed(one, "gzip"));
        QTRY_COMPARE_WITH_TIMEOUT(b.filterModel()->rowCount(), 3, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(column(b, expires),
                                  QStringList({"next cleanup", "next rotation", "within limits"}),
                                  30000);
        QCOMPARE(b.filterModel()->index(0, ArchiveTableModel::FileNameColumn).data().toString(),
                 QString("app.log.3.gz"));
        // Rotated at, oldest first: by the numbers.
        b.view()->sortByColumn(ArchiveTableModel::RotatedAtColumn, Qt::AscendingOrder);
        QCOMPARE(column(b, ArchiveTableModel::FileNameColumn),
                 QStringList({"app.log.3.gz", "app.log.2.gz", "app.log.1.gz"}));
    }

    // Archives beside the log (archive_dir "."), in each log's own folder below log_dir
    // ("*/*.log"), numbered and dateext: listed as their sets', and never a live log or
    // another program's file from those folders.
    void listsArchivesOfEveryNamingAndFolder()
    {
        QTemporaryDir dir;
        const QString logs = dir.filePath("logs"), sites = dir.filePath("sites");
        QVERIFY(TestUtil::writeFile(logs + "/app.log", "live\n"));
        QVERIFY(TestUtil::writeFile(logs + "/notes.txt", "x\n"));
        QVERIFY(writeNamed(logs + "/app.log.1", "none"));
        QVERIFY(writeNamed(logs + "/app.log.2.gz", "gzip"));
        QVERIFY(writeNamed(logs + "/backup.gz", "gzip"));
        QVERIFY(TestUtil::writeFile(sites + "/a/site.log", "live\n"));
        QVERIFY(TestUtil::writeFile(sites + "/b/site.log", "live\n"));
        QVERIFY(writeNamed(sites + "/a/old/site.log-20261201.gz", "gzip"));
        QVERIFY(writeNamed(sites + "/b/old/site.log-20261202.xz", "xz"));
        QVERIFY(writeNamed(sites + "/b/old/other.gz", "gzip"));
        const QJsonObject json{
            {"poll_interval", 3600},
            {"log_sets",
             QJsonArray{QJsonObject{{"name", "beside"},
                                    {"log_dir", logs},
                                    {"patterns", QJsonArray{"*.log"}},
                                    {"archive_dir", "."},
                                    {"rotation", QJsonObject{{"naming", "numbered"}}}},
                        QJsonObject{{"name", "sites"},
                                    {"log_dir", sites},
                                    {"patterns", QJsonArray{"*/*.log"}},
                                    {"archive_dir", "old"},
                                    {"rotation", QJsonObject{{"naming", "dateext"}}}}}}};
        const ConfigLoader::Result loaded = ConfigLoader::parse(QJsonDocument(json).toJson());
        QVERIFY(loaded.ok());
        ArchiveBrowser b;
        b.setConfig(loaded.config);
        b.show();
        QVERIFY(QTest::qWaitForWindowExposed(&b));
        QTRY_COMPARE_WITH_TIMEOUT(b.filterModel()->rowCount(), 4, 30000);
        QVERIFY(QTest::qWaitFor([&] { return !b.catalog()->isScanning(); }, 30000));
        QCOMPARE(b.filterModel()->rowCount(), 4);
        b.view()->sortByColumn(ArchiveTableModel::FileNameColumn, Qt::AscendingOrder);
        QCOMPARE(column(b, ArchiveTableModel::FileNameColumn),
                 QStringList({"app.log.1", "app.log.2.gz", "site.log-20261201.gz",
                              "site.log-20261202.xz"}));
        QCOMPARE(column(b, ArchiveTableModel::SetColumn),
                 QStringList({"beside", "beside", "sites", "sites"}));
        QCOMPARE(column(b, ArchiveTableModel::OriginalColumn),
                 QStringList({"app.log", "app.log", "a/site.log", "b/site.log"}));
        QCOMPARE(column(b, ArchiveTableModel::CodecColumn),
                 QStringList({"pending", "gzip", "gzip", "xz"}));
        QCOMPARE(cell(b, sites + "/a/old/site.log-20261201.gz", ArchiveTableModel::RotatedAtColumn),
                 ArchiveTableModel::dateText(QDateTime(QDate(2026, 12, 1), QTime(0, 0))));
        // The filter finds a log by its folder.
        b.filterModel()->setText("b/site");
        QCOMPARE(column(b, ArchiveTableModel::FileNameColumn), QStringList{"site.log-20261202.xz"});
    }

    // Another config than the default one shows in the title; the window opens within the
    // screen's available area.
    void titleNamesAnotherConfigAndTheWindowFitsTheScreen()
    {
        ArchiveBrowser b;
        b.setConfigPath(ConfigLoader::defaultConfigPath());
        QCOMPARE(b.windowTitle(), QString("Logkeeper Archives"));
        b.setConfigPath(m_home.filePath("other/config.json"));
        QCOMPARE(b.windowTitle(), "Logkeeper Archives — " + m_home.filePath("other/config.json"));
        const QSize available = b.screen()->availableGeometry().size();
        QVERIFY(b.width() <= available.width() && b.height() <= available.height());
        QVERIFY(b.minimumSizeHint().width() <= available.width());
        QVERIFY(b.minimumSizeHint().height() <= available.height());
    }

    void actionsNeedASelection()
    {
        Fixture f;
        QVERIFY(makeFixture(f));
        ArchiveBrowser &b = *f.browser;
        b.view()->selectionModel()->clearSelection();
        for (const char *name :
             {"viewAction", "openWithAction", "openWithChooserAction", "saveAsAction",
              "showInFolderAction", "copyPathAction", "testAction", "deleteAction"})
            QVERIFY2(!b.findChild<QAction *>(name)->isEnabled(), name);
        QVERIFY(b.findChild<QAction *>("openFileAction")->isEnabled());
        select(b, {f.archives.at(0)});
        QVERIFY(b.findChild<QAction *>("deleteAction")->isEnabled());
    }
};

QTEST_MAIN(TestArchiveBrowser)
#include "tst_archivebrowser.moc"
