#include "services/client/offline/OfflineReads.h"

#include "services/client/codec/BalanceCodec.h"
#include "services/client/codec/DashboardCodec.h"
#include "services/client/codec/JsonWriter.h"
#include "services/client/codec/ProjectCodec.h"
#include "services/client/codec/TrainingCodec.h"

namespace mikro::client {

namespace {

/// A codec's writer as KeptReads takes it: the value as one JSON object.
template <typename T, typename Write>
std::function<QByteArray(const T &)> encoder(Write write)
{
    return [write](const T &value) {
        JsonWriter out = JsonWriter::object();
        write(out, value);
        return out.finish();
    };
}

} // namespace

OfflineDashboardsClient::OfflineDashboardsClient(DashboardsClient &inner, KeptReads &kept)
    : m_inner(inner)
    , m_kept(kept)
{
}

QFuture<core::Result<domain::PersonDashboard>> OfflineDashboardsClient::person(
    const QTimeZone &zone, Qt::DayOfWeek firstDay)
{
    return m_kept.read<domain::PersonDashboard>(
        QString::fromLatin1(keptkeys::PersonDashboard),
        [this, zone, firstDay] { return m_inner.person(zone, firstDay); },
        encoder<domain::PersonDashboard>(writePersonDashboard), readPersonDashboard);
}

OfflinePayoutsClient::OfflinePayoutsClient(PayoutsClient &inner, KeptReads &kept)
    : m_inner(inner)
    , m_kept(kept)
{
}

QFuture<core::Result<domain::Balance>> OfflinePayoutsClient::balance()
{
    return m_kept.read<domain::Balance>(
        QString::fromLatin1(keptkeys::Balance), [this] { return m_inner.balance(); },
        encoder<domain::Balance>(writeBalance), readBalance);
}

QFuture<core::Result<domain::PaymentRecordSet>> OfflinePayoutsClient::records()
{
    return m_kept.read<domain::PaymentRecordSet>(
        QString::fromLatin1(keptkeys::PaymentRecords), [this] { return m_inner.records(); },
        encoder<domain::PaymentRecordSet>(
            [](JsonWriter &out, const domain::PaymentRecordSet &records) {
                writePaymentRecords(out, records, RecordsView::Own);
            }),
        [](const QJsonObject &object) { return readPaymentRecords(object, RecordsView::Own); });
}

OfflineProjectsClient::OfflineProjectsClient(ProjectsClient &inner, KeptReads &kept)
    : m_inner(inner)
    , m_kept(kept)
{
}

QFuture<core::Result<domain::UserProjects>> OfflineProjectsClient::mine()
{
    return kept(QString::fromLatin1(keptkeys::Projects), false);
}

QFuture<core::Result<domain::UserProjects>> OfflineProjectsClient::mineAsValidator()
{
    return kept(QString::fromLatin1(keptkeys::ValidatorProjects), true);
}

QFuture<core::Result<domain::UserProjects>> OfflineProjectsClient::kept(
    const QString &key, bool validatorView)
{
    return m_kept.read<domain::UserProjects>(
        key,
        [this, validatorView] {
            return validatorView ? m_inner.mineAsValidator() : m_inner.mine();
        },
        encoder<domain::UserProjects>(
            [validatorView](JsonWriter &out, const domain::UserProjects &projects) {
                writeUserProjects(out, projects, validatorView);
            }),
        [validatorView](
            const QJsonObject &object) { return readUserProjects(object, validatorView); });
}

OfflineTrainingClient::OfflineTrainingClient(TrainingClient &inner, KeptReads &kept)
    : m_inner(inner)
    , m_kept(kept)
{
}

QFuture<core::Result<QList<domain::TrainingView>>> OfflineTrainingClient::mine()
{
    return m_kept.read<QList<domain::TrainingView>>(
        QString::fromLatin1(keptkeys::Training), [this] { return m_inner.mine(); },
        encoder<QList<domain::TrainingView>>(
            [](JsonWriter &out, const QList<domain::TrainingView> &trainings) {
                writeTrainingLists(out, trainings, false);
            }),
        [](const QJsonObject &object) { return readTrainingLists(object, false); });
}

} // namespace mikro::client
