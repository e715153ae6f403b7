#pragma once

#include "models/MoneyText.h"

#include <QLocale>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;

namespace mikro::ui {

class FieldMessage;

/// The exact amount field (UI.md §2.3, §7): the person types in their locale ("12,50" in
/// Spanish), the organisation's currency stands beside it, and the value is read exactly into
/// cents by models::readTypedAmount — never through floating point. A problem shows under the
/// field in words; value() is empty until the text is an amount the rules accept.
class MoneyEdit : public QWidget
{
    Q_OBJECT
public:
    MoneyEdit(const QString &currency, const models::AmountRules &rules, QWidget *parent = nullptr);

    /// The amount typed, when it is one the rules accept.
    [[nodiscard]] std::optional<core::Money> value() const;
    /// The sentence under the field, empty while the text is acceptable or untouched.
    [[nodiscard]] QString problem() const;
    [[nodiscard]] QLineEdit *lineEdit() const { return m_edit; }

    void setValue(core::Money amount);
    /// New rules (a new largest amount, say) apply to the text at once.
    void setRules(const models::AmountRules &rules);
    /// Shows the problem of an empty field too (on submit).
    void showProblemNow();

signals:
    /// The accepted amount changed, or the text stopped being one (empty optional).
    void valueChanged(std::optional<core::Money> amount);

private:
    void reread(bool explainEmpty);

    QString m_currency;
    models::AmountRules m_rules;
    QLocale m_locale;
    QLineEdit *m_edit = nullptr;
    QLabel *m_currencyLabel = nullptr;
    FieldMessage *m_message = nullptr;
    models::TypedAmount m_typed;
};

} // namespace mikro::ui
