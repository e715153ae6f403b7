#include "ui/pages/PaymentsPage.h"

#include "models/payments/LedgerModel.h"
#include "models/payments/PayoutRequestsModel.h"
#include "models/payments/PayoutsModel.h"
#include "services/client/Backend.h"
#include "services/client/PayoutsClient.h"
#include "services/client/Session.h"
#include "services/client/offline/OfflineReads.h"
#include "services/core/WhenReady.h"
#include "ui/common/Banner.h"
#include "ui/common/CsvFile.h"
#include "ui/common/FigureCard.h"
#include "ui/common/RecordTable.h"
#include "ui/common/Remembered.h"
#include "ui/pages/LedgerPanel.h"
#include "ui/pages/PayoutRequestButton.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>

namespace mikro::ui {

using Area = client::ChangeFeed::Area;

PaymentsPage::PaymentsPage(const PageContext &context, QWidget *parent)
    : Page(context, { Area::Payouts, Area::Account }, parent)
    , m_payable(new FigureCard(QStringLiteral("payableCard")))
    , m_pending(new FigureCard(QStringLiteral("pendingCard")))
    , m_paid(new FigureCard(QStringLiteral("paidCard")))
    , m_earned(new FigureCard(QStringLiteral("earnedCard")))
    , m_mapping(new FigureCard(QStringLiteral("mappingTile")))
    , m_validation(new FigureCard(QStringLiteral("validationTile")))
    , m_checklist(new FigureCard(QStringLiteral("checklistTile")))
    , m_adjustments(new FigureCard(QStringLiteral("adjustmentsTile")))
    , m_request(new PayoutRequestButton(context.backend.payouts()))
    , m_requestsModel(new models::PayoutRequestsModel(this))
    , m_payoutsModel(new models::PayoutsModel(this))
    , m_requests(new RecordTable(m_requestsModel, QStringLiteral("requestsTable")))
    , m_payouts(new RecordTable(m_payoutsModel, QStringLiteral("payoutsTable")))
    , m_ledger(
          new LedgerPanel([&payouts = context.backend.payouts()](
                              const domain::LedgerQuery &query) { return payouts.ledger(query); },
              context.session))
    , m_tabs(new QTabWidget)
    , m_cancel(new QPushButton)
    , m_export(new QPushButton)
{
    setObjectName(QStringLiteral("paymentsPage"));
    m_tabs->setObjectName(QStringLiteral("paymentTabs"));
    m_cancel->setObjectName(QStringLiteral("cancelRequestButton"));
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_payable->setAccent(true);
    m_payable->addWidget(m_request);
    connect(m_request, &PayoutRequestButton::requested, this, &Page::statusMessage);
    connect(m_request, &PayoutRequestButton::accountPageRequested, this,
        &PaymentsPage::accountPageRequested);

    auto *cards = new QGridLayout;
    const QList<FigureCard *> big { m_payable, m_pending, m_paid, m_earned };
    const QList<FigureCard *> tiles { m_mapping, m_validation, m_checklist, m_adjustments };
    for (int i = 0; i < 4; ++i) {
        cards->addWidget(big[i], 0, i);
        cards->addWidget(tiles[i], 1, i);
    }
    m_requests->setSearchable(true);
    m_payouts->setSearchable(true);
    m_requests->sortBy(models::PayoutRequestsModel::Requested, Qt::DescendingOrder);
    m_requests->setStatusColumn(models::PayoutRequestsModel::Status);
    m_payouts->sortBy(models::PayoutsModel::PaidOn, Qt::DescendingOrder);
    m_tabs->addTab(m_requests, QString());
    m_tabs->addTab(m_payouts, QString());
    m_tabs->addTab(m_ledger, QString());
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_cancel);
    actions->addStretch();
    actions->addWidget(m_export);
    contentLayout()->addLayout(cards);
    contentLayout()->addWidget(m_tabs, 1);
    contentLayout()->addLayout(actions);

    connect(m_requests, &RecordTable::currentRowChanged, this, &PaymentsPage::updateActions);
    connect(m_tabs, &QTabWidget::currentChanged, this, &PaymentsPage::updateActions);
    remembered::tabs(m_tabs, QStringLiteral("payments"));
    connect(m_cancel, &QPushButton::clicked, this, &PaymentsPage::confirmCancel);
    connect(m_export, &QPushButton::clicked, this, [this] {
        if (m_tabs->currentWidget() == m_ledger)
            m_ledger->exportAll();
        else
            exportPayouts();
    });
    connect(m_ledger, &LedgerPanel::statusMessage, this, &Page::statusMessage);
    connect(m_ledger->model(), &QAbstractItemModel::modelReset, this, &PaymentsPage::updateActions);
    retranslateUi();
    updateActions();
}

QString PaymentsPage::title() const
{
    return tr("Payments");
}

void PaymentsPage::load()
{
    client::PayoutsClient &payouts = backend().payouts();
    core::whenAllReady(
        this,
        [this](const core::Result<domain::Balance> &balance,
            const core::Result<domain::PaymentRecordSet> &records) {
            if (!balance.ok() || !records.ok()) {
                failed(balance.ok() ? records.error() : balance.error());
                return;
            }
            const QString currency = session().currency();
            showBalance(balance.value());
            m_requestsModel->setRequests(records.value(), currency);
            m_payoutsModel->setPayments(records.value().payments, currency);
            updateActions();
            loaded(offlineCopyAt(client::keptkeys::PaymentRecords));
        },
        payouts.balance(), payouts.records());
    m_ledger->reload();
}

void PaymentsPage::showBalance(const domain::Balance &b)
{
    const QLocale locale;
    const QString currency = session().currency();
    const auto money
        = [&](core::Money amount) { return core::formatMoney(amount, currency, locale); };
    m_payable->setValue(money(b.payable));
    m_pending->setValue(money(b.pending));
    m_paid->setValue(money(b.paid));
    m_earned->setValue(money(b.earned));
    m_mapping->setValue(money(b.mappingEarnings));
    m_validation->setValue(money(b.validationEarnings));
    m_checklist->setValue(money(b.checklistEarnings));
    m_adjustments->setValue(money(b.adjustments));
    m_request->setBalance(b, currency, session().person().paymentEmail);
}

void PaymentsPage::updateActions()
{
    const bool onRequests = m_tabs->currentWidget() == m_requests;
    const bool onPayouts = m_tabs->currentWidget() == m_payouts;
    const int row = m_requests->currentRow();
    const bool pending = onRequests && row >= 0
        && m_requestsModel->requestAt(row).status == domain::PaymentStatus::Pending;
    m_cancel->setVisible(onRequests);
    m_cancel->setEnabled(pending && !m_cancelling);
    const bool onLedger = m_tabs->currentWidget() == m_ledger;
    m_export->setVisible(onPayouts || onLedger);
    m_export->setEnabled(onLedger ? m_ledger->model()->total() > 0 && !m_ledger->isExporting()
                                  : m_payoutsModel->rowCount() > 0);
}

void PaymentsPage::confirmCancel()
{
    const int row = m_requests->currentRow();
    if (row < 0)
        return;
    const domain::PayRequestRow request = m_requestsModel->requestAt(row);
    const QString amount = core::formatMoney(request.amount, session().currency(), QLocale());
    auto *box = new QMessageBox(QMessageBox::Question, tr("Cancel this payout request?"),
        tr("Cancel your request for %1? It returns to your payable balance.").arg(amount),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmCancel"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    QPushButton *yes = box->addButton(tr("Cancel request"), QMessageBox::DestructiveRole);
    QPushButton *keep = box->addButton(tr("Keep request"), QMessageBox::RejectRole);
    box->setDefaultButton(keep); // UI.md §2.4: Cancel is the default of destructive confirmations
    connect(box, &QMessageBox::finished, this, [this, box, yes, request, amount] {
        if (box->clickedButton() != yes)
            return;
        m_cancelling = true;
        updateActions();
        emit statusMessage(tr("Cancelling…"));
        core::whenReady(backend().payouts().cancelRequest(request.id), this,
            [this, amount](const core::Result<void> &done) {
                m_cancelling = false;
                updateActions();
                if (!done.ok()) {
                    banner()->showMessage(
                        Banner::Level::Error, done.error().message, done.error().diagnostic);
                    return;
                }
                emit statusMessage(tr("Request for %1 cancelled").arg(amount));
            });
    });
    box->open();
}

void PaymentsPage::exportPayouts()
{
    askForCsvPath(this, tr("Export payouts"), tr("payouts.csv"), [this](const QString &path) {
        if (const QString failure = writeCsvFile(path, m_payouts->csv()); !failure.isEmpty()) {
            banner()->showMessage(Banner::Level::Error,
                tr("The payouts could not be saved to %1. Choose another folder.").arg(path),
                failure);
            return;
        }
        emit statusMessage(tr("Payouts exported to %1").arg(path));
    });
}

void PaymentsPage::retranslateUi()
{
    m_payable->setTitle(tr("Payable"));
    m_pending->setTitle(tr("Pending"));
    m_paid->setTitle(tr("Paid"));
    m_earned->setTitle(tr("Earned"));
    m_mapping->setTitle(tr("Mapping"));
    m_validation->setTitle(tr("Validation"));
    m_checklist->setTitle(tr("Checklist"));
    m_adjustments->setTitle(tr("Adjustments"));
    m_tabs->setTabText(0, tr("Requests"));
    m_tabs->setTabText(1, tr("Payouts"));
    m_tabs->setTabText(2, tr("Ledger"));
    m_requests->setEmptyText(tr("No payout requests yet"));
    m_payouts->setEmptyText(tr("No payouts yet"));
    m_cancel->setText(tr("Cancel request…"));
    m_export->setText(tr("Export…"));
}

void PaymentsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    Page::changeEvent(event);
}

} // namespace mikro::ui
