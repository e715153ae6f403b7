#include "ui/dialogs/TrainingEditorDialog.h"

#include "services/client/TrainingAdminClient.h"
#include "services/core/WhenReady.h"
#include "ui/common/Banner.h"
#include "ui/common/Confirm.h"
#include "ui/common/FieldMessage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace mikro::ui {

namespace {

enum AnswerColumn { AnswerText, AnswerCorrect };

bool isWebAddress(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https")
        && !url.host().isEmpty();
}

/// A question's first line, shortened for the list.
QString listLine(int number, const QString &text)
{
    const QString first = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    return QStringLiteral("%1. %2").arg(number).arg(
        first.size() > 60 ? first.left(59) + u'…' : first);
}

} // namespace

TrainingEditorDialog::TrainingEditorDialog(client::TrainingAdminClient &admin, QWidget *parent)
    : QDialog(parent)
    , m_admin(admin)
    , m_banner(new Banner(this))
    , m_title(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_url(new QLineEdit(this))
    , m_points(new QSpinBox(this))
    , m_difficulty(new QComboBox(this))
    , m_passMark(new QSpinBox(this))
    , m_questionList(new QListWidget(this))
    , m_addQuestion(new QPushButton(tr("Add &question"), this))
    , m_removeQuestion(new QPushButton(tr("Remo&ve question"), this))
    , m_questionUp(new QPushButton(tr("Move &up"), this))
    , m_questionDown(new QPushButton(tr("Move do&wn"), this))
    , m_questionText(new QPlainTextEdit(this))
    , m_answers(new QTableWidget(0, 2, this))
    , m_addAnswer(new QPushButton(tr("Add a&nswer"), this))
    , m_removeAnswer(new QPushButton(tr("Remove answe&r"), this))
    , m_problems(new FieldMessage(this))
    , m_busy(new QLabel(this))
{
}

TrainingEditorDialog::TrainingEditorDialog(
    client::TrainingAdminClient &admin, domain::TrainingType type, QWidget *parent)
    : TrainingEditorDialog(admin, parent)
{
    setObjectName(QStringLiteral("newTrainingDialog"));
    setWindowTitle(tr("New training"));
    buildForm();
    m_primary->setText(tr("Create"));
    m_type->setCurrentIndex(m_type->findData(static_cast<int>(type)));
    m_points->setValue(10);
    m_passMark->setValue(70);
    addQuestion();
    m_title->setFocus();
    check();
}

TrainingEditorDialog::TrainingEditorDialog(
    client::TrainingAdminClient &admin, const domain::TrainingView &training, QWidget *parent)
    : TrainingEditorDialog(admin, parent)
{
    m_editing = training;
    setObjectName(QStringLiteral("editTrainingDialog"));
    setWindowTitle(tr("Edit training"));
    buildForm();
    m_primary->setText(tr("Save"));
    m_title->setText(training.title);
    m_type->setCurrentIndex(m_type->findData(static_cast<int>(training.type)));
    m_url->setText(training.url);
    m_points->setValue(training.pointValue);
    if (m_difficulty->findData(training.difficulty) < 0 && !training.difficulty.isEmpty())
        m_difficulty->addItem(training.difficulty, training.difficulty);
    m_difficulty->setCurrentIndex(std::max(0, m_difficulty->findData(training.difficulty)));
    m_passMark->setValue(training.passPercent);
    for (const domain::TrainingView::Question &q : training.questions) {
        domain::TrainingDraft::Question question { q.text, {} };
        for (const domain::TrainingView::Answer &a : q.answers)
            question.answers << domain::TrainingDraft::Answer { a.text, a.correct };
        m_questions << question;
    }
    m_current = m_questions.isEmpty() ? -1 : 0;
    showQuestions();
    m_title->setFocus();
    check();
}

void TrainingEditorDialog::buildForm()
{
    m_title->setObjectName(QStringLiteral("trainingTitle"));
    m_title->setAccessibleName(tr("Title"));
    m_title->setMaxLength(MaxTitle);
    m_type->setObjectName(QStringLiteral("trainingType"));
    m_type->setAccessibleName(tr("Type"));
    m_type->addItem(tr("Mapping"), static_cast<int>(domain::TrainingType::Mapping));
    m_type->addItem(tr("Validation"), static_cast<int>(domain::TrainingType::Validation));
    m_type->addItem(tr("Project"), static_cast<int>(domain::TrainingType::Project));
    m_url->setObjectName(QStringLiteral("trainingUrl"));
    m_url->setAccessibleName(tr("Material URL"));
    m_url->setPlaceholderText(QStringLiteral("https://learn.example/roads"));
    m_points->setObjectName(QStringLiteral("trainingPoints"));
    m_points->setAccessibleName(tr("Points"));
    m_points->setRange(0, 1000);
    m_passMark->setObjectName(QStringLiteral("trainingPassMark"));
    m_passMark->setAccessibleName(tr("Pass mark"));
    m_passMark->setRange(1, 100);
    m_passMark->setSuffix(QStringLiteral(" %"));
    for (QSpinBox *box : { m_points, m_passMark })
        if (auto *line = box->findChild<QLineEdit *>())
            line->setAccessibleName(box->accessibleName());
    m_difficulty->setObjectName(QStringLiteral("trainingDifficulty"));
    m_difficulty->setAccessibleName(tr("Difficulty"));
    m_difficulty->addItem(tr("Easy"), QStringLiteral("Easy"));
    m_difficulty->addItem(tr("Medium"), QStringLiteral("Medium"));
    m_difficulty->addItem(tr("Hard"), QStringLiteral("Hard"));
    m_difficulty->setCurrentIndex(1);

    m_questionList->setObjectName(QStringLiteral("questionList"));
    m_questionList->setAccessibleName(tr("Questions"));
    m_questionList->setMinimumWidth(220);
    m_questionText->setObjectName(QStringLiteral("questionText"));
    m_questionText->setAccessibleName(tr("Question"));
    m_questionText->setTabChangesFocus(true);
    m_questionText->setFixedHeight(m_questionText->fontMetrics().lineSpacing() * 3 + 14);
    m_answers->setObjectName(QStringLiteral("answerTable"));
    m_answers->setAccessibleName(tr("Answers"));
    m_answers->setHorizontalHeaderLabels({ tr("Answer"), tr("Correct") });
    m_answers->verticalHeader()->hide();
    m_answers->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_answers->setSelectionMode(QAbstractItemView::SingleSelection);
    m_answers->horizontalHeader()->setSectionResizeMode(AnswerText, QHeaderView::Stretch);
    m_answers->horizontalHeader()->setSectionResizeMode(
        AnswerCorrect, QHeaderView::ResizeToContents);
    m_addQuestion->setObjectName(QStringLiteral("addQuestionButton"));
    m_removeQuestion->setObjectName(QStringLiteral("removeQuestionButton"));
    m_questionUp->setObjectName(QStringLiteral("moveQuestionUpButton"));
    m_questionDown->setObjectName(QStringLiteral("moveQuestionDownButton"));
    m_questionUp->setToolTip(tr("Ctrl+Up"));
    m_questionDown->setToolTip(tr("Ctrl+Down"));
    m_addAnswer->setObjectName(QStringLiteral("addAnswerButton"));
    m_removeAnswer->setObjectName(QStringLiteral("removeAnswerButton"));
    m_problems->setObjectName(QStringLiteral("trainingProblems"));
    m_problems->setWordWrap(true);
    m_busy->setObjectName(QStringLiteral("trainingBusy"));
    m_busy->hide();

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Title"), m_title);
    form->addRow(tr("T&ype"), m_type);
    form->addRow(tr("&Material URL"), m_url);
    form->addRow(tr("&Points"), m_points);
    form->addRow(tr("&Difficulty"), m_difficulty);
    form->addRow(tr("Pass mar&k"), m_passMark);

    auto *left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Questions"), this));
    left->addWidget(m_questionList, 1);
    for (QPushButton *b : { m_addQuestion, m_removeQuestion, m_questionUp, m_questionDown })
        left->addWidget(b);
    auto *answerButtons = new QHBoxLayout;
    answerButtons->addWidget(m_addAnswer);
    answerButtons->addWidget(m_removeAnswer);
    answerButtons->addStretch();
    auto *right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("Question"), this));
    right->addWidget(m_questionText);
    right->addWidget(new QLabel(tr("Answers (tick the one correct answer)"), this));
    right->addWidget(m_answers, 1);
    right->addLayout(answerButtons);
    auto *questions = new QHBoxLayout;
    questions->addLayout(left);
    questions->addLayout(right, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_primary = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_primary->setObjectName(QStringLiteral("saveTrainingButton"));
    m_primary->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &TrainingEditorDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addLayout(questions, 1);
    layout->addWidget(m_problems);
    layout->addWidget(m_busy);
    layout->addWidget(buttons);
    resize(820, 680);

    for (QLineEdit *line : { m_title, m_url })
        connect(line, &QLineEdit::textChanged, this, &TrainingEditorDialog::check);
    connect(m_questionList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_filling)
            return;
        m_current = row;
        showQuestion();
    });
    connect(m_questionText, &QPlainTextEdit::textChanged, this, [this] {
        if (m_filling || m_current < 0)
            return;
        m_questions[m_current].text = m_questionText->toPlainText();
        m_questionList->item(m_current)->setText(
            listLine(m_current + 1, m_questions[m_current].text));
        check();
    });
    connect(m_answers, &QTableWidget::cellChanged, this, &TrainingEditorDialog::answerEdited);
    connect(m_answers, &QTableWidget::currentCellChanged, this, &TrainingEditorDialog::check);
    connect(m_addQuestion, &QPushButton::clicked, this, [this] {
        addQuestion();
        m_questionText->setFocus();
    });
    connect(m_removeQuestion, &QPushButton::clicked, this, &TrainingEditorDialog::removeQuestion);
    connect(m_questionUp, &QPushButton::clicked, this, [this] { moveQuestion(-1); });
    connect(m_questionDown, &QPushButton::clicked, this, [this] { moveQuestion(1); });
    connect(m_addAnswer, &QPushButton::clicked, this, &TrainingEditorDialog::addAnswer);
    connect(m_removeAnswer, &QPushButton::clicked, this, &TrainingEditorDialog::removeAnswer);
    // Ctrl+↑ / Ctrl+↓ move the question; the list would otherwise only move its cursor.
    m_questionList->installEventFilter(this);
}

bool TrainingEditorDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_questionList && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::ControlModifier
            && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
            moveQuestion(key->key() == Qt::Key_Up ? -1 : 1);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void TrainingEditorDialog::showQuestions()
{
    m_filling = true;
    m_questionList->clear();
    for (int i = 0; i < m_questions.size(); ++i)
        m_questionList->addItem(listLine(i + 1, m_questions[i].text));
    m_questionList->setCurrentRow(m_current);
    m_filling = false;
    showQuestion();
}

void TrainingEditorDialog::showQuestion()
{
    m_filling = true;
    const bool has = m_current >= 0 && m_current < m_questions.size();
    m_questionText->setEnabled(has);
    m_answers->setEnabled(has);
    m_questionText->setPlainText(has ? m_questions[m_current].text : QString());
    m_answers->setRowCount(0);
    if (has) {
        const auto &answers = m_questions[m_current].answers;
        m_answers->setRowCount(static_cast<int>(answers.size()));
        for (int r = 0; r < answers.size(); ++r) {
            m_answers->setItem(r, AnswerText, new QTableWidgetItem(answers[r].text));
            auto *correct = new QTableWidgetItem;
            correct->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            correct->setCheckState(answers[r].correct ? Qt::Checked : Qt::Unchecked);
            m_answers->setItem(r, AnswerCorrect, correct);
        }
    }
    m_filling = false;
    check();
}

void TrainingEditorDialog::addQuestion()
{
    // A new question starts with two empty answers, the first marked correct.
    m_questions << domain::TrainingDraft::Question { QString(),
        { domain::TrainingDraft::Answer { QString(), true },
            domain::TrainingDraft::Answer { QString(), false } } };
    m_current = static_cast<int>(m_questions.size()) - 1;
    showQuestions();
}

void TrainingEditorDialog::removeQuestion()
{
    if (m_current < 0)
        return;
    m_questions.removeAt(m_current);
    m_current = std::min(m_current, static_cast<int>(m_questions.size()) - 1);
    showQuestions();
}

void TrainingEditorDialog::moveQuestion(int by)
{
    const int to = m_current + by;
    if (m_current < 0 || to < 0 || to >= m_questions.size())
        return;
    m_questions.swapItemsAt(m_current, to);
    m_current = to;
    showQuestions();
}

void TrainingEditorDialog::addAnswer()
{
    if (m_current < 0 || m_questions[m_current].answers.size() >= MaxAnswers)
        return;
    m_questions[m_current].answers << domain::TrainingDraft::Answer {};
    showQuestion();
    m_answers->setCurrentCell(m_answers->rowCount() - 1, AnswerText);
    m_answers->editItem(m_answers->currentItem());
}

void TrainingEditorDialog::removeAnswer()
{
    const int row = m_answers->currentRow();
    if (m_current < 0 || row < 0)
        return;
    m_questions[m_current].answers.removeAt(row);
    showQuestion();
}

void TrainingEditorDialog::answerEdited(int row, int column)
{
    if (m_filling || m_current < 0)
        return;
    auto &answers = m_questions[m_current].answers;
    if (column == AnswerText) {
        answers[row].text = m_answers->item(row, AnswerText)->text();
    } else if (m_answers->item(row, AnswerCorrect)->checkState() == Qt::Checked) {
        // One correct answer: ticking one unticks the others, as radio buttons do. The boxes
        // are set in place: the table's items must outlive the signal that brought us here.
        m_filling = true;
        for (int r = 0; r < answers.size(); ++r) {
            answers[r].correct = r == row;
            m_answers->item(r, AnswerCorrect)
                ->setCheckState(r == row ? Qt::Checked : Qt::Unchecked);
        }
        m_filling = false;
    } else {
        answers[row].correct = false;
    }
    check();
}

QStringList TrainingEditorDialog::problemsOf(int question) const
{
    const domain::TrainingDraft::Question &q = m_questions.at(question);
    const int n = question + 1;
    QStringList out;
    if (q.text.trimmed().isEmpty())
        out << tr("Question %1 has no text.").arg(n);
    if (q.answers.size() < 2 || q.answers.size() > MaxAnswers)
        out << tr("Question %1 needs 2 to %2 answers.").arg(n).arg(MaxAnswers);
    const auto correct = std::ranges::count_if(q.answers, &domain::TrainingDraft::Answer::correct);
    if (correct == 0)
        out << tr("Question %1 has no correct answer.").arg(n);
    else if (correct > 1)
        out << tr("Question %1 has more than one correct answer.").arg(n);
    QSet<QString> seen;
    bool empty = false;
    bool twice = false;
    for (const domain::TrainingDraft::Answer &a : q.answers) {
        const QString text = a.text.trimmed();
        empty = empty || text.isEmpty();
        twice = twice || (!text.isEmpty() && seen.contains(text.toLower()));
        seen.insert(text.toLower());
    }
    if (empty)
        out << tr("Question %1 has an empty answer.").arg(n);
    if (twice)
        out << tr("Question %1 has the same answer twice.").arg(n);
    return out;
}

QStringList TrainingEditorDialog::problems() const
{
    QStringList out;
    if (m_title->text().trimmed().isEmpty())
        out << tr("Give the training a title.");
    if (!isWebAddress(m_url->text().trimmed()))
        out << tr("The material URL must be an http or https address.");
    if (m_questions.isEmpty())
        out << tr("Add at least one question.");
    for (int i = 0; i < m_questions.size(); ++i)
        out << problemsOf(i);
    return out;
}

void TrainingEditorDialog::check()
{
    if (!m_primary)
        return;
    const QStringList now = problems();
    m_problems->showProblem(now.join(QStringLiteral("\n⚠ ")));
    m_primary->setEnabled(now.isEmpty() && !m_sending);
    // A question with a problem is marked in the list, in words as well as by its sign.
    for (int i = 0; i < m_questionList->count() && i < m_questions.size(); ++i) {
        QListWidgetItem *item = m_questionList->item(i);
        const bool wrong = !problemsOf(i).isEmpty();
        const QString line = listLine(i + 1, m_questions[i].text);
        item->setText(wrong ? QStringLiteral("⚠ ") + line : line);
    }
    m_removeQuestion->setEnabled(m_current >= 0);
    m_questionUp->setEnabled(m_current > 0);
    m_questionDown->setEnabled(m_current >= 0 && m_current < m_questions.size() - 1);
    m_addAnswer->setEnabled(m_current >= 0 && m_questions[m_current].answers.size() < MaxAnswers);
    m_removeAnswer->setEnabled(m_current >= 0 && m_answers->currentRow() >= 0);
}

domain::TrainingDraft TrainingEditorDialog::draft() const
{
    domain::TrainingDraft d;
    d.title = m_title->text().trimmed();
    d.type = static_cast<domain::TrainingType>(m_type->currentData().toInt());
    d.url = m_url->text().trimmed();
    d.pointValue = m_points->value();
    d.difficulty = m_difficulty->currentData().toString();
    d.passPercent = m_passMark->value();
    for (domain::TrainingDraft::Question q : m_questions) {
        q.text = q.text.trimmed();
        for (domain::TrainingDraft::Answer &a : q.answers)
            a.text = a.text.trimmed();
        d.questions << q;
    }
    return d;
}

bool TrainingEditorDialog::questionsChanged(const domain::TrainingDraft &now) const
{
    const auto &was = m_editing->questions;
    if (now.questions.size() != was.size())
        return true;
    for (int i = 0; i < was.size(); ++i) {
        if (was[i].text != now.questions[i].text
            || was[i].answers.size() != now.questions[i].answers.size())
            return true;
        for (int a = 0; a < was[i].answers.size(); ++a)
            if (was[i].answers[a].text != now.questions[i].answers[a].text
                || was[i].answers[a].correct != now.questions[i].answers[a].correct)
                return true;
    }
    return false;
}

void TrainingEditorDialog::save()
{
    if (!m_primary->isEnabled())
        return;
    if (!m_editing || m_editing->completedCount == 0) {
        send();
        return;
    }
    // Asked only when the questions change for a module people have passed.
    if (!questionsChanged(draft())) {
        send();
        return;
    }
    m_primary->setEnabled(false);
    askToConfirm(this, QStringLiteral("confirmQuestionChange"), tr("Change questions"),
        tr("People who passed keep their result and points; new attempts use the new questions."),
        tr("Change questions"), [this](bool yes) {
            check();
            if (yes)
                send();
        });
}

void TrainingEditorDialog::send()
{
    const domain::TrainingDraft d = draft();
    m_sending = true;
    m_busy->setText(m_editing ? tr("Saving…") : tr("Creating the training…"));
    m_busy->show();
    check();
    const auto done = [this](qint64 id) {
        m_sending = false;
        m_busy->hide();
        m_savedId = id;
        accept();
    };
    if (!m_editing) {
        core::whenReady(m_admin.create(d), this, [this, done](const core::Result<qint64> &made) {
            if (!made.ok()) {
                failed(made.error());
                return;
            }
            done(made.value());
        });
        return;
    }
    const domain::TrainingView &was = *m_editing;
    domain::TrainingChange change;
    if (d.title != was.title)
        change.title = d.title;
    if (d.type != was.type)
        change.type = d.type;
    if (d.url != was.url)
        change.url = d.url;
    if (d.pointValue != was.pointValue)
        change.pointValue = d.pointValue;
    if (d.difficulty != was.difficulty)
        change.difficulty = d.difficulty;
    if (d.passPercent != was.passPercent)
        change.passPercent = d.passPercent;
    if (questionsChanged(d)) // given questions replace them all
        change.questions = d.questions;
    core::whenReady(m_admin.modify(was.id, change), this,
        [this, done, id = was.id](const core::Result<void> &changed) {
            if (!changed.ok()) {
                failed(changed.error());
                return;
            }
            done(id);
        });
}

void TrainingEditorDialog::failed(const core::Error &error)
{
    m_sending = false;
    m_busy->hide();
    check();
    m_banner->showMessage(Banner::Level::Error, error.message,
        error.diagnostic.isEmpty() ? QString() : error.diagnostic);
}

} // namespace mikro::ui
