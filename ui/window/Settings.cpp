#include "Settings.h"

#include "domain/UserName.h"
#include "store/Backups.h"

#include <QSettings>
#include <QTemporaryDir>

namespace wres::ui {
namespace {

struct Entry
{
    const char* name; // as stored (names kept from earlier versions, so settings survive an upgrade)
    QVariant defaultValue;
};

// The one table of names and defaults, in the order of Settings::Key.
const Entry& entry(Settings::Key key)
{
    static const Entry entries[] = {
        {"user/name", QString()},
        {"backups/keep", core::Backups::kDefaultKeep},
        {"recentFiles", QStringList()},
        {"myActions/lead", QString()},
        {"view/oneLineRows", false},
        {"window/geometry", QByteArray()},
        {"window/state", QByteArray()},
        {"window/splitter", QByteArray()},
        {"window/editorSplitter", QByteArray()},
        {"window/actionColumns", QByteArray()},
        {"window/tab", 0},
    };
    static_assert(std::size(entries) == std::size_t(Settings::Key::Count), "one entry per key");
    return entries[int(key)];
}

} // namespace

Settings::Settings() = default;
Settings::~Settings() = default;

Settings& Settings::instance()
{
    static Settings settings;
    return settings;
}

void Settings::useTemporaryFile()
{
    static QTemporaryDir folder;
    static int generation = 0;
    instance().m_temporary = std::make_unique<QSettings>(
        folder.filePath(QStringLiteral("settings-%1.ini").arg(++generation)), QSettings::IniFormat);
}

void Settings::useUserFile()
{
    instance().m_temporary.reset();
}

QSettings& Settings::store() const
{
    if (m_temporary)
        return *m_temporary;
    // Made on first use, after main() has named the application.
    if (!m_user)
        m_user = std::make_unique<QSettings>();
    return *m_user;
}

QVariant Settings::get(Key key) const
{
    return store().value(QString::fromLatin1(entry(key).name), entry(key).defaultValue);
}

void Settings::set(Key key, const QVariant& value)
{
    if (store().value(QString::fromLatin1(entry(key).name)) == value)
        return;
    store().setValue(QString::fromLatin1(entry(key).name), value);
    emit changed(key);
}

QVariant Settings::defaultOf(Key key)
{
    return entry(key).defaultValue;
}

void Settings::reset()
{
    for (int k = 0; k < int(Key::Count); ++k) {
        store().remove(QString::fromLatin1(entry(Key(k)).name));
        emit changed(Key(k));
    }
}

QString Settings::authorName() const
{
    const QString saved = get(Key::AuthorName).toString().simplified();
    return saved.isEmpty() ? core::systemUserName() : saved;
}

int Settings::backupsToKeep() const
{
    bool ok = false;
    const int keep = get(Key::BackupsToKeep).toInt(&ok);
    return ok && keep >= 1 ? keep : core::Backups::kDefaultKeep;
}

QStringList Settings::recentFiles() const
{
    return get(Key::RecentFiles).toStringList();
}

bool Settings::oneLineRows() const
{
    return get(Key::OneLineRows).toBool();
}

} // namespace wres::ui
