#pragma once

#include "ui/common/Page.h"
#include "ui/dialogs/CountryNames.h"

#include <functional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace mikro::ui {

/// The person's own account (UI.md §1.6): the profile as stored, their statistics and training
/// points, when they accepted the terms, and the session (who is signed in, whether the keychain
/// keeps it, Sign out). "Edit" turns on the OSM username, payment email, country and city with
/// the wizard's checks and UI.md's confirmations; "Save" sends only what changed. Reading it also
/// refreshes the Session, so a changed role is noticed.
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
    [[nodiscard]] bool isEditing() const { return m_editing; }

signals:
    void signOutRequested();

protected:
    void load() override;
    void changeEvent(QEvent *event) override;

private:
    QLabel *addField(QFormLayout *form, const QString &objectName);
    void showSession();
    void retranslateUi();
    QWidget *buildEditor();
    void setEditing(bool editing);
    /// The first problem of the edited fields, empty when they may be saved.
    [[nodiscard]] QString editProblem() const;
    void save();
    /// Asks each question in turn; runs `then` when every one was answered yes.
    void confirmAll(QStringList questions, std::function<void()> then);

    QList<std::pair<QLabel *, QLabel *>> m_fields; ///< label, value
    QLabel *m_signedInAs = nullptr;
    QLabel *m_keychain = nullptr;
    QPushButton *m_signOut = nullptr;
    QFormLayout *m_profile = nullptr;
    QFormLayout *m_statistics = nullptr;
    QFormLayout *m_points = nullptr;
    bool m_keychainAvailable = true;
    bool m_editing = false;
    QPushButton *m_edit = nullptr;
    QWidget *m_editor = nullptr;
    QLineEdit *m_osmEdit = nullptr;
    QLineEdit *m_emailEdit = nullptr;
    QLineEdit *m_emailAgain = nullptr;
    QComboBox *m_countryEdit = nullptr;
    QLineEdit *m_cityEdit = nullptr;
    QLabel *m_editMessage = nullptr;
    QPushButton *m_save = nullptr;
    QList<Country> m_countries; ///< named in the display language
};

} // namespace mikro::ui
