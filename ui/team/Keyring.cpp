#include "Keyring.h"

#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace wres::ui::Keyring {
namespace {

const QString kService = QStringLiteral("WRES Tracker");

// Runs a keychain job to its end (the keyring may ask the user to unlock it), for at most a minute.
bool finish(QKeychain::Job& job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false); // never a plain-text file
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    return job.error() == QKeychain::NoError;
}

} // namespace

std::optional<QString> read(const QString& location)
{
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(location);
    if (!finish(job) || job.textData().isEmpty())
        return std::nullopt;
    return job.textData();
}

bool write(const QString& location, const QString& password, QString* error)
{
    QKeychain::WritePasswordJob job(kService);
    job.setKey(location);
    job.setTextData(password);
    if (finish(job))
        return true;
    if (error)
        *error = job.errorString();
    return false;
}

} // namespace wres::ui::Keyring
