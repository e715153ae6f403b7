#include "services/client/TrainingClient.h"
#include "tests/integration/client/BackendPair.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace mikro;
using testing::Admin;
using testing::Mapper;

/// The training contract (DESIGN.md §2.1, UI.md §3.4) through both backends on one database,
/// both engines: the person's modules are equal value for value, a quiz carries the same
/// questions and answers (dealt in another order each time) and never a correct answer, both
/// grade alike and count attempts together, and refusals come back with the same kind and code.
class tst_TrainingContract : public QObject, private testing::BackendPair
{
    Q_OBJECT
private slots:
    void initTestCase() { startIdentityProvider(); }
    void init();
    void cleanup() { stopBackends(); }
    void myTrainingsAreTheSameThroughBoth();
    void aQuizIsTheSameThroughBothAndCarriesNoKey();
    void bothGradeAlikeAndAPassCountsOnce();
    void refusalsAreTheSameThroughBoth();

private:
    /// Every question's answers in id order, the questions in id order.
    static domain::Quiz canonical(domain::Quiz quiz);
    /// question id → the correct (or, with `correct` false, a wrong) answer id, from the store.
    QMap<qint64, qint64> answersFromStore(bool correct);

    qint64 m_training = 0;
};

void tst_TrainingContract::init()
{
    startBackends(Mapper);
    onboard(Admin, u"admin_osm"_s);
    onboard(Mapper, u"mapper_osm"_s);
    m_training = createRoadsTraining();
}

domain::Quiz tst_TrainingContract::canonical(domain::Quiz quiz)
{
    for (auto &q : quiz.questions)
        std::ranges::sort(q.answers, {}, &domain::Quiz::Answer::id);
    std::ranges::sort(quiz.questions, {}, &domain::Quiz::Question::id);
    return quiz;
}

QMap<qint64, qint64> tst_TrainingContract::answersFromStore(bool correct)
{
    QMap<qint64, qint64> out;
    const auto questions = {
        scalar(u"SELECT MIN(id) FROM training_questions WHERE training_id = %1"_s.arg(m_training)),
        scalar(u"SELECT MAX(id) FROM training_questions WHERE training_id = %1"_s.arg(m_training)),
    };
    for (const qint64 q : questions)
        out.insert(q,
            scalar(
                u"SELECT MIN(id) FROM training_answers WHERE question_id = %1 AND is_correct = %2"_s
                    .arg(q)
                    .arg(correct ? u"TRUE"_s : u"FALSE"_s)));
    return out;
}

void tst_TrainingContract::myTrainingsAreTheSameThroughBoth()
{
    const auto overHttp = testing::awaitClient(m_http->training().mine());
    const auto inProcess = testing::awaitClient(m_local->training().mine());
    QVERIFY2(overHttp.ok(),
        qPrintable(overHttp.ok() ? QString() : testing::describeError(overHttp.error())));
    QVERIFY2(inProcess.ok(),
        qPrintable(inProcess.ok() ? QString() : testing::describeError(inProcess.error())));
    QCOMPARE(overHttp.value().size(), 1);
    const domain::TrainingView &t = overHttp.value().constFirst();
    const domain::TrainingView &local = inProcess.value().constFirst();
    QCOMPARE(t.id, m_training);
    QCOMPARE(t.title, local.title);
    QCOMPARE(t.type, domain::TrainingType::Mapping);
    QCOMPARE(t.pointValue, 15);
    QCOMPARE(t.passPercent, local.passPercent);
    QCOMPARE(t.url, local.url);
    QCOMPARE(t.questions.size(), 2);
    QCOMPARE(t.completed, false);
    QCOMPARE(t.bestScore, -1);
    QCOMPARE(local.bestScore, -1);
    // The person's view never says which answer is right, in either backend.
    for (const auto *view : { &t, &local })
        for (const auto &q : view->questions)
            for (const auto &a : q.answers)
                QVERIFY(!a.correct);
}

void tst_TrainingContract::aQuizIsTheSameThroughBothAndCarriesNoKey()
{
    const auto overHttp = testing::awaitClient(m_http->training().quiz(m_training));
    const auto inProcess = testing::awaitClient(m_local->training().quiz(m_training));
    QVERIFY(overHttp.ok());
    QVERIFY(inProcess.ok());
    QCOMPARE(canonical(overHttp.value()), canonical(inProcess.value()));
    QCOMPARE(overHttp.value().title, u"Roads 101"_s);
    QCOMPARE(overHttp.value().passPercent, 100);
    QCOMPARE(overHttp.value().questions.size(), 2);
    QCOMPARE(overHttp.value().attemptsLeft, domain::QuizAttemptsPerDay);
}

void tst_TrainingContract::bothGradeAlikeAndAPassCountsOnce()
{
    const auto wrong
        = testing::awaitClient(m_http->training().submit(m_training, answersFromStore(false)));
    QVERIFY2(
        wrong.ok(), qPrintable(wrong.ok() ? QString() : testing::describeError(wrong.error())));
    QCOMPARE(wrong.value().passed, false);
    QCOMPARE(wrong.value().scorePercent, 0);
    QCOMPARE(wrong.value().attemptsLeft, domain::QuizAttemptsPerDay - 1);

    QSignalSpy announced(&m_local->feed(), &client::ChangeFeed::changed);
    const auto right
        = testing::awaitClient(m_local->training().submit(m_training, answersFromStore(true)));
    QVERIFY2(
        right.ok(), qPrintable(right.ok() ? QString() : testing::describeError(right.error())));
    QCOMPARE(right.value().passed, true);
    QCOMPARE(right.value().scorePercent, 100);
    QCOMPARE(right.value().pointsAwarded, 15);
    QCOMPARE(right.value().attemptsLeft, domain::QuizAttemptsPerDay - 2);
    QTRY_COMPARE(announced.size(), 1);
    QVERIFY(announced[0][0].value<QList<client::ChangeFeed::Area>>().contains(
        client::ChangeFeed::Area::Projects));

    const auto again
        = testing::awaitClient(m_http->training().submit(m_training, answersFromStore(true)));
    QVERIFY(again.ok());
    QCOMPARE(again.value().passed, true);
    QCOMPARE(again.value().pointsAwarded, 0);
    QCOMPARE(again.value().attemptsLeft, 0);

    const auto overHttp = testing::awaitClient(m_http->training().mine());
    const auto inProcess = testing::awaitClient(m_local->training().mine());
    QVERIFY(overHttp.ok() && inProcess.ok());
    QCOMPARE(overHttp.value().constFirst().completed, true);
    QCOMPARE(overHttp.value().constFirst().bestScore, 100);
    QCOMPARE(overHttp.value().constFirst().pointsAwarded, 15);
    // The API writes times to the second (API.md §1); the store keeps milliseconds.
    QCOMPARE(inProcess.value().constFirst().completedAt.toSecsSinceEpoch(),
        overHttp.value().constFirst().completedAt.toSecsSinceEpoch());
    QCOMPARE(inProcess.value().constFirst().attempts, 3);
    QCOMPARE(scalar(u"SELECT mapper_points FROM users WHERE id = '%1'"_s.arg(Mapper)), 15);
}

void tst_TrainingContract::refusalsAreTheSameThroughBoth()
{
    auto partial = answersFromStore(true);
    partial.remove(partial.lastKey());
    auto foreign = answersFromStore(true);
    foreign.insert(foreign.firstKey(), foreign.last()); // another question's answer
    const qint64 id = m_training;
    using Refusal = testing::Refusal<domain::QuizResult>;
    expectRefusedAlike<domain::QuizResult>({
        Refusal { "a question unanswered",
            [id, partial](auto &b) { return b.training().submit(id, partial); },
            core::ErrorKind::InvalidInput, "incomplete_answers" },
        Refusal { "an answer of another question",
            [id, foreign](auto &b) { return b.training().submit(id, foreign); },
            core::ErrorKind::InvalidInput, "invalid_field" },
        Refusal { "an unknown training",
            [partial](auto &b) { return b.training().submit(987654, partial); },
            core::ErrorKind::NotFound, "not_found" },
    });
    for (const QString &name : backendNames()) {
        const auto quiz = testing::awaitClient(backend(name).training().quiz(987654));
        QVERIFY(!quiz.ok());
        QCOMPARE(quiz.error().kind, core::ErrorKind::NotFound);
    }
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM training_attempts"_s), 0);
}

QTEST_GUILESS_MAIN(tst_TrainingContract)
#include "tst_TrainingContract.moc"
