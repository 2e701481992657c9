#include "MainWindow.h"
#include "cli/CommandLine.h"
#include "store/ServerAddress.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

namespace {

// The user's language where a translation exists (English otherwise), for the window and the
// command line's messages alike.
void translate(QTranslator& translator)
{
    if (translator.load(QLocale(), QStringLiteral("wres-tracker"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
}

// Qt's PostgreSQL driver warns "Unable to free statement" for each prepared statement let go after
// the server refused a change (the transaction is then aborted until it is rolled back, which
// follows): noise on the terminal, not news. Everything else goes to Qt's usual handler.
QtMessageHandler qtHandler = nullptr;

void filterMessages(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtWarningMsg && message.startsWith(u"Unable to free statement") &&
        message.contains(u"current transaction is aborted"))
        return;
    qtHandler(type, context, message);
}

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("WRES Tracker"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("wres-tracker.invalid"));
    QCoreApplication::setApplicationName(QStringLiteral("wres-tracker"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WRES_VERSION));
}

} // namespace

int main(int argc, char* argv[])
{
    qtHandler = qInstallMessageHandler(filterMessages);
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (wres::app::CommandLine::needsGui(arguments)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen"); // no window is shown; no display is needed
        QApplication app(argc, argv);
        describeApplication();
        QTranslator translator;
        translate(translator);
        return wres::app::CommandLine::run(app.arguments());
    }
    if (wres::app::CommandLine::wantsCommand(arguments)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        QTranslator translator;
        translate(translator);
        return wres::app::CommandLine::run(app.arguments());
    }

    QApplication app(argc, argv);
    describeApplication();
    QTranslator translator;
    translate(translator);
    QApplication::setApplicationDisplayName(QStringLiteral("WRES Tracker"));
    wres::ui::MainWindow window;
    window.show();
    const bool readOnly = arguments.value(1) == u"--read-only";
    if (const QString file = arguments.value(readOnly ? 2 : 1); !file.isEmpty()) {
        if (wres::core::ServerAddress::parse(file).hasPassword()) // every user can read it in `ps`
            std::fputs(qPrintable(QCoreApplication::translate(
                           "wres", "warning: a password written in a server address can be read by every user of "
                                   "this computer (in the list of processes); put it in ~/.pgpass, or use File > "
                                   "Connect to Server.\n")),
                       stderr);
        window.openFile(file, readOnly);
    }
    return app.exec();
}
