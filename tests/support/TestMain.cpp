// One main for every GoogleTest binary: Qt needs its application object before SQL drivers,
// resources or widgets are used, and gtest_discover_tests runs the binary without the test's
// environment, so the offscreen platform is chosen here when no other is set.
#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#ifdef WRES_TEST_WIDGETS
#include <QApplication>
#include <QKeySequence>
// Exported by Qt Gui, declared only for its documentation: Alt+letter mnemonics on or off.
Q_GUI_EXPORT void qt_set_sequence_auto_mnemonic(bool on);
#endif

#include <gtest/gtest.h>

int main(int argc, char** argv)
{
#ifdef WRES_TEST_WIDGETS
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // Alt+letter mnemonics, as on a Linux or Windows desktop (the offscreen platform turns them off).
    qt_set_sequence_auto_mnemonic(true);
#else
    QCoreApplication app(argc, argv);
#endif
    QCoreApplication::setOrganizationName(QStringLiteral("WRES Tracker Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("wres-tracker-tests"));
    // Settings of the test run go to a folder of its own, never the user's.
    QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    QStandardPaths::setTestModeEnabled(true);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
