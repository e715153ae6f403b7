#include "services/domain/audit/AuditLog.h"
#include "services/domain/audit/AuditTrail.h"
#include "services/domain/money/PayoutService.h"
#include "services/store/Database.h"
#include "services/store/Migrator.h"
#include "tests/support/SqlSeed.h"
#include "tests/support/TempDatabase.h"
#include "tests/support/TestClock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace mikro;
using core::Money;
using domain::AuditQuery;
using domain::Caller;
using domain::Role;

Q_DECLARE_METATYPE(mikro::domain::AuditQuery)

namespace {

const Caller Admin { u"admin"_s, u"org-a"_s, Role::Admin, true };
const Caller SecondAdmin { u"admin-2"_s, u"org-a"_s, Role::Admin, true };
const Caller Mapper { u"mapper"_s, u"org-a"_s, Role::User, true };
const Caller Validator { u"validator"_s, u"org-a"_s, Role::Validator, true };
const Caller OtherOrgAdmin { u"admin-b"_s, u"org-b"_s, Role::Admin, true };
const Caller NoOrg { u"no-org"_s, QString(), Role::User, true };
const Caller NotOnboardedAdmin { u"admin"_s, u"org-a"_s, Role::Admin, false };

/// The time of the first seeded entry; the others follow it (see seedEntries()).
const QDateTime T0(QDate(2026, 1, 20), QTime(17, 23, 57), Qt::UTC);
constexpr qint64 Hour = 3600; ///< seconds

template <typename T>
QByteArray codeOf(const core::Result<T> &result)
{
    return result.ok() ? QByteArray("ok") : result.error().code;
}

template <typename T>
QByteArray why(const core::Result<T> &result)
{
    return result.ok() ? QByteArray()
                       : result.error().code + ": " + result.error().diagnostic.toUtf8();
}

AuditQuery query(const std::function<void(AuditQuery &)> &set)
{
    AuditQuery q;
    set(q);
    return q;
}

} // namespace

/// AuditTrail (API.md `user/fetch_audit_log`) called directly on both engines, over entries
/// written with AuditLog::record and by a service that audits: newest first, every filter,
/// paging backwards, the limit, organisation isolation and admins only.
class tst_AuditTrail : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void entriesAreNewestFirstWithActorNamesAndDetails();
    void filters_data();
    void filters();
    void pagesGoBackwardsById();
    void theLimitIsOneToFiveHundred();
    void anotherOrganisationsEntriesNeverAppear();
    void onlyAdminsRead();
    void entriesWrittenByAServiceAreRead();

private:
    void exec(const QString &sql);
    qint64 scalar(const QString &sql) { return testing::scalarSql(*m_db, sql); }
    qint64 record(const Caller &actor, const QString &action, const QString &entity,
        const QString &entityId, const QVariantMap &details, const QDateTime &at);
    void seedEntries();
    /// The labels of seedEntries() for `entries`, "?" for an entry it did not write.
    QStringList labels(const QList<domain::AuditEntry> &entries) const;

    testing::TestClock m_clock;
    std::shared_ptr<testing::TempDatabase> m_temp;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<domain::AuditTrail> m_trail;
    QHash<qint64, QString> m_labels;
    QHash<QString, qint64> m_ids;
};

void tst_AuditTrail::init()
{
    MIKRO_TEMP_DATABASE(temp);
    m_temp = temp;
    m_db = std::make_unique<store::Database>(m_temp->config(), 4);
    QVERIFY(store::Migrator(*m_db, m_clock).migrate().ok());
    m_trail = std::make_unique<domain::AuditTrail>(*m_db);
    m_labels.clear();
    m_ids.clear();
    exec(u"INSERT INTO orgs (id, name, created_at) VALUES ('org-a', 'A', '2026-01-01T00:00:00Z'), "
         "('org-b', 'B', '2026-01-01T00:00:00Z')"_s);
    exec(u"INSERT INTO users (id, org_id, role, first_name, last_name, osm_username, "
         "payment_email, city, country, terms_accepted_at, created_at) VALUES "
         "('admin', 'org-a', 'admin', 'Ada', 'Admin', 'ada_osm', 'ada@pay.example', 'Lima', "
         "'PE', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'), "
         "('admin-2', 'org-a', 'admin', 'Bo', 'Boss', 'bo_osm', 'bo@pay.example', 'Lima', "
         "'PE', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'), "
         "('mapper', 'org-a', 'user', 'Mia', 'Maps', 'mia_osm', 'mia@pay.example', 'Lima', "
         "'PE', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'), "
         "('validator', 'org-a', 'validator', NULL, NULL, 'val_osm', 'val@pay.example', "
         "'Lima', 'PE', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'), "
         "('no-org', NULL, 'user', NULL, NULL, 'nora_osm', 'nora@pay.example', 'Lima', 'PE', "
         "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'), "
         "('admin-b', 'org-b', 'admin', 'Bea', 'B', 'bea_osm', 'bea@pay.example', 'Quito', "
         "'EC', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"_s);
}

void tst_AuditTrail::cleanup()
{
    m_trail.reset();
    m_db.reset();
    m_temp.reset();
}

void tst_AuditTrail::exec(const QString &sql)
{
    testing::execSql(*m_db, sql);
}

qint64 tst_AuditTrail::record(const Caller &actor, const QString &action, const QString &entity,
    const QString &entityId, const QVariantMap &details, const QDateTime &at)
{
    const auto written = m_db->inTransaction([&](store::Transaction &tx) -> core::Result<qint64> {
        if (auto done = domain::AuditLog::record(tx, actor, action, entity, entityId, details, at);
            !done.ok())
            return done.error();
        auto id = tx.exec(u"SELECT MAX(id) FROM audit_log"_s);
        if (!id.ok())
            return id.error();
        id.value().next();
        return id.value().value(0).toLongLong();
    });
    return written.ok() ? written.value() : -1;
}

/// e1…e7 an hour or so apart; e3 is org-b's, the rest org-a's.
void tst_AuditTrail::seedEntries()
{
    const struct
    {
        const char *label;
        Caller actor;
        QString action;
        QString entity;
        QString entityId;
        QVariantMap details;
        QDateTime at;
    } entries[] = {
        { "e1", Admin, u"create_project"_s, u"project"_s, u"101"_s, { { u"budget_cents"_s, 1000 } },
            T0 },
        { "e2", SecondAdmin, u"update_checklist"_s, u"checklist"_s, u"7"_s,
            { { u"name"_s, u"Road QA"_s } }, T0.addSecs(3600) },
        { "e3", OtherOrgAdmin, u"create_project"_s, u"project"_s, u"201"_s, {}, T0.addSecs(5400) },
        { "e4", Admin, u"adjustment"_s, u"user"_s, u"mapper"_s, { { u"amount_cents"_s, -50 } },
            T0.addSecs(2 * Hour) },
        { "e5", SecondAdmin, u"create_project"_s, u"project"_s, u"102"_s, {},
            T0.addSecs(3 * Hour) },
        { "e6", Admin, u"set_required_trainings"_s, u"project"_s, u"101"_s,
            { { u"training_ids"_s, QVariantList { 7, 8 } } }, T0.addSecs(4 * Hour) },
        { "e7", Validator, u"request_osm_username_change"_s, u"user"_s, u"validator"_s,
            { { u"osm_username"_s, u"val_new"_s } }, T0.addSecs(5 * Hour) },
    };
    for (const auto &e : entries) {
        const qint64 id = record(e.actor, e.action, e.entity, e.entityId, e.details, e.at);
        QVERIFY2(id > 0, e.label);
        m_labels.insert(id, QString::fromLatin1(e.label));
        m_ids.insert(QString::fromLatin1(e.label), id);
    }
}

QStringList tst_AuditTrail::labels(const QList<domain::AuditEntry> &entries) const
{
    QStringList out;
    for (const auto &entry : entries)
        out << m_labels.value(entry.id, u"?"_s);
    return out;
}

void tst_AuditTrail::entriesAreNewestFirstWithActorNamesAndDetails()
{
    seedEntries();
    const auto entries = m_trail->entries(Admin, {});
    QVERIFY2(entries.ok(), why(entries).constData());
    QCOMPARE(labels(entries.value()),
        QStringList({ u"e7"_s, u"e6"_s, u"e5"_s, u"e4"_s, u"e2"_s, u"e1"_s }));

    const domain::AuditEntry &e6 = entries.value().at(1);
    QCOMPARE(e6.at, T0.addSecs(4 * Hour));
    QCOMPARE(e6.actorId, u"admin"_s);
    QCOMPARE(e6.actorName, u"Ada Admin"_s);
    QCOMPARE(e6.action, u"set_required_trainings"_s);
    QCOMPARE(e6.entity, u"project"_s);
    QCOMPARE(e6.entityId, u"101"_s);
    const QJsonObject details = QJsonDocument::fromJson(e6.details).object();
    QCOMPARE(details.keys(), QStringList({ u"training_ids"_s }));
    QCOMPARE(details.value(u"training_ids"_s).toArray(), QJsonArray({ 7, 8 }));

    const domain::AuditEntry &e7 = entries.value().at(0);
    QCOMPARE(e7.actorId, u"validator"_s);
    QCOMPARE(e7.actorName, QString()); // no name given
    QCOMPARE(QJsonDocument::fromJson(e7.details).object().value(u"osm_username"_s).toString(),
        u"val_new"_s);

    const domain::AuditEntry &e2 = entries.value().at(4);
    QCOMPARE(e2.actorName, u"Bo Boss"_s);
    QCOMPARE(e2.at, T0.addSecs(3600));
    const domain::AuditEntry &e4 = entries.value().at(3);
    QCOMPARE(QJsonDocument::fromJson(e4.details).object().value(u"amount_cents"_s).toInt(), -50);
    const domain::AuditEntry &e5 = entries.value().at(2);
    QCOMPARE(QJsonDocument::fromJson(e5.details).object(), QJsonObject());
}

void tst_AuditTrail::filters_data()
{
    QTest::addColumn<AuditQuery>("filter");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("by entity") << query([](AuditQuery &q) { q.entity = u"project"_s; })
                               << QStringList({ u"e6"_s, u"e5"_s, u"e1"_s });
    QTest::newRow("by entity id") << query([](AuditQuery &q) { q.entityId = u"101"_s; })
                                  << QStringList({ u"e6"_s, u"e1"_s });
    QTest::newRow("by entity and id") << query([](AuditQuery &q) {
        q.entity = u"user"_s;
        q.entityId = u"mapper"_s;
    }) << QStringList({ u"e4"_s });
    QTest::newRow("an id of another entity") << query([](AuditQuery &q) {
        q.entity = u"checklist"_s;
        q.entityId = u"101"_s;
    }) << QStringList();
    QTest::newRow("by actor") << query([](AuditQuery &q) { q.actorId = u"admin-2"_s; })
                              << QStringList({ u"e5"_s, u"e2"_s });
    QTest::newRow("by action") << query([](AuditQuery &q) { q.action = u"create_project"_s; })
                               << QStringList({ u"e5"_s, u"e1"_s });
    QTest::newRow("by actor and action") << query([](AuditQuery &q) {
        q.actorId = u"admin"_s;
        q.action = u"create_project"_s;
    }) << QStringList({ u"e1"_s });
    QTest::newRow("an unknown action")
        << query([](AuditQuery &q) { q.action = u"no_such_action"_s; }) << QStringList();
    QTest::newRow("another org's actor")
        << query([](AuditQuery &q) { q.actorId = u"admin-b"_s; }) << QStringList();
    QTest::newRow("from a moment, inclusive")
        << query([](AuditQuery &q) { q.from = T0.addSecs(2 * Hour); })
        << QStringList({ u"e7"_s, u"e6"_s, u"e5"_s, u"e4"_s });
    QTest::newRow("up to a moment, inclusive")
        << query([](AuditQuery &q) { q.to = T0.addSecs(2 * Hour); })
        << QStringList({ u"e4"_s, u"e2"_s, u"e1"_s });
    QTest::newRow("between two moments") << query([](AuditQuery &q) {
        q.from = T0.addSecs(3600);
        q.to = T0.addSecs(3 * Hour);
    }) << QStringList({ u"e5"_s, u"e4"_s, u"e2"_s });
    QTest::newRow("a window between entries") << query([](AuditQuery &q) {
        q.from = T0.addSecs(1);
        q.to = T0.addSecs(3599);
    }) << QStringList();
    QTest::newRow("after the last entry")
        << query([](AuditQuery &q) { q.from = T0.addSecs(5 * Hour + 1); }) << QStringList();
    QTest::newRow("a time and an entity") << query([](AuditQuery &q) {
        q.entity = u"user"_s;
        q.from = T0.addSecs(3 * Hour);
    }) << QStringList({ u"e7"_s });
    QTest::newRow("words in the details, any case")
        << query([](AuditQuery &q) { q.search = u"road qa"_s; }) << QStringList({ u"e2"_s });
    QTest::newRow("a number in the details")
        << query([](AuditQuery &q) { q.search = u"-50"_s; }) << QStringList({ u"e4"_s });
    // LIKE's wildcards are taken literally: "_" is an underscore, not any one character (which
    // would also find e2 and e5's "{}"), and "%" is found nowhere.
    QTest::newRow("an underscore is an underscore")
        << query([](AuditQuery &q) { q.search = u"_"_s; })
        << QStringList({ u"e7"_s, u"e6"_s, u"e4"_s, u"e1"_s });
    QTest::newRow("a percent sign is a percent sign")
        << query([](AuditQuery &q) { q.search = u"%"_s; }) << QStringList();
    QTest::newRow("words and an entity") << query([](AuditQuery &q) {
        q.search = u"cents"_s;
        q.entity = u"project"_s;
    }) << QStringList({ u"e1"_s });
}

void tst_AuditTrail::filters()
{
    QFETCH(AuditQuery, filter);
    QFETCH(QStringList, expected);
    seedEntries();
    const auto entries = m_trail->entries(Admin, filter);
    QVERIFY2(entries.ok(), why(entries).constData());
    QCOMPARE(labels(entries.value()), expected);
}

void tst_AuditTrail::pagesGoBackwardsById()
{
    seedEntries();
    QStringList walked;
    std::optional<qint64> before;
    int pages = 0;
    for (;;) {
        AuditQuery page;
        page.limit = 2;
        page.beforeId = before;
        const auto entries = m_trail->entries(Admin, page);
        QVERIFY2(entries.ok(), why(entries).constData());
        if (entries.value().isEmpty())
            break;
        ++pages;
        QVERIFY(entries.value().size() <= 2);
        walked << labels(entries.value());
        before = entries.value().constLast().id;
        QVERIFY(pages < 10);
    }
    QCOMPARE(pages, 3);
    QCOMPARE(walked, QStringList({ u"e7"_s, u"e6"_s, u"e5"_s, u"e4"_s, u"e2"_s, u"e1"_s }));

    AuditQuery second;
    second.limit = 2;
    second.beforeId = m_ids.value(u"e5"_s);
    QCOMPARE(labels(m_trail->entries(Admin, second).value()),
        QStringList({ u"e4"_s, u"e2"_s })); // e3 is org-b's: skipped, not counted

    AuditQuery filtered;
    filtered.entity = u"project"_s;
    filtered.limit = 1;
    filtered.beforeId = m_ids.value(u"e6"_s);
    QCOMPARE(labels(m_trail->entries(Admin, filtered).value()), QStringList({ u"e5"_s }));

    AuditQuery beforeFirst;
    beforeFirst.beforeId = m_ids.value(u"e1"_s);
    QVERIFY(m_trail->entries(Admin, beforeFirst).value().isEmpty());
}

void tst_AuditTrail::theLimitIsOneToFiveHundred()
{
    seedEntries();
    for (int limit : { 0, -1, 501 }) {
        AuditQuery q;
        q.limit = limit;
        const auto refused = m_trail->entries(Admin, q);
        QCOMPARE(codeOf(refused), QByteArray("invalid_field"));
        QCOMPARE(refused.error().field, u"limit"_s);
    }
    AuditQuery one;
    one.limit = 1;
    QCOMPARE(labels(m_trail->entries(Admin, one).value()), QStringList({ u"e7"_s }));
    // The default is 100; here six entries.
    QCOMPARE(AuditQuery().limit, 100);
    QCOMPARE(m_trail->entries(Admin, {}).value().size(), 6);

    // 495 more entries: 501 in org-a; the newest 500 come back, the oldest (e1) is left out.
    const auto written = m_db->inTransaction([&](store::Transaction &tx) -> core::Result<void> {
        for (int i = 0; i < 495; ++i)
            if (auto done = domain::AuditLog::record(tx, Admin, u"bulk"_s, u"user"_s,
                    QString::number(i), {}, T0.addSecs(6 * Hour + i));
                !done.ok())
                return done.error();
        return {};
    });
    QVERIFY2(written.ok(), why(written).constData());
    AuditQuery most;
    most.limit = 500;
    const auto page = m_trail->entries(Admin, most);
    QVERIFY2(page.ok(), why(page).constData());
    QCOMPARE(page.value().size(), 500);
    QCOMPARE(page.value().constFirst().entityId, u"494"_s);
    QCOMPARE(labels(page.value().mid(495)),
        QStringList({ u"e7"_s, u"e6"_s, u"e5"_s, u"e4"_s, u"e2"_s }));
}

void tst_AuditTrail::anotherOrganisationsEntriesNeverAppear()
{
    seedEntries();
    const auto b = m_trail->entries(OtherOrgAdmin, {});
    QVERIFY2(b.ok(), why(b).constData());
    QCOMPARE(labels(b.value()), QStringList({ u"e3"_s }));
    QCOMPARE(b.value().at(0).actorName, u"Bea B"_s);
    QCOMPARE(b.value().at(0).entityId, u"201"_s);

    AuditQuery aProject;
    aProject.entityId = u"101"_s;
    QVERIFY(m_trail->entries(OtherOrgAdmin, aProject).value().isEmpty());
    AuditQuery anAdmin;
    anAdmin.actorId = u"admin"_s;
    QVERIFY(m_trail->entries(OtherOrgAdmin, anAdmin).value().isEmpty());
    // Paging from an org-a id never reaches org-a's older entries either.
    AuditQuery paged;
    paged.beforeId = m_ids.value(u"e7"_s);
    QCOMPARE(labels(m_trail->entries(OtherOrgAdmin, paged).value()), QStringList({ u"e3"_s }));
}

void tst_AuditTrail::onlyAdminsRead()
{
    seedEntries();
    QCOMPARE(codeOf(m_trail->entries(Mapper, {})), QByteArray("forbidden"));
    QCOMPARE(codeOf(m_trail->entries(Validator, {})), QByteArray("forbidden"));
    QCOMPARE(codeOf(m_trail->entries(NoOrg, {})), QByteArray("no_organisation"));
    QCOMPARE(codeOf(m_trail->entries(NotOnboardedAdmin, {})), QByteArray("onboarding_required"));
    // The role is checked before the input.
    AuditQuery bad;
    bad.limit = 0;
    QCOMPARE(codeOf(m_trail->entries(Mapper, bad)), QByteArray("forbidden"));
    QCOMPARE(codeOf(m_trail->entries(SecondAdmin, {})), QByteArray("ok"));
}

void tst_AuditTrail::entriesWrittenByAServiceAreRead()
{
    const domain::PayoutService payouts(*m_db, m_clock);
    const QDateTime at = m_clock.nowUtc();
    const auto adjusted = payouts.recordAdjustment(
        Admin, u"mapper"_s, Money(-50), u"Duplicate credit"_s, u"op-1"_s);
    QVERIFY2(adjusted.ok(), why(adjusted).constData());
    m_clock.advance(1min);
    // A replay of the same operation is not audited twice.
    const auto replayed = payouts.recordAdjustment(
        Admin, u"mapper"_s, Money(-50), u"Duplicate credit"_s, u"op-1"_s);
    QVERIFY2(replayed.ok(), why(replayed).constData());
    QCOMPARE(replayed.value(), adjusted.value());

    AuditQuery q;
    q.action = u"adjustment"_s;
    const auto entries = m_trail->entries(Admin, q);
    QVERIFY2(entries.ok(), why(entries).constData());
    QCOMPARE(entries.value().size(), 1);
    const domain::AuditEntry &entry = entries.value().at(0);
    QCOMPARE(entry.at, at);
    QCOMPARE(entry.actorId, u"admin"_s);
    QCOMPARE(entry.actorName, u"Ada Admin"_s);
    QCOMPARE(entry.entity, u"user"_s);
    QCOMPARE(entry.entityId, u"mapper"_s);
    const QJsonObject details = QJsonDocument::fromJson(entry.details).object();
    QCOMPARE(details.value(u"amount_cents"_s).toInteger(), -50);
    QCOMPARE(details.value(u"entry_id"_s).toInteger(), adjusted.value());
    QVERIFY(m_trail->entries(OtherOrgAdmin, q).value().isEmpty());
}

QTEST_GUILESS_MAIN(tst_AuditTrail)
#include "tst_AuditTrail.moc"
