#include "services/client/Session.h"

namespace mikro::client {

QString Session::displayName() const
{
    const QString name = m_details.profile.fullName();
    return name.isEmpty() ? m_details.profile.email : name;
}

void Session::adopt(const AccountDetails &details)
{
    const bool samePerson = m_signedIn && m_details.profile.id == details.profile.id;
    const domain::Role before = m_details.profile.role;
    m_details = details;
    m_signedIn = true;
    emit changed();
    if (samePerson && before != details.profile.role)
        emit roleChanged(details.profile.role);
}

void Session::clear()
{
    m_details = {};
    m_signedIn = false;
    emit changed();
}

} // namespace mikro::client
