// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include "desktop/enginestatus.h"

#include <QIcon>
#include <QString>

namespace Logkeeper {

// The tray icons, one per engine state (SVG, embedded under :/icons/). Rotating has several
// frames of turning arrows for an animation; the other states have one.
namespace StateIcon {
QString fileName(EngineStatus::State state, int frame = 0);
QIcon icon(EngineStatus::State state, int frame = 0);
int frameCount(EngineStatus::State state);
} // namespace StateIcon

} // namespace Logkeeper
