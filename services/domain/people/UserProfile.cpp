#include "services/domain/people/UserProfile.h"

namespace mikro::domain {

QString UserProfile::fullName() const
{
    return QStringList { firstName, lastName }.join(QLatin1Char(' ')).trimmed();
}

bool UserProfile::needsOnboarding() const
{
    return osmUsername.isEmpty() || paymentEmail.isEmpty() || city.isEmpty() || country.isEmpty()
        || !termsAcceptedAt.has_value();
}

} // namespace mikro::domain
