#include "widgets/common/appicon.h"

QString AppIcon::applicationId()
{
    return QStringLiteral("io.github.logkeeper.Logkeeper");
}

QIcon AppIcon::application()
{
    return QIcon::fromTheme(applicationId(), QIcon(QStringLiteral(":/icons/logkeeper.svg")));
}
