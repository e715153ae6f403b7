#include "ui/dialogs/import/ImportPreviewPages.h"

#include "models/payments/ImportPreviewModel.h"
#include "services/core/WhenReady.h"
#include "ui/common/Banner.h"
#include "ui/common/Confirm.h"
#include "ui/common/CsvFile.h"
#include "ui/common/RecordTable.h"
#include "ui/dialogs/import/ImportJob.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizard>

namespace mikro::ui {

using domain::ImportVerdict;
using Model = models::ImportPreviewModel;

namespace {

/// The lines whose verdict differs between two judgements of one file.
QSet<int> changedLines(const client::PayoutImport &before, const client::PayoutImport &now)
{
    QHash<int, ImportVerdict> earlier;
    for (const client::ImportedRow &r : before.rows)
        earlier.insert(r.line, r.verdict);
    QSet<int> lines;
    for (const client::ImportedRow &r : now.rows)
        if (earlier.value(r.line, r.verdict) != r.verdict)
            lines.insert(r.line);
    return lines;
}

} // namespace

ImportPreviewPage::ImportPreviewPage(ImportJob &job, QWidget *parent)
    : QWizardPage(parent)
    , m_job(job)
    , m_model(new Model(this))
    , m_table(new RecordTable(m_model, QStringLiteral("importPreviewTable")))
    , m_filter(new QComboBox(this))
    , m_totals(new QLabel(this))
    , m_busy(new QLabel(this))
    , m_banner(new Banner(this))
{
    setObjectName(QStringLiteral("importPreviewPage"));
    setTitle(tr("Preview"));
    setSubTitle(tr("What Mikro would do with each row. Nothing is paid until you confirm."));
    m_filter->setObjectName(QStringLiteral("previewFilter"));
    m_filter->setAccessibleName(tr("Show"));
    m_filter->addItem(tr("All rows"), int(Model::Shown::All));
    m_filter->addItem(tr("Matches"), int(Model::Shown::Matches));
    m_filter->addItem(tr("Needs a decision"), int(Model::Shown::NeedsDecision));
    m_table->setStatusColumn(Model::Result);
    m_table->sortBy(Model::Row, Qt::AscendingOrder);
    m_totals->setObjectName(QStringLiteral("previewTotals"));
    m_busy->setObjectName(QStringLiteral("busyLine"));
    m_busy->hide();
    auto *top = new QHBoxLayout;
    top->addWidget(m_totals, 1);
    top->addWidget(m_filter);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_busy);
    connect(m_filter, &QComboBox::currentIndexChanged, this,
        [this] { m_model->setShown(Model::Shown(m_filter->currentData().toInt())); });
}

void ImportPreviewPage::initializePage()
{
    m_banner->hide();
    check(std::nullopt);
}

bool ImportPreviewPage::isComplete() const
{
    return m_checked && !m_working && !m_confirm;
}

void ImportPreviewPage::check(const std::optional<client::PayoutImport> &before)
{
    m_working = true;
    m_checked = false;
    m_busy->setText(tr("Checking the file against Mikro's requests…"));
    m_busy->show();
    emit completeChanged();
    core::whenReady(
        m_job.reconciliation.importResults(m_job.file.canonical(m_job.columns), true, std::nullopt),
        this, [this, before](const core::Result<client::PayoutImport> &judged) {
            m_working = false;
            m_busy->hide();
            if (!judged.ok()) {
                m_banner->showMessage(
                    Banner::Level::Error, judged.error().message, judged.error().diagnostic);
                emit completeChanged();
                return;
            }
            m_job.preview = judged.value();
            m_model->setPreview(
                m_job.file, m_job.columns, m_job.preview, m_job.records, m_job.currency);
            if (before)
                m_model->markChanged(changedLines(*before, m_job.preview));
            m_table->fitColumnsOnce();
            m_checked = true;
            showTotals();
            emit completeChanged();
        });
}

void ImportPreviewPage::showTotals()
{
    const client::PayoutImport &p = m_job.preview;
    const int matches = p.count(ImportVerdict::Matched);
    const int decide
        = p.count(ImportVerdict::AmountMismatch) + p.count(ImportVerdict::EmailMismatch);
    const int skipped = int(p.rows.size()) - matches - decide;
    const QLocale locale;
    m_totals->setText(tr("%n match(es), %1", nullptr, matches)
                          .arg(core::formatMoney(p.matchedTotal(), m_job.currency, locale))
        + QStringLiteral(" · ") + tr("%n need(s) a decision", nullptr, decide)
        + QStringLiteral(" · ") + tr("%n skipped", nullptr, skipped));
    setButtonText(QWizard::NextButton,
        matches > 0 ? tr("Pay %n request(s)…", nullptr, matches) : tr("Continue"));
    if (QAbstractButton *next = wizard() ? wizard()->button(QWizard::NextButton) : nullptr) {
        next->setText(buttonText(QWizard::NextButton));
        next->setMinimumWidth(next->sizeHint().width()); // the count and the ellipsis both show
    }
}

bool ImportPreviewPage::validatePage()
{
    if (m_job.paid)
        return true;
    const int matches = m_job.preview.count(ImportVerdict::Matched);
    if (matches == 0) {
        m_job.result = m_job.preview;
        return true;
    }
    if (!m_working && !m_confirm)
        pay();
    return false;
}

void ImportPreviewPage::pay()
{
    const int matches = m_job.preview.count(ImportVerdict::Matched);
    const QString total
        = core::formatMoney(m_job.preview.matchedTotal(), m_job.currency, QLocale());
    m_confirm = askToConfirm(this, QStringLiteral("importConfirmation"), tr("Pay requests"),
        tr("Pay %n request(s), total %1?", nullptr, matches).arg(total),
        tr("Pay %n request(s)", nullptr, matches), [this, matches](bool yes) {
            m_confirm = nullptr;
            if (yes)
                apply(matches);
            else
                emit completeChanged();
        });
    emit completeChanged();
}

void ImportPreviewPage::apply(int matches)
{
    m_working = true;
    m_busy->setText(tr("Paying…"));
    m_busy->show();
    m_banner->hide();
    emit completeChanged();
    core::whenReady(
        m_job.reconciliation.importResults(m_job.file.canonical(m_job.columns), false, matches),
        this, [this](const core::Result<client::PayoutImport> &applied) {
            m_working = false;
            m_busy->hide();
            emit completeChanged();
            if (applied.ok()) {
                m_job.result = applied.value();
                m_job.paid = true;
                wizard()->next();
                return;
            }
            const bool changed = applied.error().code == "preview_changed";
            m_banner->showMessage(changed ? Banner::Level::Warning : Banner::Level::Error,
                applied.error().message, applied.error().diagnostic);
            if (changed) // nothing was paid: look again, and mark what changed
                check(m_job.preview);
        });
}

ImportResultPage::ImportResultPage(ImportJob &job, QWidget *parent)
    : QWizardPage(parent)
    , m_job(job)
    , m_summary(new QLabel(this))
    , m_saveSkipped(new QPushButton(tr("&Save skipped rows…"), this))
{
    setObjectName(QStringLiteral("importResultPage"));
    setTitle(tr("Done"));
    setFinalPage(true);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_saveSkipped->setObjectName(QStringLiteral("saveSkippedButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_saveSkipped, 0, Qt::AlignLeft);
    layout->addStretch();
    connect(m_saveSkipped, &QPushButton::clicked, this, &ImportResultPage::saveSkipped);
}

void ImportResultPage::initializePage()
{
    const client::PayoutImport &r = m_job.result;
    const int skipped = int(Model::skippedLines(r).size());
    const int alreadyPaid = r.count(ImportVerdict::AlreadyPaid);
    const QLocale locale;
    QString text = m_job.paid ? tr("%n paid (%1)", nullptr, r.paidCount)
                                    .arg(core::formatMoney(r.paidTotal, m_job.currency, locale))
                              : tr("Nothing was paid.");
    text += QStringLiteral(" · ") + tr("%n skipped", nullptr, skipped);
    if (alreadyPaid > 0)
        text += QStringLiteral(" · ") + tr("%n already paid before", nullptr, alreadyPaid);
    if (!m_job.paid && alreadyPaid == int(r.rows.size()) && alreadyPaid > 0)
        text += u'\n' + tr("This file was imported before: every row of it is already paid.");
    m_summary->setText(text);
    m_saveSkipped->setVisible(skipped > 0);
}

void ImportResultPage::saveSkipped()
{
    const QByteArray rows = m_job.file.rowsOn(Model::skippedLines(m_job.result));
    askForCsvPath(this, tr("Save skipped rows"), QStringLiteral("mikro-import-skipped.csv"),
        [this, rows](const QString &path) {
            const QString problem = writeCsvFile(path, rows);
            m_summary->setText(problem.isEmpty()
                    ? m_summary->text() + u'\n' + tr("Skipped rows saved to %1.").arg(path)
                    : tr("The skipped rows could not be saved: %1").arg(problem));
        });
}

} // namespace mikro::ui
