#include "appcategories.h"

Q_LOGGING_CATEGORY(lcDesktop, "logkeeper.desktop", QtInfoMsg)
