#include "app/appcategories.h"

Q_LOGGING_CATEGORY(lcDesktop, "logkeeper.desktop", QtInfoMsg)
