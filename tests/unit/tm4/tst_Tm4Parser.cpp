#include "services/tm4/Tm4Parser.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mikro;
namespace parser = mikro::tm4::parser;

/// TM4 bodies as Mikro reads them: the real samples (tests/data/tm4-samples, copied from the
/// shared blueprint) and what must be refused with a clear error.
class tst_Tm4Parser : public QObject
{
    Q_OBJECT
private slots:
    void taskListSample();
    void taskDetailSampleKeepsOnlyStateChanges();
    void mappedThenValidatedHistory();
    void badImageryUndoneHistory();
    void datesWithAndWithoutZAreUtc();
    void projectSummaryCountsFeatures();
    void malformedBodies_data();
    void malformedBodies();
    void unknownStatesAndExtraFieldsAreTolerated();
    void contributionsSample();

private:
    static QByteArray sample(const char *name);
};

QByteArray tst_Tm4Parser::sample(const char *name)
{
    QFile file(QStringLiteral(MIKRO_TM4_SAMPLES) + u'/' + QString::fromLatin1(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void tst_Tm4Parser::taskListSample()
{
    const auto states = parser::taskStates(sample("project_tasks_featurecollection.json"));
    QVERIFY2(states.ok(), qPrintable(states.ok() ? QString() : states.error().diagnostic));
    QCOMPARE(states.value().size(), 3);
    QCOMPARE(states.value()[0].taskId, 2);
    QCOMPARE(states.value()[0].status, u"MAPPED"_s);
    QCOMPARE(states.value()[0].mappedBy, QString()); // HOT's list does not name the mapper
}

void tst_Tm4Parser::taskDetailSampleKeepsOnlyStateChanges()
{
    const auto detail = parser::taskDetail(sample("task_detail_project5871_task1802.json"));
    QVERIFY(detail.ok());
    QCOMPARE(detail.value().taskId, 1802);
    QCOMPARE(detail.value().status, u"LOCKED_FOR_MAPPING"_s);
    QCOMPARE(detail.value().stateChanges.size(), 1); // two lock rows skipped
    QCOMPARE(detail.value().stateChanges[0].state, u"READY"_s);
    QCOMPARE(detail.value().stateChanges[0].historyId, 10514530);
}

void tst_Tm4Parser::mappedThenValidatedHistory()
{
    // The history sample has no taskId/taskStatus at the top: wrap it as the task endpoint does.
    QByteArray body = sample("task_history_mapped_then_validated.json");
    body.replace(
        "{\n  \"taskHistory\"", R"({"taskId": 1, "taskStatus": "VALIDATED", "taskHistory")");
    const auto detail = parser::taskDetail(body);
    QVERIFY2(detail.ok(), qPrintable(detail.ok() ? QString() : detail.error().diagnostic));
    const auto &changes = detail.value().stateChanges;
    QCOMPARE(changes.size(), 2);
    QCOMPARE(changes[0].state, u"VALIDATED"_s); // newest first, as TM4 sends it
    QCOMPARE(changes[0].actor, u"user_123"_s);
    QCOMPARE(changes[0].historyId, 11334);
    QCOMPARE(changes[1].state, u"MAPPED"_s);
    QCOMPARE(changes[1].actor, u"test_user"_s);
    QCOMPARE(changes[1].at, QDateTime(QDate(2020, 4, 8), QTime(10, 19, 53, 537), Qt::UTC));
}

void tst_Tm4Parser::badImageryUndoneHistory()
{
    QByteArray body = sample("task_history_badimagery_reverted.json");
    body.replace("{\n  \"taskHistory\"", R"({"taskId": 123, "taskStatus": "READY", "taskHistory")");
    const auto detail = parser::taskDetail(body);
    QVERIFY(detail.ok());
    const auto &changes = detail.value().stateChanges;
    QCOMPARE(changes.size(), 2); // READY (the undo) and BADIMAGERY; the comment and lock skipped
    QCOMPARE(changes[0].state, u"READY"_s);
    QCOMPARE(changes[1].state, u"BADIMAGERY"_s);
    QCOMPARE(changes[1].actor, u"user_11"_s);
}

void tst_Tm4Parser::datesWithAndWithoutZAreUtc()
{
    const QByteArray body = R"({"taskId": 4, "taskStatus": "MAPPED", "taskHistory": [
        {"historyId": 2, "action": "STATE_CHANGE", "actionText": "MAPPED",
         "actionDate": "2023-03-07T08:43:12.178108", "actionBy": "a"},
        {"historyId": 1, "action": "STATE_CHANGE", "actionText": "MAPPED",
         "actionDate": "2023-03-07T08:43:12.178108Z", "actionBy": "a"}]})";
    const auto detail = parser::taskDetail(body);
    QVERIFY(detail.ok());
    QCOMPARE(detail.value().stateChanges[0].at, detail.value().stateChanges[1].at);
    QCOMPARE(detail.value().stateChanges[0].at.timeSpec(), Qt::UTC);
}

void tst_Tm4Parser::projectSummaryCountsFeatures()
{
    QByteArray tasks = sample("project_tasks_featurecollection.json");
    const QByteArray body = R"({"projectId": 5871, "projectInfo": {"name": " Roads of Mitú ",)"
                            R"( "description": "…"}, "tasks": )"
        + tasks + "}";
    const auto summary = parser::projectSummary(body);
    QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().diagnostic));
    QCOMPARE(summary.value().name, u"Roads of Mitú"_s);
    QCOMPARE(summary.value().totalTasks, 3);
}

void tst_Tm4Parser::malformedBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("names");
    QTest::newRow("not JSON") << QByteArray("<html>502</html>") << u"not JSON"_s;
    QTest::newRow("cut off") << QByteArray(R"({"taskId": 4, "taskHist)") << u"not JSON"_s;
    QTest::newRow("array") << QByteArray("[]") << u"not a JSON object"_s;
    QTest::newRow("no taskId") << QByteArray(R"({"taskStatus": "READY", "taskHistory": []})")
                               << u"taskId"_s;
    QTest::newRow("taskId as text")
        << QByteArray(R"({"taskId": "4", "taskStatus": "READY", "taskHistory": []})")
        << u"taskId"_s;
    QTest::newRow("negative taskId")
        << QByteArray(R"({"taskId": -4, "taskStatus": "READY", "taskHistory": []})") << u"taskId"_s;
    QTest::newRow("unknown status")
        << QByteArray(R"({"taskId": 4, "taskStatus": "DONE", "taskHistory": []})")
        << u"taskStatus"_s;
    QTest::newRow("no history") << QByteArray(R"({"taskId": 4, "taskStatus": "READY"})")
                                << u"taskHistory"_s;
    QTest::newRow("state change without id")
        << QByteArray(R"({"taskId": 4, "taskStatus": "MAPPED", "taskHistory": [{"action": )"
                      R"("STATE_CHANGE", "actionText": "MAPPED", "actionBy": "a", )"
                      R"("actionDate": "2023-01-01T00:00:00Z"}]})")
        << u"historyId"_s;
    QTest::newRow("state change without actor")
        << QByteArray(R"({"taskId": 4, "taskStatus": "MAPPED", "taskHistory": [{"historyId": 1,)"
                      R"( "action": "STATE_CHANGE", "actionText": "MAPPED", "actionBy": "",)"
                      R"( "actionDate": "2023-01-01T00:00:00Z"}]})")
        << u"actionBy"_s;
    QTest::newRow("bad date") << QByteArray(
        R"({"taskId": 4, "taskStatus": "MAPPED", "taskHistory": [{"historyId": 1,)"
        R"( "action": "STATE_CHANGE", "actionText": "MAPPED", "actionBy": "a",)"
        R"( "actionDate": "yesterday"}]})")
                              << u"actionDate"_s;
}

void tst_Tm4Parser::malformedBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, names);
    const auto detail = parser::taskDetail(body);
    QVERIFY(!detail.ok());
    QCOMPARE(detail.error().code, QByteArray("tm4_malformed"));
    QCOMPARE(detail.error().kind, core::ErrorKind::UpstreamUnavailable);
    QVERIFY2(detail.error().message.contains(names), qPrintable(detail.error().message));
    // The same bodies as a task list or a project are refused too.
    QVERIFY(!parser::taskStates(body).ok());
    QVERIFY(!parser::projectSummary(body).ok());
}

void tst_Tm4Parser::unknownStatesAndExtraFieldsAreTolerated()
{
    const QByteArray body = R"({"taskId": 4, "taskStatus": "MAPPED", "newField": {"x": 1},
        "taskHistory": [
        {"historyId": 3, "action": "STATE_CHANGE", "actionText": "PRIORITISED",
         "actionDate": "2023-03-07T08:43:12Z", "actionBy": "a", "extra": [1, 2]},
        {"historyId": 2, "action": "EXTENSION", "actionText": null, "actionDate": null,
         "actionBy": null},
        {"historyId": 1, "action": "STATE_CHANGE", "actionText": "MAPPED",
         "actionDate": "2023-03-07T08:40:00Z", "actionBy": "a", "pictureUrl": null}]})";
    const auto detail = parser::taskDetail(body);
    QVERIFY(detail.ok());
    QCOMPARE(detail.value().stateChanges.size(), 1);
    QCOMPARE(detail.value().stateChanges[0].historyId, 1);
}

void tst_Tm4Parser::contributionsSample()
{
    const auto people = parser::contributions(sample("project_contributions.json"));
    QVERIFY2(people.ok(), qPrintable(people.ok() ? QString() : people.error().diagnostic));
    QVERIFY(people.value().size() >= 5);
    QCOMPARE(people.value()[0].username, u"test"_s);
    QCOMPARE(people.value()[0].mappedTasks, QList<qint64>({ 1, 3 }));
    QCOMPARE(people.value()[0].validatedTasks, QList<qint64>({ 5, 7 }));
    QCOMPARE(people.value()[3].mappedTasks, QList<qint64>());
    QVERIFY(!parser::contributions(R"({"userContributions":[{"username":"a","mappedTasks":[-1]}]})")
                 .ok());
    QVERIFY(!parser::contributions(R"({"userContributions":[{"mappedTasks":[1]}]})").ok());
}

QTEST_GUILESS_MAIN(tst_Tm4Parser)
#include "tst_Tm4Parser.moc"
