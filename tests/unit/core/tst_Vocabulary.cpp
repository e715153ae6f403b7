#include "services/core/Vocabulary.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace mikro;

namespace {

enum class Colour { Red, Green, Blue };

constexpr core::Vocabulary<Colour, 3> Colours { {
    { Colour::Red, "red" },
    { Colour::Green, "green" },
    { Colour::Blue, "blue" },
} };

} // namespace

class tst_Vocabulary : public QObject
{
    Q_OBJECT
private slots:
    void everyWordRoundTrips();
    void unknownWordsAreNotGuessed();
    void textsAreInTableOrder();
};

void tst_Vocabulary::everyWordRoundTrips()
{
    for (const auto &word : Colours.words())
        QCOMPARE(Colours.parse(Colours.text(word.value)), word.value);
    QCOMPARE(Colours.text(Colour::Green), u"green"_s);
}

void tst_Vocabulary::unknownWordsAreNotGuessed()
{
    // Exact text only: another case, spaces or a prefix is not a word of the table.
    for (const QString &text : { u"Red"_s, u" red"_s, u"gree"_s, u""_s, u"purple"_s })
        QVERIFY2(!Colours.parse(text), qPrintable(text));
}

void tst_Vocabulary::textsAreInTableOrder()
{
    QCOMPARE(Colours.texts(), (QStringList { u"red"_s, u"green"_s, u"blue"_s }));
}

QTEST_GUILESS_MAIN(tst_Vocabulary)
#include "tst_Vocabulary.moc"
