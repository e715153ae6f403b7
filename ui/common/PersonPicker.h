#pragma once

#include "services/domain/people/PeopleService.h"

#include <QComboBox>
#include <QList>

#include <optional>

namespace mikro::ui {

/// Chooses a person of the organisation by typing any part of their name, OSM username or email
/// (UI.md §5.4 "Person (search by name, OSM username, email)"). Each entry reads "Ana Silva
/// (ana_osm) · ana@pay.example".
class PersonPicker : public QComboBox
{
    Q_OBJECT
public:
    explicit PersonPicker(QWidget *parent = nullptr);

    void setPeople(const QList<domain::PersonSummary> &people);
    /// Chooses the person with this id, if listed.
    void choose(const QString &userId);
    /// The person chosen: the entry whose text is exactly what the field shows.
    [[nodiscard]] std::optional<domain::PersonSummary> person() const;
    /// "Ana Silva (ana_osm)": how a person is named in the forms and confirmations.
    [[nodiscard]] static QString nameOf(const domain::PersonSummary &person);

signals:
    void personChanged();

private:
    QList<domain::PersonSummary> m_people;
};

} // namespace mikro::ui
