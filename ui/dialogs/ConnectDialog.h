#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace wres::ui {

// File ▸ Connect to Server: where a team plan is (host, port, database), who you are (login) and
// how the connection is protected (TLS mode). The password is not kept: it comes from ~/.pgpass,
// or is typed here for this connection only.
class ConnectDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectDialog(QWidget* parent = nullptr);

    // postgresql://login@host:port/database?sslmode=… (no password), as recent files keep it.
    QString location() const;
    // The same with the typed password, for opening only ("" when none was typed).
    QString locationWithPassword() const;
    void setLocation(const QString& location);
    QString password() const;
    // Keep the typed password in the system keyring once the connection works.
    bool rememberPassword() const;

    void accept() override;

private:
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_login;
    QLineEdit* m_password;
    QComboBox* m_tls;
    QCheckBox* m_remember;
};

} // namespace wres::ui
