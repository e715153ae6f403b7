#pragma once

#include <QLabel>

namespace mikro::ui {

/// The problem of one field, shown under it in words with an icon (UI.md §7: never a pop-up,
/// never colour alone). Hidden while there is nothing to say.
class FieldMessage : public QLabel
{
    Q_OBJECT
public:
    explicit FieldMessage(QWidget *parent = nullptr);

    /// Shows `problem`, or hides the line when it is empty.
    void showProblem(const QString &problem);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTone();
};

} // namespace mikro::ui
