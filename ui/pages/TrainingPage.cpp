#include "ui/pages/TrainingPage.h"

#include "models/training/TrainingsModel.h"
#include "services/client/Backend.h"
#include "services/client/ProjectsClient.h"
#include "services/client/TrainingClient.h"
#include "services/client/offline/OfflineReads.h"
#include "services/core/WhenReady.h"
#include "ui/common/FigureCard.h"
#include "ui/common/RecordTable.h"
#include "ui/common/Remembered.h"
#include "ui/dialogs/QuizDialog.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>

namespace mikro::ui {

using Area = client::ChangeFeed::Area;

TrainingPage::TrainingPage(const PageContext &context, QWidget *parent)
    : Page(context, { Area::Training, Area::Projects }, parent)
    , m_available(new FigureCard(QStringLiteral("availableCard")))
    , m_passed(new FigureCard(QStringLiteral("passedCard")))
    , m_notPassed(new FigureCard(QStringLiteral("notPassedCard")))
    , m_points(new FigureCard(QStringLiteral("pointsCard")))
    , m_tabs(new QTabWidget)
    , m_material(new QPushButton)
    , m_takeQuiz(new QPushButton)
{
    setObjectName(QStringLiteral("trainingPage"));
    m_tabs->setObjectName(QStringLiteral("trainingTabs"));
    m_material->setObjectName(QStringLiteral("openMaterialButton"));
    m_takeQuiz->setObjectName(QStringLiteral("takeQuizButton"));
    auto *cards = new QGridLayout;
    const QList<FigureCard *> all { m_available, m_passed, m_notPassed, m_points };
    for (int i = 0; i < 4; ++i)
        cards->addWidget(all[i], 0, i);
    const QStringList names { QStringLiteral("mappingTrainings"),
        QStringLiteral("validationTrainings"), QStringLiteral("projectTrainings") };
    for (const QString &name : names) {
        auto *model = new models::TrainingsModel(this);
        auto *table = new RecordTable(model, name);
        table->setSearchable(true);
        table->setStatusColumn(models::TrainingsModel::Status);
        m_models << model;
        m_tables << table;
        m_tabs->addTab(table, QString());
        connect(table, &RecordTable::currentRowChanged, this, &TrainingPage::updateActions);
        connect(table, &RecordTable::activated, this, [this] {
            if (m_takeQuiz->isEnabled())
                takeQuiz();
        });
    }
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_material);
    actions->addStretch();
    actions->addWidget(m_takeQuiz);
    contentLayout()->addLayout(cards);
    contentLayout()->addWidget(m_tabs, 1);
    contentLayout()->addLayout(actions);
    connect(m_tabs, &QTabWidget::currentChanged, this, &TrainingPage::updateActions);
    remembered::tabs(m_tabs, QStringLiteral("training"));
    connect(m_material, &QPushButton::clicked, this, &TrainingPage::openMaterial);
    connect(m_takeQuiz, &QPushButton::clicked, this, &TrainingPage::takeQuiz);
    retranslateUi();
    updateActions();
}

QString TrainingPage::title() const
{
    return tr("Training");
}

void TrainingPage::load()
{
    core::whenAllReady(
        this,
        [this](const core::Result<QList<domain::TrainingView>> &trainings,
            const core::Result<domain::UserProjects> &projects) {
            if (!trainings.ok() || !projects.ok()) {
                failed(trainings.ok() ? projects.error() : trainings.error());
                return;
            }
            m_trainings = trainings.value();
            // Which projects (the person's and the open ones) require each training.
            QHash<qint64, QStringList> requiredFor;
            const auto note = [&requiredFor](const domain::ProjectRow &p) {
                for (const qint64 id : p.requiredTrainings)
                    requiredFor[id] << p.name;
            };
            for (const domain::MemberProject &m : projects.value().member)
                note(m.project);
            for (const domain::ProjectRow &p : projects.value().available)
                note(p);
            QList<QList<models::TrainingsModel::Row>> byTab(3);
            int passed = 0;
            int points[3] = { 0, 0, 0 };
            for (const domain::TrainingView &t : m_trainings) {
                const auto tab = static_cast<qsizetype>(t.type);
                byTab[tab] << models::TrainingsModel::Row { t, requiredFor.value(t.id) };
                if (t.completed) {
                    ++passed;
                    points[tab] += t.pointsAwarded;
                }
            }
            for (int tab = 0; tab < 3; ++tab) {
                m_models[tab]->setTrainings(byTab[tab]);
                // The model's order (required and not passed first, then title) is the default.
                m_tables[tab]->view()->sortByColumn(-1, Qt::AscendingOrder);
                m_tables[tab]->fitColumnsOnce();
            }
            const QLocale locale;
            m_available->setValue(locale.toString(m_trainings.size()));
            m_passed->setValue(locale.toString(passed));
            m_notPassed->setValue(locale.toString(m_trainings.size() - passed));
            m_points->setValue(locale.toString(points[0] + points[1] + points[2]));
            m_points->setSubLine(tr("Mapping %1 · Validation %2 · Project %3")
                                     .arg(locale.toString(points[0]), locale.toString(points[1]),
                                         locale.toString(points[2])));
            retranslateUi();
            updateActions();
            loaded(offlineCopyAt(client::keptkeys::Training));
        },
        backend().training().mine(), backend().projects().mine());
}

const domain::TrainingView *TrainingPage::current() const
{
    const int tab = m_tabs->currentIndex();
    if (tab < 0 || tab >= m_tables.size())
        return nullptr;
    const int row = m_tables[tab]->currentRow();
    return row >= 0 && row < m_models[tab]->rowCount() ? &m_models[tab]->rowAt(row).training
                                                       : nullptr;
}

void TrainingPage::updateActions()
{
    const domain::TrainingView *t = current();
    m_material->setEnabled(t && !t->url.isEmpty());
    m_takeQuiz->setEnabled(t && !t->completed && !t->questions.isEmpty() && !m_quiz);
    m_takeQuiz->setDefault(m_takeQuiz->isEnabled());
    m_takeQuiz->setToolTip(t && t->completed
            ? tr("Passed on %1")
                  .arg(
                      QLocale().toString(t->completedAt.toLocalTime().date(), QLocale::ShortFormat))
            : QString());
}

void TrainingPage::openMaterial()
{
    if (const domain::TrainingView *t = current())
        openExternal(QUrl(t->url));
}

void TrainingPage::takeQuiz()
{
    const domain::TrainingView *t = current();
    if (!t || m_quiz)
        return;
    m_quiz = new QuizDialog(
        backend().training(), *t, [this](const QUrl &url) { openExternal(url); }, this);
    m_quiz->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_quiz, &QuizDialog::graded, this, [this](const domain::QuizResult &result) {
        if (result.passed)
            emit statusMessage(tr("Quiz passed"));
    });
    connect(m_quiz, &QObject::destroyed, this, [this] {
        m_quiz = nullptr;
        updateActions();
    });
    updateActions();
    m_quiz->open();
}

void TrainingPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    Page::changeEvent(event);
}

void TrainingPage::retranslateUi()
{
    m_available->setTitle(tr("Available"));
    m_passed->setTitle(tr("Passed"));
    m_notPassed->setTitle(tr("Not passed yet"));
    m_points->setTitle(tr("Points"));
    const QLocale locale;
    const QStringList labels { tr("Mapping (%1)"), tr("Validation (%1)"), tr("Project (%1)") };
    const QStringList empty { tr("No mapping training yet"), tr("No validation training yet"),
        tr("No project training yet") };
    for (int tab = 0; tab < 3; ++tab) {
        m_tabs->setTabText(tab, labels[tab].arg(locale.toString(m_models[tab]->rowCount())));
        m_tables[tab]->setEmptyText(empty[tab]);
    }
    m_material->setText(tr("Open material"));
    m_takeQuiz->setText(tr("Take quiz…"));
}

} // namespace mikro::ui
