// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
//
// RotationWorker's hook sequencing, in a file of its own so the scheduler stays readable: the
// order logrotate runs hooks in (first_action, pre_rotate, the rotation, post_rotate,
// last_action), each through the HookQueue, so no hook ever blocks the worker thread.
#include "engine/rotationworker.h"

#include "core/logcategories.h"
#include "engine/hookrequests.h"
#include "engine/scanoperation.h"

#include <algorithm>
#include <memory>

namespace Logkeeper {

struct RotationWorker::PreRotation
{
    QString setName;
    QVector<Due> due;
    QHash<QString, QString> skipped; // log -> the hook whose failure skips its rotation
    int remaining = 0;               // pre_rotate hooks still to finish
};

void RotationWorker::rotateDue(const LogSetConfig &set, QVector<Due> due)
{
    // A log whose first_action or pre_rotate runs is rotated once they have finished.
    due.erase(std::remove_if(due.begin(), due.end(),
                             [this](const Due &d) { return m_preRotating.contains(d.path); }),
              due.end());
    if (due.isEmpty())
        return;
    if (dryRun()) {
        planDue(set, due);
        return;
    }
    if (set.firstActionHook.isEmpty() && set.preRotateHook.isEmpty()) {
        RotateOperation rotate(*m_actions, m_state);
        for (const Due &d : std::as_const(due))
            rotate.rotate(ScanOperation::forLog(set, d.path), d.path, d.reason);
        completeRotations(rotate);
        return;
    }
    // The hooks before the rotation run through the queue like every hook (never blocking this
    // thread); the rotation follows when the last of them has finished.
    auto pre = std::make_shared<PreRotation>();
    pre->setName = set.name;
    pre->due = due;
    QStringList logs;
    for (const Due &d : std::as_const(due)) {
        m_preRotating.insert(d.path);
        logs.append(d.path);
    }
    setBusy(+1);
    if (set.firstActionHook.isEmpty()) {
        runPreRotate(pre);
        return;
    }
    m_hooks.enqueue(
        HookRequests::forLogs(set, HookRequests::firstAction(), set.firstActionHook, logs),
        [this, pre, logs](const HookRunner::Result &result) {
            // Like logrotate: a failing first_action rotates none of the set's logs.
            if (reportHook(pre->setName, logs.first(), HookRequests::firstAction(), result))
                runPreRotate(pre);
            else {
                for (const Due &d : std::as_const(pre->due))
                    pre->skipped.insert(d.path, HookRequests::firstAction());
                rotateAfterHooks(pre);
            }
        });
}

void RotationWorker::runPreRotate(const std::shared_ptr<PreRotation> &pre)
{
    const LogSetConfig *set = findSet(pre->setName);
    if (!set || set->preRotateHook.isEmpty()) {
        rotateAfterHooks(pre);
        return;
    }
    const QString key = HookRequests::preRotate();
    if (set->sharedScripts) {
        QStringList logs;
        for (const Due &d : std::as_const(pre->due))
            logs.append(d.path);
        m_hooks.enqueue(HookRequests::forLogs(*set, key, set->preRotateHook, logs),
                        [this, pre, logs, key](const HookRunner::Result &result) {
                            if (!reportHook(pre->setName, logs.first(), key, result)) {
                                for (const QString &log : logs)
                                    pre->skipped.insert(log, key);
                            }
                            rotateAfterHooks(pre);
                        });
        return;
    }
    pre->remaining = int(pre->due.size());
    for (const Due &d : std::as_const(pre->due)) {
        m_hooks.enqueue(HookRequests::forLog(*set, key, set->preRotateHook, d.path),
                        [this, pre, path = d.path, key](const HookRunner::Result &result) {
                            // Like logrotate: a failing pre_rotate skips that log's rotation.
                            if (!reportHook(pre->setName, path, key, result))
                                pre->skipped.insert(path, key);
                            if (--pre->remaining == 0)
                                rotateAfterHooks(pre);
                        });
    }
}

void RotationWorker::rotateAfterHooks(const std::shared_ptr<PreRotation> &pre)
{
    BusyScope busy(this);
    for (const Due &d : std::as_const(pre->due))
        m_preRotating.remove(d.path);
    // Also when stopping (the queue drains): a pre_rotate that ran is followed by its rotation
    // and post_rotate, never left half done (a writer paused, say, and not resumed).
    if (const LogSetConfig *set = findSet(pre->setName)) {
        const FsIdentity::Scope as(identityOf(*set));
        if (actingAs(*set, as)) {
            RotateOperation rotate(*m_actions, m_state);
            for (const Due &d : std::as_const(pre->due)) {
                if (pre->skipped.contains(d.path))
                    report(Failure(Failure::Kind::HookSkippedRotation, pre->setName, d.path,
                                   {pre->skipped.value(d.path), pre->setName, d.path}));
                else
                    rotate.rotate(ScanOperation::forLog(*set, d.path), d.path, d.reason);
            }
            completeRotations(rotate);
        }
    }
    setBusy(-1);
    afterHooks();
}

void RotationWorker::planDue(const LogSetConfig &set, const QVector<Due> &due)
{
    // A dry run runs no hook: it says which would run, in the order they would.
    QStringList logs;
    for (const Due &d : due)
        logs.append(d.path);
    const auto planHook = [this, &set](const QString &key, const QString &script,
                                       const QString &argument) {
        if (!script.isEmpty())
            plan(QStringLiteral("run %1 hook of set %2 for %3").arg(key, set.name, argument));
    };
    const QString all = logs.join(QLatin1Char(' '));
    planHook(HookRequests::firstAction(), set.firstActionHook, all);
    if (set.sharedScripts)
        planHook(HookRequests::preRotate(), set.preRotateHook, all);
    else {
        for (const QString &log : std::as_const(logs))
            planHook(HookRequests::preRotate(), set.preRotateHook, log);
    }
    RotateOperation rotate(*m_actions, m_state);
    for (const Due &d : due)
        rotate.rotate(ScanOperation::forLog(set, d.path), d.path, d.reason);
    completeRotations(rotate);
    if (set.sharedScripts)
        planHook(HookRequests::postRotate(), set.postRotateHook, all);
    else {
        for (const QString &log : std::as_const(logs))
            planHook(HookRequests::postRotate(), set.postRotateHook, log);
    }
    planHook(HookRequests::lastAction(), set.lastActionHook, all);
}

void RotationWorker::runPostHooks(const LogSetConfig &set,
                                  const QVector<RotateOperation::Rotation> &rotations)
{
    QStringList logs;
    for (const RotateOperation::Rotation &rotation : rotations)
        logs.append(rotation.activePath);
    const QString key = HookRequests::postRotate();
    if (set.postRotateHook.isEmpty()) {
        for (const RotateOperation::Rotation &rotation : rotations)
            afterHook(rotation);
    } else if (set.sharedScripts) {
        // Once for the set and pass, with every rotated log; each archived once it has finished.
        for (const RotateOperation::Rotation &rotation : rotations)
            m_awaitingHook.insert(rotation.rotatedPath);
        setBusy(+1);
        m_hooks.enqueue(HookRequests::forLogs(set, key, set.postRotateHook, logs),
                        [this, rotations, key, logs](const HookRunner::Result &result) {
                            BusyScope busy(this);
                            reportHook(rotations.first().setName, logs.first(), key, result);
                            for (const RotateOperation::Rotation &rotation : rotations) {
                                m_awaitingHook.remove(rotation.rotatedPath);
                                afterHook(rotation);
                            }
                            setBusy(-1);
                            afterHooks();
                        });
    } else {
        for (const RotateOperation::Rotation &rotation : rotations) {
            // Archived only once its hook has finished (logrotate's order); busy meanwhile.
            m_awaitingHook.insert(rotation.rotatedPath);
            setBusy(+1);
            m_hooks.enqueue(HookRequests::forLog(set, key, set.postRotateHook, rotation.activePath,
                                                 rotation.rotatedPath, rotation.archivePath),
                            [this, rotation, key](const HookRunner::Result &result) {
                                BusyScope busy(this);
                                reportHook(rotation.setName, rotation.activePath, key, result);
                                m_awaitingHook.remove(rotation.rotatedPath);
                                afterHook(rotation);
                                setBusy(-1);
                                afterHooks();
                            });
        }
    }
    if (!set.lastActionHook.isEmpty()) {
        // After the set's last rotation and its post_rotate hooks: the queue keeps the order.
        setBusy(+1);
        m_hooks.enqueue(
            HookRequests::forLogs(set, HookRequests::lastAction(), set.lastActionHook, logs),
            [this, setName = set.name, log = logs.first()](const HookRunner::Result &result) {
                reportHook(setName, log, HookRequests::lastAction(), result);
                setBusy(-1);
            });
    }
}

bool RotationWorker::reportHook(const QString &setName, const QString &path, const QString &name,
                                const HookRunner::Result &result)
{
    const LogSetConfig *set = findSet(setName);
    const QString timeout = QString::number(set ? set->hookTimeoutSeconds : 0);
    using Outcome = HookRunner::Result::Outcome;
    const auto failure = [&](Failure::Kind kind, const QStringList &more) {
        report(Failure(kind, setName, path, QStringList{name, setName} + more));
    };
    switch (result.outcome) {
    case Outcome::Succeeded:
        if (!result.output.isEmpty())
            qCInfo(lcRotation).noquote() << name + QStringLiteral(" hook:") << result.output;
        return true;
    case Outcome::Failed:
        if (result.output.isEmpty())
            failure(Failure::Kind::HookFailed, {QString::number(result.exitCode)});
        else
            failure(Failure::Kind::HookFailedWithOutput,
                    {QString::number(result.exitCode), result.output});
        break;
    case Outcome::TimedOut:
        failure(Failure::Kind::HookTimedOut, {timeout});
        break;
    case Outcome::NotStarted:
        failure(Failure::Kind::HookNotStarted, {result.error});
        break;
    }
    return false;
}

} // namespace Logkeeper
