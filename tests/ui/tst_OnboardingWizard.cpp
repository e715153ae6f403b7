#include "services/client/AccountClient.h"
#include "tests/integration/client/BackendPair.h"
#include "tests/ui/Screenshots.h"
#include "tests/ui/UiPalette.h"
#include "ui/dialogs/CountryNames.h"
#include "ui/dialogs/OnboardingWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mikro;
using testing::Mapper;
using Wizard = ui::OnboardingWizard;

namespace {

void type(QWidget *field, const QString &text)
{
    auto *edit = qobject_cast<QLineEdit *>(field);
    edit->clear();
    QTest::keyClicks(edit, text);
}

QAbstractButton *next(Wizard &w)
{
    return w.button(QWizard::NextButton);
}

} // namespace

/// The onboarding wizard (UI.md §1.3) as a new person meets it, through both backends on both
/// engines: Next waits for a valid page with the problem under the field, Finish saves in one
/// call, a taken OSM username sends the person back to its page, and leaving asks first.
class tst_OnboardingWizard : public QObject, private testing::BackendPair
{
    Q_OBJECT
private slots:
    void initTestCase() { startIdentityProvider(); }
    void init() { startBackends(Mapper); }
    void cleanup() { stopBackends(); }
    void aNewPersonCompletesTheirProfile_data();
    void aNewPersonCompletesTheirProfile();
    void aTakenOsmUsernameReturnsToItsPage();
    void leavingAsksAndSignsOut();
    void countriesAreNamedInTheDisplayLanguage();
    void screenshots();

private:
    std::unique_ptr<Wizard> openWizard(const QString &name);
    /// Fills every page validly, ending on Review.
    void fillAll(Wizard &w, const QString &osm, bool english = true);
};

std::unique_ptr<Wizard> tst_OnboardingWizard::openWizard(const QString &name)
{
    if (!testing::awaitClient(backend(name).account().signIn()).ok())
        return nullptr;
    const auto details = testing::awaitClient(backend(name).account().details());
    if (!details.ok())
        return nullptr;
    auto w = std::make_unique<Wizard>(backend(name).account(), details.value().profile);
    w->show();
    return QTest::qWaitForWindowExposed(w.get()) ? std::move(w) : nullptr;
}

void tst_OnboardingWizard::fillAll(Wizard &w, const QString &osm, bool english)
{
    QCOMPARE(w.currentId(), int(Wizard::Welcome));
    QTest::mouseClick(next(w), Qt::LeftButton);
    QCOMPARE(w.currentId(), int(Wizard::OsmUsername));
    QVERIFY(!next(w)->isEnabled());
    type(w.findChild<QLineEdit *>(u"osmUsername"_s), u"  "_s + osm + u" "_s);
    QVERIFY(next(w)->isEnabled());
    QTest::mouseClick(next(w), Qt::LeftButton);

    QCOMPARE(w.currentId(), int(Wizard::PaymentEmail));
    type(w.findChild<QLineEdit *>(u"paymentEmail"_s), u"ana@pay"_s);
    QVERIFY(!next(w)->isEnabled());
    if (english)
        QCOMPARE(w.findChild<QLabel *>(u"emailMessage"_s)->text(),
            u"Enter an email such as name@example.com."_s);
    type(w.findChild<QLineEdit *>(u"paymentEmail"_s), u"ana@pay.example"_s);
    type(w.findChild<QLineEdit *>(u"paymentEmailAgain"_s), u"ana@pay.exampel"_s);
    QVERIFY(!next(w)->isEnabled());
    if (english)
        QCOMPARE(w.findChild<QLabel *>(u"emailMessage"_s)->text(),
            u"The two emails are not the same."_s);
    type(w.findChild<QLineEdit *>(u"paymentEmailAgain"_s), u"ana@pay.example"_s);
    QVERIFY(next(w)->isEnabled());
    QTest::mouseClick(next(w), Qt::LeftButton);

    QCOMPARE(w.currentId(), int(Wizard::Location));
    auto *country = w.findChild<QComboBox *>(u"country"_s);
    country->setCurrentIndex(country->findData(u"Peru"_s));
    QVERIFY(!next(w)->isEnabled()); // no city yet
    type(w.findChild<QLineEdit *>(u"city"_s), u"Lima"_s);
    QVERIFY(next(w)->isEnabled());
    QTest::mouseClick(next(w), Qt::LeftButton);

    QCOMPARE(w.currentId(), int(Wizard::Terms));
    QVERIFY(!next(w)->isEnabled());
    w.findChild<QCheckBox *>(u"acceptTerms"_s)->setChecked(true);
    QTest::mouseClick(next(w), Qt::LeftButton);
    QCOMPARE(w.currentId(), int(Wizard::Review));
    QCOMPARE(w.findChild<QLabel *>(u"reviewOsm"_s)->text(), osm);
    QCOMPARE(w.findChild<QLabel *>(u"reviewEmail"_s)->text(), u"ana@pay.example"_s);
}

void tst_OnboardingWizard::aNewPersonCompletesTheirProfile_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : backendNames())
        QTest::newRow(qPrintable(name)) << name;
}

void tst_OnboardingWizard::aNewPersonCompletesTheirProfile()
{
    QFETCH(QString, name);
    auto w = openWizard(name);
    QVERIFY(w);
    fillAll(*w, u"ana_maps"_s);
    QSignalSpy accepted(w.get(), &QWizard::accepted);
    QTest::mouseClick(w->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, 10000);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM users WHERE id = '%1' AND osm_username = 'ana_maps' "
                    "AND payment_email = 'ana@pay.example' AND country = 'Peru' AND city = 'Lima' "
                    "AND terms_accepted_at IS NOT NULL"_s.arg(Mapper)),
        1);
}

void tst_OnboardingWizard::aTakenOsmUsernameReturnsToItsPage()
{
    onboard(testing::Admin, u"taken_name"_s);
    auto w = openWizard(u"http"_s);
    QVERIFY(w);
    fillAll(*w, u"Taken_Name"_s);
    QTest::mouseClick(w->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(w->currentId(), int(Wizard::OsmUsername), 10000);
    QCOMPARE(w->findChild<QLabel *>(u"osmMessage"_s)->text(),
        u"This OSM username is linked to another Mikro account. If it is yours, contact an admin."_s);
    QVERIFY(w->isVisible());
    // The other answers are kept.
    QCOMPARE(w->form().paymentEmail, u"ana@pay.example"_s);
    QCOMPARE(
        scalar(u"SELECT COUNT(*) FROM users WHERE id = '%1' AND osm_username IS NOT NULL"_s.arg(
            Mapper)),
        0);
}

void tst_OnboardingWizard::leavingAsksAndSignsOut()
{
    auto w = openWizard(u"inprocess"_s);
    QVERIFY(w);
    QSignalSpy signOut(w.get(), &Wizard::signOutRequested);
    for (const bool leave : { false, true }) {
        w->reject();
        QPointer<QMessageBox> box;
        QTRY_VERIFY((box = w->findChild<QMessageBox *>(u"confirmLeave"_s)) && box->isVisible());
        QCOMPARE(box->text(),
            u"Mikro needs these answers before you can work. Your answers so far are not saved."_s);
        QCOMPARE(box->defaultButton()->text(), u"Stay"_s);
        for (QAbstractButton *b : box->buttons())
            if (b->text() == (leave ? u"Sign out"_s : u"Stay"_s))
                QTest::mouseClick(b, Qt::LeftButton);
        QTRY_VERIFY(!box);
        QCOMPARE(signOut.count(), leave ? 1 : 0);
        QCOMPARE(w->isVisible(), !leave);
    }
}

void tst_OnboardingWizard::countriesAreNamedInTheDisplayLanguage()
{
    const QList<ui::Country> spanish = ui::countryNames(QLocale(QLocale::Spanish, QLocale::Spain));
    const auto peru = ui::findCountry(spanish, u"Peru"_s);
    QVERIFY(peru);
    QCOMPARE(peru->shown, u"Perú"_s);
    QCOMPARE(peru->stored, u"Peru"_s);
    QVERIFY(spanish.size() > 200);
    const auto germany = ui::findCountry(
        ui::countryNames(QLocale(QLocale::Portuguese, QLocale::Brazil)), u"Alemanha"_s);
    QVERIFY(germany);
    QCOMPARE(germany->stored, u"Germany"_s);
}

void tst_OnboardingWizard::screenshots()
{
    QTemporaryDir dir;
    const QPalette original = QApplication::palette();
    for (const bool dark : { false, true }) {
        QApplication::setPalette(testing::uiPalette(dark));
        auto w = openWizard(u"http"_s);
        QVERIFY(w);
        QTest::mouseClick(next(*w), Qt::LeftButton);
        type(w->findChild<QLineEdit *>(u"osmUsername"_s), u"ana_maps"_s);
        QTest::mouseClick(next(*w), Qt::LeftButton);
        type(w->findChild<QLineEdit *>(u"paymentEmail"_s), u"ana@pay"_s);
        QVERIFY(testing::saveScreenshot(
            *w, dark ? u"onboarding-email-dark"_s : u"onboarding-email-light"_s, dir.path()));
    }
    QApplication::setPalette(testing::uiPalette(false));
    QTranslator spanish;
    QVERIFY(testing::installMikroTranslation(spanish, u"es"_s));
    QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
    auto w = openWizard(u"http"_s);
    QVERIFY(w);
    fillAll(*w, u"ana_maps"_s, false);
    QVERIFY(testing::saveScreenshot(*w, u"onboarding-review-es"_s, dir.path()));
    QCoreApplication::removeTranslator(&spanish);
    QLocale::setDefault(QLocale::c());
    QApplication::setPalette(original);
}

QTEST_MAIN(tst_OnboardingWizard)
#include "tst_OnboardingWizard.moc"
