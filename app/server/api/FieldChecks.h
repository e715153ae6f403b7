#pragma once

#include "services/core/Result.h"

#include <QStringList>
#include <QVariantList>

#include <initializer_list>
#include <optional>

namespace mikro::server {

/// The error of a field read from a request body, or nullptr when it was read.
template <typename T>
const core::Error *errorOf(const core::Result<T> &result)
{
    return result.ok() ? nullptr : &result.error();
}

/// Every failed field of a request at once (API.md §1.7), or nothing: every field is read before
/// any is reported, and before anything is written. One problem is answered as it is; several
/// are answered as the first (its code, message and field) with `details.fields` listing each
/// one's field, code and message, so that a form can mark them all.
inline std::optional<core::Error> fieldProblems(std::initializer_list<const core::Error *> errors)
{
    std::optional<core::Error> first;
    QVariantList all;
    for (const core::Error *e : errors) {
        if (!e)
            continue;
        if (!first)
            first = *e;
        all << QVariantMap { { QStringLiteral("field"), e->field },
            { QStringLiteral("error"), QString::fromLatin1(e->code) },
            { QStringLiteral("message"), e->message } };
    }
    if (first && all.size() > 1)
        first->details.insert(QStringLiteral("fields"), all);
    return first;
}

/// A field that API.md accepts under several names (the web front end's camelCase and the
/// snake_case ones, an older synonym): the first given of `names` (an invalid value counts as
/// given, so it is reported).
template <typename Read>
auto either(const QStringList &names, Read read) -> decltype(read(QString()))
{
    for (const QString &name : names) {
        auto value = read(name);
        if (!value.ok() || value.value())
            return value;
    }
    return read(names.constLast());
}

} // namespace mikro::server
