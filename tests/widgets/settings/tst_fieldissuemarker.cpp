// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "widgets/settings/fieldissuemarker.h"

#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace Logkeeper;

class TestFieldIssueMarker : public QObject
{
    Q_OBJECT

    static ConfigIssue issue(ConfigIssue::Severity severity, const QString &path,
                             const QString &message)
    {
        ConfigIssue i;
        i.severity = severity;
        i.keyPath = path;
        i.message = message;
        return i;
    }

private slots:
    void marksAndClears()
    {
        auto *edit = new QLineEdit;
        edit->setAccessibleDescription("the log folder");
        FieldIssueMarker marker(edit);
        marker.show();
        QVERIFY(QTest::qWaitForWindowExposed(&marker));
        QCOMPARE(marker.field(), edit);
        QCOMPARE(edit->parentWidget()->parentWidget(), &marker);
        QVERIFY(!marker.hasError());
        QVERIFY(!marker.messageLabel()->isVisible());

        marker.setIssues({issue(ConfigIssue::Severity::Warning, "a.b", "odd"),
                          issue(ConfigIssue::Severity::Error, "a.b", "must not be empty")});
        QVERIFY(marker.hasError());
        QCOMPARE(marker.message(), QString("odd\nmust not be empty"));
        QVERIFY(marker.messageLabel()->isVisible());
        // Screen readers hear the problem with the field.
        QCOMPARE(edit->accessibleDescription(), marker.message());
        // The frame is drawn around the field in the margin left for it.
        const QImage image = marker.grab().toImage();
        const QPoint corner = edit->mapTo(&marker, QPoint(edit->width() / 2, 0)) - QPoint(0, 2);
        const QColor frame = image.pixelColor(corner);
        QVERIFY2(frame.red() > 150 && frame.green() < 100, qPrintable(frame.name()));

        marker.setIssues({issue(ConfigIssue::Severity::Warning, "a.b", "unknown key")});
        QVERIFY(marker.hasWarning());
        QVERIFY(!marker.hasError());
        marker.setIssues({});
        QVERIFY(!marker.hasWarning());
        QVERIFY(!marker.messageLabel()->isVisible());
        QCOMPARE(edit->accessibleDescription(), QString("the log folder"));
    }

    void withoutAFieldListsKeyPaths()
    {
        FieldIssueMarker marker(nullptr);
        marker.setIssues({issue(ConfigIssue::Severity::Warning, "x_note", "unknown key, ignored")},
                         true);
        QCOMPARE(marker.message(), QString("x_note: unknown key, ignored"));
    }
};

QTEST_MAIN(TestFieldIssueMarker)
#include "tst_fieldissuemarker.moc"
