#pragma once

#include "services/domain/training/TrainingCatalog.h"
#include "ui/common/Page.h"

class QPushButton;
class QTabWidget;

namespace mikro::models {
class TrainingsModel;
}

namespace mikro::ui {

class FigureCard;
class QuizDialog;
class RecordTable;

/// Learn, pass quizzes, become eligible for projects (UI.md §3.4): the cards Available, Passed,
/// Not passed yet and Points; the tabs Mapping, Validation and Project with their counts; "Open
/// material" and "Take quiz…" (the default while not passed). The quiz dialog is graded by the
/// server.
class TrainingPage : public Page
{
    Q_OBJECT
public:
    explicit TrainingPage(const PageContext &context, QWidget *parent = nullptr);

    [[nodiscard]] QString title() const override;
    /// The table of one tab: 0 Mapping, 1 Validation, 2 Project.
    [[nodiscard]] RecordTable *table(int tab) const { return m_tables.at(tab); }
    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }
    [[nodiscard]] QPushButton *takeQuizButton() const { return m_takeQuiz; }
    /// The open quiz dialog, if any.
    [[nodiscard]] QuizDialog *quizDialog() const { return m_quiz; }

protected:
    void load() override;
    void changeEvent(QEvent *event) override;

private:
    [[nodiscard]] const domain::TrainingView *current() const;
    void updateActions();
    void openMaterial();
    void takeQuiz();
    void retranslateUi();

    FigureCard *m_available = nullptr;
    FigureCard *m_passed = nullptr;
    FigureCard *m_notPassed = nullptr;
    FigureCard *m_points = nullptr;
    QTabWidget *m_tabs = nullptr;
    QList<models::TrainingsModel *> m_models;
    QList<RecordTable *> m_tables;
    QPushButton *m_material = nullptr;
    QPushButton *m_takeQuiz = nullptr;
    QuizDialog *m_quiz = nullptr;
    QList<domain::TrainingView> m_trainings;
};

} // namespace mikro::ui
