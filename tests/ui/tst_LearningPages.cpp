#include "models/projects/ProjectsModel.h"
#include "services/client/ProjectsClient.h"
#include "services/client/TrainingClient.h"
#include "tests/ui/PageFixture.h"
#include "tests/ui/Screenshots.h"
#include "tests/ui/UiPalette.h"
#include "ui/common/RecordTable.h"
#include "ui/dialogs/QuizDialog.h"
#include "ui/pages/ProjectsPage.h"
#include "ui/pages/TrainingPage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace mikro;
using testing::Admin;
using testing::cardSubLine;
using testing::cardValue;
using testing::Mapper;

namespace {

/// The text of a table cell as shown, in view order.
QString cell(ui::RecordTable &table, int row, int column)
{
    return table.view()->model()->index(row, column).data().toString();
}

/// Selects the row of `table` whose first column reads `name`.
bool selectRow(ui::RecordTable &table, const QString &name)
{
    QAbstractItemModel *shown = table.view()->model();
    for (int row = 0; row < shown->rowCount(); ++row)
        if (shown->index(row, 0).data().toString() == name) {
            table.view()->setCurrentIndex(shown->index(row, 0));
            return true;
        }
    return false;
}

/// Answers every question of the quiz with the answer whose text is in `choices`.
bool answerQuiz(ui::QuizDialog &quiz, const QStringList &choices)
{
    for (int i = 0; i < quiz.questionCount(); ++i) {
        bool picked = false;
        for (QAbstractButton *b : quiz.answers(i)->buttons())
            if (choices.contains(b->text())) {
                b->click();
                picked = true;
            }
        if (!picked)
            return false;
    }
    return true;
}

/// Clicks the button `text` of the next message box that opens (a modal question).
void answerNextMessageBox(const QString &text)
{
    QTimer::singleShot(0, QCoreApplication::instance(), [text] {
        QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        for (QAbstractButton *b : box->buttons())
            if (b->text().remove(u'&') == text)
                b->click();
    });
}

} // namespace

/// The pages where a person finds work and becomes eligible for it (UI.md §3.2, §3.4): Projects
/// with its detail and Join / Leave, and Training with the quiz dialog graded by the server,
/// driven as a person would through both backends of services/client, both engines.
class tst_LearningPages : public QObject, private testing::PageFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { startPageSuite(); }
    void init();
    void cleanup() { stopPages(); }
    void projectsShowMineAndJoinAnOpenOne_data() { backends(); }
    void projectsShowMineAndJoinAnOpenOne();
    void leavingAsksFirstAndKeepsTheEarnings();
    void aQuizIsFailedThenPassedFromTheTrainingPage_data() { backends(); }
    void aQuizIsFailedThenPassedFromTheTrainingPage();
    void closingAQuizWithAnswersAsksFirst();
    void screenshots();
};

void tst_LearningPages::init()
{
    startBackends(Mapper);
    seedSyncedProject(501);
    exec(
        u"UPDATE projects SET total_tasks = 40, difficulty = 'Easy', visible = TRUE WHERE id = 501"_s);
    for (const auto &[id, name, visible] : { std::tuple { 502, "Rivers of Lima", true },
             std::tuple { 503, "Hidden", false }, std::tuple { 504, "Schools of Quito", true } })
        exec(u"INSERT INTO projects (id, org_id, name, url, mapping_rate_cents, "
             "validation_rate_cents, active, visible, max_editors, total_tasks, difficulty, "
             "created_at) VALUES (%1, 'org_devstack', '%2', 'https://tasks.example/projects/%1', "
             "90, 30, TRUE, %3, 3, 120, 'Medium', '2026-01-01T00:00:00Z')"_s.arg(id)
                 .arg(QLatin1StringView(name), visible ? u"TRUE"_s : u"FALSE"_s));
    createRoadsTraining();
    exec(
        u"INSERT INTO project_trainings (project_id, training_id) SELECT 504, id FROM trainings"_s);
    m_session = std::make_unique<client::Session>();
    m_opened.clear();
    QSettings().remove(u"tables"_s);
}

void tst_LearningPages::projectsShowMineAndJoinAnOpenOne()
{
    QFETCH(QString, name);
    auto page = openPage<ui::ProjectsPage>(name);
    QVERIFY(page);
    ui::RecordTable &table = *page->table();
    QCOMPARE(table.view()->model()->rowCount(), 1);
    QCOMPARE(cell(table, 0, models::ProjectsModel::Name), u"Roads"_s);
    QCOMPARE(cell(table, 0, models::ProjectsModel::Tm4Number), u"501"_s);
    QCOMPARE(cell(table, 0, models::ProjectsModel::MyRole), u"Editor"_s);
    QCOMPARE(cell(table, 0, models::ProjectsModel::Training), u"✓"_s);
    QVERIFY(page->findChild<QLabel *>(u"projectDetailCounts"_s)->text().startsWith(u"40 tasks"_s));
    QTest::mouseClick(page->findChild<QPushButton *>(u"openInTmButton"_s), Qt::LeftButton);
    QCOMPARE(m_opened, QList<QUrl> { QUrl(u"https://tasks.example/projects/501"_s) });

    // Open projects: the visible ones only, with what their training asks.
    page->setFilter(ui::ProjectsPage::Filter::Open);
    QCOMPARE(table.view()->model()->rowCount(), 2);
    QVERIFY(selectRow(table, u"Schools of Quito"_s));
    QCOMPARE(cell(table, table.view()->currentIndex().row(), models::ProjectsModel::Training),
        u"1 missing"_s);
    QVERIFY(page->findChild<QLabel *>(u"projectDetailTrainings"_s)
                ->text()
                .contains(u"Roads 101: Not attempted"_s));
    QVERIFY(page->findChild<QPushButton *>(u"openTrainingButton"_s)->isVisible());
    // Joining it is not offered until the training is passed, and the page says why.
    QVERIFY(!page->findChild<QPushButton *>(u"joinButton"_s)->isEnabled());
    QCOMPARE(page->findChild<QPushButton *>(u"joinButton"_s)->toolTip(),
        u"Pass the required training first."_s);
    // The person's own figures are not columns of open projects.
    QVERIFY(table.view()->isColumnHidden(models::ProjectsModel::MyEarnings));

    QVERIFY(selectRow(table, u"Rivers of Lima"_s));
    QSignalSpy status(page.get(), &ui::Page::statusMessage);
    QTest::mouseClick(page->findChild<QPushButton *>(u"joinButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        !status.isEmpty() && status.last().at(0).toString() == u"You joined Rivers of Lima"_s,
        10000);
    QCOMPARE(page->findChild<QComboBox *>(u"projectFilter"_s)->currentIndex(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(table.view()->model()->rowCount(), 2, 10000);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM project_members WHERE project_id = 502"_s), 1);
}

void tst_LearningPages::leavingAsksFirstAndKeepsTheEarnings()
{
    auto page = openPage<ui::ProjectsPage>(u"http"_s);
    QVERIFY(page);
    QVERIFY(selectRow(*page->table(), u"Roads"_s));
    auto *leave = page->findChild<QPushButton *>(u"leaveButton"_s);
    QTest::mouseClick(leave, Qt::LeftButton);
    QTRY_VERIFY(page->findChild<QMessageBox *>(u"confirmLeave"_s));
    auto *box = page->findChild<QMessageBox *>(u"confirmLeave"_s);
    QCOMPARE(box->defaultButton()->text(), u"Stay"_s); // UI.md §2.4
    QPointer<QMessageBox> first = box;
    box->defaultButton()->click();
    QTRY_VERIFY(!first);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM project_members WHERE project_id = 501 AND "
                    "member_role = 'editor'"_s),
        1);
    QTest::mouseClick(leave, Qt::LeftButton);
    QTRY_VERIFY(page->findChild<QMessageBox *>(u"confirmLeave"_s));
    bool clicked = false;
    for (QAbstractButton *b : page->findChild<QMessageBox *>(u"confirmLeave"_s)->buttons())
        if (b->text() == u"Leave project"_s) {
            b->click();
            clicked = true;
        }
    QVERIFY(clicked);
    QTRY_COMPARE_WITH_TIMEOUT(page->table()->view()->model()->rowCount(), 0, 10000);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM project_members WHERE project_id = 501 AND "
                    "member_role = 'editor'"_s),
        0);
}

void tst_LearningPages::aQuizIsFailedThenPassedFromTheTrainingPage()
{
    QFETCH(QString, name);
    auto page = openPage<ui::TrainingPage>(name);
    QVERIFY(page);
    QCOMPARE(cardValue(*page, u"availableCard"_s), u"1"_s);
    QCOMPARE(cardValue(*page, u"passedCard"_s), u"0"_s);
    QCOMPARE(page->tabs()->tabText(0), u"Mapping (1)"_s);
    ui::RecordTable &mapping = *page->table(0);
    QCOMPARE(cell(mapping, 0, 6), u"Not attempted"_s);
    QCOMPARE(cell(mapping, 0, 7), u"Schools of Quito"_s); // required for
    QVERIFY(selectRow(mapping, u"Roads 101"_s));
    QVERIFY(page->takeQuizButton()->isEnabled());
    page->takeQuizButton()->click();
    QTRY_VERIFY(page->quizDialog() && page->quizDialog()->questionCount() == 2);
    ui::QuizDialog &quiz = *page->quizDialog();
    QVERIFY(!quiz.submitButton()->isEnabled());
    QVERIFY(answerQuiz(quiz, { u"No"_s, u"road"_s }));
    QVERIFY(quiz.submitButton()->isEnabled());
    quiz.submitButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(quiz.resultText().startsWith(u"Not passed — 0 %"_s), 10000);
    QVERIFY(quiz.resultText().contains(u"Attempts left today: 2."_s));
    QVERIFY(quiz.retryButton()->isVisible());
    quiz.retryButton()->click();
    QTRY_VERIFY(quiz.questionCount() == 2 && !quiz.submitButton()->isEnabled());
    QVERIFY(answerQuiz(quiz, { u"Yes"_s, u"highway"_s }));
    quiz.submitButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(
        quiz.resultText(), u"Passed — 100 % (pass mark 100 %). 15 points added."_s, 10000);
    QVERIFY(!quiz.retryButton()->isVisible());
    quiz.reject();
    QTRY_VERIFY(!page->quizDialog());
    // The change feed reloads the page: passed, points, and no second quiz.
    QTRY_COMPARE_WITH_TIMEOUT(cardValue(*page, u"passedCard"_s), u"1"_s, 10000);
    QCOMPARE(cardValue(*page, u"pointsCard"_s), u"15"_s);
    QCOMPARE(cardSubLine(*page, u"pointsCard"_s), u"Mapping 15 · Validation 0 · Project 0"_s);
    QVERIFY(cell(mapping, 0, 6).startsWith(u"Passed "_s));
    QCOMPARE(cell(mapping, 0, 5), u"100 %"_s);
    QVERIFY(selectRow(mapping, u"Roads 101"_s));
    QVERIFY(!page->takeQuizButton()->isEnabled());
    QVERIFY(page->takeQuizButton()->toolTip().startsWith(u"Passed on "_s));
    QCOMPARE(scalar(u"SELECT mapper_points FROM users WHERE id = '%1'"_s.arg(Mapper)), 15);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM training_attempts"_s), 2);
}

void tst_LearningPages::closingAQuizWithAnswersAsksFirst()
{
    auto page = openPage<ui::TrainingPage>(u"inprocess"_s);
    QVERIFY(page);
    QVERIFY(selectRow(*page->table(0), u"Roads 101"_s));
    page->takeQuizButton()->click();
    QTRY_VERIFY(page->quizDialog() && page->quizDialog()->questionCount() == 2);
    QPointer<ui::QuizDialog> quiz = page->quizDialog();
    QVERIFY(answerQuiz(*quiz, { u"Yes"_s, u"highway"_s }));
    answerNextMessageBox(u"Cancel"_s);
    quiz->reject();
    QVERIFY(quiz && quiz->isVisible());
    answerNextMessageBox(u"Discard"_s);
    quiz->reject();
    QTRY_VERIFY(!quiz);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM training_attempts"_s), 0); // nothing was sent
}

void tst_LearningPages::screenshots()
{
    QTemporaryDir dir;
    const QPalette original = QApplication::palette();
    for (const bool dark : { false, true }) {
        QApplication::setPalette(testing::uiPalette(dark));
        const QString scheme = dark ? u"-dark"_s : u"-light"_s;
        auto projects = openPage<ui::ProjectsPage>(u"http"_s);
        QVERIFY(projects);
        QVERIFY(testing::saveScreenshot(*projects, u"projects"_s + scheme, dir.path()));
        projects->setFilter(ui::ProjectsPage::Filter::Open);
        QVERIFY(selectRow(*projects->table(), u"Schools of Quito"_s));
        QVERIFY(testing::saveScreenshot(*projects, u"projects-open"_s + scheme, dir.path()));
        auto training = openPage<ui::TrainingPage>(u"http"_s);
        QVERIFY(training);
        QVERIFY(selectRow(*training->table(0), u"Roads 101"_s));
        QVERIFY(testing::saveScreenshot(*training, u"training"_s + scheme, dir.path()));
        training->takeQuizButton()->click();
        QTRY_VERIFY(training->quizDialog() && training->quizDialog()->questionCount() == 2);
        ui::QuizDialog &quiz = *training->quizDialog();
        QVERIFY(answerQuiz(quiz, { u"Yes"_s }) || quiz.questionCount() == 2);
        QVERIFY(testing::saveScreenshot(quiz, u"quiz"_s + scheme, dir.path()));
        answerQuiz(quiz, { u"No"_s, u"road"_s });
        quiz.submitButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(quiz.resultText().startsWith(u"Not passed"_s), 10000);
        QVERIFY(testing::saveScreenshot(quiz, u"quiz-result"_s + scheme, dir.path()));
        quiz.reject(); // a result closes without asking
        QTRY_VERIFY(!training->quizDialog());
    }
    QApplication::setPalette(testing::uiPalette(false));
    QTranslator spanish;
    QVERIFY(testing::installMikroTranslation(spanish, u"es"_s));
    QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
    auto projects = openPage<ui::ProjectsPage>(u"http"_s);
    QVERIFY(projects);
    QCOMPARE(projects->title(), u"Proyectos"_s);
    QVERIFY(testing::saveScreenshot(*projects, u"projects-es"_s, dir.path()));
    auto training = openPage<ui::TrainingPage>(u"http"_s);
    QVERIFY(training);
    QVERIFY(testing::saveScreenshot(*training, u"training-es"_s, dir.path()));
    QCoreApplication::removeTranslator(&spanish);
    QLocale::setDefault(QLocale::c());
    QApplication::setPalette(original);
}

QTEST_MAIN(tst_LearningPages)
#include "tst_LearningPages.moc"
