#include "ui/dialogs/ProjectMembersDialog.h"

#include "models/projects/OrgProjectsModel.h"
#include "models/projects/ProjectMembersModel.h"
#include "services/client/ProjectAdminClient.h"
#include "services/core/WhenReady.h"
#include "ui/common/Banner.h"
#include "ui/common/Confirm.h"
#include "ui/common/RecordTable.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace mikro::ui {

ProjectMembersDialog::ProjectMembersDialog(client::ProjectAdminClient &admin,
    const domain::ProjectRow &project, const QHash<qint64, QString> &trainingTitles,
    QWidget *parent)
    : QDialog(parent)
    , m_admin(admin)
    , m_project(project)
    , m_titles(trainingTitles)
    , m_model(new models::ProjectMembersModel(this))
    , m_banner(new Banner(this))
    , m_counts(new QLabel(this))
    , m_table(new RecordTable(m_model, QStringLiteral("projectMembersTable")))
    , m_asEditor(new QPushButton(tr("Assign as &editor"), this))
    , m_asValidator(new QPushButton(tr("Assign as &validator"), this))
    , m_unassign(new QPushButton(tr("&Unassign…"), this))
{
    setObjectName(QStringLiteral("projectMembersDialog"));
    setWindowTitle(tr("Members of %1").arg(project.name));
    m_counts->setObjectName(QStringLiteral("memberCounts"));
    m_asEditor->setObjectName(QStringLiteral("assignEditorButton"));
    m_asValidator->setObjectName(QStringLiteral("assignValidatorButton"));
    m_unassign->setObjectName(QStringLiteral("unassignButton"));
    m_table->setSearchable(true);
    m_table->sortBy(models::ProjectMembersModel::Membership, Qt::AscendingOrder);
    m_table->setEmptyText(tr("No active people in the organisation."));
    auto *actions = new QHBoxLayout;
    for (QPushButton *b : { m_asEditor, m_asValidator, m_unassign })
        actions->addWidget(b);
    actions->addStretch();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_counts);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &RecordTable::currentRowChanged, this, &ProjectMembersDialog::updateActions);
    connect(
        m_asEditor, &QPushButton::clicked, this, [this] { assign(domain::MemberRole::Editor); });
    connect(m_asValidator, &QPushButton::clicked, this,
        [this] { assign(domain::MemberRole::Validator); });
    connect(m_unassign, &QPushButton::clicked, this, &ProjectMembersDialog::confirmUnassign);
    resize(760, 520);
    updateActions();
    reload();
}

void ProjectMembersDialog::reload()
{
    m_busy = true;
    updateActions();
    core::whenReady(m_admin.members(m_project.id), this,
        [this](const core::Result<QList<domain::ProjectMember>> &members) {
            m_busy = false;
            if (!members.ok()) {
                m_banner->showMessage(
                    Banner::Level::Error, members.error().message, members.error().diagnostic);
                updateActions();
                return;
            }
            QString current;
            if (const int row = m_table->currentRow(); row >= 0 && row < m_model->rowCount())
                current = m_model->memberAt(row).person.id;
            m_model->setMembers(members.value(), m_titles);
            for (int row = 0; row < m_model->rowCount(); ++row)
                if (m_model->memberAt(row).person.id == current)
                    m_table->selectId(row);
            m_table->fitColumnsOnce();
            showCounts();
            updateActions();
        });
}

void ProjectMembersDialog::showCounts()
{
    int editors = 0;
    int validators = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString &role = m_model->memberAt(row).memberRole;
        editors += role == QLatin1StringView("editor") ? 1 : 0;
        validators += role == QLatin1StringView("validator") ? 1 : 0;
    }
    const QLocale locale;
    m_counts->setText(tr("Editors %1 · Validators %2")
                          .arg(models::placesText(editors, m_project.maxEditors, locale),
                              models::placesText(validators, m_project.maxValidators, locale)));
}

void ProjectMembersDialog::updateActions()
{
    const int row = m_table->currentRow();
    const domain::ProjectMember *m
        = row >= 0 && row < m_model->rowCount() ? &m_model->memberAt(row) : nullptr;
    const bool member = m && !m->memberRole.isEmpty();
    // A change of role is Unassign… and a new assignment: never half of one.
    m_asEditor->setEnabled(m && !m_busy && !member);
    m_asValidator->setEnabled(m && !m_busy && !member && m->person.role != domain::Role::User);
    m_asValidator->setToolTip(m && m->person.role == domain::Role::User
            ? tr("Only validators and admins validate.")
            : QString());
    m_unassign->setEnabled(member && !m_busy);
}

void ProjectMembersDialog::assign(domain::MemberRole role)
{
    const int row = m_table->currentRow();
    if (row < 0 || m_busy || !m_model->memberAt(row).memberRole.isEmpty())
        return;
    const domain::ProjectMember m = m_model->memberAt(row);
    m_busy = true;
    updateActions();
    core::whenReady(m_admin.assign(m_project.id, m.person.id, role), this,
        [this](const core::Result<void> &done) {
            if (!done.ok())
                m_banner->showMessage(
                    Banner::Level::Error, done.error().message, done.error().diagnostic);
            else
                m_banner->hide();
            reload();
        });
}

void ProjectMembersDialog::confirmUnassign()
{
    const int row = m_table->currentRow();
    if (row < 0 || m_busy || m_model->memberAt(row).memberRole.isEmpty())
        return;
    const domain::ProjectMember m = m_model->memberAt(row);
    askToConfirm(this, QStringLiteral("confirmUnassign"), tr("Unassign"),
        tr("Unassign %1 from '%2'? What they earned there stays theirs.")
            .arg(m.person.name, m_project.name),
        tr("Unassign"), [this, m](bool yes) {
            if (!yes)
                return;
            m_busy = true;
            updateActions();
            core::whenReady(m_admin.unassign(m_project.id, m.person.id), this,
                [this](const core::Result<void> &done) {
                    if (!done.ok())
                        m_banner->showMessage(
                            Banner::Level::Error, done.error().message, done.error().diagnostic);
                    reload();
                });
        });
}

} // namespace mikro::ui
