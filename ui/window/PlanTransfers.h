#pragma once

#include <QObject>

class QWidget;

namespace wres::ui {

class FileController;
class PlanDocument;

// Plans and metrics in and out of the window: File ▸ Import Plan (a workbook, CSV or JSON into a
// new plan file), Export Plan, Export Calendar and Import Metrics. Long reading and writing runs
// with a progress dialog and Cancel (LongWork) and a cancel changes nothing.
class PlanTransfers : public QObject
{
    Q_OBJECT
public:
    PlanTransfers(QWidget* window, PlanDocument& document, FileController& files);

    // Reads a plan file (.xlsx, .csv or .json) into a new plan file and opens it; false with a
    // message naming every problem, and nothing made, when it cannot.
    bool importPlan(const QString& planFile, const QString& newFile);
    // Writes the whole plan as .xlsx, .csv or .json (by the file's suffix); false with a message.
    bool exportPlan(const QString& path);
    // Writes the open actions' due dates (all, or one lead's) as an .ics file; false with a message.
    bool exportCalendar(const QString& path, const QString& lead = {});
    // Reads a metrics CSV into the open file, all or nothing; tells the user what was wrong.
    bool importMetrics(const QString& path);

    void chooseImportPlan();
    void chooseExportPlan();
    void chooseExportCalendar();
    void chooseImportMetrics();

signals:
    void message(const QString& text, int timeout);
    void metricsImported();

private:
    QWidget* m_window;
    PlanDocument& m_document;
    FileController& m_files;
};

} // namespace wres::ui
