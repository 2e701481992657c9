#pragma once

#include <QObject>

class QLabel;
class QWidget;

namespace wres::ui {

class PlanDocument;

// What the open plan lets this user do, said in words: the banner above the tabs (a read-only file,
// a viewer's or a lead's login on a team plan) and the status bar's file mode (read-only, one
// person at a time on a shared drive, a team plan and the login's role).
class AccessBanner : public QObject
{
    Q_OBJECT
public:
    AccessBanner(QWidget* parent, const PlanDocument& document);

    QLabel* banner() const { return m_banner; }
    QLabel* fileMode() const { return m_fileMode; }
    // Says what the open plan allows (after opening, and when it is read again).
    void update();

private:
    const PlanDocument& m_document;
    QLabel* m_banner;
    QLabel* m_fileMode;
};

} // namespace wres::ui
