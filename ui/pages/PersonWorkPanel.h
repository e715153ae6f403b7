#pragma once

#include <QWidget>

class QLabel;
class QTabWidget;

namespace mikro::client {
class PeopleClient;
}
namespace mikro::models {
class PersonChecklistsModel;
class PersonProjectsModel;
class PersonTrainingsModel;
} // namespace mikro::models

namespace mikro::ui {

class RecordTable;

/// The Users page's detail tabs for the selected person (UI.md §5.2): Projects (their
/// memberships with what they did there), Training (what they passed, with points) and
/// Checklists (how far each is). Read when a person is chosen; an answer that comes after
/// another person was chosen is dropped.
class PersonWorkPanel : public QWidget
{
    Q_OBJECT
public:
    enum Tab { ProjectsTab, TrainingTab, ChecklistsTab };

    PersonWorkPanel(client::PeopleClient &people, QString currency, QWidget *parent = nullptr);

    /// Reads `userId`'s work (empty: nobody is selected); again only when `force`.
    void showPerson(const QString &userId, bool force = false);
    void setCurrency(const QString &currency) { m_currency = currency; }
    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }
    [[nodiscard]] RecordTable *table(Tab tab) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    /// "Select a person…" while nobody is, else what an empty tab means for them.
    void showEmptyTexts();

    client::PeopleClient &m_people;
    QString m_currency;
    QString m_shown; ///< whose work is shown or being read
    models::PersonProjectsModel *m_projects = nullptr;
    models::PersonTrainingsModel *m_trainings = nullptr;
    models::PersonChecklistsModel *m_checklists = nullptr;
    QTabWidget *m_tabs = nullptr;
    RecordTable *m_projectsTable = nullptr;
    RecordTable *m_trainingsTable = nullptr;
    RecordTable *m_checklistsTable = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace mikro::ui
