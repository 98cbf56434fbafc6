#include "core/logcategories.h"

Q_LOGGING_CATEGORY(lcConfig, "logkeeper.config", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEngine, "logkeeper.engine", QtInfoMsg)
Q_LOGGING_CATEGORY(lcWatcher, "logkeeper.watcher", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRotation, "logkeeper.rotation", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRetention, "logkeeper.retention", QtInfoMsg)
