#include "ui/dialogs/import/ImportFilePages.h"

#include "services/core/WhenReady.h"
#include "ui/common/FieldMessage.h"
#include "ui/dialogs/import/ImportJob.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace mikro::ui {

using models::ProviderField;

namespace {

/// The file's bytes, or why they cannot be read.
core::Result<models::ProviderFile> readProviderFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return core::Error::make(core::ErrorKind::InvalidInput, "unreadable_file",
            QCoreApplication::translate("mikro::ui::ImportFilePage", "Cannot open the file: %1")
                .arg(file.errorString()));
    if (file.size() > ImportFilePage::MaxFileBytes)
        return core::Error::make(core::ErrorKind::InvalidInput, "file_too_large",
            QCoreApplication::translate("mikro::ui::ImportFilePage",
                "The file is larger than 900 KB. Split it into smaller files and import each."));
    return models::ProviderFile::read(file.readAll());
}

} // namespace

ImportFilePage::ImportFilePage(ImportJob &job, QWidget *parent)
    : QWizardPage(parent)
    , m_job(job)
    , m_path(new QLineEdit(this))
    , m_busy(new QLabel(this))
    , m_problem(new FieldMessage(this))
{
    setObjectName(QStringLiteral("importFilePage"));
    setTitle(tr("The payment provider's file"));
    setSubTitle(tr("Choose the result file your payment provider made from the payout batch."));
    m_path->setObjectName(QStringLiteral("importFilePath"));
    m_path->setAccessibleName(tr("File"));
    m_path->setPlaceholderText(tr("Path of a CSV file"));
    m_busy->setObjectName(QStringLiteral("busyLine"));
    m_busy->hide();
    m_problem->setObjectName(QStringLiteral("fileProblem"));
    auto *choose = new QPushButton(tr("C&hoose…"), this);
    choose->setObjectName(QStringLiteral("chooseFileButton"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(choose);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_problem);
    layout->addWidget(m_busy);
    layout->addStretch();
    connect(choose, &QPushButton::clicked, this, &ImportFilePage::choose);
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        m_problem->showProblem({});
        emit completeChanged();
    });
}

void ImportFilePage::choose()
{
    auto *dialog = new QFileDialog(
        this, tr("Payment provider's file"), QString(), tr("CSV files (*.csv);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, m_path, &QLineEdit::setText);
    dialog->open();
}

bool ImportFilePage::isComplete() const
{
    return !m_reading && !m_path->text().trimmed().isEmpty();
}

bool ImportFilePage::validatePage()
{
    const QString path = m_path->text().trimmed();
    if (!m_reading && path == m_job.path && m_job.file.rowCount() >= 0 && !m_job.path.isEmpty())
        return true;
    read();
    return false;
}

void ImportFilePage::read()
{
    const QString path = m_path->text().trimmed();
    m_reading = true;
    m_problem->showProblem({});
    m_busy->setText(tr("Reading…"));
    m_busy->show();
    emit completeChanged();
    core::whenReady(QtConcurrent::run([path] { return readProviderFile(path); }), this,
        [this, path](const core::Result<models::ProviderFile> &file) {
            m_reading = false;
            m_busy->hide();
            emit completeChanged();
            if (!file.ok()) {
                m_problem->showProblem(file.error().message);
                return;
            }
            m_job.file = file.value();
            m_job.path = path;
            wizard()->next();
        });
}

ImportColumnsPage::ImportColumnsPage(ImportJob &job, QWidget *parent)
    : QWizardPage(parent)
    , m_job(job)
    , m_problem(new FieldMessage(this))
{
    setObjectName(QStringLiteral("importColumnsPage"));
    setTitle(tr("Columns"));
    setSubTitle(tr("Which column of the file holds what. Mikro remembers this for the next file "
                   "of the same provider."));
    const std::array<const char *, models::ProviderFieldCount> labels {
        QT_TR_NOOP("&Request ID"),
        QT_TR_NOOP("&Email"),
        QT_TR_NOOP("&Amount"),
        QT_TR_NOOP("&Transfer reference"),
        QT_TR_NOOP("&Currency (optional)"),
        QT_TR_NOOP("&Status (optional; rows the provider marks failed are never paid)"),
    };
    auto *form = new QFormLayout;
    for (std::size_t i = 0; i < m_boxes.size(); ++i) {
        m_boxes.at(i) = new QComboBox(this);
        m_boxes.at(i)->setObjectName(
            QStringLiteral("column_") + models::importName(ProviderField(int(i))));
        m_boxes.at(i)->setAccessibleName(tr(labels.at(i)).remove(u'&'));
        form->addRow(tr(labels.at(i)), m_boxes.at(i));
        connect(m_boxes.at(i), &QComboBox::currentIndexChanged, this,
            &ImportColumnsPage::completeChanged);
    }
    m_problem->setObjectName(QStringLiteral("columnsProblem"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch();
    connect(this, &ImportColumnsPage::completeChanged, this, [this] {
        m_problem->showProblem(chosen().complete()
                ? QString()
                : tr("Request ID, Email, Amount and Transfer reference each need a column, and a "
                     "column serves one field only."));
    });
}

QString ImportColumnsPage::settingsKey() const
{
    const QByteArray layout
        = QCryptographicHash::hash(m_job.file.layout().toUtf8(), QCryptographicHash::Sha1);
    return QStringLiteral("import/v1/columns/") + QString::fromLatin1(layout.toHex());
}

void ImportColumnsPage::initializePage()
{
    models::ProviderColumns columns = m_job.file.guess();
    const QList<QVariant> remembered = QSettings().value(settingsKey()).toList();
    if (remembered.size() == models::ProviderFieldCount) {
        for (int i = 0; i < models::ProviderFieldCount; ++i) {
            const int c = remembered.at(i).toInt();
            columns[ProviderField(i)] = c < m_job.file.header().size() ? c : -1;
        }
    }
    for (std::size_t i = 0; i < m_boxes.size(); ++i) {
        QComboBox *box = m_boxes.at(i);
        const QSignalBlocker quiet(box);
        box->clear();
        box->addItem(tr("(none)"), -1);
        for (int c = 0; c < m_job.file.header().size(); ++c)
            box->addItem(m_job.file.header().at(c), c);
        box->setCurrentIndex(box->findData(columns[ProviderField(int(i))]));
    }
    emit completeChanged();
}

models::ProviderColumns ImportColumnsPage::chosen() const
{
    models::ProviderColumns columns;
    for (std::size_t i = 0; i < m_boxes.size(); ++i)
        columns[ProviderField(int(i))]
            = m_boxes.at(i)->currentData().isValid() ? m_boxes.at(i)->currentData().toInt() : -1;
    return columns;
}

bool ImportColumnsPage::isComplete() const
{
    return chosen().complete();
}

bool ImportColumnsPage::validatePage()
{
    m_job.columns = chosen();
    QList<QVariant> remembered;
    for (const int c : m_job.columns.column)
        remembered << c;
    QSettings().setValue(settingsKey(), remembered);
    return true;
}

} // namespace mikro::ui
