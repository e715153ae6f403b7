#pragma once

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace mikro::testing {

/// QSettings of this test process alone, away from the user's and from every other suite's: the
/// suites of both engines run at the same time, and a shared test location would let one's
/// remembered layout leak into the other's. The folder goes when the process ends.
inline void usePrivateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    static QTemporaryDir dir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
}

} // namespace mikro::testing
