#include "services/client/codec/ReviewCodec.h"

#include "services/client/codec/FieldWriter.h"
#include "services/client/codec/JsonReader.h"

using namespace Qt::StringLiterals;

namespace mikro::client {

namespace {

/// API.md's words for why a task waits: `external_validator` for a validator who is not a Mikro
/// user of the organisation (stored as `outside_validator`); the other reasons as stored.
QString reasonWord(domain::ReviewReason reason)
{
    return reason == domain::ReviewReason::OutsideValidator ? u"external_validator"_s
                                                            : domain::reviewReasonText(reason);
}

std::optional<domain::ReviewReason> reasonOfWord(const QString &word)
{
    if (word == "external_validator"_L1)
        return domain::ReviewReason::OutsideValidator;
    if (word == "outside_validator"_L1)
        return std::nullopt; // the stored word never travels
    return domain::reviewReasonFromText(word);
}

template <typename Io, typename Item>
void describeReviewItem(Io &io, Item &r)
{
    io.derived(u"id"_s, u"%1:%2"_s.arg(r.projectId).arg(r.taskId));
    io.integer(u"project_id"_s, r.projectId);
    io.integer(u"task_id"_s, r.taskId);
    io.text(u"mapped_by"_s, r.mappedBy);
    io.text(u"validated_by"_s, r.validatedBy);
    io.word(u"review_reason"_s, r.reason, &reasonWord, &reasonOfWord);
    io.derived(u"unknown_validator"_s, r.reason == domain::ReviewReason::OutsideValidator);
    io.derived(u"paid_out"_s, false);
    io.time(u"validated_at"_s, r.validatedAt);
    io.text(u"project_name"_s, r.projectName);
    io.text(u"project_url"_s, r.projectUrl);
    io.money(u"mapping_rate"_s, r.mappingRate);
    io.money(u"validation_rate"_s, r.validationRate);
    io.derived(u"mapped"_s, true); // a task waits for review once it was mapped and checked
    io.boolean(u"validated"_s, r.validated);
    io.derived(u"invalidated"_s, !r.validated);
    io.text(u"mapper_user_id"_s, r.mapperUserId);
    io.text(u"mapper_name"_s, r.mapperName);
}

} // namespace

JsonWriter writeReviewItem(const domain::ReviewItem &item)
{
    return writeShape(item, [](auto &io, auto &r) { describeReviewItem(io, r); });
}

core::Result<QList<domain::ReviewItem>> readReviewQueue(const QJsonObject &answer)
{
    struct Queue
    {
        QList<domain::ReviewItem> items;
    };
    auto read = readShape<Queue>(answer, u"external_validations"_s, [](auto &io, Queue &q) {
        io.array(u"external_validations"_s, q.items,
            [](auto &row, domain::ReviewItem &r) { describeReviewItem(row, r); });
    });
    if (!read.ok())
        return read.error();
    return read.value().items;
}

} // namespace mikro::client
