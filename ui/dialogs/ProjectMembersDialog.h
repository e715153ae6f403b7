#pragma once

#include "services/domain/projects/ProjectDirectory.h"
#include "services/domain/projects/ProjectRepository.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QPushButton;

namespace mikro::client {
class ProjectAdminClient;
}
namespace mikro::models {
class ProjectMembersModel;
}

namespace mikro::ui {

class Banner;
class RecordTable;

/// Members… (UI.md §5.3, the §5.2 editor by project): every active person of the organisation
/// with their membership of the project and the required trainings they miss; Assign as editor,
/// Assign as validator, Unassign… (credits stay). Each change is sent at once and the list read
/// again; a refusal (a full project, a missing training) is said in the dialog. Not modal.
class ProjectMembersDialog : public QDialog
{
    Q_OBJECT
public:
    ProjectMembersDialog(client::ProjectAdminClient &admin, const domain::ProjectRow &project,
        const QHash<qint64, QString> &trainingTitles, QWidget *parent = nullptr);

    [[nodiscard]] RecordTable *table() const { return m_table; }
    /// Reads the people again.
    void reload();

private:
    void updateActions();
    void assign(domain::MemberRole role);
    void confirmUnassign();
    void showCounts();

    client::ProjectAdminClient &m_admin;
    domain::ProjectRow m_project;
    QHash<qint64, QString> m_titles;
    models::ProjectMembersModel *m_model = nullptr;
    Banner *m_banner = nullptr;
    QLabel *m_counts = nullptr;
    RecordTable *m_table = nullptr;
    QPushButton *m_asEditor = nullptr;
    QPushButton *m_asValidator = nullptr;
    QPushButton *m_unassign = nullptr;
    bool m_busy = true;
};

} // namespace mikro::ui
