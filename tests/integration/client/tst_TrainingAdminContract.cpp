#include "services/client/TrainingAdminClient.h"
#include "tests/integration/client/BackendPair.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace mikro;
using testing::Admin;
using testing::Mapper;

namespace {

template <typename T>
QString problem(const core::Result<T> &result)
{
    return result.ok() ? QString() : testing::describeError(result.error());
}

domain::TrainingDraft bridgesDraft()
{
    domain::TrainingDraft draft;
    draft.title = u"Bridges"_s;
    draft.type = domain::TrainingType::Validation;
    draft.url = u"https://learn.example/bridges"_s;
    draft.pointValue = 25;
    draft.difficulty = u"Hard"_s;
    draft.passPercent = 50;
    draft.questions = { { u"Which tag marks a bridge?"_s,
                            { { u"bridge=yes"_s, true }, { u"layer=1"_s, false } } },
        { u"Is a culvert a bridge?"_s,
            { { u"Yes"_s, false }, { u"No"_s, true }, { u"Sometimes"_s, false } } } };
    return draft;
}

const domain::TrainingView *find(const QList<domain::TrainingView> &all, qint64 id)
{
    const auto it = std::ranges::find(all, id, &domain::TrainingView::id);
    return it == all.end() ? nullptr : &*it;
}

/// The answer key of a module: each question's text and its correct answer's text.
QStringList answerKey(const domain::TrainingView &t)
{
    QStringList key;
    for (const auto &q : t.questions)
        for (const auto &a : q.answers)
            if (a.correct)
                key << q.text + u" → "_s + a.text;
    return key;
}

} // namespace

/// An admin's training modules (UI.md §5.6) through both backends on one database, both engines:
/// the catalog with its answer key alike; a module written, changed and archived through either
/// and read back the same through the other; and the refusals alike, changing nothing.
class tst_TrainingAdminContract : public QObject, private testing::BackendPair
{
    Q_OBJECT
private slots:
    void initTestCase() { startIdentityProvider(); }
    void init();
    void cleanup() { stopBackends(); }
    void theCatalogIsTheSameThroughBoth();
    void aModuleWrittenThroughEitherReadsTheSame_data();
    void aModuleWrittenThroughEitherReadsTheSame();
    void refusalsAreTheSameThroughBoth();
    void resultsAreTheSameThroughBoth();

private:
    [[nodiscard]] QList<domain::TrainingView> catalogThrough(const QString &name);
    qint64 m_roads = 0;
};

void tst_TrainingAdminContract::init()
{
    startBackends(Admin);
    onboard(Admin, u"admin_osm"_s);
    onboard(Mapper, u"mapper_osm"_s);
    m_roads = createRoadsTraining(); // Mapping, 2 questions, 15 points
}

QList<domain::TrainingView> tst_TrainingAdminContract::catalogThrough(const QString &name)
{
    const auto all = testing::awaitClient(backend(name).trainingAdmin().catalog());
    if (!all.ok()) {
        qWarning("%s: %s", qPrintable(name), qPrintable(problem(all)));
        return {};
    }
    return all.value();
}

void tst_TrainingAdminContract::theCatalogIsTheSameThroughBoth()
{
    exec(u"INSERT INTO training_completions (user_id, training_id, points_awarded, "
         "completed_at) VALUES ('%1', %2, 15, '2026-11-01T00:00:00Z')"_s.arg(Mapper)
             .arg(m_roads));
    // Three attempts by everyone, two of them in the last 30 days (one passed): the one 40
    // days old counts in the total only.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto at = [&now](int days) { return now.addDays(-days).toString(Qt::ISODate); };
    exec(u"INSERT INTO training_attempts (training_id, user_id, score_percent, passed, at) VALUES "
         "(%1, '%2', 0, FALSE, '%3'), (%1, '%2', 100, TRUE, '%4'), (%1, '%2', 50, FALSE, '%5')"_s
             .arg(m_roads)
             .arg(Mapper, at(40), at(2), at(1)));
    const QList<domain::TrainingView> h = catalogThrough(u"http"_s);
    QList<domain::TrainingView> l = catalogThrough(u"inprocess"_s);
    QCOMPARE(h.size(), 1);
    QCOMPARE(l.size(), 1);
    // The API's times are whole seconds; in process the stored milliseconds stay.
    QCOMPARE(l[0].createdAt.toSecsSinceEpoch(), h[0].createdAt.toSecsSinceEpoch());
    l[0].createdAt = h[0].createdAt;
    QCOMPARE(l, h);
    const domain::TrainingView &t = h[0];
    QCOMPARE(t.title, u"Roads 101"_s);
    QCOMPARE(t.type, domain::TrainingType::Mapping);
    QCOMPARE(t.pointValue, 15);
    QCOMPARE(t.completedCount, 1);
    QCOMPARE(t.attemptCount, 3);
    QCOMPARE(t.recentAttempts, 2);
    QCOMPARE(t.recentPasses, 1);
    QVERIFY(t.createdAt.isValid());
    QVERIFY(qAbs(t.createdAt.secsTo(now)) < 600);
    QCOMPARE(answerKey(t), QStringList({ u"Paved? → Yes"_s, u"Tag? → highway"_s }));
}

void tst_TrainingAdminContract::aModuleWrittenThroughEitherReadsTheSame_data()
{
    QTest::addColumn<QString>("writeWith");
    QTest::addColumn<QString>("readWith");
    QTest::newRow("write over http, read in process") << u"http"_s << u"inprocess"_s;
    QTest::newRow("write in process, read over http") << u"inprocess"_s << u"http"_s;
}

void tst_TrainingAdminContract::aModuleWrittenThroughEitherReadsTheSame()
{
    QFETCH(QString, writeWith);
    QFETCH(QString, readWith);
    client::TrainingAdminClient &writer = backend(writeWith).trainingAdmin();
    QSignalSpy announced(&backend(writeWith).feed(), &client::ChangeFeed::changed);
    const auto made = testing::awaitClient(writer.create(bridgesDraft()));
    QVERIFY2(made.ok(), qPrintable(problem(made)));
    QTRY_COMPARE(announced.size(), 1);
    QVERIFY(announced[0][0].value<QList<client::ChangeFeed::Area>>().contains(
        client::ChangeFeed::Area::Training));
    QList<domain::TrainingView> all = catalogThrough(readWith);
    const domain::TrainingView *t = find(all, made.value());
    QVERIFY(t);
    QCOMPARE(t->title, u"Bridges"_s);
    QCOMPARE(t->type, domain::TrainingType::Validation);
    QCOMPARE(t->url, u"https://learn.example/bridges"_s);
    QCOMPARE(t->pointValue, 25);
    QCOMPARE(t->difficulty, u"Hard"_s);
    QCOMPARE(t->passPercent, 50);
    QCOMPARE(answerKey(*t),
        QStringList(
            { u"Which tag marks a bridge? → bridge=yes"_s, u"Is a culvert a bridge? → No"_s }));
    QCOMPARE(t->questions[1].answers.size(), 3);

    // A partial change: the title and the questions; the rest stays.
    domain::TrainingChange change;
    change.title = u"Bridges and culverts"_s;
    change.questions = QList<domain::TrainingDraft::Question> { { u"A culvert carries?"_s,
        { { u"Water"_s, true }, { u"Cars"_s, false } } } };
    const auto changed = testing::awaitClient(writer.modify(made.value(), change));
    QVERIFY2(changed.ok(), qPrintable(problem(changed)));
    all = catalogThrough(readWith);
    t = find(all, made.value());
    QVERIFY(t);
    QCOMPARE(t->title, u"Bridges and culverts"_s);
    QCOMPARE(t->pointValue, 25);
    QCOMPARE(answerKey(*t), QStringList({ u"A culvert carries? → Water"_s }));

    const auto archived = testing::awaitClient(writer.archive(made.value()));
    QVERIFY2(archived.ok(), qPrintable(problem(archived)));
    all = catalogThrough(readWith);
    // Still listed for its admin, marked archived; the other module is not.
    t = find(all, made.value());
    QVERIFY(t);
    QVERIFY(t->archivedAt.isValid());
    QVERIFY(!find(all, m_roads)->archivedAt.isValid());

    // Restored: listed as before; a second restore finds nothing archived.
    const auto restored = testing::awaitClient(writer.restore(made.value()));
    QVERIFY2(restored.ok(), qPrintable(problem(restored)));
    all = catalogThrough(readWith);
    t = find(all, made.value());
    QVERIFY(t);
    QVERIFY(!t->archivedAt.isValid());
    const auto again = testing::awaitClient(writer.restore(made.value()));
    QVERIFY(!again.ok());
    QCOMPARE(again.error().kind, core::ErrorKind::NotFound);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM audit_log WHERE entity = 'training' AND entity_id = "
                    "'%1'"_s.arg(made.value())),
        4);
}

void tst_TrainingAdminContract::resultsAreTheSameThroughBoth()
{
    // The mapper tried twice and passed; the admin tried once; nobody else tried.
    exec(u"INSERT INTO training_attempts (training_id, user_id, score_percent, passed, at) VALUES "
         "(%1, '%2', 50, FALSE, '2026-10-30T09:00:00Z'), "
         "(%1, '%2', 100, TRUE, '2026-11-01T09:00:00Z'), "
         "(%1, '%3', 0, FALSE, '2026-11-02T09:00:00Z')"_s.arg(m_roads)
             .arg(Mapper, Admin));
    exec(u"INSERT INTO training_completions (user_id, training_id, points_awarded, "
         "completed_at) VALUES ('%1', %2, 15, '2026-11-01T09:00:00Z')"_s.arg(Mapper)
             .arg(m_roads));
    const auto h = testing::awaitClient(backend(u"http"_s).trainingAdmin().results(m_roads));
    const auto l = testing::awaitClient(backend(u"inprocess"_s).trainingAdmin().results(m_roads));
    QVERIFY2(h.ok(), qPrintable(problem(h)));
    QVERIFY2(l.ok(), qPrintable(problem(l)));
    QCOMPARE(l.value(), h.value());
    QCOMPARE(h.value().size(), 2);
    const domain::TrainingResult &mapper = h.value().at(h.value().at(0).userId == Mapper ? 0 : 1);
    QCOMPARE(mapper.userId, Mapper);
    QCOMPARE(mapper.osmUsername, u"mapper_osm"_s);
    QCOMPARE(mapper.attempts, 2);
    QCOMPARE(mapper.bestScore, 100);
    QCOMPARE(mapper.passedAt, QDateTime::fromString(u"2026-11-01T09:00:00Z"_s, Qt::ISODate));
    const domain::TrainingResult &admin = h.value().at(h.value().at(0).userId == Admin ? 0 : 1);
    QCOMPARE(admin.attempts, 1);
    QCOMPARE(admin.bestScore, 0);
    QVERIFY(!admin.passedAt.isValid());

    // Another organisation's module (or none) is not found alike; a mapper may not read them.
    expectRefusedAlike<QList<domain::TrainingResult>>({
        { "an unknown module", [](auto &b) { return b.trainingAdmin().results(4242); },
            core::ErrorKind::NotFound, "not_found" },
    });
    const auto mapperAsks
        = testing::awaitClient(httpBackendFor(Mapper)->trainingAdmin().results(m_roads));
    QVERIFY(!mapperAsks.ok());
    QCOMPARE(mapperAsks.error().kind, core::ErrorKind::Forbidden);
}

void tst_TrainingAdminContract::refusalsAreTheSameThroughBoth()
{
    const qint64 trainingsBefore = scalar(u"SELECT COUNT(*) FROM trainings"_s);
    const qint64 questionsBefore = scalar(u"SELECT COUNT(*) FROM training_questions"_s);
    const qint64 auditBefore = scalar(u"SELECT COUNT(*) FROM audit_log"_s);
    expectRefusedAlike<qint64>({
        { "two correct answers",
            [](auto &b) {
                domain::TrainingDraft draft = bridgesDraft();
                draft.questions[0].answers[1].correct = true;
                return b.trainingAdmin().create(draft);
            },
            core::ErrorKind::InvalidInput, "invalid_field" },
        { "material that is not a web address",
            [](auto &b) {
                domain::TrainingDraft draft = bridgesDraft();
                draft.url = u"file:///etc/passwd"_s;
                return b.trainingAdmin().create(draft);
            },
            core::ErrorKind::InvalidInput, "invalid_field" },
    });
    expectRefusedAlike<void>({
        { "another organisation's module",
            [](auto &b) {
                domain::TrainingChange change;
                change.title = u"Taken"_s;
                return b.trainingAdmin().modify(4242, change);
            },
            core::ErrorKind::NotFound, "not_found" },
        { "archiving an unknown module", [](auto &b) { return b.trainingAdmin().archive(4242); },
            core::ErrorKind::NotFound, "not_found" },
        { "restoring a module that is not archived",
            [this](auto &b) { return b.trainingAdmin().restore(m_roads); },
            core::ErrorKind::NotFound, "not_found" },
    });
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM trainings"_s), trainingsBefore);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM training_questions"_s), questionsBefore);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM audit_log"_s), auditBefore);

    const auto mapper = httpBackendFor(Mapper);
    const auto forbidden = testing::awaitClient(mapper->trainingAdmin().catalog());
    QVERIFY(!forbidden.ok());
    QCOMPARE(forbidden.error().kind, core::ErrorKind::Forbidden);
}

QTEST_GUILESS_MAIN(tst_TrainingAdminContract)
#include "tst_TrainingAdminContract.moc"
