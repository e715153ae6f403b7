#pragma once

#include "models/RecordTableModel.h"
#include "services/domain/projects/ProjectDirectory.h"

namespace mikro::models {

/// A validator's "My projects" (UI.md §4.1): Project · My role · Mapping rate · Validation rate ·
/// Tasks · My mapped · Validated by me · Invalidated by me · My earnings. Default order: Project
/// A–Z. It shows what the page gives it and never fetches.
class ValidatorProjectsModel : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column {
        Name,
        MyRole,
        MappingRate,
        ValidationRate,
        Tasks,
        MyMapped,
        ValidatedByMe,
        InvalidatedByMe,
        MyEarnings,
    };

    explicit ValidatorProjectsModel(QObject *parent = nullptr);

    void setProjects(const QList<domain::MemberProject> &projects, const QString &currency);
    [[nodiscard]] const domain::MemberProject &projectAt(int row) const { return m_rows.at(row); }

protected:
    [[nodiscard]] int recordCount() const override { return static_cast<int>(m_rows.size()); }
    [[nodiscard]] QVariant displayOf(int row, int column) const override;
    [[nodiscard]] QVariant sortOf(int row, int column) const override;
    [[nodiscard]] QString csvOf(int row, int column) const override;
    [[nodiscard]] qint64 idOf(int row) const override { return m_rows.at(row).project.id; }

private:
    QList<domain::MemberProject> m_rows;
    QString m_currency;
};

} // namespace mikro::models
