#include "app/server/api/PersonJson.h"

#include "services/domain/people/PeopleService.h"

using namespace Qt::StringLiterals;

namespace mikro::server {

JsonWriter userRowJson(const domain::PersonSummary &p, bool withTaskEarnings)
{
    JsonWriter row = JsonWriter::object();
    row.field(u"id"_s, p.id)
        .field(u"name"_s, p.name)
        .field(u"email"_s, p.email)
        .nullableText(u"osm_username"_s, p.osmUsername)
        .nullableText(u"payment_email"_s, p.paymentEmail)
        .nullableText(u"city"_s, p.city)
        .nullableText(u"country"_s, p.country)
        .field(u"role"_s, domain::roleText(p.role))
        .time(u"joined"_s, p.joined)
        .time(u"last_login_at"_s, p.lastLoginAt)
        .field(u"active"_s, p.active)
        .money(u"total_payout"_s, p.paid)
        .money(u"awaiting_payment"_s, p.pending);
    if (withTaskEarnings)
        row.money(u"validated_tasks_amounts"_s, p.taskEarnings);
    row.money(u"payable"_s, p.payable)
        .field(u"total_tasks_mapped"_s, qint64(p.tasksMapped))
        .field(u"total_tasks_validated"_s, qint64(p.tasksValidated))
        .field(u"requesting_payment"_s, p.pending.cents() > 0)
        .field(u"assigned_projects"_s, qint64(p.assignedProjects))
        .field(u"mapper_points"_s, qint64(p.mapperPoints))
        .field(u"validator_points"_s, qint64(p.validatorPoints))
        .field(u"special_project_points"_s, qint64(p.specialProjectPoints));
    return row;
}

} // namespace mikro::server
