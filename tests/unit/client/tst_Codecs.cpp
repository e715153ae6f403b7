#include "services/client/codec/AccountCodec.h"
#include "services/client/codec/AuditEntryCodec.h"
#include "services/client/codec/BalanceCodec.h"
#include "services/client/codec/ChecklistCodec.h"
#include "services/client/codec/DashboardCodec.h"
#include "services/client/codec/JsonReader.h"
#include "services/client/codec/LedgerCodec.h"
#include "services/client/codec/PaymentRecordCodec.h"
#include "services/client/codec/PayoutImportCodec.h"
#include "services/client/codec/PersonCodec.h"
#include "services/client/codec/PersonWorkCodec.h"
#include "services/client/codec/ProjectCodec.h"
#include "services/client/codec/QuizCodec.h"
#include "services/client/codec/SyncRunCodec.h"
#include "services/client/codec/TrainingCodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mikro;

namespace {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

QJsonObject parsed(const client::JsonWriter &writer)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(writer.finish(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

/// Every field differs from its default, so a field that is not written or not read fails.
domain::PayRequestRow fullRequest()
{
    domain::PayRequestRow r;
    r.id = 41;
    r.userId = u"auth0|mapper-1"_s;
    r.userName = u"Ana Lima"_s;
    r.osmUsername = u"ana_maps"_s;
    r.paymentEmail = u"ana@example.org"_s;
    r.amount = core::Money(1250);
    r.requestedAt = utc("2026-03-01T10:00:00Z");
    r.notes = u"March"_s;
    r.status = domain::PaymentStatus::Paid;
    r.decidedBy = u"auth0|admin-1"_s;
    r.decidedAt = utc("2026-03-02T11:30:05Z");
    r.decisionNote = u"ok"_s;
    r.paymentId = 7;
    return r;
}

domain::PaymentRow fullPayment()
{
    domain::PaymentRow p;
    p.id = 7;
    p.requestId = 41;
    p.userId = u"auth0|mapper-1"_s;
    p.userName = u"Ana Lima"_s;
    p.osmUsername = u"ana_maps"_s;
    p.paymentEmail = u"ana@example.org"_s;
    p.amount = core::Money(1250);
    p.externalRef = u"PAYONEER-77"_s;
    p.paidAt = utc("2026-03-02T11:30:05Z");
    p.paidBy = u"auth0|admin-1"_s;
    p.notes = u"batch 3"_s;
    p.paidByName = u"Ada Admin"_s;
    return p;
}

domain::LedgerLine fullEntry()
{
    domain::LedgerLine e;
    e.id = 900;
    e.kind = domain::LedgerKind::Adjustment;
    e.amount = core::Money(-305);
    e.projectId = 101;
    e.taskId = 12;
    e.note = u"duplicate credit"_s;
    e.createdBy = u"auth0|admin-1"_s;
    e.createdAt = utc("2026-03-03T09:00:00Z");
    return e;
}

domain::PersonSummary fullPerson()
{
    domain::PersonSummary p;
    p.id = u"auth0|mapper-1"_s;
    p.name = u"Ana Lima"_s;
    p.email = u"ana@example.org"_s;
    p.osmUsername = u"ana_maps"_s;
    p.role = domain::Role::Validator;
    p.active = false;
    p.paid = core::Money(10000);
    p.pending = core::Money(1250);
    p.payable = core::Money(-75);
    p.tasksMapped = 31;
    p.tasksValidated = 29;
    p.paymentEmail = u"pay@example.org"_s;
    p.city = u"Recife"_s;
    p.country = u"BR"_s;
    p.joined = utc("2025-12-01T08:00:00Z");
    p.lastLoginAt = utc("2026-03-04T07:06:05Z");
    p.mapperPoints = 3;
    p.validatorPoints = 4;
    p.specialProjectPoints = 5;
    p.assignedProjects = 2;
    p.taskEarnings = core::Money(11175);
    return p;
}

domain::ProjectRow fullProject()
{
    domain::ProjectRow p;
    p.id = 101;
    p.name = u"Roads of Recife"_s;
    p.url = u"https://tasks.example/projects/101"_s;
    p.difficulty = u"hard"_s;
    p.active = true;
    p.visible = true;
    p.completed = true;
    p.totalTasks = 400;
    p.mappingRate = core::Money(150);
    p.validationRate = core::Money(50);
    p.budget = core::Money(80000);
    p.spent = core::Money(72500);
    p.maxEditors = 9;
    p.maxValidators = 3;
    p.editors = 8;
    p.validators = 2;
    p.mapped = 120;
    p.validated = 90;
    p.invalidated = 6;
    p.lastSyncedAt = utc("2026-03-05T12:00:00Z");
    p.createdAt = utc("2026-01-05T12:00:00Z");
    p.requiredTrainings = { 3, 12 };
    return p;
}

domain::TrainingView fullTraining()
{
    domain::TrainingView t;
    t.id = 12;
    t.title = u"Validating roads"_s;
    t.type = domain::TrainingType::Validation;
    t.pointValue = 5;
    t.url = u"https://learn.example/roads"_s;
    t.difficulty = u"hard"_s;
    t.passPercent = 80;
    t.questions = {
        { 31, u"Which tag is a road?"_s,
            { { 301, u"highway"_s, true }, { 302, u"waterway"_s, false },
                { 303, u"landuse"_s, false } } },
        { 32, u"Validate your own task?"_s, { { 304, u"No"_s, true }, { 305, u"Yes"_s, false } } },
    };
    t.completedCount = 7;
    t.completed = true;
    t.completedAt = utc("2026-03-06T14:15:16Z");
    t.pointsAwarded = 4;
    t.attempts = 3;
    t.bestScore = 90;
    return t;
}

/// What the admin view carries of `t`: no person's figures.
domain::TrainingView adminViewOf(domain::TrainingView t)
{
    const domain::TrainingView defaults;
    t.completed = defaults.completed;
    t.completedAt = defaults.completedAt;
    t.pointsAwarded = defaults.pointsAwarded;
    t.attempts = defaults.attempts;
    t.bestScore = defaults.bestScore;
    return t;
}

/// What the person's view carries of `t`: no completion count and no answer key.
domain::TrainingView personViewOf(domain::TrainingView t)
{
    t.completedCount = 0;
    for (auto &q : t.questions)
        for (auto &a : q.answers)
            a.correct = false;
    return t;
}

domain::TemplateView fullTemplate()
{
    domain::TemplateView t;
    t.id = 8;
    t.name = u"Onboarding"_s;
    t.authorId = u"auth0|admin-1"_s;
    t.author = u"Bea (bea_osm)"_s;
    t.description = u"First week"_s;
    t.dueDate = QDate(2026, 4, 30);
    t.difficulty = u"easy"_s;
    t.visible = true;
    t.active = true;
    t.completionRate = core::Money(250);
    t.validationRate = core::Money(75);
    t.totalPayout = core::Money(975);
    t.assignedCount = 3;
    t.items = { { 81, 1, u"Read the guide"_s, u"https://wiki.example/guide"_s },
        { 82, 2, u"Map ten buildings"_s, u"https://tasks.example/1"_s } };
    return t;
}

domain::InstanceView::Comment fullComment(qint64 id)
{
    return { id, u"Looks good"_s, u"auth0|validator-1"_s, u"Caio (caio_v)"_s, u"validator"_s,
        utc("2026-03-07T08:09:10Z").addSecs(id) };
}

domain::InstanceView fullInstance()
{
    domain::InstanceView v;
    v.id = 70;
    v.checklistId = 8;
    v.userId = u"auth0|mapper-1"_s;
    v.userName = u"Ana (ana_maps)"_s;
    v.checklist = fullTemplate();
    v.completed = true;
    v.confirmed = true;
    v.stale = true;
    v.awaitingConfirmation = true;
    v.startedAt = utc("2026-03-01T09:00:00Z");
    v.completedAt = utc("2026-03-03T09:00:00Z");
    v.confirmedAt = utc("2026-03-04T09:00:00Z");
    v.confirmedBy = u"auth0|validator-1"_s;
    v.lastActivityAt = utc("2026-03-04T09:00:00Z");
    v.items
        = { { 701, 1, u"Read the guide"_s, u"https://wiki.example/guide"_s,
                utc("2026-03-02T09:00:00Z"), utc("2026-03-04T09:00:00Z"), u"auth0|validator-1"_s },
              { 702, 2, u"Map ten buildings"_s, u"https://tasks.example/1"_s,
                  utc("2026-03-03T09:00:00Z"), utc("2026-03-04T09:00:00Z"), u"auth0|admin-1"_s } };
    v.comments = { fullComment(901), fullComment(902) };
    v.commentCount = 25;
    return v;
}

/// What an Instance carries of `v`: not the list it is in, nor the template's own id, payout,
/// assignment count and items.
domain::InstanceView instanceViewOf(domain::InstanceView v)
{
    v.awaitingConfirmation = false;
    v.checklist.id = 0;
    v.checklist.totalPayout = core::Money();
    v.checklist.assignedCount = 0;
    v.checklist.items.clear();
    return v;
}

sync::ProjectSyncStatus fullSync()
{
    sync::ProjectSyncStatus s;
    s.projectId = 101;
    s.name = u"Roads of Recife"_s;
    s.lastSyncedAt = utc("2026-03-05T12:00:00Z");
    s.runId = 55;
    s.mode = sync::SyncMode::Full;
    s.status = sync::RunStatus::Failed;
    s.startedAt = utc("2026-03-05T11:58:00Z");
    s.finishedAt = utc("2026-03-05T11:59:30Z");
    s.requestsMade = 12;
    s.eventsIngested = 340;
    s.error = u"TM4 answered 502"_s;
    s.requestedBy = u"auth0|admin-1"_s;
    s.requestedByName = u"Bea Admin"_s;
    s.leaseUntil = utc("2026-03-05T12:08:00Z");
    s.active = true;
    s.url = u"https://tasks.example/projects/101"_s;
    s.members = 4;
    return s;
}

/// ProjectSyncStatus (services/sync) has no operator==: every field compared here.
bool sameSync(const sync::ProjectSyncStatus &a, const sync::ProjectSyncStatus &b)
{
    return a.projectId == b.projectId && a.name == b.name && a.lastSyncedAt == b.lastSyncedAt
        && a.runId == b.runId && a.mode == b.mode && a.status == b.status
        && a.startedAt == b.startedAt && a.finishedAt == b.finishedAt
        && a.requestsMade == b.requestsMade && a.eventsIngested == b.eventsIngested
        && a.error == b.error && a.requestedBy == b.requestedBy
        && a.requestedByName == b.requestedByName && a.leaseUntil == b.leaseUntil
        && a.active == b.active && a.url == b.url && a.members == b.members;
}

domain::AuditEntry fullAudit()
{
    domain::AuditEntry e;
    e.id = 501;
    e.at = utc("2026-03-08T10:11:12Z");
    e.actorId = u"auth0|admin-1"_s;
    e.actorName = u"Bea Admin"_s;
    e.action = u"record_payment"_s;
    e.entity = u"payment"_s;
    e.entityId = u"7"_s;
    // Compact, keys in Qt's order: comes back byte for byte.
    e.details = "{\"amount_cents\":1250,\"nested\":{\"ids\":[1,2]},\"note\":\"batch \\\"3\\\"\"}";
    return e;
}

domain::UserProfile fullProfile()
{
    domain::UserProfile p;
    p.id = u"auth0|mapper-1"_s;
    p.orgId = u"org-1"_s;
    p.email = u"ana@example.org"_s;
    p.firstName = u"Ana"_s;
    p.lastName = u"Lima"_s;
    p.osmUsername = u"ana_maps"_s;
    p.paymentEmail = u"pay@example.org"_s;
    p.city = u"Recife"_s;
    p.country = u"BR"_s;
    p.role = domain::Role::Admin;
    p.termsAcceptedAt = utc("2025-12-01T08:00:00Z");
    p.mapperPoints = 3;
    p.validatorPoints = 4;
    p.specialProjectPoints = 5;
    return p;
}

client::AccountDetails fullDetails()
{
    client::AccountDetails d;
    d.profile = fullProfile();
    d.figures.tasksMapped = 31;
    d.figures.tasksValidated = 29;
    d.figures.paid = core::Money(10000);
    d.figures.payable = core::Money(-75);
    d.figures.currency = u"BRL"_s;
    d.figures.orgName = u"Kaart Brasil"_s;
    d.osmUsernamePending = u"ana_maps_2"_s;
    return d;
}

/// The bytes Qt writes for the same object: equal when the fields are in Qt's (sorted) order.
QByteArray qtOrder(const client::JsonWriter &writer)
{
    return QJsonDocument(parsed(writer)).toJson(QJsonDocument::Compact);
}

} // namespace

Q_DECLARE_METATYPE(mikro::domain::PayRequestRow)
Q_DECLARE_METATYPE(mikro::domain::TrainingView)
Q_DECLARE_METATYPE(mikro::domain::TemplateView)
Q_DECLARE_METATYPE(mikro::domain::InstanceView)
Q_DECLARE_METATYPE(mikro::domain::AuditEntry)

/// The API.md shapes are described once (codec/*Codec.cpp) and both directions follow from it:
/// what the server writes, the desktop reads back equal; a broken answer is refused by name.
class tst_Codecs : public QObject
{
    Q_OBJECT

private slots:
    void payRequestRoundTrips_data();
    void payRequestRoundTrips();
    void paymentAndLedgerEntryRoundTrip();
    void userRowRoundTrips();
    void projectRoundTrips();
    void transactionsAnswerRoundTrips();
    void trainingRoundTrips_data();
    void trainingRoundTrips();
    void trainingAnswerKeyIsAdminOnly();
    void trainingListsRoundTrip();
    void templateRoundTrips_data();
    void templateRoundTrips();
    void instanceRoundTrips_data();
    void instanceRoundTrips();
    void commentPageRoundTrips();
    void othersChecklistsRoundTripByState();
    void paymentMadeRoundTrips();
    void payoutImportRoundTripsInFileOrder();
    void payoutBatchRoundTrips();
    void syncRunRoundTrips();
    void syncStatusRoundTrips();
    void schedulerRoundTrips();
    void personWorkRoundTrips();
    void auditEntryRoundTrips_data();
    void auditEntryRoundTrips();
    void auditPageRoundTrips();
    void loginAnswerRoundTrips();
    void accountDetailsRoundTrip();
    void personDashboardRoundTrip();
    void ledgerPageRoundTrip();
    void userProjectsRoundTrip_data();
    void userProjectsRoundTrip();
    void quizAndResultRoundTrip();
    void newVerbsRefuseBrokenValues();
    void balanceRoundTrips();
    void moneyIsWrittenAsApiMdSays();
    void brokenAnswersAreRefusedByName_data();
    void brokenAnswersAreRefusedByName();
};

void tst_Codecs::payRequestRoundTrips_data()
{
    QTest::addColumn<domain::PayRequestRow>("request");
    QTest::newRow("every field") << fullRequest();
    domain::PayRequestRow pending;
    pending.id = 1;
    pending.userId = u"u"_s;
    pending.amount = core::Money(1);
    pending.requestedAt = utc("2026-01-01T00:00:00Z");
    QTest::newRow("pending, nulls") << pending; // no email, no decision, no payment
    domain::PayRequestRow rejected = fullRequest();
    rejected.status = domain::PaymentStatus::Rejected;
    rejected.paymentId = 0;
    QTest::newRow("rejected") << rejected;
}

void tst_Codecs::payRequestRoundTrips()
{
    QFETCH(domain::PayRequestRow, request);
    const QJsonObject json = parsed(client::writePayRequest(request));
    const auto read = client::readPayRequest(json);
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().diagnostic));
    QVERIFY(read.value() == request);
    QCOMPARE(json.value(u"task_ids"_s).toArray().size(), 0);
}

void tst_Codecs::paymentAndLedgerEntryRoundTrip()
{
    const auto payment = client::readPayment(parsed(client::writePayment(fullPayment())));
    QVERIFY(payment.ok());
    QVERIFY(payment.value() == fullPayment());
    domain::PaymentRow manual = fullPayment();
    manual.requestId = 0; // a manual payment answers no request: null
    const QJsonObject manualJson = parsed(client::writePayment(manual));
    QVERIFY(manualJson.value(u"request_id"_s).isNull());
    QVERIFY(client::readPayment(manualJson).value() == manual);

    const auto entry = client::readLedgerEntry(parsed(client::writeLedgerEntry(fullEntry())));
    QVERIFY(entry.ok());
    QVERIFY(entry.value() == fullEntry());
}

void tst_Codecs::userRowRoundTrips()
{
    const QJsonObject withEarnings = parsed(client::writeUserRow(fullPerson(), true));
    const auto read = client::readUserRow(withEarnings);
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().diagnostic));
    QVERIFY(read.value() == fullPerson());
    QCOMPARE(withEarnings.value(u"requesting_payment"_s).toBool(), true);

    // The members' list leaves task earnings out: read back as zero, everything else equal.
    const QJsonObject members = parsed(client::writeUserRow(fullPerson(), false));
    QVERIFY(!members.contains(u"validated_tasks_amounts"_s));
    domain::PersonSummary expected = fullPerson();
    expected.taskEarnings = core::Money();
    QVERIFY(client::readUserRow(members).value() == expected);
}

void tst_Codecs::projectRoundTrips()
{
    const QJsonObject json = parsed(client::writeProject(fullProject()));
    const auto read = client::readProject(json);
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().diagnostic));
    QVERIFY(read.value() == fullProject());
    QCOMPARE(json.value(u"budget_used_percent"_s).toInt(), 90); // 725.00 of 800.00
    QCOMPARE(json.value(u"budget_warning"_s).toBool(), true);
    QCOMPARE(json.value(u"source"_s).toString(), u"tm4"_s);
}

void tst_Codecs::transactionsAnswerRoundTrips()
{
    domain::PaymentRecordSet set;
    set.pending = { fullRequest(), fullRequest() };
    set.pending[1].id = 42;
    set.pending[1].status = domain::PaymentStatus::Pending;
    set.decided = { fullRequest() };
    set.payments = { fullPayment() };
    set.adjustments = { fullEntry() };
    set.orgAdjustments
        = { { fullEntry(), u"mapper"_s, u"Mia Maps"_s, u"mia_maps"_s, u"Ada Admin"_s } };
    for (const auto view : { client::RecordsView::Own, client::RecordsView::Org }) {
        client::JsonWriter envelope = client::JsonWriter::success(u"Transactions"_s);
        client::writePaymentRecords(envelope, set, view);
        const QJsonObject json = parsed(envelope);
        QCOMPARE(json.value(u"status"_s).toInt(), 200);
        const auto read = client::readPaymentRecords(json, view);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().diagnostic));
        // Each view carries its own adjustments list under `adjustments`, and only that one.
        domain::PaymentRecordSet expected = set;
        if (view == client::RecordsView::Own)
            expected.orgAdjustments.clear();
        else
            expected.adjustments.clear();
        QVERIFY(read.value() == expected);
        const QJsonObject adjustment = json.value(u"adjustments"_s).toArray().at(0).toObject();
        QCOMPARE(adjustment.value(u"kind"_s).toString(), u"adjustment"_s);
        QCOMPARE(adjustment.contains(u"user_id"_s), view == client::RecordsView::Org);
    }
}

void tst_Codecs::trainingRoundTrips_data()
{
    QTest::addColumn<domain::TrainingView>("training");
    QTest::newRow("every field") << fullTraining();
    domain::TrainingView fresh = fullTraining();
    fresh.type = domain::TrainingType::Project;
    fresh.url.clear();
    fresh.difficulty.clear();
    fresh.completed = false;
    fresh.completedAt = QDateTime();
    fresh.bestScore = -1; // no attempt yet: null
    fresh.questions.clear();
    QTest::newRow("nulls, no questions") << fresh;
    domain::TrainingView zero = fullTraining();
    zero.type = domain::TrainingType::Mapping;
    zero.bestScore = 0; // a real score of 0 is not "no attempt"
    QTest::newRow("best score 0") << zero;
}

void tst_Codecs::trainingRoundTrips()
{
    QFETCH(domain::TrainingView, training);
    for (const bool adminView : { true, false }) {
        const QJsonObject json = parsed(client::writeTraining(training, adminView));
        const auto read = client::readTraining(json, adminView);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().diagnostic));
        QVERIFY(read.value() == (adminView ? adminViewOf(training) : personViewOf(training)));
        QCOMPARE(json.contains(u"completed_count"_s), adminView);
        QCOMPARE(json.contains(u"best_score"_s), !adminView);
        if (!adminView) {
            QCOMPARE(json.value(u"question_count"_s).toInteger(), training.questions.size());
            QCOMPARE(json.value(u"best_score"_s).isNull(), training.bestScore == -1);
        }
    }
}

void tst_Codecs::trainingAnswerKeyIsAdminOnly()
{
    const QJsonObject admin = parsed(client::writeTraining(fullTraining(), true));
    const QJsonObject first = admin.value(u"questions"_s).toArray().first().toObject();
    QCOMPARE(first.value(u"correct"_s).toString(), u"highway"_s);
    QCOMPARE(first.value(u"incorrect"_s).toArray(), (QJsonArray { u"waterway"_s, u"landuse"_s }));
    QCOMPARE(first.value(u"answers"_s).toArray().first().toObject().value(u"correct"_s),
        QJsonValue(true));

    const QByteArray person = client::writeTraining(fullTraining(), false).finish();
    QVERIFY2(!person.contains("correct"), person.constData());
    // Each view is read as itself: a person's answer lacks what an admin's must carry.
    QVERIFY(!client::readTraining(parsed(client::writeTraining(fullTraining(), false)), true).ok());
}

void tst_Codecs::trainingListsRoundTrip()
{
    domain::TrainingView mapping = fullTraining();
    mapping.id = 1;
    mapping.type = domain::TrainingType::Mapping;
    mapping.completed = false;
    domain::TrainingView validation = fullTraining();
    validation.id = 2;
    validation.completed = false;
    domain::TrainingView project = fullTraining();
    project.id = 3;
    project.type = domain::TrainingType::Project;
    project.completed = false;
    domain::TrainingView done = fullTraining(); // completed: the person's fourth list
    done.id = 4;
    const QList<domain::TrainingView> all { project, done, validation, mapping };

    client::JsonWriter admin = client::JsonWriter::success(u"Trainings"_s);
    client::writeTrainingLists(admin, all, true);
    const QJsonObject adminJson = parsed(admin);
    QVERIFY(!adminJson.contains(u"user_completed_trainings"_s));
    QCOMPARE(adminJson.value(u"org_validation_trainings"_s).toArray().size(), 2);
    const auto adminRead = client::readTrainingLists(adminJson, true);
    QVERIFY2(adminRead.ok(), qPrintable(adminRead.ok() ? QString() : adminRead.error().diagnostic));
    QVERIFY(adminRead.value()
        == (QList<domain::TrainingView> { adminViewOf(mapping), adminViewOf(done),
            adminViewOf(validation), adminViewOf(project) }));

    client::JsonWriter person = client::JsonWriter::success(u"Trainings"_s);
    client::writeTrainingLists(person, all, false);
    const auto personRead = client::readTrainingLists(parsed(person), false);
    QVERIFY2(
        personRead.ok(), qPrintable(personRead.ok() ? QString() : personRead.error().diagnostic));
    QVERIFY(personRead.value()
        == (QList<domain::TrainingView> { personViewOf(mapping), personViewOf(validation),
            personViewOf(project), personViewOf(done) }));
    QVERIFY(!client::readTrainingLists(adminJson, false).ok()); // no user_completed_trainings
}

void tst_Codecs::templateRoundTrips_data()
{
    QTest::addColumn<domain::TemplateView>("checklist");
    QTest::newRow("every field") << fullTemplate();
    domain::TemplateView bare = fullTemplate();
    bare.authorId.clear(); // the author was removed
    bare.dueDate = QDate();
    bare.difficulty.clear();
    bare.visible = false;
    bare.active = false;
    bare.items = { { 83, 1, u"Say hello"_s, QString() } };
    QTest::newRow("nulls") << bare;
    bare.items.clear();
    QTest::newRow("no items") << bare;
}

void tst_Codecs::templateRoundTrips()
{
    QFETCH(domain::TemplateView, checklist);
    const QJsonObject json = parsed(client::writeTemplate(checklist));
    const auto read = client::readTemplate(json);
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().diagnostic));
    QVERIFY(read.value() == checklist);
    QCOMPARE(json.value(u"due_date"_s).toString(),
        checklist.dueDate.isValid() ? u"2026-04-30"_s : QString());
    QVERIFY(json.value(u"due_date"_s).isNull() == !checklist.dueDate.isValid());
    QCOMPARE(json.value(u"completed"_s), QJsonValue(false));
    QCOMPARE(json.value(u"confirmed"_s), QJsonValue(false));
    QCOMPARE(json.value(u"comments"_s), QJsonValue(QJsonArray()));
}

void tst_Codecs::instanceRoundTrips_data()
{
    QTest::addColumn<domain::InstanceView>("instance");
    QTest::newRow("every field") << fullInstance();
    domain::InstanceView fresh = fullInstance();
    fresh.checklist.authorId.clear();
    fresh.checklist.dueDate = QDate();
    fresh.checklist.difficulty.clear();
    fresh.completed = false;
    fresh.confirmed = false;
    fresh.stale = false;
    fresh.startedAt = QDateTime();
    fresh.completedAt = QDateTime();
    fresh.confirmedAt = QDateTime();
    fresh.confirmedBy.clear();
    fresh.lastActivityAt = QDateTime();
    fresh.items = { { 703, 1, u"Read the guide"_s, QString(), {}, {}, QString() } };
    fresh.comments.clear();
    fresh.commentCount = 0;
    QTest::newRow("nulls, nothing done") << fresh;
}

void tst_Codecs::instanceRoundTrips()
{
    QFETCH(domain::InstanceView, instance);
    const QJsonObject json = parsed(client::writeInstance(instance));
    const auto read = client::readInstance(json);
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().diagnostic));
    QVERIFY(read.value() == instanceViewOf(instance));
    const QJsonObject item = json.value(u"list_items"_s).toArray().first().toObject();
    QCOMPARE(item.value(u"completed"_s).toBool(), instance.items.first().completedAt.isValid());
    QCOMPARE(item.value(u"confirmed"_s).toBool(), instance.items.first().confirmedAt.isValid());
    QVERIFY(!json.contains(u"total_payout"_s));
}

void tst_Codecs::othersChecklistsRoundTripByState()
{
    // One instance per list: waiting (a done item unconfirmed), confirmed, stale, started.
    domain::InstanceView waiting = fullInstance();
    waiting.id = 74;
    waiting.confirmed = false;
    domain::InstanceView confirmed = fullInstance();
    confirmed.id = 71;
    confirmed.awaitingConfirmation = false;
    domain::InstanceView stale = fullInstance();
    stale.id = 73;
    stale.confirmed = false;
    stale.awaitingConfirmation = false;
    domain::InstanceView started = stale;
    started.id = 72;
    started.stale = false;
    client::JsonWriter envelope = client::JsonWriter::success(u"Validator checklists"_s);
    client::writeOthersChecklists(envelope, { waiting, confirmed, stale, started });
    const QJsonObject json = parsed(envelope);
    const auto ids = [&json](const QString &key) {
        QList<qint64> out;
        for (const auto &v : json.value(key).toArray())
            out << v.toObject().value(u"id"_s).toInteger();
        return out;
    };
    QCOMPARE(ids(u"ready_for_confirmation"_s), QList<qint64> { 74 });
    QCOMPARE(ids(u"confirmed_and_completed"_s), QList<qint64> { 71 });
    QCOMPARE(ids(u"stale_started_checklists"_s), QList<qint64> { 73 });
    QCOMPARE(ids(u"started_checklists"_s), QList<qint64> { 72 });
    const auto read = client::readOthersChecklists(json);
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().diagnostic));
    QCOMPARE(read.value().size(), 4);
    // By id, and "waiting" comes back from the list it was in.
    QCOMPARE(read.value()[0].id, 71);
    QCOMPARE(read.value()[3].id, 74);
    QVERIFY(read.value()[3].awaitingConfirmation);
    QVERIFY(!read.value()[0].awaitingConfirmation);
    domain::InstanceView expected = instanceViewOf(waiting);
    expected.awaitingConfirmation = true;
    QVERIFY(read.value()[3] == expected);
    // A list missing is a broken answer, not an empty one.
    QJsonObject broken = json;
    broken.remove(u"started_checklists"_s);
    QVERIFY(!client::readOthersChecklists(broken).ok());
}

void tst_Codecs::paymentMadeRoundTrips()
{
    client::JsonWriter envelope = client::JsonWriter::success(u"Paid"_s);
    client::writePaymentMade(envelope, { 91, core::Money(1050) });
    // API.md §1.5: two decimals and the cents beside them.
    QVERIFY(envelope.finish().contains(R"("amount_paid":10.50,"amount_paid_cents":1050)"));
    const QJsonObject json = parsed(envelope);
    const auto read = client::readPaymentMade(json);
    QVERIFY(read.ok());
    QVERIFY(read.value() == (client::PaymentMade { 91, core::Money(1050) }));
}

void tst_Codecs::payoutImportRoundTripsInFileOrder()
{
    using V = domain::ImportVerdict;
    domain::ImportPreview preview;
    preview.rows = { { 2, 11, u"a@x"_s, core::Money(1250), u"EUR"_s, u"R1"_s, V::Matched, 71 },
        { 3, 12, u"b@x"_s, core::Money(99), u"EUR"_s, u"R2"_s, V::AmountMismatch, 0 },
        { 4, 13, u"c@x"_s, core::Money(500), u"EUR"_s, u"R3"_s, V::AlreadyPaid, 0 },
        { 5, 14, u"d@x"_s, core::Money(700), u"EUR"_s, u"R4"_s, V::Matched, 72 },
        { 6, 15, u"e@x"_s, core::Money(100), u"EUR"_s, u"R5"_s, V::ProviderFailed, 0 } };
    const client::PayoutImport applied = client::payoutImportOf(preview, true);
    QCOMPARE(applied.paidCount, 2);
    QCOMPARE(applied.paidTotal, core::Money(1950));
    QCOMPARE(applied.rows[1].amount, core::Money()); // only matches carry an amount
    client::JsonWriter envelope = client::JsonWriter::success(u"Imported"_s);
    client::writePayoutImport(envelope, applied);
    const QJsonObject json = parsed(envelope);
    QCOMPARE(json.value(u"matched"_s).toArray().size(), 2);
    QCOMPARE(json.value(u"matched"_s).toArray().at(1)[u"payment_id"_s].toInteger(), 72);
    QCOMPARE(json.value(u"mismatched"_s).toArray().at(0).toObject().value(u"reason"_s),
        u"amount_mismatch"_s);
    QCOMPARE(json.value(u"already_paid"_s).toArray().size(), 1);
    QCOMPARE(json.value(u"paid_total_cents"_s).toInteger(), 1950);
    const auto read = client::readPayoutImport(json);
    QVERIFY(read.ok());
    QVERIFY(read.value() == applied); // the lists merged back into file order
    const client::PayoutImport dry = client::payoutImportOf(preview, false);
    QCOMPARE(dry.paidCount, 0);
    QCOMPARE(dry.matchedTotal(), core::Money(1950));
    QCOMPARE(dry.rows[0].paymentId, 0); // a dry run made no payment
    client::JsonWriter dryEnvelope = client::JsonWriter::success(u"Checked"_s);
    client::writePayoutImport(dryEnvelope, dry);
    QVERIFY(parsed(dryEnvelope).value(u"matched"_s).toArray().at(0)[u"payment_id"_s].isNull());
    // An unknown reason is refused, not read as some other verdict.
    QJsonObject broken = json;
    QJsonArray mismatched = broken.value(u"mismatched"_s).toArray();
    QJsonObject first = mismatched.at(0).toObject();
    first.insert(u"reason"_s, u"gremlins"_s);
    mismatched.replace(0, first);
    broken.insert(u"mismatched"_s, mismatched);
    QVERIFY(!client::readPayoutImport(broken).ok());
}

void tst_Codecs::payoutBatchRoundTrips()
{
    const domain::PayoutBatchFile file { "email,amount\r\nx@y,1.00\r\n", 1, core::Money(100),
        u"EUR"_s };
    const client::PayoutBatch batch = client::payoutBatchOf(
        file, QDateTime(QDate(2026, 12, 6), QTime(1, 2, 3), QTimeZone::utc()));
    QCOMPARE(batch.filename, u"mikro-payouts-20261206T010203Z.csv"_s);
    QCOMPARE(batch.currency, u"EUR"_s);
    client::JsonWriter envelope = client::JsonWriter::success(u"Batch"_s);
    client::writePayoutBatch(envelope, batch);
    const auto read = client::readPayoutBatch(parsed(envelope));
    QVERIFY(read.ok());
    QVERIFY(read.value() == batch);
}

void tst_Codecs::commentPageRoundTrips()
{
    const auto comment = client::readComment(parsed(client::writeComment(fullComment(903))));
    QVERIFY(comment.ok());
    QVERIFY(comment.value() == fullComment(903));

    for (const bool more : { true, false }) {
        domain::CommentPage page;
        page.comments = more ? QList { fullComment(904), fullComment(905) }
                             : QList<domain::InstanceView::Comment>();
        page.more = more;
        client::JsonWriter envelope = client::JsonWriter::success(u"Comments"_s);
        client::writeCommentPage(envelope, page);
        const auto read = client::readCommentPage(parsed(envelope));
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().diagnostic));
        QVERIFY(read.value() == page);
    }
}

void tst_Codecs::syncRunRoundTrips()
{
    for (const bool failed : { true, false }) {
        sync::ProjectSyncStatus run = fullSync();
        if (!failed) {
            run.mode = sync::SyncMode::Incremental;
            run.status = sync::RunStatus::Succeeded;
            run.error.clear(); // null
            run.finishedAt = QDateTime(); // null
        }
        const client::JsonWriter written = client::writeSyncRun(run);
        QCOMPARE(written.finish(), qtOrder(written)); // the order QJsonObject wrote
        const QJsonObject json = parsed(written);
        QCOMPARE(json.value(u"error"_s).isNull(), !failed);
        const auto read = client::readSyncRun(json);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().diagnostic));
        sync::ProjectSyncStatus expected = run;
        expected.name.clear(); // not in a run, nor the project's figures
        expected.lastSyncedAt = QDateTime();
        expected.active = false;
        expected.url.clear();
        expected.members = 0;
        QVERIFY(sameSync(read.value(), expected));
    }
}

void tst_Codecs::syncStatusRoundTrips()
{
    const client::JsonWriter written = client::writeSyncStatus(fullSync());
    QCOMPARE(written.finish(), qtOrder(written));
    const auto read = client::readSyncStatus(parsed(written));
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().diagnostic));
    QVERIFY(sameSync(read.value(), fullSync()));

    // Before the first run: `last_run` is null and the run fields keep their defaults.
    sync::ProjectSyncStatus never = fullSync();
    never.runId = 0;
    never.lastSyncedAt = QDateTime();
    const client::JsonWriter none = client::writeSyncStatus(never);
    QCOMPARE(none.finish(), qtOrder(none));
    QVERIFY(parsed(none).value(u"last_run"_s).isNull());
    sync::ProjectSyncStatus expected;
    expected.projectId = never.projectId;
    expected.name = never.name;
    expected.active = never.active;
    expected.url = never.url;
    expected.members = never.members;
    const auto readNone = client::readSyncStatus(parsed(none));
    QVERIFY(readNone.ok());
    QVERIFY(sameSync(readNone.value(), expected));
}

void tst_Codecs::schedulerRoundTrips()
{
    sync::SchedulerStatus st;
    st.running = true;
    st.queued = 2;
    st.interval = std::chrono::minutes(15);
    st.nextRunAt = utc("2026-03-05T12:15:00Z");
    st.progress = { 1, 3, 101, 34, 120 };
    st.queuedProjects = { 102, 103 };
    const QJsonObject json = client::writeScheduler(st);
    QCOMPARE(json.value(u"interval_s"_s).toInt(), 900);
    const auto read = client::readScheduler(json);
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().diagnostic));
    const sync::SchedulerStatus &r = read.value();
    QCOMPARE(r.running, true);
    QCOMPARE(r.queued, 2);
    QCOMPARE(r.interval, st.interval);
    QCOMPARE(r.nextRunAt, st.nextRunAt);
    QCOMPARE(r.queuedProjects, st.queuedProjects);
    QCOMPARE(r.progress.projectsDone, 1);
    QCOMPARE(r.progress.projectsTotal, 3);
    QCOMPARE(r.progress.projectId, 101);
    QCOMPARE(r.progress.tasksFetched, 34);
    QCOMPARE(r.progress.tasksToFetch, 120);
    // Off: no next run.
    const auto off = client::readScheduler(client::writeScheduler({}));
    QVERIFY(off.ok());
    QVERIFY(!off.value().nextRunAt.isValid());
}

void tst_Codecs::personWorkRoundTrips()
{
    domain::PersonWork work;
    work.projects << domain::PersonProject { 701, u"Roads"_s, true, domain::MemberRole::Validator,
        utc("2026-01-01T00:00:00Z"), 3, 4, core::Money(1250) };
    work.trainings << domain::PersonTraining { 9, u"Roads 101"_s, domain::TrainingType::Project, 15,
        utc("2026-02-01T00:00:00Z") };
    work.checklists << domain::PersonChecklist { 12, u"Road QA"_s, 3, 2, 1,
        utc("2026-02-02T00:00:00Z"), false, false };
    client::JsonWriter out = client::JsonWriter::success(u"Person's work"_s);
    client::writePersonWork(out, work);
    const QJsonObject json = parsed(out);
    QCOMPARE(json.value(u"projects"_s).toArray().at(0).toObject().value(u"earned_cents"_s).toInt(),
        1250);
    const auto read = client::readPersonWork(json);
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().diagnostic));
    QCOMPARE(read.value(), work);
    // A role the API does not have is refused by name.
    QJsonObject broken = json;
    QJsonArray projects = broken.value(u"projects"_s).toArray();
    QJsonObject first = projects.at(0).toObject();
    first.insert(u"member_role"_s, u"owner"_s);
    projects[0] = first;
    broken.insert(u"projects"_s, projects);
    QVERIFY(!client::readPersonWork(broken).ok());
}

void tst_Codecs::auditEntryRoundTrips_data()
{
    QTest::addColumn<domain::AuditEntry>("entry");
    QTest::newRow("every field") << fullAudit();
    domain::AuditEntry bare = fullAudit();
    bare.entityId.clear(); // null
    bare.details = "{}";
    QTest::newRow("null entity, empty details") << bare;
}

void tst_Codecs::auditEntryRoundTrips()
{
    QFETCH(domain::AuditEntry, entry);
    const client::JsonWriter written = client::writeAuditEntry(entry);
    QVERIFY2(written.finish().contains(",\"details\":" + entry.details + '}'),
        written.finish().constData()); // a nested object, not a string
    const auto read = client::readAuditEntry(parsed(written));
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().diagnostic));
    QVERIFY(read.value() == entry);
}

void tst_Codecs::auditPageRoundTrips()
{
    // Details stored with other spacing and key order come back as an equal object.
    domain::AuditEntry spaced = fullAudit();
    spaced.id = 502;
    spaced.details = R"({ "note": "x", "amount_cents": 5 })";
    client::AuditPage page;
    page.entries = { fullAudit(), spaced };
    page.nextBeforeId = 502;
    client::JsonWriter envelope = client::JsonWriter::success(u"Audit log"_s);
    client::writeAuditPage(envelope, page);
    const auto read = client::readAuditPage(parsed(envelope));
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().diagnostic));
    QCOMPARE(read.value().nextBeforeId, qint64(502));
    QCOMPARE(read.value().entries.size(), 2);
    QVERIFY(read.value().entries.first() == fullAudit());
    QCOMPARE(QJsonDocument::fromJson(read.value().entries.last().details).object(),
        QJsonDocument::fromJson(spaced.details).object());
    QCOMPARE(read.value().entries.last().details, QByteArray(R"({"amount_cents":5,"note":"x"})"));

    client::AuditPage last; // the last page: no next one
    last.entries = { fullAudit() };
    client::JsonWriter end = client::JsonWriter::success(u"Audit log"_s);
    client::writeAuditPage(end, last);
    QVERIFY(parsed(end).value(u"next_before_id"_s).isNull());
    QVERIFY(client::readAuditPage(parsed(end)).value() == last);
}

void tst_Codecs::loginAnswerRoundTrips()
{
    client::JsonWriter envelope = client::JsonWriter::success(u"Login successful"_s);
    client::writeLoginAnswer(envelope, fullProfile());
    const QJsonObject json = parsed(envelope);
    QCOMPARE(json.value(u"name"_s).toString(), u"Ana Lima"_s);
    QCOMPARE(json.value(u"needs_onboarding"_s), QJsonValue(false));
    const auto read = client::readLoginAnswer(json);
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().diagnostic));
    domain::UserProfile expected = fullProfile();
    expected.firstName = u"Ana Lima"_s; // the full name only
    expected.lastName.clear();
    expected.mapperPoints = expected.validatorPoints = expected.specialProjectPoints = 0;
    QVERIFY(read.value() == expected);
    QCOMPARE(read.value().fullName(), fullProfile().fullName());

    // A person before onboarding: nulls everywhere the profile is empty.
    domain::UserProfile fresh;
    fresh.id = u"auth0|new"_s;
    fresh.firstName = u"Ana"_s;
    client::JsonWriter first = client::JsonWriter::success(u"Login successful"_s);
    client::writeLoginAnswer(first, fresh);
    const QJsonObject freshJson = parsed(first);
    for (const char *name : { "email", "osm_username", "payment_email", "city", "country", "org_id",
             "terms_accepted_at" })
        QVERIFY2(freshJson.value(QLatin1StringView(name)).isNull(), name);
    QCOMPARE(freshJson.value(u"needs_onboarding"_s), QJsonValue(true));
    QVERIFY(client::readLoginAnswer(freshJson).value() == fresh);
}

void tst_Codecs::accountDetailsRoundTrip()
{
    client::JsonWriter envelope = client::JsonWriter::success(u"User details"_s);
    client::writeAccountDetails(envelope, fullDetails());
    const QJsonObject json = parsed(envelope);
    QCOMPARE(json.value(u"full_name"_s).toString(), u"Ana Lima"_s);
    QCOMPARE(json.value(u"id"_s).toString(), fullDetails().profile.id);
    QCOMPARE(json.value(u"org_name"_s).toString(), u"Kaart Brasil"_s);
    const auto read = client::readAccountDetails(json);
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().diagnostic));
    QVERIFY(read.value() == fullDetails());

    client::AccountDetails bare;
    bare.figures.payable = core::Money(5);
    client::JsonWriter none = client::JsonWriter::success(u"User details"_s);
    client::writeAccountDetails(none, bare);
    const QJsonObject bareJson = parsed(none);
    QVERIFY(bareJson.value(u"osm_username_pending"_s).isNull());
    QVERIFY(bareJson.value(u"terms_accepted_at"_s).isNull());
    QVERIFY(client::readAccountDetails(bareJson).value() == bare);
}

void tst_Codecs::personDashboardRoundTrip()
{
    domain::PersonDashboard d;
    d.money = { core::Money(101), core::Money(-102), core::Money(103), core::Money(104),
        core::Money(105), core::Money(106), core::Money(107), core::Money(108) };
    d.tasksMapped = 11;
    d.tasksValidated = 12;
    d.tasksInvalidated = 13;
    d.validationsMade = 14;
    d.invalidationsMade = 15;
    d.tasksThisMonth = 16;
    d.tasksLastMonth = 17;
    d.activeProjects = 18;
    d.weekly.weekStarts = { QDate(2026, 11, 22), QDate(2026, 11, 29) };
    d.weekly.series = { { u"mapped"_s, { 1, 2 } }, { u"validated"_s, { 3, 4 } },
        { u"validated_by_me"_s, { 5, 6 } }, { u"invalidated_by_me"_s, { 7, 8 } } };
    client::JsonWriter envelope = client::JsonWriter::success(u"User dashboard"_s);
    client::writePersonDashboard(envelope, d);
    const QJsonObject json = parsed(envelope);
    QCOMPARE(json.value(u"adjustments_total_cents"_s).toInteger(), -102);
    const QJsonArray weeks = json.value(u"weeks"_s).toArray();
    QCOMPARE(weeks.size(), 2);
    QCOMPARE(weeks.at(1).toObject().value(u"week_start"_s).toString(), u"2026-11-29"_s);
    QCOMPARE(weeks.at(1).toObject().value(u"invalidated_by_me"_s).toInt(), 8);
    const auto read = client::readPersonDashboard(json);
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().diagnostic));
    QVERIFY(read.value() == d);

    QJsonObject broken = json;
    QJsonArray brokenWeeks = weeks;
    QJsonObject week = brokenWeeks.at(0).toObject();
    week.insert(u"mapped"_s, u"three"_s);
    brokenWeeks.replace(0, week);
    broken.insert(u"weeks"_s, brokenWeeks);
    const auto refused = client::readPersonDashboard(broken);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QByteArray("unreadable_answer"));
}

void tst_Codecs::ledgerPageRoundTrip()
{
    domain::LedgerRow full { 7, domain::LedgerKind::ChecklistValidation, core::Money(-123), 9001,
        u"Roads of Lima"_s, 42, 5, u"Road QA"_s, u"a note"_s,
        QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7), QTimeZone::utc()) };
    domain::LedgerRow bare;
    bare.id = 8;
    bare.amount = core::Money(1);
    bare.createdAt = QDateTime(QDate(2026, 3, 5), QTime(0, 0), QTimeZone::utc());
    const domain::LedgerPage page { { full, bare }, 1234, 400 };
    client::JsonWriter envelope = client::JsonWriter::success(u"Ledger"_s);
    client::writeLedgerPage(envelope, page);
    const QJsonObject json = parsed(envelope);
    QCOMPARE(json.value(u"total"_s).toInteger(), 1234);
    const QJsonObject second = json.value(u"entries"_s).toArray().at(1).toObject();
    QVERIFY(second.value(u"project_id"_s).isNull());
    QVERIFY(second.value(u"checklist_name"_s).isNull());
    QCOMPARE(json.value(u"entries"_s).toArray().at(0).toObject().value(u"kind"_s).toString(),
        u"checklist_validation"_s);
    const auto read = client::readLedgerPage(json);
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().diagnostic));
    QVERIFY(read.value() == page);

    domain::LedgerQuery query;
    query.kind = domain::LedgerKind::Adjustment;
    query.sort = domain::LedgerQuery::Sort::Amount;
    query.descending = false;
    query.offset = 600;
    query.limit = 50;
    const QJsonObject body = client::ledgerQueryBody(query);
    QCOMPARE(body.value(u"kind"_s).toString(), u"adjustment"_s);
    QCOMPARE(body.value(u"sort"_s).toString(), u"amount"_s);
    QCOMPARE(body.value(u"descending"_s).toBool(true), false);
    QCOMPARE(body.value(u"offset"_s).toInteger(), 600);
    QCOMPARE(body.value(u"limit"_s).toInteger(), 50);
}

void tst_Codecs::userProjectsRoundTrip_data()
{
    QTest::addColumn<bool>("validatorView");
    QTest::newRow("person") << false;
    QTest::newRow("validator") << true;
}

void tst_Codecs::userProjectsRoundTrip()
{
    QFETCH(bool, validatorView);
    domain::MemberProject member;
    member.project = fullProject();
    member.memberRole = u"validator"_s;
    member.tasksMapped = 7;
    member.tasksApproved = 5;
    member.tasksUnapproved = 1;
    member.tasksInReview = validatorView ? 0 : 2; // the validator view does not carry it
    member.earnings = core::Money(-40);
    member.validationsMade = validatorView ? 11 : 0; // … nor the person's view these
    member.invalidationsMade = validatorView ? 3 : 0;
    domain::ProjectRow open = fullProject();
    open.id = 102;
    open.requiredTrainings = {};
    const domain::UserProjects projects { { member }, { open } };
    client::JsonWriter envelope = client::JsonWriter::success(u"Projects"_s);
    client::writeUserProjects(envelope, projects, validatorView);
    const QJsonObject json = parsed(envelope);
    const QString memberKey = validatorView ? u"org_active_projects"_s : u"user_projects"_s;
    const QJsonObject row = json.value(memberKey).toArray().at(0).toObject();
    QCOMPARE(row.value(u"required_trainings"_s).toArray(), (QJsonArray { 3, 12 }));
    QCOMPARE(row.value(u"user_earnings_cents"_s).toInteger(), -40);
    QCOMPARE(row.contains(u"tasks approved"_s), validatorView);
    QCOMPARE(row.contains(u"tasks_in_review"_s), !validatorView);
    const auto read = client::readUserProjects(json, validatorView);
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().diagnostic));
    QCOMPARE(read.value().member.size(), 1);
    const domain::MemberProject &back = read.value().member[0];
    QVERIFY(back.project == member.project);
    QCOMPARE(back.memberRole, member.memberRole);
    QCOMPARE(back.tasksMapped, 7);
    QCOMPARE(back.tasksInReview, member.tasksInReview);
    QCOMPARE(back.earnings, member.earnings);
    QCOMPARE(back.validationsMade, member.validationsMade);
    QVERIFY(read.value().available == projects.available);
    // Read as the other view, the answer lacks that view's figures and is refused.
    QVERIFY(!client::readUserProjects(json, !validatorView).ok());
}

void tst_Codecs::quizAndResultRoundTrip()
{
    domain::Quiz quiz;
    quiz.id = 12;
    quiz.title = u"Roads 101"_s;
    quiz.passPercent = 70;
    quiz.questions = { { 5, u"Paved?"_s, { { 9, u"Yes"_s }, { 8, u"No"_s } } },
        { 6, u"Tag?"_s, { { 11, u"highway"_s } } } };
    quiz.attemptsLeft = 0;
    quiz.nextAttemptAt = utc("2026-03-06T10:00:00Z");
    client::JsonWriter envelope = client::JsonWriter::success(u"Quiz"_s);
    client::writeQuiz(envelope, quiz);
    const QJsonObject json = parsed(envelope);
    QCOMPARE(json.value(u"training"_s).toObject().value(u"pass_percent"_s).toInt(), 70);
    QCOMPARE(json.value(u"attempts_per_day"_s).toInt(), domain::QuizAttemptsPerDay);
    const QJsonObject first = json.value(u"questions"_s).toArray().at(0).toObject();
    QCOMPARE(first.value(u"answers"_s).toArray().at(0).toObject().keys(),
        (QStringList { u"answer"_s, u"answer_id"_s })); // never a correctness
    const auto read = client::readQuiz(json);
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().diagnostic));
    QVERIFY(read.value() == quiz);

    const domain::QuizResult result { 66, false, 0, 1 };
    client::JsonWriter graded = client::JsonWriter::success(u"Quiz not passed"_s);
    client::writeQuizResult(graded, result);
    const auto back = client::readQuizResult(parsed(graded));
    QVERIFY(back.ok());
    QVERIFY(back.value() == result);
    QJsonObject broken = parsed(graded);
    broken.insert(u"score"_s, u"66"_s);
    QVERIFY(!client::readQuizResult(broken).ok());
}

void tst_Codecs::newVerbsRefuseBrokenValues()
{
    const auto refused = [](auto read, const QString &diagnostic) {
        if (read.ok())
            return false;
        if (read.error().diagnostic != diagnostic)
            qWarning("%s", qPrintable(read.error().diagnostic));
        return read.error().diagnostic == diagnostic;
    };
    QJsonObject checklist = parsed(client::writeTemplate(fullTemplate()));
    checklist.insert(u"due_date"_s, u"2026-04-30T00:00:00Z"_s);
    QVERIFY(
        refused(client::readTemplate(checklist), u"Template.due_date: not a YYYY-MM-DD date"_s));
    checklist.insert(u"due_date"_s, u"2026-02-30"_s);
    QVERIFY(
        refused(client::readTemplate(checklist), u"Template.due_date: not a YYYY-MM-DD date"_s));

    QJsonObject training = parsed(client::writeTraining(fullTraining(), false));
    training.insert(u"best_score"_s, 90.5);
    QVERIFY(
        refused(client::readTraining(training, false), u"Training.best_score: not an integer"_s));

    QJsonObject entry = parsed(client::writeAuditEntry(fullAudit()));
    entry.insert(u"details"_s, QString::fromUtf8(fullAudit().details));
    QVERIFY(refused(client::readAuditEntry(entry), u"AuditEntry.details: not an object"_s));
    entry.insert(u"details"_s, QJsonValue());
    QVERIFY(refused(client::readAuditEntry(entry), u"AuditEntry.details: not an object"_s));

    QJsonObject status = parsed(client::writeSyncStatus(fullSync()));
    status.insert(u"last_run"_s, u"none"_s);
    QVERIFY(refused(
        client::readSyncStatus(status), u"SyncStatus.last_run: neither an object nor null"_s));
    QJsonObject run = parsed(client::writeSyncRun(fullSync()));
    status.insert(u"last_run"_s, run);
    QVERIFY(client::readSyncStatus(status).ok());
    run.insert(u"status"_s, u"queued"_s);
    status.insert(u"last_run"_s, run);
    QVERIFY(
        refused(client::readSyncStatus(status), u"SyncStatus.last_run.status: an unknown word"_s));

    QJsonObject login = parsed([] {
        client::JsonWriter out = client::JsonWriter::success(u"Login successful"_s);
        client::writeLoginAnswer(out, fullProfile());
        return out;
    }());
    login.insert(u"terms_accepted_at"_s, u"yesterday"_s);
    QVERIFY(refused(
        client::readLoginAnswer(login), u"login.terms_accepted_at: not an ISO 8601 time"_s));
}

void tst_Codecs::balanceRoundTrips()
{
    domain::Balance b;
    b.earned = core::Money(2550);
    b.adjustments = core::Money(-100);
    b.paid = core::Money(500);
    b.pending = core::Money(0);
    b.payable = core::Money(1950);
    b.mappingEarnings = core::Money(1800);
    b.validationEarnings = core::Money(700);
    b.checklistEarnings = core::Money(50);
    b.minimumPayout = core::Money(1000);
    client::JsonWriter envelope = client::JsonWriter::success(u"User payable"_s);
    client::writeBalance(envelope, b);
    const QJsonObject json = parsed(envelope);
    const auto read = client::readBalance(json);
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().diagnostic));
    QVERIFY(read.value() == b);
    QCOMPARE(json.value(u"can_request"_s).toBool(), true);
    QCOMPARE(json.value(u"payable_total_cents"_s).toInteger(), 1950);

    b.pending = core::Money(300); // a request open: no second one
    client::JsonWriter pending = client::JsonWriter::object();
    client::writeBalance(pending, b);
    QCOMPARE(parsed(pending).value(u"can_request"_s).toBool(), false);
    b.pending = core::Money(0);
    b.payable = core::Money(999); // under the minimum
    client::JsonWriter under = client::JsonWriter::object();
    client::writeBalance(under, b);
    QCOMPARE(parsed(under).value(u"can_request"_s).toBool(), false);
}

void tst_Codecs::moneyIsWrittenAsApiMdSays()
{
    // API.md §1.5: two decimals from the cents, never through a float, and the companion.
    domain::LedgerLine entry = fullEntry();
    entry.amount = core::Money(-300);
    const QByteArray written = client::writeLedgerEntry(entry).finish();
    QVERIFY2(written.contains(R"("amount":-3.00,"amount_cents":-300)"), written.constData());
    entry.amount = core::Money(5);
    QVERIFY(client::writeLedgerEntry(entry).finish().contains(R"("amount":0.05,"amount_cents":5)"));
    QVERIFY(client::writeLedgerEntry(entry).finish().contains(
        R"("created_at":"2026-03-03T09:00:00Z")"));
}

void tst_Codecs::brokenAnswersAreRefusedByName_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value"); // undefined: the field is removed
    QTest::addColumn<QString>("why");
    QTest::newRow("missing") << u"user_id"_s << QJsonValue(QJsonValue::Undefined) << u"missing"_s;
    QTest::newRow("cents missing")
        << u"amount_requested_cents"_s << QJsonValue(QJsonValue::Undefined) << u"missing"_s;
    QTest::newRow("cents fractional")
        << u"amount_requested_cents"_s << QJsonValue(12.5) << u"not an integer"_s;
    QTest::newRow("amount as text")
        << u"amount_requested"_s << QJsonValue(u"12.50"_s) << u"not a number"_s;
    QTest::newRow("unknown status")
        << u"request_status"_s << QJsonValue(u"Paid"_s) << u"an unknown word"_s;
    QTest::newRow("time not ISO") << u"date_requested"_s
                                  << QJsonValue(u"Mon, 02 Mar 2026 11:30:05 GMT"_s)
                                  << u"not an ISO 8601 time"_s;
    QTest::newRow("id as text") << u"id"_s << QJsonValue(u"41"_s) << u"not an integer"_s;
    QTest::newRow("null name") << u"user"_s << QJsonValue() << u"not text"_s;
}

void tst_Codecs::brokenAnswersAreRefusedByName()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, why);
    QJsonObject json = parsed(client::writePayRequest(fullRequest()));
    QVERIFY(client::readPayRequest(json).ok());
    if (value.isUndefined())
        json.remove(field);
    else
        json.insert(field, value);
    const auto read = client::readPayRequest(json);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code, QByteArray("unreadable_answer"));
    QCOMPARE(read.error().diagnostic, u"PayRequest."_s + field + u": "_s + why);
    QVERIFY(!read.error().message.isEmpty());
}

QTEST_GUILESS_MAIN(tst_Codecs)
#include "tst_Codecs.moc"
