#include "ui/pages/AuditLogPage.h"

#include "models/CsvWriter.h"
#include "models/audit/AuditLogModel.h"
#include "services/client/AuditClient.h"
#include "services/client/Backend.h"
#include "services/client/PeopleClient.h"
#include "services/core/Clock.h"
#include "services/core/WhenReady.h"
#include "ui/common/Banner.h"
#include "ui/common/CsvFile.h"
#include "ui/common/RecordTable.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <memory>

namespace mikro::ui {

using Area = client::ChangeFeed::Area;

AuditLogPage::AuditLogPage(const PageContext &context, QWidget *parent)
    : Page(context, { Area::Audit }, parent)
    , m_model(new models::AuditLogModel(this))
    , m_table(
          new RecordTable(m_model, QStringLiteral("auditTable"), nullptr, RecordTable::Rows::Lazy))
    , m_from(new QDateEdit)
    , m_to(new QDateEdit)
    , m_actor(new QComboBox)
    , m_action(new QComboBox)
    , m_entity(new QComboBox)
    , m_search(new QLineEdit)
    , m_searchDelay(new QTimer(this))
    , m_detail(new QTreeWidget)
    , m_raw(new QPlainTextEdit)
    , m_showRaw(new QCheckBox)
    , m_export(new QPushButton)
{
    setObjectName(QStringLiteral("auditLogPage"));
    m_from->setObjectName(QStringLiteral("auditFrom"));
    m_to->setObjectName(QStringLiteral("auditTo"));
    m_actor->setObjectName(QStringLiteral("auditActor"));
    m_action->setObjectName(QStringLiteral("auditAction"));
    m_entity->setObjectName(QStringLiteral("auditEntity"));
    m_search->setObjectName(QStringLiteral("auditSearch"));
    m_detail->setObjectName(QStringLiteral("auditDetail"));
    m_raw->setObjectName(QStringLiteral("auditRaw"));
    m_showRaw->setObjectName(QStringLiteral("auditShowRaw"));
    m_export->setObjectName(QStringLiteral("auditExport"));
    // The log's order is its own, newest first: the columns do not sort.
    m_table->view()->setSortingEnabled(false);
    m_table->view()->horizontalHeader()->setSortIndicatorShown(false);
    m_table->view()->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->view()->setSelectionMode(QAbstractItemView::SingleSelection);

    const QDate today = clock().nowUtc().toLocalTime().date();
    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_from->setDate(today.addDays(-DefaultDays));
    m_to->setDate(today);
    m_action->setEditable(true);
    m_action->setInsertPolicy(QComboBox::NoInsert);
    m_action->addItem(QString());
    m_action->addItems(models::AuditLogModel::actionTypes());
    m_entity->addItem(QString());
    for (const QString &type : models::AuditLogModel::entityTypes())
        m_entity->addItem(models::AuditLogModel::entityWord(type), type);
    m_actor->addItem(QString());
    m_search->setClearButtonEnabled(true);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(RecordTable::SearchDelayMs);

    m_detail->setColumnCount(2);
    m_detail->setRootIsDecorated(false);
    m_detail->setUniformRowHeights(true);
    m_detail->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_raw->setReadOnly(true);
    m_raw->setVisible(false);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *filters = new QHBoxLayout;
    for (QWidget *w :
        std::initializer_list<QWidget *> { m_from, m_to, m_actor, m_action, m_entity, m_search })
        filters->addWidget(w, w == m_search ? 2 : 1);
    auto *detailBox = new QWidget;
    auto *detailLayout = new QVBoxLayout(detailBox);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detail, 1);
    detailLayout->addWidget(m_raw, 1);
    detailLayout->addWidget(m_showRaw);
    auto *split = new QSplitter(Qt::Horizontal);
    split->setObjectName(QStringLiteral("auditSplit"));
    split->addWidget(m_table);
    split->addWidget(detailBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *actions = new QHBoxLayout;
    actions->addStretch(1);
    actions->addWidget(m_export);
    contentLayout()->addLayout(filters);
    contentLayout()->addWidget(split, 1);
    contentLayout()->addLayout(actions);

    // A filter changed: read the first page again (Page does not double a running load).
    for (QDateEdit *edit : { m_from, m_to })
        connect(edit, &QDateEdit::dateChanged, this, &Page::refresh);
    for (QComboBox *box : { m_actor, m_entity })
        connect(box, &QComboBox::currentIndexChanged, this, &Page::refresh);
    connect(m_action, &QComboBox::currentTextChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &Page::refresh);
    connect(m_model, &models::AuditLogModel::moreWanted, this, &AuditLogPage::readMore);
    connect(m_table, &RecordTable::currentRowChanged, this, &AuditLogPage::showDetail);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditLogPage::showDetail);
    connect(m_table, &RecordTable::activated, this, [this](int row) {
        if (row < 0 || row >= m_model->rowCount())
            return;
        const domain::AuditEntry &e = m_model->entryAt(row);
        if (!e.entityId.isEmpty())
            emit entityRequested(e.entity, e.entityId);
    });
    connect(m_showRaw, &QCheckBox::toggled, this, [this](bool raw) {
        m_raw->setVisible(raw);
        m_detail->setVisible(!raw);
    });
    connect(m_export, &QPushButton::clicked, this, &AuditLogPage::exportEntries);
    retranslateUi();
}

QString AuditLogPage::title() const
{
    return tr("Audit log");
}

QTableView *AuditLogPage::view() const
{
    return m_table->view();
}

domain::AuditQuery AuditLogPage::filters() const
{
    domain::AuditQuery q;
    q.limit = PageSize;
    // Whole local days: from the start of the first to the end of the last.
    const QTimeZone zone = QTimeZone::systemTimeZone();
    q.from = QDateTime(m_from->date(), QTime(0, 0), zone).toUTC();
    q.to = QDateTime(m_to->date().addDays(1), QTime(0, 0), zone).toUTC().addMSecs(-1);
    q.actorId = m_actor->currentData().toString();
    q.entity = m_entity->currentData().toString();
    q.action = m_action->currentText().trimmed();
    q.search = m_search->text().trimmed();
    return q;
}

void AuditLogPage::load()
{
    const quint64 generation = ++m_generation;
    const domain::AuditQuery query = filters();
    const bool needPeople = m_actor->count() <= 1;
    auto people = needPeople ? backend().people().people(true)
                             : QtFuture::makeReadyFuture(core::Result<QList<domain::PersonSummary>>(
                                 QList<domain::PersonSummary> {}));
    core::whenAllReady(
        this,
        [this, generation, query, needPeople](const core::Result<client::AuditPage> &page,
            const core::Result<QList<domain::PersonSummary>> &everyone) {
            if (generation != m_generation)
                return;
            if (!models::AuditLogModel::sameFilters(query, filters())) {
                loaded(); // the filters changed while this page was read: read theirs
                refresh();
                return;
            }
            if (!page.ok()) {
                failed(page.error());
                return;
            }
            if (needPeople && everyone.ok())
                fillActors(everyone.value());
            m_model->restart(query, page.value().entries, page.value().nextBeforeId);
            loaded();
        },
        backend().audit().page(query), people);
}

void AuditLogPage::readMore(const domain::AuditQuery &query)
{
    const quint64 generation = m_generation;
    core::whenReady(backend().audit().page(query), this,
        [this, generation, query](const core::Result<client::AuditPage> &page) {
            if (generation != m_generation)
                return;
            if (!page.ok()) {
                m_model->fetchFailed();
                banner()->showMessage(Banner::Level::Error,
                    tr("Older entries could not be loaded: %1").arg(page.error().message),
                    page.error().diagnostic, tr("Try again"));
                return;
            }
            m_model->append(query, page.value().entries, page.value().nextBeforeId);
        });
}

void AuditLogPage::fillActors(const QList<domain::PersonSummary> &people)
{
    const QSignalBlocker quiet(m_actor);
    for (const domain::PersonSummary &p : people)
        m_actor->addItem(
            p.osmUsername.isEmpty() ? p.name : QStringLiteral("%1 (%2)").arg(p.name, p.osmUsername),
            p.id);
}

void AuditLogPage::showDetail()
{
    m_detail->clear();
    m_raw->clear();
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_model->rowCount())
        return;
    const domain::AuditEntry &e = m_model->entryAt(row);
    for (const auto &[key, value] : models::AuditLogModel::pairsOf(e.details))
        new QTreeWidgetItem(m_detail, { key, value });
    m_raw->setPlainText(
        QString::fromUtf8(QJsonDocument::fromJson(e.details).toJson(QJsonDocument::Indented)));
}

void AuditLogPage::exportEntries()
{
    if (m_exporting)
        return;
    askForCsvPath(this, tr("Export audit log"), tr("audit-log.csv"),
        [this](const QString &path) { writeExport(path); });
}

void AuditLogPage::writeExport(const QString &path)
{
    // Every entry of the filters, read a page at a time; the dialog counts and can cancel.
    m_exporting = true;
    m_export->setEnabled(false);
    auto *progress = new QProgressDialog(this);
    progress->setObjectName(QStringLiteral("auditExportProgress"));
    progress->setWindowTitle(tr("Export audit log"));
    progress->setLabelText(tr("Reading entries…"));
    progress->setRange(0, 0);
    progress->setMinimumDuration(0);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->show();
    auto run = std::make_shared<Export>();
    run->path = path;
    run->query = filters();
    run->query.limit = ExportPageSize;
    run->progress = progress;
    connect(progress, &QProgressDialog::canceled, this, [run] { run->cancelled = true; });
    readExportPage(run);
}

void AuditLogPage::readExportPage(const std::shared_ptr<Export> &run)
{
    core::whenReady(backend().audit().page(run->query), this,
        [this, run](const core::Result<client::AuditPage> &page) {
            if (run->cancelled) {
                endExport(*run);
                emit statusMessage(tr("Export cancelled; nothing was written"));
                return;
            }
            if (!page.ok()) {
                endExport(*run);
                banner()->showMessage(Banner::Level::Error,
                    tr("The audit log could not be read for the export: %1")
                        .arg(page.error().message),
                    page.error().diagnostic);
                return;
            }
            run->entries += page.value().entries;
            if (run->progress)
                run->progress->setLabelText(
                    tr("%n entries read…", nullptr, static_cast<int>(run->entries.size())));
            if (page.value().nextBeforeId > 0) {
                run->query.beforeId = page.value().nextBeforeId;
                readExportPage(run);
                return;
            }
            endExport(*run);
            models::AuditLogModel all;
            all.restart(run->query, run->entries, 0);
            if (const QString failure = writeCsvFile(run->path, models::modelAsCsv(all));
                !failure.isEmpty()) {
                banner()->showMessage(Banner::Level::Error,
                    tr("The audit log could not be saved to %1. Choose another folder.")
                        .arg(run->path),
                    failure);
                return;
            }
            emit statusMessage(
                tr("%n entries exported to %1", nullptr, static_cast<int>(run->entries.size()))
                    .arg(run->path));
        });
}

void AuditLogPage::endExport(const Export &run)
{
    m_exporting = false;
    m_export->setEnabled(true);
    if (run.progress)
        run.progress->close();
}

void AuditLogPage::retranslateUi()
{
    // The date fields and the typed action are read through their inner line edits too.
    for (const auto &[edit, name] : { std::pair(m_from, tr("From")), std::pair(m_to, tr("To")) }) {
        edit->setToolTip(name);
        edit->setAccessibleName(name);
        if (auto *line = edit->findChild<QLineEdit *>())
            line->setAccessibleName(name);
    }
    m_action->lineEdit()->setAccessibleName(tr("Action"));
    m_actor->setItemText(0, tr("Anyone"));
    m_actor->setAccessibleName(tr("Actor"));
    m_action->lineEdit()->setPlaceholderText(tr("Any action"));
    m_action->setAccessibleName(tr("Action"));
    m_entity->setItemText(0, tr("Any entity"));
    for (int i = 1; i < m_entity->count(); ++i)
        m_entity->setItemText(
            i, models::AuditLogModel::entityWord(m_entity->itemData(i).toString()));
    m_entity->setAccessibleName(tr("Entity type"));
    m_search->setPlaceholderText(tr("Search inside details…"));
    m_search->setAccessibleName(tr("Search inside details"));
    m_detail->setHeaderLabels({ tr("Detail"), tr("Value") });
    m_detail->setAccessibleName(tr("Details of the selected entry"));
    m_raw->setAccessibleName(tr("Details as JSON"));
    m_showRaw->setText(tr("Show raw"));
    m_export->setText(tr("Export…"));
    m_table->setEmptyText(tr("No admin changes in this period."));
}

void AuditLogPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    Page::changeEvent(event);
}

} // namespace mikro::ui
