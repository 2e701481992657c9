#pragma once

// For widget tests: a main window, a fresh copy of the demo plan, and every message box answered
// by the test (the texts shown collect in messages; a question gets answer). Settings start empty.
#include "MainWindow.h"
#include "TestSupport.h"
#include "dialogs/MessageBox.h"

#include <QSettings>

#include <gtest/gtest.h>

namespace wres::test {

class WindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        ui::MessageBox::setHook([this](QMessageBox::Icon icon, const QString&, const QString& text) {
            messages << text;
            return icon == QMessageBox::Question ? answer : QMessageBox::Ok;
        });
        demo = scratch.path("demo.wres");
        writeDemo(demo);
    }
    void TearDown() override { ui::MessageBox::setHook({}); }

    Scratch scratch;
    QString demo;
    QStringList messages;
    QMessageBox::StandardButton answer = QMessageBox::Yes;
    ui::MainWindow window;
};

} // namespace wres::test
