#pragma once

#include "report/BoardPack.h"

#include <QObject>

class QWidget;

namespace wres::ui {

class PlanDocument;

// File ▸ Print Preview, Print, Export PDF, Export Public Report as Web Page and Record This Pack:
// the board pack (or a lead's brief) as the board pack dialog chose it. The dialog keeps the meeting,
// version and cover sheet in the plan file, and a file's proposed name carries the date. The pack
// itself is drawn by ui/report, reached only through BoardPackWriter (print, writePdf, writeHtml).
class PrintController : public QObject
{
    Q_OBJECT
public:
    enum class Output
    {
        Preview,
        Print,
        Pdf,
        Web, // the public version as an accessible web page
    };
    PrintController(QWidget* window, PlanDocument& document);

    // Asks what the pack holds (the board pack dialog), then previews, prints or exports it.
    void boardPack(Output output);
    // Writes the board pack (or, with a lead, their brief) as a PDF, or as a web page when the path
    // ends in .html; a public pack's free text is reviewed first. Tells the user if it fails.
    bool exportBoardPack(const QString& path, const core::BoardPackOptions& options, const QString& lead = {});
    // Records the pack as it stands, so the next pack shows what changed since.
    bool recordPack(const QString& label);
    void chooseRecordPack();
    // The PDF's proposed name: the pack, the public version or a lead's brief, with the date.
    static QString proposedName(const core::BoardPackOptions& options, const QString& lead, const QDate& date);
    static QString proposedWebName(const QDate& date);

signals:
    void message(const QString& text, int timeout);

private:
    QWidget* m_window;
    PlanDocument& m_document;
};

} // namespace wres::ui
