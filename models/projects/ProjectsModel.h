#pragma once

#include "models/RecordTableModel.h"
#include "services/domain/projects/ProjectDirectory.h"

#include <QSet>

namespace mikro::models {

/// A person's projects (UI.md §3.2): Project · TM4 # · My role · Difficulty · Mapping rate ·
/// Validation rate · Progress · My mapped · My validated · My earnings · Training. The same model
/// shows the projects they are on and the open ones (whose own figures are blank). It shows what
/// the page gives it and never fetches.
class ProjectsModel : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column {
        Name,
        Tm4Number,
        MyRole,
        Difficulty,
        MappingRate,
        ValidationRate,
        Progress,
        MyMapped,
        MyValidated,
        MyEarnings,
        Training,
    };

    explicit ProjectsModel(QObject *parent = nullptr);

    /// Member projects with the person's figures.
    void setMemberProjects(const QList<domain::MemberProject> &projects,
        const QSet<qint64> &passedTrainings, const QString &currency);
    /// Open projects: no figures of the person's own.
    void setOpenProjects(const QList<domain::ProjectRow> &projects,
        const QSet<qint64> &passedTrainings, const QString &currency);

    [[nodiscard]] const domain::MemberProject &projectAt(int row) const { return m_rows.at(row); }
    [[nodiscard]] bool showsMemberProjects() const { return m_members; }
    /// The project's required trainings the person has not passed, ascending.
    [[nodiscard]] QList<qint64> missingTrainings(int row) const;
    /// "Editor" / "Validator" for a member role, "—" for none.
    [[nodiscard]] static QString roleWord(const QString &memberRole);

protected:
    [[nodiscard]] int recordCount() const override { return static_cast<int>(m_rows.size()); }
    [[nodiscard]] QVariant displayOf(int row, int column) const override;
    [[nodiscard]] QVariant sortOf(int row, int column) const override;
    [[nodiscard]] QString csvOf(int row, int column) const override;
    [[nodiscard]] QVariant progressOf(int row, int column) const override;
    [[nodiscard]] qint64 idOf(int row) const override { return m_rows.at(row).project.id; }

private:
    void reset(QList<domain::MemberProject> rows, bool members, const QSet<qint64> &passed,
        const QString &currency);
    [[nodiscard]] double progress(int row) const;

    QList<domain::MemberProject> m_rows;
    QSet<qint64> m_passed;
    QString m_currency;
    bool m_members = true;
};

} // namespace mikro::models
