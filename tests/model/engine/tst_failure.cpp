// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "engine/failure.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace Logkeeper;

namespace {
// Stands in for a catalogue: every Failure text comes back marked.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (QByteArray(context) != "Failure")
            return {};
        return QStringLiteral("[de] ") + QString::fromUtf8(source);
    }
    bool isEmpty() const override { return false; }
};
} // namespace

// A failure renders the same sentence twice: in English for the log, translated for the user.
class TestFailure : public QObject
{
    Q_OBJECT

private slots:
    void englishText()
    {
        const Failure f(Failure::Kind::Archiving, "web", "/logs/a_1.log",
                        {"/logs/a_1.log", "No space left on device"});
        QCOMPARE(f.text(), QString("archiving /logs/a_1.log failed: No space left on device; "
                                   "the rotated file is kept and retried"));
        QCOMPARE(f.translatedText(), f.text()); // no catalogue installed
    }

    void hookTexts()
    {
        QCOMPARE(Failure(Failure::Kind::HookFailedWithOutput, "web", "/l",
                         {"post_rotate", "web", "3", "nope"})
                     .text(),
                 QString("post_rotate hook of set 'web' failed (exit code 3): nope"));
        QCOMPARE(
            Failure(Failure::Kind::HookTimedOut, "web", "/l", {"post_rotate", "web", "60"}).text(),
            QString("post_rotate hook of set 'web' did not finish within 60 s; killed"));
    }

    // A value holding "%2" (a path may) is not taken for a placeholder.
    void valuesAreNotPlaceholders()
    {
        const Failure f(Failure::Kind::Rotation, "s", "/logs/100%2.log",
                        {"/logs/100%2.log", "gone"});
        QCOMPARE(f.text(), QString("rotation of /logs/100%2.log failed: gone"));
    }

    void translatedTextGoesThroughTheCatalogue()
    {
        MarkingTranslator translator;
        QCoreApplication::installTranslator(&translator);
        const Failure f(Failure::Kind::Symlink, "web", "/logs/a.log", {"/logs/a.log"});
        QVERIFY2(f.translatedText().startsWith("[de] /logs/a.log: is a symlink"),
                 qPrintable(f.translatedText()));
        QVERIFY(f.text().startsWith("/logs/a.log: is a symlink")); // the log stays English
        // A message made elsewhere is shown as it came.
        const Failure other(Failure::Kind::Other, {}, "/state.json", {"/state.json: full"});
        QCOMPARE(other.translatedText(), QString("/state.json: full"));
        QCoreApplication::removeTranslator(&translator);
    }
};

QTEST_GUILESS_MAIN(TestFailure)
#include "tst_failure.moc"
