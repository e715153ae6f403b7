#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace mikro::ui {

/// A message across the top of a page or dialog (UI.md §7): an error or a warning with its words
/// (never colour alone), optional details behind "Details", an optional action ("Try again"),
/// and a dismiss button. Text is plain, never rich.
class Banner : public QFrame
{
    Q_OBJECT
public:
    enum class Level { Error, Warning, Info };

    explicit Banner(QWidget *parent = nullptr);

    /// Shows `message`; `action` empty hides the action button.
    void showMessage(Level level, const QString &message, const QString &details = {},
        const QString &action = {});
    [[nodiscard]] QString message() const;

signals:
    void actionTriggered();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void applyLook();

    Level m_level = Level::Error;
    QLabel *m_text = nullptr;
    QToolButton *m_details = nullptr;
    QPushButton *m_action = nullptr;
    QToolButton *m_dismiss = nullptr;
    QString m_detailText;
    bool m_applying = false;
};

} // namespace mikro::ui
