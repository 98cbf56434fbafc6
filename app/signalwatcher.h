#pragma once

#include <QObject>

class QSocketNotifier;

// Turns SIGTERM/SIGINT and SIGHUP into Qt signals in the main thread (self-pipe trick: the
// handler only writes a byte), so shutdown and reload run as ordinary event-loop code.
class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

signals:
    void terminationRequested(int signal);
    void reloadRequested();

private:
    void readSignal();
    QSocketNotifier *m_notifier = nullptr;
};
