#include "ui/dialogs/ChecklistTemplateDialog.h"

#include "services/client/ChecklistAdminClient.h"
#include "services/core/WhenReady.h"
#include "ui/common/Banner.h"
#include "ui/common/FieldMessage.h"
#include "ui/common/MoneyEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTextDocument>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace mikro::ui {

namespace {

const models::AmountRules rateRules { core::SignPolicy::NonNegative, true, core::Money(100000) };
constexpr int OriginalRole = Qt::UserRole; ///< on an item's No. cell: its number when opened, 0 new

enum ItemColumn { NumberColumn, ActionColumn, LinkColumn };

struct ItemRow
{
    int original = 0;
    QString action;
    QString link;
};

bool isWebLink(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https")
        && !url.host().isEmpty();
}

/// The change from `was` to `now` as `update_list_items` takes it. Kept items that stay in
/// their order with new ones after them are written by their own numbers, so people's
/// checklists keep what they did on them; any other order is written position by position.
domain::ChecklistItemsEdit itemsEditBetween(
    const QList<domain::TemplateView::Item> &was, const QList<ItemRow> &now)
{
    domain::ChecklistItemsEdit edit;
    bool inOrder = true;
    bool newSeen = false;
    int lastKept = 0;
    for (const ItemRow &row : now) {
        if (row.original == 0) {
            newSeen = true;
            continue;
        }
        inOrder = inOrder && !newSeen && row.original > lastKept;
        lastKept = row.original;
    }
    if (!inOrder) {
        for (int i = 0; i < now.size(); ++i)
            edit.written << domain::ChecklistItemsEdit::Item { i + 1, now[i].action, now[i].link };
        for (int n = static_cast<int>(now.size()) + 1; n <= was.size(); ++n)
            edit.removed << n;
        return edit;
    }
    int next = 0;
    for (const domain::TemplateView::Item &item : was) {
        next = std::max(next, item.number);
        if (std::ranges::none_of(now, [&](const ItemRow &r) { return r.original == item.number; }))
            edit.removed << item.number;
    }
    for (const ItemRow &row : now) {
        if (row.original == 0) {
            edit.written << domain::ChecklistItemsEdit::Item { ++next, row.action, row.link };
            continue;
        }
        const auto old = std::ranges::find(was, row.original, &domain::TemplateView::Item::number);
        if (old == was.end() || old->action != row.action || old->link != row.link)
            edit.written << domain::ChecklistItemsEdit::Item { row.original, row.action, row.link };
    }
    return edit;
}

} // namespace

ChecklistTemplateDialog::ChecklistTemplateDialog(
    client::ChecklistAdminClient &admin, const QString &currency, QDate today, QWidget *parent)
    : QDialog(parent)
    , m_admin(admin)
    , m_today(today)
    , m_banner(new Banner(this))
    , m_name(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_completionRate(new MoneyEdit(currency, rateRules, this))
    , m_validationRate(new MoneyEdit(currency, rateRules, this))
    , m_difficulty(new QComboBox(this))
    , m_hasDue(new QCheckBox(tr("D&ue date"), this))
    , m_due(new QDateEdit(this))
    , m_visible(new QCheckBox(tr("&Visible — people may start it themselves"), this))
    , m_active(new QCheckBox(tr("Ac&tive"), this))
    , m_items(new QTableWidget(0, 3, this))
    , m_addItem(new QPushButton(tr("&Add item"), this))
    , m_removeItem(new QPushButton(tr("&Remove"), this))
    , m_up(new QPushButton(tr("Move &up"), this))
    , m_down(new QPushButton(tr("Move do&wn"), this))
    , m_problems(new FieldMessage(this))
    , m_busy(new QLabel(this))
{
}

ChecklistTemplateDialog::ChecklistTemplateDialog(client::ChecklistAdminClient &admin,
    const QString &currency, QDate today, const std::optional<domain::TemplateView> &copyOf,
    QWidget *parent)
    : ChecklistTemplateDialog(admin, currency, today, parent)
{
    setObjectName(QStringLiteral("newChecklistDialog"));
    setWindowTitle(tr("New checklist template"));
    buildForm();
    m_primary->setText(tr("Create"));
    m_completionRate->setValue(core::Money(0));
    m_validationRate->setValue(core::Money(0));
    m_visible->setChecked(true);
    m_active->setChecked(false); // off for new templates (UI.md §5.7)
    if (copyOf) {
        domain::TemplateView copy = *copyOf;
        copy.name = tr("%1 (copy)").arg(copyOf->name).left(MaxName);
        copy.active = false;
        // A copy is a new template: its items are new too.
        for (domain::TemplateView::Item &item : copy.items)
            item.number = 0;
        fill(copy);
    } else {
        addItem();
    }
    m_name->setFocus();
    check();
}

ChecklistTemplateDialog::ChecklistTemplateDialog(client::ChecklistAdminClient &admin,
    const QString &currency, QDate today, const domain::TemplateView &checklist, QWidget *parent)
    : ChecklistTemplateDialog(admin, currency, today, parent)
{
    m_editing = checklist;
    setObjectName(QStringLiteral("editChecklistDialog"));
    setWindowTitle(tr("Edit checklist template"));
    buildForm();
    m_primary->setText(tr("Save"));
    fill(checklist);
    m_name->setFocus();
    check();
}

void ChecklistTemplateDialog::buildForm()
{
    m_name->setObjectName(QStringLiteral("checklistName"));
    m_name->setAccessibleName(tr("Name"));
    m_name->setMaxLength(MaxName);
    m_name->setMinimumWidth(420);
    m_description->setObjectName(QStringLiteral("checklistDescription"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setTabChangesFocus(true);
    m_description->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 3
        + 2 * (m_description->frameWidth() + int(m_description->document()->documentMargin())));
    m_completionRate->setObjectName(QStringLiteral("completionRate"));
    m_completionRate->lineEdit()->setAccessibleName(tr("Completion rate"));
    m_validationRate->setObjectName(QStringLiteral("validationRate"));
    m_validationRate->lineEdit()->setAccessibleName(tr("Validation rate"));
    m_difficulty->setObjectName(QStringLiteral("checklistDifficulty"));
    m_difficulty->setAccessibleName(tr("Difficulty"));
    // Stored as written: the words the web front end uses.
    m_difficulty->addItem(tr("Easy"), QStringLiteral("Easy"));
    m_difficulty->addItem(tr("Medium"), QStringLiteral("Medium"));
    m_difficulty->addItem(tr("Hard"), QStringLiteral("Hard"));
    m_difficulty->setCurrentIndex(1);
    m_hasDue->setObjectName(QStringLiteral("hasDueDate"));
    m_due->setObjectName(QStringLiteral("dueDate"));
    m_due->setAccessibleName(tr("Due date"));
    m_due->setCalendarPopup(true);
    m_due->setDate(m_today.addMonths(1));
    m_due->setEnabled(false);
    if (auto *line = m_due->findChild<QLineEdit *>())
        line->setAccessibleName(m_due->accessibleName());
    m_visible->setObjectName(QStringLiteral("checklistVisible"));
    m_active->setObjectName(QStringLiteral("checklistActive"));
    m_active->setToolTip(tr("Only active templates can be started or assigned."));

    m_items->setObjectName(QStringLiteral("checklistItems"));
    m_items->setAccessibleName(tr("Items"));
    m_items->setHorizontalHeaderLabels({ tr("No."), tr("Action"), tr("Link") });
    m_items->verticalHeader()->hide();
    m_items->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_items->setSelectionMode(QAbstractItemView::SingleSelection);
    m_items->horizontalHeader()->setSectionResizeMode(NumberColumn, QHeaderView::ResizeToContents);
    m_items->horizontalHeader()->setSectionResizeMode(ActionColumn, QHeaderView::Stretch);
    m_items->horizontalHeader()->setSectionResizeMode(LinkColumn, QHeaderView::Stretch);
    m_items->setMinimumHeight(m_items->verticalHeader()->defaultSectionSize() * 6);
    m_addItem->setObjectName(QStringLiteral("addItemButton"));
    m_removeItem->setObjectName(QStringLiteral("removeItemButton"));
    m_up->setObjectName(QStringLiteral("moveItemUpButton"));
    m_down->setObjectName(QStringLiteral("moveItemDownButton"));
    m_up->setToolTip(tr("Ctrl+Up"));
    m_down->setToolTip(tr("Ctrl+Down"));
    m_problems->setObjectName(QStringLiteral("checklistProblems"));
    m_problems->setWordWrap(true);
    m_busy->setObjectName(QStringLiteral("checklistBusy"));
    m_busy->hide();

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Description"), m_description);
    form->addRow(tr("&Completion rate, paid to the person"), m_completionRate);
    form->addRow(tr("Validation rate, &paid to the confirming validator"), m_validationRate);
    form->addRow(tr("Di&fficulty"), m_difficulty);
    auto *due = new QHBoxLayout;
    due->addWidget(m_hasDue);
    due->addWidget(m_due, 1);
    form->addRow(QString(), due);
    form->addRow(QString(), m_visible);
    form->addRow(QString(), m_active);

    auto *itemButtons = new QHBoxLayout;
    for (QPushButton *b : { m_addItem, m_removeItem, m_up, m_down })
        itemButtons->addWidget(b);
    itemButtons->addStretch();
    auto *notes = new QLabel(tr("Item changes also reach checklists already started and not yet "
                                "confirmed; an item someone has had confirmed stays as it was. "
                                "Rate changes apply to every checklist not yet fully confirmed."),
        this);
    notes->setObjectName(QStringLiteral("checklistNotes"));
    notes->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_primary = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_primary->setObjectName(QStringLiteral("saveChecklistButton"));
    m_primary->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChecklistTemplateDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Items"), this));
    layout->addWidget(m_items, 1);
    layout->addLayout(itemButtons);
    layout->addWidget(notes);
    layout->addWidget(m_problems);
    layout->addWidget(m_busy);
    layout->addWidget(buttons);
    resize(720, 640);

    connect(m_name, &QLineEdit::textChanged, this, &ChecklistTemplateDialog::check);
    connect(m_description, &QPlainTextEdit::textChanged, this, &ChecklistTemplateDialog::check);
    connect(m_completionRate, &MoneyEdit::valueChanged, this, &ChecklistTemplateDialog::check);
    connect(m_validationRate, &MoneyEdit::valueChanged, this, &ChecklistTemplateDialog::check);
    connect(m_hasDue, &QCheckBox::toggled, m_due, &QWidget::setEnabled);
    connect(m_hasDue, &QCheckBox::toggled, this, &ChecklistTemplateDialog::check);
    connect(m_due, &QDateEdit::dateChanged, this, &ChecklistTemplateDialog::check);
    connect(m_items, &QTableWidget::itemChanged, this, &ChecklistTemplateDialog::check);
    connect(m_items, &QTableWidget::currentCellChanged, this, &ChecklistTemplateDialog::check);
    connect(m_addItem, &QPushButton::clicked, this, [this] {
        addItem();
        m_items->setCurrentCell(m_items->rowCount() - 1, ActionColumn);
        m_items->editItem(m_items->currentItem());
    });
    connect(m_removeItem, &QPushButton::clicked, this, &ChecklistTemplateDialog::removeItem);
    connect(m_up, &QPushButton::clicked, this, [this] { moveItem(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveItem(1); });
    // Ctrl+↑ / Ctrl+↓ move the item; the table would otherwise only move its cursor.
    m_items->installEventFilter(this);
}

bool ChecklistTemplateDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_items && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::ControlModifier
            && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
            moveItem(key->key() == Qt::Key_Up ? -1 : 1);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ChecklistTemplateDialog::fill(const domain::TemplateView &from)
{
    m_name->setText(from.name);
    m_description->setPlainText(from.description);
    m_completionRate->setValue(from.completionRate);
    m_validationRate->setValue(from.validationRate);
    if (m_difficulty->findData(from.difficulty) < 0 && !from.difficulty.isEmpty())
        m_difficulty->addItem(from.difficulty, from.difficulty);
    m_difficulty->setCurrentIndex(std::max(0, m_difficulty->findData(from.difficulty)));
    m_hasDue->setChecked(from.dueDate.isValid());
    if (from.dueDate.isValid())
        m_due->setDate(from.dueDate);
    m_visible->setChecked(from.visible);
    m_active->setChecked(from.active);
    for (const domain::TemplateView::Item &item : from.items)
        addItem(item.action, item.link, item.number);
}

void ChecklistTemplateDialog::addItem(const QString &action, const QString &link, int original)
{
    const QSignalBlocker quiet(m_items);
    const int row = m_items->rowCount();
    m_items->insertRow(row);
    auto *number = new QTableWidgetItem(QLocale().toString(row + 1));
    number->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    number->setData(OriginalRole, original);
    m_items->setItem(row, NumberColumn, number);
    m_items->setItem(row, ActionColumn, new QTableWidgetItem(action));
    m_items->setItem(row, LinkColumn, new QTableWidgetItem(link));
    check();
}

void ChecklistTemplateDialog::removeItem()
{
    const int row = m_items->currentRow();
    if (row < 0)
        return;
    m_items->removeRow(row);
    for (int r = 0; r < m_items->rowCount(); ++r)
        m_items->item(r, NumberColumn)->setText(QLocale().toString(r + 1));
    check();
}

void ChecklistTemplateDialog::moveItem(int by)
{
    const int row = m_items->currentRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_items->rowCount())
        return;
    const QSignalBlocker quiet(m_items);
    for (const int column : { ActionColumn, LinkColumn }) {
        QTableWidgetItem *a = m_items->takeItem(row, column);
        QTableWidgetItem *b = m_items->takeItem(to, column);
        m_items->setItem(row, column, b);
        m_items->setItem(to, column, a);
    }
    QTableWidgetItem *number = m_items->item(row, NumberColumn);
    QTableWidgetItem *other = m_items->item(to, NumberColumn);
    const QVariant original = number->data(OriginalRole);
    number->setData(OriginalRole, other->data(OriginalRole));
    other->setData(OriginalRole, original);
    m_items->setCurrentCell(to, std::max(int(ActionColumn), m_items->currentColumn()));
    check();
}

std::optional<QDate> ChecklistTemplateDialog::dueDate() const
{
    return m_hasDue->isChecked() ? std::optional(m_due->date()) : std::nullopt;
}

QString ChecklistTemplateDialog::difficulty() const
{
    return m_difficulty->currentData().toString();
}

QStringList ChecklistTemplateDialog::problems() const
{
    QStringList out;
    if (m_name->text().trimmed().isEmpty())
        out << tr("Give the template a name.");
    if (m_description->toPlainText().size() > MaxDescription)
        out << tr("The description is longer than %1 characters.").arg(MaxDescription);
    if (!m_completionRate->value() || !m_validationRate->value())
        out << tr("Both rates are amounts of 0.00 or more.");
    if (const auto due = dueDate();
        due && *due < m_today && !(m_editing && m_editing->dueDate == *due))
        out << tr("The due date is in the past.");
    if (m_items->rowCount() == 0)
        out << tr("Add at least one item.");
    for (int r = 0; r < m_items->rowCount(); ++r) {
        const QString action = m_items->item(r, ActionColumn)->text().trimmed();
        const QString link = m_items->item(r, LinkColumn)->text().trimmed();
        if (action.isEmpty())
            out << tr("Item %1 has no action.").arg(r + 1);
        else if (action.size() > MaxAction)
            out << tr("Item %1 is longer than %2 characters.").arg(r + 1).arg(MaxAction);
        if (!link.isEmpty() && !isWebLink(link))
            out << tr("The link of item %1 is not an http or https address.").arg(r + 1);
    }
    return out;
}

void ChecklistTemplateDialog::check()
{
    if (!m_primary)
        return;
    const QStringList now = problems();
    m_problems->showProblem(now.join(QStringLiteral("\n⚠ "))); // a sign on every line
    m_primary->setEnabled(now.isEmpty() && !m_sending);
    const int row = m_items->currentRow();
    m_removeItem->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < m_items->rowCount() - 1);
}

void ChecklistTemplateDialog::setBusy(bool busy, const QString &text)
{
    m_sending = busy;
    m_busy->setText(text);
    m_busy->setVisible(busy);
    check();
}

void ChecklistTemplateDialog::save()
{
    if (!m_primary->isEnabled())
        return;
    if (m_editing)
        saveEdit();
    else
        create();
}

void ChecklistTemplateDialog::create()
{
    domain::ChecklistDraft draft;
    draft.name = m_name->text().trimmed();
    draft.description = m_description->toPlainText().trimmed();
    draft.completionRate = *m_completionRate->value();
    draft.validationRate = *m_validationRate->value();
    draft.difficulty = difficulty();
    draft.visible = m_visible->isChecked();
    draft.dueDate = dueDate();
    for (int r = 0; r < m_items->rowCount(); ++r)
        draft.items << domain::ChecklistDraft::Item {
            m_items->item(r, ActionColumn)->text().trimmed(),
            m_items->item(r, LinkColumn)->text().trimmed()
        };
    setBusy(true, tr("Creating the template…"));
    core::whenReady(m_admin.create(draft, m_active->isChecked()), this,
        [this](const core::Result<qint64> &made) {
            if (!made.ok()) {
                failed(made.error());
                return;
            }
            setBusy(false);
            m_savedId = made.value();
            accept();
        });
}

void ChecklistTemplateDialog::saveEdit()
{
    const domain::TemplateView &was = *m_editing;
    domain::ChecklistEdit edit;
    const QString name = m_name->text().trimmed();
    if (name != was.name)
        edit.name = name;
    const QString description = m_description->toPlainText().trimmed();
    if (description != was.description)
        edit.description = description;
    if (difficulty() != was.difficulty)
        edit.difficulty = difficulty();
    if (*m_completionRate->value() != was.completionRate)
        edit.completionRate = *m_completionRate->value();
    if (*m_validationRate->value() != was.validationRate)
        edit.validationRate = *m_validationRate->value();
    if (m_visible->isChecked() != was.visible)
        edit.visible = m_visible->isChecked();
    if (m_active->isChecked() != was.active)
        edit.active = m_active->isChecked();
    const QDate due = dueDate().value_or(QDate());
    if (due != was.dueDate)
        edit.dueDate = due; // a null date takes the due date away
    setBusy(true, tr("Saving…"));
    const bool fieldsChanged = edit.name || edit.description || edit.difficulty
        || edit.completionRate || edit.validationRate || edit.visible || edit.active
        || edit.dueDate;
    if (!fieldsChanged) {
        sendItems(was.id);
        return;
    }
    core::whenReady(m_admin.update(was.id, edit), this, [this](const core::Result<void> &done) {
        if (!done.ok()) {
            failed(done.error());
            return;
        }
        sendItems(m_editing->id);
    });
}

void ChecklistTemplateDialog::sendItems(qint64 id)
{
    QList<ItemRow> rows;
    for (int r = 0; r < m_items->rowCount(); ++r)
        rows << ItemRow { m_items->item(r, NumberColumn)->data(OriginalRole).toInt(),
            m_items->item(r, ActionColumn)->text().trimmed(),
            m_items->item(r, LinkColumn)->text().trimmed() };
    const domain::ChecklistItemsEdit edit = itemsEditBetween(m_editing->items, rows);
    const auto finish = [this, id] {
        setBusy(false);
        m_savedId = id;
        accept();
    };
    if (edit.removed.isEmpty() && edit.written.isEmpty()) {
        finish();
        return;
    }
    core::whenReady(
        m_admin.editItems(id, edit), this, [this, finish](const core::Result<void> &done) {
            if (!done.ok()) {
                // The fields were saved; only the items were refused.
                failed(done.error());
                return;
            }
            finish();
        });
}

void ChecklistTemplateDialog::failed(const core::Error &error)
{
    setBusy(false);
    m_banner->showMessage(Banner::Level::Error, error.message,
        error.diagnostic.isEmpty() ? QString() : error.diagnostic);
}

} // namespace mikro::ui
