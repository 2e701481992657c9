#include "ConnectDialog.h"

#include "dialogs/MessageBox.h"
#include "domain/UserName.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace wres::ui {

ConnectDialog::ConnectDialog(QWidget* parent)
    : QDialog(parent), m_host(new QLineEdit), m_port(new QSpinBox), m_database(new QLineEdit), m_login(new QLineEdit),
      m_password(new QLineEdit), m_tls(new QComboBox),
      m_remember(new QCheckBox(tr("&Remember the password in the system keyring")))
{
    setObjectName(QStringLiteral("connectDialog"));
    setWindowTitle(tr("Connect to a team plan"));
    auto* intro = new QLabel(tr("A team plan lives on a PostgreSQL server, where the EDI team and the leads work "
                                "on it at once. Your IT team or the Head of EDI gives you these details."));
    intro->setWordWrap(true);
    m_host->setObjectName(QStringLiteral("connectHost"));
    m_port->setObjectName(QStringLiteral("connectPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database->setObjectName(QStringLiteral("connectDatabase"));
    m_login->setObjectName(QStringLiteral("connectLogin"));
    m_login->setText(core::systemUserName().toLower());
    m_password->setObjectName(QStringLiteral("connectPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("from the keyring or ~/.pgpass when left empty"));
    m_remember->setObjectName(QStringLiteral("connectRemember"));
    m_tls->setObjectName(QStringLiteral("connectTls"));
    m_tls->addItem(tr("Required, and the server's certificate checked (verify-full)"), QStringLiteral("verify-full"));
    m_tls->addItem(tr("Required (require)"), QStringLiteral("require"));
    m_tls->addItem(tr("When the server offers it (prefer)"), QStringLiteral("prefer"));
    m_tls->addItem(tr("Never: only on this computer or a trusted network (disable)"), QStringLiteral("disable"));
    m_tls->setCurrentIndex(1);

    auto* form = new QFormLayout;
    const auto row = [&](const QString& label, QWidget* field) {
        auto* l = new QLabel(label);
        l->setBuddy(field);
        form->addRow(l, field);
    };
    row(tr("&Server:"), m_host);
    row(tr("&Port:"), m_port);
    row(tr("&Database:"), m_database);
    row(tr("&Login:"), m_login);
    row(tr("Pass&word:"), m_password);
    row(tr("&Encryption:"), m_tls);
    form->addRow(QString(), m_remember);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    // The last server used, without its password.
    if (const QString last = QSettings().value(QStringLiteral("team/lastServer")).toString(); !last.isEmpty())
        setLocation(last);
    resize(560, sizeHint().height());
}

QString ConnectDialog::location() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_host->text().trimmed());
    url.setPort(m_port->value());
    url.setUserName(m_login->text().trimmed());
    url.setPath(QLatin1Char('/') + m_database->text().trimmed());
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("sslmode"), m_tls->currentData().toString());
    url.setQuery(query);
    return url.toString();
}

QString ConnectDialog::password() const
{
    return m_password->text();
}

bool ConnectDialog::rememberPassword() const
{
    return m_remember->isChecked() && !m_password->text().isEmpty();
}

QString ConnectDialog::locationWithPassword() const
{
    if (m_password->text().isEmpty())
        return location();
    QUrl url(location());
    url.setPassword(m_password->text());
    return url.toString();
}

void ConnectDialog::setLocation(const QString& location)
{
    const QUrl url(location);
    m_host->setText(url.host());
    m_port->setValue(url.port(5432));
    m_database->setText(url.path().mid(1));
    if (!url.userName().isEmpty())
        m_login->setText(url.userName());
    const int tls = m_tls->findData(QUrlQuery(url).queryItemValue(QStringLiteral("sslmode")));
    if (tls >= 0)
        m_tls->setCurrentIndex(tls);
}

void ConnectDialog::accept()
{
    if (m_host->text().trimmed().isEmpty() || m_database->text().trimmed().isEmpty() ||
        m_login->text().trimmed().isEmpty()) {
        MessageBox::warning(this, tr("Not connected"), tr("Give the server, the database and your login."));
        return;
    }
    QSettings().setValue(QStringLiteral("team/lastServer"), location());
    QDialog::accept();
}

} // namespace wres::ui
