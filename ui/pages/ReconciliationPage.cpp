#include "ui/pages/ReconciliationPage.h"

#include "models/StatusWords.h"
#include "models/payments/OrgAdjustmentsModel.h"
#include "models/payments/OrgPayoutsModel.h"
#include "models/payments/OrgRequestsModel.h"
#include "models/payments/PaidPeriod.h"
#include "services/client/Backend.h"
#include "services/client/DashboardsClient.h"
#include "services/client/PeopleClient.h"
#include "services/client/ReconciliationClient.h"
#include "services/client/Session.h"
#include "services/core/Clock.h"
#include "services/core/WhenReady.h"
#include "ui/common/Banner.h"
#include "ui/common/CsvFile.h"
#include "ui/common/FigureCard.h"
#include "ui/common/Look.h"
#include "ui/common/RecordTable.h"
#include "ui/common/Remembered.h"
#include "ui/dialogs/AdjustmentDialog.h"
#include "ui/dialogs/ManualPaymentDialog.h"
#include "ui/dialogs/PayRequestDialog.h"
#include "ui/dialogs/PayoutSettingsDialog.h"
#include "ui/dialogs/RejectRequestDialog.h"
#include "ui/dialogs/import/ImportResultsWizard.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>
#include <QTabWidget>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>
#include <iterator>
#include <utility>

namespace mikro::ui {

using Area = client::ChangeFeed::Area;

ReconciliationPage::ReconciliationPage(const PageContext &context, QWidget *parent)
    : Page(context, { Area::Reconciliation, Area::Payouts }, parent)
    , m_pendingModel(new models::OrgRequestsModel(this))
    , m_paymentsModel(new models::OrgPayoutsModel(this))
    , m_adjustmentsModel(new models::OrgAdjustmentsModel(this))
    , m_tabs(new QTabWidget)
    , m_statusFilter(new QComboBox)
    , m_pending(new RecordTable(m_pendingModel, QStringLiteral("pendingRequestsTable")))
    , m_payments(new RecordTable(m_paymentsModel, QStringLiteral("orgPaymentsTable")))
    , m_adjustments(new RecordTable(m_adjustmentsModel, QStringLiteral("orgAdjustmentsTable")))
    , m_pay(new QPushButton)
    , m_reject(new QPushButton)
    , m_manual(new QPushButton)
    , m_adjust(new QPushButton)
    , m_export(new QPushButton)
    , m_import(new QPushButton)
    , m_settings(new QPushButton)
    , m_pendingCard(new FigureCard(QStringLiteral("pendingRequestsCard")))
    , m_payableCard(new FigureCard(QStringLiteral("payableNotRequestedCard")))
    , m_paidMonthCard(new FigureCard(QStringLiteral("paidThisMonthCard")))
    , m_paidTotalCard(new FigureCard(QStringLiteral("paidTotalCard")))
{
    setObjectName(QStringLiteral("reconciliationPage"));
    m_tabs->setObjectName(QStringLiteral("reconciliationTabs"));
    m_pay->setObjectName(QStringLiteral("payRequestButton"));
    m_reject->setObjectName(QStringLiteral("rejectRequestButton"));
    m_manual->setObjectName(QStringLiteral("manualPaymentButton"));
    m_adjust->setObjectName(QStringLiteral("adjustmentButton"));
    m_export->setObjectName(QStringLiteral("exportBatchButton"));
    m_import->setObjectName(QStringLiteral("importResultsButton"));
    m_settings->setObjectName(QStringLiteral("payoutSettingsButton"));
    m_pay->setStyleSheet(look::primaryButtonStyle());
    m_pending->setSearchable(true);
    m_payments->setSearchable(true);
    m_adjustments->setSearchable(true);
    m_pending->sortBy(models::OrgRequestsModel::Requested, Qt::AscendingOrder);
    m_payments->sortBy(models::OrgPayoutsModel::PaidOn, Qt::DescendingOrder);
    m_adjustments->sortBy(models::OrgAdjustmentsModel::Date, Qt::DescendingOrder);
    m_statusFilter->setObjectName(QStringLiteral("requestStatusFilter"));
    for (const domain::PaymentStatus status :
        { domain::PaymentStatus::Pending, domain::PaymentStatus::Paid,
            domain::PaymentStatus::Rejected, domain::PaymentStatus::Cancelled })
        m_statusFilter->addItem(QString(), static_cast<int>(status));
    m_statusFilter->addItem(QString()); // All
    m_pending->setStatusColumn(models::OrgRequestsModel::Status);
    auto *requests = new QWidget;
    requests->setObjectName(QStringLiteral("requestsTab"));
    auto *requestsLayout = new QVBoxLayout(requests);
    requestsLayout->setContentsMargins(0, 0, 0, 0);
    requestsLayout->addWidget(m_statusFilter, 0, Qt::AlignLeft);
    requestsLayout->addWidget(m_pending, 1);
    m_tabs->addTab(requests, QString());
    m_paidPeriod = new QComboBox;
    m_paidPeriod->setObjectName(QStringLiteral("paidPeriodFilter"));
    for (const models::PaidPeriod period : models::AllPaidPeriods)
        m_paidPeriod->addItem(QString(), static_cast<int>(period));
    auto *payments = new QWidget;
    payments->setObjectName(QStringLiteral("paymentsTab"));
    auto *paymentsLayout = new QVBoxLayout(payments);
    paymentsLayout->setContentsMargins(0, 0, 0, 0);
    paymentsLayout->addWidget(m_paidPeriod, 0, Qt::AlignLeft);
    paymentsLayout->addWidget(m_payments, 1);
    m_tabs->addTab(payments, QString());
    m_tabs->addTab(m_adjustments, QString());
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_pay);
    actions->addWidget(m_reject);
    actions->addStretch();
    actions->addWidget(m_manual);
    actions->addWidget(m_adjust);
    actions->addWidget(m_export);
    actions->addWidget(m_import);
    actions->addWidget(m_settings);
    auto *cards = new QHBoxLayout;
    for (FigureCard *card : { m_pendingCard, m_payableCard, m_paidMonthCard, m_paidTotalCard })
        cards->addWidget(card, 1);
    m_pendingCard->setAccent(true);
    contentLayout()->addLayout(cards);
    contentLayout()->addWidget(m_tabs, 1);
    contentLayout()->addLayout(actions);

    connect(m_tabs, &QTabWidget::currentChanged, this, &ReconciliationPage::updateActions);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this,
        &ReconciliationPage::applyStatusFilter);
    connect(m_paidPeriod, &QComboBox::currentIndexChanged, this, [this] {
        applyPaidPeriod();
        retranslateUi(); // the tab's count
    });
    connect(m_pending, &RecordTable::currentRowChanged, this, &ReconciliationPage::updateActions);
    connect(m_pending, &RecordTable::activated, this, &ReconciliationPage::pay);
    connect(m_pay, &QPushButton::clicked, this, &ReconciliationPage::pay);
    connect(m_reject, &QPushButton::clicked, this, &ReconciliationPage::reject);
    connect(m_manual, &QPushButton::clicked, this,
        [this] { openPersonForm<ManualPaymentDialog>(m_manual); });
    connect(m_adjust, &QPushButton::clicked, this,
        [this] { openPersonForm<AdjustmentDialog>(m_adjust); });
    connect(m_export, &QPushButton::clicked, this, &ReconciliationPage::exportBatch);
    connect(m_import, &QPushButton::clicked, this, &ReconciliationPage::importResults);
    connect(m_settings, &QPushButton::clicked, this, &ReconciliationPage::payoutSettings);
    remembered::tabs(m_tabs, QStringLiteral("reconciliation"));
    retranslateUi();
    updateActions();
}

QString ReconciliationPage::title() const
{
    return tr("Payments");
}

void ReconciliationPage::load()
{
    core::whenAllReady(
        this,
        [this](const core::Result<domain::PaymentRecordSet> &records,
            const core::Result<domain::OrgDashboard> &figures) {
            if (!records.ok() || !figures.ok()) {
                failed(records.ok() ? figures.error() : records.error());
                return;
            }
            const domain::PayRequestRow *shown = current();
            const qint64 selected = shown ? shown->id : 0;
            m_records = records.value();
            m_figures = figures.value();
            const QString currency = session().currency();
            m_pendingModel->setRequests(m_records.pending + m_records.decided, currency);
            m_pending->selectId(selected); // else the oldest, the next to work
            applyPaidPeriod();
            m_adjustmentsModel->setAdjustments(m_records.orgAdjustments, currency);
            if (const auto wanted = std::exchange(m_wanted, std::nullopt))
                selectRecord(wanted->first, wanted->second);
            m_pending->fitColumnsOnce();
            m_payments->fitColumnsOnce();
            m_adjustments->fitColumnsOnce();
            retranslateUi();
            updateActions();
            loaded();
            emit countChanged(static_cast<int>(m_records.pending.size()));
        },
        backend().reconciliation().records(),
        backend().dashboards().org(QTimeZone::systemTimeZone(), QLocale().firstDayOfWeek()));
}

void ReconciliationPage::applyPaidPeriod()
{
    const auto period = static_cast<models::PaidPeriod>(m_paidPeriod->currentData().toInt());
    const QDateTime now = clock().nowUtc();
    QList<domain::PaymentRow> shown;
    std::ranges::copy_if(m_records.payments, std::back_inserter(shown),
        [&](const domain::PaymentRow &p) { return models::inPeriod(period, p.paidAt, now); });
    m_paymentsModel->setPayments(shown, session().currency());
}

void ReconciliationPage::showRecord(bool payment, qint64 id)
{
    // Shown at once from what was read, and again once the records are read afresh: the record
    // may be newer than them.
    m_wanted = std::pair(payment, id);
    selectRecord(payment, id);
    refresh();
}

void ReconciliationPage::selectRecord(bool payment, qint64 id)
{
    if (payment) {
        m_tabs->setCurrentIndex(1);
        m_paidPeriod->setCurrentIndex(0); // any date: it may be older than the period shown
        m_payments->selectId(id);
        return;
    }
    m_tabs->setCurrentIndex(0);
    m_statusFilter->setCurrentIndex(m_statusFilter->count() - 1); // All: it may be decided
    m_pending->selectId(id);
}

void ReconciliationPage::applyStatusFilter()
{
    const QVariant status = m_statusFilter->currentData();
    const auto only = status.isValid()
        ? std::optional(static_cast<domain::PaymentStatus>(status.toInt()))
        : std::nullopt;
    m_pendingModel->setStatusFilter(only);
    // The queue is worked oldest first; history is read newest first (UI.md §5.4).
    m_pending->sortBy(models::OrgRequestsModel::Requested,
        only == domain::PaymentStatus::Pending ? Qt::AscendingOrder : Qt::DescendingOrder);
    retranslateUi();
    updateActions();
}

void ReconciliationPage::fillCards()
{
    if (!m_figures)
        return;
    const QLocale locale;
    const QString currency = session().currency();
    const auto money
        = [&](core::Money amount) { return core::formatMoney(amount, currency, locale); };
    const domain::OrgDashboard &d = *m_figures;
    m_pendingCard->setValue(locale.toString(d.pendingRequests));
    m_pendingCard->setSubLine(tr("Total %1").arg(money(d.money.pending)));
    m_payableCard->setValue(money(d.money.payable));
    m_payableCard->setSubLine(tr("%n people above the minimum", nullptr, d.canRequest));
    m_paidMonthCard->setValue(money(d.paidThisMonth));
    m_paidMonthCard->setSubLine(tr("%n payout(s)", nullptr, d.payoutsThisMonth)
        + QStringLiteral(" · ")
        + tr("last month %1 (%n payout(s))", nullptr, d.payoutsLastMonth)
              .arg(money(d.paidLastMonth)));
    m_paidTotalCard->setValue(money(d.money.paid));
}

const domain::PayRequestRow *ReconciliationPage::current() const
{
    const int row = m_pending->currentRow();
    return row >= 0 && row < m_pendingModel->rowCount() ? &m_pendingModel->requestAt(row) : nullptr;
}

void ReconciliationPage::updateActions()
{
    const bool onPending = m_tabs->currentIndex() == 0;
    m_pay->setVisible(onPending);
    m_reject->setVisible(onPending);
    const domain::PayRequestRow *r = current();
    // Nobody pays themselves: their request waits for another admin (API.md §7).
    const bool own = r && r->userId == session().person().id;
    // Only a pending request is paid or rejected; a decided one is history.
    const bool open = r && r->status == domain::PaymentStatus::Pending;
    m_pay->setEnabled(open && !own);
    m_reject->setEnabled(open && !own);
    m_pay->setToolTip(own ? tr("Another admin decides your own request.") : QString());
}

void ReconciliationPage::pay()
{
    const domain::PayRequestRow *r = current();
    if (!r || !m_pay->isEnabled())
        return;
    auto *dialog = new PayRequestDialog(backend().reconciliation(), *r, session().currency(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        emit statusMessage(
            tr("Request paid: %1 to %2")
                .arg(core::formatMoney(dialog->made().amount, session().currency(), QLocale()),
                    dialog->person()));
    });
    dialog->open();
}

void ReconciliationPage::reject()
{
    const domain::PayRequestRow *r = current();
    if (!r || !m_reject->isEnabled())
        return;
    auto *dialog
        = new RejectRequestDialog(backend().reconciliation(), *r, session().currency(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = r->id;
    connect(dialog, &QDialog::accepted, this,
        [this, id] { emit statusMessage(tr("Request #%1 rejected").arg(id)); });
    dialog->open();
}

template <typename Dialog>
void ReconciliationPage::openPersonForm(QPushButton *button)
{
    button->setEnabled(false);
    core::whenReady(backend().people().people(false), this,
        [this, button](const core::Result<QList<domain::PersonSummary>> &people) {
            button->setEnabled(true);
            if (!people.ok()) {
                showRefusal(people.error());
                return;
            }
            // Pre-filled with the person of the selected request, if any.
            const domain::PayRequestRow *r = current();
            auto *dialog = new Dialog(
                backend().reconciliation(), people.value(), session().currency(), this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            if (r && m_tabs->currentIndex() == 0)
                dialog->choosePerson(r->userId);
            connect(dialog, &QDialog::accepted, this,
                [this, dialog] { emit statusMessage(doneText(*dialog)); });
            dialog->open();
        });
}

void ReconciliationPage::showRefusal(const core::Error &error)
{
    banner()->showMessage(Banner::Level::Error, error.message, error.diagnostic);
}

QString ReconciliationPage::doneText(const ManualPaymentDialog &dialog) const
{
    return tr("Payment recorded: %1 to %2")
        .arg(core::formatMoney(dialog.made().amount, session().currency(), QLocale()),
            dialog.personName());
}

QString ReconciliationPage::doneText(const AdjustmentDialog &dialog) const
{
    return tr("Adjustment recorded for %1: payable now %2")
        .arg(dialog.personName(),
            core::formatMoney(dialog.made().payable, session().currency(), QLocale()));
}

void ReconciliationPage::exportBatch()
{
    m_export->setEnabled(false);
    core::whenReady(backend().reconciliation().exportBatch(), this,
        [this](const core::Result<client::PayoutBatch> &batch) {
            m_export->setEnabled(true);
            if (!batch.ok()) {
                showRefusal(batch.error());
                return;
            }
            if (batch.value().rows == 0) {
                emit statusMessage(tr("No pending requests to export."));
                return;
            }
            const QString day = clock().nowUtc().toLocalTime().date().toString(Qt::ISODate);
            const client::PayoutBatch &file = batch.value();
            askForCsvPath(this, tr("Export payout batch"),
                QStringLiteral("mikro-payout-batch-%1.csv").arg(day),
                [this, file](const QString &path) {
                    const QString problem = writeCsvFile(path, file.csv);
                    if (!problem.isEmpty()) {
                        banner()->showMessage(Banner::Level::Error,
                            tr("The batch could not be saved: %1. Choose another folder.")
                                .arg(problem));
                        return;
                    }
                    emit statusMessage(
                        tr("Exported %n request(s) (%1)", nullptr, file.rows)
                            .arg(core::formatMoney(file.total, session().currency(), QLocale())));
                });
        });
}

void ReconciliationPage::importResults()
{
    auto *wizard = new ImportResultsWizard(
        backend().reconciliation(), m_records, session().currency(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->open();
}

void ReconciliationPage::payoutSettings()
{
    m_settings->setEnabled(false);
    core::whenReady(backend().reconciliation().payoutSettings(), this,
        [this](const core::Result<domain::OrgSettings> &current) {
            m_settings->setEnabled(true);
            if (!current.ok()) {
                showRefusal(current.error());
                return;
            }
            auto *dialog
                = new PayoutSettingsDialog(backend().reconciliation(), current.value(), this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &QDialog::accepted, this, [this, dialog] {
                const domain::OrgSettings &saved = dialog->saved();
                emit statusMessage(
                    tr("Payout settings saved: minimum payout %1")
                        .arg(core::formatMoney(saved.minimumPayout, saved.currency, QLocale())));
            });
            dialog->open();
        });
}

void ReconciliationPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    Page::changeEvent(event);
}

void ReconciliationPage::retranslateUi()
{
    const QLocale locale;
    m_pendingCard->setTitle(tr("Pending requests"));
    m_payableCard->setTitle(tr("Payable not requested"));
    m_paidMonthCard->setTitle(tr("Paid this month"));
    m_paidTotalCard->setTitle(tr("Paid in total"));
    fillCards();
    m_tabs->setTabText(
        0, tr("Requests (%1 pending)").arg(locale.toString(m_records.pending.size())));
    for (int i = 0; i + 1 < m_statusFilter->count(); ++i)
        m_statusFilter->setItemText(i,
            models::paymentStatusWord(
                static_cast<domain::PaymentStatus>(m_statusFilter->itemData(i).toInt())));
    m_statusFilter->setItemText(m_statusFilter->count() - 1, tr("All"));
    m_statusFilter->setAccessibleName(tr("Status"));
    const int paymentsShown = m_paymentsModel->rowCount();
    m_tabs->setTabText(1,
        paymentsShown == m_records.payments.size()
            ? tr("Payments (%1)").arg(locale.toString(paymentsShown))
            : tr("Payments (%1 of %2)")
                  .arg(locale.toString(paymentsShown), locale.toString(m_records.payments.size())));
    for (int i = 0; i < m_paidPeriod->count(); ++i)
        m_paidPeriod->setItemText(i,
            models::paidPeriodWord(
                static_cast<models::PaidPeriod>(m_paidPeriod->itemData(i).toInt())));
    m_paidPeriod->setAccessibleName(tr("Paid in"));
    m_tabs->setTabText(
        2, tr("Adjustments (%1)").arg(locale.toString(m_records.orgAdjustments.size())));
    m_pay->setText(tr("Pay…"));
    m_reject->setText(tr("Reject…"));
    m_manual->setText(tr("Manual payment…"));
    m_adjust->setText(tr("Adjustment…"));
    m_export->setText(tr("Export batch…"));
    m_import->setText(tr("Import results…"));
    m_settings->setText(tr("Payout settings…"));
    m_pending->setEmptyText(m_pendingModel->statusFilter() == domain::PaymentStatus::Pending
            ? tr("No requests are waiting. New ones appear here.")
            : tr("No requests with this status."));
    m_payments->setEmptyText(tr("No payments yet."));
    m_adjustments->setEmptyText(
        tr("No adjustments yet. Adjustment… credits or debits a person with a reason."));
}

} // namespace mikro::ui
