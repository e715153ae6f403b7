#include "ui/pages/OrgTrainingPage.h"

#include "models/StatusWords.h"
#include "models/training/OrgTrainingsModel.h"
#include "models/training/TrainingResultsModel.h"
#include "services/client/Backend.h"
#include "services/client/ProjectsClient.h"
#include "services/client/TrainingAdminClient.h"
#include "services/core/WhenReady.h"
#include "ui/common/Confirm.h"
#include "ui/common/FigureCard.h"
#include "ui/common/RecordTable.h"
#include "ui/common/Remembered.h"
#include "ui/dialogs/QuizDialog.h"
#include "ui/dialogs/TrainingEditorDialog.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QUrl>

#include <algorithm>
#include <utility>

namespace mikro::ui {

using Area = client::ChangeFeed::Area;

OrgTrainingPage::OrgTrainingPage(const PageContext &context, QWidget *parent)
    : Page(context, { Area::Training, Area::Projects }, parent)
    , m_modules(new FigureCard(QStringLiteral("modulesCard")))
    , m_mapping(new FigureCard(QStringLiteral("mappingModulesCard")))
    , m_validation(new FigureCard(QStringLiteral("validationModulesCard")))
    , m_project(new FigureCard(QStringLiteral("projectModulesCard")))
    , m_attempts(new FigureCard(QStringLiteral("recentAttemptsCard")))
    , m_passRate(new FigureCard(QStringLiteral("recentPassRateCard")))
    , m_tabs(new QTabWidget)
    , m_detailTitle(new QLabel)
    , m_detail(new QLabel)
    , m_detailTabs(new QTabWidget)
    , m_resultsModel(new models::TrainingResultsModel(this))
    , m_results(new RecordTable(m_resultsModel, QStringLiteral("trainingResultsTable")))
    , m_new(new QPushButton)
    , m_edit(new QPushButton)
    , m_material(new QPushButton)
    , m_preview(new QPushButton)
    , m_archive(new QPushButton)
    , m_restore(new QPushButton)
{
    setObjectName(QStringLiteral("orgTrainingPage"));
    m_tabs->setObjectName(QStringLiteral("orgTrainingTabs"));
    m_detailTitle->setObjectName(QStringLiteral("trainingDetailTitle"));
    m_detail->setObjectName(QStringLiteral("trainingDetail"));
    m_new->setObjectName(QStringLiteral("newTrainingButton"));
    m_edit->setObjectName(QStringLiteral("editTrainingButton"));
    m_material->setObjectName(QStringLiteral("openTrainingMaterialButton"));
    m_preview->setObjectName(QStringLiteral("previewQuizButton"));
    m_archive->setObjectName(QStringLiteral("archiveTrainingButton"));
    m_restore->setObjectName(QStringLiteral("restoreTrainingButton"));
    m_detailTabs->setObjectName(QStringLiteral("trainingDetailTabs"));
    auto *cards = new QGridLayout;
    const QList<FigureCard *> all { m_modules, m_mapping, m_validation, m_project, m_attempts,
        m_passRate };
    for (int i = 0; i < all.size(); ++i)
        cards->addWidget(all[i], 0, i);
    for (const QString &name :
        { QStringLiteral("orgMappingTrainings"), QStringLiteral("orgValidationTrainings"),
            QStringLiteral("orgProjectTrainings"), QStringLiteral("orgArchivedTrainings") }) {
        auto *model = new models::OrgTrainingsModel(this);
        auto *table = new RecordTable(model, name);
        table->setSearchable(true);
        table->sortBy(models::OrgTrainingsModel::Title, Qt::AscendingOrder);
        m_models << model;
        m_tables << table;
        m_tabs->addTab(table, QString());
        connect(table, &RecordTable::currentRowChanged, this, [this] {
            showDetail();
            updateActions();
        });
        connect(table, &RecordTable::activated, this, &OrgTrainingPage::editTraining);
    }
    m_detailTitle->setTextFormat(Qt::PlainText);
    QFont heading = m_detailTitle->font();
    heading.setBold(true);
    m_detailTitle->setFont(heading);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setWordWrap(true);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *actions = new QHBoxLayout;
    for (QPushButton *b : { m_new, m_edit, m_preview, m_material, m_archive, m_restore })
        actions->addWidget(b);
    actions->addStretch();
    m_results->sortBy(models::TrainingResultsModel::Person, Qt::AscendingOrder);
    m_results->setSearchable(true);
    m_detailTabs->addTab(m_detail, QString());
    m_detailTabs->addTab(m_results, QString());
    contentLayout()->addLayout(cards);
    contentLayout()->addWidget(m_tabs, 3);
    contentLayout()->addWidget(m_detailTitle);
    contentLayout()->addWidget(m_detailTabs, 2);
    contentLayout()->addLayout(actions);
    remembered::tabs(m_tabs, QStringLiteral("org-training"));

    auto *newKey = new QShortcut(QKeySequence::New, this);
    newKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(newKey, &QShortcut::activated, this, &OrgTrainingPage::newTraining);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        showDetail();
        updateActions();
    });
    connect(m_new, &QPushButton::clicked, this, &OrgTrainingPage::newTraining);
    connect(m_edit, &QPushButton::clicked, this, &OrgTrainingPage::editTraining);
    connect(m_material, &QPushButton::clicked, this, [this] {
        if (const domain::TrainingView *t = current())
            openExternal(QUrl(t->url));
    });
    connect(m_detailTabs, &QTabWidget::currentChanged, this, [this](int tab) {
        if (tab == 1)
            m_results->fitColumnsOnce();
    });
    connect(m_preview, &QPushButton::clicked, this, &OrgTrainingPage::previewQuiz);
    connect(m_archive, &QPushButton::clicked, this, &OrgTrainingPage::confirmArchive);
    connect(m_restore, &QPushButton::clicked, this, &OrgTrainingPage::confirmRestore);
    retranslateUi();
    showDetail();
}

QString OrgTrainingPage::title() const
{
    return tr("Training");
}

void OrgTrainingPage::load()
{
    client::Backend &b = backend();
    core::whenAllReady(
        this,
        [this](const core::Result<QList<domain::TrainingView>> &trainings,
            const core::Result<QList<domain::ProjectRow>> &projects) {
            if (!trainings.ok() || !projects.ok()) {
                failed(trainings.ok() ? projects.error() : trainings.error());
                return;
            }
            present(trainings.value(), projects.value());
            loaded();
        },
        b.trainingAdmin().catalog(), b.projects().organisation());
}

void OrgTrainingPage::present(
    const QList<domain::TrainingView> &trainings, const QList<domain::ProjectRow> &projects)
{
    const domain::TrainingView *shown = current();
    const qint64 selected = m_wanted != 0 ? std::exchange(m_wanted, 0) : shown ? shown->id : 0;
    m_trainings = trainings;
    QHash<qint64, QStringList> requiredBy;
    for (const domain::ProjectRow &p : projects)
        for (const qint64 id : p.requiredTrainings)
            requiredBy[id] << p.name;
    QList<QList<models::OrgTrainingsModel::Row>> byTab(4);
    for (const domain::TrainingView &t : m_trainings)
        byTab[t.archivedAt.isValid() ? 3 : static_cast<qsizetype>(t.type)]
            << models::OrgTrainingsModel::Row { t, requiredBy.value(t.id) };
    for (int tab = 0; tab < 4; ++tab) {
        m_models[tab]->setTrainings(byTab[tab]);
        m_tables[tab]->fitColumnsOnce();
        m_counts[tab] = static_cast<int>(byTab[tab].size());
    }
    m_recentAttempts = 0;
    m_recentPasses = 0;
    for (const domain::TrainingView &t : std::as_const(m_trainings)) {
        m_recentAttempts += t.recentAttempts;
        m_recentPasses += t.recentPasses;
    }
    retranslateUi();
    const QLocale locale;
    m_modules->setValue(locale.toString(m_trainings.size() - byTab[3].size()));
    m_mapping->setValue(locale.toString(byTab[0].size()));
    m_validation->setValue(locale.toString(byTab[1].size()));
    m_project->setValue(locale.toString(byTab[2].size()));
    m_attempts->setValue(locale.toString(m_recentAttempts));
    if (selected != 0)
        selectTraining(selected);
    m_resultsFor = 0; // a change may have brought new attempts: read them again
    showDetail();
    updateActions();
}

bool OrgTrainingPage::selectTraining(qint64 trainingId)
{
    if (!hasLoaded() || isLoading())
        m_wanted = trainingId;
    const auto found = std::ranges::find(m_trainings, trainingId, &domain::TrainingView::id);
    if (found == m_trainings.cend())
        return false;
    const int tab = found->archivedAt.isValid() ? 3 : static_cast<int>(found->type);
    m_tabs->setCurrentIndex(tab);
    return m_tables[tab]->selectId(trainingId);
}

const domain::TrainingView *OrgTrainingPage::current() const
{
    const int tab = m_tabs->currentIndex();
    if (tab < 0 || tab >= m_tables.size())
        return nullptr;
    const int row = m_tables[tab]->currentRow();
    return row >= 0 && row < m_models[tab]->rowCount() ? &m_models[tab]->rowAt(row).training
                                                       : nullptr;
}

void OrgTrainingPage::showDetail()
{
    const domain::TrainingView *t = current();
    m_detailTitle->setVisible(t != nullptr);
    m_detailTabs->setVisible(t != nullptr);
    if (!t)
        return;
    loadResults();
    m_detailTitle->setText(
        tr("%1 · pass mark %2 %, %3 points, %4")
            .arg(t->title, QLocale().toString(t->passPercent), QLocale().toString(t->pointValue),
                models::difficultyWord(t->difficulty)));
    // The answer key: the correct answer of each question is marked, in words and by its sign.
    QStringList lines;
    for (int i = 0; i < t->questions.size(); ++i) {
        const domain::TrainingView::Question &q = t->questions[i];
        lines << QStringLiteral("%1. %2").arg(i + 1).arg(q.text);
        for (const domain::TrainingView::Answer &a : q.answers)
            lines << (a.correct ? tr("    ✓ %1 (correct)").arg(a.text)
                                : QStringLiteral("    ○ %1").arg(a.text));
    }
    if (lines.isEmpty())
        lines << tr("No questions: people complete it by reading the material.");
    m_detail->setText(lines.join(QLatin1Char('\n')));
}

void OrgTrainingPage::updateActions()
{
    const bool selected = current() != nullptr;
    for (QPushButton *b : { m_edit, m_material, m_archive, m_restore })
        b->setEnabled(selected && !m_sending);
    // An archived module is restored before it is changed again.
    const bool archivedTab = m_tabs->currentIndex() == 3;
    m_edit->setEnabled(m_edit->isEnabled() && !archivedTab);
    m_archive->setVisible(!archivedTab);
    m_restore->setVisible(archivedTab);
    // A module without questions is completed by reading its material: nothing to preview.
    m_preview->setEnabled(selected && !current()->questions.isEmpty());
    m_new->setEnabled(!m_sending);
}

void OrgTrainingPage::previewQuiz()
{
    const domain::TrainingView *t = current();
    if (!t || !m_preview->isEnabled())
        return;
    auto *dialog = new QuizDialog(
        *t, [this](const QUrl &url) { openExternal(url); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void OrgTrainingPage::newTraining()
{
    if (!m_new->isEnabled())
        return;
    const auto type = static_cast<domain::TrainingType>(std::max(0, m_tabs->currentIndex()));
    auto *dialog = new TrainingEditorDialog(backend().trainingAdmin(), type, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        emit statusMessage(tr("Training created"));
        m_wanted = dialog->savedId();
    });
    dialog->open();
}

void OrgTrainingPage::editTraining()
{
    const domain::TrainingView *t = current();
    if (!t || !m_edit->isEnabled())
        return;
    auto *dialog = new TrainingEditorDialog(backend().trainingAdmin(), *t, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        emit statusMessage(tr("Training saved"));
        m_wanted = dialog->savedId();
    });
    dialog->open();
}

void OrgTrainingPage::confirmArchive()
{
    const domain::TrainingView *t = current();
    if (!t || !m_archive->isEnabled())
        return;
    const domain::TrainingView training = *t;
    askToConfirm(this, QStringLiteral("confirmArchiveTraining"), tr("Archive training"),
        tr("Archive '%1'? People no longer see it and projects stop requiring it; results and "
           "points stay.")
            .arg(training.title),
        tr("Archive"), [this, training](bool yes) {
            if (!yes)
                return;
            sendChange(backend().trainingAdmin().archive(training.id),
                tr("'%1' archived").arg(training.title), [this](bool busy) {
                    m_sending = busy;
                    updateActions();
                });
        });
}

void OrgTrainingPage::confirmRestore()
{
    const domain::TrainingView *t = current();
    if (!t || !m_restore->isEnabled() || !t->archivedAt.isValid())
        return;
    const domain::TrainingView training = *t;
    askToConfirm(this, QStringLiteral("confirmRestoreTraining"), tr("Restore training"),
        tr("Restore '%1'? People see it again. Projects that required it before it was "
           "archived do not require it again until you add it to them.")
            .arg(training.title),
        tr("Restore"), [this, training](bool yes) {
            if (!yes)
                return;
            m_wanted = training.id;
            sendChange(backend().trainingAdmin().restore(training.id),
                tr("'%1' restored").arg(training.title), [this](bool busy) {
                    m_sending = busy;
                    updateActions();
                });
        });
}

void OrgTrainingPage::loadResults()
{
    const domain::TrainingView *t = current();
    if (!t || t->id == m_resultsFor)
        return;
    const qint64 id = t->id;
    m_resultsFor = id;
    m_resultsModel->setResults({});
    m_results->setEmptyText(tr("Reading results…"));
    core::whenReady(backend().trainingAdmin().results(id), this,
        [this, id](const core::Result<QList<domain::TrainingResult>> &results) {
            if (id != m_resultsFor)
                return; // another module was chosen meanwhile
            if (!results.ok()) {
                m_resultsFor = 0; // choosing it again reads again
                m_results->setEmptyText(
                    tr("The results could not be read: %1 Select the module again to retry.")
                        .arg(results.error().message));
                return;
            }
            m_resultsModel->setResults(results.value());
            // Columns fit their contents only where the rows are laid out: on the tab.
            if (m_results->isVisible())
                m_results->fitColumnsOnce();
            m_results->setEmptyText(tr("Nobody has tried this module yet."));
            m_detailTabs->setTabText(
                1, tr("&Results (%1)").arg(QLocale().toString(results.value().size())));
        });
}

void OrgTrainingPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    Page::changeEvent(event);
}

void OrgTrainingPage::retranslateUi()
{
    m_modules->setTitle(tr("Modules"));
    m_modules->setSubLine(tr("not archived"));
    m_mapping->setTitle(tr("Mapping"));
    m_validation->setTitle(tr("Validation"));
    m_project->setTitle(tr("Project"));
    m_attempts->setTitle(tr("Attempts"));
    m_attempts->setSubLine(tr("last 30 days"));
    m_passRate->setTitle(tr("Pass rate"));
    // Passed ÷ attempts over the same 30 days, whole percent; no attempts, no rate.
    m_passRate->setValue(m_recentAttempts == 0
            ? tr("—")
            : QLocale().toString(qRound(100.0 * m_recentPasses / m_recentAttempts))
                + QStringLiteral(" %"));
    m_passRate->setSubLine(m_recentAttempts == 0
            ? tr("no attempts in 30 days")
            : tr("%n passed in 30 days", nullptr, m_recentPasses));
    const QStringList names { tr("&Mapping (%1)"), tr("&Validation (%1)"), tr("&Project (%1)"),
        tr("&Archived (%1)") };
    for (int tab = 0; tab < 4; ++tab) {
        m_tabs->setTabText(tab, names[tab].arg(QLocale().toString(m_counts[tab])));
        m_tables[tab]->setEmptyText(tab == 3
                ? tr("No archived modules.")
                : tr("No modules of this type yet. Write one with New training…"));
    }
    m_detailTabs->setTabText(0, tr("&Questions"));
    m_detailTabs->setTabText(
        1, tr("&Results (%1)").arg(QLocale().toString(m_resultsModel->rowCount())));
    m_new->setText(tr("New training…"));
    m_new->setToolTip(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText));
    m_edit->setText(tr("Edit…"));
    m_material->setText(tr("Open material"));
    m_preview->setText(tr("Preview quiz"));
    m_preview->setToolTip(tr("Answer the questions as a person would; nothing is recorded."));
    m_archive->setText(tr("Archive…"));
    m_restore->setText(tr("Restore…"));
    showDetail();
    updateActions();
}

} // namespace mikro::ui
