#include "ui/common/PersonPicker.h"

#include <QCompleter>
#include <QLineEdit>

namespace mikro::ui {

PersonPicker::PersonPicker(QWidget *parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMinimumContentsLength(32);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    lineEdit()->setPlaceholderText(tr("Name, OSM username or email"));
    connect(lineEdit(), &QLineEdit::textChanged, this, &PersonPicker::personChanged);
    connect(this, &QComboBox::currentIndexChanged, this, &PersonPicker::personChanged);
}

QString PersonPicker::nameOf(const domain::PersonSummary &person)
{
    return person.osmUsername.isEmpty()
        ? person.name
        : QStringLiteral("%1 (%2)").arg(person.name, person.osmUsername);
}

void PersonPicker::setPeople(const QList<domain::PersonSummary> &people)
{
    const std::optional<domain::PersonSummary> chosen = person();
    m_people = people;
    std::sort(m_people.begin(), m_people.end(),
        [](const domain::PersonSummary &a, const domain::PersonSummary &b) {
            return QString::localeAwareCompare(a.name, b.name) < 0;
        });
    const QSignalBlocker quiet(this);
    clear();
    for (const domain::PersonSummary &p : std::as_const(m_people))
        addItem(p.email.isEmpty() ? nameOf(p) : nameOf(p) + QStringLiteral(" · ") + p.email, p.id);
    setCurrentIndex(-1);
    if (chosen)
        choose(chosen->id);
    emit personChanged();
}

void PersonPicker::choose(const QString &userId)
{
    setCurrentIndex(findData(userId));
    lineEdit()->setCursorPosition(0); // the name first, where a long entry would hide it
}

std::optional<domain::PersonSummary> PersonPicker::person() const
{
    const int index = findText(currentText(), Qt::MatchFixedString);
    if (index < 0 || index >= m_people.size())
        return std::nullopt;
    return m_people.at(index);
}

} // namespace mikro::ui
