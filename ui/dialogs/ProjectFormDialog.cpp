#include "ui/dialogs/ProjectFormDialog.h"

#include "services/client/ProjectAdminClient.h"
#include "services/core/WhenReady.h"
#include "ui/common/Banner.h"
#include "ui/common/Confirm.h"
#include "ui/common/FieldMessage.h"
#include "ui/common/Look.h"
#include "ui/common/MoneyEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace mikro::ui {

namespace {

constexpr qint64 LargeRateCents = 1000; // above 10.00 a task, Create asks first
constexpr int NoLimitShown = 999; // a cap of 0 (no limit) shows as the spin box's largest value

/// What a cap's spin box shows for a stored cap.
int shownCap(int stored)
{
    return stored > 0 ? stored : NoLimitShown;
}
const models::AmountRules rateRules { core::SignPolicy::NonNegative, false, core::Money(100000) };

} // namespace

ProjectFormDialog::ProjectFormDialog(client::ProjectAdminClient &admin, const QString &currency,
    const QList<domain::TrainingView> &trainings, QWidget *parent)
    : QDialog(parent)
    , m_admin(admin)
    , m_currency(currency)
    , m_trainings(trainings)
    , m_banner(new Banner(this))
    , m_mappingRate(new MoneyEdit(currency, rateRules, this))
    , m_validationRate(new MoneyEdit(currency, rateRules, this))
    , m_maxEditors(new QSpinBox(this))
    , m_maxValidators(new QSpinBox(this))
    , m_capNote(new QLabel(this))
    , m_difficulty(new QComboBox(this))
    , m_visible(new QCheckBox(tr("Visible to everyone in the organisation"), this))
    , m_required(new QListWidget(this))
    , m_budget(new QLabel(this))
    , m_note(new QLabel(this))
    , m_busy(new QLabel(this))
    , m_lookupTimer(new QTimer(this))
{
    // Project-type trainings first: they are the ones written for one project.
    std::stable_sort(m_trainings.begin(), m_trainings.end(),
        [](const domain::TrainingView &a, const domain::TrainingView &b) {
            return (a.type == domain::TrainingType::Project)
                > (b.type == domain::TrainingType::Project);
        });
}

ProjectFormDialog::ProjectFormDialog(client::ProjectAdminClient &admin, const QString &currency,
    const QList<domain::TrainingView> &trainings, const QList<domain::ProjectRow> &known,
    QWidget *parent)
    : ProjectFormDialog(admin, currency, trainings, parent)
{
    m_known = known;
    setObjectName(QStringLiteral("addProjectDialog"));
    setWindowTitle(tr("Add project"));
    m_url = new QLineEdit(this);
    m_urlProblem = new FieldMessage(this);
    m_lookupState = new QLabel(this);
    m_name = new QLabel(this);
    m_tasks = new QLabel(this);
    m_mappingRate->setValue(core::Money(10));
    m_validationRate->setValue(core::Money(5));
    m_maxEditors->setValue(5);
    m_maxValidators->setValue(3);
    m_visible->setChecked(true);
    buildForm();
    m_lookupTimer->setSingleShot(true);
    m_lookupTimer->setInterval(LookupDelayMs);
    connect(m_url, &QLineEdit::textChanged, this, &ProjectFormDialog::lookUpSoon);
    connect(m_lookupTimer, &QTimer::timeout, this, &ProjectFormDialog::lookUp);
    m_url->setFocus();
}

ProjectFormDialog::ProjectFormDialog(client::ProjectAdminClient &admin, const QString &currency,
    const QList<domain::TrainingView> &trainings, const domain::ProjectRow &project,
    QWidget *parent)
    : ProjectFormDialog(admin, currency, trainings, parent)
{
    m_editing = project;
    setObjectName(QStringLiteral("editProjectDialog"));
    setWindowTitle(tr("Edit project"));
    m_name = new QLabel(project.name, this);
    m_tasks = new QLabel(QLocale().toString(project.totalTasks), this);
    m_active = new QCheckBox(tr("Active"), this);
    m_completed = new QCheckBox(tr("Completed"), this);
    m_spent = new QLabel(this);
    m_mappingRate->setValue(project.mappingRate);
    m_validationRate->setValue(project.validationRate);
    m_visible->setChecked(project.visible);
    m_active->setChecked(project.active);
    m_completed->setChecked(project.completed);
    buildForm();
    // A cap never drops below the people already on the project.
    m_maxEditors->setMinimum(std::max(1, project.editors));
    m_maxValidators->setMinimum(std::max(1, project.validators));
    m_maxEditors->setValue(shownCap(project.maxEditors));
    m_maxValidators->setValue(shownCap(project.maxValidators));
    m_capNote->setText(tr("%n editor(s) and", nullptr, project.editors) + QLatin1Char(' ')
        + tr("%n validator(s) are assigned.", nullptr, project.validators));
    m_capNote->show();
    if (m_difficulty->findText(project.difficulty) < 0)
        m_difficulty->addItem(project.difficulty);
    m_difficulty->setCurrentText(project.difficulty);
    for (int i = 0; i < m_required->count(); ++i) {
        QListWidgetItem *item = m_required->item(i);
        item->setCheckState(
            project.requiredTrainings.contains(item->data(Qt::UserRole).toLongLong())
                ? Qt::Checked
                : Qt::Unchecked);
    }
    m_spent->setText(tr("Spent %1 of %2 (%3 %)")
                         .arg(money(project.spent), money(project.budget),
                             QLocale().toString(project.budgetUsedPercent())));
    m_mappingRate->lineEdit()->setFocus();
    showBudget();
}

void ProjectFormDialog::buildForm()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    if (m_url) {
        m_url->setObjectName(QStringLiteral("projectUrl"));
        m_url->setPlaceholderText(QStringLiteral("https://tasks.kaart.com/projects/123"));
        m_url->setAccessibleName(tr("Tasking Manager project URL"));
        m_url->setMinimumWidth(420);
        m_urlProblem->setObjectName(QStringLiteral("projectUrlProblem"));
        m_lookupState->setObjectName(QStringLiteral("lookupState"));
        m_lookupState->hide();
        m_urlProblem->showProblem({});
        form->addRow(tr("Tasking Manager project &URL"), m_url);
        form->addRow(QString(), m_urlProblem);
        form->addRow(QString(), m_lookupState);
    }
    m_name->setObjectName(QStringLiteral("projectName"));
    m_tasks->setObjectName(QStringLiteral("projectTasks"));
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Tasks"), m_tasks);
    m_mappingRate->setObjectName(QStringLiteral("mappingRate"));
    m_mappingRate->lineEdit()->setAccessibleName(tr("Mapping rate"));
    m_validationRate->setObjectName(QStringLiteral("validationRate"));
    m_validationRate->lineEdit()->setAccessibleName(tr("Validation rate"));
    form->addRow(tr("&Mapping rate"), m_mappingRate);
    form->addRow(tr("&Validation rate"), m_validationRate);
    for (QSpinBox *cap : { m_maxEditors, m_maxValidators })
        cap->setRange(1, NoLimitShown);
    m_maxEditors->setObjectName(QStringLiteral("maxEditors"));
    m_maxEditors->setAccessibleName(tr("Max editors"));
    m_maxValidators->setObjectName(QStringLiteral("maxValidators"));
    m_maxValidators->setAccessibleName(tr("Max validators"));
    // The typing goes to the spin boxes' inner fields: they carry the names too.
    for (QSpinBox *cap : { m_maxEditors, m_maxValidators })
        if (auto *line = cap->findChild<QLineEdit *>())
            line->setAccessibleName(cap->accessibleName());
    form->addRow(tr("Max &editors"), m_maxEditors);
    form->addRow(tr("Max v&alidators"), m_maxValidators);
    m_capNote->setObjectName(QStringLiteral("capNote"));
    m_capNote->hide();
    form->addRow(QString(), m_capNote);
    m_difficulty->setObjectName(QStringLiteral("difficulty"));
    m_difficulty->setAccessibleName(tr("Difficulty"));
    // Stored as written: the words the web front end and TM4 use.
    m_difficulty->addItem(tr("Easy"), QStringLiteral("Easy"));
    m_difficulty->addItem(tr("Medium"), QStringLiteral("Medium"));
    m_difficulty->addItem(tr("Hard"), QStringLiteral("Hard"));
    m_difficulty->setCurrentIndex(1);
    form->addRow(tr("&Difficulty"), m_difficulty);
    m_visible->setObjectName(QStringLiteral("projectVisible"));
    m_visible->setToolTip(
        tr("Once active, people who are not members see it under Open projects."));
    form->addRow(QString(), m_visible);
    if (m_active) {
        m_active->setObjectName(QStringLiteral("projectActive"));
        m_completed->setObjectName(QStringLiteral("projectCompleted"));
        form->addRow(QString(), m_active);
        form->addRow(QString(), m_completed);
    }
    m_required->setObjectName(QStringLiteral("requiredTrainings"));
    m_required->setAccessibleName(tr("Required training"));
    m_required->setMaximumHeight(110);
    for (const domain::TrainingView &t : std::as_const(m_trainings)) {
        auto *item = new QListWidgetItem(t.title, m_required);
        item->setData(Qt::UserRole, t.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    if (m_trainings.isEmpty()) {
        auto *none = new QListWidgetItem(tr("No training modules yet"), m_required);
        none->setFlags(Qt::NoItemFlags);
    }
    form->addRow(tr("Required &training"), m_required);
    m_budget->setObjectName(QStringLiteral("projectBudget"));
    form->addRow(tr("Budget"), m_budget);
    if (m_spent) {
        m_spent->setObjectName(QStringLiteral("projectSpent"));
        form->addRow(tr("Spent"), m_spent);
    }
    m_note->setWordWrap(true);
    m_note->setText(m_editing
            ? tr("Tasks Mikro has already seen keep their rates; new rates apply to tasks first "
                 "seen from now on.")
            : tr("New projects start inactive. Activate it when rates and members are set."));
    m_busy->setObjectName(QStringLiteral("busyLine"));
    m_busy->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_primary
        = buttons->addButton(m_editing ? tr("Save") : tr("Create"), QDialogButtonBox::AcceptRole);
    m_primary->setObjectName(QStringLiteral("primaryButton"));
    m_primary->setStyleSheet(look::primaryButtonStyle());
    m_primary->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addWidget(m_busy);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProjectFormDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (MoneyEdit *rate : { m_mappingRate, m_validationRate })
        connect(rate, &MoneyEdit::valueChanged, this, [this] {
            showBudget();
            updateButtons();
        });
    showBudget();
    updateButtons();
}

QString ProjectFormDialog::money(core::Money amount) const
{
    return core::formatMoney(amount, m_currency, QLocale());
}

std::optional<int> ProjectFormDialog::taskCount() const
{
    if (m_editing)
        return m_editing->totalTasks;
    if (m_found)
        return m_found->totalTasks;
    return std::nullopt;
}

void ProjectFormDialog::lookUpSoon()
{
    ++m_lookup; // an answer for an older address is no longer wanted
    m_found.reset();
    m_name->clear();
    m_tasks->clear();
    m_urlProblem->showProblem({});
    m_lookupState->hide();
    showBudget();
    updateButtons();
    if (!m_url->text().trimmed().isEmpty())
        m_lookupTimer->start();
}

void ProjectFormDialog::lookUp()
{
    const QString url = m_url->text().trimmed();
    const auto id = domain::ProjectService::projectIdFromUrl(url);
    if (!id.ok()) {
        m_urlProblem->showProblem(tr("Give an http or https address that ends with the project's "
                                     "number, like https://tasks.kaart.com/projects/123."));
        return;
    }
    for (const domain::ProjectRow &p : std::as_const(m_known)) {
        if (p.id == id.value()) {
            m_urlProblem->showProblem(tr("Already added as '%1'.").arg(p.name));
            return;
        }
    }
    const int lookup = ++m_lookup;
    m_lookupState->setText(tr("Reading the project from the Tasking Manager…"));
    m_lookupState->show();
    const core::Money mapping = m_mappingRate->value().value_or(core::Money(10));
    const core::Money validation = m_validationRate->value().value_or(core::Money(5));
    core::whenReady(m_admin.estimate(url, std::max(mapping, core::Money(1)), validation), this,
        [this, lookup](const core::Result<domain::BudgetEstimate> &found) {
            if (lookup != m_lookup)
                return;
            m_lookupState->hide();
            if (!found.ok()) {
                const core::Error &e = found.error();
                if (e.code == "tm4_project_not_found")
                    m_urlProblem->showProblem(
                        tr("The Tasking Manager has no project with this number."));
                else if (e.kind == core::ErrorKind::UpstreamUnavailable)
                    m_banner->showMessage(Banner::Level::Error,
                        tr("The Tasking Manager could not be reached. Try again in a moment."),
                        e.diagnostic.isEmpty() ? e.message : e.diagnostic);
                else
                    m_urlProblem->showProblem(e.message);
                return;
            }
            m_banner->hide();
            m_found = found.value();
            m_name->setText(m_found->name);
            m_tasks->setText(QLocale().toString(m_found->totalTasks));
            showBudget();
            updateButtons();
        });
}

void ProjectFormDialog::showBudget()
{
    const std::optional<int> tasks = taskCount();
    const auto mapping = m_mappingRate->value();
    const auto validation = m_validationRate->value();
    if (!tasks || !mapping || !validation) {
        m_budget->setText(QStringLiteral("—"));
        return;
    }
    const auto budget = domain::ProjectService::budgetOf(*mapping, *validation, *tasks);
    m_budget->setText(budget.ok() ? tr("(%1 + %2) × %3 tasks = %4")
                                        .arg(money(*mapping), money(*validation),
                                            QLocale().toString(*tasks), money(budget.value()))
                                  : budget.error().message);
}

void ProjectFormDialog::updateButtons()
{
    const bool ratesOk = m_mappingRate->value() && m_validationRate->value();
    const bool found = m_editing || m_found;
    m_primary->setEnabled(ratesOk && found && !m_sending && !m_asking);
}

QList<qint64> ProjectFormDialog::checkedTrainings() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_required->count(); ++i)
        if (m_required->item(i)->checkState() == Qt::Checked)
            ids << m_required->item(i)->data(Qt::UserRole).toLongLong();
    std::sort(ids.begin(), ids.end());
    return ids;
}

void ProjectFormDialog::setBusy(bool busy, const QString &text)
{
    m_sending = busy;
    m_busy->setText(text);
    m_busy->setVisible(busy);
    updateButtons();
}

void ProjectFormDialog::submit()
{
    if (!m_primary->isEnabled())
        return;
    const core::Money mapping = *m_mappingRate->value();
    const core::Money validation = *m_validationRate->value();
    if (m_editing) {
        const bool ratesChanged
            = mapping != m_editing->mappingRate || validation != m_editing->validationRate;
        if (!ratesChanged) {
            saveEdit();
            return;
        }
        const auto budget
            = domain::ProjectService::budgetOf(mapping, validation, m_editing->totalTasks);
        m_asking = true;
        updateButtons();
        askToConfirm(this, QStringLiteral("confirmRateChange"), tr("Change rates"),
            tr("Change the rates of '%1'? Tasks Mikro has already seen keep their rates; the new "
               "rates apply to tasks first seen from now on. Budget becomes %2.")
                .arg(m_editing->name, budget.ok() ? money(budget.value()) : QStringLiteral("—")),
            tr("Change rates"), [this](bool yes) {
                m_asking = false;
                updateButtons();
                if (yes)
                    saveEdit();
            });
        return;
    }
    if (mapping.cents() <= LargeRateCents && validation.cents() <= LargeRateCents) {
        create();
        return;
    }
    m_asking = true;
    updateButtons();
    askToConfirm(this, QStringLiteral("confirmLargeRate"), tr("Large rate"),
        tr("Is this rate per task correct? Mapping %1, validation %2 a task.")
            .arg(money(mapping), money(validation)),
        tr("Create"), [this](bool yes) {
            m_asking = false;
            updateButtons();
            if (yes)
                create();
        });
}

void ProjectFormDialog::create()
{
    domain::ProjectForm form;
    form.url = m_url->text().trimmed();
    form.mappingRate = *m_mappingRate->value();
    form.validationRate = *m_validationRate->value();
    form.maxEditors = m_maxEditors->value();
    form.maxValidators = m_maxValidators->value();
    form.difficulty = m_difficulty->currentData().toString();
    form.visible = m_visible->isChecked();
    const QList<qint64> trainings = checkedTrainings();
    setBusy(true, tr("Creating the project…"));
    core::whenReady(m_admin.create(form), this,
        [this, trainings](const core::Result<domain::ProjectRow> &made) {
            if (!made.ok()) {
                failed(made.error());
                return;
            }
            if (trainings.isEmpty()) {
                finish(made.value());
                return;
            }
            core::whenReady(m_admin.setRequiredTrainings(made.value().id, trainings), this,
                [this, project = made.value()](const core::Result<QList<qint64>> &set) {
                    domain::ProjectRow shown = project;
                    if (set.ok())
                        shown.requiredTrainings = set.value();
                    // The project exists either way; a refusal here is said on the page.
                    finish(shown);
                });
        });
}

void ProjectFormDialog::saveEdit()
{
    const domain::ProjectRow &was = *m_editing;
    domain::ProjectEdit edit;
    if (*m_mappingRate->value() != was.mappingRate)
        edit.mappingRate = *m_mappingRate->value();
    if (*m_validationRate->value() != was.validationRate)
        edit.validationRate = *m_validationRate->value();
    // Compared with what the box showed, so an untouched "no limit" stays one.
    if (m_maxEditors->value() != shownCap(was.maxEditors))
        edit.maxEditors = m_maxEditors->value();
    if (m_maxValidators->value() != shownCap(was.maxValidators))
        edit.maxValidators = m_maxValidators->value();
    if (m_active->isChecked() != was.active)
        edit.active = m_active->isChecked();
    if (m_visible->isChecked() != was.visible)
        edit.listing.visible = m_visible->isChecked();
    if (m_completed->isChecked() != was.completed)
        edit.listing.completed = m_completed->isChecked();
    const QString difficulty = m_difficulty->currentData().toString().isEmpty()
        ? m_difficulty->currentText()
        : m_difficulty->currentData().toString();
    if (difficulty != was.difficulty)
        edit.listing.difficulty = difficulty;
    const QList<qint64> trainings = checkedTrainings();
    const bool trainingsChanged = trainings != was.requiredTrainings;
    setBusy(true, tr("Saving…"));
    core::whenReady(m_admin.update(was.id, edit), this,
        [this, trainings, trainingsChanged](const core::Result<domain::ProjectRow> &updated) {
            if (!updated.ok()) {
                failed(updated.error());
                return;
            }
            if (!trainingsChanged) {
                finish(updated.value());
                return;
            }
            core::whenReady(m_admin.setRequiredTrainings(updated.value().id, trainings), this,
                [this, project = updated.value()](const core::Result<QList<qint64>> &set) {
                    if (!set.ok()) {
                        failed(set.error());
                        return;
                    }
                    domain::ProjectRow shown = project;
                    shown.requiredTrainings = set.value();
                    finish(shown);
                });
        });
}

void ProjectFormDialog::finish(const domain::ProjectRow &project)
{
    setBusy(false);
    m_saved = project;
    accept();
}

void ProjectFormDialog::failed(const core::Error &error)
{
    setBusy(false);
    if (error.code == "project_exists" && m_urlProblem) {
        m_urlProblem->showProblem(tr("This project is already registered in Mikro."));
        return;
    }
    m_banner->showMessage(Banner::Level::Error, error.message,
        error.diagnostic.isEmpty() ? QString() : error.diagnostic);
}

} // namespace mikro::ui
