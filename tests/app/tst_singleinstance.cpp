// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
// SingleInstance: two of them in one process (the second in its own thread, since a handover
// waits for the answer), a temporary XDG_RUNTIME_DIR, malformed requests, stale sockets.

#include "app/singleinstance.h"

#include "testutil.h"

#include <QLocalServer>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Logkeeper;

Q_DECLARE_METATYPE(SingleInstance::Request::Show)

namespace {

using Request = SingleInstance::Request;
using Show = SingleInstance::Request::Show;

// Hands a request over from another thread, so this thread's event loop can serve it.
class HandOver : public QThread
{
public:
    HandOver(const QString &configPath, const Request &request)
        : m_configPath(configPath), m_request(request)
    {}
    std::atomic_bool handedOver{false};

protected:
    void run() override
    {
        SingleInstance second(m_configPath);
        handedOver = second.tryHandOver(m_request);
    }

private:
    QString m_configPath;
    Request m_request;
};

// Sends raw bytes as a client would and returns the server's answer line (empty when none).
QByteArray sendRaw(const QString &serverName, const QByteArray &bytes, bool *closed = nullptr)
{
    QLocalSocket socket;
    socket.connectToServer(serverName);
    if (!socket.waitForConnected(5000))
        return "no connection";
    socket.write(bytes);
    socket.flush();
    // The server is in this thread: let it run while waiting.
    const bool answered = QTest::qWaitFor(
        [&] { return socket.canReadLine() || socket.state() != QLocalSocket::ConnectedState; },
        10000);
    if (!answered)
        return "no answer";
    if (closed)
        *closed = socket.state() != QLocalSocket::ConnectedState;
    return socket.readLine();
}

} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    QString m_config;

private slots:
    void initTestCase()
    {
        QVERIFY(QDir().mkpath(m_home.filePath("runtime")));
        QFile::setPermissions(m_home.filePath("runtime"),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_home.filePath("runtime")));
        m_config = m_home.filePath("config.json");
        QVERIFY(TestUtil::writeFile(m_config, "{}"));
    }

    void serverNameIsPerUserAndPerConfig()
    {
        const QString name = SingleInstance::serverName(m_config);
        QVERIFY2(name.startsWith(m_home.filePath("runtime/logkeeper-")), qPrintable(name));
        // The same file however spelled (relative, with "..", through a symlink).
        QVERIFY(QFile::link(m_config, m_home.filePath("link.json")));
        QCOMPARE(SingleInstance::serverName(m_home.filePath("runtime/../config.json")), name);
        QCOMPARE(SingleInstance::serverName(m_home.filePath("link.json")), name);
        const QString cwd = QDir::currentPath();
        QDir::setCurrent(m_home.path());
        QCOMPARE(SingleInstance::serverName("config.json"), name);
        QDir::setCurrent(cwd);
        // Another config, another name.
        QVERIFY(SingleInstance::serverName(m_home.filePath("other.json")) != name);

        // Without XDG_RUNTIME_DIR: in the temporary folder, with the user id in the name.
        qunsetenv("XDG_RUNTIME_DIR");
        const QString shared = SingleInstance::serverName(m_config);
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_home.filePath("runtime")));
        QVERIFY2(shared.startsWith(QStringLiteral("logkeeper-%1-").arg(::getuid())),
                 qPrintable(shared));
        QCOMPARE(shared.section('-', 2), name.section("logkeeper-", 1).section('.', 0, 0));
    }

    void requestsSurviveTheLineProtocol()
    {
        for (const Request &request :
             {Request{Show::None, {}}, Request{Show::Settings, {}}, Request{Show::Archives, {}},
              Request{Show::View, "/var/log/a b/ü.log.gz"}}) {
            const QByteArray line = request.toJsonLine();
            QVERIFY(line.endsWith('\n'));
            QCOMPARE(line.count('\n'), 1);
            QString error;
            const std::optional<Request> back = Request::fromJsonLine(line, &error);
            QVERIFY2(back, qPrintable(error));
            QVERIFY(*back == request);
        }
        const Request settings{Show::Settings, {}};
        QCOMPARE(settings.toJsonLine(), QByteArray("{\"show\":\"settings\",\"v\":1}\n"));
    }

    void malformedRequestsAreRejected_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("show settings\n") << "not JSON";
        QTest::newRow("not an object") << QByteArray("[1]\n") << "not a JSON object";
        QTest::newRow("no version") << QByteArray("{\"show\":\"settings\"}\n") << "version";
        QTest::newRow("future version")
            << QByteArray("{\"v\":2,\"show\":\"settings\"}\n") << "version {\"v\":2}";
        QTest::newRow("unknown window")
            << QByteArray("{\"v\":1,\"show\":\"everything\"}\n") << "'everything'";
        QTest::newRow("view without file")
            << QByteArray("{\"v\":1,\"show\":\"view\"}\n") << "absolute";
        QTest::newRow("view relative")
            << QByteArray("{\"v\":1,\"show\":\"view\",\"file\":\"a.log\"}\n") << "'a.log'";
        QTest::newRow("file not a string")
            << QByteArray("{\"v\":1,\"show\":\"none\",\"file\":3}\n") << "not a string";
    }

    void malformedRequestsAreRejected()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!Request::fromJsonLine(line, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void secondInstanceHandsOverToTheFirst()
    {
        SingleInstance first(m_config);
        QString error;
        QVERIFY2(first.listen(&error), qPrintable(error));
        QVERIFY(first.isListening());
        QVERIFY(QFileInfo(first.serverName()).exists());
        // Only the user may connect.
        QCOMPARE(QFileInfo(first.serverName()).permissions() &
                     (QFile::ReadOther | QFile::WriteOther | QFile::ReadGroup | QFile::WriteGroup),
                 QFile::Permissions());
        QSignalSpy received(&first, &SingleInstance::requestReceived);

        for (const Request &request : {Request{Show::Settings, {}}, Request{Show::None, {}},
                                       Request{Show::View, m_home.filePath("x.log")}}) {
            HandOver second(m_config, request);
            second.start();
            QTRY_VERIFY_WITH_TIMEOUT(second.isFinished(), 20000);
            QVERIFY(second.handedOver);
            QCOMPARE(received.constLast().at(0).value<Request>().show, request.show);
            QCOMPARE(received.constLast().at(0).value<Request>().file, request.file);
        }
        QCOMPARE(received.count(), 3);

        // A second listener on the same config is refused; one on another config is not.
        SingleInstance again(m_config);
        QVERIFY(!again.listen(&error));
        QVERIFY2(error.contains("already listening"), qPrintable(error));
        SingleInstance other(m_home.filePath("other.json"));
        QVERIFY2(other.listen(&error), qPrintable(error));
        HandOver toOther(m_home.filePath("other.json"), Request{Show::Archives, {}});
        QSignalSpy otherReceived(&other, &SingleInstance::requestReceived);
        toOther.start();
        QTRY_VERIFY_WITH_TIMEOUT(toOther.isFinished(), 20000);
        QVERIFY(toOther.handedOver);
        QCOMPARE(otherReceived.count(), 1);
        QCOMPARE(received.count(), 3);
    }

    void noInstanceNoHandOver()
    {
        SingleInstance lonely(m_home.filePath("nobody.json"));
        const Request settings{Show::Settings, {}};
        QVERIFY(!lonely.tryHandOver(settings, 2000));
    }

    void malformedMessagesAreIgnored()
    {
        SingleInstance first(m_config);
        QString error;
        QVERIFY2(first.listen(&error), qPrintable(error));
        QSignalSpy received(&first, &SingleInstance::requestReceived);

        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression("ignoring a malformed request .*not JSON"));
        const QByteArray answer = sendRaw(first.serverName(), "garbage\n");
        QVERIFY2(answer.contains("\"ok\":false") && answer.contains("not JSON"), answer);

        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression("ignoring a malformed request .*version"));
        QVERIFY(sendRaw(first.serverName(), "{\"v\":99,\"show\":\"settings\"}\n")
                    .contains("\"ok\":false"));

        // A line without end, longer than any request: dropped without an answer.
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("longer than"));
        bool closed = false;
        QVERIFY(sendRaw(first.serverName(), QByteArray(100 * 1024, 'x'), &closed).isEmpty());
        QVERIFY(closed);
        QCOMPARE(received.count(), 0);

        // The server still serves a good request afterwards.
        const Request archives{Show::Archives, {}};
        QVERIFY(sendRaw(first.serverName(), archives.toJsonLine()).contains("\"ok\":true"));
        QCOMPARE(received.count(), 1);
    }

    // A crashed instance leaves its socket file: nobody answers there, so it is replaced.
    void staleSocketIsReplaced()
    {
        const QString config = m_home.filePath("crashed.json");
        const QString name = SingleInstance::serverName(config);
        QVERIFY(QDir::isAbsolutePath(name));
        {
            const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
            sockaddr_un address{};
            address.sun_family = AF_UNIX;
            qstrncpy(address.sun_path, QFile::encodeName(name).constData(),
                     sizeof address.sun_path);
            QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
            ::close(fd); // bound, never listening, file left behind: a dead server
        }
        QVERIFY(QFileInfo::exists(name));
        SingleInstance revived(config);
        const Request none{Show::None, {}};
        QVERIFY(!revived.tryHandOver(none, 2000));
        QString error;
        QVERIFY2(revived.listen(&error), qPrintable(error));
        QSignalSpy received(&revived, &SingleInstance::requestReceived);
        HandOver second(config, Request{Show::Settings, {}});
        second.start();
        QTRY_VERIFY_WITH_TIMEOUT(second.isFinished(), 20000);
        QVERIFY(second.handedOver);
        QCOMPARE(received.count(), 1);
    }
};

QTEST_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
