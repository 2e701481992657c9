#include "Prompts.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QQueue>
#include <QShortcut>

namespace wres::ui {
namespace {

struct Pending
{
    QQueue<QMessageBox::StandardButton> answers;
    QQueue<QStringList> fileNames;
    QQueue<std::optional<QString>> texts;
};

Pending& pending()
{
    static Pending queues;
    return queues;
}

} // namespace

QStringList& Prompts::asked()
{
    static QStringList list;
    return list;
}

void Prompts::warning(QWidget* parent, const QString& title, const QString& text)
{
    MessageBox::warning(parent, title, text);
}

void Prompts::information(QWidget* parent, const QString& title, const QString& text)
{
    MessageBox::information(parent, title, text);
}

QMessageBox::StandardButton Prompts::question(QWidget* parent, const QString& title, const QString& text,
                                              QMessageBox::StandardButtons buttons,
                                              QMessageBox::StandardButton defaultButton)
{
    if (!pending().answers.isEmpty()) {
        asked() << text;
        return pending().answers.dequeue();
    }
    return MessageBox::question(parent, title, text, buttons, defaultButton);
}

QString Prompts::openFileName(QWidget* parent, const QString& caption, const QString& filter)
{
    if (!pending().fileNames.isEmpty()) {
        asked() << caption;
        return pending().fileNames.dequeue().value(0);
    }
    return QFileDialog::getOpenFileName(parent, caption, QString(), filter);
}

QStringList Prompts::openFileNames(QWidget* parent, const QString& caption, const QString& filter)
{
    if (!pending().fileNames.isEmpty()) {
        asked() << caption;
        return pending().fileNames.dequeue();
    }
    return QFileDialog::getOpenFileNames(parent, caption, QString(), filter);
}

QString Prompts::saveFileName(QWidget* parent, const QString& caption, const QString& suggested, const QString& filter,
                              bool confirmOverwrite)
{
    if (!pending().fileNames.isEmpty()) {
        asked() << caption + QStringLiteral(": ") + suggested;
        return pending().fileNames.dequeue().value(0);
    }
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter, nullptr,
                                        confirmOverwrite ? QFileDialog::Options() : QFileDialog::DontConfirmOverwrite);
}

std::optional<QString> Prompts::text(QWidget* parent, const QString& title, const QString& label, const QString& value,
                                     bool multiLine)
{
    if (!pending().texts.isEmpty()) {
        asked() << label;
        return pending().texts.dequeue();
    }
    QInputDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setInputMode(QInputDialog::TextInput);
    if (multiLine)
        dialog.setOption(QInputDialog::UsePlainTextEditForTextInput);
    dialog.setTextValue(value);
    // The box is named by the question it answers, for screen readers; in a paragraph, Tab moves on
    // and Ctrl+Return answers, as Return does for a line.
    for (QPlainTextEdit* box : dialog.findChildren<QPlainTextEdit*>()) {
        box->setAccessibleName(label);
        box->setTabChangesFocus(true);
    }
    auto* answer = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), &dialog, &dialog, &QDialog::accept);
    answer->setContext(Qt::WindowShortcut);
    for (QWidget* box : dialog.findChildren<QLineEdit*>())
        box->setAccessibleName(label);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.textValue();
}

std::optional<QString> Prompts::item(QWidget* parent, const QString& title, const QString& label,
                                     const QStringList& items, int current)
{
    if (!pending().texts.isEmpty()) {
        asked() << label;
        const std::optional<QString> answer = pending().texts.dequeue();
        return answer && items.contains(*answer) ? answer : std::nullopt;
    }
    bool ok = false;
    const QString answer = QInputDialog::getItem(parent, title, label, items, current, false, &ok);
    return ok ? std::optional<QString>(answer) : std::nullopt;
}

std::optional<double> Prompts::number(QWidget* parent, const QString& title, const QString& label, double value,
                                      double minimum, double maximum, int decimals)
{
    if (!pending().texts.isEmpty()) {
        asked() << label;
        const std::optional<QString> answer = pending().texts.dequeue();
        bool ok = false;
        const double number = answer ? answer->toDouble(&ok) : 0;
        return ok && number >= minimum && number <= maximum ? std::optional<double>(number) : std::nullopt;
    }
    bool ok = false;
    const double answer = QInputDialog::getDouble(parent, title, label, value, minimum, maximum, decimals, &ok);
    return ok ? std::optional<double>(answer) : std::nullopt;
}

void Prompts::setNextAnswer(QMessageBox::StandardButton button)
{
    pending().answers.enqueue(button);
}

void Prompts::setNextFileName(const QString& path)
{
    pending().fileNames.enqueue(path.isEmpty() ? QStringList() : QStringList{path});
}

void Prompts::setNextFileNames(const QStringList& paths)
{
    pending().fileNames.enqueue(paths);
}

void Prompts::setNextText(const std::optional<QString>& text)
{
    pending().texts.enqueue(text);
}

void Prompts::clear()
{
    pending() = {};
    asked().clear();
}

} // namespace wres::ui
