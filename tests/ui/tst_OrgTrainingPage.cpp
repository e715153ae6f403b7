#include "models/training/OrgTrainingsModel.h"
#include "models/training/TrainingResultsModel.h"
#include "tests/ui/Accessibility.h"
#include "tests/ui/PageFixture.h"
#include "tests/ui/Screenshots.h"
#include "tests/ui/UiPalette.h"
#include "ui/common/RecordTable.h"
#include "ui/dialogs/QuizDialog.h"
#include "ui/dialogs/TrainingEditorDialog.h"
#include "ui/pages/OrgTrainingPage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QButtonGroup>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace mikro;
using testing::Admin;
using testing::Mapper;
using Modules = models::OrgTrainingsModel;

/// Training for an admin (UI.md §5.6) through both backends, both engines: the modules with
/// their answer key, how many passed and the projects that require them; writing a module with
/// its problems listed and the questions that have one marked; changing the questions of a module
/// people passed, which asks first; archiving.
class tst_OrgTrainingPage : public QObject, private testing::PageFixture
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup() { stopPages(); }
    void modulesShowTheirAnswerKey_data() { backends(); }
    void modulesShowTheirAnswerKey();
    void anAdminWritesAModule_data() { backends(); }
    void anAdminWritesAModule();
    void changingThePassedQuestionsAsksFirst_data() { backends(); }
    void changingThePassedQuestionsAsksFirst();
    void aPreviewIsGradedHereAndRecordsNothing_data() { backends(); }
    void aPreviewIsGradedHereAndRecordsNothing();
    void screenshots();

private:
    /// Opens Preview quiz for Roads 101 on `page` and answers "Yes" to "Paved?" and `tag` to
    /// "Tag?"; null when the preview does not open.
    ui::QuizDialog *previewAnswering(ui::OrgTrainingPage &page, const QString &tag);

    QTranslator m_english;
    qint64 m_roads = 0;
};

void tst_OrgTrainingPage::initTestCase()
{
    startPageSuite();
    QVERIFY(testing::installMikroTranslation(m_english, u"en"_s));
}

void tst_OrgTrainingPage::init()
{
    startBackends(Admin);
    onboard(Admin, u"admin_osm"_s);
    onboard(Mapper, u"mapper_osm"_s);
    m_roads = createRoadsTraining(); // Mapping, 2 questions, 15 points, pass mark 100 %
    exec(u"INSERT INTO projects (id, org_id, name, url, mapping_rate_cents, "
         "validation_rate_cents, active, created_at) VALUES (701, 'org_devstack', 'Roads', "
         "'https://tasks.example/projects/701', 100, 50, TRUE, '2026-01-01T00:00:00Z')"_s);
    exec(
        u"INSERT INTO project_trainings (project_id, training_id) VALUES (701, %1)"_s.arg(m_roads));
    exec(u"INSERT INTO training_completions (user_id, training_id, points_awarded, "
         "completed_at) VALUES ('%1', %2, 15, '2026-11-01T00:00:00Z')"_s.arg(Mapper)
             .arg(m_roads));
    m_session = std::make_unique<client::Session>();
}

void tst_OrgTrainingPage::modulesShowTheirAnswerKey()
{
    QFETCH(QString, name);
    exec(u"INSERT INTO training_attempts (training_id, user_id, score_percent, passed, at) VALUES "
         "(%1, '%2', 50, FALSE, '2026-10-31T09:00:00Z'), "
         "(%1, '%2', 100, TRUE, '2026-11-01T00:00:00Z')"_s.arg(m_roads)
             .arg(Mapper));
    // Two more in the last 30 days, one passed: the cards count only these.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    exec(u"INSERT INTO training_attempts (training_id, user_id, score_percent, passed, at) VALUES "
         "(%1, '%2', 50, FALSE, '%3'), (%1, '%2', 100, TRUE, '%4')"_s.arg(m_roads)
             .arg(Mapper, now.addDays(-3).toString(Qt::ISODate),
                 now.addDays(-2).toString(Qt::ISODate)));
    auto page = openPage<ui::OrgTrainingPage>(name);
    QVERIFY(page);
    QCOMPARE(testing::cardValue(*page, u"modulesCard"_s), u"1"_s);
    QCOMPARE(testing::cardValue(*page, u"mappingModulesCard"_s), u"1"_s);
    QCOMPARE(testing::cardValue(*page, u"validationModulesCard"_s), u"0"_s);
    QCOMPARE(testing::cardValue(*page, u"recentAttemptsCard"_s), u"2"_s);
    QCOMPARE(testing::cardValue(*page, u"recentPassRateCard"_s), u"50 %"_s);
    QCOMPARE(testing::cardSubLine(*page, u"recentPassRateCard"_s), u"1 passed in 30 days"_s);
    QCOMPARE(page->tabs()->tabText(0), u"&Mapping (1)"_s);
    QAbstractItemModel *rows = page->table(0)->view()->model();
    QCOMPARE(rows->rowCount(), 1);
    const auto cell = [rows](int column) { return rows->index(0, column).data().toString(); };
    QCOMPARE(cell(Modules::Title), u"Roads 101"_s);
    QCOMPARE(cell(Modules::Difficulty), u"Easy"_s);
    QCOMPARE(cell(Modules::Points), u"15"_s);
    QCOMPARE(cell(Modules::PassMark), u"100 %"_s);
    QCOMPARE(cell(Modules::Questions), u"2"_s);
    QCOMPARE(cell(Modules::Attempts), u"4"_s);
    QCOMPARE(cell(Modules::Passed), u"1"_s);
    QVERIFY(!cell(Modules::Created).isEmpty());
    QCOMPARE(cell(Modules::RequiredBy), u"Roads"_s);
    QVERIFY(page->selectTraining(m_roads));
    const QString detail = page->findChild<QLabel *>(u"trainingDetail"_s)->text();
    // Answers are stored in a random order: each is checked on its own line.
    const QStringList lines = detail.split(u'\n');
    for (const QString &line : { u"1. Paved?"_s, u"    ✓ Yes (correct)"_s, u"    ○ No"_s,
             u"    ○ Maybe"_s, u"2. Tag?"_s, u"    ✓ highway (correct)"_s, u"    ○ road"_s })
        QVERIFY2(lines.contains(line), qPrintable(detail));
    QCOMPARE(lines.size(), 7);
    QCOMPARE(testing::namelessInFocusChain(*page), QStringList());

    // Results: each person who tried, with attempts, best score and when they passed.
    using Results = models::TrainingResultsModel;
    QAbstractItemModel *results = page->resultsTable()->view()->model();
    QTRY_COMPARE_WITH_TIMEOUT(results->rowCount(), 1, 10000);
    QCOMPARE(results->index(0, Results::Person).data().toString(), u"Mia Mapper (mapper_osm)"_s);
    QCOMPARE(results->index(0, Results::Attempts).data().toString(), u"4"_s);
    QCOMPARE(results->index(0, Results::BestScore).data().toString(), u"100 %"_s);
    QVERIFY(!results->index(0, Results::PassedOn).data().toString().isEmpty());
    auto *detailTabs = page->findChild<QTabWidget *>(u"trainingDetailTabs"_s);
    QCOMPARE(detailTabs->tabText(1), u"&Results (1)"_s);

    // Archive… asks, then the module leaves its list for Archived; its completion stays.
    auto *restore = page->findChild<QPushButton *>(u"restoreTrainingButton"_s);
    QVERIFY(!restore->isVisible());
    page->findChild<QPushButton *>(u"archiveTrainingButton"_s)->click();
    auto *question = testing::shownChild<QMessageBox>(*page, u"confirmArchiveTraining"_s);
    QVERIFY(question);
    question->button(QMessageBox::Yes)->click();
    QTRY_COMPARE_WITH_TIMEOUT(
        scalar(u"SELECT COUNT(*) FROM trainings WHERE archived_at IS NOT NULL"_s), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(rows->rowCount(), 0, 10000);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM training_completions"_s), 1);
    QCOMPARE(page->tabs()->tabText(3), u"&Archived (1)"_s);
    QCOMPARE(testing::cardValue(*page, u"modulesCard"_s), u"0"_s);

    // On Archived: Restore… instead of Archive…, no Edit…; restoring brings it back, without
    // the project requirement archiving dropped.
    QVERIFY(page->selectTraining(m_roads));
    QCOMPARE(page->tabs()->currentIndex(), 3);
    QVERIFY(restore->isVisible());
    QVERIFY(restore->isEnabled());
    QVERIFY(!page->findChild<QPushButton *>(u"archiveTrainingButton"_s)->isVisible());
    QVERIFY(!page->findChild<QPushButton *>(u"editTrainingButton"_s)->isEnabled());
    restore->click();
    auto *again = testing::shownChild<QMessageBox>(*page, u"confirmRestoreTraining"_s);
    QVERIFY(again);
    again->button(QMessageBox::Yes)->click();
    QTRY_COMPARE_WITH_TIMEOUT(
        scalar(u"SELECT COUNT(*) FROM trainings WHERE archived_at IS NOT NULL"_s), 0, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(rows->rowCount(), 1, 10000);
    QCOMPARE(page->tabs()->currentIndex(), 0); // shown where it now is
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM project_trainings"_s), 0);
}

void tst_OrgTrainingPage::anAdminWritesAModule()
{
    QFETCH(QString, name);
    auto page = openPage<ui::OrgTrainingPage>(name);
    QVERIFY(page);
    page->tabs()->setCurrentIndex(1); // Validation: the new module's type
    page->findChild<QPushButton *>(u"newTrainingButton"_s)->click();
    auto *dialog = testing::shownChild<ui::TrainingEditorDialog>(*page, u"newTrainingDialog"_s);
    QVERIFY(dialog);
    auto *save = dialog->findChild<QPushButton *>(u"saveTrainingButton"_s);
    QVERIFY(!save->isEnabled());
    QCOMPARE(dialog->problems(),
        QStringList({ u"Give the training a title."_s,
            u"The material URL must be an http or https address."_s, u"Question 1 has no text."_s,
            u"Question 1 has an empty answer."_s }));
    QCOMPARE(dialog->questionList()->item(0)->text(), u"⚠ 1. "_s);
    QCOMPARE(testing::namelessInFocusChain(*dialog), QStringList());

    dialog->findChild<QLineEdit *>(u"trainingTitle"_s)->setText(u"Bridges"_s);
    dialog->findChild<QLineEdit *>(u"trainingUrl"_s)->setText(u"https://learn.example/b"_s);
    auto *text = dialog->findChild<QPlainTextEdit *>(u"questionText"_s);
    text->setPlainText(u"Which tag marks a bridge?"_s);
    QTableWidget *answers = dialog->answerTable();
    answers->item(0, 0)->setText(u"layer=1"_s);
    answers->item(1, 0)->setText(u"bridge=yes"_s);
    // Ticking the second unticks the first: one correct answer.
    answers->item(1, 1)->setCheckState(Qt::Checked);
    QCOMPARE(answers->item(0, 1)->checkState(), Qt::Unchecked);
    // A second question with the same answer twice.
    dialog->findChild<QPushButton *>(u"addQuestionButton"_s)->click();
    QCOMPARE(dialog->questionList()->count(), 2);
    text->setPlainText(u"Is a culvert a bridge?"_s);
    answers->item(0, 0)->setText(u"No"_s);
    answers->item(1, 0)->setText(u"no"_s);
    QCOMPARE(dialog->problems(), QStringList({ u"Question 2 has the same answer twice."_s }));
    QVERIFY(dialog->questionList()->item(1)->text().startsWith(u"⚠ 2. "_s));
    QVERIFY(!dialog->questionList()->item(0)->text().startsWith(u"⚠"_s));
    answers->item(1, 0)->setText(u"Yes"_s);
    QVERIFY(dialog->problems().isEmpty());
    // Moved up with Ctrl+Up: the culvert question becomes the first.
    dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    dialog->questionList()->setFocus();
    QTest::keyClick(dialog->questionList(), Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(dialog->questionList()->item(0)->text(), u"1. Is a culvert a bridge?"_s);
    QVERIFY(save->isEnabled());
    save->click();
    QTRY_COMPARE_WITH_TIMEOUT(scalar(u"SELECT COUNT(*) FROM trainings WHERE title = 'Bridges' AND "
                                     "training_type = 'Validation'"_s),
        1, 10000);
    const qint64 id = scalar(u"SELECT id FROM trainings WHERE title = 'Bridges'"_s);
    QCOMPARE(
        scalar(u"SELECT COUNT(*) FROM training_questions WHERE training_id = %1"_s.arg(id)), 2);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM training_answers a JOIN training_questions q ON "
                    "q.id = a.question_id WHERE q.training_id = %1 AND a.is_correct"_s.arg(id)),
        2);
    QTRY_COMPARE_WITH_TIMEOUT(page->table(1)->view()->model()->rowCount(), 1, 10000);
}

void tst_OrgTrainingPage::changingThePassedQuestionsAsksFirst()
{
    QFETCH(QString, name);
    auto page = openPage<ui::OrgTrainingPage>(name);
    QVERIFY(page);
    QVERIFY(page->selectTraining(m_roads));
    page->findChild<QPushButton *>(u"editTrainingButton"_s)->click();
    auto *dialog = testing::shownChild<ui::TrainingEditorDialog>(*page, u"editTrainingDialog"_s);
    QVERIFY(dialog);
    QCOMPARE(dialog->questionList()->count(), 2);
    QVERIFY(dialog->problems().isEmpty());
    // A new title and one wrong answer reworded: people passed it, so Save asks first.
    dialog->findChild<QLineEdit *>(u"trainingTitle"_s)->setText(u"Roads 102"_s);
    dialog->questionList()->setCurrentRow(1);
    QTableWidget *answers = dialog->answerTable();
    const int wrong = answers->item(0, 1)->checkState() == Qt::Checked ? 1 : 0;
    answers->item(wrong, 0)->setText(u"street"_s);
    dialog->findChild<QPushButton *>(u"saveTrainingButton"_s)->click();
    auto *question = testing::shownChild<QMessageBox>(*dialog, u"confirmQuestionChange"_s);
    QVERIFY(question);
    QCOMPARE(question->text(),
        u"People who passed keep their result and points; new attempts use the new questions."_s);
    question->button(QMessageBox::Yes)->click();
    QTRY_COMPARE_WITH_TIMEOUT(
        scalar(u"SELECT COUNT(*) FROM trainings WHERE title = 'Roads 102'"_s), 1, 10000);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM training_answers WHERE answer = 'street'"_s), 1);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM training_completions"_s), 1); // theirs stays
}

ui::QuizDialog *tst_OrgTrainingPage::previewAnswering(ui::OrgTrainingPage &page, const QString &tag)
{
    if (!page.selectTraining(m_roads))
        return nullptr;
    auto *button = page.findChild<QPushButton *>(u"previewQuizButton"_s);
    if (!button->isEnabled())
        return nullptr;
    button->click();
    auto *dialog = testing::shownChild<ui::QuizDialog>(page, u"quizPreviewDialog"_s);
    if (!dialog || dialog->questionCount() != 2)
        return nullptr;
    const auto choose = [dialog](int question, const QString &text) {
        for (QAbstractButton *b : dialog->answers(question)->buttons())
            if (b->text() == text)
                b->click();
    };
    choose(0, u"Yes"_s);
    choose(1, tag);
    return dialog;
}

void tst_OrgTrainingPage::aPreviewIsGradedHereAndRecordsNothing()
{
    QFETCH(QString, name);
    auto page = openPage<ui::OrgTrainingPage>(name);
    QVERIFY(page);
    // One of two right against a pass mark of 100 %: a person would not pass.
    auto *dialog = previewAnswering(*page, u"road"_s);
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), u"Preview: Roads 101"_s);
    QCOMPARE(testing::namelessInFocusChain(*dialog).join(u", "_s), QString());
    QVERIFY(dialog->submitButton()->isEnabled());
    dialog->submitButton()->click();
    QCOMPARE(dialog->resultText(),
        u"Preview: 50 % (pass mark 100 %). A person with these answers would not pass.\n"
        "Nothing was recorded."_s);
    // Try again deals the questions anew; both right would pass.
    QVERIFY(dialog->retryButton()->isVisible());
    dialog->retryButton()->click();
    QCOMPARE(dialog->questionCount(), 2);
    for (QAbstractButton *b : dialog->answers(0)->buttons())
        if (b->text() == u"Yes"_s)
            b->click();
    for (QAbstractButton *b : dialog->answers(1)->buttons())
        if (b->text() == u"highway"_s)
            b->click();
    dialog->submitButton()->click();
    QVERIFY2(dialog->resultText().startsWith(u"Preview: 100 % (pass mark 100 %). A person with "
                                             "these answers would pass."_s),
        qPrintable(dialog->resultText()));
    dialog->reject();
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM training_attempts"_s), 0);
    QCOMPARE(
        scalar(u"SELECT COUNT(*) FROM training_completions WHERE user_id = '%1'"_s.arg(Admin)), 0);
}

void tst_OrgTrainingPage::screenshots()
{
    QCoreApplication::removeTranslator(&m_english);
    // The selected module's Results under the table (its answer key is one tab away).
    pageScreenshots<ui::OrgTrainingPage>(u"admin-training"_s, [this](ui::OrgTrainingPage &page) {
        QVERIFY(page.selectTraining(m_roads));
        QVERIFY(QTest::qWaitFor(
            [&page] { return page.resultsTable()->view()->model()->rowCount() > 0; }, 10000));
        page.findChild<QTabWidget *>(u"trainingDetailTabs"_s)->setCurrentIndex(1);
    });
    QTemporaryDir dir;
    const QPalette original = QApplication::palette();
    QTranslator english;
    QVERIFY(testing::installMikroTranslation(english, u"en"_s));
    for (const bool dark : { false, true }) {
        QApplication::setPalette(testing::uiPalette(dark));
        auto page = openPage<ui::OrgTrainingPage>(u"http"_s);
        QVERIFY(page);
        QVERIFY(page->selectTraining(m_roads));
        page->findChild<QPushButton *>(u"editTrainingButton"_s)->click();
        auto *editor
            = testing::shownChild<ui::TrainingEditorDialog>(*page, u"editTrainingDialog"_s);
        QVERIFY(editor);
        editor->findChild<QPushButton *>(u"addAnswerButton"_s)->click();
        QVERIFY(testing::saveScreenshot(
            *editor, u"training-editor"_s + (dark ? u"-dark"_s : u"-light"_s), dir.path()));
        editor->reject();
        auto *preview = previewAnswering(*page, u"road"_s);
        QVERIFY(preview);
        preview->submitButton()->click();
        QVERIFY(testing::saveScreenshot(
            *preview, u"training-preview"_s + (dark ? u"-dark"_s : u"-light"_s), dir.path()));
        preview->reject();
    }
    QCoreApplication::removeTranslator(&english);
    QApplication::setPalette(original);
}

QTEST_MAIN(tst_OrgTrainingPage)
#include "tst_OrgTrainingPage.moc"
