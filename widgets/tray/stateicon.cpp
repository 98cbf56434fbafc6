// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#include "widgets/tray/stateicon.h"

namespace Logkeeper {

namespace {
constexpr int rotatingFrames = 4;
}

int StateIcon::frameCount(EngineStatus::State state)
{
    return state == EngineStatus::State::Rotating ? rotatingFrames : 1;
}

QString StateIcon::fileName(EngineStatus::State state, int frame)
{
    switch (state) {
    case EngineStatus::State::Watching:
        return QStringLiteral(":/icons/tray-watching.svg");
    case EngineStatus::State::Rotating: {
        const int f = frame % rotatingFrames;
        return f == 0 ? QStringLiteral(":/icons/tray-rotating.svg")
                      : QStringLiteral(":/icons/tray-rotating-%1.svg").arg(f);
    }
    case EngineStatus::State::Error:
        return QStringLiteral(":/icons/tray-error.svg");
    case EngineStatus::State::Paused:
    case EngineStatus::State::Stopped: // nothing is watched either way
        return QStringLiteral(":/icons/tray-paused.svg");
    }
    return {};
}

QIcon StateIcon::icon(EngineStatus::State state, int frame)
{
    return QIcon(fileName(state, frame));
}

} // namespace Logkeeper
