#pragma once

#include "services/domain/people/PeopleService.h"
#include "services/domain/people/UserProfile.h"

#include <QWizard>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace mikro::client {
class AccountClient;
}

namespace mikro::ui {

class Banner;

/// The onboarding wizard (UI.md §1.3): Welcome, OSM username, Payment email, Where you are,
/// Terms of service, Review. It cannot be skipped: Cancel asks "Leave setup and sign out?". Next
/// stays disabled until a page is valid; problems show under their field. "Finish setup" saves
/// in one call; a taken OSM username returns to its page with the reason, any other failure
/// stays on Review with a banner and the answers kept.
class OnboardingWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { Welcome, OsmUsername, PaymentEmail, Location, Terms, Review };
    static constexpr int MaxOsmUsername = 255;
    static constexpr int MaxEmail = 254;
    static constexpr int MaxCity = 100;

    /// Pre-filled from `partial`, the profile as stored.
    OnboardingWizard(client::AccountClient &account, const domain::UserProfile &partial,
        QWidget *parent = nullptr);

    /// The answers as they would be saved.
    [[nodiscard]] domain::OnboardingForm form() const;
    /// Whether an email is well formed for a payout (one "@" with text before it, a domain with
    /// a dot, no spaces, at most 254 characters).
    [[nodiscard]] static bool isPaymentEmail(const QString &text);

signals:
    /// The person chose to leave setup: sign them out.
    void signOutRequested();

public slots:
    void reject() override;
    void accept() override;

private:
    QWizardPage *welcomePage();
    QWizardPage *osmPage();
    QWizardPage *emailPage();
    QWizardPage *locationPage();
    QWizardPage *termsPage();
    QWizardPage *reviewPage();
    void refreshReview();
    void setSaving(bool saving);

    client::AccountClient &m_account;
    QLineEdit *m_osm = nullptr;
    QLabel *m_osmMessage = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_emailAgain = nullptr;
    QLabel *m_emailMessage = nullptr;
    QComboBox *m_country = nullptr;
    QLineEdit *m_city = nullptr;
    QLabel *m_locationMessage = nullptr;
    QCheckBox *m_terms = nullptr;
    QList<QLabel *> m_reviewValues; ///< OSM username, payment email, where, terms
    QLabel *m_saving = nullptr;
    Banner *m_banner = nullptr;
    bool m_busy = false;
};

} // namespace mikro::ui
