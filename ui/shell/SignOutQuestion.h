#pragma once

#include <QCoreApplication>

#include <functional>

class QMessageBox;
class QWidget;

namespace mikro::client {
class OfflineBackend;
}

namespace mikro::ui {

/// Sign-out with changes waiting (UI.md §1.6).
class SignOutQuestion
{
    Q_DECLARE_TR_FUNCTIONS(mikro::ui::SignOutQuestion)
public:
    /// Without changes waiting, `signOut` runs at once. Otherwise asks first — "3 changes have
    /// not been sent. They stay on this computer and are sent the next time you sign in." —
    /// with Sign out, Cancel and "Discard changes and sign out…", which asks again before it
    /// removes them. Returns the question (null when none was needed); it deletes itself.
    static QMessageBox *ask(
        QWidget *parent, client::OfflineBackend *offline, const std::function<void()> &signOut);
};

} // namespace mikro::ui
