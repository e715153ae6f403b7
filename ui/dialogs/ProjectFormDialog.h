#pragma once

#include "services/domain/projects/BudgetCalculator.h"
#include "services/domain/projects/ProjectDirectory.h"
#include "services/domain/projects/ProjectService.h"
#include "services/domain/training/TrainingCatalog.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTimer;

namespace mikro::client {
class ProjectAdminClient;
}

namespace mikro::ui {

class Banner;
class FieldMessage;
class MoneyEdit;

/// Add project… and Edit… (UI.md §5.3). Adding reads the project's name and task count from the
/// Tasking Manager 500 ms after the address stops changing, shows the budget live, and creates
/// the project inactive; editing changes rates (asking first, with the new budget), caps (never
/// below the members assigned), listing and status. Both set the required trainings. The dialog
/// sends the change itself and closes when it landed; a refusal stays in it, in words.
class ProjectFormDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int LookupDelayMs = 500;

    /// Adding: `known` are the organisation's projects (to say "Already added as …").
    ProjectFormDialog(client::ProjectAdminClient &admin, const QString &currency,
        const QList<domain::TrainingView> &trainings, const QList<domain::ProjectRow> &known,
        QWidget *parent = nullptr);
    /// Editing `project`.
    ProjectFormDialog(client::ProjectAdminClient &admin, const QString &currency,
        const QList<domain::TrainingView> &trainings, const domain::ProjectRow &project,
        QWidget *parent = nullptr);

    /// The project as saved (after accept).
    [[nodiscard]] const domain::ProjectRow &saved() const { return m_saved; }
    [[nodiscard]] bool isEditing() const { return m_editing.has_value(); }

private:
    ProjectFormDialog(client::ProjectAdminClient &admin, const QString &currency,
        const QList<domain::TrainingView> &trainings, QWidget *parent);
    void buildForm();
    void lookUpSoon();
    void lookUp();
    void showBudget();
    void updateButtons();
    void submit();
    void create();
    void saveEdit();
    void finish(const domain::ProjectRow &project);
    void failed(const core::Error &error);
    [[nodiscard]] QList<qint64> checkedTrainings() const;
    [[nodiscard]] std::optional<int> taskCount() const;
    [[nodiscard]] QString money(core::Money amount) const;
    void setBusy(bool busy, const QString &text = {});

    client::ProjectAdminClient &m_admin;
    QString m_currency;
    QList<domain::TrainingView> m_trainings;
    QList<domain::ProjectRow> m_known;
    std::optional<domain::ProjectRow> m_editing;
    domain::ProjectRow m_saved;

    Banner *m_banner = nullptr;
    QLineEdit *m_url = nullptr;
    FieldMessage *m_urlProblem = nullptr;
    QLabel *m_lookupState = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_tasks = nullptr;
    MoneyEdit *m_mappingRate = nullptr;
    MoneyEdit *m_validationRate = nullptr;
    QSpinBox *m_maxEditors = nullptr;
    QSpinBox *m_maxValidators = nullptr;
    QLabel *m_capNote = nullptr;
    QComboBox *m_difficulty = nullptr;
    QCheckBox *m_visible = nullptr;
    QCheckBox *m_active = nullptr;
    QCheckBox *m_completed = nullptr;
    QListWidget *m_required = nullptr;
    QLabel *m_budget = nullptr;
    QLabel *m_spent = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_busy = nullptr;
    QPushButton *m_primary = nullptr;
    QTimer *m_lookupTimer = nullptr;

    int m_lookup = 0; ///< the latest lookup; older answers are dropped
    std::optional<domain::BudgetEstimate> m_found; ///< the looked-up project (adding)
    bool m_sending = false;
    bool m_asking = false;
};

} // namespace mikro::ui
