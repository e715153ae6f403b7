#include "ui/dialogs/QuizDialog.h"

#include "services/client/TrainingClient.h"
#include "services/core/WhenReady.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace mikro::ui {

namespace {

enum Pane { Status, Questions, Result };

/// The quiz an admin's module makes, in the catalog's order, with no attempt limit.
domain::Quiz quizOf(const domain::TrainingView &module)
{
    domain::Quiz quiz;
    quiz.id = module.id;
    quiz.title = module.title;
    quiz.passPercent = module.passPercent;
    quiz.attemptsLeft = 1;
    for (const domain::TrainingView::Question &q : module.questions) {
        domain::Quiz::Question question { q.id, q.text, {} };
        for (const domain::TrainingView::Answer &a : q.answers)
            question.answers << domain::Quiz::Answer { a.id, a.text };
        quiz.questions << question;
    }
    return quiz;
}

} // namespace

QuizDialog::QuizDialog(client::TrainingClient &training, domain::TrainingView module,
    const std::function<void(const QUrl &)> &openMaterial, QWidget *parent)
    : QuizDialog(&training, std::move(module), openMaterial, parent)
{
}

QuizDialog::QuizDialog(domain::TrainingView module,
    const std::function<void(const QUrl &)> &openMaterial, QWidget *parent)
    : QuizDialog(nullptr, std::move(module), openMaterial, parent)
{
}

QuizDialog::QuizDialog(client::TrainingClient *training, domain::TrainingView module,
    const std::function<void(const QUrl &)> &openMaterial, QWidget *parent)
    : QDialog(parent)
    , m_training(training)
    , m_module(std::move(module))
    , m_stack(new QStackedWidget)
    , m_status(new QLabel)
    , m_questions(new QScrollArea)
    , m_result(new QLabel)
    , m_progress(new QLabel)
    , m_submit(new QPushButton(tr("Submit answers")))
    , m_retry(new QPushButton(tr("Try again")))
    , m_close(new QPushButton(tr("Close")))
{
    setObjectName(m_training ? QStringLiteral("quizDialog") : QStringLiteral("quizPreviewDialog"));
    setWindowTitle(m_training ? m_module.title : tr("Preview: %1").arg(m_module.title));
    setMinimumSize(560, 480);
    auto *heading = new QLabel(m_module.title);
    QFont big = heading->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.3);
    heading->setFont(big);
    auto *facts = new QLabel(
        tr("%1 questions · pass mark %2 % · %3 points")
            .arg(QLocale().toString(m_module.questions.size()),
                QLocale().toString(m_module.passPercent), QLocale().toString(m_module.pointValue)));
    facts->setObjectName(QStringLiteral("quizFacts"));
    auto *material = new QLabel(
        QStringLiteral("<a href=\"%1\">%2</a>")
            .arg(m_module.url.toHtmlEscaped(), tr("Open training material").toHtmlEscaped()));
    material->setTextInteractionFlags(Qt::TextBrowserInteraction);
    material->setVisible(!m_module.url.isEmpty());
    connect(material, &QLabel::linkActivated, this,
        [openMaterial](const QString &link) { openMaterial(QUrl(link)); });

    m_status->setObjectName(QStringLiteral("quizStatus"));
    m_status->setAlignment(Qt::AlignCenter);
    m_status->setWordWrap(true);
    m_result->setObjectName(QStringLiteral("quizResult"));
    m_result->setWordWrap(true);
    m_result->setAlignment(Qt::AlignCenter);
    m_questions->setWidgetResizable(true);
    m_questions->setAccessibleName(tr("Questions"));
    m_stack->addWidget(m_status);
    m_stack->addWidget(m_questions);
    m_stack->addWidget(m_result);
    m_progress->setObjectName(QStringLiteral("quizProgress"));
    m_submit->setObjectName(QStringLiteral("submitAnswersButton"));
    m_retry->setObjectName(QStringLiteral("tryAgainButton"));

    auto *buttons = new QDialogButtonBox;
    buttons->addButton(m_submit, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_retry, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_progress, 1);
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(facts);
    if (!m_training) {
        auto *note
            = new QLabel(tr("Preview: your answers are graded here and nothing is recorded."));
        note->setObjectName(QStringLiteral("quizPreviewNote"));
        note->setWordWrap(true);
        layout->addWidget(note);
        m_submit->setText(tr("Grade answers"));
    }
    layout->addWidget(material);
    layout->addWidget(m_stack, 1);
    layout->addLayout(bottom);

    // The dialog box's own accept() would close it: submitting is handled here instead.
    disconnect(buttons, &QDialogButtonBox::accepted, nullptr, nullptr);
    connect(m_submit, &QPushButton::clicked, this, &QuizDialog::submit);
    connect(m_retry, &QPushButton::clicked, this, &QuizDialog::loadQuiz);
    connect(m_close, &QPushButton::clicked, this, &QuizDialog::reject);
    loadQuiz();
}

QButtonGroup *QuizDialog::answers(int index) const
{
    return index >= 0 && index < m_groups.size() ? m_groups.at(index) : nullptr;
}

int QuizDialog::questionCount() const
{
    return static_cast<int>(m_groups.size());
}

QString QuizDialog::resultText() const
{
    return m_result->text();
}

void QuizDialog::loadQuiz()
{
    m_submitted = false;
    m_groups.clear();
    m_status->setText(tr("Loading the quiz…"));
    m_stack->setCurrentIndex(Status);
    m_submit->setEnabled(false);
    m_submit->setVisible(true);
    m_retry->setVisible(false);
    m_progress->clear();
    if (!m_training) {
        m_questions->setEnabled(true);
        showQuiz(quizOf(m_module));
        return;
    }
    core::whenReady(
        m_training->quiz(m_module.id), this, [this](const core::Result<domain::Quiz> &quiz) {
            if (!quiz.ok()) {
                showFailure(quiz.error().message);
                return;
            }
            showQuiz(quiz.value());
        });
}

void QuizDialog::showFailure(const QString &message)
{
    m_status->setText(message + u'\n' + tr("Close this window and try again later."));
    m_stack->setCurrentIndex(Status);
    m_submit->setEnabled(false);
}

void QuizDialog::showQuiz(const domain::Quiz &quiz)
{
    m_quiz = quiz;
    if (quiz.attemptsLeft <= 0) {
        const QString when
            = QLocale().toString(quiz.nextAttemptAt.toLocalTime(), QLocale::ShortFormat);
        showFailure(tr("You have used today's %1 attempts at this quiz. You can try again after "
                       "%2.")
                        .arg(QLocale().toString(domain::QuizAttemptsPerDay), when));
        return;
    }
    auto *list = new QWidget;
    auto *layout = new QVBoxLayout(list);
    for (qsizetype i = 0; i < quiz.questions.size(); ++i) {
        const domain::Quiz::Question &q = quiz.questions.at(i);
        auto *box = new QGroupBox(tr("%1. %2").arg(QLocale().toString(i + 1), q.text), list);
        box->setObjectName(QStringLiteral("question%1").arg(i + 1));
        box->setLayout(new QVBoxLayout);
        auto *group = new QButtonGroup(box);
        // Buttons are numbered by position; the answer's id is looked up when submitting.
        for (qsizetype k = 0; k < q.answers.size(); ++k) {
            auto *choice = new QRadioButton(q.answers.at(k).text);
            choice->setAccessibleName(
                tr("Question %1: %2").arg(QLocale().toString(i + 1), q.answers.at(k).text));
            group->addButton(choice, static_cast<int>(k));
            box->layout()->addWidget(choice);
        }
        connect(group, &QButtonGroup::idClicked, this, &QuizDialog::updateProgress);
        m_groups << group;
        layout->addWidget(box);
    }
    layout->addStretch();
    m_questions->setWidget(list);
    m_stack->setCurrentIndex(Questions);
    updateProgress();
}

int QuizDialog::answeredCount() const
{
    return static_cast<int>(std::ranges::count_if(
        m_groups, [](const QButtonGroup *g) { return g->checkedId() != -1; }));
}

void QuizDialog::updateProgress()
{
    const int answered = answeredCount();
    m_progress->setText(
        tr("%1 of %2 answered")
            .arg(QLocale().toString(answered), QLocale().toString(questionCount())));
    m_submit->setEnabled(!m_submitted && questionCount() > 0 && answered == questionCount());
}

void QuizDialog::submit()
{
    if (m_submitted || answeredCount() != questionCount())
        return;
    if (!m_training) {
        gradeHere();
        return;
    }
    QMap<qint64, qint64> chosen;
    for (qsizetype i = 0; i < m_groups.size(); ++i)
        chosen.insert(m_quiz.questions.at(i).id,
            m_quiz.questions.at(i).answers.at(m_groups.at(i)->checkedId()).id);
    m_submitted = true;
    m_submit->setEnabled(false);
    m_questions->setEnabled(false);
    m_progress->setText(tr("Grading…"));
    core::whenReady(m_training->submit(m_module.id, chosen), this,
        [this](const core::Result<domain::QuizResult> &result) {
            m_questions->setEnabled(true);
            if (!result.ok()) {
                m_submitted = false;
                updateProgress();
                QMessageBox::warning(this, tr("The answers were not graded"),
                    result.error().message + u'\n'
                        + tr("Your answers are still here; submit them again."));
                return;
            }
            showResult(result.value());
            emit graded(result.value());
        });
}

void QuizDialog::gradeHere()
{
    // The preview deals the module's questions in its order: position i is question i.
    int correct = 0;
    for (qsizetype i = 0; i < m_groups.size(); ++i) {
        const auto &answers = m_module.questions.at(i).answers;
        const int chosen = m_groups.at(i)->checkedId();
        correct += chosen >= 0 && chosen < answers.size() && answers.at(chosen).correct ? 1 : 0;
    }
    m_submitted = true;
    showPreviewResult(domain::quizScorePercent(correct, questionCount()));
}

void QuizDialog::showPreviewResult(int scorePercent)
{
    const QLocale locale;
    const QString score = locale.toString(scorePercent);
    const QString mark = locale.toString(m_module.passPercent);
    m_result->setText(
        (domain::quizPassed(scorePercent, m_module.passPercent)
                ? tr("Preview: %1 % (pass mark %2 %). A person with these answers would pass.")
                : tr("Preview: %1 % (pass mark %2 %). A person with these answers would not "
                     "pass."))
            .arg(score, mark)
        + u'\n' + tr("Nothing was recorded."));
    m_stack->setCurrentIndex(Result);
    m_submit->setVisible(false);
    m_progress->clear();
    m_retry->setVisible(true);
    m_close->setDefault(true);
}

void QuizDialog::showResult(const domain::QuizResult &r)
{
    const QLocale locale;
    QString text;
    if (r.passed) {
        text = tr("Passed — %1 % (pass mark %2 %).")
                   .arg(locale.toString(r.scorePercent), locale.toString(m_quiz.passPercent));
        if (r.pointsAwarded > 0)
            text += u' ' + tr("%1 points added.").arg(locale.toString(r.pointsAwarded));
    } else {
        text = tr("Not passed — %1 % (pass mark %2 %). Review the material and try again.")
                   .arg(locale.toString(r.scorePercent), locale.toString(m_quiz.passPercent));
        text += u'\n'
            + (r.attemptsLeft > 0
                    ? tr("Attempts left today: %1.").arg(locale.toString(r.attemptsLeft))
                    : tr("No attempts left today."));
    }
    m_result->setText(text);
    m_stack->setCurrentIndex(Result);
    m_submit->setVisible(false);
    m_progress->clear();
    m_retry->setVisible(!r.passed && r.attemptsLeft > 0);
    m_close->setDefault(true);
}

void QuizDialog::reject()
{
    const bool answering = m_stack->currentIndex() == Questions && !m_submitted;
    if (answering && answeredCount() > 0) {
        const auto answer = QMessageBox::question(this, tr("Discard your answers?"),
            tr("Your answers to this quiz are not submitted and will be lost."),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}

} // namespace mikro::ui
