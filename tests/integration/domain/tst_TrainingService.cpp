#include "services/domain/training/TrainingCatalog.h"
#include "services/domain/training/TrainingService.h"
#include "services/store/Database.h"
#include "services/store/Migrator.h"
#include "tests/support/SqlSeed.h"
#include "tests/support/TempDatabase.h"
#include "tests/support/TestClock.h"

#include <QSet>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mikro;
using domain::Caller;
using domain::Role;
using domain::TrainingDraft;

namespace {
const Caller Admin { u"admin"_s, u"org-a"_s, Role::Admin, true };
const Caller Mapper { u"mapper"_s, u"org-a"_s, Role::User, true };
const Caller OtherOrgMapper { u"mapper-b"_s, u"org-b"_s, Role::User, true };

TrainingDraft draft()
{
    TrainingDraft d;
    d.title = u"Roads 101"_s;
    d.type = domain::TrainingType::Validation;
    d.pointValue = 7;
    d.url = u"https://wiki.example/roads"_s;
    d.passPercent = 50;
    d.questions
        = { { u"Colour of a primary road?"_s, { { u"Red"_s, true }, { u"Blue"_s, false } } },
              { u"Tag for a footway?"_s,
                  { { u"highway=path"_s, false }, { u"highway=footway"_s, true },
                      { u"foot=yes"_s, false } } } };
    return d;
}
} // namespace

/// Training (DESIGN.md §4): authored by admins, graded by the server, points once; both engines.
class tst_TrainingService : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void quizNeverShowsTheCorrectAnswers();
    void answerOrderRevealsNothing();
    void draftsAreChecked_data();
    void typesAreReadInAnyCaseAndNothingElse();
    void draftsAreChecked();
    void gradingAndPointsOnce();
    void attemptsAreLimitedPerDay();
    void incompleteOrForeignAnswersAreRefused();
    void anotherOrgsTrainingIsUnknown();

private:
    QMap<qint64, qint64> answersFor(const domain::Quiz &quiz, const QStringList &texts);
    qint64 scalar(const QString &sql);
    void exec(const QString &sql);

    testing::TestClock m_clock;
    std::shared_ptr<testing::TempDatabase> m_temp;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<domain::TrainingService> m_training;
};

void tst_TrainingService::init()
{
    MIKRO_TEMP_DATABASE(temp);
    m_temp = temp;
    m_db = std::make_unique<store::Database>(m_temp->config());
    QVERIFY(store::Migrator(*m_db, m_clock).migrate().ok());
    m_training = std::make_unique<domain::TrainingService>(*m_db, m_clock);
    exec(u"INSERT INTO orgs (id, name, created_at) VALUES ('org-a', 'A', '2026-01-01T00:00:00Z'), "
         "('org-b', 'B', '2026-01-01T00:00:00Z')"_s);
    exec(
        u"INSERT INTO users (id, org_id, role, created_at) VALUES ('admin', 'org-a', 'admin', "
        u"'2026-01-01T00:00:00Z'), "
        "('mapper', 'org-a', 'user', '2026-01-01T00:00:00Z'), ('mapper-b', 'org-b', 'user', '2026-01-01T00:00:00Z')"_s);
}

void tst_TrainingService::cleanup()
{
    if (m_db && !QTest::currentTestFailed())
        QCOMPARE(testing::derivedTotalsDrift(*m_db), 0);
    m_training.reset();
    m_db.reset();
    m_temp.reset();
}

void tst_TrainingService::exec(const QString &sql)
{
    testing::execSql(*m_db, sql);
}

qint64 tst_TrainingService::scalar(const QString &sql)
{
    return testing::scalarSql(*m_db, sql);
}

QMap<qint64, qint64> tst_TrainingService::answersFor(
    const domain::Quiz &quiz, const QStringList &texts)
{
    QMap<qint64, qint64> chosen;
    for (qsizetype i = 0; i < quiz.questions.size() && i < texts.size(); ++i) {
        for (const auto &a : quiz.questions[i].answers) {
            if (a.text == texts[i])
                chosen.insert(quiz.questions[i].id, a.id);
        }
    }
    return chosen;
}

void tst_TrainingService::quizNeverShowsTheCorrectAnswers()
{
    const auto id = m_training->create(Admin, draft());
    QVERIFY(id.ok());
    const auto quiz = m_training->quiz(Mapper, id.value());
    QVERIFY(quiz.ok());
    QCOMPARE(quiz.value().questions.size(), 2);
    QCOMPARE(quiz.value().questions[1].answers.size(), 3);
    QStringList texts; // every answer, in an order unrelated to correctness
    for (const auto &a : quiz.value().questions[1].answers)
        texts << a.text;
    QVERIFY(texts.contains(u"highway=footway"_s));
    // The type has no field for correctness at all; the answer texts are all there is.
    static_assert(sizeof(domain::Quiz::Answer) == sizeof(qint64) + sizeof(QString));
    QCOMPARE(m_training->create(Mapper, draft()).error().code, QByteArray("forbidden"));
}

/// The simple question format lists the correct answer first; neither the stored order (ids,
/// positions) nor the quiz's order may keep it there. 24 trainings of one question with four
/// answers: all correct answers first by chance has probability 4^-24.
void tst_TrainingService::answerOrderRevealsNothing()
{
    domain::TrainingDraft d = draft();
    d.questions = { { u"Which?"_s,
        { { u"right"_s, true }, { u"w1"_s, false }, { u"w2"_s, false }, { u"w3"_s, false } } } };
    int storedFirst = 0;
    int quizFirst = 0;
    QSet<QString> quizOrders;
    constexpr int Trainings = 24;
    for (int i = 0; i < Trainings; ++i) {
        const qint64 id = m_training->create(Admin, d).value();
        storedFirst += int(scalar(u"SELECT COUNT(*) FROM training_answers a "
                                  "JOIN training_questions q ON q.id = a.question_id "
                                  "WHERE q.training_id = %1 AND a.is_correct AND a.id = "
                                  "(SELECT MIN(b.id) FROM training_answers b "
                                  "WHERE b.question_id = q.id)"_s.arg(id)));
        const domain::Quiz quiz = m_training->quiz(Mapper, id).value();
        QStringList order;
        for (const auto &a : quiz.questions.constFirst().answers)
            order << a.text;
        QCOMPARE(order.size(), 4);
        quizFirst += order.constFirst() == "right"_L1 ? 1 : 0;
        quizOrders.insert(order.join(u','));
    }
    QVERIFY2(storedFirst < Trainings, "the correct answer always has the lowest id");
    QVERIFY2(quizFirst < Trainings, "the quiz always shows the correct answer first");
    QVERIFY(quizOrders.size() > 1);
}

void tst_TrainingService::draftsAreChecked_data()
{
    QTest::addColumn<int>("flaw");
    QTest::addColumn<QString>("field");
    QTest::newRow("no correct answer") << 0 << u"questions"_s;
    QTest::newRow("two correct answers") << 1 << u"questions"_s;
    QTest::newRow("only one answer") << 2 << u"questions"_s;
    QTest::newRow("no questions") << 3 << u"questions"_s;
    QTest::newRow("pass mark over 100") << 4 << u"pass_percent"_s;
    QTest::newRow("javascript link") << 5 << u"training_url"_s;
    QTest::newRow("no title") << 6 << u"title"_s;
}

void tst_TrainingService::typesAreReadInAnyCaseAndNothingElse()
{
    QCOMPARE(domain::parseTrainingType(u"mapping"_s).value(), domain::TrainingType::Mapping);
    QCOMPARE(
        domain::parseTrainingType(u" VALIDATION "_s).value(), domain::TrainingType::Validation);
    QCOMPARE(domain::parseTrainingType(u"Project"_s).value(), domain::TrainingType::Project);
    const auto quiz = domain::parseTrainingType(u"Quiz"_s);
    QVERIFY(!quiz.ok());
    QCOMPARE(quiz.error().field, u"training_type"_s);
    for (const auto type : { domain::TrainingType::Mapping, domain::TrainingType::Validation,
             domain::TrainingType::Project })
        QCOMPARE(domain::trainingTypeFromText(domain::trainingTypeText(type)), type);
}

void tst_TrainingService::draftsAreChecked()
{
    QFETCH(int, flaw);
    QFETCH(QString, field);
    TrainingDraft d = draft();
    switch (flaw) {
    case 0:
        d.questions[0].answers[0].correct = false;
        break;
    case 1:
        d.questions[0].answers[1].correct = true;
        break;
    case 2:
        d.questions[0].answers.removeLast();
        break;
    case 3:
        d.questions.clear();
        break;
    case 4:
        d.passPercent = 101;
        break;
    case 5:
        d.url = u"javascript:alert(1)"_s;
        break;
    default:
        d.title = u" "_s;
        break;
    }
    const auto refused = m_training->create(Admin, d);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, field);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM trainings"_s), 0);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM training_questions"_s), 0);
}

void tst_TrainingService::gradingAndPointsOnce()
{
    const qint64 id = m_training->create(Admin, draft()).value();
    const domain::Quiz quiz = m_training->quiz(Mapper, id).value();
    const auto failed
        = m_training->submit(Mapper, id, answersFor(quiz, { u"Blue"_s, u"foot=yes"_s }));
    QVERIFY(failed.ok());
    QCOMPARE(failed.value().scorePercent, 0);
    QVERIFY(!failed.value().passed);
    const auto half = m_training->submit(Mapper, id, answersFor(quiz, { u"Red"_s, u"foot=yes"_s }));
    QCOMPARE(half.value().scorePercent, 50);
    QVERIFY(half.value().passed); // pass mark 50: at the mark is a pass
    QCOMPARE(half.value().pointsAwarded, 7);
    const auto again
        = m_training->submit(Mapper, id, answersFor(quiz, { u"Red"_s, u"highway=footway"_s }));
    QCOMPARE(again.value().scorePercent, 100);
    QCOMPARE(again.value().pointsAwarded, 0); // once only
    QCOMPARE(scalar(u"SELECT validator_points FROM users WHERE id = 'mapper'"_s), 7);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM training_attempts WHERE user_id = 'mapper'"_s), 3);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM training_completions"_s), 1);

    // The attempt history is the person's own, newest first; the lists show the progress.
    const domain::TrainingCatalog catalog(*m_db);
    const auto history = catalog.attempts(Mapper, id);
    QVERIFY(history.ok());
    QCOMPARE(history.value().size(), 3);
    QCOMPARE(history.value()[0].scorePercent, 100);
    QCOMPARE(history.value()[1].scorePercent, 50);
    QCOMPARE(history.value()[2].scorePercent, 0);
    QVERIFY(!history.value()[2].passed);
    QCOMPARE(catalog.attempts(Admin, id).value().size(), 0);
    QCOMPARE(catalog.attempts(OtherOrgMapper, id).error().code, QByteArray("not_found"));
    const domain::TrainingView mine = catalog.personTrainings(Mapper).value().constFirst();
    QVERIFY(mine.completed);
    QCOMPARE(mine.bestScore, 100);
    QCOMPARE(mine.attempts, 3);
    QCOMPARE(mine.pointsAwarded, 7);
    for (const auto &q : mine.questions)
        for (const auto &a : q.answers)
            QVERIFY(!a.correct); // never the answer key in a person's view
    QCOMPARE(catalog.orgTrainings(Admin, m_clock.nowUtc()).value().constFirst().completedCount, 1);
    QCOMPARE(catalog.orgTrainings(Mapper, m_clock.nowUtc()).error().code, QByteArray("forbidden"));
}

void tst_TrainingService::attemptsAreLimitedPerDay()
{
    // Issue 10 #6: three submissions per training in any 24 hours, and the person sees it.
    const qint64 id = m_training->create(Admin, draft()).value();
    domain::Quiz quiz = m_training->quiz(Mapper, id).value();
    QCOMPARE(quiz.attemptsLeft, domain::QuizAttemptsPerDay);
    QVERIFY(!quiz.nextAttemptAt.isValid());
    const QDateTime first = m_clock.nowUtc();
    for (int i = 0; i < domain::QuizAttemptsPerDay; ++i) {
        const auto tried
            = m_training->submit(Mapper, id, answersFor(quiz, { u"Blue"_s, u"foot=yes"_s }));
        QVERIFY(tried.ok());
        QCOMPARE(tried.value().attemptsLeft, domain::QuizAttemptsPerDay - 1 - i);
        m_clock.advance(std::chrono::minutes(10));
    }
    const auto refused
        = m_training->submit(Mapper, id, answersFor(quiz, { u"Red"_s, u"highway=footway"_s }));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QByteArray("attempt_limit"));
    QCOMPARE(refused.error().kind, core::ErrorKind::Refused);
    QCOMPARE(refused.error().details.value(u"next_attempt_at"_s).toString(),
        first.addDays(1).toString(Qt::ISODate));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM training_attempts"_s), domain::QuizAttemptsPerDay);
    quiz = m_training->quiz(Mapper, id).value();
    QCOMPARE(quiz.attemptsLeft, 0);
    QCOMPARE(quiz.nextAttemptAt.toSecsSinceEpoch(), first.addDays(1).toSecsSinceEpoch());
    // Another person's count is their own; a day after the first attempt, one more is allowed.
    QCOMPARE(m_training->quiz(Admin, id).value().attemptsLeft, domain::QuizAttemptsPerDay);
    m_clock.advance(std::chrono::hours(24) - std::chrono::minutes(30) + std::chrono::seconds(1));
    const auto later
        = m_training->submit(Mapper, id, answersFor(quiz, { u"Red"_s, u"highway=footway"_s }));
    QVERIFY(later.ok());
    QVERIFY(later.value().passed);
    QCOMPARE(later.value().attemptsLeft, 0);
}

void tst_TrainingService::incompleteOrForeignAnswersAreRefused()
{
    const qint64 id = m_training->create(Admin, draft()).value();
    const domain::Quiz quiz = m_training->quiz(Mapper, id).value();
    QMap<qint64, qint64> partial = answersFor(quiz, { u"Red"_s });
    QCOMPARE(
        m_training->submit(Mapper, id, partial).error().code, QByteArray("incomplete_answers"));
    QMap<qint64, qint64> crossed;
    crossed.insert(
        quiz.questions[0].id, quiz.questions[1].answers[1].id); // an answer of question 2
    crossed.insert(quiz.questions[1].id, quiz.questions[1].answers[1].id);
    QCOMPARE(m_training->submit(Mapper, id, crossed).error().code, QByteArray("invalid_field"));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM training_attempts"_s), 0);
}

void tst_TrainingService::anotherOrgsTrainingIsUnknown()
{
    const qint64 id = m_training->create(Admin, draft()).value();
    QCOMPARE(m_training->quiz(OtherOrgMapper, id).error().code, QByteArray("not_found"));
    QCOMPARE(m_training->submit(OtherOrgMapper, id, {}).error().code, QByteArray("not_found"));
}

QTEST_GUILESS_MAIN(tst_TrainingService)
#include "tst_TrainingService.moc"
