// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Logkeeper authors
#pragma once

#include <QDialog>

namespace Logkeeper {

struct Config;

// Version, compression backend, Qt version, and the files Logkeeper works with (as links the
// file manager opens): config, own log, state file.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    AboutDialog(const QString &configPath, const Config &config, QWidget *parent = nullptr);

    QString text() const; // what it says, as plain text (for tests)

private:
    QString m_text;
};

} // namespace Logkeeper
