#pragma once

#include "models/RecordTableModel.h"
#include "services/domain/people/PersonWork.h"

namespace mikro::models {

/// A person's projects on the Users page (UI.md §5.2 Projects tab): Project · Role · Assigned ·
/// Mapped · Validated · Earned · Status.
class PersonProjectsModel : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column { Project, Role, Assigned, Mapped, Validated, Earned, Status };

    explicit PersonProjectsModel(QObject *parent = nullptr);
    void setProjects(const QList<domain::PersonProject> &projects, const QString &currency);

protected:
    [[nodiscard]] int recordCount() const override { return static_cast<int>(m_rows.size()); }
    [[nodiscard]] QVariant displayOf(int row, int column) const override;
    [[nodiscard]] QVariant sortOf(int row, int column) const override;
    [[nodiscard]] qint64 idOf(int row) const override { return m_rows.at(row).projectId; }
    [[nodiscard]] QString statusOf(int row) const override;

private:
    QList<domain::PersonProject> m_rows;
    QString m_currency;
};

/// The trainings a person passed (UI.md §5.2 Training tab): Training · Type · Points · Passed.
class PersonTrainingsModel : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column { Training, Type, Points, Passed };

    explicit PersonTrainingsModel(QObject *parent = nullptr);
    void setTrainings(const QList<domain::PersonTraining> &trainings);

protected:
    [[nodiscard]] int recordCount() const override { return static_cast<int>(m_rows.size()); }
    [[nodiscard]] QVariant displayOf(int row, int column) const override;
    [[nodiscard]] QVariant sortOf(int row, int column) const override;
    [[nodiscard]] qint64 idOf(int row) const override { return m_rows.at(row).trainingId; }

private:
    QList<domain::PersonTraining> m_rows;
};

/// A person's checklists (UI.md §5.2 Checklists tab): Checklist · State · Done · Confirmed ·
/// Started.
class PersonChecklistsModel : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column { Checklist, State, Done, Confirmed, Started };

    explicit PersonChecklistsModel(QObject *parent = nullptr);
    void setChecklists(const QList<domain::PersonChecklist> &checklists);

protected:
    [[nodiscard]] int recordCount() const override { return static_cast<int>(m_rows.size()); }
    [[nodiscard]] QVariant displayOf(int row, int column) const override;
    [[nodiscard]] QVariant sortOf(int row, int column) const override;
    [[nodiscard]] qint64 idOf(int row) const override { return m_rows.at(row).id; }

private:
    QList<domain::PersonChecklist> m_rows;
};

} // namespace mikro::models
