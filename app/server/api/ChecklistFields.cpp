#include "app/server/api/ChecklistFields.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace mikro::server {

core::Result<std::optional<QDate>> dueDateOf(const JsonBody &body)
{
    const auto text = either({ u"dueDate"_s, u"due_date"_s },
        [&](const QString &n) { return body.text(n, Need::Optional, 10); });
    if (!text.ok())
        return text.error();
    if (!text.value()) // given as "" or null: no due date (update_checklist removes it)
        return body.isGiven(u"dueDate"_s) || body.isGiven(u"due_date"_s) ? std::optional(QDate())
                                                                         : std::optional<QDate>();
    const QDate date = QDate::fromString(*text.value(), Qt::ISODate);
    if (!date.isValid())
        return core::Error::make(core::ErrorKind::InvalidInput, "invalid_field",
            QCoreApplication::translate(
                "mikro::server::ChecklistAdminRoutes", "Give a date such as 2026-12-31."))
            .withField(u"dueDate"_s);
    return std::optional(date);
}

} // namespace mikro::server
