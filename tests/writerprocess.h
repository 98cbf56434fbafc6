// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

// A real process holding a file open, as a daemon holds its log through a rotation: a shell with
// the file on descriptor 3 (appending, or read-only), writing a line there when told ("w"),
// closing it and exiting when told ("q"). Every step returns once the child has done it, so tests
// need no sleeps.

#include <QByteArray>
#include <QProcess>
#include <QString>

class WriterProcess
{
public:
    enum Mode
    {
        Append,
        ReadOnly
    };
    explicit WriterProcess(const QString &path, Mode mode = Append) : m_path(path), m_mode(mode) {}
    ~WriterProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
    }

    // True once the child holds the file.
    bool start()
    {
        const QString open =
            m_mode == Append ? QStringLiteral("exec 3>>\"$1\"") : QStringLiteral("exec 3<\"$1\"");
        m_process.start(QStringLiteral("/bin/sh"),
                        {QStringLiteral("-c"),
                         open + QStringLiteral("; echo opened; n=0; while read cmd; do "
                                               "case $cmd in w) n=$((n+1)); echo \"late $n\" >&3; "
                                               "echo written;; q) exit 0;; esac; done"),
                         QStringLiteral("writer"), m_path});
        return expect("opened");
    }
    // Writes "late N\n" to the file; true once written.
    bool write()
    {
        m_process.write("w\n");
        return expect("written");
    }
    // Closes the file and exits; true once the process is gone.
    bool quit()
    {
        m_process.write("q\n");
        return m_process.waitForFinished(60000) && m_process.exitCode() == 0;
    }
    qint64 pid() const { return m_process.processId(); }

private:
    bool expect(const QByteArray &line)
    {
        while (!m_process.canReadLine()) {
            if (!m_process.waitForReadyRead(60000))
                return false;
        }
        return m_process.readLine().trimmed() == line;
    }

    QString m_path;
    Mode m_mode;
    QProcess m_process;
};
