#pragma once

#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <optional>

namespace wres::ui::LongWork {

// Tests: sees each progress report of long work and may cancel it by returning false.
using ProgressHook = std::function<bool(int done, int total)>;
ProgressHook& progressHook();

// Runs work that touches neither the database nor a widget on a worker thread, while a progress
// dialog (shown after half a second) offers Cancel. Returns nothing when cancelled: the work then
// finishes in the background and its result is dropped, so cancelling changes nothing.
template <typename T> std::optional<T> run(QWidget* parent, const QString& label, std::function<T()> work)
{
    QProgressDialog dialog(label, QProgressDialog::tr("Cancel"), 0, 0, parent);
    dialog.setObjectName(QStringLiteral("workProgress"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(500);
    QFutureWatcher<T> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<T>::finished, &loop, &QEventLoop::quit);
    QObject::connect(&dialog, &QProgressDialog::canceled, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run(std::move(work)));
    if (!watcher.isFinished())
        loop.exec();
    const bool cancelled = dialog.wasCanceled() || (progressHook() && !progressHook()(0, 0));
    if (cancelled)
        return std::nullopt;
    watcher.waitForFinished();
    return watcher.result();
}

} // namespace wres::ui::LongWork
