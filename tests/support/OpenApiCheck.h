#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

namespace mikro::testing {

/// The server's OpenAPI document (resources/api/openapi.json, compiled into mikro_api) read as
/// the contract real answers are held to (issue #15 §2): the schema of an operation's answer for
/// a status, and whether a body conforms. Validates the subset of JSON Schema the document uses
/// (type, properties, required, items, $ref, allOf, enum, const); unknown keys of an answer are
/// allowed (API.md: additions are additive).
class OpenApiCheck
{
public:
    /// The compiled-in document, read once.
    [[nodiscard]] static const OpenApiCheck &served();

    explicit OpenApiCheck(const QJsonObject &document);

    /// "POST /api/user/fetch_users" for every documented operation.
    [[nodiscard]] QStringList operations() const;
    /// Whether `operation` ("POST /api/user/fetch_users", as operationOf gives it) is documented.
    [[nodiscard]] bool documents(const QString &operation) const;
    /// The documented operation a request reaches: unprefixed paths are the /api ones, HEAD is
    /// GET, the query is ignored. Empty when none is documented.
    [[nodiscard]] static QString operationOf(const QByteArray &method, const QByteArray &target);
    /// What is wrong with `body` as the answer of `method target` with `status`: an undocumented
    /// operation, a body that is not JSON, or each place it breaks the schema. Empty when it
    /// conforms.
    [[nodiscard]] QStringList problems(const QByteArray &method, const QByteArray &target,
        int status, const QByteArray &body) const;

private:
    [[nodiscard]] QJsonObject resolve(const QJsonObject &schema) const;
    void check(
        const QJsonValue &value, const QJsonObject &raw, const QString &at, QStringList &out) const;

    QJsonObject m_document;
};

} // namespace mikro::testing
