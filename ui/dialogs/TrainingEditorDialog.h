#pragma once

#include "services/domain/training/TrainingCatalog.h"
#include "services/domain/training/TrainingService.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace mikro::client {
class TrainingAdminClient;
}

namespace mikro::ui {

class Banner;
class FieldMessage;

/// New training… and Edit… (UI.md §5.6): title, type, material address, points, difficulty, pass
/// mark; the questions in a numbered list on the left (Add question, Remove, Move up / down with
/// Ctrl+↑ / Ctrl+↓) and the selected one's text and answers on the right (Answer · Correct, one
/// correct; Add answer, Remove). Problems are listed above the buttons, the questions with one
/// are marked, and Save stays disabled. Changing the questions of a module people have passed
/// asks first. The dialog sends the change itself and closes when it landed.
class TrainingEditorDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int MaxTitle = 200;
    static constexpr int MaxAnswers = 8;

    /// A new module of `type`.
    TrainingEditorDialog(
        client::TrainingAdminClient &admin, domain::TrainingType type, QWidget *parent = nullptr);
    /// Editing `training` (admin view, with its answer key).
    TrainingEditorDialog(
        client::TrainingAdminClient &admin, const domain::TrainingView &training, QWidget *parent);

    [[nodiscard]] qint64 savedId() const { return m_savedId; }
    /// What is wrong now, one line each; empty when it can be saved.
    [[nodiscard]] QStringList problems() const;
    [[nodiscard]] QListWidget *questionList() const { return m_questionList; }
    [[nodiscard]] QTableWidget *answerTable() const { return m_answers; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit TrainingEditorDialog(client::TrainingAdminClient &admin, QWidget *parent);
    void buildForm();
    void showQuestions();
    void showQuestion();
    void addQuestion();
    void removeQuestion();
    void moveQuestion(int by);
    void addAnswer();
    void removeAnswer();
    void answerEdited(int row, int column);
    void check();
    void save();
    void send();
    void failed(const core::Error &error);
    [[nodiscard]] QStringList problemsOf(int question) const;
    [[nodiscard]] domain::TrainingDraft draft() const;
    /// Whether `now`'s questions differ from the module being edited.
    [[nodiscard]] bool questionsChanged(const domain::TrainingDraft &now) const;

    client::TrainingAdminClient &m_admin;
    std::optional<domain::TrainingView> m_editing;
    QList<domain::TrainingDraft::Question> m_questions;
    int m_current = -1; ///< the question on the right
    qint64 m_savedId = 0;
    bool m_filling = false; ///< the editors are being filled, not edited
    bool m_sending = false;

    Banner *m_banner = nullptr;
    QLineEdit *m_title = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_url = nullptr;
    QSpinBox *m_points = nullptr;
    QComboBox *m_difficulty = nullptr;
    QSpinBox *m_passMark = nullptr;
    QListWidget *m_questionList = nullptr;
    QPushButton *m_addQuestion = nullptr;
    QPushButton *m_removeQuestion = nullptr;
    QPushButton *m_questionUp = nullptr;
    QPushButton *m_questionDown = nullptr;
    QPlainTextEdit *m_questionText = nullptr;
    QTableWidget *m_answers = nullptr;
    QPushButton *m_addAnswer = nullptr;
    QPushButton *m_removeAnswer = nullptr;
    FieldMessage *m_problems = nullptr;
    QLabel *m_busy = nullptr;
    QPushButton *m_primary = nullptr;
};

} // namespace mikro::ui
