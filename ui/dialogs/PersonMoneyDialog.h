#pragma once

#include "services/core/Error.h"
#include "services/core/Money.h"
#include "services/domain/people/PeopleService.h"

#include <QDialog>

#include <optional>

class QFormLayout;
class QLabel;
class QMessageBox;
class QPushButton;

namespace mikro::ui {

class Banner;
class FieldMessage;
class MoneyEdit;
class PersonPicker;

/// What the money forms for one person share (UI.md §5.4 Manual payment…, Adjustment…): the
/// person, chosen by any part of their name, OSM username or email, with their payable now; an
/// amount; the primary button, which asks for a confirmation naming the person, the amount and
/// the resulting balance, then stays disabled until the answer; a refusal keeps the form open
/// with the reason. Subclasses add their fields and send.
class PersonMoneyDialog : public QDialog
{
    Q_OBJECT
public:
    /// The person chosen, and the amount as typed (positive).
    [[nodiscard]] std::optional<domain::PersonSummary> person() const;
    [[nodiscard]] std::optional<core::Money> amount() const;
    /// Chooses the person with this id (the selected request's).
    void choosePerson(const QString &userId);
    /// "Ana Silva (ana_osm)", or empty before a person is chosen.
    [[nodiscard]] QString personName() const;
    /// The confirmation while it is asked, for tests and screenshots.
    [[nodiscard]] QMessageBox *confirmation() const { return m_confirm; }

protected:
    PersonMoneyDialog(
        const QList<domain::PersonSummary> &people, const QString &currency, QWidget *parent);

    /// Ends the constructor of a subclass: its rows are in the form, the button has its text.
    void finishForm(const QString &primaryText, const QString &busyText);
    /// Puts the amount, with its warning line, in the form under `label`.
    void addAmountRow(const QString &label);
    [[nodiscard]] QFormLayout *form() const { return m_form; }
    [[nodiscard]] MoneyEdit *amountEdit() const { return m_amount; }
    [[nodiscard]] PersonPicker *picker() const { return m_picker; }
    [[nodiscard]] const QString &currency() const { return m_currency; }
    [[nodiscard]] QString money(core::Money amount) const;
    /// Shows a warning under the amount (or hides it): a concern, not a refusal.
    void warnAmount(const QString &warning);

    /// The subclass's own fields are filled in well enough to ask.
    [[nodiscard]] virtual bool ready() const = 0;
    /// The question, naming the person, the amount and the balance after it.
    [[nodiscard]] virtual QString question(
        const domain::PersonSummary &person, core::Money amount) const = 0;
    /// Sends the change; the subclass calls finished() with the answer.
    virtual void send(const domain::PersonSummary &person, core::Money amount) = 0;
    /// The answer: accepts the dialog, or shows why it was refused.
    void finished(const std::optional<core::Error> &refusal);
    /// Re-evaluates the primary button (subclass fields changed).
    void update();
    /// A hook after the person or the amount changed.
    virtual void personOrAmountChanged() { }

private:
    void ask();

    QString m_currency;
    QFormLayout *m_form = nullptr;
    PersonPicker *m_picker = nullptr;
    QLabel *m_payable = nullptr;
    MoneyEdit *m_amount = nullptr;
    FieldMessage *m_amountWarning = nullptr;
    QLabel *m_busy = nullptr;
    Banner *m_banner = nullptr;
    QPushButton *m_primary = nullptr;
    QMessageBox *m_confirm = nullptr;
    QString m_busyText;
    bool m_sending = false;
};

} // namespace mikro::ui
