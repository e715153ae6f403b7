#include "ui/common/MoneyEdit.h"

#include "ui/common/FieldMessage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace mikro::ui {

MoneyEdit::MoneyEdit(const QString &currency, const models::AmountRules &rules, QWidget *parent)
    : QWidget(parent)
    , m_currency(currency)
    , m_rules(rules)
{
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("amountText"));
    m_edit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_edit->setInputMethodHints(Qt::ImhFormattedNumbersOnly);
    m_edit->setPlaceholderText(models::typedAmountText(core::Money(0), m_locale));
    // The ISO code, not a symbol: "$" alone does not say which dollars.
    m_currencyLabel = new QLabel(currency, this);
    m_currencyLabel->setBuddy(m_edit);
    m_message = new FieldMessage(this);
    m_message->setObjectName(QStringLiteral("amountProblem"));

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_edit, 1);
    row->addWidget(m_currencyLabel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_message);
    setFocusProxy(m_edit);

    m_typed = models::readTypedAmount(QString(), m_locale, m_rules);
    connect(m_edit, &QLineEdit::textChanged, this, [this] { reread(false); });
}

std::optional<core::Money> MoneyEdit::value() const
{
    return m_typed.ok() ? std::optional(m_typed.value) : std::nullopt;
}

QString MoneyEdit::problem() const
{
    return m_message->isHidden() ? QString() : m_message->accessibleName();
}

void MoneyEdit::setValue(core::Money amount)
{
    m_edit->setText(models::typedAmountText(amount, m_locale));
}

void MoneyEdit::setRules(const models::AmountRules &rules)
{
    m_rules = rules;
    reread(false);
}

void MoneyEdit::showProblemNow()
{
    reread(true);
}

void MoneyEdit::reread(bool explainEmpty)
{
    const std::optional<core::Money> before = value();
    m_typed = models::readTypedAmount(m_edit->text(), m_locale, m_rules);
    const bool silent = m_typed.problem == models::AmountProblem::Empty && !explainEmpty;
    m_message->showProblem(silent
            ? QString()
            : models::amountProblemText(m_typed.problem, m_locale, m_currency, m_rules));
    if (value() != before)
        emit valueChanged(value());
}

} // namespace mikro::ui
