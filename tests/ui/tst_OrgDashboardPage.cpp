#include "services/client/ReconciliationClient.h"
#include "tests/ui/Accessibility.h"
#include "tests/ui/PageFixture.h"
#include "tests/ui/Screenshots.h"
#include "tests/ui/UiPalette.h"
#include "ui/common/ShortList.h"
#include "ui/pages/OrgDashboardPage.h"

#include <QApplication>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace mikro;
using testing::Admin;
using testing::Mapper;

/// The organisation's dashboard for an admin (UI.md §5.1) through both backends, both engines:
/// the cards, the short lists and their "Open Payments", a payment made elsewhere shown at once.
class tst_OrgDashboardPage : public QObject, private testing::PageFixture
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup() { stopPages(); }
    void theOrganisationIsSeenAtAGlance_data() { backends(); }
    void theOrganisationIsSeenAtAGlance();
    void anEmptyOrganisationSaysHowToStart_data() { backends(); }
    void anEmptyOrganisationSaysHowToStart();
    void screenshots();

private:
    QTranslator m_english; ///< English plural forms come from mikro_en, as people see them
    /// The mapper's pending request of $25.50, and project 701 at 90 % of its budget.
    qint64 seedWork();
};

void tst_OrgDashboardPage::initTestCase()
{
    startPageSuite();
    QVERIFY(testing::installMikroTranslation(m_english, u"en"_s));
}

void tst_OrgDashboardPage::init()
{
    startBackends(Admin);
    m_session = std::make_unique<client::Session>();
}

qint64 tst_OrgDashboardPage::seedWork()
{
    seedSyncedProject(701);
    exec(u"UPDATE projects SET budget_cents = 1100 WHERE id = 701"_s);
    exec(u"INSERT INTO ledger_entries (org_id, user_id, kind, amount_cents, source_key, "
         "project_id, task_id, created_at) VALUES ('org_devstack', '%1', 'mapping', 1000, "
         "'task-701-1', 701, 1, '2026-11-20T00:00:00Z')"_s.arg(Mapper));
    const auto requested = post(Mapper, "/api/transaction/submit_payment_request", "{}");
    return requested.status == 200 ? json(requested).value(u"request_id"_s).toInteger() : 0;
}

void tst_OrgDashboardPage::theOrganisationIsSeenAtAGlance()
{
    QFETCH(QString, name);
    const qint64 request = seedWork();
    QVERIFY(request > 0);
    auto page = openPage<ui::OrgDashboardPage>(name);
    QVERIFY(page);
    QCOMPARE(testing::cardValue(*page, u"orgProjectsCard"_s), u"1"_s);
    QCOMPARE(testing::cardSubLine(*page, u"orgProjectsCard"_s), u"0 inactive, 0 completed"_s);
    QCOMPARE(testing::cardValue(*page, u"orgPeopleCard"_s), u"2"_s);
    QCOMPARE(testing::cardSubLine(*page, u"orgPeopleCard"_s), u"0 validators, 1 admin"_s);
    QCOMPARE(testing::cardValue(*page, u"orgPendingCard"_s), u"$25.50"_s);
    QCOMPARE(testing::cardSubLine(*page, u"orgPendingCard"_s), u"1 request"_s);
    QCOMPARE(testing::cardValue(*page, u"orgEarnedCard"_s), u"$25.50"_s);
    QCOMPARE(testing::cardValue(*page, u"orgPayableCard"_s), u"$0.00"_s);
    QCOMPARE(testing::cardSubLine(*page, u"orgPayableCard"_s), u"0 people can request"_s);
    QCOMPARE(testing::cardValue(*page, u"orgPaidCard"_s), u"$0.00"_s);
    QCOMPARE(testing::cardValue(*page, u"orgSyncCard"_s), u"0"_s);
    QVERIFY(
        page->pendingList()->lines().value(0).startsWith(u"Mia Mapper (mapper_osm) · $25.50 · "_s));
    QCOMPARE(page->payoutsList()->lines(), QStringList());
    QCOMPARE(page->budgetList()->lines(), QStringList { u"Roads · 90 % · $11.00"_s });
    QVERIFY(!page->findChild<QWidget *>(u"emptyOrganisation"_s)->isVisible());
    QCOMPARE(testing::namelessInFocusChain(*page), QStringList());

    // The card and the lists lead to Payments.
    QSignalSpy toPayments(page.get(), &ui::OrgDashboardPage::reconciliationPageRequested);
    page->findChild<QPushButton *>(u"openPaymentsButton"_s)->click();
    page->findChild<QPushButton *>(u"recentPayoutsListOpen"_s)->click();
    QCOMPARE(toPayments.size(), 2);
    QSignalSpy toReview(page.get(), &ui::OrgDashboardPage::reviewPageRequested);
    page->findChild<QPushButton *>(u"openReviewButton"_s)->click();
    QCOMPARE(toReview.size(), 1);

    // Paid elsewhere (through the same backend): the page shows it without being asked.
    const auto paid = testing::awaitClient(
        backend(name).reconciliation().pay(request, core::Money(2550), u"REF-701"_s, {}));
    QVERIFY(paid.ok());
    QTRY_COMPARE_WITH_TIMEOUT(testing::cardValue(*page, u"orgPaidCard"_s), u"$25.50"_s, 10000);
    QCOMPARE(testing::cardSubLine(*page, u"orgPaidCard"_s), u"$25.50 this month"_s);
    QCOMPARE(testing::cardValue(*page, u"orgPendingCard"_s), u"$0.00"_s);
    QCOMPARE(testing::cardSubLine(*page, u"orgPendingCard"_s), u"0 requests"_s);
    QVERIFY(
        page->payoutsList()->lines().value(0).startsWith(u"Mia Mapper (mapper_osm) · $25.50 · "_s));
    QCOMPARE(page->pendingList()->lines(), QStringList());
}

void tst_OrgDashboardPage::anEmptyOrganisationSaysHowToStart()
{
    QFETCH(QString, name);
    onboard(Admin, u"admin_osm"_s);
    auto page = openPage<ui::OrgDashboardPage>(name);
    QVERIFY(page);
    QVERIFY(page->findChild<QWidget *>(u"emptyOrganisation"_s)->isVisible());
    QCOMPARE(testing::cardValue(*page, u"orgProjectsCard"_s), u"0"_s);
    // The fixture's mapper earned 15.50 and could request it.
    QCOMPARE(testing::cardSubLine(*page, u"orgPayableCard"_s), u"1 person can request"_s);
}

void tst_OrgDashboardPage::screenshots()
{
    seedWork();
    QCoreApplication::removeTranslator(&m_english);
    pageScreenshots<ui::OrgDashboardPage>(u"admin-dashboard"_s);
}

QTEST_MAIN(tst_OrgDashboardPage)
#include "tst_OrgDashboardPage.moc"
