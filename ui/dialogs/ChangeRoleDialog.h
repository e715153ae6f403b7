#pragma once

#include "services/domain/people/PeopleService.h"

#include <QDialog>

class QButtonGroup;
class QPushButton;

namespace mikro::ui {

/// Change role… (UI.md §5.2): User / Validator / Admin, each with one line on what it may do, and
/// what the change does. Only another role than the person's can be chosen.
class ChangeRoleDialog : public QDialog
{
    Q_OBJECT
public:
    ChangeRoleDialog(const domain::PersonSummary &person, QWidget *parent = nullptr);

    [[nodiscard]] domain::Role chosen() const;
    [[nodiscard]] const domain::PersonSummary &person() const { return m_person; }
    void choose(domain::Role role);

private:
    void update();

    domain::PersonSummary m_person;
    QButtonGroup *m_roles = nullptr;
    QPushButton *m_change = nullptr;
};

} // namespace mikro::ui
