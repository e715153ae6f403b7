#include "ui/dialogs/ChangeRoleDialog.h"

#include "models/StatusWords.h"
#include "ui/common/Look.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace mikro::ui {

ChangeRoleDialog::ChangeRoleDialog(const domain::PersonSummary &person, QWidget *parent)
    : QDialog(parent)
    , m_person(person)
    , m_roles(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("changeRoleDialog"));
    setWindowTitle(tr("Change role of %1").arg(person.name));
    auto *layout = new QVBoxLayout(this);
    const QList<std::pair<domain::Role, QString>> roles {
        { domain::Role::User,
            tr("Maps in the projects they are assigned to, and is paid for it.") },
        { domain::Role::Validator,
            tr("Also validates tasks and confirms other people's checklists.") },
        { domain::Role::Admin,
            tr("Also manages people, projects and payments of the organisation.") },
    };
    for (const auto &[role, line] : roles) {
        auto *button = new QRadioButton(models::roleWord(role), this);
        button->setObjectName(QStringLiteral("role_") + domain::roleText(role));
        m_roles->addButton(button, int(role));
        auto *what = new QLabel(line, this);
        what->setWordWrap(true);
        what->setIndent(24);
        layout->addWidget(button);
        layout->addWidget(what);
    }
    if (QAbstractButton *current = m_roles->button(int(person.role)))
        current->setChecked(true);
    auto *note = new QLabel(tr("Mikro uses the new role from now on; when the sign-in service is "
                               "connected it is updated there too."),
        this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_change = buttons->addButton(tr("Change role"), QDialogButtonBox::AcceptRole);
    m_change->setObjectName(QStringLiteral("changeRoleButton"));
    m_change->setStyleSheet(look::primaryButtonStyle());
    layout->addSpacing(8);
    layout->addWidget(note);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_roles, &QButtonGroup::idToggled, this, &ChangeRoleDialog::update);
    setMinimumWidth(440);
    update();
}

domain::Role ChangeRoleDialog::chosen() const
{
    return domain::Role(m_roles->checkedId());
}

void ChangeRoleDialog::choose(domain::Role role)
{
    if (QAbstractButton *button = m_roles->button(int(role)))
        button->setChecked(true);
}

void ChangeRoleDialog::update()
{
    m_change->setEnabled(chosen() != m_person.role);
}

} // namespace mikro::ui
