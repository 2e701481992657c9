#pragma once

// For widget tests: a main window, a fresh copy of the demo plan, and every message box answered
// by the test (the texts shown collect in messages; a question gets answer). Settings start empty;
// prompts answered in advance are forgotten after each test; fixToday() fixes the clock.
#include "MainWindow.h"
#include "TestSupport.h"
#include "WindowDriver.h"
#include "dialogs/MessageBox.h"
#include "dialogs/Prompts.h"
#include "document/PlanDocument.h"
#include "domain/Clock.h"

#include <QSettings>

#include <gtest/gtest.h>
#include <memory>

namespace wres::test {

class WindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        ui::Prompts::clear();
        installHook();
        demo = scratch.path("demo.wres");
        writeDemo(demo);
    }
    void TearDown() override
    {
        ui::MessageBox::setHook({});
        ui::Prompts::clear();
    }
    void installHook()
    {
        ui::MessageBox::setHook([this](QMessageBox::Icon icon, const QString&, const QString& text) {
            messages << text;
            return icon == QMessageBox::Question ? answer : QMessageBox::Ok;
        });
    }
    // "Overdue" and "due soon" on a known day: the demo's March 2024 actions are overdue on
    // 15 April 2024, its June 2024 ones not yet.
    void fixToday(const QDate& day = QDate(2024, 4, 15)) { clock = std::make_unique<core::Clock::Fixed>(day); }
    // The demo open on a laptop's screen (1366 by 768) on that known day, the window active (tests
    // that use it link the window driver, which activates the window).
    void openDemoOnALaptop()
    {
        fixToday();
        ASSERT_TRUE(window.openFile(demo));
        window.resize(1366, 768);
        test::showActive(window);
    }

    std::unique_ptr<core::Clock::Fixed> clock;
    Scratch scratch;
    QString demo;
    QStringList messages;
    QMessageBox::StandardButton answer = QMessageBox::Yes;
    ui::MainWindow window;
};

} // namespace wres::test
