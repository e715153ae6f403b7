#include "ui/pages/LedgerPanel.h"

#include "models/CsvWriter.h"
#include "models/StatusWords.h"
#include "models/payments/LedgerModel.h"
#include "services/client/Session.h"
#include "services/core/WhenReady.h"
#include "ui/common/Banner.h"
#include "ui/common/CsvFile.h"
#include "ui/common/RecordTable.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace mikro::ui {

namespace {

const QList<domain::LedgerKind> Kinds { domain::LedgerKind::Mapping, domain::LedgerKind::Validation,
    domain::LedgerKind::Checklist, domain::LedgerKind::ChecklistValidation,
    domain::LedgerKind::Adjustment, domain::LedgerKind::Reversal, domain::LedgerKind::Payout };

} // namespace

LedgerPanel::LedgerPanel(Reader reader, client::Session &session, QWidget *parent)
    : QWidget(parent)
    , m_read(std::move(reader))
    , m_session(session)
    , m_model(new models::LedgerModel(this))
    , m_table(
          new RecordTable(m_model, QStringLiteral("ledgerTable"), nullptr, RecordTable::Rows::Lazy))
    , m_kind(new QComboBox)
    , m_footer(new QLabel)
    , m_banner(new Banner)
{
    setObjectName(QStringLiteral("ledgerPanel"));
    m_kind->setObjectName(QStringLiteral("ledgerKind"));
    m_footer->setObjectName(QStringLiteral("ledgerFooter"));
    m_footer->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *top = new QHBoxLayout;
    top->addWidget(m_kind);
    top->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_footer);

    // The header shows the store's order (newest first); "For" takes the spare width.
    QHeaderView *header = m_table->view()->horizontalHeader();
    header->setSortIndicator(models::LedgerModel::Date, Qt::DescendingOrder);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(models::LedgerModel::For, QHeaderView::Stretch);
    connect(m_model, &models::LedgerModel::moreWanted, this,
        [this](const domain::LedgerQuery &query) { read(query, false); });
    connect(m_model, &models::LedgerModel::queryChanged, this,
        [this](const domain::LedgerQuery &query) { read(query, true); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &LedgerPanel::updateFooter);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LedgerPanel::updateFooter);
    connect(m_kind, &QComboBox::activated, this, [this](int index) {
        m_model->setKind(index <= 0 ? std::nullopt : std::optional(Kinds.value(index - 1)));
    });
    connect(m_banner, &Banner::actionTriggered, this, &LedgerPanel::reload);
    retranslateUi();
}

void LedgerPanel::reload()
{
    read(m_model->query(), true);
}

void LedgerPanel::read(const domain::LedgerQuery &query, bool first)
{
    domain::LedgerQuery asked = query;
    if (first)
        asked.offset = 0;
    ++m_running;
    core::whenReady(
        m_read(asked), this, [this, asked, first](const core::Result<domain::LedgerPage> &page) {
            --m_running;
            if (!page.ok()) {
                m_model->fetchFailed();
                m_banner->showMessage(Banner::Level::Error, page.error().message,
                    page.error().diagnostic, tr("Try again"));
                return;
            }
            m_banner->hide();
            domain::LedgerQuery current = m_model->query();
            current.offset = asked.offset;
            current.limit = asked.limit;
            if (!(current == asked))
                return; // the sort or filter changed meanwhile: a newer read is on its way
            if (first)
                m_model->restart(page.value(), m_session.currency());
            else
                m_model->append(page.value(), asked);
        });
}

void LedgerPanel::exportAll()
{
    askForCsvPath(this, tr("Export ledger"), tr("ledger.csv"),
        [this](const QString &path) { exportTo(path); });
}

void LedgerPanel::exportTo(const QString &path)
{
    if (m_exporting)
        return;
    m_exporting = true;
    auto lines = std::make_shared<models::LedgerModel>();
    domain::LedgerQuery query = m_model->query();
    query.offset = 0;
    exportPage(lines, query, path);
}

void LedgerPanel::exportPage(const std::shared_ptr<models::LedgerModel> &lines,
    domain::LedgerQuery query, const QString &path)
{
    core::whenReady(m_read(query), this,
        [this, lines, query, path](const core::Result<domain::LedgerPage> &page) {
            if (!page.ok()) {
                exportFailed(page.error());
                return;
            }
            if (query.offset == 0)
                lines->restart(page.value(), m_session.currency());
            else
                lines->append(page.value(), query);
            const QLocale locale;
            if (lines->rowCount() < lines->total() && !page.value().rows.isEmpty()) {
                m_footer->setText(
                    tr("Exporting… %1 of %2")
                        .arg(locale.toString(lines->rowCount()), locale.toString(lines->total())));
                domain::LedgerQuery next = query;
                next.offset = lines->rowCount();
                exportPage(lines, next, path);
                return;
            }
            m_exporting = false;
            updateFooter();
            if (const QString failure = writeCsvFile(path, models::modelAsCsv(*lines));
                !failure.isEmpty()) {
                m_banner->showMessage(Banner::Level::Error,
                    tr("The ledger could not be saved to %1. Choose another folder.").arg(path),
                    failure);
                return;
            }
            emit statusMessage(
                tr("%1 ledger lines exported to %2").arg(locale.toString(lines->rowCount()), path));
        });
}

void LedgerPanel::exportFailed(const core::Error &error)
{
    m_exporting = false;
    updateFooter();
    m_banner->showMessage(Banner::Level::Error,
        tr("The ledger could not be exported: %1").arg(error.message), error.diagnostic);
}

QString LedgerPanel::footerText() const
{
    return m_footer->text();
}

void LedgerPanel::updateFooter()
{
    const QLocale locale;
    m_footer->setText(
        tr("Showing %1 of %2")
            .arg(locale.toString(m_model->rowCount()), locale.toString(m_model->total())));
}

void LedgerPanel::retranslateUi()
{
    const int chosen = qMax(0, m_kind->currentIndex());
    m_kind->clear();
    m_kind->addItem(tr("All kinds"));
    for (const domain::LedgerKind kind : Kinds)
        m_kind->addItem(models::ledgerKindWord(kind));
    m_kind->setCurrentIndex(chosen);
    m_kind->setAccessibleName(tr("Kind"));
    m_table->setEmptyText(
        tr("No earnings yet. Validated tasks and confirmed checklists appear here."));
    updateFooter();
}

void LedgerPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace mikro::ui
