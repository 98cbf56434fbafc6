#pragma once

#include <QLoggingCategory>

// The desktop front end's own category ("logkeeper.desktop"), beside the model's.
Q_DECLARE_LOGGING_CATEGORY(lcDesktop)
