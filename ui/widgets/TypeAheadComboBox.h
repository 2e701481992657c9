#pragma once

#include <QComboBox>
#include <QElapsedTimer>

namespace wres::ui {

// A choice from a list of names that is found by typing the start of a name, spaces included
// ("Head of E" finds "Head of EDI"): a plain combo box opens its list on the space instead. The
// list still opens with Alt+Down or F4, or Space before any typing.
class TypeAheadComboBox : public QComboBox
{
    Q_OBJECT
public:
    using QComboBox::QComboBox;

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    QString m_typed;
    QElapsedTimer m_since;
};

} // namespace wres::ui
