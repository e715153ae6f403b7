#include "ui/dialogs/SettingsDialog.h"

#include "services/auth/SecretStore.h"
#include "services/client/http/ApiConnection.h"
#include "services/client/inprocess/StoreCheck.h"
#include "services/core/WhenReady.h"
#include "ui/common/Look.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace mikro::ui {

namespace {

constexpr int HealthTimeoutMs = 10000;

/// "53682, 53683" → the ports, or empty when one is not a port from 1024 to 65535.
QList<int> portsOf(const QString &text)
{
    QList<int> ports;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int port = part.trimmed().toInt(&ok);
        if (!ok || port < 1024 || port > 65535)
            return {};
        ports << port;
    }
    return ports;
}

} // namespace

SettingsDialog::SettingsDialog(QSettings &settings, QNetworkAccessManager &network,
    auth::SecretStore &passwords, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_network(network)
    , m_passwords(passwords)
    , m_server(new QRadioButton)
    , m_database(new QRadioButton)
    , m_file(new QRadioButton)
    , m_serverUrl(new QLineEdit)
    , m_dbHost(new QLineEdit)
    , m_dbPort(new QSpinBox)
    , m_dbName(new QLineEdit)
    , m_dbUser(new QLineEdit)
    , m_dbPassword(new QLineEdit)
    , m_filePath(new QLineEdit)
    , m_test(new QPushButton)
    , m_testResult(new QLabel)
    , m_issuer(new QLineEdit)
    , m_clientId(new QLineEdit)
    , m_audience(new QLineEdit)
    , m_ports(new QLineEdit)
    , m_language(new QComboBox)
    , m_startPage(new QComboBox)
    , m_problem(new QLabel)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_serverUrl->setObjectName(QStringLiteral("serverUrl"));
    m_filePath->setObjectName(QStringLiteral("filePath"));
    m_server->setObjectName(QStringLiteral("serverKind"));
    m_database->setObjectName(QStringLiteral("databaseKind"));
    m_file->setObjectName(QStringLiteral("fileKind"));
    m_dbHost->setObjectName(QStringLiteral("databaseHost"));
    m_dbPort->setObjectName(QStringLiteral("databasePort"));
    m_dbName->setObjectName(QStringLiteral("databaseName"));
    m_dbUser->setObjectName(QStringLiteral("databaseUser"));
    m_dbPassword->setObjectName(QStringLiteral("databasePassword"));
    m_dbPort->setRange(1, 65535);
    m_dbPassword->setEchoMode(QLineEdit::Password);
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_ports->setObjectName(QStringLiteral("callbackPorts"));
    m_language->setObjectName(QStringLiteral("language"));
    m_startPage->setObjectName(QStringLiteral("startPage"));
    m_problem->setObjectName(QStringLiteral("settingsProblem"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(
        QStringLiteral("color: %1;").arg(look::toneText(look::Tone::Bad, palette()).name()));

    auto *tabs = new QTabWidget;
    tabs->addTab(connectionTab(), tr("Connection"));
    tabs->addTab(signInTab(), tr("Sign-in"));
    tabs->addTab(generalTab(), tr("General"));
    auto *note = new QLabel(tr("Connection and sign-in changes take effect after you sign in "
                               "again; a new language after Mikro restarts."));
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("saveSettings"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(m_problem);
    layout->addWidget(note);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    load();
    for (QLineEdit *edit : { m_serverUrl, m_dbHost, m_dbName, m_dbUser, m_filePath, m_issuer,
             m_clientId, m_audience, m_ports })
        connect(edit, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    for (QRadioButton *kind : { m_server, m_database, m_file })
        connect(kind, &QRadioButton::toggled, this, &SettingsDialog::validate);
    validate();
}

QWidget *SettingsDialog::connectionTab()
{
    auto *tab = new QWidget;
    m_server->setText(tr("Mikro server (recommended)"));
    m_database->setText(tr("Organisation database (PostgreSQL, trusted network only)"));
    m_dbPassword->setPlaceholderText(tr("Leave empty to keep the stored password"));
    m_file->setText(tr("Local file (SQLite): your own data on this computer"));
    auto *browse = new QPushButton(tr("Browse…"));
    connect(browse, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Local file"), QFileInfo(m_filePath->text()).path(),
            tr("SQLite files (*.sqlite *.db)"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        connect(dialog, &QFileDialog::fileSelected, m_filePath, &QLineEdit::setText);
        dialog->open();
    });
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_filePath, 1);
    fileRow->addWidget(browse);
    m_test->setText(tr("Test connection"));
    connect(m_test, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    auto *form = new QFormLayout(tab);
    form->addRow(m_server);
    form->addRow(tr("Server address"), m_serverUrl);
    form->addRow(m_database);
    form->addRow(tr("Host"), m_dbHost);
    form->addRow(tr("Port"), m_dbPort);
    form->addRow(tr("Database"), m_dbName);
    form->addRow(tr("User"), m_dbUser);
    form->addRow(tr("Password"), m_dbPassword);
    auto *keychainNote = new QLabel(tr("The password is kept in the system keychain, never in "
                                       "Mikro's settings."));
    keychainNote->setWordWrap(true);
    form->addRow(keychainNote);
    form->addRow(m_file);
    form->addRow(tr("File"), fileRow);
    form->addRow(m_test);
    form->addRow(m_testResult);
    return tab;
}

QWidget *SettingsDialog::signInTab()
{
    auto *tab = new QWidget;
    auto *form = new QFormLayout(tab);
    form->addRow(tr("Sign-in service (issuer)"), m_issuer);
    form->addRow(tr("Client id"), m_clientId);
    form->addRow(tr("Audience"), m_audience);
    form->addRow(tr("Callback ports"), m_ports);
    return tab;
}

QWidget *SettingsDialog::generalTab()
{
    auto *tab = new QWidget;
    m_language->addItem(tr("System"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_language->addItem(QStringLiteral("Português"), QStringLiteral("pt"));
    auto *form = new QFormLayout(tab);
    form->addRow(tr("Language"), m_language);
    m_startPage->addItem(tr("Dashboard"), QStringLiteral("dashboard"));
    m_startPage->addItem(tr("Last page"), QStringLiteral("last"));
    form->addRow(tr("Start page"), m_startPage);
    return tab;
}

void SettingsDialog::load()
{
    const QString kind = m_settings.value(QStringLiteral("connection/kind")).toString();
    m_file->setChecked(kind == QLatin1String("file"));
    m_database->setChecked(kind == QLatin1String("database"));
    m_server->setChecked(!m_file->isChecked() && !m_database->isChecked());
    m_dbHost->setText(m_settings.value(QStringLiteral("database/host")).toString());
    m_dbPort->setValue(m_settings.value(QStringLiteral("database/port"), 5432).toInt());
    m_dbName->setText(m_settings.value(QStringLiteral("database/name")).toString());
    m_dbUser->setText(m_settings.value(QStringLiteral("database/user")).toString());
    m_serverUrl->setText(
        m_settings
            .value(QStringLiteral("connection/serverUrl"), QStringLiteral("http://127.0.0.1:8080"))
            .toString());
    m_filePath->setText(m_settings.value(QStringLiteral("store/sqlitePath")).toString());
    m_issuer->setText(
        m_settings.value(QStringLiteral("auth/issuer"), QStringLiteral("http://127.0.0.1:8110/"))
            .toString());
    m_clientId->setText(
        m_settings.value(QStringLiteral("auth/clientId"), QStringLiteral("mikro-desktop"))
            .toString());
    m_audience->setText(
        m_settings
            .value(QStringLiteral("auth/audience"), QStringLiteral("https://mikro/api/authorize"))
            .toString());
    m_ports->setText(
        m_settings
            .value(QStringLiteral("auth/callbackPorts"), QStringLiteral("53682,53683,53684,53685"))
            .toString());
    m_startPage->setCurrentIndex(qMax(0,
        m_startPage->findData(m_settings.value(QStringLiteral("general/startPage")).toString())));
    m_language->setCurrentIndex(qMax(
        0, m_language->findData(m_settings.value(QStringLiteral("general/language")).toString())));
}

QString SettingsDialog::problem() const
{
    if (m_server->isChecked()) {
        const auto url = client::ApiConnection::checkServerUrl(m_serverUrl->text().trimmed());
        if (!url.ok())
            return url.error().message;
    } else if (m_database->isChecked()) {
        if (QString problem = databaseProblem(); !problem.isEmpty())
            return problem;
    } else {
        const QString path = m_filePath->text().trimmed();
        if (path.isEmpty())
            return tr("Choose the local file.");
        const QFileInfo folder(QFileInfo(path).absolutePath());
        if (!folder.isDir() || !folder.isWritable())
            return tr("Mikro cannot write in the folder of %1. Choose another.").arg(path);
    }
    const QUrl issuer(m_issuer->text().trimmed());
    const bool loopback = issuer.host() == QLatin1String("127.0.0.1")
        || issuer.host() == QLatin1String("localhost");
    if (!issuer.isValid() || issuer.host().isEmpty()
        || !(issuer.scheme() == QLatin1String("https")
            || (issuer.scheme() == QLatin1String("http") && loopback)))
        return tr("Enter the sign-in service's address starting with https:// (http:// only on "
                  "this computer).");
    if (m_clientId->text().trimmed().isEmpty())
        return tr("Enter the client id.");
    if (m_audience->text().trimmed().isEmpty())
        return tr("Enter the audience.");
    if (portsOf(m_ports->text()).isEmpty())
        return tr("Give at least one callback port from 1024 to 65535, separated by commas.");
    return {};
}

QString SettingsDialog::databaseProblem() const
{
    if (m_dbHost->text().trimmed().isEmpty())
        return tr("Enter the database's host.");
    if (m_dbName->text().trimmed().isEmpty())
        return tr("Enter the database's name.");
    if (m_dbUser->text().trimmed().isEmpty())
        return tr("Enter the database user.");
    return {};
}

void SettingsDialog::validate()
{
    m_serverUrl->setEnabled(m_server->isChecked());
    for (QWidget *field :
        std::initializer_list<QWidget *> { m_dbHost, m_dbPort, m_dbName, m_dbUser, m_dbPassword })
        field->setEnabled(m_database->isChecked());
    m_filePath->setEnabled(m_file->isChecked());
    const QString text = problem();
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    m_ok->setEnabled(text.isEmpty());
}

void SettingsDialog::testConnection()
{
    m_testResult->setText(tr("Testing…"));
    if (m_server->isChecked())
        testServer();
    else
        testStore();
}

void SettingsDialog::testServer()
{
    const auto url = client::ApiConnection::checkServerUrl(m_serverUrl->text().trimmed());
    if (!url.ok()) {
        m_testResult->setText(url.error().message);
        return;
    }
    QNetworkRequest request(url.value().resolved(QUrl(QStringLiteral("/api/health"))));
    request.setTransferTimeout(HealthTimeoutMs);
    m_test->setEnabled(false);
    QNetworkReply *reply = m_network.get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_test->setEnabled(true);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        const QString health = body.value(QStringLiteral("status")).toString();
        if (reply->error() == QNetworkReply::NoError && status == 200
            && health == QLatin1String("healthy"))
            m_testResult->setText(tr("The Mikro server answers and is ready."));
        else if (reply->error() == QNetworkReply::NoError && status == 200)
            m_testResult->setText(tr("This address answers, but not as a Mikro server does."));
        else if (status > 0)
            m_testResult->setText(tr("The server answered HTTP %1: it is not ready (%2).")
                                      .arg(status)
                                      .arg(body.value(QStringLiteral("database")).toString()));
        else
            m_testResult->setText(
                tr("No answer from the server: %1. Check the address and your connection.")
                    .arg(reply->errorString()));
    });
}

void SettingsDialog::testStore()
{
    if (!problem().isEmpty()) {
        m_testResult->setText(problem());
        return;
    }
    store::DatabaseConfig config;
    if (m_file->isChecked()) {
        const QString path = m_filePath->text().trimmed();
        // Opening a file that is not there would create it: say what will happen instead.
        if (!QFileInfo::exists(path)) {
            m_testResult->setText(
                tr("The file does not exist yet; Mikro creates it when you sign in."));
            return;
        }
        config = store::DatabaseConfig::sqlite(path);
    } else {
        config.engine = store::Engine::Postgres;
        config.host = m_dbHost->text().trimmed();
        config.port = m_dbPort->value();
        config.databaseName = m_dbName->text().trimmed();
        config.user = m_dbUser->text().trimmed();
    }
    m_test->setEnabled(false);
    const auto check = [this](store::DatabaseConfig withPassword) {
        core::whenReady(client::checkStore(std::move(withPassword)), this,
            [this](const core::Result<store::SchemaState> &state) {
                m_test->setEnabled(true);
                if (!state.ok()) {
                    m_testResult->setText(
                        tr("Mikro could not open the store: %1").arg(state.error().message));
                    return;
                }
                const store::SchemaState &s = state.value();
                if (s.applied == 0)
                    m_testResult->setText(tr("Connected. The store is empty; Mikro sets it up "
                                             "when you sign in."));
                else if (s.applied == s.known)
                    m_testResult->setText(
                        tr("Connected. The store is ready (schema version %1).").arg(s.applied));
                else if (s.applied < s.known)
                    m_testResult->setText(tr("Connected. The store is at schema version %1; "
                                             "Mikro updates it to %2 when you sign in.")
                                              .arg(s.applied)
                                              .arg(s.known));
                else
                    m_testResult->setText(tr("Connected, but a newer Mikro set this store up "
                                             "(schema version %1; this one knows %2). Update "
                                             "Mikro before using it.")
                                              .arg(s.applied)
                                              .arg(s.known));
            });
    };
    if (m_file->isChecked() || !m_dbPassword->text().isEmpty()) {
        config.password = core::Secret(m_dbPassword->text().toUtf8());
        check(std::move(config));
        return;
    }
    // No password typed: the one kept in the keychain, if any.
    core::whenReady(m_passwords.read(client::storePasswordKey(config)), this,
        [config, check](const core::Result<core::Secret> &stored) mutable {
            if (stored.ok())
                config.password = stored.value();
            check(std::move(config));
        });
}

void SettingsDialog::accept()
{
    if (!problem().isEmpty())
        return;
    if (!m_database->isChecked() || m_dbPassword->text().isEmpty()) {
        save();
        return;
    }
    // The password first: if the keychain cannot keep it, nothing is saved and the dialog says
    // why (Mikro never writes a password in plain text).
    store::DatabaseConfig config;
    config.host = m_dbHost->text().trimmed();
    config.port = m_dbPort->value();
    config.databaseName = m_dbName->text().trimmed();
    config.user = m_dbUser->text().trimmed();
    m_ok->setEnabled(false);
    core::whenReady(m_passwords.write(client::storePasswordKey(config),
                        core::Secret(m_dbPassword->text().toUtf8())),
        this, [this](const core::Result<void> &written) {
            m_ok->setEnabled(true);
            if (!written.ok()) {
                m_problem->setText(tr("The system keychain could not keep the password (%1), so "
                                      "nothing was saved. Mikro never stores passwords in plain "
                                      "text: use a Mikro server instead, or unlock the keychain "
                                      "and try again.")
                                       .arg(written.error().message));
                m_problem->show();
                return;
            }
            save();
        });
}

void SettingsDialog::save()
{
    m_settings.setValue(QStringLiteral("connection/kind"),
        m_file->isChecked()           ? QStringLiteral("file")
            : m_database->isChecked() ? QStringLiteral("database")
                                      : QStringLiteral("server"));
    if (m_database->isChecked()) {
        m_settings.setValue(QStringLiteral("database/host"), m_dbHost->text().trimmed());
        m_settings.setValue(QStringLiteral("database/port"), m_dbPort->value());
        m_settings.setValue(QStringLiteral("database/name"), m_dbName->text().trimmed());
        m_settings.setValue(QStringLiteral("database/user"), m_dbUser->text().trimmed());
    }
    m_settings.setValue(QStringLiteral("connection/serverUrl"), m_serverUrl->text().trimmed());
    if (!m_filePath->text().trimmed().isEmpty())
        m_settings.setValue(QStringLiteral("store/sqlitePath"), m_filePath->text().trimmed());
    QString issuer = m_issuer->text().trimmed();
    if (!issuer.endsWith(QLatin1Char('/')))
        issuer += QLatin1Char('/');
    m_settings.setValue(QStringLiteral("auth/issuer"), issuer);
    m_settings.setValue(QStringLiteral("auth/clientId"), m_clientId->text().trimmed());
    m_settings.setValue(QStringLiteral("auth/audience"), m_audience->text().trimmed());
    QStringList ports;
    for (const int port : portsOf(m_ports->text()))
        ports << QString::number(port);
    m_settings.setValue(QStringLiteral("auth/callbackPorts"), ports.join(QLatin1Char(',')));
    m_settings.setValue(QStringLiteral("general/language"), m_language->currentData());
    m_settings.setValue(QStringLiteral("general/startPage"), m_startPage->currentData());
    m_settings.sync();
    QDialog::accept();
}

} // namespace mikro::ui
