#pragma once

#include "ui/common/Page.h"

class QFormLayout;
class QLabel;
class QPushButton;

namespace mikro::ui {

/// The person's own account (UI.md §1.6): the profile as stored, their statistics and training
/// points, when they accepted the terms, and the session (who is signed in, whether the keychain
/// keeps it, Sign out). Reading it also refreshes the Session, so a changed role is noticed.
class AccountPage : public Page
{
    Q_OBJECT
public:
    explicit AccountPage(const PageContext &context, QWidget *parent = nullptr);

    [[nodiscard]] QString title() const override;
    /// Whether the refresh token is kept in the system keychain.
    void setKeychainAvailable(bool available);
    /// The text shown for a profile field, by its object name ("osmUsername").
    [[nodiscard]] QString fieldText(const QString &objectName) const;

signals:
    void signOutRequested();

protected:
    void load() override;
    void changeEvent(QEvent *event) override;

private:
    QLabel *addField(QFormLayout *form, const QString &objectName);
    void showSession();
    void retranslateUi();

    QList<std::pair<QLabel *, QLabel *>> m_fields; ///< label, value
    QLabel *m_signedInAs = nullptr;
    QLabel *m_keychain = nullptr;
    QPushButton *m_signOut = nullptr;
    QFormLayout *m_profile = nullptr;
    QFormLayout *m_statistics = nullptr;
    QFormLayout *m_points = nullptr;
    bool m_keychainAvailable = true;
};

} // namespace mikro::ui
