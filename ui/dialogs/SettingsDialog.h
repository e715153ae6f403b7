#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;
class QRadioButton;
class QSettings;
class QSpinBox;

namespace mikro::auth {
class SecretStore;
}

namespace mikro::ui {

/// File ▸ Settings (UI.md §1.10): Connection (a Mikro server — recommended —, the organisation's
/// PostgreSQL on a trusted network, or a local SQLite file, both run in process) with "Test
/// connection", Sign-in (the provider, client, audience and callback ports), and General (the
/// language). It reads and writes QSettings under the keys DesktopSettings loads; connection,
/// sign-in and language changes apply after signing in again or restarting, as it says. The
/// database password goes to `passwords` (the keychain), never to QSettings: without a keychain
/// it cannot be kept and the dialog says so.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(QSettings &settings, QNetworkAccessManager &network,
        auth::SecretStore &passwords, QWidget *parent = nullptr);

    /// The first problem of the form, empty when it may be saved.
    [[nodiscard]] QString problem() const;

public slots:
    void accept() override;

private:
    QWidget *connectionTab();
    QWidget *signInTab();
    QWidget *generalTab();
    void load();
    void validate();
    void testConnection();
    void testServer();
    void testStore();
    void save();
    [[nodiscard]] QString databaseProblem() const;

    QSettings &m_settings;
    QNetworkAccessManager &m_network;
    auth::SecretStore &m_passwords;
    QRadioButton *m_server = nullptr;
    QRadioButton *m_database = nullptr;
    QRadioButton *m_file = nullptr;
    QLineEdit *m_serverUrl = nullptr;
    QLineEdit *m_dbHost = nullptr;
    QSpinBox *m_dbPort = nullptr;
    QLineEdit *m_dbName = nullptr;
    QLineEdit *m_dbUser = nullptr;
    QLineEdit *m_dbPassword = nullptr;
    QLineEdit *m_filePath = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_testResult = nullptr;
    QLineEdit *m_issuer = nullptr;
    QLineEdit *m_clientId = nullptr;
    QLineEdit *m_audience = nullptr;
    QLineEdit *m_ports = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_startPage = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace mikro::ui
