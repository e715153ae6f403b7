#include "models/ItemRoles.h"
#include "tests/ui/PrivateSettings.h"
#include "tests/ui/Screenshots.h"
#include "tests/ui/UiPalette.h"
#include "ui/common/Look.h"
#include "ui/common/MoneyEdit.h"
#include "ui/common/RecordTable.h"
#include "ui/common/StatusBadgeDelegate.h"

#include <QApplication>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mikro;

/// The reusable widgets of UI.md §2.3 and §1.9, typed into and drawn offscreen.
class tst_CommonWidgets : public QObject
{
    Q_OBJECT
private slots:
    void cleanup();
    void moneyEditReadsTheLocalesAmountExactly();
    void moneyEditExplainsProblemsUnderTheField();
    void moneyEditFollowsNewRules();
    void statusBadgeDrawsTheToneWithTheWords_data();
    void statusBadgeDrawsTheToneWithTheWords();
    void aTablesColumnsAreRememberedPerLanguage();
    void screenshots();
};

void tst_CommonWidgets::cleanup()
{
    QLocale::setDefault(QLocale(u"en_US"_s));
}

void tst_CommonWidgets::moneyEditReadsTheLocalesAmountExactly()
{
    QLocale::setDefault(QLocale(u"es_ES"_s));
    ui::MoneyEdit edit(u"EUR"_s, { core::SignPolicy::NonNegative, false, core::Money(500'000) });
    QSignalSpy changed(&edit, &ui::MoneyEdit::valueChanged);
    QVERIFY(!edit.value());
    QTest::keyClicks(edit.lineEdit(), u"1.234,56"_s);
    QCOMPARE(edit.value(), std::optional(core::Money(123'456)));
    QVERIFY(edit.problem().isEmpty());
    QCOMPARE(changed.constLast().constFirst().value<std::optional<core::Money>>(),
        std::optional(core::Money(123'456)));
    edit.setValue(core::Money(1005));
    QCOMPARE(edit.lineEdit()->text(), u"10,05"_s);
    QCOMPARE(edit.value(), std::optional(core::Money(1005)));
}

void tst_CommonWidgets::moneyEditExplainsProblemsUnderTheField()
{
    ui::MoneyEdit edit(u"USD"_s, { core::SignPolicy::NonNegative, false, core::Money(5000) });
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    // Untouched and empty: nothing to say yet; on submit the empty field is explained.
    QVERIFY(edit.problem().isEmpty());
    edit.showProblemNow();
    QCOMPARE(edit.problem(), u"Enter an amount."_s);
    QTest::keyClicks(edit.lineEdit(), u"12.345"_s);
    QVERIFY(!edit.value());
    QCOMPARE(edit.problem(), u"Use at most two decimals."_s);
    auto *message = edit.findChild<QLabel *>(u"amountProblem"_s);
    QVERIFY(message);
    QVERIFY(message->isVisible());
    QVERIFY(message->text().contains(u"two decimals"_s));
    edit.lineEdit()->clear();
    QTest::keyClicks(edit.lineEdit(), u"50.01"_s);
    QCOMPARE(edit.problem(), u"Enter at most $50.00."_s);
    QTest::keyClick(edit.lineEdit(), Qt::Key_Backspace);
    QCOMPARE(edit.value(), std::optional(core::Money(5000)));
    QVERIFY(message->isHidden());
}

void tst_CommonWidgets::moneyEditFollowsNewRules()
{
    ui::MoneyEdit edit(u"USD"_s, { core::SignPolicy::NonNegative, false, core::Money(5000) });
    QTest::keyClicks(edit.lineEdit(), u"-20.00"_s);
    QVERIFY(!edit.value());
    QCOMPARE(edit.problem(), u"Enter an amount greater than zero."_s);
    edit.setRules({ core::SignPolicy::AllowNegative, false, core::Money(5000) });
    QCOMPARE(edit.value(), std::optional(core::Money(-2000)));
    QVERIFY(edit.problem().isEmpty());
}

void tst_CommonWidgets::statusBadgeDrawsTheToneWithTheWords_data()
{
    QTest::addColumn<bool>("dark");
    QTest::addColumn<QString>("stored");
    QTest::addColumn<int>("tone");
    QTest::newRow("light pending") << false << u"pending"_s << int(ui::look::Tone::Warn);
    QTest::newRow("light paid") << false << u"paid"_s << int(ui::look::Tone::Good);
    QTest::newRow("dark rejected") << true << u"rejected"_s << int(ui::look::Tone::Bad);
    QTest::newRow("dark cancelled") << true << u"cancelled"_s << int(ui::look::Tone::Neutral);
}

void tst_CommonWidgets::statusBadgeDrawsTheToneWithTheWords()
{
    QFETCH(bool, dark);
    QFETCH(QString, stored);
    QFETCH(int, tone);
    QCOMPARE(int(ui::StatusBadgeDelegate::toneOf(stored)), tone);
    QApplication::setPalette(testing::uiPalette(dark));
    QStandardItemModel model(1, 2);
    model.setData(model.index(0, 0), u"Word"_s);
    model.setData(model.index(0, 1), u"Status word"_s);
    model.setData(model.index(0, 1), stored, models::StatusRole);
    QTableView view;
    view.setModel(&model);
    view.setItemDelegateForColumn(1, new ui::StatusBadgeDelegate(&view));
    view.resize(400, 120);
    view.resizeColumnsToContents();
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    // The badge is wide enough for its words and its outline.
    QVERIFY(view.columnWidth(1) >= view.fontMetrics().horizontalAdvance(u"Status word"_s) + 16);
    const QColor colour = ui::look::toneText(ui::look::Tone(tone), view.palette());
    const QImage cell = view.viewport()
                            ->grab(view.visualRect(model.index(0, 1)))
                            .toImage()
                            .convertToFormat(QImage::Format_RGB32);
    int outline = 0;
    for (int y = 0; y < cell.height(); ++y)
        for (int x = 0; x < cell.width(); ++x)
            outline += cell.pixelColor(x, y) == colour ? 1 : 0;
    // The outline's straight edges alone are more than twice the words' width in pixels.
    QVERIFY2(outline > view.fontMetrics().horizontalAdvance(u"Status word"_s),
        qPrintable(u"%1 pixels of %2"_s.arg(outline).arg(colour.name())));
    // The plain cell next to it has none of the tone.
    const QImage plain = view.viewport()
                             ->grab(view.visualRect(model.index(0, 0)))
                             .toImage()
                             .convertToFormat(QImage::Format_RGB32);
    int stray = 0;
    for (int y = 0; y < plain.height(); ++y)
        for (int x = 0; x < plain.width(); ++x)
            stray += plain.pixelColor(x, y) == colour ? 1 : 0;
    QCOMPARE(stray, 0);
    QApplication::setPalette(testing::uiPalette(false));
}

/// UI.md §1.8: a table keeps its column widths, per language — widths fitted to English headers
/// would cut Spanish ones.
void tst_CommonWidgets::aTablesColumnsAreRememberedPerLanguage()
{
    testing::usePrivateSettings();
    QCoreApplication::setOrganizationName(u"MikroTest"_s);
    QStandardItemModel model(2, 2);
    model.setHorizontalHeaderLabels({ u"Project"_s, u"Budget"_s });
    const auto width = [&model] {
        ui::RecordTable table(&model, u"rememberedTable"_s);
        return table.view()->horizontalHeader()->sectionSize(0);
    };
    QLocale::setDefault(QLocale(u"en_US"_s));
    {
        ui::RecordTable table(&model, u"rememberedTable"_s);
        table.view()->horizontalHeader()->resizeSection(0, 333); // the person widens a column
    }
    QCOMPARE(width(), 333);
    QLocale::setDefault(QLocale(u"es_ES"_s));
    QVERIFY(width() != 333); // Spanish starts from its own fitted widths
    QLocale::setDefault(QLocale(u"en_US"_s));
    QCOMPARE(width(), 333);
}

void tst_CommonWidgets::screenshots()
{
    // The amount field as a payment dialog will hold it, and the badges of every tone.
    QTemporaryDir dir;
    for (const bool dark : { false, true }) {
        QApplication::setPalette(testing::uiPalette(dark));
        QWidget panel;
        auto *form = new QFormLayout(&panel);
        auto *amount = new ui::MoneyEdit(
            u"USD"_s, { core::SignPolicy::NonNegative, false, core::Money(5000) });
        amount->setValue(core::Money(4250));
        auto *tooMuch = new ui::MoneyEdit(
            u"USD"_s, { core::SignPolicy::NonNegative, false, core::Money(5000) });
        QTest::keyClicks(tooMuch->lineEdit(), u"50.001"_s);
        form->addRow(u"Amount"_s, amount);
        form->addRow(u"Too precise"_s, tooMuch);
        QStandardItemModel model(4, 1);
        const QStringList stored { u"pending"_s, u"paid"_s, u"rejected"_s, u"cancelled"_s };
        const QStringList words { u"Pending"_s, u"Paid"_s, u"Rejected"_s, u"Cancelled"_s };
        for (int row = 0; row < 4; ++row) {
            model.setData(model.index(row, 0), words.at(row));
            model.setData(model.index(row, 0), stored.at(row), models::StatusRole);
        }
        auto *view = new QTableView;
        view->setModel(&model);
        view->setItemDelegateForColumn(0, new ui::StatusBadgeDelegate(view));
        form->addRow(u"Status"_s, view);
        panel.resize(420, 260);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(testing::saveScreenshot(
            panel, dark ? u"money-field-dark"_s : u"money-field-light"_s, dir.path()));
    }
    QApplication::setPalette(testing::uiPalette(false));
}

QTEST_MAIN(tst_CommonWidgets)
#include "tst_CommonWidgets.moc"
