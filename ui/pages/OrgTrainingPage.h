#pragma once

#include "services/domain/projects/ProjectDirectory.h"
#include "services/domain/training/TrainingCatalog.h"
#include "ui/common/Page.h"

#include <array>

class QLabel;
class QPushButton;
class QTabWidget;

namespace mikro::models {
class OrgTrainingsModel;
class TrainingResultsModel;
} // namespace mikro::models

namespace mikro::ui {

class FigureCard;
class RecordTable;

/// Training for an admin (UI.md §5.6): cards (Modules, Mapping, Validation, Project); the tabs
/// Mapping · Validation · Project · Archived with each module's points, pass mark, questions, how
/// many people passed it and the projects that require it; under them the selected module's
/// Questions (the correct answers marked) and Results (each person's attempts, best score and
/// pass, read when the module is chosen); New training… (Ctrl+N), Edit…, Preview quiz, Open
/// material, Archive… and, on the Archived tab, Restore….
class OrgTrainingPage : public Page
{
    Q_OBJECT
public:
    explicit OrgTrainingPage(const PageContext &context, QWidget *parent = nullptr);

    [[nodiscard]] QString title() const override;
    /// The table of one tab: 0 Mapping, 1 Validation, 2 Project, 3 Archived.
    [[nodiscard]] RecordTable *table(int tab) const { return m_tables.at(tab); }
    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }
    [[nodiscard]] RecordTable *resultsTable() const { return m_results; }
    /// Shows module `trainingId` selected in its tab (now, or once the modules are read).
    bool selectTraining(qint64 trainingId);

protected:
    void load() override;
    void changeEvent(QEvent *event) override;

private:
    void present(
        const QList<domain::TrainingView> &trainings, const QList<domain::ProjectRow> &projects);
    [[nodiscard]] const domain::TrainingView *current() const;
    void showDetail();
    void updateActions();
    void newTraining();
    void editTraining();
    /// The selected module's quiz, graded here; nothing is recorded (UI.md §5.6).
    void previewQuiz();
    void confirmArchive();
    void confirmRestore();
    /// Reads the results of the module shown, unless they are already shown or being read.
    void loadResults();
    void retranslateUi();

    FigureCard *m_modules = nullptr;
    FigureCard *m_mapping = nullptr;
    FigureCard *m_validation = nullptr;
    FigureCard *m_project = nullptr;
    FigureCard *m_attempts = nullptr; ///< attempts over the last 30 days
    FigureCard *m_passRate = nullptr; ///< passed ÷ attempts over the last 30 days
    int m_recentAttempts = 0;
    int m_recentPasses = 0;
    QTabWidget *m_tabs = nullptr;
    QList<models::OrgTrainingsModel *> m_models;
    QList<RecordTable *> m_tables;
    QLabel *m_detailTitle = nullptr;
    QLabel *m_detail = nullptr;
    QTabWidget *m_detailTabs = nullptr; ///< Questions, Results
    models::TrainingResultsModel *m_resultsModel = nullptr;
    RecordTable *m_results = nullptr;
    qint64 m_resultsFor = 0; ///< the module whose results are shown or being read
    QPushButton *m_new = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_material = nullptr;
    QPushButton *m_preview = nullptr;
    QPushButton *m_archive = nullptr;
    QPushButton *m_restore = nullptr;
    QList<domain::TrainingView> m_trainings;
    std::array<int, 4> m_counts {}; ///< modules per tab
    qint64 m_wanted = 0; ///< a module to select once the modules are read
    bool m_sending = false;
};

} // namespace mikro::ui
