#pragma once

#include "services/client/codec/AccountCodec.h"
#include "services/domain/policy/Role.h"

#include <QObject>

namespace mikro::client {

/// Who is signed in, as the backend last described them (DESIGN.md §2.1): the person, their role
/// as stored, the organisation's name and currency. Pages read it; the composition adopts each
/// fresh description, and a changed role is announced so the shell rebuilds (UI.md §1.5).
/// Lives on the UI thread.
class Session : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    [[nodiscard]] bool isSignedIn() const { return m_signedIn; }
    [[nodiscard]] const domain::UserProfile &person() const { return m_details.profile; }
    [[nodiscard]] const domain::UserFigures &figures() const { return m_details.figures; }
    [[nodiscard]] domain::Role role() const { return m_details.profile.role; }
    [[nodiscard]] bool hasOrganisation() const { return !m_details.profile.orgId.isEmpty(); }
    [[nodiscard]] QString organisationName() const { return m_details.figures.orgName; }
    /// The organisation's ISO 4217 code: every amount of the person is in it.
    [[nodiscard]] QString currency() const { return m_details.figures.currency; }
    /// The full name, or the email while the profile has no name.
    [[nodiscard]] QString displayName() const;

    /// Takes a fresh description of the signed-in person. Emits changed(), and roleChanged()
    /// when a person already signed in now has another role.
    void adopt(const AccountDetails &details);
    void clear();

signals:
    void changed();
    void roleChanged(mikro::domain::Role role);

private:
    AccountDetails m_details;
    bool m_signedIn = false;
};

} // namespace mikro::client
