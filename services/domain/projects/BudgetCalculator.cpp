#include "services/domain/projects/BudgetCalculator.h"

#include "services/domain/policy/AccessPolicy.h"
#include "services/domain/projects/ProjectService.h"
#include "services/domain/projects/Tm4ProjectSource.h"
#include "services/store/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace mikro::domain {

QString BudgetEstimate::calculation() const
{
    const QString sign = currency == "USD"_L1 ? u"$"_s : currency + u' ';
    const auto amount = [&](core::Money m) { return sign + core::toDecimalString(m); };
    return u"%1(Mapping) + %2(Validation) x %3 Tasks = Projected Budget: %4"_s.arg(
        amount(mappingRate), amount(validationRate), QString::number(totalTasks), amount(budget));
}

BudgetCalculator::BudgetCalculator(store::Database &db, Tm4ProjectSource &tm4)
    : m_db(db)
    , m_tm4(tm4)
{
}

QFuture<core::Result<BudgetEstimate>> BudgetCalculator::forUrl(const Caller &caller,
    const QString &url, core::Money mappingRate, core::Money validationRate) const
{
    using Answer = core::Result<BudgetEstimate>;
    if (auto allowed = AccessPolicy::check(caller, Action::ManageProjects); !allowed.ok())
        return QtFuture::makeReadyFuture(Answer(allowed.error()));
    if (auto rates = ProjectService::checkRates(mappingRate, validationRate); !rates.ok())
        return QtFuture::makeReadyFuture(Answer(rates.error()));
    const auto id = ProjectService::projectIdFromUrl(url);
    if (!id.ok())
        return QtFuture::makeReadyFuture(Answer(id.error()));
    auto promise = std::make_shared<QPromise<Answer>>();
    promise->start();
    QFuture<Answer> future = promise->future();
    m_tm4.projectSummary(id.value())
        .then([this, promise, caller, mappingRate, validationRate](
                  const core::Result<Tm4ProjectSummary> &summary) {
            if (!summary.ok()) {
                promise->addResult(summary.error());
                promise->finish();
                return;
            }
            static_cast<void>(QtConcurrent::run(&m_db.pool(),
                [this, promise, caller, mappingRate, validationRate, project = summary.value()] {
                    promise->addResult(estimate(caller, project, mappingRate, validationRate));
                    promise->finish();
                }));
        });
    return future;
}

QFuture<core::Result<BudgetEstimate>> BudgetCalculator::forProject(const Caller &caller,
    qint64 projectId, core::Money mappingRate, core::Money validationRate) const
{
    return QtConcurrent::run(&m_db.pool(), [this, caller, projectId, mappingRate, validationRate] {
        return storedProject(caller, projectId, mappingRate, validationRate);
    });
}

core::Result<BudgetEstimate> BudgetCalculator::storedProject(const Caller &caller, qint64 projectId,
    core::Money mappingRate, core::Money validationRate) const
{
    if (auto allowed = AccessPolicy::check(caller, Action::ManageProjects); !allowed.ok())
        return allowed.error();
    if (auto rates = ProjectService::checkRates(mappingRate, validationRate); !rates.ok())
        return rates.error();
    auto stored = m_db.inReadTransaction([&](store::Transaction &tx)
                                             -> core::Result<Tm4ProjectSummary> {
        auto row
            = tx.exec(u"SELECT name, total_tasks FROM projects WHERE id = :id AND org_id = :org"_s,
                { { u"id"_s, projectId }, { u"org"_s, caller.orgId } });
        if (!row.ok())
            return row.error();
        if (!row.value().next())
            return core::Error::make(core::ErrorKind::NotFound, "not_found",
                QCoreApplication::translate(
                    "mikro::domain::BudgetCalculator", "That project does not exist."));
        return Tm4ProjectSummary { row.value().value(0).toString(), row.value().value(1).toInt() };
    });
    if (!stored.ok())
        return stored.error();
    return estimate(caller, stored.value(), mappingRate, validationRate);
}

core::Result<BudgetEstimate> BudgetCalculator::estimate(const Caller &caller,
    const Tm4ProjectSummary &project, core::Money mappingRate, core::Money validationRate) const
{
    const auto budget = ProjectService::budgetOf(mappingRate, validationRate, project.totalTasks);
    if (!budget.ok())
        return budget.error();
    auto currency = m_db.inReadTransaction([&](store::Transaction &tx) -> core::Result<QString> {
        auto row = tx.exec(
            u"SELECT currency FROM orgs WHERE id = :org"_s, { { u"org"_s, caller.orgId } });
        if (!row.ok())
            return row.error();
        return row.value().next() ? row.value().value(0).toString() : u"USD"_s;
    });
    if (!currency.ok())
        return currency.error();
    return BudgetEstimate { mappingRate, validationRate, project.totalTasks, budget.value(),
        currency.value(), project.name };
}

} // namespace mikro::domain
