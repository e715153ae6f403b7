#pragma once

#include "services/domain/training/TrainingCatalog.h"
#include "services/domain/training/TrainingService.h"

#include <QDialog>

#include <functional>

class QButtonGroup;
class QLabel;
class QPushButton;
class QScrollArea;
class QStackedWidget;

namespace mikro::client {
class TrainingClient;
}

namespace mikro::ui {

/// A training's quiz (UI.md §3.4): the questions as the server deals them, one radio group each;
/// "{a} of {n} answered"; "Submit answers" once every question is answered; the server grades and
/// the result says passed or not with the score against the pass mark. Closing with answers given
/// asks first. The correct answers never reach a person's desktop, so a result names none.
///
/// An admin's preview (UI.md §5.6 "Preview quiz") deals the module's own questions, the ones the
/// admin's catalog holds, and grades them here by the service's rule (quizScorePercent): the
/// result says whether a person would pass, and nothing is sent or recorded.
class QuizDialog : public QDialog
{
    Q_OBJECT
public:
    QuizDialog(client::TrainingClient &training, domain::TrainingView module,
        const std::function<void(const QUrl &)> &openMaterial, QWidget *parent = nullptr);
    /// The preview of `module`, whose questions carry their correct answers (an admin's view).
    QuizDialog(domain::TrainingView module, const std::function<void(const QUrl &)> &openMaterial,
        QWidget *parent = nullptr);

    /// The radio group of question `index` (0-based), for tests and keyboard focus.
    [[nodiscard]] QButtonGroup *answers(int index) const;
    [[nodiscard]] int questionCount() const;
    [[nodiscard]] QPushButton *submitButton() const { return m_submit; }
    [[nodiscard]] QPushButton *retryButton() const { return m_retry; }
    [[nodiscard]] QString resultText() const;

    void reject() override;

signals:
    /// The server graded a submission (passed or not).
    void graded(const domain::QuizResult &result);

private:
    QuizDialog(client::TrainingClient *training, domain::TrainingView module,
        const std::function<void(const QUrl &)> &openMaterial, QWidget *parent);
    void loadQuiz();
    /// Grades a preview against the module's correct answers; records nothing.
    void gradeHere();
    void showPreviewResult(int scorePercent);
    void showQuiz(const domain::Quiz &quiz);
    void showFailure(const QString &message);
    void submit();
    void showResult(const domain::QuizResult &result);
    void updateProgress();
    [[nodiscard]] int answeredCount() const;

    client::TrainingClient *m_training = nullptr; ///< none: a preview
    domain::TrainingView m_module;
    domain::Quiz m_quiz;
    QList<QButtonGroup *> m_groups;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_status = nullptr;
    QScrollArea *m_questions = nullptr;
    QLabel *m_result = nullptr;
    QLabel *m_progress = nullptr;
    QPushButton *m_submit = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_close = nullptr;
    bool m_submitted = false;
};

} // namespace mikro::ui
