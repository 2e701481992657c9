// The screens NHS staff have: 1366×768 at 100%, and 1280×720 at 125% (QT_SCALE_FACTOR=1.25, so
// 1024×576 to the program). On each tab nothing is squeezed below the size it needs or pushed out
// of the window, the window is not made larger, the editor and the Metrics tab scroll, the
// navigator keeps a readable width, and a long timescale warning wraps.
#include "TestSupport.h"
#include "WindowDriver.h"
#include "WindowTest.h"
#include "plan/ActionEditor.h"
#include "plan/PlanPane.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QScrollArea>
#include <QTabWidget>
#include <QTreeView>

#include <gtest/gtest.h>

using namespace wres;

namespace {

// Widgets squeezed below their minimum size, or reaching outside the window (what is inside a
// scroll area may, since it scrolls).
QStringList cutOff(QWidget& window)
{
    QStringList problems;
    const QRect inside = window.rect();
    for (QWidget* widget : window.findChildren<QWidget*>()) {
        if (!widget->isVisible() || widget->window() != &window)
            continue;
        bool scrolled = false;
        for (QWidget* up = widget->parentWidget(); up && up != &window; up = up->parentWidget())
            if (auto* area = qobject_cast<QAbstractScrollArea*>(up); area && area->viewport()->isAncestorOf(widget))
                scrolled = true;
        if (scrolled)
            continue;
        const QString name =
            QStringLiteral("%1 (%2)").arg(widget->objectName(), QString::fromLatin1(widget->metaObject()->className()));
        // The controls a user reads or uses (a header or a scroll bar sizes itself to its view).
        const bool control = qobject_cast<QAbstractButton*>(widget) || qobject_cast<QLabel*>(widget) ||
                             qobject_cast<QLineEdit*>(widget) || qobject_cast<QComboBox*>(widget) ||
                             qobject_cast<QAbstractSpinBox*>(widget) ||
                             (qobject_cast<QAbstractScrollArea*>(widget) && !qobject_cast<QHeaderView*>(widget));
        const QSize least = widget->minimumSizeHint();
        if (control && least.isValid() &&
            (widget->width() + 1 < least.width() || widget->height() + 1 < least.height()))
            problems << QStringLiteral("%1 is %2×%3, needs %4×%5")
                            .arg(name)
                            .arg(widget->width())
                            .arg(widget->height())
                            .arg(least.width())
                            .arg(least.height());
        const QRect where(widget->mapTo(&window, QPoint(0, 0)), widget->size());
        if (!inside.contains(where))
            problems << QStringLiteral("%1 reaches outside the window").arg(name);
    }
    return problems;
}

// The checks at one screen size, in the program's own (logical) pixels.
void checkFits(test::WindowTest& test, ui::MainWindow& window, const QSize& screen)
{
    window.resize(screen);
    test::showActive(window);
    QApplication::processEvents();
    auto* tabs = window.findChild<QTabWidget*>("tabs");
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        QApplication::processEvents();
        EXPECT_EQ(window.size(), screen) << "tab " << tab << ": the window was made larger";
        EXPECT_LE(window.minimumSizeHint().width(), screen.width()) << "tab " << tab;
        EXPECT_LE(window.minimumSizeHint().height(), screen.height()) << "tab " << tab;
        const QStringList problems = cutOff(window);
        EXPECT_TRUE(problems.isEmpty()) << "tab " << tab << ":\n" << problems.join('\n').toStdString();
    }
    tabs->setCurrentIndex(0);
    QApplication::processEvents();
    ui::PlanPane& pane = window.planPane();
    EXPECT_GE(pane.navigator()->width(), pane.navigator()->fontMetrics().averageCharWidth() * 20)
        << "the navigator keeps a readable width";
    auto* scroll = window.findChild<QScrollArea*>("editorScroll");
    ASSERT_NE(scroll, nullptr);
    EXPECT_TRUE(pane.editor()->isAncestorOf(scroll)) << "the editor scrolls rather than growing";
    EXPECT_EQ(scroll->horizontalScrollBarPolicy(), Qt::ScrollBarAlwaysOff);
    auto* timescale = window.findChild<QLineEdit*>("editTimescale");
    timescale->setText(QStringLiteral("Sessions to recommence in Autumn when the new provider is appointed"));
    auto* due = window.findChild<QLabel*>("editDue");
    QApplication::processEvents();
    EXPECT_TRUE(due->wordWrap());
    EXPECT_LE(due->width(), scroll->viewport()->width()) << "the long warning wraps within the editor";
    EXPECT_EQ(window.size(), screen);
    (void)test;
}

class ScreenFit : public test::WindowTest
{
protected:
    void SetUp() override
    {
        WindowTest::SetUp();
        fixToday();
        answer = QMessageBox::Discard;
        ASSERT_TRUE(window.openFile(demo));
    }
};

TEST_F(ScreenFit, At1366By768)
{
    checkFits(*this, window, QSize(1366, 768));
}

// Run again in a process of its own with QT_SCALE_FACTOR=1.25 (it must be set before the
// application starts): 1280×720 physical pixels are 1024×576 to the program.
TEST_F(ScreenFit, At1280By720At125Percent)
{
    if (qEnvironmentVariable("QT_SCALE_FACTOR") == u"1.25") {
        checkFits(*this, window, QSize(1024, 576));
        return;
    }
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_SCALE_FACTOR"), QStringLiteral("1.25"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    child.setProcessEnvironment(environment);
    child.start(QApplication::applicationFilePath(),
                {QStringLiteral("--gtest_filter=ScreenFit.At1280By720At125Percent")});
    ASSERT_TRUE(child.waitForFinished(120000));
    const QString output = QString::fromLocal8Bit(child.readAllStandardOutput());
    EXPECT_EQ(child.exitCode(), 0) << output.toStdString();
    EXPECT_TRUE(output.contains("[  PASSED  ] 1 test")) << output.toStdString();
}

} // namespace
