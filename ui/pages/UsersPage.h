#pragma once

#include "services/domain/people/PeopleService.h"
#include "ui/common/Page.h"

class QComboBox;
class QPushButton;

namespace mikro::models {
class UsersModel;
}

namespace mikro::ui {

class FigureCard;
class PersonWorkPanel;
class RecordTable;

/// Users for an admin (UI.md §5.2): cards (People, Validators, Admins, Without OSM username,
/// Deactivated); everyone with their work and balance, searchable, filtered by role and status;
/// Change role…, Adjustment… (the person filled in), Copy email, Deactivate… / Reactivate…, and
/// the table as CSV. The last admin stays an admin (the service refuses, and says so). Under the
/// table, the selected person's projects, trainings and checklists (PersonWorkPanel).
class UsersPage : public Page
{
    Q_OBJECT
public:
    explicit UsersPage(const PageContext &context, QWidget *parent = nullptr);

    [[nodiscard]] QString title() const override;
    [[nodiscard]] RecordTable *table() const { return m_table; }
    [[nodiscard]] PersonWorkPanel *workPanel() const { return m_work; }
    /// Makes `userId`'s row current (now, or once the people are read); whether it is shown.
    bool selectPerson(const QString &userId);

protected:
    void load() override;
    void changeEvent(QEvent *event) override;

private:
    [[nodiscard]] const domain::PersonSummary *current() const;
    QString m_wanted; ///< a person to select once the people are read
    void showPeople();
    void applyFilter();
    void updateActions();
    void changeRole();
    void sendRole(const domain::PersonSummary &person, domain::Role role);
    void adjust();
    void copyEmail();
    void showLedger();
    void toggleActive();
    void exportCsv();
    void retranslateUi();

    models::UsersModel *m_model = nullptr;
    RecordTable *m_table = nullptr;
    PersonWorkPanel *m_work = nullptr;
    FigureCard *m_people = nullptr;
    FigureCard *m_validators = nullptr;
    FigureCard *m_admins = nullptr;
    FigureCard *m_withoutOsm = nullptr;
    FigureCard *m_deactivated = nullptr;
    QComboBox *m_roleFilter = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QPushButton *m_changeRole = nullptr;
    QPushButton *m_adjust = nullptr;
    QPushButton *m_copyEmail = nullptr;
    QPushButton *m_ledger = nullptr;
    QPushButton *m_activity = nullptr;
    QPushButton *m_export = nullptr;
    bool m_sending = false;
};

} // namespace mikro::ui
